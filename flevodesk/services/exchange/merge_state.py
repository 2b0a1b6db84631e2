"""What a merge of one payload keeps while it runs: the field clocks it reads and sets, the
conflicts it notes (and closes), and the count of what it did (see ``applying``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from flevodesk.domain.base import Base
from flevodesk.domain.exchange_clocks import (
    Sites,
    Stored,
    delete_clocks,
    read_stored,
    write_stored,
)
from flevodesk.domain.exchange_tracking import (
    CONFLICTS,
    ERASURES,
    TOMBSTONES,
    site_row,
    take_stamp,
)
from flevodesk.domain.text import person_sort_key, search_text
from flevodesk.services.exchange.codec import Codec, Plain, shown

#: A new record's unique values that may collide with another record here.
UNIQUE_FIELDS = {"persons": "email", "initiatives": "name", "partners": "name"}
UNIQUE_FIELDS.update(dict.fromkeys(("themes", "target_groups", "success_factors"), "name"))


@dataclass
class Applied:
    """What one payload did here."""

    applied: int = 0
    conflicts: int = 0
    duplicates: int = 0
    erased: int = 0
    skipped: int = 0
    #: Whether the file must be scrubbed after the commit (an erasure removed values).
    scrub: bool = False
    erased_persons: list[str] = field(default_factory=list)


class MergeState:
    """What a merge knows and keeps while it applies one payload: the clocks, the
    conflicts it notes, and its result."""

    def __init__(self, session: Session, payload: dict[str, Any]) -> None:
        self.session = session
        self.conn: Connection = session.connection()
        self.payload = payload
        self.codec = Codec(self.conn)
        self.own = site_row(self.conn).site_uuid
        self.sites: dict[str, str] = dict(payload.get("sites") or {})
        self.sender = str(payload["sender"]["name"])
        self.result = Applied()
        self.erased = set(self.conn.execute(select(ERASURES.c.person_uuid)).scalars())
        highest = [int(v[1]) for r in payload["records"] for v in r["f"].values()] + [
            int(t["c"]) for t in payload["tombstones"]
        ]
        self.stamp = take_stamp(self.conn, max(highest, default=0))
        self.site_numbers = Sites(self.conn)
        #: Clocks set by this merge, not yet stored; and those read, by record.
        self.pending: dict[tuple[str, str], dict[str, Stored]] = {}
        self.loaded: dict[tuple[str, str], dict[str, Stored]] = {}
        self.tombstones = {
            (r.table_name, r.record_uuid): r for r in self.conn.execute(select(TOMBSTONES))
        }

    # --- bookkeeping ------------------------------------------------------------------

    def _erased_person(self, table: str, record: str) -> bool:
        return table == "persons" and record in self.erased

    def _of_erased_person(self, table: Table, record: dict[str, Any]) -> bool:
        """Whether a consent or VOG record belongs to an erased person."""
        persons = Base.metadata.tables["persons"]
        person = record["f"].get("person_id", [None])[0]
        if person is None:
            person = self.conn.execute(
                select(persons.c.uuid)
                .join(table, table.c.person_id == persons.c.id)
                .where(table.c.uuid == record["u"])
            ).scalar()
        return person in self.erased

    def clocks_of(self, table: str, record: str) -> dict[str, tuple[Any, ...]]:
        """The record's field clocks, those this merge has set included."""
        pending = self.pending.get((table, record))
        if (table, record) not in self.loaded:
            stored = read_stored(self.conn, table, [record], self.site_numbers).get(record, {})
            self.loaded[(table, record)] = stored
        merged = {**self.loaded[(table, record)], **(pending or {})}
        # (counter, site, base counter, base site), as before clocks were kept per record.
        return {f: clock[:4] for f, clock in merged.items()}

    def load_clocks(self, table: str, records: Sequence[str]) -> None:
        """Read the clocks of many records at once, before :meth:`clocks_of` asks."""
        wanted = [u for u in records if (table, u) not in self.loaded]
        stored = read_stored(self.conn, table, wanted, self.site_numbers)
        for u in wanted:
            self.loaded[(table, u)] = stored.get(u, {})

    def set_clock(self, table: str, record: str, name: str, clock: list[Any]) -> None:
        """Note a field's new clock; :meth:`write_clocks` stores them all at the end."""
        c, s, bc, bs = clock
        self.pending.setdefault((table, record), {})[name] = (c, s, bc, bs, self.stamp.seq)

    def set_clocks(self, table: str, record: str, fields: dict[str, list[Any]]) -> None:
        """:meth:`set_clock` for every field of an incoming record (``[value, clock…]``)."""
        noted = self.pending.setdefault((table, record), {})
        seq = self.stamp.seq
        for name, (_value, c, s, bc, bs) in fields.items():
            noted[name] = (c, s, bc, bs, seq)

    def forget_clocks(self, table: str, record: str) -> None:
        """The record is gone: its clocks too, stored and noted."""
        self.pending.pop((table, record), None)
        self.loaded[(table, record)] = {}
        delete_clocks(self.conn, table, [record])

    def write_clocks(self) -> None:
        """Store the clocks this merge set, a statement per many records."""
        by_table: dict[str, dict[str, dict[str, Stored]]] = {}
        for (table, record), fields in self.pending.items():
            by_table.setdefault(table, {})[record] = fields
        for table, records in sorted(by_table.items()):
            write_stored(self.conn, table, records, self.site_numbers)
        self.pending.clear()

    def conflict(
        self,
        kind: str,
        table: str,
        record: dict[str, Any],
        name: str,
        ours: Plain,
        theirs: Plain,
        site: str,
    ) -> None:
        t = CONFLICTS
        values = {
            "kind": kind,
            "table_name": table,
            "record_uuid": record["u"],
            "field": name,
            "ours": shown(ours),
            "theirs": shown(theirs),
        }
        same = select(t.c.id).where(
            *(t.c[k] == v if v is not None else t.c[k].is_(None) for k, v in values.items())
        )
        if self.conn.execute(same).first() is not None:
            return
        at = record.get("at")
        self.conn.execute(
            t.insert().values(
                **values,
                theirs_site=self.sites.get(site, self.sender)[:120],
                theirs_by=(record.get("by") or None),
                theirs_at=datetime.fromisoformat(at) if at else None,
                resolved=False,
            )
        )
        if kind == "duplicate":
            self.result.duplicates += 1
        else:
            self.result.conflicts += 1

    def close_conflicts(self, table: str, record: str, name: str) -> None:
        t = CONFLICTS
        self.conn.execute(
            t.update()
            .where(
                t.c.table_name == table,
                t.c.record_uuid == record,
                t.c.field == name,
                t.c.kind == "field",
            )
            .values(resolved=True)
        )


def derive_person_fields(table: Table, values: dict[str, Any], row: Any = None) -> None:
    """A person's search text and sort key, which never travel but follow from what does."""
    if table.name != "persons":
        return
    merged = {**(dict(row._mapping) if row is not None else {}), **values}
    values["search_text"] = search_text(
        *(
            merged.get(k)
            for k in (
                "first_name",
                "tussenvoegsel",
                "last_name",
                "email",
                "phone",
                "place",
                "postcode",
            )
        )
    )
    values["sort_key"] = person_sort_key(
        merged.get("last_name"), merged.get("first_name"), merged.get("tussenvoegsel")
    )
