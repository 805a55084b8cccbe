"""indexes for a year's report at 100,000 cases

Revision ID: i16p_perf
Revises: i16b_services

- ``ix_case_refused`` holds only the few cases whose survivor refused to be counted (as
  ``ix_case_deleted`` holds only the deleted ones). Over every case, SQLite's sampled statistics
  made "stats_refused IS NULL" look selective, and it read every case through it instead of the
  period's cases through ``ix_case_stats``.
- ``ix_case_stats`` also carries ``violence_types``: the period's new cases by violence type from
  the index alone, without reading 25,000 case rows.
- ``ix_perpetrator_relation``: the offender's relationship by case from the index alone.
- ``ix_case_office_counted``: the counted cases of one office (not deleted, not refused), their
  days and violence types, from the index alone, for an office's report; through
  ``ix_case_file_office_id`` SQLite read each of the office's case rows, in every table.
"""

import sqlalchemy as sa
from alembic import op

revision = "i16p_perf"
down_revision = "i16b_services"
branch_labels = None
depends_on = None

_STATS = ["opened_on", "office_id", "closed_on", "deleted_on", "stats_refused", "id"]


def upgrade() -> None:
    op.drop_index("ix_case_refused", table_name="case_file")
    refused = sa.text("stats_refused IS NOT NULL")
    op.create_index(
        "ix_case_refused",
        "case_file",
        ["stats_refused"],
        sqlite_where=refused,
        postgresql_where=refused,
    )
    op.drop_index("ix_case_stats", table_name="case_file")
    op.create_index("ix_case_stats", "case_file", [*_STATS, "violence_types"])
    op.create_index("ix_perpetrator_relation", "perpetrator", ["case_id", "relation"])
    op.create_index(
        "ix_case_office_counted",
        "case_file",
        [
            "office_id",
            "deleted_on",
            "stats_refused",
            "opened_on",
            "closed_on",
            "id",
            "violence_types",
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_case_office_counted", table_name="case_file")
    op.drop_index("ix_perpetrator_relation", table_name="perpetrator")
    op.drop_index("ix_case_stats", table_name="case_file")
    op.create_index("ix_case_stats", "case_file", _STATS)
    op.drop_index("ix_case_refused", table_name="case_file")
    op.create_index("ix_case_refused", "case_file", ["stats_refused"])
