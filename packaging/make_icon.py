"""Render resources/icons/flevodesk.svg to the PNG and ICO files the packages need.

The SVG is the one source; run this after editing it and commit the results
(``.venv/bin/python packaging/make_icon.py``). Qt renders it, so no extra tool is needed;
the macOS .icns is made from the 256 px PNG by PyInstaller (with Pillow) on the Mac runner.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (256, 128, 48)
# Windows picks the nearest of these for the taskbar, Start menu and Explorer.
ICO_SIZES = (256, 48, 32, 16)


def render(svg: Path, size: int) -> object:
    """The SVG drawn on a transparent square of ``size`` pixels (a QImage)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    # No window is shown; offscreen keeps this working on a machine without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "flevodesk.svg"
    for size in PNG_SIZES:
        out = ICONS / f"flevodesk-{size}.png"
        if not render(svg, size).save(str(out), "PNG"):  # type: ignore[attr-defined]
            raise SystemExit(f"cannot write {out}")
        print(out)
    # Qt's own ICO writer keeps one size a file; Windows wants several in one.
    ico = ICONS / "flevodesk.ico"
    images = [render(svg, size) for size in ICO_SIZES]
    if not _write_multi_ico(ico, images):
        raise SystemExit(f"cannot write {ico}")
    print(ico)
    return 0


def _write_multi_ico(path: Path, images: list[object]) -> bool:
    """Write a multi-size ICO: PNG-compressed entries, which Windows Vista and later read."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs: list[bytes] = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):  # type: ignore[attr-defined]
            return False
        blobs.append(bytes(data.data()))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        size = image.width()  # type: ignore[attr-defined]
        # A width or height of 256 is stored as 0 in the one-byte fields.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))
    return True


if __name__ == "__main__":
    sys.exit(main())
