"""Declarative base, column types and the mixins every table shares."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, ClassVar

from sqlalchemy import Date, DateTime, Dialect, Integer, MetaData, String, TypeDecorator, event
from sqlalchemy import Enum as SAEnum
from sqlalchemy.engine.interfaces import ExecutionContext
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    declared_attr,
    mapped_column,
    relationship,
)

from flevodesk.domain.errors import ValidationError

# A fixed naming convention lets Alembic's batch mode find and rename constraints on SQLite.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current moment, timezone-aware in UTC."""
    return datetime.now(UTC)


#: The execution option through which a database handle names who writes: a callable
#: giving the name (``store.database.Database.author``), read at every INSERT and UPDATE.
AUTHOR_OPTION = "flevodesk_author"
#: Room for a name in ``updated_by`` (longer names are cut, never refused).
AUTHOR_LENGTH = 120


def current_author(context: ExecutionContext) -> str | None:
    """Who is saving, as the connection's database handle names it; None without one
    (a bare engine, as in the migrations' own data steps)."""
    author = context.execution_options.get(AUTHOR_OPTION)
    name = author() if callable(author) else author
    return str(name)[:AUTHOR_LENGTH] if name else None


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware (SQLite has no zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Money(TypeDecorator[Decimal]):
    """Euros as a Decimal in Python, whole cents as an INTEGER in the database.

    SQLite has no decimal type; storing cents keeps every sum exact in SQL as well.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("money must never be a float")
        cents = Decimal(value) * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"{value} has more than two decimals")
        return int(cents)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def enum_column(enum: type[Enum]) -> SAEnum:
    """A VARCHAR column holding an enum's values (not names), checked by the database."""
    return SAEnum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
        name=enum.__name__.lower(),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        Decimal: Money(),
        str: String(),
        date: Date(),
    }

    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    #: Who saved last (see :func:`current_author`): a stale save names that colleague.
    updated_by: Mapped[str | None] = mapped_column(
        String(AUTHOR_LENGTH), default=current_author, onupdate=current_author
    )

    def __init__(self, **kwargs: Any) -> None:
        # Column defaults apply only at INSERT; a new object should already hold them, so
        # that validation and forms see the same values the database will store.
        for column in self.__table__.columns:
            default = column.default
            if (
                column.key not in kwargs
                and default is not None
                and default.is_scalar
                and column.key in self.__mapper__.column_attrs
            ):
                kwargs[column.key] = default.arg
        cls = type(self)
        for key, value in kwargs.items():
            if not hasattr(cls, key):
                raise TypeError(f"{key!r} is an invalid keyword argument for {cls.__name__}")
            setattr(self, key, value)

    def validate(self) -> None:
        """Check rules that span several fields; called before every flush.

        Raises:
            ValidationError: naming the field a user has to change.
        """


def children(order_by: str | None = None, *, back_populates: str | None = None) -> Any:
    """A one-to-many relationship to rows that belong to their parent: they go with it.

    The database's ``ON DELETE CASCADE`` removes them (``passive_deletes``), so deleting a
    person with 5,000 hour entries does not load them first. Like every relationship in
    the domain it is ``raise_on_sql``: a service loads what it hands on (``selectinload``
    in its query or its ``detail_options``); touching a collection nobody loaded raises
    instead of running one query per row. The unit of work may still load during a flush
    what it needs itself.
    """
    return relationship(
        back_populates=back_populates,
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by=order_by or False,
        lazy="raise_on_sql",
    )


class Versioned:
    """Optimistic locking: an UPDATE that finds another version raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}


@event.listens_for(Base, "before_insert", propagate=True)
@event.listens_for(Base, "before_update", propagate=True)
def _validate_before_write(mapper: Mapper[Any], connection: object, target: Base) -> None:
    target.validate()


__all__ = [
    "AUTHOR_OPTION",
    "Base",
    "Money",
    "ValidationError",
    "Versioned",
    "children",
    "enum_column",
    "utcnow",
]
