"""Person merges, kept with what is needed to undo them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from flevodesk.domain.base import Base


class PersonMerge(Base):
    """Person ``merged_person_id`` was folded into ``kept_person_id``.

    ``snapshot`` is JSON: the merged person's row, the kept person's fields before and after
    the merge, and the ids of the engagements and hours entries that moved over. Undoing a
    merge puts all of that back; a merge whose kept person is deleted goes with it.
    """

    __tablename__ = "person_merges"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    # No foreign key: the merged person's row no longer exists until the merge is undone.
    merged_person_id: Mapped[int]
    merged_name: Mapped[str] = mapped_column(String(260))
    snapshot: Mapped[str] = mapped_column(Text)
    undone_at: Mapped[datetime | None]

    def __repr__(self) -> str:
        return f"PersonMerge({self.merged_person_id} -> {self.kept_person_id})"
