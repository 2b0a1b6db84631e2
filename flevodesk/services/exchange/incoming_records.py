"""An incoming payload's records (rules 3 and 4 of ``applying``): per field the higher
(counter, site) wins, both sides' changes since they last met become a conflict, and a
new record's unique value taken here becomes a duplicate proposal.

The records come table by table (:meth:`RecordMerge.begin_table`), so what they need is
read ahead and their new rows are inserted together (``record_batches``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import Table

from flevodesk.domain.exchange_revival import REVIVED
from flevodesk.domain.exchange_sets import set_fields, travelling
from flevodesk.domain.exchange_tracking import LINKS, exchanged_tables
from flevodesk.domain.people import ANONYMOUS_NAME, PERSONAL_FIELDS
from flevodesk.services.exchange.incoming_links import LinkMerge
from flevodesk.services.exchange.merge_state import UNIQUE_FIELDS, derive_person_fields
from flevodesk.services.exchange.record_batches import TableBatch
from flevodesk.services.exchange.revival import beats


class RecordMerge(LinkMerge):
    """The merge of records, table by table."""

    batch: TableBatch | None = None

    def begin_table(self, name: str, records: Sequence[dict[str, Any]]) -> None:
        """Start on the records of one table: what went before is inserted, what these
        need is read ahead."""
        self.end_table()
        uuids = [str(r["u"]) for r in records]
        if name == LINKS:
            self.begin_links(records)
            return
        self.load_clocks(name, uuids)
        table: Table = exchanged_tables()[name].__table__  # type: ignore[assignment]
        self.batch = TableBatch(self.conn, self.codec, table, records, self.clocks_of)

    def end_table(self) -> None:
        """Insert the held-back rows of the table being merged."""
        if self.batch is not None:
            self.batch.flush()
            self.batch = None

    def _batch(self, table: Table, record: dict[str, Any]) -> TableBatch:
        if self.batch is None or self.batch.table is not table:
            self.begin_table(table.name, [record])
        assert self.batch is not None
        return self.batch

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
        batch = self._batch(table, record)
        if u in batch.settled and batch.same_clocks(record, self.clocks_of(name, u)):
            # Here already with every clock it brings: no field of it can change.
            return
        if name == "persons" and u in self.erased:
            fields = {f: v for f, v in fields.items() if f not in PERSONAL_FIELDS}
        fields = {f: v for f, v in fields.items() if f in self._moving(table)}
        row = batch.row(u)
        if name in ("consents", "vog_records") and self._of_erased_person(table, record):
            return
        if row is None:
            self.insert(batch, record, fields)
        else:
            self.update(batch, row, record, fields)
        if revival is not None:
            batch.flush()
            self.revived(name, u, revival, lifted=lifts)

    def _moving(self, table: Table) -> set[str]:
        cache: dict[str, set[str]] = self.__dict__.setdefault("_travelling", {})
        if table.name not in cache:
            cache[table.name] = travelling(table)
        return cache[table.name]

    def insert(
        self, batch: TableBatch, record: dict[str, Any], fields: dict[str, list[Any]]
    ) -> None:
        table, u = batch.table, str(record["u"])
        values: dict[str, Any] = {"uuid": u}
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
        erased = table.name == "persons" and u in self.erased
        if erased:
            values["first_name"], values["last_name"] = ANONYMOUS_NAME, "#"
            required = [k for k in required if k not in values]
        if required:
            self.result.skipped += 1
            return
        self._unique(batch, record, values, fields)
        derive_person_fields(table, values)
        members = {n: cast(list[str], fields[n][0]) for n in sets if n in fields}
        if erased:
            self._insert_erased(batch, values, members)
        else:
            batch.add(u, values, members)
        self.set_clocks(table.name, u, fields)
        self.result.applied += 1

    def _insert_erased(
        self, batch: TableBatch, values: dict[str, Any], members: dict[str, list[str]]
    ) -> None:
        """A new person erased elsewhere: inserted at once, to be anonymised by id."""
        batch.flush()
        table = batch.table
        inserted = self.conn.execute(table.insert().values(**values)).inserted_primary_key
        new_id = inserted[0] if inserted is not None else None
        self.conn.execute(table.update().where(table.c.id == new_id).values(last_name=f"#{new_id}"))
        if values.get("anonymised_on") is None and new_id is not None:
            # Sent by a peer that has not heard of the erasure yet (it came here first,
            # from a peer not sharing the person's initiative): anonymised as a local
            # erasure would, not left a person anyone could fill in again.
            from flevodesk.services.erasure import anonymise_in

            anonymise_in(self.session, int(new_id), date.today())
            self.result.scrub = True
        self.codec.know(table.name, str(values["uuid"]), new_id)
        for name, uuids in members.items():
            self.codec.sets.write(table.name, name, int(str(new_id)), uuids)

    def _unique(
        self,
        batch: TableBatch,
        record: dict[str, Any],
        values: dict[str, Any],
        fields: dict[str, list[Any]],
    ) -> None:
        table, name = batch.table, UNIQUE_FIELDS.get(batch.table.name)
        if name is None or values.get(name) is None:
            return
        other = batch.holder(values[name], str(record["u"]))
        if other is not None:
            wanted = values[name]
            self.conflict("duplicate", table.name, record, name, other, wanted, fields[name][2])
            if table.c[name].nullable:
                values[name] = None
            else:
                values[name] = self._free_name(batch, name, str(wanted), str(record["u"]))
        batch.hold(str(record["u"]), None, values[name])

    def _free_name(self, batch: TableBatch, name: str, wanted: str, u: str) -> str:
        """``wanted`` with the sender's name added, numbered when even that is taken here:
        a package is never refused for a name (issue 18, point 4)."""
        length: int = batch.table.c[name].type.length  # type: ignore[attr-defined]
        # The sender's name cut to a third of the room, so the number always fits.
        sender = self.sender[: max(length // 3, 1)]
        number = 1
        while True:
            suffix = f" ({sender})" if number == 1 else f" ({sender} {number})"
            candidate = wanted[: length - len(suffix)] + suffix
            if batch.holder(candidate, u) is None:
                return candidate
            number += 1

    def update(
        self, batch: TableBatch, row: Any, record: dict[str, Any], fields: dict[str, list[Any]]
    ) -> None:
        table = batch.table
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
        if unique is not None and unique in changes:
            wanted = changes[unique]
            other = None if wanted is None else batch.holder(wanted, str(record["u"]))
            if other is not None:
                self.conflict(
                    "duplicate", table.name, record, unique, other, wanted, clocks[unique][1]
                )
                del changes[unique]
            else:
                batch.hold(str(record["u"]), row._mapping[unique], wanted)
        derive_person_fields(table, changes, row)
        if "version" in table.c:
            changes["version"] = table.c.version + 1
        if changes:
            self.conn.execute(table.update().where(table.c.id == row.id).values(**changes))
        for name, clock in clocks.items():
            self.set_clock(table.name, record["u"], name, clock)
        self.result.applied += 1
