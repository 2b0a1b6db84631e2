"""Exchange clocks as one row per record instead of one per field (issue 18, scale), and
the themes, target groups, success factors and challenges as exchanged records.

A database of the large set kept about six million clock rows, one per field of every
record an export had carried, each repeating the table name, record UUID, field name and
two site UUIDs. From here a record's clocks are one row, ``exchange_record_clocks``, whose
``clocks`` text packs the fields that share a clock into one group ``[counter, site, seq,
base counter, base site, field, ...]``, sites being small numbers of ``exchange_sites``.
Every old clock row is carried over: the same counter, site, base and ``seq`` per field.

Themes, target groups, success factors and challenges get a ``uuid`` derived from their
name (a challenge's from its perspective and text), as 0011 gave the partners: the same
theme in two databases is one record, so an initiative's themes can travel with it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_BATCH = 5000
# Frozen copy of flevodesk.domain.exchange.NAME_NAMESPACE.
_NAMESPACE = uuid.UUID("0193a6d2-7b1e-7c4f-9a55-6c7e1d2f3a41")
#: The reference lists an initiative links to, and what names each of their rows.
_LISTS = {
    "themes": "name",
    "target_groups": "name",
    "success_factors": "name",
    "challenges": "perspective || '/' || text",
}


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
    ]


def _site_numbers(conn: sa.Connection) -> dict[str, int]:
    sites: set[str] = set()
    for column in ("site_uuid", "base_site"):
        sites.update(
            str(s)
            for s in conn.execute(sa.text(f"SELECT DISTINCT {column} FROM exchange_clocks"))
            .scalars()
            .all()
            if s is not None
        )
    return {site: n for n, site in enumerate(sorted(sites), start=1)}


def _records(conn: sa.Connection) -> Iterator[tuple[str, str, list[Any]]]:
    """The old clock rows, record by record (the key's order keeps a record together)."""
    rows = conn.execute(
        sa.text(
            "SELECT table_name, record_uuid, field, counter, site_uuid, base_counter, "
            "base_site, seq FROM exchange_clocks ORDER BY table_name, record_uuid, field"
        ).execution_options(stream_results=True)
    )
    key: tuple[str, str] | None = None
    fields: list[Any] = []
    for row in rows:
        if (row[0], row[1]) != key:
            if key is not None:
                yield key[0], key[1], fields
            key, fields = (row[0], row[1]), []
        fields.append(row[2:])
    if key is not None:
        yield key[0], key[1], fields


def _packed(numbers: dict[str, int], fields: list[Any]) -> tuple[int, str]:
    # Frozen copy of flevodesk.domain.exchange_clocks.encode as of this revision.
    groups: dict[tuple[Any, ...], list[str]] = {}
    for field, counter, site, base_counter, base_site, seq in fields:
        base = None if base_site is None else numbers[base_site]
        key = (counter, numbers[site], seq, base_counter, base)
        groups.setdefault(key, []).append(field)
    packed = [[*k, *f] for k, f in sorted(groups.items(), key=lambda item: item[1])]
    return max(f[5] for f in fields), json.dumps(packed, separators=(",", ":"))


def _name_uuids(conn: sa.Connection) -> None:
    for table, name in _LISTS.items():
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        rows = conn.execute(sa.text(f"SELECT id, {name} FROM {table}")).all()
        values = [{"u": str(uuid.uuid5(_NAMESPACE, f"{table}/{n}")), "i": i} for i, n in rows]
        if values:
            conn.execute(sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"), values)
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)


def upgrade() -> None:
    conn = op.get_bind()
    _name_uuids(conn)
    sites = op.create_table(
        "exchange_sites",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("number", name="pk_exchange_sites"),
        sa.UniqueConstraint("site_uuid", name="uq_exchange_sites_site_uuid"),
    )
    clocks = op.create_table(
        "exchange_record_clocks",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("clocks", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_uuid", name="pk_exchange_record_clocks"),
        sqlite_with_rowid=False,
    )
    numbers = _site_numbers(conn)
    if numbers:
        conn.execute(sites.insert(), [{"number": n, "site_uuid": s} for s, n in numbers.items()])
        if conn.dialect.name == "postgresql":
            # Numbers were given here, not by the sequence: the next one must follow them.
            conn.execute(
                sa.text(
                    "SELECT setval(pg_get_serial_sequence('exchange_sites', 'number'), "
                    "(SELECT max(number) FROM exchange_sites))"
                )
            )
    batch: list[dict[str, Any]] = []
    for table_name, record_uuid, fields in _records(conn):
        seq, packed = _packed(numbers, fields)
        batch.append(
            {"table_name": table_name, "record_uuid": record_uuid, "seq": seq, "clocks": packed}
        )
        if len(batch) >= _BATCH:
            conn.execute(clocks.insert(), batch)
            batch = []
    if batch:
        conn.execute(clocks.insert(), batch)
    op.create_index("ix_exchange_record_clocks_seq", "exchange_record_clocks", ["seq"])
    op.drop_index("ix_exchange_clocks_seq", table_name="exchange_clocks")
    op.drop_table("exchange_clocks")


def downgrade() -> None:
    conn = op.get_bind()
    old = op.create_table(
        "exchange_clocks",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("site_uuid", sa.String(length=36), nullable=False),
        sa.Column("base_counter", sa.Integer(), nullable=True),
        sa.Column("base_site", sa.String(length=36), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("table_name", "record_uuid", "field", name="pk_exchange_clocks"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_exchange_clocks_seq", "exchange_clocks", ["seq"])
    sites = {
        int(n): str(s)
        for n, s in conn.execute(sa.text("SELECT number, site_uuid FROM exchange_sites"))
    }
    stamp = datetime.now(UTC).replace(tzinfo=None)
    batch: list[dict[str, Any]] = []
    for table_name, record_uuid, packed in conn.execute(
        sa.text("SELECT table_name, record_uuid, clocks FROM exchange_record_clocks")
    ).all():
        for counter, site, seq, base_counter, base_site, *fields in json.loads(packed):
            for field in fields:
                batch.append(
                    {
                        "table_name": table_name,
                        "record_uuid": record_uuid,
                        "field": field,
                        "counter": counter,
                        "site_uuid": sites[site],
                        "base_counter": base_counter,
                        "base_site": None if base_site is None else sites[base_site],
                        "seq": seq,
                        "created_at": stamp,
                        "updated_at": stamp,
                    }
                )
        if len(batch) >= _BATCH:
            conn.execute(old.insert(), batch)
            batch = []
    if batch:
        conn.execute(old.insert(), batch)
    op.drop_index("ix_exchange_record_clocks_seq", table_name="exchange_record_clocks")
    op.drop_table("exchange_record_clocks")
    op.drop_table("exchange_sites")
    for table in reversed(list(_LISTS)):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        op.drop_column(table, "uuid")
