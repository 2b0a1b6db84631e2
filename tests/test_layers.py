"""The layer check of ``make lint`` finds an import across the layers, and there is none."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_layers.py"


def _checker():
    spec = importlib.util.spec_from_file_location("check_layers", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_import_across_the_layers_is_found_even_inside_a_function(tmp_path):
    package = tmp_path / "flevodesk"
    for layer in ("ui", "services", "store", "domain", "reports"):
        (package / layer).mkdir(parents=True)
    (package / "ui" / "tab.py").write_text(
        "def load():\n    from sqlalchemy import select\n", encoding="utf-8"
    )
    (package / "reports" / "sheet.py").write_text(
        "import flevodesk.store.database\n", encoding="utf-8"
    )
    (package / "services" / "fine.py").write_text("import sqlalchemy\n", encoding="utf-8")
    assert _checker().violations(package) == [
        "flevodesk/ui/tab.py:2: ui/ imports sqlalchemy",
        "flevodesk/reports/sheet.py:1: reports/ imports flevodesk.store.database",
    ]


def test_the_package_keeps_its_layers():
    assert _checker().violations() == []
