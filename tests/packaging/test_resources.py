"""flevodesk.resources finds db/ and resources/ from source, from a wheel and frozen."""

from __future__ import annotations

import sys
from pathlib import Path

from flevodesk import resources

ROOT = Path(__file__).resolve().parents[2]


def test_from_source():
    assert resources.app_root() == ROOT
    assert resources.resource_path("fonts", "DejaVuSans.ttf").is_file()
    assert resources.resource_path("reference", "flevoland.json").is_file()
    assert (resources.migrations_path() / "env.py").is_file()


def test_frozen(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.app_root() == tmp_path
    assert resources.resource_path("icons", "x.png") == tmp_path / "resources" / "icons" / "x.png"


class FakeFile:
    def __init__(self, relative: str, site: Path) -> None:
        self.relative = relative
        self.site = site

    def as_posix(self) -> str:
        return self.relative

    def locate(self) -> Path:
        return self.site / self.relative


class FakeDistribution:
    def __init__(self, site: Path) -> None:
        self.files = [
            FakeFile("flevodesk/__init__.py", site),
            FakeFile("../../../share/flevodesk/db/env.py", site),
        ]


def test_from_a_wheel(monkeypatch, tmp_path):
    """A wheel puts the data in <prefix>/share/flevodesk; its RECORD says where."""
    site = tmp_path / "lib" / "python3.11" / "site-packages"
    package = site / "flevodesk"
    package.mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    monkeypatch.setattr(resources.metadata, "distribution", lambda name: FakeDistribution(site))
    resources._wheel_root.cache_clear()
    try:
        assert resources.app_root() == tmp_path / "share" / "flevodesk"
    finally:
        resources._wheel_root.cache_clear()
