"""the index of deleted cases holds the deleted ones only

Revision ID: i15d
Revises: i15

``ix_case_file_deleted_on`` indexed every case's ``deleted_on``, nearly all NULL. SQLite then
took it for ``deleted_on IS NULL`` — every list, search and report — and sorted all cases before
showing the newest 100 (the case list's first screen went from 6 ms to over 200 ms at 100,000
cases). A partial index of the deleted cases serves what needs it (the few cases left out of
reminders) and is never chosen for the live ones.
"""

import sqlalchemy as sa
from alembic import op

revision = "i15d"
down_revision = "i15"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_case_file_deleted_on", table_name="case_file")
    deleted = sa.text("deleted_on IS NOT NULL")
    op.create_index(
        "ix_case_deleted",
        "case_file",
        ["deleted_on"],
        sqlite_where=deleted,
        postgresql_where=deleted,
    )


def downgrade() -> None:
    op.drop_index("ix_case_deleted", table_name="case_file")
    op.create_index("ix_case_file_deleted_on", "case_file", ["deleted_on"])
