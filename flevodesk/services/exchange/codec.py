"""Field values as they travel: plain JSON, and links by UUID instead of local ids.

A key to another exchanged record travels as that record's UUID; a municipality as its
name and an area as "municipality/area" (reference data every database holds, by the
same names); dates as ISO text, money as text with two decimals, enums as their values.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Date, Integer, Table, select
from sqlalchemy import Enum as SAEnum

from flevodesk.domain.base import Base, Money, UTCDateTime
from flevodesk.domain.exchange_sets import Sets, set_fields
from flevodesk.domain.exchange_tracking import exchanged_tables

#: JSON-able value of one field (a list of member UUIDs for a set, see exchange_sets).
Plain = str | int | bool | list[str] | None
_CHUNK = 500


_TARGETS: dict[Column[Any], Table | None] = {}


def _target(column: Column[Any]) -> Table | None:
    # Asked for every field of every record a package carries: looked up once per column.
    if column not in _TARGETS:
        keys = list(column.foreign_keys)
        _TARGETS[column] = keys[0].column.table if keys else None
    return _TARGETS[column]


class Codec:
    """Turns one database's values into plain ones and back, caching what it looked up."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._uuids: dict[tuple[str, int], str | None] = {}
        self._ids: dict[tuple[str, str], int | None] = {}
        self.exchanged = set(exchanged_tables())
        self.sets = Sets(conn)

    # --- out --------------------------------------------------------------------------

    def value_of(self, table: Table, field: str, row: Any) -> Plain:
        """The travelling value of a row's field, a set's included."""
        if field in set_fields(table.name):
            return self.sets.value(table.name, field, int(row["id"]))
        return self.encode(table, field, row[field])

    def encode(self, table: Table, field: str, value: Any) -> Plain:
        if value is None:
            return None
        column = table.c[field]
        target = _target(column)
        if target is not None:
            return self._encode_ref(target, int(value))
        if isinstance(value, Enum):
            return str(value.value)
        if isinstance(value, Decimal):
            return f"{value:.2f}"
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, bool | int | str):
            return value
        return str(value)

    def know_uuids(self, table: str, uuids: dict[str, int]) -> None:
        """The UUIDs of many records of ``table`` (uuid -> local id), read with others."""
        for u, row_id in uuids.items():
            self._uuids[(table, row_id)] = u

    def _encode_ref(self, target: Table, row_id: int) -> str | None:
        key = (target.name, row_id)
        if key not in self._uuids:
            if target.name in self.exchanged:
                found = self.conn.execute(
                    select(target.c.uuid).where(target.c.id == row_id)
                ).scalar()
            elif target.name == "municipalities":
                found = self.conn.execute(
                    select(target.c.name).where(target.c.id == row_id)
                ).scalar()
            elif target.name == "areas":
                towns = Base.metadata.tables["municipalities"]
                row = self.conn.execute(
                    select(towns.c.name, target.c.name)
                    .join(towns, towns.c.id == target.c.municipality_id)
                    .where(target.c.id == row_id)
                ).first()
                found = f"{row[0]}/{row[1]}" if row else None
            else:
                found = None
            self._uuids[key] = None if found is None else str(found)
        return self._uuids[key]

    # --- in ---------------------------------------------------------------------------

    def decode(self, table: Table, field: str, value: Plain) -> tuple[bool, Any]:
        """(known, value): known is False for a link to a record this database lacks."""
        if value is None:
            return True, None
        column = table.c[field]
        target = _target(column)
        if target is not None:
            found = self.local_id(target, str(value))
            return found is not None, found
        kind = column.type
        if isinstance(kind, Money):
            return True, Decimal(str(value))
        if isinstance(kind, UTCDateTime):
            return True, datetime.fromisoformat(str(value))
        if isinstance(kind, Date):
            return True, date.fromisoformat(str(value))
        if isinstance(kind, SAEnum) and kind.enum_class is not None:
            return True, kind.enum_class(value)
        if isinstance(kind, Boolean):
            return True, bool(value)
        if isinstance(kind, Integer):
            return True, int(str(value))
        return True, value

    def local_id(self, target: Table, reference: str) -> int | None:
        key = (target.name, reference)
        if key not in self._ids:
            if target.name in self.exchanged:
                where = target.c.uuid == reference
                found = self.conn.execute(select(target.c.id).where(where)).scalar()
            elif target.name == "municipalities":
                where = target.c.name == reference
                found = self.conn.execute(select(target.c.id).where(where)).scalar()
            elif target.name == "areas" and "/" in reference:
                town, name = reference.split("/", 1)
                towns = Base.metadata.tables["municipalities"]
                found = self.conn.execute(
                    select(target.c.id)
                    .join(towns, towns.c.id == target.c.municipality_id)
                    .where(towns.c.name == town, target.c.name == name)
                ).scalar()
            else:
                found = None
            self._ids[key] = found
        return self._ids[key]

    def preload(self, target: Table, references: Collection[str]) -> None:
        """Look up the local ids of many records of ``target`` at once (a batch of a
        payload links to them); references already looked up are left as they are."""
        if target.name not in self.exchanged:
            return
        asked = sorted({r for r in references if (target.name, r) not in self._ids})
        for start in range(0, len(asked), _CHUNK):
            part = asked[start : start + _CHUNK]
            found = {
                str(u): int(i)
                for i, u in self.conn.execute(
                    select(target.c.id, target.c.uuid).where(target.c.uuid.in_(part))
                )
            }
            for reference in part:
                self._ids[(target.name, reference)] = found.get(reference)

    def know(self, table: str, reference: str, row_id: int | None) -> None:
        """The local id a record has now (just inserted, or read with others)."""
        self._ids[(table, reference)] = row_id

    def forget(self, table: str, reference: str) -> None:
        """After a record was inserted or deleted here, its lookup is stale."""
        self._ids.pop((table, reference), None)


def shown(value: Plain) -> str | None:
    """A value as a conflict list shows and stores it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return json.dumps(sorted(value))
    return str(value)
