"""Fail when a module imports across the layers of docs/architecture.md (``make lint``).

Reads every module under ``flevodesk/`` with :mod:`ast` (imports inside functions count
too, as they run all the same) and prints each import a layer may not make.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "flevodesk"

#: Layer (a folder of the package) -> modules it must never import, by name prefix.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "ui": ("sqlalchemy", "alembic"),
    "services": ("PySide6", "flevodesk.ui", "flevodesk.commands", "flevodesk.cli"),
    "store": ("PySide6", "reportlab", "flevodesk.services", "flevodesk.ui", "flevodesk.cli"),
    "domain": (
        "PySide6",
        "reportlab",
        "flevodesk.services",
        "flevodesk.store",
        "flevodesk.ui",
        "flevodesk.reports",
    ),
    "reports": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "flevodesk.services",
        "flevodesk.store",
        "flevodesk.ui",
    ),
}


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module ``tree`` imports, with its line (relative imports are not used here)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


def violations(package: Path = PACKAGE) -> list[str]:
    """``path:line: layer imports name`` for each forbidden import below ``package``."""
    problems = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((package / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for line, name in imported_names(tree):
                if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                    where = path.relative_to(package.parent)
                    problems.append(f"{where}:{line}: {layer}/ imports {name}")
    return problems


def main() -> int:
    problems = violations()
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} imports cross the layers (see docs/architecture.md).")
        return 1
    print("Layers: no import crosses them.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
