"""Every kind of record the window has a tab for, in tab order.

A new kind of record is one module here with one :class:`~flevodesk.ui.record_kind.RecordKind`
declaration named ``KIND``, and its line below.
"""

from __future__ import annotations

from flevodesk.ui.kinds import funding, initiatives, partners, persons
from flevodesk.ui.record_kind import RecordKind

RECORD_KINDS: tuple[RecordKind, ...] = (
    initiatives.KIND,
    persons.KIND,
    funding.KIND,
    partners.KIND,
)

#: The kinds by key ("person"), for the worklist and the settings.
BY_KEY: dict[str, RecordKind] = {kind.key: kind for kind in RECORD_KINDS}
