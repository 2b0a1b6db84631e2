import tomllib
from pathlib import Path

import flevodesk


def test_the_package_version_is_pyprojects():
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    assert flevodesk.__version__ == tomllib.loads(pyproject.read_text())["project"]["version"]
