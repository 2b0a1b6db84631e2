"""Acting on a "delete" conflict: bring the deleted record back, or leave it deleted.

A record deleted elsewhere while it was edited here (or edited elsewhere while it was
deleted here) waits in "Te beoordelen". :func:`restore_deleted` puts it back with its own
UUID from the snapshot the merge kept (``revival``), with the kept edits, as a *revival*
(``domain/exchange_revival``): it travels with the next package and beats the tombstone
on every site. :func:`leave_deleted` settles the conflict and lets the kept values go.
An erased person (and what belonged to them) never comes back.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.exc import IntegrityError

from flevodesk.domain.base import Base
from flevodesk.domain.exchange import ExchangeConflict
from flevodesk.domain.exchange_revival import revive
from flevodesk.domain.exchange_sets import Sets, set_fields
from flevodesk.domain.exchange_tracking import ERASURES, exchanged_tables
from flevodesk.domain.messages import Message, message
from flevodesk.services.errors import Conflict, NotFound, ServiceError
from flevodesk.services.exchange.codec import Codec
from flevodesk.services.exchange.merge_state import derive_person_fields
from flevodesk.services.exchange.revival import settle_deleted, snapshot_of, snapshots_along
from flevodesk.store.database import Database

#: The refusal for a record of a person erased under the AVG.
ERASED_REFUSAL = message(
    "Herstellen kan niet: deze vrijwilliger is gewist (AVG) en komt niet terug."
)


def erased_owner(conn: Connection, table: str, record_uuid: str, person: str | None) -> bool:
    """Whether the record is an erased person, or belongs to one (``person``: the UUID
    of the person it belongs to, if any): such a record is never brought back."""
    owner = record_uuid if table == "persons" else person
    if not owner:
        return False
    e = ERASURES
    if conn.execute(select(e.c.person_uuid).where(e.c.person_uuid == owner)).first():
        return True
    persons = Base.metadata.tables["persons"]
    anonymised = select(persons.c.id).where(
        persons.c.uuid == owner, persons.c.anonymised_on.is_not(None)
    )
    return conn.execute(anonymised).first() is not None


def _delete_conflict(session: Any, conflict_id: int) -> ExchangeConflict:
    conflict: ExchangeConflict | None = session.get(ExchangeConflict, conflict_id)
    if conflict is None or conflict.resolved:
        raise NotFound(message("Dit conflict is er niet (meer)."))
    if conflict.kind != "delete":
        raise ServiceError(
            message("Alleen een verwijderd record kan worden hersteld of verwijderd gelaten.")
        )
    return conflict


def leave_deleted(db: Database, conflict_id: int) -> None:
    """The record stays deleted: its "delete" conflicts are settled here and the values
    kept for a restore go.

    Raises:
        NotFound: for a conflict that is not (or no longer) there.
        ServiceError: for a conflict that is not about a deleted record.
    """
    with db.write() as session:
        conflict = _delete_conflict(session, conflict_id)
        settle_deleted(session.connection(), conflict.table_name, conflict.record_uuid)


def restore_deleted(db: Database, conflict_id: int) -> None:
    """Bring the deleted record of a "delete" conflict back, with the kept edits.

    Raises:
        NotFound: for a conflict that is not (or no longer) there.
        Conflict: for an erased person's record, or a value now taken by another record.
        ServiceError: when this database no longer holds the record whole, or what it
            belongs to is deleted here; nothing is written.
    """
    from flevodesk.services.exchange.conflicts import KIND_LABELS, plain

    with db.write() as session:
        conn = session.connection()
        conflict = _delete_conflict(session, conflict_id)
        name, uuid = conflict.table_name, conflict.record_uuid
        model = exchanged_tables().get(name)
        kind = KIND_LABELS.get(name, name)
        if model is None:
            raise ServiceError(
                message(
                    "{kind} kan niet worden hersteld; koppel de partner opnieuw aan het "
                    "initiatief.",
                    kind=kind,
                )
            )
        table: Table = model.__table__  # type: ignore[assignment]
        if conn.execute(select(table.c.id).where(table.c.uuid == uuid)).first() is not None:
            settle_deleted(conn, name, uuid)  # already back (restored elsewhere)
            return
        if erased_owner(conn, name, uuid, None):
            raise Conflict(ERASED_REFUSAL)
        whole = snapshot_of(conn, name, uuid)
        if not whole:
            raise ServiceError(
                message(
                    "{kind} kan hier niet worden hersteld: de andere gegevens ervan zijn hier "
                    "al eerder verwijderd. Herstel het op {site}, waar de wijziging vandaan "
                    "kwam.",
                    kind=kind,
                    site=conflict.theirs_site,
                )
            )
        wanted: dict[str, Any] = {f: kept[0] for f, kept in whole.items()}
        for edit in session.scalars(
            select(ExchangeConflict)
            .where(
                ExchangeConflict.kind == "delete",
                ExchangeConflict.table_name == name,
                ExchangeConflict.record_uuid == uuid,
                ExchangeConflict.resolved.is_(False),
            )
            .order_by(ExchangeConflict.id)
        ):
            if edit.field in set_fields(name) and edit.theirs is not None:
                wanted[edit.field] = json.loads(edit.theirs)
            elif edit.field in table.c and edit.theirs is not None:
                wanted[edit.field] = plain(edit.theirs)
        person = wanted.get("person_id")
        if erased_owner(conn, name, uuid, person if isinstance(person, str) else None):
            raise Conflict(ERASED_REFUSAL)
        values = _decoded(Codec(conn), table, wanted, kind)
        values["uuid"] = uuid
        derive_person_fields(table, values)
        try:
            with conn.begin_nested():
                conn.execute(table.insert().values(**values))
        except IntegrityError as exc:
            raise Conflict(
                message(
                    "{kind} kan niet worden hersteld: een waarde ervan (zoals een e-mailadres "
                    "of een naam) hoort hier intussen bij een ander record.",
                    kind=kind,
                )
            ) from exc
        _restore_sets(conn, table, uuid, wanted)
        revive(session, [(name, uuid), *_restore_along(conn, uuid)])
        settle_deleted(conn, name, uuid)


def _restore_sets(conn: Connection, table: Table, uuid: str, wanted: dict[str, Any]) -> None:
    """Put back the restored record's themes and the like (its set fields): the revival
    gives them a clock above the other sites', so leaving them empty would empty them
    there too."""
    chosen = {f: v for f, v in wanted.items() if f in set_fields(table.name) and v}
    if not chosen:
        return
    owner_id = int(conn.execute(select(table.c.id).where(table.c.uuid == uuid)).scalar_one())
    sets = Sets(conn)
    for field, members in sorted(chosen.items()):
        sets.write(table.name, field, owner_id, [str(m) for m in members])


def _restore_along(conn: Connection, root: str) -> list[tuple[str, str]]:
    """Put back what the record's delete took along (its engagements, hours, …) where
    it still fits: a row whose parent is gone here, or whose values another record has
    taken since, stays away."""
    tables = exchanged_tables()
    codec = Codec(conn)
    back: list[tuple[str, str]] = []
    for name, uuid, whole in snapshots_along(conn, root):
        if name not in tables:
            continue
        table: Table = tables[name].__table__  # type: ignore[assignment]
        if conn.execute(select(table.c.id).where(table.c.uuid == uuid)).first() is not None:
            continue
        try:
            values = _decoded(codec, table, {f: kept[0] for f, kept in whole.items()}, name)
            with conn.begin_nested():
                conn.execute(table.insert().values(uuid=uuid, **values))
        except (ServiceError, IntegrityError):
            continue
        codec.forget(name, uuid)
        back.append((name, uuid))
    return back


def _decoded(codec: Codec, table: Table, wanted: dict[str, Any], kind: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field, value in wanted.items():
        if field not in table.c:
            continue
        known, decoded = codec.decode(table, field, value)
        if not known:
            if not table.c[field].nullable:
                raise ServiceError(_parent_gone(kind))
            decoded = None
        values[field] = decoded
    return values


def _parent_gone(kind: str) -> Message:
    return message(
        "{kind} kan niet worden hersteld: het record waar het bij hoort is hier verwijderd; "
        "herstel dat eerst.",
        kind=kind,
    )
