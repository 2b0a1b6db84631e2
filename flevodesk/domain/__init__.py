"""Typed SQLAlchemy models, enums and validation rules; no Qt, no reportlab.

``enums``, ``errors``, ``text`` and ``validation`` import no SQLAlchemy, so reports can use
the labels without pulling in the database layer.
"""
