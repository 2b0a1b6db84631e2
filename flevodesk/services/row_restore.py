"""Putting rows back as they were before an action (undo) or after it (redo).

One transaction: every row the action changed is checked first (is it still as the
action left it?), then written. A row changed since, deleted since, or an id taken since
refuses the whole undo with one Dutch sentence naming the row, and nothing is written.
Updates go through the ORM, so the optimistic version check and the version bump, the
domain's validation and the personal-data change log apply as to any save; rows that come
back (a delete undone) are inserted with their own ids and versions, so every link to
them holds again, and are a *revival* for the exchange (``domain/exchange_revival``): they
come back on every site the delete reached, except an erased person's, which are refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.orm.exc import StaleDataError

from flevodesk.domain.errors import ValidationError
from flevodesk.domain.exchange_revival import revive
from flevodesk.domain.messages import Capitalised, Message, message
from flevodesk.domain.models import Base
from flevodesk.services.errors import Conflict, ServiceError
from flevodesk.services.record_snapshots import (
    HISTORY_TABLES,
    Row,
    RowChange,
    RowKey,
    graph,
    has_own_id,
    key_condition,
    read_rows,
    table_of,
)
from flevodesk.store.errors import StoreError

if TYPE_CHECKING:
    from flevodesk.services.setup import Database


def undo(db: Database, changes: Sequence[RowChange]) -> tuple[RowChange, ...]:
    """Put the rows back as they were before the action; the changes as they now stand
    (what :func:`redo` checks and writes).

    Raises:
        Conflict: when a row is no longer as the action left it; nothing is written.
    """
    return _apply(db, changes, backwards=True)


def redo(db: Database, changes: Sequence[RowChange]) -> tuple[RowChange, ...]:
    """Do the action again: the rows as it left them; see :func:`undo`."""
    return _apply(db, changes, backwards=False)


def _apply(db: Database, changes: Sequence[RowChange], *, backwards: bool) -> tuple[RowChange, ...]:
    doing = message("Ongedaan maken") if backwards else message("Opnieuw uitvoeren")
    keys = [(change.table, change.key) for change in changes]
    with _translating(doing), db.write() as session:
        current = read_rows(session, keys)
        for change in changes:
            expected = change.after if backwards else change.before
            _check(doing, change, expected, current.get((change.table, change.key)))
        targets = [(change, change.before if backwards else change.after) for change in changes]
        _check_nothing_else_goes(doing, session, [c for c, target in targets if target is None])
        inserts: list[tuple[RowChange, Row]] = [
            (change, target)
            for change, target in targets
            if target is not None and current.get((change.table, change.key)) is None
        ]
        _refuse_erased(doing, session, inserts)
        for change, row in inserts:  # parents first
            session.execute(table_of(change.table).insert().values(dict(row)))
        revive(session, [(c.table, str(r["uuid"])) for c, r in inserts if r.get("uuid")])
        for change, target in targets:
            if target is not None and current.get((change.table, change.key)) is not None:
                _update(session, change, target)
        session.flush()
        for change, target in reversed(targets):  # children first
            if target is None:
                table = table_of(change.table)
                session.execute(table.delete().where(key_condition(table, change.key)))
        session.flush()
        now = read_rows(session, keys)
    return tuple(
        RowChange(
            change.table,
            change.key,
            now.get((change.table, change.key)) if backwards else change.before,
            change.after if backwards else now.get((change.table, change.key)),
        )
        for change in changes
    )


def _check(doing: Message, change: RowChange, expected: Row | None, found: Row | None) -> None:
    if found == expected:
        return
    if expected is None:
        said = message(
            "{doing} kan niet: {what} is intussen weer in gebruik; er is niets veranderd.",
            doing=doing,
            what=change.what,
        )
    elif found is None:
        said = message(
            "{doing} kan niet: {what} is intussen verwijderd; er is niets veranderd.",
            doing=doing,
            what=change.what,
        )
    else:
        said = message(
            "{doing} kan niet: {what} is intussen gewijzigd; er is niets veranderd.",
            doing=doing,
            what=change.what,
        )
    raise Conflict(said)


def _check_nothing_else_goes(
    doing: Message, session: Session, deleted: Sequence[RowChange]
) -> None:
    """Refuse a delete that would take rows along the action never saw (hours a colleague
    booked since for a person whose creation is undone): parents come first, so one graph
    per topmost row covers its children."""
    known = {(change.table, change.key) for change in deleted}
    covered: set[RowKey] = set()
    for change in deleted:
        table = table_of(change.table)
        if (change.table, change.key) in covered or not has_own_id(table):
            continue
        rows = graph(session, table, change.key[0])
        covered |= rows.keys()
        extra = [key for key in rows if key not in known and key[0] not in HISTORY_TABLES]
        if extra:
            name, key = extra[0]
            raise Conflict(
                message(
                    "{doing} kan niet: {row} hoort intussen bij {what} en zou mee verdwijnen; "
                    "er is niets veranderd.",
                    doing=doing,
                    row=RowChange(name, key, None, None).what,
                    what=change.what,
                )
            )


def _refuse_erased(
    doing: Message, session: Session, inserts: Sequence[tuple[RowChange, Row]]
) -> None:
    """An erased person, or what belonged to them, never comes back (AVG), also not by
    an undo of a delete from before the erasure came in."""
    from flevodesk.services.exchange.restoring import erased_owner

    persons = table_of("persons")
    conn = session.connection()
    coming = {t["id"]: t.get("uuid") for c, t in inserts if c.table == "persons"}
    for change, target in inserts:
        person_id = target.get("person_id") if change.table != "persons" else None
        person = coming.get(person_id) if person_id is not None else None
        if person_id is not None and person is None:
            person = conn.execute(select(persons.c.uuid).where(persons.c.id == person_id)).scalar()
        if erased_owner(conn, change.table, str(target.get("uuid") or ""), person):
            raise Conflict(
                message(
                    "{doing} kan niet: {what} hoort bij een vrijwilliger die intussen is "
                    "gewist (AVG) en komt niet terug; er is niets veranderd.",
                    doing=doing,
                    what=change.what,
                )
            )


def _update(session: Session, change: RowChange, target: Row) -> None:
    """Write ``target``'s values into the existing row: through its ORM class where it has
    one, so the version goes up and the rules and the change log apply."""
    table = table_of(change.table)
    mapper = _mapper_of(change.table)
    if mapper is None:
        values = {name: value for name, value in target.items()}
        session.execute(table.update().where(key_condition(table, change.key)).values(values))
        return
    record = session.get(mapper.class_, change.key)
    if record is None:  # checked above, within this transaction
        raise Conflict(message("{what} bestaat niet meer.", what=Capitalised(change.what)))
    version = mapper.version_id_col
    for name, value in target.items():
        column = table.c[name]
        if version is not None and column is version:
            continue
        attribute = mapper.get_property_by_column(column).key
        if getattr(record, attribute) != value:
            setattr(record, attribute, value)


def _mapper_of(table_name: str) -> Mapper[Any] | None:
    for mapper in Base.registry.mappers:
        if mapper.local_table is table_of(table_name):
            return mapper
    return None


@contextmanager
def _translating(doing: Message) -> Iterator[None]:
    """The database's refusals (an id or a unique value taken since) as one Dutch line."""
    try:
        yield
    except IntegrityError as exc:
        raise Conflict(
            message(
                "{doing} kan niet: het botst met wat er intussen is vastgelegd (een waarde "
                "die al bestaat of een record dat er niet meer is); er is niets veranderd.",
                doing=doing,
            )
        ) from exc
    except StaleDataError as exc:
        raise Conflict(
            message("{doing} kan niet: het record is intussen gewijzigd.", doing=doing)
        ) from exc
    except ValidationError as exc:
        raise ServiceError(
            message("{doing} kan niet: {reason}.", doing=doing, reason=exc.translatable)
        ) from exc
    except StoreError as exc:
        raise ServiceError(exc.translatable) from exc
