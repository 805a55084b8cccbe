"""The report's tables of the rows that name their case: protection orders and police checks
(the seven-day rule), court special requirements, shelter stays and letters."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import CheckOutcome, RecipientKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.letters import consent_kind, letter_kind
from caseapp.domain.statistics import (
    Period,
    Row,
    Table,
    missed_checks,
)
from caseapp.services.reports_scope import (
    CaseFilter,
    between,
)
from caseapp.services.reports_words import (
    RECIPIENT_WORDS,
    TITLES,
)
from caseapp.storage.models import (
    Organisation,
    OutgoingLetter,
    PoliceCheck,
    ProtectionOrder,
    ShelterStay,
    SpecialRequirement,
)


def orders_tables(session: Session, p: Period, of_counted: CaseFilter, today: date) -> list[Table]:
    live_order = [
        *of_counted(ProtectionOrder.case_id),
        ProtectionOrder.struck_out_on.is_(None),
    ]
    violated = select(PoliceCheck.order_id).where(
        PoliceCheck.outcome == CheckOutcome.VIOLATED.value,
        PoliceCheck.struck_out_on.is_(None),
        between(PoliceCheck.checked_on, p),
    )

    def orders(condition: ColumnElement[bool]) -> Any:
        return func.count(case((condition, ProtectionOrder.id)))  # one row per order, no join

    # The three counts in one pass over the live orders (ix_order_due holds every column).
    issued, served, found_violated = session.execute(
        select(
            orders(between(ProtectionOrder.issued_on, p)),
            orders(between(ProtectionOrder.served_on, p)),
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
            between(PoliceCheck.checked_on, p),
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


def requirements_table(session: Session, p: Period, of_counted: CaseFilter) -> Table:
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
            count(between(SpecialRequirement.starts_on, p)),
        ),
        Row(
            "in_force",
            QT_TRANSLATE_NOOP("reports", "Requirements in force in the period"),
            count(SpecialRequirement.starts_on <= p.end, SpecialRequirement.ends_on >= p.start),
        ),
    )
    return Table("requirements", TITLES["requirements"], rows)


def shelter_table(session: Session, p: Period, of_counted: CaseFilter, today: date) -> Table:
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


def letters_table(session: Session, p: Period, of_counted: CaseFilter) -> Table:
    query = (
        select(OutgoingLetter.kind, func.count())
        .where(*of_counted(OutgoingLetter.case_id), between(OutgoingLetter.issued_on, p))
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
