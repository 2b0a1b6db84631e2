"""Reading back what a printout wrote: text, pages and fonts of a PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes | Path) -> PdfReader:
    return PdfReader(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf)


def page_texts(pdf: bytes | Path) -> list[str]:
    """The text of each page, white space collapsed so wrapped lines read as one."""
    return [squash(page.extract_text() or "") for page in reader(pdf).pages]


def pdf_text(pdf: bytes | Path) -> str:
    return " ".join(page_texts(pdf))


def squash(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def fonts(pdf: bytes | Path) -> dict[str, bool]:
    """Every font the pages use, by base name, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources: Any = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


def placed_text(pdf: bytes | Path, page: int) -> list[tuple[str, float, float, float]]:
    """Each piece of text on a page with where it starts and its size, to compare layouts.

    Reading the text rather than the content stream keeps the comparison independent of
    the font subsets, whose character codes depend on what earlier pages used.
    """
    found: list[tuple[str, float, float, float]] = []

    def visit(value: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not value.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[0] * cm[0] + tm[1] * cm[2]) or 1.0
        found.append((squash(value), round(x, 2), round(y, 2), round(size * scale, 2)))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return found
