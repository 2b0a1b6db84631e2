"""A stable identity per database: a random UUID in ``settings`` under ``database_id``.

Backups are filed by this identity rather than by file name, so two databases that share a
name never share (or swap) their backups.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Frozen copy of flevodesk.store.identity.IDENTITY_KEY as of this revision.
_KEY = "database_id"


def upgrade() -> None:
    conn = op.get_bind()
    present = conn.execute(sa.text("SELECT 1 FROM settings WHERE key = :k"), {"k": _KEY}).first()
    if present is not None:
        return
    now = datetime.now(UTC).replace(tzinfo=None)
    conn.execute(
        sa.text(
            "INSERT INTO settings (key, value, created_at, updated_at) VALUES (:k, :v, :now, :now)"
        ),
        {"k": _KEY, "v": str(uuid.uuid4()), "now": now},
    )


def downgrade() -> None:
    op.execute(sa.text(f"DELETE FROM settings WHERE key = '{_KEY}'"))
