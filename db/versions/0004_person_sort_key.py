"""An indexed sort key for persons, so sorted volunteer lists need no per-row function.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# A frozen copy of flevodesk.domain.text as of this revision: migrations must not change
# meaning when the program's code does.
_UNDECOMPOSABLE = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
    }
)


def _fold(text):
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def upgrade() -> None:
    # Plain ADD COLUMN, not batch mode: rebuilding persons would drop the search triggers.
    op.add_column("persons", sa.Column("sort_key", sa.String(length=300), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, last_name, first_name, tussenvoegsel FROM persons"))
    updates = [
        {
            "id": r.id,
            "key": f"{_fold(r.last_name)}\x1f{_fold(r.first_name)}\x1f{_fold(r.tussenvoegsel)}",
        }
        for r in rows
    ]
    if updates:
        conn.execute(sa.text("UPDATE persons SET sort_key = :key WHERE id = :id"), updates)
    op.create_index(op.f("ix_persons_sort_key"), "persons", [_sorted("sort_key")], unique=False)


def _sorted(column):
    # Lists put empty values first, as SQLite does; a server's index must be in that order
    # for a sorted first page to be read from it rather than from every row.
    if op.get_bind().dialect.name == "sqlite":
        return column
    return sa.text(f"{column} NULLS FIRST")


def downgrade() -> None:
    op.drop_index(op.f("ix_persons_sort_key"), table_name="persons")
    with op.batch_alter_table("persons") as batch_op:
        batch_op.drop_column("sort_key")
