"""Where things go on an A4 page: margins, the title band, the body and the footer.

Every printout places its frames with these numbers, so pages of different printouts
line up when stacked.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

PAGE_WIDTH, PAGE_HEIGHT = A4
#: 12.7 mm: office printers lose the outer 4-5 mm, and a margin of 12-15 mm reads as a
#: deliberate page rather than one filled to its edge.
MARGIN = 36.0
BAND_HEIGHT = 84.0
#: Clear above a title on the band: 8 mm, so a printer's lost edge never reaches it.
TITLE_CLEARANCE = 8 * 72 / 25.4
GAP = 12.0
FOOTER_HEIGHT = 16.0
BODY_TOP = PAGE_HEIGHT - BAND_HEIGHT - GAP
BODY_BOTTOM = MARGIN + FOOTER_HEIGHT
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
RUNNING_HEADER = 42.0

LATER_TOP = PAGE_HEIGHT - RUNNING_HEADER - GAP * 1.5
