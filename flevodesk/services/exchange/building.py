"""What goes into a package for one peer: the payload, a plain JSON-able dict.

A field goes when its clock is newer (by the local ``seq``) than what the peer
acknowledged, and was not written by the peer itself (a site never gets its own changes
back); every field of an initiative's records goes the first time that initiative is
shared with the peer. Records and links are named only by UUID.

Privacy by purpose (point 7): besides the scope (:mod:`.scope`), a volunteer's e-mail
address and phone number leave only with a sharing consent ("delen met partners", given
and not withdrawn) or to a peer marked as the same organisation; an erased person's
personal fields never leave.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from flevodesk.domain.base import Base
from flevodesk.domain.enums import ConsentPurpose
from flevodesk.domain.exchange import Peer
from flevodesk.domain.exchange_clocks import Clock, read_newer
from flevodesk.domain.exchange_revival import REVIVED
from flevodesk.domain.exchange_sets import SET_FIELDS, link_ends, travelling
from flevodesk.domain.exchange_sweep import Wanted, give_uuids, sweep
from flevodesk.domain.exchange_tracking import (
    ERASURES,
    LINKS,
    PEERS,
    PRESENT,
    TOMBSTONES,
    exchanged_tables,
    link_uuid,
    site_row,
)
from flevodesk.domain.messages import message
from flevodesk.domain.people import PERSONAL_FIELDS
from flevodesk.services.errors import ServiceError
from flevodesk.services.exchange.codec import Codec
from flevodesk.services.exchange.scope import Scope, links_in_scope, records_in_scope

#: What a payload says it is, and the version of its layout.
PAYLOAD_KIND = "flevodesk-exchange"
PAYLOAD_VERSION = 1
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


def resolve_initiatives(conn: Connection, names: Sequence[str]) -> list[int]:
    """Initiative ids by name.

    Raises:
        ServiceError: naming the first initiative that does not exist.
    """
    table = Base.metadata.tables["initiatives"]
    ids = []
    for name in names:
        found = conn.execute(select(table.c.id).where(table.c.name == name.strip())).scalar()
        if found is None:
            raise ServiceError(
                message("Initiatief '{name}' bestaat niet in deze database.", name=name)
            )
        ids.append(int(found))
    return ids


def build_payload(session: Session, peer: Peer, initiatives: Sequence[str] = ()) -> dict[str, Any]:
    """The payload for ``peer`` (whose watermarks and scope this updates in the session).

    ``initiatives`` (names) add to what the peer receives; the first package to a peer
    without any sends everything. Raises ServiceError for an unknown initiative.
    """
    conn = session.connection()
    give_uuids(session)
    scope_uuids: list[str] | None = None if peer.scope is None else json.loads(peer.scope)
    named = resolve_initiatives(conn, initiatives)
    ini = Base.metadata.tables["initiatives"]
    if named:
        uuids = [
            str(u) for u in conn.execute(select(ini.c.uuid).where(ini.c.id.in_(named))).scalars()
        ]
        if scope_uuids is not None or peer.packages_out == 0:
            scope_uuids = sorted(set(scope_uuids or ()) | set(uuids))
    ids: list[int] | None = None
    if scope_uuids is not None:
        ids = [
            int(i)
            for i in conn.execute(select(ini.c.id).where(ini.c.uuid.in_(scope_uuids))).scalars()
        ]
    scope = records_in_scope(conn, ids)
    # Only what this package may carry gets its implicit clocks made real; a peer of
    # everything may be sent every row. The sweep's stamp is in ``to_seq`` below.
    sweep(session, None if ids is None else _carried(conn, scope))
    site = site_row(conn)
    # An initiative goes whole until the peer acknowledged the package that first took
    # it (that package may have been lost): initiative uuid -> our seq at that package.
    shared: dict[str, int] = json.loads(peer.shared or "{}") or {}
    new_initiatives = {
        u for u in scope["initiatives"] if u not in shared or peer.acked_seq < shared[u]
    }
    whole = _whole_records(conn, scope, new_initiatives) if peer.acked_seq else None
    watermark = peer.acked_seq
    peer.scope = None if scope_uuids is None else json.dumps(scope_uuids)
    records = _records(conn, peer, scope, watermark, whole)
    payload: dict[str, Any] = {
        "kind": PAYLOAD_KIND,
        "version": PAYLOAD_VERSION,
        "sender": {"site": site.site_uuid, "name": site.name},
        "recipient": {"site": peer.site_uuid, "name": peer.name},
        "sites": _site_names(session, site.site_uuid, site.name),
        "from_seq": watermark,
        "to_seq": site.seq,
        "ack": peer.received_seq,
        "records": records,
        "tombstones": _tombstones(conn, peer, watermark),
        "erasures": _erasures(session, peer),
    }
    peer.scope = None if scope_uuids is None else json.dumps(scope_uuids)
    for u in scope["initiatives"]:
        shared.setdefault(u, site.seq)
    peer.shared = json.dumps(shared, sort_keys=True)
    peer.sent_seq = max(peer.sent_seq, site.seq)
    peer.packages_out += 1
    payload["number"] = peer.packages_out
    return payload


def _carried(conn: Connection, scope: Scope) -> Wanted:
    wanted: dict[str, Collection[str]] = {n: scope[n].keys() for n in exchanged_tables()}
    wanted[LINKS] = links_in_scope(conn, scope).keys()
    return wanted


def _whole_records(conn: Connection, scope: Scope, new: set[str]) -> Scope | None:
    """The records of initiatives shared for the first time, which go whole."""
    if not new:
        return None
    ids = [scope["initiatives"][u] for u in new]
    return records_in_scope(conn, ids)


def _records(
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
    _add_members(conn, codec, scope, picked)
    sharing = _sharing_persons(conn)
    erased = _erased(conn)
    out: list[dict[str, Any]] = []
    for name, model in tables.items():
        table: Table = model.__table__  # type: ignore[assignment]
        chosen = sorted(picked[name])
        for start in range(0, len(chosen), _CHUNK):
            part = chosen[start : start + _CHUNK]
            for row in conn.execute(select(table).where(table.c.uuid.in_(part))):
                fields = picked[name][row.uuid]
                record = _record(codec, table, row._mapping, fields, peer, sharing, erased)
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


def _record(
    codec: Codec,
    table: Table,
    row: Any,
    clocks: dict[str, Clock],
    peer: Peer,
    sharing: set[int],
    erased: set[str],
) -> dict[str, Any]:
    withheld: set[str] = set()
    if table.name == "persons":
        if row["uuid"] in erased:
            withheld = set(PERSONAL_FIELDS)
        elif not peer.same_organisation and row["id"] not in sharing:
            withheld = set(CONTACT_FIELDS)
    moving = travelling(table)
    # A revival goes whole, the peer's own writes too: it may have deleted them since.
    whole = REVIVED in clocks and clocks[REVIVED][1] != peer.site_uuid
    fields = {
        f: [codec.value_of(table, f, row), *clock]
        for f, clock in sorted(clocks.items())
        if f not in withheld and f in moving and (whole or clock[1] != peer.site_uuid)
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


def _tombstones(conn: Connection, peer: Peer, watermark: int) -> list[dict[str, Any]]:
    t = TOMBSTONES
    rows = conn.execute(
        select(t).where(t.c.seq > watermark).order_by(t.c.table_name, t.c.record_uuid)
    )
    return [
        {
            "t": r.table_name,
            "u": r.record_uuid,
            "c": r.counter,
            "s": r.site_uuid,
            "seen": json.loads(r.seen),
        }
        for r in rows
        if r.site_uuid != peer.site_uuid
    ]


def _erasures(session: Session, peer: Peer) -> list[str]:
    """Erasures not yet acknowledged by every known peer (this one included)."""
    conn = session.connection()
    peers = PEERS
    lowest = conn.execute(select(func.min(peers.c.acked_seq))).scalar()
    floor = min(peer.acked_seq, lowest if lowest is not None else peer.acked_seq)
    e = ERASURES
    return sorted(conn.execute(select(e.c.person_uuid).where(e.c.seq > floor)).scalars())


def _site_names(session: Session, own: str, name: str) -> dict[str, str]:
    conn = session.connection()
    peers = PEERS
    names = {
        str(u): str(n)
        for u, n in conn.execute(select(peers.c.site_uuid, peers.c.name))
        if u is not None
    }
    names[own] = name
    return names
