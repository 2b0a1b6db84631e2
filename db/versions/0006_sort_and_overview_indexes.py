"""Indexes for sorting volunteers by place or phone and for the overview's counts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE/DROP INDEX, not batch mode: rebuilding persons would drop the search
    # triggers. The two dropped indexes are the first columns of their replacements.
    op.create_index(op.f("ix_persons_place"), "persons", [_sorted("place")], unique=False)
    op.create_index(op.f("ix_persons_phone"), "persons", [_sorted("phone")], unique=False)
    op.drop_index(op.f("ix_hours_entries_worked_on"), table_name="hours_entries")
    op.create_index(
        "ix_hours_entries_by_day", "hours_entries", ["worked_on", "initiative_id", "minutes"]
    )
    op.drop_index(op.f("ix_engagements_initiative_id"), table_name="engagements")
    op.create_index(
        "ix_engagements_by_initiative",
        "engagements",
        ["initiative_id", "until", "since", "person_id"],
    )


def _sorted(column):
    # Lists put empty values first, as SQLite does; a server's index must be in that order
    # for a sorted first page to be read from it rather than from every row.
    if op.get_bind().dialect.name == "sqlite":
        return column
    return sa.text(f"{column} NULLS FIRST")


def downgrade() -> None:
    op.drop_index("ix_engagements_by_initiative", table_name="engagements")
    op.create_index(
        op.f("ix_engagements_initiative_id"), "engagements", ["initiative_id"], unique=False
    )
    op.drop_index("ix_hours_entries_by_day", table_name="hours_entries")
    op.create_index(
        op.f("ix_hours_entries_worked_on"), "hours_entries", ["worked_on"], unique=False
    )
    op.drop_index(op.f("ix_persons_phone"), table_name="persons")
    op.drop_index(op.f("ix_persons_place"), table_name="persons")
