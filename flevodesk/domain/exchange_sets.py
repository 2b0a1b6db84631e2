"""An initiative's themes, target groups, success factors and challenges as they travel.

Each of the four is a field of the initiative whose value is the set of the linked
records' UUIDs (a sorted list): it has one clock like any other field, so the higher
(counter, site) wins the whole set, and two laptops that both changed an initiative's
themes since they last exchanged get a conflict a person settles, as for any field. The
records themselves travel too (a theme a user added); as lists known by their name, they
take a name-derived UUID (``name_uuid``), so the same theme added on two laptops is one
record, as the seed's partners are.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, Table, select

from flevodesk.domain.exchange import name_uuid
from flevodesk.domain.initiatives import (
    initiative_challenges,
    initiative_success_factors,
    initiative_target_groups,
    initiative_themes,
)

#: Per exchanged table, its set-valued fields and the link table that holds each.
SET_FIELDS: dict[str, dict[str, Table]] = {
    "initiatives": {
        "themes": initiative_themes,
        "target_groups": initiative_target_groups,
        "success_factors": initiative_success_factors,
        "challenges": initiative_challenges,
    }
}


def set_fields(table: str) -> dict[str, Table]:
    """The set-valued fields of ``table`` (none for most)."""
    return SET_FIELDS.get(table, {})


def travelling(table: Table) -> set[str]:
    """The fields of ``table`` a record may bring: its columns and its sets."""
    return set(table.c.keys()) | set(set_fields(table.name))


def link_ends(link: Table) -> tuple[Any, Any, Table]:
    """The link's column to the owner, its column to the member, and the members' table."""
    owner, member = list(link.columns)
    target = next(iter(member.foreign_keys)).column.table
    return owner, member, target


def member_tables() -> set[str]:
    """The tables whose records are members of a set (they travel before their owners)."""
    return {link_ends(link)[2].name for fields in SET_FIELDS.values() for link in fields.values()}


def name_identity(obj: Any) -> str | None:
    """The name-derived UUID of a new member record, or None for other records."""
    table = getattr(obj, "__tablename__", "")
    if table not in member_tables():
        return None
    if table == "challenges":
        return name_uuid(table, f"{obj.perspective.value}/{obj.text}")
    return name_uuid(table, str(obj.name))


class Sets:
    """Reads and writes set values of one database, caching the member UUIDs."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._members: dict[str, dict[int, list[str]]] = {}
        self._ids: dict[str, dict[str, int]] = {}

    def _load(self, table: str, field: str) -> None:
        owner, member, target = link_ends(set_fields(table)[field])
        rows = self.conn.execute(
            select(owner, target.c.uuid).join(target, target.c.id == member)
        ).all()
        found: dict[int, list[str]] = {}
        for owner_id, uuid in rows:
            if uuid is not None:
                found.setdefault(int(owner_id), []).append(str(uuid))
        self._members[f"{table}.{field}"] = {k: sorted(v) for k, v in found.items()}

    def value(self, table: str, field: str, owner_id: int) -> list[str]:
        """The sorted member UUIDs of one owner record."""
        key = f"{table}.{field}"
        if key not in self._members:
            self._load(table, field)
        return self._members[key].get(owner_id, [])

    def local_ids(self, table: str, field: str, uuids: Collection[str]) -> list[int]:
        """The local ids of the members this database has (others are left out)."""
        target = link_ends(set_fields(table)[field])[2]
        if target.name not in self._ids:
            self._ids[target.name] = {
                str(u): int(i)
                for i, u in self.conn.execute(select(target.c.id, target.c.uuid))
                if u is not None
            }
        known = self._ids[target.name]
        return sorted(known[u] for u in uuids if u in known)

    def write(self, table: str, field: str, owner_id: int, uuids: Collection[str]) -> None:
        """Make the owner's set these members (those this database has)."""
        owner, member, _target = link_ends(set_fields(table)[field])
        link = set_fields(table)[field]
        self.conn.execute(link.delete().where(owner == owner_id))
        ids = self.local_ids(table, field, uuids)
        if ids:
            self.conn.execute(link.insert(), [{owner.key: owner_id, member.key: i} for i in ids])
        self._members.pop(f"{table}.{field}", None)

    def labels(self, table: str, field: str, uuids: Collection[str]) -> str:
        """The members as a person reads them: names (a challenge by its text)."""
        target = link_ends(set_fields(table)[field])[2]
        shown = target.c.text if "text" in target.c else target.c.name
        names = self.conn.execute(select(shown).where(target.c.uuid.in_(sorted(uuids))))
        return ", ".join(sorted(str(n) for n in names.scalars()))
