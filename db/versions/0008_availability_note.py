"""A remark beside the availability grid: what dagdelen cannot say ("om de week").

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN, not batch mode: rebuilding persons would drop the search triggers.
    op.add_column("persons", sa.Column("availability_note", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("availability_note")
