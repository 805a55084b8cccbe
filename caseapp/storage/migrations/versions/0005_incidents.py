"""incidents

Revision ID: 0005
Revises: 0004

- ``incident``: a case's dated incident log. The date, the violence types (ViolenceType codes,
  comma-joined as on ``case_file``) and whether the police were told are plain; the description
  is a ciphertext.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("violence_types", sa.String(length=64), nullable=False),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.Column("description", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["case_file.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_incident_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_incident_case_id"))
    op.drop_table("incident")
