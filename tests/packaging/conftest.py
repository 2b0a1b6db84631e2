"""Load the scripts in packaging/ by path: a folder named ``packaging`` is not importable
beside the ``packaging`` library that pip and PyInstaller depend on."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def specinfo() -> ModuleType:
    return load("specinfo")


@pytest.fixture(scope="session")
def smoke_test() -> ModuleType:
    return load("smoke_test")
