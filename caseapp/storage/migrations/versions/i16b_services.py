"""services and consultations given

Revision ID: i16b_services
Revises: i15b_address_book

- ``service_given``: a service or consultation given to a survivor, a row of her case (sealed by
  the case's row MAC like every other): its day, kind, the staff member who gave it and its
  duration in minutes in clear for the reports; its note under the case's key; struck out like
  any record.
- ``ix_service_stats``: a period's services by kind, and the cases served, from the index alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "i16b_services"
down_revision = "i15b_address_book"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_given",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("given_by", sa.String(32), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("note", sa.LargeBinary(), nullable=True),
        sa.Column("mac", sa.LargeBinary(), nullable=True),
        sa.Column("struck_out_on", sa.Date(), nullable=True),
        sa.Column("struck_out_by", sa.String(32), nullable=True),
        sa.Column("struck_out_reason", sa.LargeBinary(), nullable=True),
    )
    op.create_index("ix_service_given_case_id", "service_given", ["case_id"])
    op.create_index(
        "ix_service_stats", "service_given", ["given_on", "kind", "struck_out_on", "case_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_service_stats", table_name="service_given")
    op.drop_index("ix_service_given_case_id", table_name="service_given")
    op.drop_table("service_given")
