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

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from flevodesk.domain.base import Base
from flevodesk.domain.exchange import Peer
from flevodesk.domain.exchange_sweep import Wanted, give_uuids, sweep
from flevodesk.domain.exchange_tracking import (
    ERASURES,
    LINKS,
    PEERS,
    TOMBSTONES,
    exchanged_tables,
    site_row,
)
from flevodesk.domain.messages import message
from flevodesk.services.errors import ServiceError
from flevodesk.services.exchange.payload_records import records_for
from flevodesk.services.exchange.scope import Scope, links_in_scope, records_in_scope

#: What a payload says it is, and the version of its layout.
PAYLOAD_KIND = "flevodesk-exchange"
PAYLOAD_VERSION = 1


def resolve_initiatives(conn: Connection, names: Sequence[str]) -> list[int]:
    """Initiative ids by name.

    Raises:
        ServiceError: naming the first initiative that does not exist, or that belongs to
            the demo set (which never travels: a package of it would be empty).
    """
    table = Base.metadata.tables["initiatives"]
    ids = []
    for name in names:
        query = select(table.c.id, table.c.is_demo).where(table.c.name == name.strip())
        found = conn.execute(query).first()
        if found is None:
            raise ServiceError(
                message("Initiatief '{name}' bestaat niet in deze database.", name=name)
            )
        if found.is_demo:
            raise ServiceError(
                message(
                    "Initiatief '{name}' hoort bij de voorbeeldgegevens, en die gaan niet mee "
                    "in een uitwisselpakket; kies een initiatief van uzelf.",
                    name=name,
                )
            )
        ids.append(int(found.id))
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
    records = records_for(conn, peer, scope, watermark, whole)
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
