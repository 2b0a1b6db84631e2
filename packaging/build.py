"""Build the one-folder program with PyInstaller and pack it for this system.

    python packaging/build.py            # dist/FlevoDesk/ and its archive beside it
    python packaging/build.py --no-archive

Linux gets ``FlevoDesk-<version>-linux-<machine>.tar.xz`` holding the folder, a .desktop
file, the icon and ``install-menu-entry.sh``. (An AppImage needs the AppImage runtime and
appimagetool, which no registry this project uses ships; a .tar.xz needs nothing.) Windows
and macOS are packed by their own tools afterwards (packaging/windows/flevodesk.iss,
packaging/macos/make_dmg.sh); there this script only builds the folder or the .app.
Prints the build time and the sizes, which the closing notes of a release quote.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import specinfo  # noqa: E402  (a sibling file, not an installed module)

ROOT = specinfo.ROOT
LINUX_EXTRAS = ("flevodesk.desktop", "install-menu-entry.sh")


def folder_size_mb(path: Path) -> float:
    """Bytes on disk of every file below ``path``, in MB (1024², like ``du -sm``)."""
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def run_pyinstaller(spec: Path, dist: Path, work: Path) -> float:
    """Run PyInstaller on ``spec`` and return the seconds it took."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(spec),
    ]
    started = time.monotonic()
    subprocess.run(command, check=True, cwd=ROOT)
    return time.monotonic() - started


def linux_archive(folder: Path, version: str) -> Path:
    """Pack ``folder`` with the menu entry and icon into a .tar.xz beside it."""
    for name in LINUX_EXTRAS:
        shutil.copy2(HERE / "linux" / name, folder / name)
    shutil.copy2(ROOT / "resources" / "icons" / "flevodesk-256.png", folder / "flevodesk.png")
    (folder / "install-menu-entry.sh").chmod(0o755)
    archive = folder.parent / f"{folder.name}-{version}-linux-{platform.machine()}.tar.xz"
    archive.unlink(missing_ok=True)
    xz = shutil.which("xz")
    tar = shutil.which("tar")
    if xz and tar:
        # xz -T0 uses both cores; Python's lzma module would use one and take twice as long.
        subprocess.run(
            [tar, "-C", str(folder.parent), "-I", "xz -T0 -6", "-cf", str(archive), folder.name],
            check=True,
        )
    else:
        with tarfile.open(archive, "w:xz") as tar_file:
            tar_file.add(folder, arcname=folder.name)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--spec", type=Path, default=HERE / "flevodesk.spec")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)

    info = specinfo.read_project(ROOT)
    # The .qm catalogues are built files: compile them from the Linguist files now, so a
    # build never ships stale or missing translations.
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "compile"], check=True
    )
    seconds = run_pyinstaller(args.spec, args.dist.resolve(), args.work.resolve())
    folder = args.dist.resolve() / info.app_name
    print(f"built {folder} in {seconds:.0f} s: {folder_size_mb(folder):.0f} MB", flush=True)
    if args.no_archive or not sys.platform.startswith("linux"):
        return 0
    started = time.monotonic()
    archive = linux_archive(folder, info.version)
    size = archive.stat().st_size / 2**20
    print(f"packed {archive} in {time.monotonic() - started:.0f} s: {size:.0f} MB", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
