"""risk assessments, safety plans and attachments

Revision ID: i17
Revises: i16

- ``risk_assessment``: one row per assessment of a case (date, author, level in clear; the
  answers, score and the reason for a raised level under the case's key).
- ``safety_plan``: one row per safety plan (made and review dates, language, author in clear; its
  parts under the case's key).
- ``organisation``: ``risk_medium_at`` and ``risk_high_at``, the assessment's thresholds.
- ``attachment``: a file kept with a case (date, who added it, how many chunks in clear; its name,
  type, size and digest under the case's key); ``attachment_chunk``: its content, 1 MiB pieces
  each sealed with AES-GCM under a sub-key of the case's key.
"""

import sqlalchemy as sa
from alembic import op

revision = "i17"
down_revision = "i16"
branch_labels = None
depends_on = None


def _struck_out() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("struck_out_on", sa.Date(), nullable=True),
        sa.Column("struck_out_by", sa.String(32), nullable=True),
        sa.Column("struck_out_reason", sa.LargeBinary(), nullable=True),
    ]


def upgrade() -> None:
    op.add_column(
        "organisation",
        sa.Column("risk_medium_at", sa.Integer(), nullable=False, server_default="5"),
    )
    op.add_column(
        "organisation",
        sa.Column("risk_high_at", sa.Integer(), nullable=False, server_default="9"),
    )
    op.create_table(
        "risk_assessment",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.String(32), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("answers", sa.LargeBinary(), nullable=True),
        sa.Column("mac", sa.LargeBinary(), nullable=True),
        *_struck_out(),
    )
    op.create_index("ix_risk_assessment_case_id", "risk_assessment", ["case_id"])
    op.create_index("ix_risk_assessment_assessed_on", "risk_assessment", ["assessed_on"])
    op.create_table(
        "safety_plan",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("made_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("author_id", sa.String(32), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("body", sa.LargeBinary(), nullable=True),
        sa.Column("mac", sa.LargeBinary(), nullable=True),
        *_struck_out(),
    )
    op.create_index("ix_safety_plan_case_id", "safety_plan", ["case_id"])
    op.create_index("ix_safety_plan_made_on", "safety_plan", ["made_on"])
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("case_id", sa.String(32), sa.ForeignKey("case_file.id"), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("added_by", sa.String(32), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("meta", sa.LargeBinary(), nullable=True),
        sa.Column("mac", sa.LargeBinary(), nullable=True),
        *_struck_out(),
    )
    op.create_index("ix_attachment_case_id", "attachment", ["case_id"])
    op.create_table(
        "attachment_chunk",
        sa.Column("attachment_id", sa.String(32), sa.ForeignKey("attachment.id"), primary_key=True),
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("attachment_chunk")
    op.drop_table("attachment")
    op.drop_table("safety_plan")
    op.drop_table("risk_assessment")
    op.drop_column("organisation", "risk_high_at")
    op.drop_column("organisation", "risk_medium_at")
