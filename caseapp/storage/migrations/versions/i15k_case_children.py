"""her children on the case, stay or no stay

Revision ID: i15k_case_children
Revises: i16p_perf

- ``case_file.children``: a ciphertext under the case's key holding each of her children's name or
  alias and birth year (JSON, as ``shelter_stay.children_named``), so a case with no shelter stay
  records them too. Cases sealed before this revision have none; their row MACs count the column
  only when set.
"""

import sqlalchemy as sa
from alembic import op

revision = "i15k_case_children"
down_revision = "i16p_perf"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("case_file", sa.Column("children", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    op.drop_column("case_file", "children")
