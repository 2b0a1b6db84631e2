"""Whom the overview's practices and links are for: ``practice_audiences`` and
``link_audiences``, as ``partner_audiences`` has been for partners since the baseline.

Links already keep their address (``links.url``). The seed's text marks its links without
an address ("[Buurtadvies](#)"), so there is no address to fill in; the user sets them in
"Overzichtsmateriaal…". Existing rows get no audiences: nobody has chosen any yet.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_AUDIENCE = sa.Enum(
    "inwoners",
    "initiatieven",
    "gemeenten",
    "professionals",
    name="audience",
    native_enum=False,
    create_constraint=True,
    length=40,
)

# (table, owner column, owner table)
_TABLES = (
    ("practice_audiences", "practice_id", "practices"),
    ("link_audiences", "link_id", "links"),
)


def upgrade() -> None:
    for table, owner, owners in _TABLES:
        op.create_table(
            table,
            sa.Column(owner, sa.Integer(), nullable=False),
            sa.Column("audience", _AUDIENCE, nullable=False),
            sa.Column("created_at", sa.DateTime(), nullable=False),
            sa.Column("updated_at", sa.DateTime(), nullable=False),
            sa.Column("updated_by", sa.String(length=120), nullable=True),
            sa.ForeignKeyConstraint(
                [owner],
                [f"{owners}.id"],
                name=op.f(f"fk_{table}_{owner}_{owners}"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint(owner, "audience", name=op.f(f"pk_{table}")),
        )


def downgrade() -> None:
    for table, _owner, _owners in reversed(_TABLES):
        op.drop_table(table)
