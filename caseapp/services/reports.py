"""Statistics for a period and an office (or every office, for those who see every case): counts
read from clear dates and codes through indexes; the only fields decrypted are the birth date, for
the age bands, and the district. Cases deleted, records struck out and cases whose survivor refused
to be counted are left out. Small counts are hidden when the report is shown
(``domain.statistics``)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.letters import consent_kind, letter_kind
from caseapp.domain.statistics import (
    AGE_BANDS,
    AGE_UNKNOWN,
    DEFAULT_THRESHOLD,
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    Period,
    Report,
    Row,
    Table,
    age_band,
    missed_checks,
)
from caseapp.services import hotline_stats, services_stats, storage_errors
from caseapp.services.errors import AccessDenied
from caseapp.services.offices import check_office
from caseapp.services.workspace import Workspace
from caseapp.storage import statistics as stored
from caseapp.storage.models import (
    Case,
    District,
    Office,
    Organisation,
    OutgoingLetter,
    Perpetrator,
    PoliceCheck,
    ProtectionOrder,
    ServiceGiven,
    ShelterStay,
    SpecialRequirement,
)

NOT_RECORDED = "not_recorded"

VIOLENCE_WORDS = {
    "physical": QT_TRANSLATE_NOOP("reports", "Physical"),
    "psychological": QT_TRANSLATE_NOOP("reports", "Psychological"),
    "sexual": QT_TRANSLATE_NOOP("reports", "Sexual"),
    "economic": QT_TRANSLATE_NOOP("reports", "Economic"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
RELATION_WORDS = {
    "spouse": QT_TRANSLATE_NOOP("reports", "Spouse"),
    "former_spouse": QT_TRANSLATE_NOOP("reports", "Former spouse"),
    "cohabitant": QT_TRANSLATE_NOOP("reports", "Cohabiting partner"),
    "former_cohabitant": QT_TRANSLATE_NOOP("reports", "Former partner"),
    "relative": QT_TRANSLATE_NOOP("reports", "Close relative"),
    "child_in_common": QT_TRANSLATE_NOOP("reports", "Has a child in common"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
AGE_WORDS = {
    "under_18": QT_TRANSLATE_NOOP("reports", "Under 18"),
    "18_24": QT_TRANSLATE_NOOP("reports", "18–24"),
    "25_34": QT_TRANSLATE_NOOP("reports", "25–34"),
    "35_44": QT_TRANSLATE_NOOP("reports", "35–44"),
    "45_54": QT_TRANSLATE_NOOP("reports", "45–54"),
    "55_64": QT_TRANSLATE_NOOP("reports", "55–64"),
    "65_plus": QT_TRANSLATE_NOOP("reports", "65 and over"),
    AGE_UNKNOWN: QT_TRANSLATE_NOOP("reports", "Age not recorded"),
}
RECIPIENT_WORDS = {
    "police": QT_TRANSLATE_NOOP("reports", "Police"),
    "court": QT_TRANSLATE_NOOP("reports", "Court"),
    "medical": QT_TRANSLATE_NOOP("reports", "Medical"),
    "legal_aid": QT_TRANSLATE_NOOP("reports", "Legal aid"),
    "shelter": QT_TRANSLATE_NOOP("reports", "Another shelter"),
    "social": QT_TRANSLATE_NOOP("reports", "Social protection"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
}
TITLES = {
    "cases": QT_TRANSLATE_NOOP("reports", "Cases"),
    "violence": QT_TRANSLATE_NOOP("reports", "New cases by violence type"),
    "relation": QT_TRANSLATE_NOOP("reports", "New cases by the offender's relationship"),
    "age": QT_TRANSLATE_NOOP("reports", "New cases by age"),
    "district": QT_TRANSLATE_NOOP("reports", "New cases by district"),
    "orders": QT_TRANSLATE_NOOP("reports", "Protection orders"),
    "checks": QT_TRANSLATE_NOOP("reports", "Police checks"),
    "requirements": QT_TRANSLATE_NOOP("reports", "Court special requirements"),
    "shelter": QT_TRANSLATE_NOOP("reports", "Shelter"),
    "letters": QT_TRANSLATE_NOOP("reports", "Letters by recipient"),
}


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    office_id: str | None = None  # None: every office


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


def _counted(request: ReportRequest) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Case.deleted_on.is_(None),
        Case.stats_refused.is_(None),
    ]
    if request.office_id is not None:
        conditions.append(Case.office_id == request.office_id)
    return conditions


CaseFilter = Callable[[Any], list[ColumnElement[bool]]]
LEFT_OUT_LISTED = 500  # at most this many cases left out are sent as a list of ids


def _of_counted(session: Session, request: ReportRequest) -> CaseFilter:
    """The same choice of cases as ``_counted``, for rows that name their case, found by their
    own dates rather than by visiting every case: for one office, one of its counted cases (read
    from ``ix_case_office_counted`` alone); for every office, not one of the few cases left out
    (deleted, or she refused), read once for the report rather than once for each table (a scan
    of an index of every case), unless they are many."""
    if request.office_id is not None:
        office_counted = select(Case.id).where(*_counted(request))
        return lambda case_id: [case_id.in_(office_counted)]
    left_out_query = select(Case.id).where(
        or_(Case.deleted_on.is_not(None), Case.stats_refused.is_not(None))
    )
    left_out = session.scalars(left_out_query.limit(LEFT_OUT_LISTED + 1)).all()
    if len(left_out) > LEFT_OUT_LISTED:
        return lambda case_id: [case_id.not_in(left_out_query)]
    return lambda case_id: [case_id.not_in(left_out)]


def _between(column: Any, period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)


def _tables(
    workspace: Workspace, session: Session, request: ReportRequest, today: date
) -> list[Table]:
    p, counted = request.period, _counted(request)
    new = [*counted, _between(Case.opened_on, p)]
    of_counted = _of_counted(session, request)
    return [
        _cases_table(session, p, counted, new),
        _violence_table(session, new),
        _relation_table(session, new),
        *_age_and_district_tables(workspace, session, new),
        *_orders_tables(session, p, of_counted, today),
        _requirements_table(session, p, of_counted),
        _shelter_table(session, p, of_counted, today),
        *services_stats.tables(session, p, of_counted(ServiceGiven.case_id)),
        _letters_table(session, p, of_counted),
        *hotline_stats.tables(session, p, request.office_id),
    ]


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0


def _cases_table(
    session: Session,
    p: Period,
    counted: list[ColumnElement[bool]],
    new: list[ColumnElement[bool]],
) -> Table:
    open_during = [
        *counted,
        Case.opened_on <= p.end,
        or_(Case.closed_on.is_(None), Case.closed_on >= p.start),
    ]
    rows = (
        Row("new", QT_TRANSLATE_NOOP("reports", "New cases"), _count(session, *new)),
        Row(
            "open",
            QT_TRANSLATE_NOOP("reports", "Cases open in the period"),
            _count(session, *open_during),
        ),
        Row(
            "closed",
            QT_TRANSLATE_NOOP("reports", "Cases closed"),
            _count(session, *counted, _between(Case.closed_on, p)),
        ),
    )
    return Table("cases", TITLES["cases"], rows)


def _violence_table(session: Session, new: list[ColumnElement[bool]]) -> Table:
    counts: Counter[str] = Counter()
    query = select(Case.violence_types, func.count()).where(*new).group_by(Case.violence_types)
    for codes, n in session.execute(query):
        for code in (codes or "").split(",") if codes else [NOT_RECORDED]:
            counts[code if code in VIOLENCE_WORDS else NOT_RECORDED] += n
    order = [v.value for v in ViolenceType] + [NOT_RECORDED]
    rows = tuple(Row(c, VIOLENCE_WORDS[c], counts[c]) for c in order)
    return Table("violence", TITLES["violence"], rows, chart="bar")


def _relation_table(session: Session, new: list[ColumnElement[bool]]) -> Table:
    query = (
        select(Perpetrator.relation, func.count())
        .select_from(Case)
        .outerjoin(Perpetrator, Perpetrator.case_id == Case.id)
        .where(*new)
        .group_by(Perpetrator.relation)
    )
    counts: Counter[str] = Counter()
    for relation, n in session.execute(query):
        counts[relation if relation in RELATION_WORDS else NOT_RECORDED] += n
    codes = [r.value for r in Relation] + [NOT_RECORDED]
    rows = tuple(Row(c, RELATION_WORDS[c], counts[c]) for c in codes)
    return Table("relation", TITLES["relation"], rows, exclusive=True, chart="pie")


def _age_and_district_tables(
    workspace: Workspace, session: Session, new: list[ColumnElement[bool]]
) -> list[Table]:
    """The two tables that need a field opened: her age when the case was opened, and her
    district; one pass over the period's new cases."""
    cases = stored.ages_and_districts(session, workspace.chest, new)
    counts = Counter(age_band(birth, opened) for opened, birth, _ in cases)
    codes = [band[0] for band in AGE_BANDS] + [AGE_UNKNOWN]
    ages = tuple(Row(c, AGE_WORDS[c], counts[c]) for c in codes)
    districts = Counter(district or "" for _, _, district in cases)
    listed = session.scalars(select(District).order_by(District.seq)).all()
    rows = [
        Row(f"district:{d.seq}", d.name, districts.pop(d.id, 0))
        for d in listed
        if d.retired_on is None or d.id in districts
    ]
    # a district no longer in the list (or damaged) counts as not recorded
    rows.append(Row(NOT_RECORDED, hotline_stats.NO_DISTRICT, sum(districts.values())))
    return [
        Table("age", TITLES["age"], ages, exclusive=True, chart="bar"),
        Table("district", TITLES["district"], tuple(rows), exclusive=True, chart="bar"),
    ]


def _orders_tables(session: Session, p: Period, of_counted: CaseFilter, today: date) -> list[Table]:
    live_order = [
        *of_counted(ProtectionOrder.case_id),
        ProtectionOrder.struck_out_on.is_(None),
    ]
    violated = select(PoliceCheck.order_id).where(
        PoliceCheck.outcome == CheckOutcome.VIOLATED.value,
        PoliceCheck.struck_out_on.is_(None),
        _between(PoliceCheck.checked_on, p),
    )

    def orders(condition: ColumnElement[bool]) -> Any:
        return func.count(case((condition, ProtectionOrder.id)))  # one row per order, no join

    # The three counts in one pass over the live orders (ix_order_due holds every column).
    issued, served, found_violated = session.execute(
        select(
            orders(_between(ProtectionOrder.issued_on, p)),
            orders(_between(ProtectionOrder.served_on, p)),
            orders(ProtectionOrder.id.in_(violated)),
        ).where(*live_order)
    ).one()
    orders_table = Table(
        "orders",
        TITLES["orders"],
        (
            Row("issued", QT_TRANSLATE_NOOP("reports", "Orders recorded"), issued or 0),
            Row("served", QT_TRANSLATE_NOOP("reports", "Orders served"), served or 0),
            Row(
                "violated",
                QT_TRANSLATE_NOOP("reports", "Orders found violated at a check"),
                found_violated or 0,
            ),
        ),
        chart="bar",
    )
    # The period's checks of live orders: the orders from ix_order_due, their checks from
    # ix_check_order_date (both covering), rather than each check's order row.
    live_ids = select(ProtectionOrder.id).where(*live_order)
    by_outcome: Counter[str] = Counter()
    query = (
        select(PoliceCheck.outcome, func.count())
        .where(
            PoliceCheck.order_id.in_(live_ids),
            PoliceCheck.struck_out_on.is_(None),
            _between(PoliceCheck.checked_on, p),
        )
        .group_by(PoliceCheck.outcome)
    )
    for outcome, n in session.execute(query):
        by_outcome[outcome] += n
    due, missed = _due_and_missed(session, p, live_order, today)
    checks_table = Table(
        "checks",
        TITLES["checks"],
        (
            Row("due", QT_TRANSLATE_NOOP("reports", "Checks due by the seven-day rule"), due),
            Row("done_in_time", QT_TRANSLATE_NOOP("reports", "Checks done in time"), due - missed),
            Row("missed", QT_TRANSLATE_NOOP("reports", "Checks missed"), missed),
            Row(
                "complied",
                QT_TRANSLATE_NOOP("reports", "Checks recorded: order complied with"),
                by_outcome["complied"],
            ),
            Row(
                "violated",
                QT_TRANSLATE_NOOP("reports", "Checks recorded: order violated"),
                by_outcome["violated"],
            ),
            Row(
                "not_reached",
                QT_TRANSLATE_NOOP("reports", "Visits recorded: not reached"),
                by_outcome["not_reached"],
            ),
        ),
        chart="bar",
    )
    return [orders_table, checks_table]


def _due_and_missed(
    session: Session, p: Period, live_order: list[ColumnElement[bool]], today: date
) -> tuple[int, int]:
    """Checks due and missed in the period (up to today: a due date to come is not missed)."""
    end = min(p.end, today)
    if end < p.start:
        return 0, 0
    upto = Period(p.start, end)
    in_force = select(
        ProtectionOrder.id,
        ProtectionOrder.issued_on,
        ProtectionOrder.expires_on,
        ProtectionOrder.revoked_on,
    ).where(*live_order, ProtectionOrder.issued_on <= end, ProtectionOrder.expires_on >= p.start)
    found = session.execute(in_force).all()
    checks: dict[str, list[date]] = {row.id: [] for row in found}
    # The checks of those orders in one query (the same join, through ix_check_order_date).
    in_force_ids = in_force.with_only_columns(ProtectionOrder.id).scalar_subquery()
    query = select(PoliceCheck.order_id, PoliceCheck.checked_on).where(
        PoliceCheck.order_id.in_(in_force_ids),
        PoliceCheck.struck_out_on.is_(None),
        PoliceCheck.outcome.in_([CheckOutcome.COMPLIED.value, CheckOutcome.VIOLATED.value]),
        PoliceCheck.checked_on <= end,
    )
    for order_id, checked_on in session.execute(query):
        if order_id in checks:
            checks[order_id].append(checked_on)
    due = missed = 0
    for row in found:
        d, m = missed_checks(row.issued_on, row.expires_on, row.revoked_on, checks[row.id], upto)
        due, missed = due + d, missed + m
    return due, missed


def _requirements_table(session: Session, p: Period, of_counted: CaseFilter) -> Table:
    counted = of_counted(SpecialRequirement.case_id)

    def count(*conditions: ColumnElement[bool]) -> int:
        query = (
            select(func.count())
            .select_from(SpecialRequirement)
            .where(*counted, SpecialRequirement.struck_out_on.is_(None), *conditions)
        )
        return session.scalar(query) or 0

    rows = (
        Row(
            "started",
            QT_TRANSLATE_NOOP("reports", "Requirements imposed"),
            count(_between(SpecialRequirement.starts_on, p)),
        ),
        Row(
            "in_force",
            QT_TRANSLATE_NOOP("reports", "Requirements in force in the period"),
            count(SpecialRequirement.starts_on <= p.end, SpecialRequirement.ends_on >= p.start),
        ),
    )
    return Table("requirements", TITLES["requirements"], rows)


def _shelter_table(session: Session, p: Period, of_counted: CaseFilter, today: date) -> Table:
    stays = session.execute(
        select(ShelterStay.admitted_on, ShelterStay.left_on, ShelterStay.children).where(
            *of_counted(ShelterStay.case_id),
            ShelterStay.struck_out_on.is_(None),
            ShelterStay.admitted_on <= p.end,
            or_(ShelterStay.left_on.is_(None), ShelterStay.left_on >= p.start),
        )
    ).all()
    last_night = min(p.end, today) + timedelta(days=1)  # nights to come are not counted
    admitted = [s for s in stays if p.holds(s.admitted_on)]
    departed = [s for s in stays if p.holds(s.left_on)]
    bed_days, residents = 0, 0
    for s in stays:
        first = max(s.admitted_on, p.start)
        last = min(s.left_on or last_night, last_night)
        nights = (last - first).days
        if nights > 0 or p.holds(s.admitted_on):
            residents += 1
        bed_days += max(nights, 0)
    beds = session.scalar(select(Organisation.bed_count)) or 0
    nights_in_period = max((last_night - p.start).days, 0)
    rows = [
        Row("admissions", QT_TRANSLATE_NOOP("reports", "Admissions"), len(admitted)),
        Row("departures", QT_TRANSLATE_NOOP("reports", "Departures"), len(departed)),
        Row("residents", QT_TRANSLATE_NOOP("reports", "Women accommodated"), residents),
        Row(
            "children",
            QT_TRANSLATE_NOOP("reports", "Children admitted with their mothers"),
            sum(s.children for s in admitted),
        ),
        Row(
            "bed_days",
            QT_TRANSLATE_NOOP("reports", "Bed-days (women)"),
            bed_days,
            persons=residents,
        ),
    ]
    if beds and nights_in_period:
        occupancy = 100.0 * bed_days / (beds * nights_in_period)
        rows.append(
            Row(
                "occupancy",
                QT_TRANSLATE_NOOP("reports", "Occupancy, %"),
                occupancy,
                persons=residents,
            )
        )
    if departed:
        average = sum((s.left_on - s.admitted_on).days for s in departed) / len(departed)
        rows.append(
            Row(
                "average_stay",
                QT_TRANSLATE_NOOP("reports", "Average stay of those who left, days"),
                average,
                persons=len(departed),
            )
        )
    return Table("shelter", TITLES["shelter"], tuple(rows))


def _letters_table(session: Session, p: Period, of_counted: CaseFilter) -> Table:
    query = (
        select(OutgoingLetter.kind, func.count())
        .where(*of_counted(OutgoingLetter.case_id), _between(OutgoingLetter.issued_on, p))
        .group_by(OutgoingLetter.kind)
    )
    counts: Counter[str] = Counter()
    for code, n in session.execute(query):
        # A letter kind is a purpose (police_checks, court_requirements, …); the table counts
        # the kind of recipient each goes to, the consent kind it relies on.
        purpose = letter_kind(code)
        recipient = consent_kind(purpose) if purpose is not None else None
        counts[recipient.value if recipient is not None else "other"] += n
    codes = [k.value for k in RecipientKind] + ["other"]
    rows = tuple(Row(c, RECIPIENT_WORDS[c], counts[c]) for c in codes)
    return Table("letters", TITLES["letters"], rows, exclusive=True, chart="bar")
