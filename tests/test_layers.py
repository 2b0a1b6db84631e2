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
    assert _checker().violations(package, pending={}) == [
        "flevodesk/ui/tab.py:2: ui/ imports sqlalchemy",
        "flevodesk/reports/sheet.py:1: reports/ imports flevodesk.store.database",
    ]


def test_the_user_interface_reaches_the_store_only_through_its_composition_root(tmp_path):
    package = tmp_path / "flevodesk"
    for layer in ("ui", "services", "store", "domain", "reports"):
        (package / layer).mkdir(parents=True)
    (package / "ui" / "forms").mkdir()
    (package / "ui" / "app.py").write_text("from flevodesk.store import location\n")
    (package / "ui" / "startup.py").write_text("import flevodesk.store.crypto\n")
    (package / "ui" / "dialog.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from flevodesk.store.database import Database\n"
        "from flevodesk.services.setup import Database\n"
    )
    (package / "ui" / "forms" / "pending.py").write_text(
        "from flevodesk.store.database import Database\nfrom flevodesk.store import backup\n"
    )
    pending = {"ui/forms/pending.py": "flevodesk.store.database", "ui/gone.py": "flevodesk.store"}
    assert _checker().violations(package, pending=pending) == [
        "flevodesk/ui/dialog.py:3: ui/ imports flevodesk.store.database",
        "flevodesk/ui/forms/pending.py:2: ui/ imports flevodesk.store",
        "flevodesk/ui/gone.py: no longer imports flevodesk.store; drop it from PENDING",
    ]


def test_the_package_keeps_its_layers():
    assert _checker().violations() == []
