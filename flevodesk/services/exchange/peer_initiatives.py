"""Which initiatives each known computer already has, for the export dialog to show.

A peer has an initiative that went to it whole (``Peer.shared``: sent, whether or not the
package arrived; the next package carries it again until it is acknowledged) or that it
wrote itself: a field of the initiative's record whose clock names the peer's site came
from there.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from flevodesk.domain.base import Base
from flevodesk.domain.exchange import Peer
from flevodesk.domain.exchange_clocks import written_by
from flevodesk.store.database import Database


def initiatives_by_peer(db: Database) -> dict[str, frozenset[str]]:
    """Per known peer (by name), the names of the initiatives it already has."""
    initiatives = Base.metadata.tables["initiatives"]
    with db.read() as session:
        conn = session.connection()
        names = {
            str(u): str(n) for u, n in conn.execute(select(initiatives.c.uuid, initiatives.c.name))
        }
        found: dict[str, frozenset[str]] = {}
        for peer in session.scalars(select(Peer).order_by(Peer.name)):
            uuids = set(json.loads(peer.shared or "{}") or {})
            if peer.site_uuid is not None:
                uuids |= written_by(conn, "initiatives", peer.site_uuid)
            found[peer.name] = frozenset(names[u] for u in uuids if u in names)
        return found
