"""offices, and who sees which cases

Revision ID: 0004
Revises: 0003

- ``office`` (a branch; its name is a ciphertext) and ``staff_office`` (who works where);
  ``case_file.office_id``.
- ``organisation.case_visibility`` ("all", "office" or "assigned") replaces the boolean
  ``restrict_to_assigned``: True becomes "assigned" and False "all", so everyone sees exactly what
  she saw before.
- A database that is already set up gets one office, "the main office" (no name yet: the name is
  encrypted and a migration has no key; the program shows an unnamed office as the main office),
  with every case and every staff member in it.
- On PostgreSQL, case numbers compare in byte order (collation "C"), as on SQLite.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("seq"),
    )
    op.create_table(
        "staff_office",
        sa.Column("staff_id", sa.String(length=32), nullable=False),
        sa.Column("office_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("staff_id", "office_id"),
    )
    op.create_index(op.f("ix_staff_office_office_id"), "staff_office", ["office_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        # In place, not batch mode: a rebuilt case_file would have to be dropped while other
        # tables point at it, which SQLite refuses with foreign keys on. SQLite adds a column
        # with a REFERENCES clause when its default is NULL.
        op.execute("ALTER TABLE case_file ADD COLUMN office_id VARCHAR(32) REFERENCES office (id)")
    else:
        op.add_column(
            "case_file",
            sa.Column("office_id", sa.String(length=32), sa.ForeignKey("office.id"), nullable=True),
        )
    op.create_index(op.f("ix_case_file_office_id"), "case_file", ["office_id"], unique=False)

    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "case_visibility", sa.String(length=16), nullable=False, server_default="assigned"
            )
        )
    op.execute(
        "UPDATE organisation SET case_visibility = "
        "CASE WHEN restrict_to_assigned THEN 'assigned' ELSE 'all' END"
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.alter_column("case_visibility", server_default=None)
        batch_op.drop_column("restrict_to_assigned")

    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "case_file",
            "number",
            type_=sa.String(length=32, collation="C"),
            existing_type=sa.String(length=32),
            existing_nullable=False,
        )

    _default_office()


def _default_office() -> None:
    """One office for a database already in use, holding every case and staff member."""
    bind = op.get_bind()
    if bind.execute(sa.text("SELECT count(*) FROM organisation")).scalar_one() == 0:
        return  # a new database: setting it up creates the first office
    office_id = uuid.uuid4().hex
    bind.execute(
        sa.text("INSERT INTO office (id, seq, name) VALUES (:id, 1, NULL)"), {"id": office_id}
    )
    bind.execute(
        sa.text("INSERT INTO staff_office (staff_id, office_id) SELECT id, :office FROM staff"),
        {"office": office_id},
    )
    bind.execute(sa.text("UPDATE case_file SET office_id = :office"), {"office": office_id})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "case_file",
            "number",
            type_=sa.String(length=32),
            existing_type=sa.String(length=32, collation="C"),
            existing_nullable=False,
        )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "restrict_to_assigned", sa.Boolean(), nullable=False, server_default=sa.true()
            )
        )
    op.execute(
        "UPDATE organisation SET restrict_to_assigned = "
        "CASE WHEN case_visibility = 'assigned' THEN TRUE ELSE FALSE END"
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.alter_column("restrict_to_assigned", server_default=None)
        batch_op.drop_column("case_visibility")
    op.drop_index(op.f("ix_case_file_office_id"), table_name="case_file")
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_column("office_id")
    op.drop_index(op.f("ix_staff_office_office_id"), table_name="staff_office")
    op.drop_table("staff_office")
    op.drop_table("office")
