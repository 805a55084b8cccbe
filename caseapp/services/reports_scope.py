"""Which cases a report counts: those of the period and office, not deleted, whose survivor did
not refuse to be counted; and, for the rows that name their case, the same choice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from caseapp.domain.statistics import Period
from caseapp.storage.models import Case


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    office_id: str | None = None  # None: every office


def counted_cases(request: ReportRequest) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Case.deleted_on.is_(None),
        Case.stats_refused.is_(None),
    ]
    if request.office_id is not None:
        conditions.append(Case.office_id == request.office_id)
    return conditions


CaseFilter = Callable[[Any], list[ColumnElement[bool]]]
LEFT_OUT_LISTED = 500  # at most this many cases left out are sent as a list of ids


def case_filter(session: Session, request: ReportRequest) -> CaseFilter:
    """The same choice of cases as ``counted_cases``, for rows that name their case, found by
    their own dates rather than by visiting every case: for one office, one of its counted cases
    (read from ``ix_case_office_counted`` alone); for every office, not one of the few cases left
    out (deleted, or she refused), read once for the report rather than once for each table (a
    scan of an index of every case), unless they are many."""
    if request.office_id is not None:
        office_counted = select(Case.id).where(*counted_cases(request))
        return lambda case_id: [case_id.in_(office_counted)]
    left_out_query = select(Case.id).where(
        or_(Case.deleted_on.is_not(None), Case.stats_refused.is_not(None))
    )
    left_out = session.scalars(left_out_query.limit(LEFT_OUT_LISTED + 1)).all()
    if len(left_out) > LEFT_OUT_LISTED:
        return lambda case_id: [case_id.not_in(left_out_query)]
    return lambda case_id: [case_id.not_in(left_out)]


def between(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)
