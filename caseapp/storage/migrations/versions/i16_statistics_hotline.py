"""statistics and the hotline log

Revision ID: i16
Revises: 0012

- ``case_file.stats_refused``: she refused to be counted in statistics (NULL counts her; a
  column added to a sealed table, counted in the row's MAC only when set).
- ``case_file.district``: her district (an id from the organisation's list), under the case's
  key, counted in the row's MAC only when set.
- ``organisation.report_threshold``: the smallest count reports show (NULL: 5).
- ``district``: the districts the organisation keeps (names under the organisation's key).
- ``hotline_call``: first contacts, codes and day in clear, the note under the organisation's key.
- Indexes for the reports: a period's cases of an office from ``ix_case_stats`` alone; orders,
  stays and calls by their dates.
"""

import sqlalchemy as sa
from alembic import op

revision = "i16"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case_file", sa.Column("stats_refused", sa.Boolean(), nullable=True))
    op.add_column("case_file", sa.Column("district", sa.LargeBinary(), nullable=True))
    op.add_column("organisation", sa.Column("report_threshold", sa.Integer(), nullable=True))
    op.create_table(
        "district",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("name", sa.LargeBinary(), nullable=True),
    )
    op.create_table(
        "hotline_call",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("office_id", sa.String(32), sa.ForeignKey("office.id"), nullable=False),
        sa.Column("called_on", sa.Date(), nullable=False),
        sa.Column("called_at", sa.String(5), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("caller", sa.String(16), nullable=False),
        sa.Column("violence_types", sa.String(64), nullable=False),
        sa.Column("district_id", sa.String(32), sa.ForeignKey("district.id"), nullable=True),
        sa.Column("given", sa.String(160), nullable=False),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("case_file.id"), nullable=True),
        sa.Column("recorded_by", sa.String(32), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("note", sa.LargeBinary(), nullable=True),
        sa.Column("struck_out_on", sa.Date(), nullable=True),
        sa.Column("struck_out_by", sa.String(32), nullable=True),
        sa.Column("struck_out_reason", sa.LargeBinary(), nullable=True),
    )
    op.create_index(
        "ix_case_stats",
        "case_file",
        ["opened_on", "office_id", "closed_on", "deleted_on", "stats_refused", "id"],
    )
    op.create_index("ix_case_closed", "case_file", ["closed_on"])
    op.create_index("ix_case_refused", "case_file", ["stats_refused"])
    op.create_index("ix_order_issued", "protection_order", ["issued_on", "case_id"])
    op.create_index("ix_stay_admitted", "shelter_stay", ["admitted_on", "left_on", "case_id"])
    op.create_index("ix_call_day", "hotline_call", ["called_on", "office_id", "struck_out_on"])


def downgrade() -> None:
    op.drop_index("ix_call_day", table_name="hotline_call")
    op.drop_index("ix_stay_admitted", table_name="shelter_stay")
    op.drop_index("ix_order_issued", table_name="protection_order")
    op.drop_index("ix_case_refused", table_name="case_file")
    op.drop_index("ix_case_closed", table_name="case_file")
    op.drop_index("ix_case_stats", table_name="case_file")
    op.drop_table("hotline_call")
    op.drop_table("district")
    op.drop_column("organisation", "report_threshold")
    op.drop_column("case_file", "district")
    op.drop_column("case_file", "stats_refused")
