"""the address book of bodies and officials, per office

Revision ID: i15b_address_book
Revises: i15d

- ``address_book_entry``: a body or official an office writes letters to. The office and the kind
  of recipient in clear; per language (ru, kk, en) the position, the official's name, the body's
  name and address, and a phone and an e-mail, each a ciphertext under the organisation's key;
  ``key_gen`` and ``mac``: the row's MAC under that key's generation.
"""

import sqlalchemy as sa
from alembic import op

revision = "i15b_address_book"
down_revision = "i15d"
branch_labels = None
depends_on = None

_TEXTS = [
    f"{part}_{lang}"
    for part in ("position", "name", "body", "address")
    for lang in ("ru", "kk", "en")
]


def upgrade() -> None:
    op.create_table(
        "address_book_entry",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("office_id", sa.String(32), sa.ForeignKey("office.id"), nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.LargeBinary(), nullable=True) for name in _TEXTS),
        sa.Column("phone", sa.LargeBinary(), nullable=True),
        sa.Column("email", sa.LargeBinary(), nullable=True),
        sa.Column("key_gen", sa.Integer(), nullable=True),
        sa.Column("mac", sa.LargeBinary(), nullable=True),
    )
    op.create_index("ix_address_book_entry_office_id", "address_book_entry", ["office_id"])


def downgrade() -> None:
    op.drop_index("ix_address_book_entry_office_id", table_name="address_book_entry")
    op.drop_table("address_book_entry")
