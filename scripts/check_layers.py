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
    "ui": ("sqlalchemy", "alembic", "flevodesk.store"),
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


#: The user interface reaches the store only through its composition root: the modules that
#: open the database and hand the handle on. Everything else goes through services.
COMPOSITION_ROOT = ("ui/app.py", "ui/startup.py", "ui/first_rows.py")

#: Imports still allowed while other work moves them: module -> the one module it may import.
#: Each imports the store's ``Database`` for a type hint only, in a module another session
#: is changing; it is to use ``flevodesk.services.setup.Database``. An entry no longer needed
#: is reported, so this list only shrinks.
PENDING: dict[str, str] = {}


def _allowed(where: str, name: str, pending: dict[str, str]) -> bool:
    """Whether the module ``where`` (relative to the package) may import ``name``."""
    if not (name == "flevodesk.store" or name.startswith("flevodesk.store.")):
        return False
    return where in COMPOSITION_ROOT or pending.get(where) == name


def imported_names(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module ``tree`` imports, with its line (relative imports are not used here)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
    return found


def violations(package: Path = PACKAGE, pending: dict[str, str] | None = None) -> list[str]:
    """``path:line: layer imports name`` for each forbidden import below ``package``, and
    ``path: no longer imports name`` for each :data:`PENDING` entry that can go."""
    pending = PENDING if pending is None else pending
    problems = []
    used: set[str] = set()
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((package / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            inside = path.relative_to(package).as_posix()
            for line, name in imported_names(tree):
                if _allowed(inside, name, pending):
                    used.add(inside)
                    continue
                if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                    where = path.relative_to(package.parent)
                    problems.append(f"{where}:{line}: {layer}/ imports {name}")
    for inside, name in pending.items():
        if inside not in used:
            problems.append(
                f"{package.name}/{inside}: no longer imports {name}; drop it from PENDING"
            )
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
