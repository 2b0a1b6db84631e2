"""An incoming payload's partner links (``exchange_tracking.LINKS``): each is one field,
``present``, merged like any other (the higher clock wins)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from flevodesk.domain.base import Base
from flevodesk.domain.exchange_tracking import LINKS, PRESENT
from flevodesk.services.exchange.incoming_tombstones import TombstoneMerge


class LinkMerge(TombstoneMerge):
    """The merge of partner links."""

    #: The (partner id, initiative id) links here, read at the first incoming link.
    link_pairs: set[tuple[int, int]] | None = None

    def begin_links(self, records: Sequence[dict[str, Any]]) -> None:
        """Read ahead what the incoming links need: their clocks and their ends' ids."""
        self.link_pairs = None
        self.load_clocks(LINKS, [str(r["u"]) for r in records])
        partners = Base.metadata.tables["partners"]
        initiatives = Base.metadata.tables["initiatives"]
        self.codec.preload(partners, {str(r["ends"][0]) for r in records})
        self.codec.preload(initiatives, {str(r["ends"][1]) for r in records})

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
        if self.link_pairs is None:
            # Read once: from here on only this merge changes the links.
            self.link_pairs = {
                (int(a), int(b))
                for a, b in self.conn.execute(select(links.c.partner_id, links.c.initiative_id))
            }
        where = (links.c.partner_id == p) & (links.c.initiative_id == i)
        exists_now = (p, i) in self.link_pairs
        if present and not exists_now:
            self.conn.execute(links.insert().values(partner_id=p, initiative_id=i))
            self.link_pairs.add((p, i))
        elif not present and exists_now:
            self.conn.execute(links.delete().where(where))
            self.link_pairs.discard((p, i))
        self.set_clock(LINKS, record["u"], PRESENT, [c, s, bc, bs])
        self.result.applied += 1
