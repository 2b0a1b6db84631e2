"""An incoming payload's erasures, merged first (rule 1 of ``applying``): a person erased
anywhere is anonymised here as a local erasure would be, and the file is scrubbed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from flevodesk.domain.base import Base
from flevodesk.domain.exchange_tracking import ERASURES, upsert
from flevodesk.services.exchange.revival import RevivalState


class ErasureMerge(RevivalState):
    """The merge of erasures."""

    def erasures(self) -> None:
        from flevodesk.services.erased_remains import forget_erased
        from flevodesk.services.erasure import anonymise_in, merge_search_index

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
