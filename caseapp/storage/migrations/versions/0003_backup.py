"""backup

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backup_settings",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "backup_record",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("made_at", sa.String(length=32), nullable=False),
        sa.Column("made_by", sa.String(length=32), nullable=True),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["made_by"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("backup_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_backup_record_made_on"), ["made_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("backup_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_backup_record_made_on"))
    op.drop_table("backup_record")
    op.drop_table("backup_settings")
