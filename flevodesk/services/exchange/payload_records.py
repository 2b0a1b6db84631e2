"""The records and links of a package: which fields of which records go, with their
values and clocks (see ``building`` for the rules, privacy by purpose included).

A field goes when its clock is newer than the peer's watermark; a record goes whole when
its initiative is new to the peer, when it was brought back (a revival), or when a record
that goes links to it for the first time (a parent, or a member of a set).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select

from flevodesk.domain.base import Base
from flevodesk.domain.enums import ConsentPurpose
from flevodesk.domain.exchange import Peer
from flevodesk.domain.exchange_clocks import Clock, read_newer
from flevodesk.domain.exchange_revival import REVIVED
from flevodesk.domain.exchange_sets import SET_FIELDS, link_ends, travelling
from flevodesk.domain.exchange_tracking import (
    ERASURES,
    LINKS,
    PRESENT,
    exchanged_tables,
    link_uuid,
)
from flevodesk.domain.people import PERSONAL_FIELDS
from flevodesk.services.exchange.codec import Codec
from flevodesk.services.exchange.scope import Scope, links_in_scope

#: Contact details that need a sharing consent to leave.
CONTACT_FIELDS = ("email", "phone")
_CHUNK = 500


def _clocks(
    conn: Connection, table: str, after: int, uuids: Sequence[str] | None = None
) -> dict[str, dict[str, Clock]]:
    """The clocks of ``table`` newer than seq ``after`` (of ``uuids``, or all)."""
    return read_newer(conn, table, after, uuids)


def _sharing_persons(conn: Connection) -> set[int]:
    consents = Base.metadata.tables["consents"]
    return set(
        conn.execute(
            select(consents.c.person_id).where(
                consents.c.purpose == ConsentPurpose.DELEN_MET_PARTNERS.value,
                consents.c.withdrawn_on.is_(None),
            )
        ).scalars()
    )


def _erased(conn: Connection) -> set[str]:
    persons = Base.metadata.tables["persons"]
    erased = set(conn.execute(select(ERASURES.c.person_uuid)).scalars())
    erased |= {
        str(u)
        for u in conn.execute(
            select(persons.c.uuid).where(persons.c.anonymised_on.is_not(None))
        ).scalars()
    }
    return erased


def records_for(
    conn: Connection, peer: Peer, scope: Scope, watermark: int, whole: Scope | None
) -> list[dict[str, Any]]:
    tables = exchanged_tables()
    picked: dict[str, dict[str, dict[str, Clock]]] = {}
    for name in tables:
        wanted = scope[name]
        # A peer of some initiatives: ask for their records' clocks, not the whole table's.
        asked = None if peer.scope is None else sorted(wanted)
        clocks = {u: f for u, f in _clocks(conn, name, watermark, asked).items() if u in wanted}
        if whole is not None and whole[name]:
            extra = sorted(u for u in whole[name] if u in wanted)
            clocks.update(_clocks(conn, name, 0, extra))
        picked[name] = clocks
    _add_contacts_of_new_consents(conn, scope, picked)
    _add_parents(conn, scope, picked)
    _add_revived_whole(conn, peer, picked)
    codec = Codec(conn)
    for name in tables:
        codec.know_uuids(name, scope[name])
    _add_members(conn, codec, scope, picked)
    sharing = _sharing_persons(conn)
    erased = _erased(conn)
    out: list[dict[str, Any]] = []
    to = _Peer(peer.site_uuid, peer.same_organisation, sharing, erased)
    for name, model in tables.items():
        table: Table = model.__table__  # type: ignore[assignment]
        chosen = sorted(picked[name])
        moving = travelling(table)
        for start in range(0, len(chosen), _CHUNK):
            part = chosen[start : start + _CHUNK]
            for row in conn.execute(select(table).where(table.c.uuid.in_(part))):
                fields = picked[name][row.uuid]
                record = _record(codec, table, moving, row._mapping, fields, to)
                if record["f"]:
                    out.append(record)
    out.extend(_links(conn, peer, scope, watermark, whole))
    return out


def _add_contacts_of_new_consents(
    conn: Connection, scope: Scope, picked: dict[str, dict[str, dict[str, Clock]]]
) -> None:
    """A sharing consent given since the last package lets the contact details go now."""
    consents = Base.metadata.tables["consents"]
    new = sorted(picked["consents"])
    persons = {i: u for u, i in scope["persons"].items()}
    owners: set[str] = set()
    for start in range(0, len(new), _CHUNK):
        for person_id in conn.execute(
            select(consents.c.person_id).where(
                consents.c.uuid.in_(new[start : start + _CHUNK]),
                consents.c.purpose == ConsentPurpose.DELEN_MET_PARTNERS.value,
            )
        ).scalars():
            if person_id in persons:
                owners.add(persons[person_id])
    for u, fields in _clocks(conn, "persons", 0, sorted(owners)).items():
        contact = {f: v for f, v in fields.items() if f in CONTACT_FIELDS}
        picked["persons"].setdefault(u, {}).update(contact)


def _add_revived_whole(
    conn: Connection, peer: Peer, picked: dict[str, dict[str, dict[str, Clock]]]
) -> None:
    """A record brought back (a revival) goes whole: a peer that applied its tombstone
    holds none of its values any more."""
    for name, clocks in picked.items():
        revived = sorted(
            u for u, f in clocks.items() if REVIVED in f and f[REVIVED][1] != peer.site_uuid
        )
        clocks.update(_clocks(conn, name, 0, revived))


def _add_parents(
    conn: Connection, scope: Scope, picked: dict[str, dict[str, dict[str, Clock]]]
) -> None:
    """A record whose link to a parent goes (new, or moved) takes the parent along whole:
    an existing volunteer newly engaged in a shared initiative is new to the peer."""
    tables = exchanged_tables()
    for name in reversed(list(tables)):
        table: Table = tables[name].__table__  # type: ignore[assignment]
        for column in table.columns:
            keys = list(column.foreign_keys)
            parent = keys[0].column.table.name if keys else ""
            if parent not in tables or not picked[name]:
                continue
            moved = sorted(u for u, f in picked[name].items() if column.key in f)
            needed: set[str] = set()
            parents = {i: u for u, i in scope[parent].items()}
            for start in range(0, len(moved), _CHUNK):
                for ref in conn.execute(
                    select(column).where(table.c.uuid.in_(moved[start : start + _CHUNK]))
                ).scalars():
                    if ref in parents and parents[ref] not in picked[parent]:
                        needed.add(parents[ref])
            picked[parent].update(_clocks(conn, parent, 0, sorted(needed)))


def _add_members(
    conn: Connection, codec: Codec, scope: Scope, picked: dict[str, dict[str, dict[str, Clock]]]
) -> None:
    """A set that goes takes its members along whole: a theme a user added long ago, now
    given to a shared initiative, is new to the peer."""
    for owner, fields in SET_FIELDS.items():
        ids = scope[owner]
        for field, link in fields.items():
            target = link_ends(link)[2].name
            needed = {
                u
                for record, clocks in picked[owner].items()
                if field in clocks and record in ids
                for u in codec.sets.value(owner, field, ids[record])
                if u in scope[target] and u not in picked[target]
            }
            picked[target].update(_clocks(conn, target, 0, sorted(needed)))


@dataclass(frozen=True)
class _Peer:
    """What deciding a record's fields asks of the peer, read once per package (an ORM
    attribute read per field of every record cost seconds)."""

    site: str | None
    same_organisation: bool
    sharing: set[int]
    erased: set[str]


def _record(
    codec: Codec,
    table: Table,
    moving: set[str],
    row: Any,
    clocks: dict[str, Clock],
    peer: _Peer,
) -> dict[str, Any]:
    withheld: set[str] = set()
    if table.name == "persons":
        if row["uuid"] in peer.erased:
            withheld = set(PERSONAL_FIELDS)
        elif not peer.same_organisation and row["id"] not in peer.sharing:
            withheld = set(CONTACT_FIELDS)
    site = peer.site
    # A revival goes whole, the peer's own writes too: it may have deleted them since.
    whole = REVIVED in clocks and clocks[REVIVED][1] != site
    fields = {
        f: [codec.value_of(table, f, row), *clock]
        for f, clock in sorted(clocks.items())
        if f not in withheld and f in moving and (whole or clock[1] != site)
    }
    if whole:
        fields[REVIVED] = [None, *clocks[REVIVED]]
    at = row["updated_at"]
    return {
        "t": table.name,
        "u": row["uuid"],
        "by": row["updated_by"],
        "at": at.isoformat() if at is not None else None,
        "f": fields,
    }


def _links(
    conn: Connection, peer: Peer, scope: Scope, watermark: int, whole: Scope | None
) -> list[dict[str, Any]]:
    existing = links_in_scope(conn, scope)
    clocks = _clocks(conn, LINKS, watermark)
    if whole is not None:
        clocks.update(_clocks(conn, LINKS, 0, sorted(links_in_scope(conn, whole))))
    pairs: dict[str, tuple[str, str]] | None = None
    out = []
    for key, fields in sorted(clocks.items()):
        clock = fields.get(PRESENT)
        if clock is None or clock[1] == peer.site_uuid:
            continue
        if key in existing:
            ends, present = existing[key], True
        else:
            if pairs is None:
                pairs = {
                    link_uuid(p, i): (p, i) for p in scope["partners"] for i in scope["initiatives"]
                }
            if key not in pairs:
                continue
            ends, present = pairs[key], False
        out.append({"t": LINKS, "u": key, "ends": list(ends), "f": {PRESENT: [present, *clock]}})
    return out
