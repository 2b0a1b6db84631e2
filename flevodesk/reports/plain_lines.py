"""PDF text for a paragraph whose broken lines are all in one font and colour.

reportlab draws such a paragraph (kind 0 of its line breaking) as one text object: the
fill colour, the first line's origin, then each line as the font's subset and the text,
moving down one leading with ``T*``. Writing exactly that, with the numbers formatted
once per paragraph, puts the same glyphs at the same places as reportlab does.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import CMYKColor, Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

_ALIGNMENTS = (TA_LEFT, TA_CENTER, TA_RIGHT)
_COLOURS: dict[tuple[float, float, float], str] = {}
_SIZES: dict[tuple[float, float], str] = {}


def _colour(colour: Any) -> str | None:
    """The fill-colour operator for a plain RGB colour; None for anything else."""
    if type(colour) is not Color or colour.alpha != 1:
        return None
    rgb = (colour.red, colour.green, colour.blue)
    code = _COLOURS.get(rgb)
    if code is None:
        code = _COLOURS[rgb] = f"{fp_str(rgb)} rg"
    return code


def _simple(paragraph: Any, canvas: Canvas) -> bool:
    """Whether reportlab would draw this paragraph as plain lines of one font."""
    style = paragraph.style
    blpara = paragraph.__dict__.get("blPara")
    return not (
        blpara is None
        or blpara.kind != 0
        or not blpara.lines
        or not isinstance(paragraph.bulletText or "", str)
        or (paragraph.bulletText and style.bulletAnchor != "start")
        or style.alignment not in _ALIGNMENTS
        or style.backColor
        or (style.borderWidth and style.borderColor)
        or style.wordWrap
        or getattr(style, "shaping", 0)
        or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) not in ("", "off")
        or getattr(blpara, "us_lines", None)
        or getattr(blpara, "link", None)
        or any(offset for offset in getattr(paragraph, "_offsets", ()))
        or not canvas.bottomup
        or getattr(canvas, "_enforceColorSpace", None)
        or isinstance(blpara.textColor, CMYKColor)
    )


def _sizes(size: float, leading: float) -> str:
    """The font size and leading operands, formatted once for each pair."""
    code = _SIZES.get((size, leading))
    if code is None:
        code = _SIZES[(size, leading)] = f"{fp_str(size)} Tf {fp_str(leading)} TL"
    return code


def _text(font: Any, canvas: Canvas, value: str, sizes: str, current: int) -> tuple[str, int]:
    """``value`` shown in ``font``'s subsets, switching subset where it changes."""
    doc = canvas._doc
    escape = canvas._escape
    pieces = []
    for subset, encoded in font.splitString(value, doc):
        if subset != current:
            pieces.append(f"{font.getSubsetInternalName(subset, doc)} {sizes}")
            current = subset
        pieces.append(f"({escape(encoded)}) Tj")
    return " ".join(pieces), current


def _move(code: list[str], dx: float) -> None:
    """Move the line start by ``dx``, merged with a move just before as reportlab does.

    reportlab adds the previous move as it was written (rounded), so the merged move
    lands where reportlab's does to the last digit.
    """
    if code[-1].endswith(" Td"):
        dx += float(code.pop().split()[0])
    code.append(f"{fp_str(dx, 0)} Td")


def _bullet(paragraph: Any, canvas: Canvas, x: float, y: float) -> tuple[str, float] | None:
    """The bullet's own text object and how far it pushes the first line; None: not plain."""
    style = paragraph.style
    font = getFont(style.bulletFontName)
    colour = _colour(getattr(style, "bulletColor", style.textColor))
    if colour is None or not font._dynamicFont:
        return None
    bullet = paragraph.bulletText
    size = style.bulletFontSize
    start_y = y + getattr(style, "bulletOffsetY", 0)
    shown, _ = _text(font, canvas, bullet, _sizes(size, size * 1.2), -1)
    code = f"BT 1 0 0 1 {fp_str(x + style.bulletIndent, start_y)} Tm {colour} {shown} ET"
    end = style.bulletIndent + font.stringWidth(bullet, size) + size * 0.6
    return code, end - style.leftIndent


def plain_lines_code(paragraph: Any, canvas: Canvas, x: float, y: float) -> str | None:
    """The content-stream code that draws ``paragraph``'s lines at ``x``, ``y``.

    None when reportlab would draw it otherwise (several fragments, a bullet, spaces
    stretched or shrunk, a background, a font that is not an embedded TrueType one).
    """
    if not _simple(paragraph, canvas):
        return None
    blpara = paragraph.blPara
    font = getFont(blpara.fontName)
    colour = _colour(blpara.textColor)
    if colour is None or not font._dynamicFont:
        return None
    lines = blpara.lines
    if any(extra < -1e-8 for extra, _ in lines):
        return None
    style = paragraph.style
    alignment = style.alignment
    ascent = blpara.fontSize if rl_config.paraFontSizeHeightOffset else blpara.ascent
    origin_x = x + style.leftIndent
    origin_y = y + paragraph.height - ascent
    offset = style.firstLineIndent
    code = []
    if paragraph.bulletText:
        bullet = _bullet(paragraph, canvas, x, origin_y)
        if bullet is None:
            return None
        code.append(bullet[0])
        offset = max(offset, bullet[1])
    sizes = _sizes(blpara.fontSize, style.leading)
    code += [colour, f"BT 1 0 0 1 {fp_str(origin_x, origin_y)} Tm"]
    current = -1
    for index, (extra, words) in enumerate(lines):
        shift = offset if index == 0 else 0.0
        if alignment == TA_CENTER:
            shift += 0.5 * extra
        elif alignment == TA_RIGHT:
            shift += extra
        if shift > 1e-6 or shift < -1e-6:
            _move(code, shift)
        shown, current = _text(font, canvas, " ".join(words), sizes, current)
        # reportlab writes an empty line as a bare T*, as the move down it is.
        code.append(f"{shown} T*" if shown else " T*")
        if shift > 1e-6 or shift < -1e-6:
            _move(code, -shift)
    code.append("ET")
    return f"q {' '.join(code)} Q"
