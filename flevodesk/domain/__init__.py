"""Typed SQLAlchemy models, enums and validation rules; no Qt, no reportlab.

Importing any module of this package maps every model, so relationships named by string
("FundingApplication") always resolve, whichever model a caller imports first.
"""

from flevodesk.domain import models as models
