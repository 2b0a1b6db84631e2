"""An incoming payload's tombstones (rule 2 of ``applying``): the record is deleted here,
a field changed here that the deleter had not seen kept as a "delete" conflict."""

from __future__ import annotations

import json
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.exc import IntegrityError

from flevodesk.domain.exchange_sets import travelling
from flevodesk.domain.exchange_tracking import TOMBSTONES, exchanged_tables, upsert
from flevodesk.services.exchange.incoming_erasures import ErasureMerge


class TombstoneMerge(ErasureMerge):
    """The merge of tombstones."""

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
