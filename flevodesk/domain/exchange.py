"""What exchanging records between databases by file needs to remember (issue 18).

Every exchanged record carries a ``uuid`` (v7) beside its local integer key, so two
laptops' new volunteers never collide on an id. Each database knows itself as a *site*
(:class:`ExchangeSite`), keeps a Lamport clock per field of every exchanged record (in
one row per record, :data:`RECORD_CLOCKS`), a tombstone per deleted record, per peer what
it sent and what the peer acknowledged (:class:`Peer`), the conflicts waiting for a
person, and the persons erased anywhere (:class:`Erasure`, a UUID and nothing personal).

``seq`` is a purely local, ever-growing number given to every clock, tombstone and erasure
row when it is written here (by a local edit or by an import): a peer's watermark is a
``seq``, so what came in from a third site after the last exchange is still sent on,
whatever its Lamport counter. Nothing here is decided by wall-clock time.
"""

from __future__ import annotations

import os
import time
import uuid as uuid_module
from datetime import datetime

from sqlalchemy import Column, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from flevodesk.domain.base import Base

#: Room for a UUID in its canonical text form.
UUID_LENGTH = 36


def new_uuid() -> str:
    """A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits.

    Time only makes new keys sort roughly by creation (kind to B-tree indexes); nothing
    is ever decided by it, so a skewed clock does no harm.
    """
    millis = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_b = rand >> 68, rand & ((1 << 62) - 1)
    value = (millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid_module.UUID(int=value))


#: The namespace of :func:`name_uuid` (fixed forever: migration 0010 holds a copy).
NAME_NAMESPACE = uuid_module.UUID("0193a6d2-7b1e-7c4f-9a55-6c7e1d2f3a41")


def name_uuid(table: str, name: str) -> str:
    """The identity of a record known by a unique, non-personal name (a partner from the
    reference data, or a partner or initiative from before exchange existed): the same in
    every database, so two databases that both name it hold one record, not two."""
    return str(uuid_module.uuid5(NAME_NAMESPACE, f"{table}/{name}"))


class Exchanged:
    """The stable identity of a record that travels between databases.

    Nullable in the schema only because adding a NOT NULL column to an existing SQLite
    table would rebuild it (and drop the persons' search triggers); every row gets one:
    the migration filled the old rows, the column default fills new ones (also for the
    importer's bulk inserts) and the change tracking gives one to a new object at flush.
    """

    uuid: Mapped[str | None] = mapped_column(
        String(UUID_LENGTH), default=new_uuid, unique=True, index=True
    )


class ExchangeSite(Base):
    """This database as a party in exchanges: one row."""

    __tablename__ = "exchange_site"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    name: Mapped[str] = mapped_column(String(120))
    #: The highest Lamport counter known here, written or received.
    counter: Mapped[int] = mapped_column(Integer, default=0)
    #: The last local ``seq`` handed out (see the module's text).
    seq: Mapped[int] = mapped_column(Integer, default=0)


#: The sites known here, numbered locally: a record's clocks name a site by its number
#: (a few bytes) instead of its UUID. The numbers never leave the database; every
#: comparison and every package uses the UUID, so all copies agree on who wins.
EXCHANGE_SITES = Table(
    "exchange_sites",
    Base.metadata,
    Column("number", Integer, primary_key=True),
    Column("site_uuid", String(UUID_LENGTH), nullable=False, unique=True),
)

#: One row per exchanged record (or link): who wrote each field last, as a Lamport
#: counter and a site, what it overwrote (the *base*) and the local ``seq`` of that write,
#: packed by ``exchange_clocks.encode``. ``seq`` is the highest of its fields', so
#: "what changed since" is an indexed range. Core, not a model: no stamps per row.
RECORD_CLOCKS = Table(
    "exchange_record_clocks",
    Base.metadata,
    Column("table_name", String(40), primary_key=True),
    Column("record_uuid", String(UUID_LENGTH), primary_key=True),
    Column("seq", Integer, nullable=False, index=True),
    Column("clocks", Text, nullable=False),
    # Clustered on the key on SQLite: the key is most of the row, kept once, not twice.
    sqlite_with_rowid=False,
)


class Tombstone(Base):
    """A deleted record; ``seen`` holds the field clocks the deleter knew (JSON)."""

    __tablename__ = "exchange_tombstones"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer)
    site_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH))
    seen: Mapped[str] = mapped_column(Text, default="[]")
    seq: Mapped[int] = mapped_column(Integer, index=True)


class Peer(Base):
    """Another database this one exchanges with, and how far each way has come."""

    __tablename__ = "exchange_peers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    site_uuid: Mapped[str | None] = mapped_column(String(UUID_LENGTH), unique=True)
    #: Part of the same organisation: contact details go without a sharing consent.
    same_organisation: Mapped[bool] = mapped_column(default=False)
    #: JSON list of the initiative UUIDs this peer receives; NULL for everything.
    scope: Mapped[str | None] = mapped_column(Text)
    #: JSON object: initiative UUID -> our ``seq`` when it was first sent whole.
    shared: Mapped[str] = mapped_column(Text, default="{}")
    #: Our highest ``seq`` put in a package to the peer, and the highest it acknowledged.
    sent_seq: Mapped[int] = mapped_column(Integer, default=0)
    acked_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: The peer's ``seq`` up to which we hold everything it sends us.
    received_seq: Mapped[int] = mapped_column(Integer, default=0)
    packages_out: Mapped[int] = mapped_column(Integer, default=0)
    last_package_in: Mapped[int] = mapped_column(Integer, default=0)


class ExchangeConflict(Base):
    """A value that lost a merge (or a collision) and waits for a person to decide."""

    __tablename__ = "exchange_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "field" (both changed it), "delete" (an edit of a deleted record) or "duplicate".
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40), index=True)
    record_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    field: Mapped[str] = mapped_column(String(60))
    ours: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    theirs_site: Mapped[str] = mapped_column(String(120))
    theirs_by: Mapped[str | None] = mapped_column(String(120))
    theirs_at: Mapped[datetime | None]
    resolved: Mapped[bool] = mapped_column(default=False)


class Erasure(Base):
    """A person erased somewhere: only the UUID, so the erasure can travel and win."""

    __tablename__ = "exchange_erasures"

    person_uuid: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, index=True)
