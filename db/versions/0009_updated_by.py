"""Who saved a record last: ``updated_by`` beside ``updated_at`` in every table that has it.

A save refused because a colleague saved first names that colleague. Rows saved before
this revision keep an empty ``updated_by``: nobody knows who saved them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen list of the tables with ``updated_at`` as of this revision.
_TABLES = (
    "actual_costs",
    "areas",
    "budget_lines",
    "challenges",
    "consents",
    "engagements",
    "funding_applications",
    "funding_schemes",
    "hours_entries",
    "impressions",
    "initiatives",
    "links",
    "municipalities",
    "obligations",
    "partner_audiences",
    "partner_contacts",
    "partners",
    "person_changes",
    "person_merges",
    "persons",
    "practices",
    "role_settings",
    "scheme_cost_rules",
    "settings",
    "success_factors",
    "target_groups",
    "themes",
    "vog_records",
)


def upgrade() -> None:
    for table in _TABLES:
        # Batch mode on SQLite adds a nullable column with ALTER TABLE, without rebuilding
        # the table (a rebuild of persons would drop its search triggers).
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("updated_by", sa.String(length=120), nullable=True))


def downgrade() -> None:
    for table in reversed(_TABLES):
        # SQLite (3.35 and newer) drops a column in place, keeping persons' search triggers.
        op.drop_column(table, "updated_by")
