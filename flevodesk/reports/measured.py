"""Text that is measured once: paragraphs that keep their line breaks, fonts their widths.

Platypus asks a paragraph how tall it is many times before drawing it: the handout's
height sharing, KeepInFrame (once per trial scale), the table around it and the table's
drawing each break the lines again. A paragraph's lines depend only on its own text,
style and the width it is given, so they are kept per width, on the paragraph itself.
Only texts that recur on page after page (headings, partner and theme names) share their
lines with every paragraph of the same text and style; nothing else carries over from one
page to the next.

Text without markup (most of it: descriptions, stories, headings) skips reportlab's
markup parser, which costs more than breaking the lines: it would give one fragment in
the style's font, colour and size, and that is what is built. So does a bold or italic
lead-in followed by plain text ("<b>Waar:</b> ..."), whose two fragments are copies of
the parser's own for that style.

Word widths are kept per font instead: the same word at the same size is equally wide on
every page, and breaking lines asks for the width of every word.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

import pyphen
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table
from reportlab.platypus.paragraph import Paragraph, cleanBlockQuotedText, textTransformFrags

from flevodesk.reports.plain_lines import plain_lines_code

# Enough for the vocabulary of a big batch; past it the widths are measured afresh rather
# than letting a long-running program grow without bound.
_WIDTHS_KEPT = 50_000


# Lines of texts that recur on page after page (headings, partner and theme names), shared
# by every paragraph of the same text and style; bounded like the widths.
_SHARED: dict[tuple[str, ParagraphStyle, str | None], dict[float, Any]] = {}
_SHARED_KEPT = 5_000

_PLAIN: WeakKeyDictionary[ParagraphStyle, Any] = WeakKeyDictionary()


def _plain_fragment(style: ParagraphStyle, text: str) -> Any:
    """The one fragment the markup parser makes of ``text`` without tags or entities."""
    model = _PLAIN.get(style)
    if model is None:
        model = _PLAIN[style] = Paragraph("x", style).frags[0]
    # Fresh lists: a fragment's link and underline lists are its own.
    return model.clone(text=text, link=[], us_lines=[])


_TAGGED_MODELS: WeakKeyDictionary[ParagraphStyle, dict[str, Any]] = WeakKeyDictionary()

# A bold or italic lead-in and plain text after it ("<b>Waar:</b> Buurthuis"): the
# markup of most labelled lines, read without the parser.
_TAGGED = re.compile(r"<([bi])>([^<>&]+)</\1>([^<>&]*)")


def _tagged_fragments(style: ParagraphStyle, text: str) -> list[Any] | None:
    """The fragments the parser makes of a lead-in in <b> or <i> and plain text after."""
    match = _TAGGED.fullmatch(text)
    if match is None:
        return None
    tag, lead, rest = match.groups()
    models = _TAGGED_MODELS.setdefault(style, {})
    if tag not in models:
        models[tag] = Paragraph(f"<{tag}>x</{tag}>y", style).frags
    tagged, plain = models[tag]
    frags = [tagged.clone(text=lead, link=[], us_lines=[])]
    if rest:
        frags.append(plain.clone(text=rest, link=[], us_lines=[]))
    return frags


def _cleaned(text: str) -> str:
    """What reportlab's cleaner makes of ``text``, without running it on text it keeps.

    The cleaner (lines stripped, runs of white space made one space) costs as much as
    breaking a short paragraph into lines; text of printable characters with single
    spaces between words is what it gives back unchanged.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return str(cleanBlockQuotedText(text))


class MeasuredParagraph(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A :class:`Paragraph` that breaks its lines once for each width it is wrapped at.

    Drawing only reads the broken lines, so handing the same ones out again draws the
    same page. With ``shared``, the lines are kept for every paragraph of this text and
    style, for texts that recur on many pages; the lines are only read, never changed.
    """

    #: The text as written, as reportlab's fragments (set by reportlab's constructor).
    frags: list[Any]

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803
        *,
        shared: bool = False,
        frags: list[Any] | None = None,
    ) -> None:
        if frags is not None:
            # A part of this paragraph split over two frames (Paragraph.split makes them
            # so): its lines are broken already.
            super().__init__(text, style, bulletText, frags=frags)
            return
        cleaned = _cleaned(text or "")
        frags = None
        if not cleaned:
            pass
        elif "<" not in cleaned and "&" not in cleaned:
            frags = [_plain_fragment(style, cleaned)]
        elif cleaned[:1] == "<":
            frags = _tagged_fragments(style, cleaned)
        if frags is None:
            # As Paragraph.__init__, minus cleaning the text a second time.
            self.caseSensitive = 1
            self.encoding = "utf8"
            self._setup(cleaned, style, bulletText or getattr(style, "bulletText", None), None, str)
        else:
            textTransformFrags(frags, style)
            super().__init__(cleaned, style, bulletText, frags=frags)
        if shared:
            if len(_SHARED) >= _SHARED_KEPT:
                _SHARED.clear()
            self._measured = _SHARED.setdefault((cleaned, style, bulletText), {})

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        known: dict[float, tuple[float, float, Any, Any]] = self.__dict__.setdefault(
            "_measured", {}
        )
        hit = known.get(availWidth)
        if hit is None:
            width, height = super().wrap(availWidth, availHeight)
            # A width too narrow for any text sets nothing to keep (reportlab's own rule).
            if "blPara" in self.__dict__:
                known[availWidth] = (
                    width,
                    height,
                    self.__dict__["blPara"],
                    self.__dict__["_wrapWidths"],
                )
            return width, height
        self.width, self.height = hit[0], hit[1]
        self.__dict__.update(blPara=hit[2], _wrapWidths=hit[3])
        return hit[0], hit[1]

    def breakLines(self, width: Any) -> Any:  # noqa: N802 - reportlab's name
        """The lines at ``width``, a word wider than the column parted where Dutch parts it.

        reportlab hyphenates a long word only into the room left on the line before it;
        a word that then starts a line and is still too wide for it, such as
        "Noordoostpolder-Emmeloord" in a table cell, it cuts wherever the column ends
        ("Noordoostpolder-Emmeloo|rd"), and the rest of a web address it parted it lets
        run past the column. Such a word is parted at its own hyphen (or slash, or dot)
        or at a hyphenation point of the style's language, and the lines broken again.
        """
        # reportlab keeps the words of a breaking as the paragraph's fragments, a word it
        # cut at one width staying cut at the next: every width starts from the text as
        # written, as a fresh paragraph would.
        own = self.frags
        lines = super().breakLines(width)
        widths = list(width) if isinstance(width, (list, tuple)) else [width]
        language = getattr(self.style, "hyphenationLang", "") or ""
        parted = own
        # A part may still be too wide for a very narrow column: it is parted again.
        for _ in range(_PARTINGS):
            if not (self._splitLongWordCount or _overflowing(lines)):
                break
            again = _parted(parted, min(widths), max(widths), language)
            if again is None:
                break
            parted = self.frags = again
            lines = super().breakLines(width)
        self.frags = own
        return lines

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if not self._draw_lines(canvas, self._hAlignAdjust(x, _sW), y):
            super().drawOn(canvas, x, y, _sW)

    def _draw_lines(self, canvas: Canvas, x: float, y: float) -> bool:
        """Draw lines of one font and colour as one text object; whether it could.

        reportlab's drawing wraps every paragraph in two saved states, a translation and
        a text object built operator by operator; the same text at the same places
        costs a fraction of that written at once. Anything else (markup, bullets,
        justified or shrunk spaces, backgrounds) is left to reportlab.
        """
        code = plain_lines_code(self, canvas, x, y)
        if code is None:
            return False
        canvas._code.append(code)
        return True


def _overflowing(lines: Any) -> bool:
    """Whether a line of one word runs past its width: reportlab lets the rest of a web
    address it parted stand as wide as it is. (A line of several words may run a little
    past it where reportlab narrows its spaces.)"""
    return any(
        (line[0] < -0.5 and len(line[1]) == 1)
        if isinstance(line, tuple)
        else (line.extraSpace < -0.5 and getattr(line, "wordCount", 0) == 1)
        for line in getattr(lines, "lines", ())
    )


#: How often a word is parted at most: five parts stand in a column of a dozen letters.
_PARTINGS = 4


def _parted(frags: list[Any], narrowest: float, widest: float, language: str) -> list[Any] | None:
    """``frags`` with each word wider than ``widest`` parted in two by a space, a head
    that fits ``narrowest`` and the rest; None when no word was. Both parts can never
    share a line again."""
    changed = False
    result: list[Any] = []
    for frag in frags:
        if not isinstance(getattr(frag, "text", None), str) or not hasattr(frag, "fontName"):
            # The words of an earlier breaking, not text as written: left as they are.
            result.append(frag)
            continue
        words = frag.text.split(" ")
        for index, word in enumerate(words):
            if stringWidth(word, frag.fontName, frag.fontSize) <= widest:
                continue
            fitting = (
                f"{head} {tail}"
                for head, tail in _parts(word, language)
                if stringWidth(head, frag.fontName, frag.fontSize) <= narrowest
            )
            words[index] = next(fitting, word)
        text = " ".join(words)
        changed = changed or text != frag.text
        result.append(frag.clone(text=text) if text != frag.text else frag)
    return result if changed else None


def _parts(word: str, language: str) -> list[tuple[str, str]]:
    """Where ``word`` may be parted, best first: after its own hyphens, slashes and dots
    (a web address), the longest head first; then at the hyphenation points of
    ``language`` in each of its runs of letters (a surname joined to its tussenvoegsel
    by non-breaking spaces among them), with a hyphen added to the head."""
    own = [
        (word[: index + 1], word[index + 1 :])
        for index, char in enumerate(word[:-1])
        if char in _OWN_BREAKS and index
    ]
    hyphenated: list[tuple[str, str]] = []
    if language:
        for run in _LETTERS.finditer(word):
            hyphenated += [
                (word[: run.start() + at] + "-", word[run.start() + at :])
                for at in _hyphenator(language).positions(run.group())
            ]
    return [
        *sorted(own, key=lambda part: len(part[0]), reverse=True),
        *sorted(hyphenated, key=lambda part: len(part[0]), reverse=True),
    ]


_LETTERS = re.compile(r"[^\W\d_]+")


#: Where a word may be parted without adding a hyphen.
_OWN_BREAKS = "-/."


@cache
def _hyphenator(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language)


# What flowables are asked for their natural height: reportlab's own "unbounded" height
# (KeepInFrame and containers use it), so a measurement beforehand asks the same question.
UNBOUNDED = 0xFFFFFFF


class MeasuredTable(Table):  # type: ignore[misc]  # reportlab has no type hints
    """A :class:`Table` that does not lay itself out again for the size it was just given.

    A table is wrapped for its natural height, by KeepInFrame, by the frame and once more
    before drawing, mostly at the same size in a row; laying out means wrapping every
    cell. Drawing reads the positions of the last layout, so skipping a repeat of the
    very same one keeps them; any other size, or a new style, lays it out afresh.
    """

    _laid_out_for: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        size = (availWidth, availHeight)
        if self._laid_out_for == size:
            return self._width, self._height
        result: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._laid_out_for = size
        return result

    def setStyle(self, tblstyle: Any) -> None:  # noqa: N802 - reportlab's name
        self._laid_out_for = None
        super().setStyle(tblstyle)


class MeasuredFont(TTFont):  # type: ignore[misc]  # reportlab has no type hints
    """An embedded TrueType font that remembers how wide each string is at each size."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float, str], float] = {}

    def stringWidth(  # noqa: N802 - reportlab's name
        self, text: str, size: float, encoding: str = "utf8"
    ) -> float:
        key = (text, size, encoding)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= _WIDTHS_KEPT:
                self._widths.clear()
            width = self._widths[key] = super().stringWidth(text, size, encoding)
        return width
