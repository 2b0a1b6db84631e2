"""Funding schemes with cost rules; budgets, actual costs and obligations per application.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "funding_schemes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("funder_id", sa.Integer(), nullable=False),
        sa.Column("municipality_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("min_amount", sa.Integer(), nullable=True),
        sa.Column("max_amount", sa.Integer(), nullable=True),
        sa.Column(
            "payment",
            sa.Enum(
                "voorschot",
                "achteraf",
                name="paymentmode",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("advance_percentage", sa.Integer(), nullable=True),
        sa.Column("max_budget_share_percentage", sa.Integer(), nullable=True),
        sa.Column("apply_days_before", sa.Integer(), nullable=True),
        sa.Column("accountability_months_after", sa.Integer(), nullable=True),
        sa.Column("window_from", sa.String(length=5), nullable=True),
        sa.Column("window_until", sa.String(length=5), nullable=True),
        sa.Column("obligations", sa.String(length=300), nullable=True),
        sa.Column("real_costs_only", sa.Boolean(), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["funder_id"],
            ["partners.id"],
            name=op.f("fk_funding_schemes_funder_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["municipality_id"],
            ["municipalities.id"],
            name=op.f("fk_funding_schemes_municipality_id_municipalities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_schemes")),
        sa.UniqueConstraint("funder_id", "name", name=op.f("uq_funding_schemes_funder_id_name")),
    )
    with op.batch_alter_table("funding_schemes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_schemes_funder_id"), ["funder_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_funding_schemes_municipality_id"), ["municipality_id"], unique=False
        )

    op.create_table(
        "scheme_cost_rules",
        sa.Column("scheme_id", sa.Integer(), nullable=False),
        sa.Column(
            "cost_type",
            sa.Enum(
                "materiaal",
                "eten_en_drinken",
                "alcohol",
                "huur",
                "personeel",
                "reiskosten",
                "cadeaus",
                "promotie",
                "vrijwilligersvergoeding",
                "overig",
                name="costtype",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("max_amount", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["scheme_id"],
            ["funding_schemes.id"],
            name=op.f("fk_scheme_cost_rules_scheme_id_funding_schemes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("scheme_id", "cost_type", name=op.f("pk_scheme_cost_rules")),
    )
    op.create_table(
        "budget_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column(
            "cost_type",
            sa.Enum(
                "materiaal",
                "eten_en_drinken",
                "alcohol",
                "huur",
                "personeel",
                "reiskosten",
                "cadeaus",
                "promotie",
                "vrijwilligersvergoeding",
                "overig",
                name="costtype",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_budget_lines_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_lines")),
    )
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_lines_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "obligations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "activiteitenverslag",
                "fotoverslag",
                "bonnen",
                "financieel_verslag",
                "tussenrapportage",
                "inhoudelijk_eindverslag",
                name="obligationkind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_obligations_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_obligations")),
    )
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_obligations_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_obligations_due_date"), ["due_date"], unique=False)

    op.create_table(
        "actual_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("budget_line_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column(
            "cost_type",
            sa.Enum(
                "materiaal",
                "eten_en_drinken",
                "alcohol",
                "huur",
                "personeel",
                "reiskosten",
                "cadeaus",
                "promotie",
                "vrijwilligersvergoeding",
                "overig",
                name="costtype",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("receipt", sa.String(length=500), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["funding_applications.id"],
            name=op.f("fk_actual_costs_application_id_funding_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["budget_line_id"],
            ["budget_lines.id"],
            name=op.f("fk_actual_costs_budget_line_id_budget_lines"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actual_costs")),
    )
    with op.batch_alter_table("actual_costs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_actual_costs_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_actual_costs_budget_line_id"), ["budget_line_id"], unique=False
        )

    with op.batch_alter_table("funding_applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scheme_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("activity_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "rejection_category",
                sa.Enum(
                    "buiten_voorwaarden",
                    "budget_op",
                    "onvoldoende_onderbouwing",
                    "te_laat",
                    "niet_subsidiabele_kosten",
                    "dubbele_financiering",
                    "anders",
                    name="rejectioncategory",
                    native_enum=False,
                    create_constraint=True,
                    length=40,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("advance_received", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("final_payment", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("repayment", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_funding_applications_scheme_id"), ["scheme_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_funding_applications_scheme_id_funding_schemes"),
            "funding_schemes",
            ["scheme_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.add_column(sa.Column("budget_total", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("own_contribution", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("initiatives", schema=None) as batch_op:
        batch_op.drop_column("own_contribution")
        batch_op.drop_column("budget_total")

    with op.batch_alter_table("funding_applications", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_funding_applications_scheme_id_funding_schemes"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_funding_applications_scheme_id"))
        batch_op.drop_column("repayment")
        batch_op.drop_column("final_payment")
        batch_op.drop_column("advance_received")
        batch_op.drop_column("rejection_category")
        batch_op.drop_column("activity_date")
        batch_op.drop_column("scheme_id")

    with op.batch_alter_table("actual_costs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actual_costs_budget_line_id"))
        batch_op.drop_index(batch_op.f("ix_actual_costs_application_id"))

    op.drop_table("actual_costs")
    with op.batch_alter_table("obligations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_obligations_due_date"))
        batch_op.drop_index(batch_op.f("ix_obligations_application_id"))

    op.drop_table("obligations")
    with op.batch_alter_table("budget_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_lines_application_id"))

    op.drop_table("budget_lines")
    op.drop_table("scheme_cost_rules")
    with op.batch_alter_table("funding_schemes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_schemes_municipality_id"))
        batch_op.drop_index(batch_op.f("ix_funding_schemes_funder_id"))

    op.drop_table("funding_schemes")
