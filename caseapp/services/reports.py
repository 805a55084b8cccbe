"""Statistics for a period and an office (or every office, for those who see every case): counts
read from clear dates and codes through indexes; the only fields decrypted are the birth date, for
the age bands, and the district. Cases deleted, records struck out and cases whose survivor refused
to be counted are left out. Small counts are hidden when the report is shown
(``domain.statistics``).

The tables are made in ``reports_cases`` and ``reports_records``, of the cases chosen in
``reports_scope``; their labels are in ``reports_words``."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.statistics import (
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    Report,
    Table,
)
from caseapp.services import hotline_stats, services_stats, storage_errors
from caseapp.services.errors import AccessDenied
from caseapp.services.offices import check_office
from caseapp.services.reports_cases import (
    age_and_district_tables,
    cases_table,
    relation_table,
    violence_table,
)
from caseapp.services.reports_records import (
    letters_table,
    orders_tables,
    requirements_table,
    shelter_table,
)
from caseapp.services.reports_scope import (
    ReportRequest,
    between,
    case_filter,
    counted_cases,
)
from caseapp.services.reports_words import (
    AGE_WORDS,
    NOT_RECORDED,
    RECIPIENT_WORDS,
    RELATION_WORDS,
    TITLES,
    VIOLENCE_WORDS,
)
from caseapp.services.workspace import Workspace
from caseapp.storage.models import (
    Case,
    Office,
    Organisation,
    ServiceGiven,
)

__all__ = [
    "AGE_WORDS",
    "NOT_RECORDED",
    "RECIPIENT_WORDS",
    "RELATION_WORDS",
    "TITLES",
    "VIOLENCE_WORDS",
    "ReportRequest",
    "make_report",
    "may_report_on",
    "threshold",
]


def threshold(session: Session) -> int:
    """The organisation's setting; one outside its bounds (written outside the program) counts
    as the default, never as a smaller one."""
    value: int | None = session.scalar(select(Organisation.report_threshold))
    if value is None or not MIN_THRESHOLD <= value <= MAX_THRESHOLD:
        return DEFAULT_THRESHOLD
    return int(value)


def may_report_on(workspace: Workspace, office_id: str | None) -> bool:
    """Every office needs every office's key (those who see every case); one office, its key."""
    held = set(workspace.chest.held_offices())
    if office_id is not None:
        return office_id in held
    every = {
        c[len("office:") :] for c in workspace.authority.compartments if c.startswith("office:")
    }
    return bool(every) and every <= held


def make_report(workspace: Workspace, request: ReportRequest, today: date | None = None) -> Report:
    """The report's tables, counts only; refused unless she may see what it counts. Each report
    made is an audit entry (period and office, never a figure)."""
    today = today or date.today()
    with workspace.session() as session:
        if request.office_id is not None:
            check_office(session, request.office_id)
        if not may_report_on(workspace, request.office_id):
            raise AccessDenied()
        office_name: str | None = None
        if request.office_id is not None:
            office = session.get(Office, request.office_id)
            office_name = office.name if office is not None else ""
        tables = _tables(workspace, session, request, today)
        report = Report(request.period, office_name, threshold(session), tuple(tables))
    _record(workspace, request)
    return report


def _record(workspace: Workspace, request: ReportRequest) -> None:
    """The audit entry (period and office, never a figure); when the database cannot be
    written she still reads her report, unrecorded, as she may still read cases."""
    if workspace.read_only:
        return
    detail = json.dumps(
        {
            "from": request.period.start.isoformat(),
            "to": request.period.end.isoformat(),
            "office": request.office_id,
        }
    )
    try:
        with workspace.transaction() as session:
            workspace.audit(session, "report.make", "organisation", None, detail=detail)
    except (storage_errors.ReadOnlyDatabase, storage_errors.DiskFull):
        workspace.read_only = True
    except storage_errors.DatabaseBusy:
        pass


def _tables(
    workspace: Workspace, session: Session, request: ReportRequest, today: date
) -> list[Table]:
    p, counted = request.period, counted_cases(request)
    new = [*counted, between(Case.opened_on, p)]
    of_counted = case_filter(session, request)
    return [
        cases_table(session, p, counted, new),
        violence_table(session, new),
        relation_table(session, new),
        *age_and_district_tables(workspace, session, new),
        *orders_tables(session, p, of_counted, today),
        requirements_table(session, p, of_counted),
        shelter_table(session, p, of_counted, today),
        *services_stats.tables(session, p, of_counted(ServiceGiven.case_id)),
        letters_table(session, p, of_counted),
        *hotline_stats.tables(session, p, request.office_id),
    ]
