"""Baseline schema: the first release's tables, and the FTS5 index that finds persons.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "challenges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "perspective",
            sa.Enum(
                "inwoners",
                "gemeente",
                name="perspective",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenges")),
    )
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
    )
    op.create_table(
        "municipalities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("abbreviation", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipalities")),
        sa.UniqueConstraint("name", name=op.f("uq_municipalities_name")),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("tussenvoegsel", sa.String(length=20), nullable=True),
        sa.Column("last_name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("address", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=True),
        sa.Column("place", sa.String(length=80), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("skills", sa.Text(), nullable=True),
        sa.Column("availability", sa.String(length=300), nullable=True),
        sa.Column("vog_date", sa.Date(), nullable=True),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_purpose", sa.String(length=200), nullable=True),
        sa.Column(
            "consent_method",
            sa.Enum(
                "formulier",
                "e-mail",
                "mondeling",
                name="consentmethod",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "actief",
                "inactief",
                "gestopt",
                name="personstatus",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("left_reason", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
        sa.UniqueConstraint("email", name=op.f("uq_persons_email")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_status"), ["status"], unique=False)

    op.create_table(
        "practices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practices")),
    )
    op.create_table(
        "success_factors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_success_factors")),
        sa.UniqueConstraint("name", name=op.f("uq_success_factors_name")),
    )
    op.create_table(
        "target_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_target_groups_name")),
    )
    op.create_table(
        "themes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("name", name=op.f("uq_themes_name")),
    )
    op.create_table(
        "areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "kern",
                "dorp",
                "wijk",
                "stadsdeel",
                name="areakind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_areas_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_areas")),
        sa.UniqueConstraint("municipality_id", "name", name=op.f("uq_areas_municipality_id_name")),
    )
    with op.batch_alter_table("areas", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_areas_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "impressions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_impressions_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_impressions")),
    )
    with op.batch_alter_table("impressions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_impressions_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "scope",
            sa.Enum(
                "gemeente",
                "flevoland",
                "landelijk",
                name="partnerscope",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "gemeente",
                "provincie",
                "fonds",
                "kennisorganisatie",
                "netwerk",
                "welzijn",
                "advies",
                "overig",
                name="partnerkind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("offers", sa.Text(), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_partners_municipality_id_municipalities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
        sa.UniqueConstraint("name", name=op.f("uq_partners_name")),
    )
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partners_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_partners_scope"), ["scope"], unique=False)

    op.create_table(
        "practice_municipalities",
        sa.Column("practice_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_practice_municipalities_municipality_id_municipalities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["practices.id"],
            name=op.f("fk_practice_municipalities_practice_id_practices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "practice_id", "municipality_id", name=op.f("pk_practice_municipalities")
        ),
    )
    op.create_table(
        "initiatives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "idee",
                "opstart",
                "actief",
                "gepauzeerd",
                "gestopt",
                name="initiativestatus",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("location_temporary", sa.Boolean(), nullable=False),
        sa.Column("location_until", sa.Date(), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("contact_email", sa.String(length=254), nullable=True),
        sa.Column("contact_phone", sa.String(length=40), nullable=True),
        sa.Column("schedule", sa.String(length=200), nullable=True),
        sa.Column("how_to_join", sa.Text(), nullable=True),
        sa.Column("open_roles", sa.Text(), nullable=True),
        sa.Column("story", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["areas.id"],
            name=op.f("fk_initiatives_area_id_areas"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_initiatives_municipality_id_municipalities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_initiatives")),
        sa.UniqueConstraint("name", name=op.f("uq_initiatives_name")),
    )
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_initiatives_area_id"), ["area_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_initiatives_municipality_id"), ["municipality_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_initiatives_status"), ["status"], unique=False)

    op.create_table(
        "partner_audiences",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column(
            "audience",
            sa.Enum(
                "inwoners",
                "initiatieven",
                "gemeenten",
                "professionals",
                name="audience",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_audiences_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partner_id", "audience", name=op.f("pk_partner_audiences")),
    )
    op.create_table(
        "partner_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_contacts_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_contacts")),
    )
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_contacts_partner_id"), ["partner_id"], unique=False
        )

    op.create_table(
        "engagements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "kartrekker",
                "vrijwilliger",
                "coordinator",
                "bestuur",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "until IS NULL OR until >= since", name=op.f("ck_engagements_until_after_since")
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_engagements_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_engagements_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_engagements")),
    )
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_engagements_initiative_id"), ["initiative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_engagements_person_id"), ["person_id"], unique=False)

    op.create_table(
        "funding_applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=160), nullable=True),
        sa.Column(
            "domain",
            sa.Enum(
                "sociaal",
                "fysiek",
                "beide",
                name="fundingdomain",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("amount_requested", sa.Integer(), nullable=False),
        sa.Column("amount_granted", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "in_voorbereiding",
                "ingediend",
                "toegekend",
                "deels_toegekend",
                "afgewezen",
                "ingetrokken",
                "verantwoording_ingediend",
                "afgerond",
                name="fundingstatus",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("accountability_due", sa.Date(), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("report_costs", sa.Integer(), nullable=True),
        sa.Column("report_people_reached", sa.Integer(), nullable=True),
        sa.Column("report_activities", sa.Integer(), nullable=True),
        sa.Column("report_volunteers", sa.Integer(), nullable=True),
        sa.Column("report_story", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["partners.id"],
            name=op.f("fk_funding_applications_funder_id_partners"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_funding_applications_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_applications")),
    )
    with op.batch_alter_table("funding_applications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_applications_accountability_due"),
            ["accountability_due"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_deadline"), ["deadline"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_funder_id"), ["funder_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_initiative_id"), ["initiative_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_applications_status"), ["status"], unique=False
        )

    op.create_table(
        "hours_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("worked_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes > 0 AND minutes <= 1440", name=op.f("ck_hours_entries_minutes_in_a_day")
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_hours_entries_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_hours_entries_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hours_entries")),
    )
    with op.batch_alter_table("hours_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_hours_entries_initiative_id"), ["initiative_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_hours_entries_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hours_entries_worked_on"), ["worked_on"], unique=False)

    op.create_table(
        "initiative_challenges",
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["challenge_id"],
            ["challenges.id"],
            name=op.f("fk_initiative_challenges_challenge_id_challenges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_challenges_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "initiative_id", "challenge_id", name=op.f("pk_initiative_challenges")
        ),
    )
    with op.batch_alter_table("initiative_challenges", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_challenges_challenge_id"), ["challenge_id"], unique=False
        )

    op.create_table(
        "initiative_success_factors",
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("success_factor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_success_factors_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["success_factor_id"],
            ["success_factors.id"],
            name=op.f("fk_initiative_success_factors_success_factor_id_success_factors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "initiative_id", "success_factor_id", name=op.f("pk_initiative_success_factors")
        ),
    )
    with op.batch_alter_table("initiative_success_factors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_success_factors_success_factor_id"),
            ["success_factor_id"],
            unique=False,
        )

    op.create_table(
        "initiative_target_groups",
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("target_group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_target_groups_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_group_id"],
            ["target_groups.id"],
            name=op.f("fk_initiative_target_groups_target_group_id_target_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "initiative_id", "target_group_id", name=op.f("pk_initiative_target_groups")
        ),
    )
    with op.batch_alter_table("initiative_target_groups", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_target_groups_target_group_id"),
            ["target_group_id"],
            unique=False,
        )

    op.create_table(
        "initiative_themes",
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_initiative_themes_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_initiative_themes_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("initiative_id", "theme_id", name=op.f("pk_initiative_themes")),
    )
    with op.batch_alter_table("initiative_themes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_initiative_themes_theme_id"), ["theme_id"], unique=False
        )

    op.create_table(
        "partner_initiatives",
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("initiative_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["initiative_id"],
            ["initiatives.id"],
            name=op.f("fk_partner_initiatives_initiative_id_initiatives"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_initiatives_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partner_id", "initiative_id", name=op.f("pk_partner_initiatives")),
    )
    with op.batch_alter_table("partner_initiatives", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_initiatives_initiative_id"), ["initiative_id"], unique=False
        )
    if op.get_bind().dialect.name == "sqlite":
        _create_person_search()
    else:
        _create_server_search()


# Search across names, e-mail, phone, place and postcode: the program writes a folded copy of
# them to persons.search_text ("Yılmaz" as "yilmaz"), the index reads it without keeping a
# copy of its own (content=persons), and triggers keep the index in step.
_PERSON_SEARCH_COLUMNS = "search_text"


def _create_person_search() -> None:
    cols = _PERSON_SEARCH_COLUMNS
    new_cols = ", ".join(f"new.{c.strip()}" for c in cols.split(","))
    old_cols = ", ".join(f"old.{c.strip()}" for c in cols.split(","))
    op.execute(
        f"CREATE VIRTUAL TABLE person_search USING fts5({cols}, content='persons', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    op.execute(
        f"CREATE TRIGGER person_search_ai AFTER INSERT ON persons BEGIN "
        f"INSERT INTO person_search(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )
    op.execute(
        f"CREATE TRIGGER person_search_ad AFTER DELETE ON persons BEGIN "
        f"INSERT INTO person_search(person_search, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old_cols}); END"
    )
    op.execute(
        f"CREATE TRIGGER person_search_au AFTER UPDATE ON persons BEGIN "
        f"INSERT INTO person_search(person_search, rowid, {cols}) "
        f"VALUES ('delete', old.id, {old_cols}); "
        f"INSERT INTO person_search(rowid, {cols}) VALUES (new.id, {new_cols}); END"
    )


# On PostgreSQL (a server shared by a team) the same search is a GIN index over the same
# folded column, split into words exactly where FTS5's unicode61 tokenizer splits them: at
# every character that is not a letter or digit.
_SERVER_SEARCH_VECTOR = (
    "to_tsvector('simple'::regconfig, "
    "regexp_replace(coalesce(search_text, ''), '[^[:alnum:]]+', ' ', 'g'))"
)
# The program's SQL function ``fold`` (registered from Python on every SQLite connection)
# is made on the server as an immutable SQL function doing what flevodesk.domain.text.fold
# does: the letters NFKD cannot take apart first, then NFKD, then without combining marks,
# lower-case. The marks are those Python's unicodedata gives a combining class.
_UNDECOMPOSABLE = (("ıłŁøØđĐ", "ilLoOdD"), ("ß", "ss"), ("æ", "ae"), ("Æ", "AE"))
_UNDECOMPOSABLE += (("œ", "oe"), ("Œ", "OE"), ("ẞ", "SS"))


def _combining_marks() -> str:
    import unicodedata

    ranges: list[list[int]] = []
    for code in range(0x110000):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])

    def escaped(code):
        return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"

    return "".join(escaped(a) if a == b else f"{escaped(a)}-{escaped(b)}" for a, b in ranges)


def _create_server_search() -> None:
    (letters, plain), *pairs = _UNDECOMPOSABLE
    value = f"translate(value, '{letters}', '{plain}')"
    for letter, spelled in pairs:
        value = f"replace({value}, '{letter}', '{spelled}')"
    # Casefolding takes the Greek final sigma (also NFKD's of the lunate one) to sigma.
    value = f"translate(normalize({value}, NFKD), 'ς', 'σ')"
    value = f"regexp_replace({value}, '[{_combining_marks()}]', '', 'g')"
    op.execute(
        "CREATE OR REPLACE FUNCTION fold(value text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(lower({value}), '') $$"
    )
    op.execute(f"CREATE INDEX ix_persons_search ON persons USING gin ({_SERVER_SEARCH_VECTOR})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("person_search_ai", "person_search_ad", "person_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS person_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_persons_search")
        op.execute("DROP FUNCTION IF EXISTS fold(text)")
    with op.batch_alter_table("partner_initiatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_initiatives_initiative_id"))

    op.drop_table("partner_initiatives")
    with op.batch_alter_table("initiative_themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_themes_theme_id"))

    op.drop_table("initiative_themes")
    with op.batch_alter_table("initiative_target_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_target_groups_target_group_id"))

    op.drop_table("initiative_target_groups")
    with op.batch_alter_table("initiative_success_factors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_success_factors_success_factor_id"))

    op.drop_table("initiative_success_factors")
    with op.batch_alter_table("initiative_challenges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiative_challenges_challenge_id"))

    op.drop_table("initiative_challenges")
    with op.batch_alter_table("hours_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hours_entries_worked_on"))
        batch_op.drop_index(batch_op.f("ix_hours_entries_person_id"))
        batch_op.drop_index(batch_op.f("ix_hours_entries_initiative_id"))

    op.drop_table("hours_entries")
    with op.batch_alter_table("funding_applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_applications_status"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_initiative_id"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_funder_id"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_deadline"))
        batch_op.drop_index(batch_op.f("ix_funding_applications_accountability_due"))

    op.drop_table("funding_applications")
    with op.batch_alter_table("engagements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_engagements_person_id"))
        batch_op.drop_index(batch_op.f("ix_engagements_initiative_id"))

    op.drop_table("engagements")
    with op.batch_alter_table("partner_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_contacts_partner_id"))

    op.drop_table("partner_contacts")
    op.drop_table("partner_audiences")
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_initiatives_status"))
        batch_op.drop_index(batch_op.f("ix_initiatives_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_initiatives_area_id"))

    op.drop_table("initiatives")
    op.drop_table("practice_municipalities")
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partners_scope"))
        batch_op.drop_index(batch_op.f("ix_partners_municipality_id"))

    op.drop_table("partners")
    with op.batch_alter_table("impressions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_impressions_municipality_id"))

    op.drop_table("impressions")
    with op.batch_alter_table("areas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_areas_municipality_id"))

    op.drop_table("areas")
    op.drop_table("themes")
    op.drop_table("target_groups")
    op.drop_table("success_factors")
    op.drop_table("practices")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_status"))

    op.drop_table("persons")
    op.drop_table("municipalities")
    op.drop_table("links")
    op.drop_table("challenges")
