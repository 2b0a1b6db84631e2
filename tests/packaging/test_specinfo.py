"""The spec's inputs: name, version, icons, data files, hidden imports and what it drops."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_name_and_version_come_from_pyproject(specinfo):
    info = specinfo.read_project(ROOT)
    project = pyproject()["project"]
    assert info.name == project["name"]
    assert info.version == project["version"]
    assert info.app_name == "FlevoDesk"


def test_a_renamed_project_is_refused(specinfo, tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "1"\n')
    with pytest.raises(ValueError, match="does not match"):
        specinfo.read_project(tmp_path)


def test_windows_version_has_four_numbers(specinfo):
    info = specinfo.read_project(ROOT)
    assert info.windows_version[:3] == tuple(int(p) for p in info.version.split(".")[:3])
    assert len(info.windows_version) == 4


def test_icons_exist(specinfo):
    info = specinfo.read_project(ROOT)
    for path in (info.icon_png, info.icon_ico, info.icon_svg):
        assert path.is_file(), path
    for size in (48, 128, 256):
        assert (ROOT / "resources" / "icons" / f"flevodesk-{size}.png").is_file()


def test_data_files_hold_migrations_fonts_and_reference_data(specinfo):
    shipped = {Path(source).relative_to(ROOT).as_posix() for source, _ in specinfo.data_files()}
    assert "db/env.py" in shipped
    assert "db/versions/0001_baseline_schema.py" in shipped
    assert "resources/fonts/DejaVuSans.ttf" in shipped
    assert "resources/fonts/DejaVu-LICENSE.txt" in shipped
    assert "resources/reference/flevoland.json" in shipped
    assert not any("__pycache__" in path or path.endswith(".pyc") for path in shipped)


def test_data_files_keep_their_folder(specinfo):
    for source, folder in specinfo.data_files():
        assert Path(source).parent.relative_to(ROOT) == Path(folder)


def test_migration_imports_are_modules(specinfo):
    names = specinfo.migration_imports()
    assert {"alembic", "sqlalchemy"} <= set(names)
    assert "sqlalchemy.create_engine" not in names  # a function, not a module


def test_the_wheel_ships_every_data_folder(specinfo):
    """Every folder the frozen build ships is listed in [tool.setuptools.data-files]."""
    data_files = pyproject()["tool"]["setuptools"]["data-files"]
    listed = {target.removeprefix("share/flevodesk/") for target in data_files}
    needed = {folder.replace("\\", "/") for _, folder in specinfo.data_files()}
    assert needed <= listed, f"add to pyproject.toml data-files: {sorted(needed - listed)}"


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/translations/qtbase_nl.qm", False),
        ("PySide6/Qt/translations/qtbase_en.qm", False),
        ("PySide6/Qt/translations/qt_help_nl.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qt_help_pt_BR.qm", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("resources/fonts/DejaVuSans.ttf", False),
    ],
)
def test_drop_entry(specinfo, dest, dropped):
    assert specinfo.drop_entry(dest) is dropped


def test_keep_binaries_drops_libraries_only_dropped_plugins_need(specinfo):
    gtk = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
    entries = [
        (gtk, "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("libglib-2.0.so.0", "/src/libglib-2.0.so.0", "BINARY"),
        ("libcrypto.so.3", "/src/libcrypto.so.3", "BINARY"),  # loaded by ctypes: no edges
    ]
    needs = {
        "/src/libqgtk3.so": ["libcairo.so.2", "libglib-2.0.so.0"],
        "/src/libcairo.so.2": ["libpixman-1.so.0", "libc.so.6"],
        "/src/libqxcb.so": ["libglib-2.0.so.0"],
    }
    kept = {dest for dest, _, _ in specinfo.keep_binaries(entries, lambda p: needs.get(p, []))}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0",
        "libcrypto.so.3",
    }


def test_a_bundle_without_pdfiums_library_fails_the_build(specinfo):
    binaries = [("pypdfium2_raw/libpdfium.so", "/src/libpdfium.so", "BINARY")]
    datas = [
        ("pypdfium2_raw/version.json", "/src/raw/version.json", "DATA"),
        ("pypdfium2/version.json", "/src/version.json", "DATA"),
    ]
    specinfo.check_pdfium(binaries, datas)  # complete: nothing said
    with pytest.raises(SystemExit, match="pypdfium2_raw/\\*pdfium\\*"):
        specinfo.check_pdfium([], datas)
    # Nor may the spec's filters drop it.
    assert not specinfo.drop_entry("pypdfium2_raw/libpdfium.so")


def test_the_build_ships_the_compiled_catalogue_not_the_linguist_files(specinfo, tmp_path):
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "flevodesk_en.ts").write_text("<TS/>", encoding="utf-8")
    (folder / "flevodesk_en.qm").write_bytes(b"qm")
    shipped = [Path(source).name for source, _ in specinfo.data_files(tmp_path)]
    assert shipped == ["flevodesk_en.qm"]
    datas = [("resources/translations/flevodesk_en.qm", str(folder / "flevodesk_en.qm"), "DATA")]
    specinfo.check_translations(datas)  # complete: nothing said
    with pytest.raises(SystemExit, match=r"flevodesk_en\.qm"):
        specinfo.check_translations([])
