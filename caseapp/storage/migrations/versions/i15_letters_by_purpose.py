"""letters by purpose, kept to be opened again

Revision ID: i15
Revises: i17

- ``outgoing_letter.kind`` and ``letter_text.kind``: 32 characters, for the kinds named by
  purpose (``family_support_centre``). Rows keep their codes; the old ``police``, ``court``,
  ``medical`` and ``shelter`` read as the nearest new kind.
- ``outgoing_letter.pdf``: the issued letter itself (base64 of its bytes), a ciphertext under the
  case's key, so the register opens it again byte for byte. Letters issued before have none.
  The row MAC leaves it out (its AEAD binding and the sealed SHA-256 authenticate it), so a
  case's check never reads its letters.
- ``letter_text``: an organisation's own copy of an old kind's text becomes that of the nearest
  new kind, as the old names now stand for those.
"""

import sqlalchemy as sa
from alembic import op

revision = "i15"
down_revision = "i17"
branch_labels = None
depends_on = None

_RENAMED = {
    "police": "police_checks",
    "court": "court_requirements",
    "medical": "medical_certificate",
    "shelter": "shelter_referral",
}


def upgrade() -> None:
    # Nothing points at either table: batch mode (a copy of the table on SQLite) is safe here.
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.alter_column(
            "kind", existing_type=sa.String(16), type_=sa.String(32), existing_nullable=False
        )
        batch_op.add_column(sa.Column("pdf", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("letter_text", schema=None) as batch_op:
        batch_op.alter_column(
            "kind", existing_type=sa.String(16), type_=sa.String(32), existing_nullable=False
        )
    letter_text = sa.table("letter_text", sa.column("kind", sa.String))
    for old, new in _RENAMED.items():
        op.execute(letter_text.update().where(letter_text.c.kind == old).values(kind=new))


def downgrade() -> None:
    letter_text = sa.table("letter_text", sa.column("kind", sa.String))
    for old, new in _RENAMED.items():
        op.execute(letter_text.update().where(letter_text.c.kind == new).values(kind=old))
    with op.batch_alter_table("letter_text", schema=None) as batch_op:
        batch_op.alter_column("kind", existing_type=sa.String(32), type_=sa.String(16))
    with op.batch_alter_table("outgoing_letter", schema=None) as batch_op:
        batch_op.drop_column("pdf")
        batch_op.alter_column("kind", existing_type=sa.String(32), type_=sa.String(16))
