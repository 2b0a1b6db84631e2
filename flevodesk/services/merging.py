"""Merge two records of the same person, and undo such a merge.

A merge keeps one person, fills its empty fields from the other, moves the other's
engagements, hours, consents and VOGs over and deletes the other. Everything needed to
reverse that is stored as JSON in a :class:`PersonMerge`, so "ongedaan maken" restores both
people exactly.

Both travel to the other sites of an exchange as ordinary changes: the kept person's
filled (or restored) fields and the moved rows' person links are field edits, the merged
person's delete a tombstone, and the merged person put back by an undo a *revival*
(``domain/exchange_revival``) under their own UUID, which beats that tombstone on every
site. An erased person is never put back.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Date, delete, select, update
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session

from flevodesk.domain.base import UTCDateTime, utcnow
from flevodesk.domain.exchange import ExchangeConflict
from flevodesk.domain.exchange_revival import keep_alive, revive
from flevodesk.domain.merges import PersonMerge
from flevodesk.domain.messages import message
from flevodesk.domain.people import Engagement, HoursEntry, Person
from flevodesk.domain.privacy import Consent, VogRecord
from flevodesk.services.errors import Conflict, NotFound, ServiceError
from flevodesk.store.database import Database

# Bookkeeping and retention columns are never copied from one person to the other.
_NOT_MERGED = {
    "id",
    "version",
    "created_at",
    "updated_at",
    "is_demo",
    "review_on",
    "keep_reason",
    "anonymised_on",
}

# What belongs to a person and moves with a merge, by its key in the undo snapshot.
_MOVED: dict[str, type[Engagement] | type[HoursEntry] | type[Consent] | type[VogRecord]] = {
    "engagements": Engagement,
    "hours": HoursEntry,
    "consents": Consent,
    "vog_records": VogRecord,
}


#: The refusal to undo a merge whose merged person was erased elsewhere since.
ERASED_REFUSAL = message(
    "Samenvoegen ongedaan maken kan niet: de samengevoegde persoon is intussen gewist (AVG) "
    "en komt niet terug."
)


@dataclass(frozen=True)
class MergeInfo:
    """A merge as a list or an undo button shows it."""

    id: int
    kept_person_id: int
    kept_name: str
    merged_name: str
    merged_at: datetime
    undone: bool

    @property
    def label(self) -> str:
        """ "Anja de Jong (2) samengevoegd met Anja de Jong" for a menu or a message."""
        return f"{self.merged_name} samengevoegd met {self.kept_name}"


def merge_persons(db: Database, keep_id: int, other_id: int) -> MergeInfo:
    """Fold person ``other_id`` into ``keep_id`` in one transaction.

    Raises:
        NotFound: when either person does not exist.
        ServiceError: when both ids are the same.
    """
    with db.write() as session:
        merge = merge_in_session(session, keep_id, other_id)
        session.flush()
        return _info(session, merge)


def merge_proposal(db: Database, conflict_id: int) -> MergeInfo:
    """Act on a "duplicate" proposal of an exchange (a new person whose e-mail address
    belongs to a person here): the newcomer is merged into the person holding the
    address, and the proposal is settled, in one transaction.

    Raises:
        NotFound: for a proposal that is not (or no longer) there, or a person gone; a
            conflict of another kind is no proposal.
        ServiceError: for a proposal about two records that are not persons.
    """
    with db.write() as session:
        proposal = _open_proposal(session, conflict_id)
        if proposal.table_name != "persons":
            raise ServiceError(message("Alleen twee personen kunnen worden samengevoegd."))
        found = {
            p.uuid: p.id
            for p in session.scalars(
                select(Person).where(Person.uuid.in_([proposal.record_uuid, proposal.ours]))
            )
        }
        holder, newcomer = found.get(proposal.ours or ""), found.get(proposal.record_uuid)
        if holder is None or newcomer is None:
            raise NotFound(message("De persoon bestaat niet (meer)."))
        merge = merge_in_session(session, holder, newcomer)
        proposal.resolved = True
        session.flush()
        return _info(session, merge)


def keep_apart(db: Database, conflict_id: int) -> None:
    """Settle a "duplicate" proposal without merging: the two records stay two, as they
    are stored now (the newcomer without the address, or with the sender in its name).

    Raises:
        NotFound: for a proposal that is not (or no longer) there.
    """
    with db.write() as session:
        _open_proposal(session, conflict_id).resolved = True


def _open_proposal(session: Session, conflict_id: int) -> ExchangeConflict:
    proposal = session.get(ExchangeConflict, conflict_id)
    if proposal is None or proposal.resolved or proposal.kind != "duplicate":
        raise NotFound(message("Dit voorstel is er niet (meer)."))
    return proposal


def merge_in_session(session: Session, keep_id: int, other_id: int) -> PersonMerge:
    """The merge itself, inside a caller's transaction (the importer merges this way)."""
    if keep_id == other_id:
        raise ServiceError(message("Een persoon kan niet met zichzelf worden samengevoegd."))
    keep, other = session.get(Person, keep_id), session.get(Person, other_id)
    if keep is None or other is None:
        raise NotFound(message("De persoon bestaat niet (meer)."))
    moved_ids = {
        key: list(session.scalars(select(model.id).where(model.person_id == other_id)))
        for key, model in _MOVED.items()
    }
    merged_row = _encode_person(other)
    merged_name = other.full_name
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for column in Person.__table__.columns:
        key = column.key
        if key in _NOT_MERGED:
            continue
        mine, theirs = getattr(keep, key), getattr(other, key)
        if (mine is None or mine == "") and theirs not in (None, ""):
            before[key], after[key] = _encode(mine), _encode(theirs)
    # Bulk statements: the ORM's delete-orphan cascade would take the moved rows along.
    for model in _MOVED.values():
        session.execute(
            update(model)
            .where(model.person_id == other_id)
            .values(person_id=keep_id)
            .execution_options(synchronize_session=False)
        )
    # A peer applies the other's tombstone before these moves; if its cascade takes them
    # along there, they come back whole with the package that carries the tombstone.
    keep_alive(
        session,
        [
            (model.__tablename__, u)
            for key, model in _MOVED.items()
            if moved_ids[key]
            for u in session.scalars(select(model.uuid).where(model.id.in_(moved_ids[key])))
            if u
        ],
    )
    # The other row goes first: its e-mail address is unique and may move to the kept person.
    session.expunge(other)
    session.execute(
        delete(Person).where(Person.id == other_id).execution_options(synchronize_session=False)
    )
    for key in after:
        setattr(keep, key, _decode_column(key, after[key]))
    snapshot = {
        "person": merged_row,
        "kept_before": before,
        "kept_after": after,
        **moved_ids,
    }
    merge = PersonMerge(
        kept_person_id=keep_id,
        merged_person_id=other_id,
        merged_name=merged_name[:260],
        snapshot=json.dumps(snapshot, ensure_ascii=False),
    )
    session.add(merge)
    return merge


def undo_merge(db: Database, merge_id: int) -> int:
    """Restore the merged person, its fields, engagements and hours.

    A field of the kept person is put back only when nobody changed it after the merge.

    The restored person keeps their UUID and is a revival for the exchange: they come
    back on every site the merge reached, with the engagements and the like moved back.

    Returns:
        The id of the restored person (its old id when that is still free).

    Raises:
        NotFound: when the merge (or its kept person) no longer exists.
        ServiceError: when the merge was undone already.
        Conflict: when the merged person was erased (AVG) since; nothing is written.
    """
    from flevodesk.services.exchange.restoring import erased_owner

    with db.write() as session:
        merge = session.get(PersonMerge, merge_id)
        if merge is None:
            raise NotFound(message("Deze samenvoeging bestaat niet (meer)."))
        if merge.undone_at is not None:
            raise ServiceError(message("Deze samenvoeging is al ongedaan gemaakt."))
        keep = session.get(Person, merge.kept_person_id)
        if keep is None:
            raise NotFound(message("De bewaarde persoon bestaat niet meer."))
        snapshot = json.loads(merge.snapshot)
        merged_uuid = snapshot["person"].get("uuid")
        if merged_uuid and erased_owner(session.connection(), "persons", merged_uuid, None):
            raise Conflict(ERASED_REFUSAL)
        for key, value in snapshot["kept_after"].items():
            if _encode(getattr(keep, key)) == value:
                setattr(keep, key, _decode_column(key, snapshot["kept_before"][key]))
        session.flush()  # frees the e-mail address before the merged person gets it back
        # A snapshot from an older schema may hold columns that have moved elsewhere since.
        values = {
            k: _decode_column(k, v)
            for k, v in snapshot["person"].items()
            if k in Person.__table__.columns
        }
        if session.get(Person, values["id"]) is not None:
            del values["id"]
        values.pop("version", None)
        restored = Person(**values)
        session.add(restored)
        session.flush()
        if restored.uuid:
            revive(session, [("persons", restored.uuid)])
        for key, model in _MOVED.items():
            ids = snapshot.get(key, [])
            if ids:
                session.execute(
                    update(model)
                    .where(model.id.in_(ids), model.person_id == keep.id)
                    .values(person_id=restored.id)
                    .execution_options(synchronize_session=False)
                )
        merge.undone_at = utcnow()
        return restored.id


def recent_merges(db: Database, limit: int = 20) -> list[MergeInfo]:
    """The latest merges, newest first, undone ones included."""
    with db.read() as session:
        merges = session.scalars(
            select(PersonMerge).order_by(PersonMerge.id.desc()).limit(limit)
        ).all()
        return [_info(session, m) for m in merges]


def last_undoable_merge(db: Database) -> MergeInfo | None:
    """The newest merge that can still be undone, if any."""
    with db.read() as session:
        merge = session.scalars(
            select(PersonMerge)
            .where(PersonMerge.undone_at.is_(None))
            .order_by(PersonMerge.id.desc())
            .limit(1)
        ).first()
        return None if merge is None else _info(session, merge)


def _info(session: Session, merge: PersonMerge) -> MergeInfo:
    kept = session.get(Person, merge.kept_person_id)
    return MergeInfo(
        id=merge.id,
        kept_person_id=merge.kept_person_id,
        kept_name=kept.full_name if kept is not None else "",
        merged_name=merge.merged_name,
        merged_at=merge.created_at,
        undone=merge.undone_at is not None,
    )


def _encode_person(person: Person) -> dict[str, Any]:
    return {c.key: _encode(getattr(person, c.key)) for c in Person.__table__.columns}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _decode_column(key: str, value: Any) -> Any:
    if value is None:
        return None
    column_type = Person.__table__.columns[key].type
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return column_type.enum_class(value)
    return value
