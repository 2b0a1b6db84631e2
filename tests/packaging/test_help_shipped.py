"""The guide (Help → Handleiding) ships in the frozen build and in the wheel."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def test_the_guide_is_in_the_frozen_build_and_the_wheel(specinfo: ModuleType) -> None:
    shipped = {
        (Path(source).relative_to(ROOT).as_posix(), Path(folder).as_posix())
        for source, folder in specinfo.data_files()
    }
    assert ("resources/help/handleiding.md", "resources/help") in shipped
    with (ROOT / "pyproject.toml").open("rb") as handle:
        data_files = tomllib.load(handle)["tool"]["setuptools"]["data-files"]
    assert data_files["share/flevodesk/resources/help"] == ["resources/help/*"]
