"""Create, read, update and delete one kind of record, each in one short transaction.

:class:`RecordService` does the work every kind shares: reading a record with what its form
shows into a frozen dataclass (its *details*, built inside the read transaction, so nothing
outside a service walks ORM relationships), applying a mapping of field values (many-to-many
links given as lists of ids), translating database refusals into Dutch messages, and
optimistic locking through the version number.
"""

from __future__ import annotations

import dataclasses
import re
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.orm.interfaces import LoaderOption

from flevodesk.domain.base import Base
from flevodesk.domain.errors import ValidationError
from flevodesk.domain.messages import Capitalised, Clock, Message, message
from flevodesk.services.errors import Conflict, InUse, NotFound, ServiceError, StaleRecord
from flevodesk.store.database import Database
from flevodesk.store.errors import StoreError

M = TypeVar("M", bound=Base)
#: What ``get``, ``create`` and ``update`` hand back: a frozen dataclass for the four record
#: kinds with a form, the detached row itself for the small related rows.
D = TypeVar("D")
T = TypeVar("T")

_UNIQUE = re.compile(r"UNIQUE constraint failed: \w+\.(\w+)")


def _sqlstate(exc: IntegrityError) -> str | None:
    """PostgreSQL's code for the violation (SQLite's refusals have none)."""
    return getattr(exc.orig, "sqlstate", None)


def _first_column_of(exc: IntegrityError) -> str:
    """The field a server's violated constraint is about, found by the constraint's name
    (the models name every constraint), never read from the server's English text."""
    diag = getattr(exc.orig, "diag", None)
    table = Base.metadata.tables.get(getattr(diag, "table_name", None) or "")
    name = getattr(diag, "constraint_name", None)
    for constraint in table.constraints if table is not None else ():
        columns = list(getattr(constraint, "columns", ()))
        if constraint.name == name and columns:
            return str(columns[0].name)
    return ""


def moment_message(when: datetime, today: date | None = None) -> Message:
    """ "om 14:05" for a moment of today (the computer's time zone), else
    "op 30 november 2026 om 14:05"."""
    local = when.astimezone()
    if local.date() == (today or date.today()):
        return message("om {time}", time=Clock(local))
    return message("op {day} om {time}", day=local.date(), time=Clock(local))


def changed_moment(when: datetime, today: date | None = None) -> str:
    """:func:`moment_message` in Dutch."""
    return str(moment_message(when, today))


@dataclass(frozen=True, slots=True)
class Named:
    """A linked record by id and name (a theme, a supported initiative), for details."""

    id: int
    name: str


class Details(Protocol):
    """What every record a form shows has: its id and the version it was read at."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


def copy_columns(record: Base, dto: type[T], **extra: Any) -> T:
    """``dto`` (a dataclass) filled from the record's columns of the same names, and from
    ``extra`` for the fields that are not columns (related rows, names of linked records)."""
    columns = record.__mapper__.column_attrs
    values = {
        f.name: getattr(record, f.name)
        for f in dataclasses.fields(dto)  # type: ignore[arg-type]
        if f.name not in extra and f.name in columns
    }
    return dto(**values, **extra)


class RecordService(ABC, Generic[M, D]):
    """Shared CRUD for one model; subclasses name the model, its details and particulars."""

    model: type[M]
    #: Dutch noun for messages ("het initiatief", "de vrijwilliger").
    noun: ClassVar[Message] = message("het record")
    #: Loader options so :meth:`detail` finds everything its form shows loaded.
    detail_options: ClassVar[Sequence[LoaderOption]] = ()
    #: Many-to-many fields set from a list of ids: field name -> model of the ids.
    links: ClassVar[Mapping[str, type[Base]]] = {}

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, record_id: int) -> D:
        """The record with everything its form shows, read in one transaction.

        Raises:
            NotFound: when no record has that id.
        """
        with self.db.read() as session:
            return self.detail(session, self._load(session, record_id))

    @abstractmethod
    def detail(self, session: Session, record: M) -> D:
        """What :meth:`get` hands back for ``record``, built while ``session`` is open."""

    def create(self, values: Mapping[str, Any]) -> D:
        """Validate and store a new record.

        Raises:
            ValidationError: naming the field to correct; nothing is stored.
        """
        with self.writing() as session:
            record_id = self.create_in(session, values)
        return self.get(record_id)

    def update(self, record_id: int, version: int | None, values: Mapping[str, Any]) -> D:
        """Change the given fields of a record read at ``version``.

        Raises:
            ValidationError: naming the field to correct; nothing is changed.
            StaleRecord: when someone else saved the record since it was read; it names
                who and when, and holds the record as it is now.
            NotFound: when the record was deleted meanwhile.
        """
        try:
            with self.writing() as session:
                self.update_in(session, record_id, version, values)
        except Conflict as exc:
            raise self._stale(record_id) from exc
        return self.get(record_id)

    def _stale(self, record_id: int) -> StaleRecord:
        """The refusal of a stale save, with the record as the colleague left it."""
        with self.db.read() as session:
            record = self._load(session, record_id)
            current = self.detail(session, record)
            who: str | None = record.updated_by
            when = record.updated_at
        moment = moment_message(when)
        said = (
            message(
                "{who} heeft {noun} {moment} gewijzigd.", who=who, noun=self.noun, moment=moment
            )
            if who
            else message(
                "Iemand anders heeft {noun} {moment} gewijzigd.", noun=self.noun, moment=moment
            )
        )
        return StaleRecord(said, current, who, when)

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One transaction for a use case that does more than one step: it commits when
        the block ends and stores nothing when any step raises; refusals of the database
        come out as the Dutch errors of :meth:`create` and :meth:`update`."""
        with self._translating(), self.db.write() as session:
            yield session

    def create_in(self, session: Session, values: Mapping[str, Any]) -> int:
        """:meth:`create` inside a caller's transaction (see :meth:`writing`); the new id."""
        record = self.model()
        self._apply(session, record, values)
        session.add(record)
        session.flush()
        record_id: int = record.id  # type: ignore[attr-defined]
        return record_id

    def update_in(
        self, session: Session, record_id: int, version: int | None, values: Mapping[str, Any]
    ) -> M:
        """:meth:`update` inside a caller's transaction (see :meth:`writing`); the record
        as that session holds it, with :attr:`detail_options` loaded."""
        record = self._load(session, record_id)
        current = getattr(record, "version", None)
        if version is not None and current is not None and current != version:
            raise Conflict(
                message(
                    "Iemand anders heeft {noun} intussen gewijzigd. "
                    "Laad het opnieuw en breng uw wijziging dan aan.",
                    noun=self.noun,
                )
            )
        self._apply(session, record, values)
        return record

    def delete(self, record_id: int) -> None:
        """Delete a record and what depends on it (see :meth:`delete_impact`).

        Raises:
            InUse: when other records still need it; nothing is deleted.
            NotFound: when the record does not exist.
        """
        with self._translating(), self.db.write() as session:
            record = session.get(self.model, record_id)
            if record is None:
                raise self._gone()
            self._before_delete(session, record)
            session.delete(record)

    def delete_impact(self, record_id: int) -> list[str]:
        """Dutch phrases for what a delete takes along ("3 inzetten", "41 urenregels")."""
        return []

    def _before_delete(self, session: Session, record: M) -> None:
        """Refuse a delete that would leave others dangling, with a Dutch reason."""

    def _load(self, session: Session, record_id: int) -> M:
        stmt = select(self.model).where(self.model.id == record_id)  # type: ignore[attr-defined]
        record = session.scalars(stmt.options(*self.detail_options)).one_or_none()
        if record is None:
            raise self._gone()
        return record

    def _gone(self) -> NotFound:
        return NotFound(message("{noun} bestaat niet (meer).", noun=Capitalised(self.noun)))

    def _apply(self, session: Session, record: M, values: Mapping[str, Any]) -> None:
        mapper = self.model.__mapper__
        for key, value in values.items():
            if key in self.links:
                target = self.links[key]
                ids = list(value or [])
                found = (
                    session.scalars(
                        select(target).where(target.id.in_(ids))  # type: ignore[attr-defined]
                    ).all()
                    if ids
                    else []
                )
                if len(found) != len(set(ids)):
                    raise ValidationError(key, message("een gekozen waarde bestaat niet meer"))
                setattr(record, key, list(found))
            elif key in mapper.column_attrs or hasattr(type(record), key):
                setattr(record, key, value)
            else:
                raise KeyError(f"{self.model.__name__} has no field {key!r}")

    @contextmanager
    def _translating(self) -> Iterator[None]:
        """Turn refusals of the database into the Dutch errors the user interface shows."""
        try:
            yield
        except IntegrityError as exc:
            refusal = str(exc.orig)
            unique = _UNIQUE.search(refusal)
            if unique or _sqlstate(exc) == "23505":
                field = unique.group(1) if unique else _first_column_of(exc)
                raise ValidationError(field, message("deze waarde bestaat al")) from exc
            if "FOREIGN KEY" in refusal or _sqlstate(exc) == "23503":
                raise InUse(
                    message(
                        "{noun} wordt nog gebruikt en kan niet worden verwijderd.",
                        noun=Capitalised(self.noun),
                    )
                ) from exc
            # The database's own (English) words are kept: they are all there is to go on.
            raise ValidationError(
                "", message("de database weigert dit: {refusal}", refusal=refusal)
            ) from exc
        except StoreError as exc:
            raise ServiceError(exc.translatable) from exc
        except StaleDataError as exc:
            raise Conflict(
                message(
                    "Iemand anders heeft {noun} intussen gewijzigd of verwijderd.", noun=self.noun
                )
            ) from exc


class RowService(RecordService[M, M]):
    """Shared CRUD for a small related row (an engagement, a contact, a receipt): its use
    cases hand back the detached row, which the forms never show directly; they show the
    details of the record the row belongs to."""

    def detail(self, session: Session, record: M) -> M:
        return record
