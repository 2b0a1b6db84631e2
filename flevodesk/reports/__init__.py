"""Printouts: A4 PDFs drawn with reportlab from the plain data in :mod:`.data`.

One module per printout holds its ``render_*`` function; this package imports neither the
database nor Qt. Which printouts exist, what they are made from and where they appear is
declared in :mod:`flevodesk.services.printouts`, which names each renderer by its module
so reportlab loads only when a PDF is drawn.
"""
