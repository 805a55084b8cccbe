"""records struck out, and cases deleted, kept in the case's history

Revision ID: 0010
Revises: 0009

- ``protection_order``, ``police_check``, ``special_requirement``, ``shelter_stay``, ``consent``,
  ``incident`` and ``note``: ``struck_out_on`` (a date), ``struck_out_by`` (a staff id) and
  ``struck_out_reason`` (a ciphertext). A record struck out as a mistake stays in the case and
  its history; lists, reminders, letters and statistics leave it out. The row's MAC covers them.
- ``case_file``: ``deleted_on``, ``deleted_by`` and ``deleted_reason`` (a ciphertext), for a case
  an administrator deleted: it leaves every list, and its rows and history stay.
- ``ix_order_due`` and ``ix_check_order_date`` carry ``struck_out_on``, and ``ix_case_number``
  carries ``deleted_on``, so the day's reminders still read orders, their latest checks and their
  cases' numbers from these indexes alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ID = sa.String(length=32)
STRUCK_TABLES = (
    "protection_order",
    "police_check",
    "special_requirement",
    "shelter_stay",
    "consent",
    "incident",
    "note",
)
ORDER_DUE = ["expires_on", "issued_on", "revoked_on", "served_on", "case_id", "id", "number"]


def upgrade() -> None:
    for table in STRUCK_TABLES:
        op.add_column(table, sa.Column("struck_out_on", sa.Date(), nullable=True))
        op.add_column(table, sa.Column("struck_out_by", ID, nullable=True))
        op.add_column(table, sa.Column("struck_out_reason", sa.LargeBinary(), nullable=True))
    op.add_column("case_file", sa.Column("deleted_on", sa.Date(), nullable=True))
    op.add_column("case_file", sa.Column("deleted_by", ID, nullable=True))
    op.add_column("case_file", sa.Column("deleted_reason", sa.LargeBinary(), nullable=True))
    op.create_index("ix_case_file_deleted_on", "case_file", ["deleted_on"])
    op.drop_index("ix_case_number", table_name="case_file")
    op.create_index("ix_case_number", "case_file", ["id", "number", "deleted_on"], unique=True)
    op.drop_index("ix_order_due", table_name="protection_order")
    op.create_index(
        "ix_order_due",
        "protection_order",
        ["expires_on", "issued_on", "revoked_on", "served_on", "struck_out_on", *ORDER_DUE[4:]],
    )
    op.drop_index("ix_check_order_date", table_name="police_check")
    op.create_index(
        "ix_check_order_date",
        "police_check",
        ["order_id", "checked_on", "outcome", "struck_out_on"],
    )


def downgrade() -> None:
    op.drop_index("ix_check_order_date", table_name="police_check")
    op.create_index("ix_check_order_date", "police_check", ["order_id", "checked_on", "outcome"])
    op.drop_index("ix_order_due", table_name="protection_order")
    op.create_index("ix_order_due", "protection_order", ORDER_DUE)
    op.drop_index("ix_case_number", table_name="case_file")
    op.create_index("ix_case_number", "case_file", ["id", "number"], unique=True)
    op.drop_index("ix_case_file_deleted_on", table_name="case_file")
    # In place (SQLite 3.35 drops a column), not batch mode: other tables point at these.
    for column in ("deleted_reason", "deleted_by", "deleted_on"):
        op.drop_column("case_file", column)
    for table in STRUCK_TABLES:
        for column in ("struck_out_reason", "struck_out_by", "struck_out_on"):
            op.drop_column(table, column)
