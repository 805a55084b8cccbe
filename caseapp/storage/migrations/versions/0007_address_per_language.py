"""the organisation's address per letter language

Revision ID: 0007
Revises: 0006

- ``organisation.address_kk`` and ``organisation.address_en``: the office address for Kazakh and
  English letters, ciphertexts like ``address``, which stays the Russian one and the one letters
  in a language without its own print. Both empty (NULL) until an administrator records them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address_kk", sa.LargeBinary(), nullable=True))
        batch_op.add_column(sa.Column("address_en", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_column("address_en")
        batch_op.drop_column("address_kk")
