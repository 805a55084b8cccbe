"""a case's closing reason and outcome

Revision ID: 0011
Revises: 0010

- ``case_file``: ``closing_reason`` (a ClosingReason code) and ``closing_outcome`` (what came of
  the support), both ciphertexts under the case's key. Cases closed before this revision have
  neither; their row MACs count the columns only when set (storage.rowseal's ``_ADDED_LATER``).
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case_file", sa.Column("closing_reason", sa.LargeBinary(), nullable=True))
    op.add_column("case_file", sa.Column("closing_outcome", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # In place (SQLite 3.35 drops a column), not batch mode: other tables point at this one.
    op.drop_column("case_file", "closing_outcome")
    op.drop_column("case_file", "closing_reason")
