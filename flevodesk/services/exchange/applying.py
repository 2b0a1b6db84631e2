"""Merging a payload into this database, field by field (issue 18 points 4-6).

The rules, in the order they are applied:

1. Erasures first: a person erased anywhere is anonymised here as a local erasure would
   (the same ``erasure.anonymise_in``), and from then on their incoming personal fields are
   dropped before anything is stored, whatever their counters; their consents and VOG
   records are not stored at all.
2. Tombstones: the record is deleted (its children go with it by the foreign keys); a
   field changed here that the deleter had not seen is kept as a "delete" conflict so the
   record can be restored by a person. Later edits of a deleted record are kept the same
   way and not stored. A delete wins over every edit; only a *revival* (a record
   restored or a delete undone, ``domain/exchange_revival``) with a higher clock than
   the tombstone lifts it, and a tombstone lower than the revival a record lives by
   here is dropped (``revival``).
3. Fields: the higher (counter, site) wins, so every copy ends with the same value. When
   the incoming write did not know our value (its base is not our clock) and we did not
   know theirs, both changed it since they last exchanged: the value that lost is kept as
   a conflict, with both values, the writer's site, who and when. An incoming write that
   knew our value closes the conflicts open on that field (it is a person's choice made
   elsewhere, or a later edit).
4. A new record whose unique value (a person's e-mail, an initiative's or partner's name)
   is taken here by another record is stored without it (e-mail) or with the sender's
   name added (names), and becomes a "duplicate" proposal for the merge flow.

Applying the same payload twice changes nothing the second time; payloads in any order
end in the same state, because each field's outcome depends only on the clocks.

Each rule has its module (``incoming_erasures``, ``incoming_tombstones``,
``incoming_records``, ``incoming_links``); the records go table by table, parents first,
read ahead and inserted in batches (``record_batches``), and their clocks are written
together at the end, all in the caller's one transaction.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from flevodesk.domain.exchange_sweep import Wanted, sweep
from flevodesk.domain.exchange_tracking import LINKS, UNTRACKED, exchanged_tables
from flevodesk.services.exchange.incoming_records import RecordMerge
from flevodesk.services.exchange.merge_state import Applied


def touched(payload: dict[str, Any]) -> Wanted:
    """The local rows the payload's records, tombstones and erasures may change: the
    ones whose implicit clocks the merge must compare (see ``exchange_sweep``)."""
    wanted: dict[str, set[str]] = {}
    for item in [*payload["records"], *payload["tombstones"]]:
        wanted.setdefault(str(item["t"]), set()).add(str(item["u"]))
    wanted.setdefault("persons", set()).update(str(u) for u in payload["erasures"])
    return wanted


def apply_payload(session: Session, payload: dict[str, Any]) -> Applied:
    """Merge ``payload`` into the session's database (the caller commits)."""
    sweep(session, touched(payload))
    session.info[UNTRACKED] = True
    try:
        conn = session.connection()
        if conn.dialect.name == "sqlite":
            # What an erasure or a delete frees is zeroed, not left in free pages.
            conn.execute(text("PRAGMA secure_delete=ON"))
        merge = RecordMerge(session, payload)
        merge.erasures()
        for stone in payload["tombstones"]:
            merge.tombstone(stone)
        order = {name: i for i, name in enumerate([*exchanged_tables(), LINKS])}
        known = [r for r in payload["records"] if r["t"] in order]
        # A stable sort: within a table the records keep the payload's order.
        known.sort(key=lambda r: order[r["t"]])
        for name, group in groupby(known, key=lambda r: str(r["t"])):
            records = list(group)
            merge.begin_table(name, records)
            for record in records:
                merge.record(record)
        merge.end_table()
        merge.write_clocks()
        session.expire_all()
        return merge.result
    finally:
        session.info.pop(UNTRACKED, None)
