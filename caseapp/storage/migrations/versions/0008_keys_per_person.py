"""keys per person, compartments, signed authority, sealed case rows

Revision ID: 0008
Revises: 0007

Schema only. A database of the first design keeps ``organisation.crypto_version`` 1 and its one
data key until an administrator unlocks it with this version: the program then re-encrypts it
under the new keys in one transaction (``services.upgrade``), all or nothing.

- ``staff_key``: each person's key pairs (public halves in clear, private halves sealed under her
  password); ``compartment_key``, ``key_grant``, ``case_grant``: compartment keys' generations
  and who holds them; ``authority_record``: the signed chain of roles, offices, keys, visibility.
- ``organisation``: ``crypto_version`` and the root's public keys and sealed private keys.
- ``case_file``: the case's own key (wrapped or sealed), its manifest and MAC; a MAC on every
  row of a case; ``client.case_id`` and ``police_check.case_id`` name the case of their row.
- ``shelter_place``: room and destination, in the shelter's compartment.
- ``audit_entry``: signer, signature, the case's seal and the authority chain's length.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ID = sa.String(length=32)
MAC_TABLES = (
    "client",
    "case_file",
    "perpetrator",
    "protection_order",
    "police_check",
    "special_requirement",
    "shelter_stay",
    "consent",
    "incident",
    "note",
    "outgoing_letter",
)


def upgrade() -> None:
    op.create_table(
        "staff_key",
        sa.Column("staff_id", ID, sa.ForeignKey("staff.id"), primary_key=True),
        sa.Column("box_pub", sa.LargeBinary(), nullable=False),
        sa.Column("sign_pub", sa.LargeBinary(), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("kdf_iterations", sa.Integer(), nullable=False),
        sa.Column("kdf_memory_kib", sa.Integer(), nullable=False),
        sa.Column("kdf_lanes", sa.Integer(), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "compartment_key",
        sa.Column("compartment", sa.String(length=48), primary_key=True),
        sa.Column("gen", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("box_pub", sa.LargeBinary(), nullable=False),
        sa.Column("prev_sealed", sa.LargeBinary(), nullable=True),
    )
    op.create_table(
        "key_grant",
        sa.Column("holder", ID, primary_key=True),
        sa.Column("compartment", sa.String(length=48), primary_key=True),
        sa.Column("gen", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "case_grant",
        sa.Column("holder", ID, primary_key=True),
        sa.Column("case_id", ID, primary_key=True),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
    )
    op.create_index("ix_case_grant_case_id", "case_grant", ["case_id"])
    op.create_table(
        "authority_record",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("signer", ID, nullable=False),
        sa.Column("prev", sa.LargeBinary(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "shelter_place",
        sa.Column("id", ID, primary_key=True),
        sa.Column("stay_id", ID, sa.ForeignKey("shelter_stay.id"), nullable=False, unique=True),
        sa.Column("room", sa.LargeBinary(), nullable=True),
        sa.Column("destination", sa.LargeBinary(), nullable=True),
        sa.Column("key_gen", sa.Integer(), nullable=True),
        sa.Column("mac", sa.LargeBinary(), nullable=True),
    )
    # Plain ALTER TABLE ADD COLUMN (no batch rebuild): other tables point at these ones, and none
    # of the new columns carries a constraint.
    op.add_column(
        "organisation",
        sa.Column("crypto_version", sa.Integer(), nullable=False, server_default="1"),
    )
    for name in ("root_sign_pub", "root_box_pub", "root_sealed"):
        op.add_column("organisation", sa.Column(name, sa.LargeBinary(), nullable=True))
    for table in MAC_TABLES:
        op.add_column(table, sa.Column("mac", sa.LargeBinary(), nullable=True))
    for name in ("key_wrap", "key_box", "manifest"):
        op.add_column("case_file", sa.Column(name, sa.LargeBinary(), nullable=True))
    op.add_column("case_file", sa.Column("key_gen", sa.Integer(), nullable=True))
    op.add_column("client", sa.Column("case_id", ID, nullable=True))
    op.add_column(
        "client",
        sa.Column("index_pending", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_client_case_id", "client", ["case_id"])
    op.create_index("ix_client_index_pending", "client", ["index_pending"])
    op.add_column("police_check", sa.Column("case_id", ID, nullable=True))
    op.create_index("ix_police_check_case_id", "police_check", ["case_id"])
    op.add_column("audit_entry", sa.Column("signer", ID, nullable=True))
    op.add_column("audit_entry", sa.Column("signature", sa.LargeBinary(), nullable=True))
    op.add_column("audit_entry", sa.Column("case_seal", sa.LargeBinary(), nullable=True))
    op.add_column("audit_entry", sa.Column("authority_seq", sa.Integer(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("the keys per person cannot be taken back into one data key")
