"""the children with her as people

Revision ID: 0012
Revises: 0011

- ``shelter_stay``: ``children_named``, a ciphertext under the case's key holding each child's
  name or alias and birth year (JSON). ``children`` stays their number. Stays sealed before this
  revision have none; their row MACs count the column only when set.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("shelter_stay", sa.Column("children_named", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("shelter_stay", "children_named")
