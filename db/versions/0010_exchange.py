"""Exchange without a network (issue 18): stable record identities and change tracking.

Every exchanged table gets a ``uuid`` (v7 text), filled here for the rows that exist;
new tables keep this database's name as a site, a Lamport clock per field, tombstones,
peers with their watermarks, the conflicts awaiting a person and erased persons' UUIDs.
The ``uuid`` columns stay nullable with a unique index: a NOT NULL column would make
SQLite rebuild the tables (and drop the persons' search triggers); the program fills
every new row.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import os
import time
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# Frozen list of the exchanged tables as of this revision.
_TABLES = (
    "initiatives",
    "persons",
    "engagements",
    "hours_entries",
    "consents",
    "vog_records",
    "funding_applications",
    "budget_lines",
    "actual_costs",
    "obligations",
    "partners",
    "partner_contacts",
)


def _uuid7() -> str:
    # Frozen copy of flevodesk.domain.exchange.new_uuid as of this revision.
    millis = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_b = rand >> 68, rand & ((1 << 62) - 1)
    value = (millis << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
    return str(uuid.UUID(int=value))


# Frozen copy of flevodesk.domain.exchange.NAME_NAMESPACE: records known by a unique,
# non-personal name get the same identity in every database that has them.
_NAMESPACE = uuid.UUID("0193a6d2-7b1e-7c4f-9a55-6c7e1d2f3a41")
_BY_NAME = ("initiatives", "partners")


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
    ]


def _uuid(name: str = "site_uuid", nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.String(length=36), nullable=nullable)


def upgrade() -> None:
    conn = op.get_bind()
    for table in _TABLES:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("uuid", sa.String(length=36), nullable=True))
        if table in _BY_NAME:
            rows = conn.execute(sa.text(f"SELECT id, name FROM {table}")).all()
            values = [{"u": str(uuid.uuid5(_NAMESPACE, f"{table}/{n}")), "i": i} for i, n in rows]
        else:
            ids = conn.execute(sa.text(f"SELECT id FROM {table}")).scalars()
            values = [{"u": _uuid7(), "i": i} for i in ids]
        if values:
            conn.execute(sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"), values)
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    op.create_table(
        "exchange_site",
        sa.Column("id", sa.Integer(), nullable=False),
        _uuid(),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_site"),
    )
    op.create_table(
        "exchange_clocks",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        _uuid("record_uuid"),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        _uuid(),
        sa.Column("base_counter", sa.Integer(), nullable=True),
        _uuid("base_site", nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("table_name", "record_uuid", "field", name="pk_exchange_clocks"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_exchange_clocks_seq", "exchange_clocks", ["seq"])
    op.create_table(
        "exchange_tombstones",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        _uuid("record_uuid"),
        sa.Column("counter", sa.Integer(), nullable=False),
        _uuid(),
        sa.Column("seen", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("table_name", "record_uuid", name="pk_exchange_tombstones"),
    )
    op.create_index("ix_exchange_tombstones_seq", "exchange_tombstones", ["seq"])
    op.create_table(
        "exchange_peers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        _uuid(nullable=True),
        sa.Column("same_organisation", sa.Boolean(), nullable=False),
        sa.Column("scope", sa.Text(), nullable=True),
        sa.Column("shared", sa.Text(), nullable=False),
        sa.Column("sent_seq", sa.Integer(), nullable=False),
        sa.Column("acked_seq", sa.Integer(), nullable=False),
        sa.Column("received_seq", sa.Integer(), nullable=False),
        sa.Column("packages_out", sa.Integer(), nullable=False),
        sa.Column("last_package_in", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_peers"),
        sa.UniqueConstraint("name", name="uq_exchange_peers_name"),
        sa.UniqueConstraint("site_uuid", name="uq_exchange_peers_site_uuid"),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        _uuid("record_uuid"),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("ours", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("theirs_site", sa.String(length=120), nullable=False),
        sa.Column("theirs_by", sa.String(length=120), nullable=True),
        sa.Column("theirs_at", sa.DateTime(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name="pk_exchange_conflicts"),
    )
    op.create_index("ix_exchange_conflicts_table_name", "exchange_conflicts", ["table_name"])
    op.create_index("ix_exchange_conflicts_record_uuid", "exchange_conflicts", ["record_uuid"])
    op.create_table(
        "exchange_erasures",
        _uuid("person_uuid"),
        sa.Column("seq", sa.Integer(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("person_uuid", name="pk_exchange_erasures"),
    )
    op.create_index("ix_exchange_erasures_seq", "exchange_erasures", ["seq"])


def downgrade() -> None:
    for name in (
        "exchange_erasures",
        "exchange_conflicts",
        "exchange_peers",
        "exchange_tombstones",
        "exchange_clocks",
        "exchange_site",
    ):
        op.drop_table(name)
    for table in reversed(_TABLES):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        # SQLite (3.35 and newer) drops a column in place, keeping persons' search triggers.
        op.drop_column(table, "uuid")
