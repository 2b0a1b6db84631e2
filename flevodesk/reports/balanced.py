"""One flow of text in two columns of equal height: how tall they stand.

reportlab's own balanced columns measure themselves only inside a document being built,
and a page template needs its frames' heights before that. So the flow is set, in a
document nobody keeps, on a page of a left and a right frame of a trial height (the
real build's rules included: a heading stays with its first lines), and the lowest
height at which it fits that one page is found by halving.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable

from reportlab.platypus import BaseDocTemplate, Flowable, LayoutError, PageTemplate

from flevodesk.reports import layout as ly
from flevodesk.reports import styles as st

#: Close enough: a line of body text is 10.8 pt.
_PRECISION = 2.0
#: The most space above a heading, which a column's top takes away.
_TOP_SPACE = 24.0


def balanced_height(
    build: Callable[[], list[Flowable]], width: float, most: float, whole: float
) -> float | None:
    """The height two columns of ``width`` need for the flowables ``build`` makes, which
    stand ``whole`` tall in one; None when they do not fit two columns ``most`` tall.
    ``build`` makes them afresh for every trial, as setting them splits them."""
    if not _fits(build(), width, most):
        return None
    # Each column holds about half; a heading's space above it falls away at a column's
    # top, so a little less may do.
    low, high = max(whole / 2 - _TOP_SPACE, 0.0), most
    while high - low > _PRECISION:
        middle = (low + high) / 2
        if _fits(build(), width, middle):
            high = middle
        else:
            low = middle
    return float(math.ceil(high))


def _fits(flow: list[Flowable], width: float, height: float) -> bool:
    """Whether ``flow`` stands on one page of two columns ``width`` wide, ``height`` tall."""
    frames = [
        ly.frame(f"trial{n}", n * (width + st.GRID_GUTTER), 0, width, height) for n in range(2)
    ]
    doc = BaseDocTemplate(
        io.BytesIO(), pagesize=(2 * width + st.GRID_GUTTER, height), pageTemplates=[]
    )
    doc.addPageTemplates([PageTemplate("trial", frames)])
    try:
        doc.build(flow)
    except LayoutError:  # a block taller than the trial's columns
        return False
    return int(doc.page) == 1
