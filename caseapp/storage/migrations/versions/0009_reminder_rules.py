"""reminder rules: a stay's approved extension, checks by outcome, phone-suffix search tokens

Revision ID: 0009
Revises: 0008

- ``shelter_stay.extended_to`` (a date, clear: the reminders read it) and
  ``shelter_stay.extension_reason`` (sealed under the case's key). Rows sealed before them keep
  their MACs: the two count in a row's MAC only when set (``storage.rowseal``).
- ``ix_check_order_date`` also carries the outcome, so the latest check that counts (complied or
  violated; "not reached" does not move the due date) is read from the index alone; and
  ``ix_check_outcome_date`` finds the checks that found a violation in the last week.
- ``ix_requirement_ends``: court requirements ending within a week.
- ``client.index_version``: search now also finds a client by the last four or more digits of
  her phone, through tokens under the office's search key, which no migration can write (it
  holds no key). Existing clients read 0 (their tokens lack those digits) until a holder of the
  office's key writes them again (the check after her unlock does, ``services.pending``);
  meanwhile a search by a phone's last digits matches them in memory, so nothing is missed.
  Like ``index_pending``, it is outside the row's MAC.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("shelter_stay", sa.Column("extended_to", sa.Date(), nullable=True))
    op.add_column("shelter_stay", sa.Column("extension_reason", sa.LargeBinary(), nullable=True))
    op.drop_index("ix_check_order_date", table_name="police_check")
    op.create_index("ix_check_order_date", "police_check", ["order_id", "checked_on", "outcome"])
    op.create_index("ix_check_outcome_date", "police_check", ["outcome", "checked_on", "order_id"])
    op.create_index("ix_requirement_ends", "special_requirement", ["ends_on", "starts_on"])
    op.add_column(
        "client", sa.Column("index_version", sa.Integer(), server_default="0", nullable=False)
    )
    op.create_index("ix_client_index_version", "client", ["index_version"])


def downgrade() -> None:
    op.drop_index("ix_client_index_version", table_name="client")
    op.drop_column("client", "index_version")
    op.drop_index("ix_requirement_ends", table_name="special_requirement")
    op.drop_index("ix_check_outcome_date", table_name="police_check")
    op.drop_index("ix_check_order_date", table_name="police_check")
    op.create_index("ix_check_order_date", "police_check", ["order_id", "checked_on"])
    op.drop_column("shelter_stay", "extension_reason")
    op.drop_column("shelter_stay", "extended_to")
