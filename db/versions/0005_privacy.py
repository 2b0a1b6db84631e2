"""Privacy (AVG): consents per purpose, the VOG register, role and program settings, a
change log, retention decisions; the one-date consent and VOG columns move into them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from datetime import UTC, date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copies of the program's values as of this revision (migrations must not follow
# later changes to flevodesk's code).
_CONSENT_METHODS = ("formulier", "e-mail", "mondeling")
_PURPOSES = ("contact", "foto_publicatie", "delen_met_partners")
_OUTCOMES = ("aangevraagd", "afgegeven", "geweigerd")
_ROLES = ("kartrekker", "vrijwilliger", "coordinator", "bestuur")
_VOG_YEARS = 3


def _enum(name, values):
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=40)


def _stamps():
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _person_fk(table):
    return sa.ForeignKeyConstraint(
        ["person_id"], ["persons.id"], name=f"fk_{table}_person_id_persons", ondelete="CASCADE"
    )


def _add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("purpose", _enum("consentpurpose", _PURPOSES), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("method", _enum("consentmethod", _CONSENT_METHODS), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on",
            name="ck_consents_withdrawn_after_given",
        ),
        _person_fk("consents"),
        sa.PrimaryKeyConstraint("id", name="pk_consents"),
    )
    op.create_index("ix_consents_person_id", "consents", ["person_id"])
    op.create_table(
        "vog_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("screening_profile", sa.String(length=200), nullable=True),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("seen_on", sa.Date(), nullable=True),
        sa.Column("seen_by", sa.String(length=120), nullable=True),
        sa.Column("outcome", _enum("vogoutcome", _OUTCOMES), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint(
            "valid_until IS NULL OR seen_on IS NULL OR valid_until > seen_on",
            name="ck_vog_records_valid_after_seen",
        ),
        _person_fk("vog_records"),
        sa.PrimaryKeyConstraint("id", name="pk_vog_records"),
    )
    op.create_index("ix_vog_records_person_id", "vog_records", ["person_id"])
    op.create_index("ix_vog_records_valid_until", "vog_records", ["valid_until"])
    op.create_table(
        "role_settings",
        sa.Column("role", _enum("role", _ROLES), nullable=False),
        sa.Column("requires_vog", sa.Boolean(), nullable=False),
        sa.Column("vog_valid_years", sa.Integer(), nullable=False),
        *_stamps(),
        sa.CheckConstraint("vog_valid_years >= 1", name="ck_role_settings_vog_years_positive"),
        sa.PrimaryKeyConstraint("role", name="pk_role_settings"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        *_stamps(),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )
    op.create_table(
        "person_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=120), nullable=False),
        sa.Column("field", sa.String(length=80), nullable=False),
        *_stamps(),
        _person_fk("person_changes"),
        sa.PrimaryKeyConstraint("id", name="pk_person_changes"),
    )
    op.create_index("ix_person_changes_person_id", "person_changes", ["person_id"])

    _move_consents_and_vogs()

    # Dropping columns rebuilds persons on SQLite (one of them is in a CHECK constraint),
    # which takes the search index's triggers along; they are made again below, exactly as
    # in 0001. PostgreSQL alters the table in place and its search index stays.
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("persons", recreate="always" if sqlite else "auto") as batch_op:
        batch_op.drop_constraint(op.f("ck_persons_consentmethod"), type_="check")
        batch_op.drop_column("vog_date")
        batch_op.drop_column("consent_date")
        batch_op.drop_column("consent_purpose")
        batch_op.drop_column("consent_method")
        batch_op.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("keep_reason", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_persons_anonymised_on", ["anonymised_on"])
    if sqlite:
        _create_search_triggers()
        op.execute("INSERT INTO person_search(person_search) VALUES('rebuild')")


def _move_consents_and_vogs() -> None:
    conn = op.get_bind()
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = conn.execute(
        sa.text(
            "SELECT id, vog_date, consent_date, consent_purpose, consent_method FROM persons "
            "WHERE vog_date IS NOT NULL OR consent_date IS NOT NULL"
        )
    ).all()
    consents, vogs = [], []
    for person_id, vog_date, consent_date, purpose, method in rows:
        if consent_date is not None:
            # The old free text said what the consent was for; keep it as the note.
            consents.append(
                {
                    "p": person_id,
                    "given": consent_date,
                    "method": method,
                    "notes": purpose,
                    "now": now,
                }
            )
        if vog_date is not None:
            seen = date.fromisoformat(vog_date) if isinstance(vog_date, str) else vog_date
            vogs.append(
                {"p": person_id, "seen": seen, "until": _add_years(seen, _VOG_YEARS), "now": now}
            )
    if consents:
        conn.execute(
            sa.text(
                "INSERT INTO consents (person_id, purpose, given_on, method, notes, version, "
                "created_at, updated_at) "
                "VALUES (:p, 'contact', :given, :method, :notes, 1, :now, :now)"
            ),
            consents,
        )
    if vogs:
        conn.execute(
            sa.text(
                "INSERT INTO vog_records (person_id, seen_on, outcome, valid_until, version, "
                "created_at, updated_at) VALUES (:p, :seen, 'afgegeven', :until, 1, :now, :now)"
            ),
            vogs,
        )


def _create_search_triggers() -> None:
    op.execute(
        "CREATE TRIGGER IF NOT EXISTS person_search_ai AFTER INSERT ON persons BEGIN "
        "INSERT INTO person_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER IF NOT EXISTS person_search_ad AFTER DELETE ON persons BEGIN "
        "INSERT INTO person_search(person_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER IF NOT EXISTS person_search_au AFTER UPDATE ON persons BEGIN "
        "INSERT INTO person_search(person_search, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO person_search(rowid, search_text) VALUES (new.id, new.search_text); END"
    )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("persons", recreate="always" if sqlite else "auto") as batch_op:
        batch_op.drop_index("ix_persons_anonymised_on")
        batch_op.drop_column("anonymised_on")
        batch_op.drop_column("keep_reason")
        batch_op.drop_column("review_on")
        batch_op.add_column(sa.Column("vog_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("consent_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("consent_purpose", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("consent_method", _enum("consentmethod", _CONSENT_METHODS), nullable=True)
        )
    if sqlite:
        _create_search_triggers()
    # One date per person is all the old schema can hold: the latest of each.
    op.execute(
        "UPDATE persons SET vog_date = (SELECT max(seen_on) FROM vog_records v "
        "WHERE v.person_id = persons.id AND v.outcome = 'afgegeven')"
    )
    op.execute(
        "UPDATE persons SET (consent_date, consent_method, consent_purpose) = "
        "(SELECT given_on, method, coalesce(notes, 'contact') FROM consents c "
        "WHERE c.person_id = persons.id AND c.purpose = 'contact' AND c.withdrawn_on IS NULL "
        "ORDER BY given_on DESC LIMIT 1)"
    )
    if sqlite:
        op.execute("INSERT INTO person_search(person_search) VALUES('rebuild')")
    for table in ("person_changes", "settings", "role_settings", "vog_records", "consents"):
        op.drop_table(table)
