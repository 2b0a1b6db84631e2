"""What the PyInstaller spec needs to know about the project, kept apart so tests can read it.

The spec (``flevodesk.spec``) imports this file; the tests load it by path. It imports
nothing outside the standard library, so neither needs PyInstaller or Qt.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.util
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

#: The name users see (window title, folder, installer); pyproject's ``name`` in lower case.
APP_NAME = "FlevoDesk"
#: Folders shipped beside the code; ``flevodesk.resources`` finds them at run time.
DATA_DIRS = ("db", "resources")
#: Files in those folders that are for developers only (a Linguist file is compiled into
#: the .qm that ships).
DATA_SKIP = ("__pycache__", "*.pyc", "*.pyo", ".*", "*.ts")
#: The compiled catalogue of every language besides Dutch; the build fails without one.
TRANSLATION_FILES = ("resources/translations/flevodesk_en.qm",)

#: Qt modules PyInstaller could pull in through PySide6's own imports but FlevoDesk never
#: uses. QtNetwork stays out too: the program is offline and no hook needs it.
QT_EXCLUDES = (
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtConcurrent",
)
#: Python packages that come with the development tools in the venv, never at run time.
PY_EXCLUDES = (
    "tkinter",
    "unittest",
    "pydoc_data",
    "pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "IPython",
    "numpy",
    "alembic.testing",
    "sqlalchemy.testing",
)

#: The print preview's PDF renderer: the binding and the package holding libpdfium.
PDFIUM_IMPORTS = ("pypdfium2", "pypdfium2_raw")
#: What must be in the bundle for pypdfium2 to load: its library and the version files it
#: reads at import (paths inside the bundle; the library's name differs per system).
PDFIUM_FILES = (
    "pypdfium2_raw/*pdfium*",
    "pypdfium2_raw/version.json",
    "pypdfium2/version.json",
)

#: Collected files (paths as PyInstaller puts them in the bundle, ``/`` separated) that the
#: program never loads. Qt plugins stay only for what a desktop user meets: xcb and Wayland
#: windows (offscreen for tests), the printer list (CUPS), the image formats of icons and
#: pictures, the XDG desktop portal (file dialogs under Flatpak/GNOME) and input methods.
QT_DROP = (
    "*/Qt/plugins/platforms/libqeglfs.so",
    "*/Qt/plugins/platforms/libqlinuxfb.so",
    "*/Qt/plugins/platforms/libqminimal.so",
    "*/Qt/plugins/platforms/libqminimalegl.so",
    "*/Qt/plugins/platforms/libqvnc.so",
    "*/Qt/plugins/platforms/libqvkkhrdisplay.so",
    "*/Qt/plugins/egldeviceintegrations/*",
    # TUIO touch over the network; it alone pulls in libQt6Network.
    "*/Qt/plugins/generic/libqtuiotouchplugin.so",
    # The GTK theme plugin would load the build machine's pango and cairo beside the
    # user's own GTK; Qt's Fusion look and the XDG portal plugin serve instead.
    "*/Qt/plugins/platformthemes/libqgtk3.so",
    "*/Qt/plugins/imageformats/libqpdf.*",
    "*/Qt/plugins/imageformats/libqtiff.*",
    "*/Qt/plugins/imageformats/libqwebp.*",
    "*/Qt/plugins/imageformats/libqtga.*",
    "*/Qt/plugins/imageformats/libqwbmp.*",
    "*/Qt/plugins/imageformats/libqicns.*",
    "*/Qt/plugins/networkinformation/*",
    "*/Qt/plugins/tls/*",
    "*/Qt/plugins/sqldrivers/*",
    "*/Qt/plugins/qmltooling/*",
    "*/Qt/plugins/designer/*",
    "*/Qt/plugins/vectorimageformats/*",
    "*/Qt/plugins/wayland-graphics-integration-server/*",
    "*/libQt6EglFSDeviceIntegration.so*",
    "*/libQt6EglFsKmsSupport.so*",
    "*/libQt6WaylandCompositor*",
)
#: The program speaks Dutch; Qt's own dialogs (file, print) follow the system language, so
#: keep Dutch and English and drop the other fifty-odd languages (about 13 MB).
QT_TRANSLATIONS_KEPT = ("nl", "en")


@dataclass(frozen=True)
class ProjectInfo:
    """Name and version as pyproject.toml states them, and the icon files for each system."""

    name: str
    version: str
    description: str
    icon_png: Path
    icon_ico: Path
    icon_svg: Path

    @property
    def app_name(self) -> str:
        return APP_NAME

    @property
    def windows_version(self) -> tuple[int, int, int, int]:
        """The four numbers Windows' version resource holds (pre-release text dropped)."""
        numbers: list[int] = []
        for part in self.version.split(".")[:4]:
            digits = "".join(ch for ch in part if ch.isdigit()) or "0"
            numbers.append(int(digits))
        return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def read_project(root: Path = ROOT) -> ProjectInfo:
    """Read pyproject.toml; fail when its name and :data:`APP_NAME` disagree."""
    with (root / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    name = str(project["name"])
    if name != APP_NAME.lower():
        raise ValueError(f"pyproject name {name!r} does not match {APP_NAME!r}")
    icons = root / "resources" / "icons"
    return ProjectInfo(
        name=name,
        version=str(project["version"]),
        description=str(project.get("description", "")),
        icon_png=icons / "flevodesk-256.png",
        icon_ico=icons / "flevodesk.ico",
        icon_svg=icons / "flevodesk.svg",
    )


def _skipped(path: Path) -> bool:
    return any(fnmatch.fnmatch(part, pattern) for part in path.parts for pattern in DATA_SKIP)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every shipped data file, as ``datas``.

    Files are listed one by one (not whole folders) so caches and dot-files stay out.
    """
    result: list[tuple[str, str]] = []
    for top in DATA_DIRS:
        for path in sorted((root / top).rglob("*")):
            relative = path.relative_to(root)
            if path.is_file() and not _skipped(relative):
                result.append((str(path), str(relative.parent)))
    return result


def _imported_modules(source: str) -> Iterator[str]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules that Alembic's env.py and the migrations import.

    Alembic loads them from files at run time, so PyInstaller's analysis never sees their
    imports; listing them as hidden imports keeps a new migration from breaking the build.
    """
    names: set[str] = set()
    for path in sorted((root / "db").rglob("*.py")):
        if not _skipped(path.relative_to(root)):
            names.update(_imported_modules(path.read_text(encoding="utf-8")))
    return sorted(n for n in names if n != "__future__" and _is_module(n))


def _is_module(name: str) -> bool:
    """Whether ``name`` is an importable module (``from x import y`` may name a class)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


_LANGUAGE = re.compile(r"_([a-z]{2,3})(?:_[A-Z]{2})?\.qm$")


def drop_entry(dest: str) -> bool:
    """Whether a collected file (its path inside the bundle) is one we leave out."""
    posix = str(PurePosixPath(*Path(dest).parts))
    if any(fnmatch.fnmatch(posix, pattern) for pattern in QT_DROP):
        return True
    if "/Qt/translations/" in f"/{posix}":
        # qtbase_nl.qm, qt_help_pt_BR.qm: the language is the last lower-case code.
        found = _LANGUAGE.search(PurePosixPath(posix).name)
        return found is not None and found.group(1) not in QT_TRANSLATIONS_KEPT
    return False


TocEntry = tuple[str, str, str]


def keep(entries: Iterable[TocEntry]) -> list[TocEntry]:
    """A PyInstaller TOC (dest, source, kind) without the entries :func:`drop_entry` names."""
    return [entry for entry in entries if not drop_entry(entry[0])]


def keep_binaries(
    entries: Iterable[TocEntry], needed: Callable[[str], Iterable[str]]
) -> list[TocEntry]:
    """Like :func:`keep`, and also drop the libraries that only dropped plugins needed.

    PyInstaller collects a plugin's libraries before the spec can filter the plugin, so
    leaving out the GTK theme plugin would still ship cairo, pango and gdk-pixbuf. A library
    goes only when nothing kept needs it (``needed(source)`` lists an ELF's DT_NEEDED
    names); libraries loaded by ctypes are never candidates, so they stay.
    """
    entries = list(entries)
    by_name = {PurePosixPath(dest).name: entry for entry in entries for dest in [entry[0]]}
    deps = {entry[0]: {n for n in needed(entry[1]) if n in by_name} for entry in entries}
    dropped = [entry for entry in entries if drop_entry(entry[0])]
    # Everything the dropped files reach is a candidate ...
    candidates: set[str] = set()
    stack = [name for entry in dropped for name in deps[entry[0]]]
    while stack:
        name = stack.pop()
        if name not in candidates:
            candidates.add(name)
            stack.extend(deps[by_name[name][0]])
    # ... unless a kept file reaches it.
    kept_roots = [
        entry
        for entry in entries
        if not drop_entry(entry[0]) and PurePosixPath(entry[0]).name not in candidates
    ]
    reached: set[str] = set()
    stack = [name for entry in kept_roots for name in deps[entry[0]]]
    while stack:
        name = stack.pop()
        if name not in reached:
            reached.add(name)
            stack.extend(deps[by_name[name][0]])
    orphans = candidates - reached
    return [
        entry
        for entry in entries
        if not drop_entry(entry[0]) and PurePosixPath(entry[0]).name not in orphans
    ]


def is_windows() -> bool:
    return sys.platform == "win32"


def is_macos() -> bool:
    return sys.platform == "darwin"


def check_pdfium(binaries: Iterable[TocEntry], datas: Iterable[TocEntry]) -> None:
    """Fail the build when a file of :data:`PDFIUM_FILES` is not collected: the program
    would start, and only its print preview would fail."""
    collected = [str(PurePosixPath(*Path(entry[0]).parts)) for entry in [*binaries, *datas]]
    missing = [
        pattern
        for pattern in PDFIUM_FILES
        if not any(fnmatch.fnmatch(dest, pattern) for dest in collected)
    ]
    if missing:
        raise SystemExit(f"pypdfium2 is incomplete in the bundle, missing: {', '.join(missing)}")


def check_translations(datas: Iterable[TocEntry]) -> None:
    """Fail the build when a language's compiled catalogue is not collected: the program
    would start, and speak Dutch to a user who chose English."""
    collected = {str(PurePosixPath(*Path(entry[0]).parts)) for entry in datas}
    missing = [name for name in TRANSLATION_FILES if name not in collected]
    if missing:
        raise SystemExit(
            f"translations missing from the bundle (run `make translations`'s compile step,"
            f" scripts/translations.py compile): {', '.join(missing)}"
        )
