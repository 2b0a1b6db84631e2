"""Where things go on an A4 page: margins, the title band, the body and the footer.

Every printout places its frames with these numbers, so pages of different printouts
line up when stacked.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 30.0
BAND_HEIGHT = 74.0
GAP = 12.0
FOOTER_HEIGHT = 16.0
BODY_TOP = PAGE_HEIGHT - BAND_HEIGHT - GAP
BODY_BOTTOM = MARGIN + FOOTER_HEIGHT
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
RUNNING_HEADER = 26.0

LATER_TOP = PAGE_HEIGHT - RUNNING_HEADER - GAP * 1.5
