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
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flevodesk.domain.base import Base
from flevodesk.domain.exchange_revival import REVIVED
from flevodesk.domain.exchange_sets import set_fields, travelling
from flevodesk.domain.exchange_sweep import Wanted, sweep
from flevodesk.domain.exchange_tracking import (
    ERASURES,
    LINKS,
    PRESENT,
    TOMBSTONES,
    UNTRACKED,
    exchanged_tables,
    upsert,
)
from flevodesk.domain.people import ANONYMOUS_NAME, PERSONAL_FIELDS
from flevodesk.services.exchange.merge_state import (
    UNIQUE_FIELDS,
    Applied,
    derive_person_fields,
)
from flevodesk.services.exchange.revival import RevivalState, beats


class _Merge(RevivalState):
    # --- erasures ---------------------------------------------------------------------

    def erasures(self) -> None:
        from flevodesk.services.erasure import anonymise_in, forget_erased, merge_search_index

        persons = Base.metadata.tables["persons"]
        for person_uuid in sorted(self.payload["erasures"]):
            row = self.conn.execute(
                select(persons.c.id, persons.c.anonymised_on).where(persons.c.uuid == person_uuid)
            ).first()
            if row is not None and row.anonymised_on is None:
                anonymise_in(self.session, int(row.id), date.today())
                self.result.erased += 1
                self.result.erased_persons.append(person_uuid)
            # A conflict kept when the person was deleted here, a duplicate proposal or a
            # merge's undo may hold their values (also without a row of theirs here), and
            # a person deleted here earlier may have left them in the file's free pages:
            # a new erasure always scrubs the file, as a local one does.
            forget_erased(self.session, person_uuid)
            if person_uuid not in self.erased:
                from flevodesk.services import scrubbing

                scrubbing.mark_pending(self.session)
                self.result.scrub = True
                upsert(
                    self.conn,
                    ERASURES,
                    [{"person_uuid": person_uuid, "seq": self.stamp.seq}],
                    ["person_uuid"],
                )
                self.erased.add(person_uuid)
        if self.result.scrub:
            # A person deleted here before their erasure arrived has no row to anonymise,
            # but the search index still holds their words until its segments are merged.
            merge_search_index(self.session)

    # --- tombstones -------------------------------------------------------------------

    def tombstone(self, stone: dict[str, Any]) -> None:
        key = (stone["t"], stone["u"])
        known = self.tombstones.get(key)
        if known is not None:
            if (stone["c"], stone["s"]) > (known.counter, known.site_uuid):
                t = TOMBSTONES
                self.conn.execute(
                    t.update()
                    .where(t.c.table_name == key[0], t.c.record_uuid == key[1])
                    .values(
                        counter=stone["c"], site_uuid=stone["s"], seen=json.dumps(stone["seen"])
                    )
                )
            return
        table = (
            cast(Table, exchanged_tables()[stone["t"]].__table__)
            if stone["t"] in exchanged_tables()
            else None
        )
        if table is not None:
            row = self.conn.execute(select(table).where(table.c.uuid == stone["u"])).first()
            if row is not None and self.outlived(table.name, stone["u"], stone):
                return  # brought back after this delete (see ``revival``)
            if row is not None and not self._delete(table, row, stone):
                return
        upsert(
            self.conn,
            TOMBSTONES,
            [
                {
                    "table_name": stone["t"],
                    "record_uuid": stone["u"],
                    "counter": stone["c"],
                    "site_uuid": stone["s"],
                    "seen": json.dumps(stone["seen"]),
                    "seq": self.stamp.seq,
                }
            ],
            ["table_name", "record_uuid"],
        )
        self.tombstones[key] = self.conn.execute(
            select(TOMBSTONES).where(
                TOMBSTONES.c.table_name == key[0],
                TOMBSTONES.c.record_uuid == key[1],
            )
        ).one()

    def _delete(self, table: Table, row: Any, stone: dict[str, Any]) -> bool:
        seen = {(f, c, s) for f, c, s in stone["seen"]}
        record = {"u": stone["u"], "by": None, "at": None}
        # An erased person is never restored, so nothing of theirs is kept to restore.
        erased = self._erased_person(table.name, stone["u"])
        unseen = False
        for name, clock in sorted(self.clocks_of(table.name, stone["u"]).items()):
            if erased or (name, clock[0], clock[1]) in seen or name not in travelling(table):
                continue
            value = self.codec.value_of(table, name, row._mapping)
            self.conflict("delete", table.name, record, name, value, None, stone["s"])
            unseen = True
        if unseen:
            self.keep_snapshot(table, row, stone)
        try:
            with self.conn.begin_nested():
                self.conn.execute(table.delete().where(table.c.uuid == stone["u"]))
        except IntegrityError:
            # Still in use here (a funder with applications): kept, and said so.
            self.conflict("delete", table.name, record, "id", "in gebruik", None, stone["s"])
            return False
        self.forget_clocks(table.name, stone["u"])
        self.codec.forget(table.name, stone["u"])
        self.result.applied += 1
        return True

    # --- records ----------------------------------------------------------------------

    def record(self, record: dict[str, Any]) -> None:
        name, u = record["t"], record["u"]
        fields: dict[str, list[Any]] = dict(record["f"])
        revival = fields.pop(REVIVED, None)
        stone = self.tombstones.get((name, u))
        lifts = stone is not None and beats(revival, stone.counter, stone.site_uuid)
        if lifts:
            fields = self.with_snapshot(name, u, fields)
        elif stone is not None:
            seen = {(f, c, s) for f, c, s in json.loads(stone.seen)}
            for f, (value, c, s, _bc, _bs) in sorted(fields.items()):
                if (f, c, s) not in seen and not self._erased_person(name, u):
                    self.conflict("delete", name, record, f, None, value, s)
            return
        if name == LINKS:
            self.link(record)
            return
        table: Table = exchanged_tables()[name].__table__  # type: ignore[assignment]
        if name == "persons" and u in self.erased:
            fields = {f: v for f, v in fields.items() if f not in PERSONAL_FIELDS}
        fields = {f: v for f, v in fields.items() if f in travelling(table)}
        if name in ("consents", "vog_records") and self._of_erased_person(table, record):
            return
        row = self.conn.execute(select(table).where(table.c.uuid == u)).first()
        if row is None:
            self.insert(table, record, fields)
        else:
            self.update(table, row, record, fields)
        if revival is not None:
            self.revived(name, u, revival, lifted=lifts)

    def insert(self, table: Table, record: dict[str, Any], fields: dict[str, list[Any]]) -> None:
        values: dict[str, Any] = {"uuid": record["u"]}
        sets = set_fields(table.name)
        for name, (plain, *_clock) in fields.items():
            if name in sets:
                continue
            known, value = self.codec.decode(table, name, plain)
            if not known:
                column = table.c[name]
                if not column.nullable:
                    # Its parent was deleted here, or never came: the record cannot stand.
                    self.result.skipped += 1
                    return
                value = None
            values[name] = value
        required = [
            c.key
            for c in table.columns
            if not c.nullable and c.key not in values and c.default is None and not c.primary_key
        ]
        if table.name == "persons" and record["u"] in self.erased:
            values["first_name"], values["last_name"] = ANONYMOUS_NAME, "#"
            required = [k for k in required if k not in values]
        if required:
            self.result.skipped += 1
            return
        self._unique(table, record, values, fields)
        derive_person_fields(table, values)
        inserted = self.conn.execute(table.insert().values(**values)).inserted_primary_key
        new_id = inserted[0] if inserted is not None else None
        if table.name == "persons" and record["u"] in self.erased:
            self.conn.execute(
                table.update().where(table.c.id == new_id).values(last_name=f"#{new_id}")
            )
            if values.get("anonymised_on") is None and new_id is not None:
                # Sent by a peer that has not heard of the erasure yet (it came here
                # first, from a peer not sharing the person's initiative): anonymised
                # as a local erasure would, not left a person anyone could fill in again.
                from flevodesk.services.erasure import anonymise_in

                anonymise_in(self.session, int(new_id), date.today())
                self.result.scrub = True
        self.codec.forget(table.name, record["u"])
        for name, (plain, *clock) in fields.items():
            if name in sets:
                self.codec.sets.write(table.name, name, int(str(new_id)), cast(list[str], plain))
            self.set_clock(table.name, record["u"], name, clock)
        self.result.applied += 1

    def _unique(
        self,
        table: Table,
        record: dict[str, Any],
        values: dict[str, Any],
        fields: dict[str, list[Any]],
    ) -> None:
        name = UNIQUE_FIELDS.get(table.name)
        if name is None or values.get(name) is None:
            return
        other = self.conn.execute(
            select(table.c.uuid).where(table.c[name] == values[name], table.c.uuid != record["u"])
        ).first()
        if other is None:
            return
        wanted = values[name]
        self.conflict("duplicate", table.name, record, name, str(other[0]), wanted, fields[name][2])
        if table.c[name].nullable:
            values[name] = None
        else:
            values[name] = f"{wanted} ({self.sender})"[: table.c[name].type.length]  # type: ignore[attr-defined]

    def update(
        self, table: Table, row: Any, record: dict[str, Any], fields: dict[str, list[Any]]
    ) -> None:
        local = self.clocks_of(table.name, record["u"])
        changes: dict[str, Any] = {}
        clocks: dict[str, list[Any]] = {}
        for name, (plain, c, s, bc, bs) in sorted(fields.items()):
            mine = local.get(name)
            if mine is not None and (mine[0], mine[1]) == (c, s):
                continue
            ours = self.codec.value_of(table, name, row._mapping)
            wins = mine is None or (c, s) > (mine[0], mine[1])
            knew_ours = mine is not None and (bc, bs) == (mine[0], mine[1])
            knew_theirs = mine is not None and (mine[2], mine[3]) == (c, s)
            if mine is not None and not knew_ours and not knew_theirs and ours != plain:
                self.conflict("field", table.name, record, name, ours, plain, s)
            if not wins:
                continue
            if name in set_fields(table.name):
                # A set is written whole; members this database lacks are left out.
                self.codec.sets.write(table.name, name, int(row.id), cast(list[str], plain))
            else:
                known, value = self.codec.decode(table, name, plain)
                if not known and not table.c[name].nullable:
                    continue
                changes[name] = value if known else None
            if knew_ours:
                self.close_conflicts(table.name, record["u"], name)
            clocks[name] = [c, s, bc, bs]
        if not clocks:
            return
        unique = UNIQUE_FIELDS.get(table.name)
        if unique in changes and changes[unique] is not None:
            other = self.conn.execute(
                select(table.c.uuid).where(
                    table.c[unique] == changes[unique], table.c.uuid != record["u"]
                )
            ).first()
            if other is not None:
                self.conflict(
                    "duplicate",
                    table.name,
                    record,
                    unique,
                    str(other[0]),
                    changes[unique],
                    clocks[unique][1],
                )
                del changes[unique]
        derive_person_fields(table, changes, row)
        if "version" in table.c:
            changes["version"] = table.c.version + 1
        if changes:
            self.conn.execute(table.update().where(table.c.id == row.id).values(**changes))
        for name, clock in clocks.items():
            self.set_clock(table.name, record["u"], name, clock)
        self.result.applied += 1

    def link(self, record: dict[str, Any]) -> None:
        partner, initiative = record["ends"]
        present, c, s, bc, bs = record["f"][PRESENT]
        mine = self.clocks_of(LINKS, record["u"]).get(PRESENT)
        if mine is not None and (c, s) <= (mine[0], mine[1]):
            return
        links = Base.metadata.tables["partner_initiatives"]
        p = self.codec.local_id(Base.metadata.tables["partners"], partner)
        i = self.codec.local_id(Base.metadata.tables["initiatives"], initiative)
        if p is None or i is None:
            self.result.skipped += 1
            return
        where = (links.c.partner_id == p) & (links.c.initiative_id == i)
        exists_now = self.conn.execute(select(links.c.partner_id).where(where)).first() is not None
        if present and not exists_now:
            self.conn.execute(links.insert().values(partner_id=p, initiative_id=i))
        elif not present and exists_now:
            self.conn.execute(links.delete().where(where))
        self.set_clock(LINKS, record["u"], PRESENT, [c, s, bc, bs])
        self.result.applied += 1


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
        merge = _Merge(session, payload)
        merge.erasures()
        for stone in payload["tombstones"]:
            merge.tombstone(stone)
        order = {name: i for i, name in enumerate([*exchanged_tables(), LINKS])}
        for record in sorted(payload["records"], key=lambda r: order.get(r["t"], len(order))):
            if record["t"] in order:
                merge.record(record)
        merge.write_clocks()
        session.expire_all()
        return merge.result
    finally:
        session.info.pop(UNTRACKED, None)
