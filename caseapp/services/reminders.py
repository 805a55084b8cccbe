"""The day's reminders, read from indexed plain date columns: only rows that can be due are
loaded, and only the order numbers of the reminders shown are decrypted. The rules themselves
are the domain's (``domain.reminders``, docs/reminders.md)."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from caseapp.domain.enums import CheckOutcome
from caseapp.domain.letters import answers_violation
from caseapp.domain.reminders import (
    COUNTED_OUTCOMES,
    ConsentFacts,
    OrderFacts,
    PlanFacts,
    Reminder,
    ReminderKind,
    RequirementFacts,
    RiskFacts,
    StayFacts,
    ViolationFacts,
    order_candidate_bounds,
    reminder_sort_key,
    reminders_for,
    requirement_window,
    urgency_on,
    violation_window,
)
from caseapp.services.cases import deleted_case_ids, live_case, visible_cases
from caseapp.services.workspace import Workspace
from caseapp.storage.crypto import DecryptionFailed, open_field
from caseapp.storage.models import (
    Case,
    Consent,
    Incident,
    OutgoingLetter,
    PoliceCheck,
    ProtectionOrder,
    RiskAssessment,
    SafetyPlan,
    ShelterStay,
    SpecialRequirement,
)
from caseapp.storage.scopes import NoKey, WrongCaseKey

_CONSENT_WINDOW_DAYS = 7

KIND_LABELS = {
    ReminderKind.POLICE_CHECK_OVERDUE: "police check overdue",
    ReminderKind.POLICE_CHECK_DUE: "police check due",
    ReminderKind.ORDER_EXPIRING: "order expiring",
    ReminderKind.ORDER_NOT_SERVED: "order not served",
    ReminderKind.SHELTER_LIMIT_NEAR: "shelter limit near",
    ReminderKind.SHELTER_LIMIT_PASSED: "shelter limit passed",
    ReminderKind.CONSENT_EXPIRING: "consent expiring",
    ReminderKind.ORDER_VIOLATED: "order violated",
    ReminderKind.REQUIREMENT_EXPIRING: "requirement expiring",
    ReminderKind.RISK_REASSESSMENT_DUE: "risk reassessment due",
    ReminderKind.SAFETY_PLAN_REVIEW_DUE: "safety plan review due",
}


_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


class _CaseScope:
    """How a reminder query reaches its case's number and need-to-know: a join with the case
    rows (their visibility condition needs them), read through ix_case_number. On PostgreSQL,
    for someone who sees every case, the number is read by id per row instead: the planner
    would otherwise hash-join all 100,000 cases for a few thousand reminders (50 -> 37 ms). On
    SQLite the join is what uses the covering index."""

    def __init__(self, workspace: Workspace, session: Session) -> None:
        self.visible = visible_cases(workspace, session)
        on_server = session.get_bind().dialect.name == "postgresql"
        self.everything = on_server and self.visible is true()  # she sees every case

    def number(
        self, case_id: InstrumentedAttribute[str]
    ) -> ColumnElement[str] | InstrumentedAttribute[str]:
        if self.everything:
            return select(Case.number).where(Case.id == case_id).scalar_subquery()
        return Case.number

    def scope(self, query: _Query, case_id: InstrumentedAttribute[str]) -> _Query:
        """The rows of the cases she sees, deleted cases left out: through the join, from
        ix_case_number alone (it carries ``deleted_on``); without it, a NOT IN over the few
        deleted cases, read from their own index."""
        if self.everything:
            return query.where(case_id.not_in(deleted_case_ids()))
        return query.join(Case, Case.id == case_id).where(self.visible, live_case())


def reminders_for_day(workspace: Workspace, today: date) -> list[Reminder]:
    """The day's reminders of the cases she may see, as ``reminders --json`` prints them."""
    return [shown for shown, _ in reminders_with_rows(workspace, today)]


def reminders_with_rows(workspace: Workspace, today: date) -> list[tuple[Reminder, str]]:
    """Each reminder with the id of the row it is about (the order, stay, consent or court
    requirement), so a screen can act on that row."""
    with workspace.session() as session:
        cases = _CaseScope(workspace, session)
        check_cutoff, expiring_by = order_candidate_bounds(today)
        # Latest check that counts, on or before today, per order: from the index on
        # (order_id, checked_on, outcome) alone. A "not reached" visit is no check.
        last_check = (
            select(func.max(PoliceCheck.checked_on))
            .where(
                PoliceCheck.order_id == ProtectionOrder.id,
                PoliceCheck.checked_on <= today,
                PoliceCheck.struck_out_on.is_(None),
                PoliceCheck.outcome.in_(sorted(COUNTED_OUTCOMES)),
            )
            .correlate(ProtectionOrder)
            .scalar_subquery()
        )
        orders_query = select(
            ProtectionOrder.id,
            cases.number(ProtectionOrder.case_id),
            ProtectionOrder.issued_on,
            ProtectionOrder.expires_on,
            ProtectionOrder.served_on,
            ProtectionOrder.revoked_on,
            last_check,
            ProtectionOrder.number_ct,
            ProtectionOrder.case_id,
        ).where(
            ProtectionOrder.struck_out_on.is_(None),
            ProtectionOrder.expires_on >= today,
            ProtectionOrder.issued_on <= today,
            or_(ProtectionOrder.revoked_on.is_(None), ProtectionOrder.revoked_on > today),
            # Only orders that can have a reminder today; the domain decides which.
            or_(
                ProtectionOrder.served_on.is_(None),
                ProtectionOrder.served_on > today,
                ProtectionOrder.expires_on <= expiring_by,
                func.coalesce(last_check, ProtectionOrder.issued_on) <= check_cutoff,
            ),
        )
        order_rows = session.execute(cases.scope(orders_query, ProtectionOrder.case_id)).all()
        orders = [
            OrderFacts(number, oid, issued, expires, served, revoked, (last,) if last else ())
            for oid, number, issued, expires, served, revoked, last, _, _ in order_rows
        ]
        sealed_numbers = {row[0]: (row[7], row[8]) for row in order_rows}
        stays_query = select(
            ShelterStay.id,
            cases.number(ShelterStay.case_id),
            ShelterStay.admitted_on,
            ShelterStay.left_on,
            ShelterStay.extended_to,
        ).where(
            ShelterStay.struck_out_on.is_(None),
            or_(ShelterStay.left_on.is_(None), ShelterStay.left_on > today),
            ShelterStay.admitted_on <= today,
        )
        stays = [
            StayFacts(number, sid, admitted, left, extended)
            for sid, number, admitted, left, extended in session.execute(
                cases.scope(stays_query, ShelterStay.case_id)
            )
        ]
        consents_query = select(
            Consent.id,
            cases.number(Consent.case_id),
            Consent.expires_on,
            Consent.withdrawn_on,
            Consent.given_on,
        ).where(
            Consent.struck_out_on.is_(None),
            Consent.expires_on >= today,
            Consent.expires_on <= date.fromordinal(today.toordinal() + _CONSENT_WINDOW_DAYS),
            or_(Consent.withdrawn_on.is_(None), Consent.withdrawn_on > today),
        )
        consents = [
            ConsentFacts(number, cid, expires, withdrawn, given)
            for cid, number, expires, withdrawn, given in session.execute(
                cases.scope(consents_query, Consent.case_id)
            )
        ]
        violations = _violations(session, cases, today, sealed_numbers)
        requirements_query = select(
            SpecialRequirement.id,
            cases.number(SpecialRequirement.case_id),
            SpecialRequirement.starts_on,
            SpecialRequirement.ends_on,
        ).where(
            SpecialRequirement.struck_out_on.is_(None),
            SpecialRequirement.ends_on >= today,
            SpecialRequirement.ends_on <= requirement_window(today),
            SpecialRequirement.starts_on <= today,
        )
        requirements = [
            RequirementFacts(number, rid, starts, ends)
            for rid, number, starts, ends in session.execute(
                cases.scope(requirements_query, SpecialRequirement.case_id)
            )
        ]
        risks = _risks(session, cases, today)
        plans = _plans(session, cases, today)
        reminders = reminders_for(
            today, orders, stays, consents, violations, requirements, risks, plans
        )
        numbers = _order_numbers(workspace, session, reminders, sealed_numbers)
    shown = [
        (
            Reminder(r.case, r.kind, r.due_on, numbers[r.ref]) if r.kind in _ORDER_KINDS else r,
            r.ref,
        )
        for r in reminders
    ]
    # Ties now break on the order number, not the row id.
    shown.sort(key=lambda pair: reminder_sort_key(pair[0]))
    return shown


def _risks(session: Session, cases: _CaseScope, today: date) -> list[RiskFacts]:
    """Each case's latest assessment on or before today, with the first incident after it (on
    or before today): only the cases whose reassessment can be due."""
    latest = (
        select(
            RiskAssessment.case_id.label("case_id"),
            func.max(RiskAssessment.assessed_on).label("last"),
        )
        .where(RiskAssessment.struck_out_on.is_(None), RiskAssessment.assessed_on <= today)
        .group_by(RiskAssessment.case_id)
        .subquery()
    )
    first_incident = (
        select(func.min(Incident.occurred_on))
        .where(
            Incident.case_id == latest.c.case_id,
            Incident.occurred_on > latest.c.last,
            Incident.occurred_on <= today,
            Incident.struck_out_on.is_(None),
        )
        .scalar_subquery()
    )
    ref = (
        select(func.max(RiskAssessment.id))
        .where(
            RiskAssessment.case_id == latest.c.case_id,
            RiskAssessment.assessed_on == latest.c.last,
            RiskAssessment.struck_out_on.is_(None),
        )
        .scalar_subquery()
    )
    case_id: Any = latest.c.case_id
    query = select(ref, cases.number(case_id), latest.c.last, first_incident).where(
        or_(latest.c.last <= date.fromordinal(today.toordinal() - 30), first_incident.is_not(None))
    )
    return [
        RiskFacts(number, rid, last, (incident,) if incident else ())
        for rid, number, last, incident in session.execute(cases.scope(query, case_id))
    ]


def _plans(session: Session, cases: _CaseScope, today: date) -> list[PlanFacts]:
    """Each case's latest safety plan made on or before today (of the same day's, the one
    reviewed last)."""
    latest = (
        select(SafetyPlan.case_id.label("case_id"), func.max(SafetyPlan.made_on).label("last"))
        .where(SafetyPlan.struck_out_on.is_(None), SafetyPlan.made_on <= today)
        .group_by(SafetyPlan.case_id)
        .subquery()
    )
    case_id: Any = SafetyPlan.case_id
    query = (
        select(SafetyPlan.id, cases.number(case_id), SafetyPlan.review_on, SafetyPlan.case_id)
        .join(
            latest,
            (latest.c.case_id == SafetyPlan.case_id) & (latest.c.last == SafetyPlan.made_on),
        )
        .where(SafetyPlan.struck_out_on.is_(None))
    )
    best: dict[str, PlanFacts] = {}
    for pid, number, review_on, cid in session.execute(cases.scope(query, case_id)):
        kept = best.get(cid)
        if kept is None or (review_on, pid) > (kept.review_on, kept.ref):
            best[cid] = PlanFacts(number, pid, review_on)
    return list(best.values())


def _violations(
    session: Session,
    cases: _CaseScope,
    today: date,
    sealed_numbers: dict[str, tuple[bytes | None, str]],
) -> list[ViolationFacts]:
    """The checks of the last week that found an order violated (from ix_check_outcome_date),
    each with the dates of the police letters issued for its case since the week began."""
    since = violation_window(today)
    query = (
        select(
            ProtectionOrder.id,
            cases.number(ProtectionOrder.case_id),
            PoliceCheck.checked_on,
            ProtectionOrder.revoked_on,
            ProtectionOrder.number_ct,
            ProtectionOrder.case_id,
        )
        .join(ProtectionOrder, ProtectionOrder.id == PoliceCheck.order_id)
        .where(
            PoliceCheck.outcome == CheckOutcome.VIOLATED.value,
            PoliceCheck.checked_on >= since,
            PoliceCheck.checked_on <= today,
            PoliceCheck.struck_out_on.is_(None),
            ProtectionOrder.struck_out_on.is_(None),
        )
    )
    rows = session.execute(cases.scope(query, ProtectionOrder.case_id)).all()
    if not rows:
        return []
    case_ids = {row[5] for row in rows}
    letters: dict[str, list[date]] = {}
    for case_id, kind, issued_on in session.execute(
        select(OutgoingLetter.case_id, OutgoingLetter.kind, OutgoingLetter.issued_on).where(
            OutgoingLetter.case_id.in_(case_ids),
            OutgoingLetter.issued_on >= since,
            OutgoingLetter.issued_on <= today,
        )
    ):
        if answers_violation(kind):
            letters.setdefault(case_id, []).append(issued_on)
    found = []
    for oid, number, found_on, revoked, sealed, case_id in rows:
        sealed_numbers.setdefault(oid, (sealed, case_id))
        found.append(
            ViolationFacts(number, oid, found_on, revoked, tuple(letters.get(case_id, ())))
        )
    return found


def _order_numbers(
    workspace: Workspace,
    session: Session,
    reminders: list[Reminder],
    sealed_numbers: dict[str, tuple[bytes | None, str]],
) -> dict[str, str]:
    """The order numbers of the reminders shown, decrypted with their cases' keys (opened in a
    few queries); the row id stands in for a number that cannot be read."""
    chest = workspace.chest
    wanted = {r.ref for r in reminders if r.kind in _ORDER_KINDS}
    chest.prefetch_case_keys(session, (sealed_numbers[ref][1] for ref in wanted))
    numbers: dict[str, str] = {}
    table = ProtectionOrder.__tablename__
    for ref in wanted:
        sealed, case_id = sealed_numbers[ref]
        numbers[ref] = ref
        if sealed is None:
            continue
        try:
            aead = chest.case_aead(session, case_id)
            text = open_field(aead, table, "number", ref, f"case:{case_id}", bytes(sealed))
        except (DecryptionFailed, NoKey, WrongCaseKey):
            continue
        numbers[ref] = text or ref
    return numbers


_ORDER_KINDS = {
    ReminderKind.POLICE_CHECK_DUE,
    ReminderKind.POLICE_CHECK_OVERDUE,
    ReminderKind.ORDER_EXPIRING,
    ReminderKind.ORDER_NOT_SERVED,
    ReminderKind.ORDER_VIOLATED,
}


def format_table(reminders: list[Reminder], today: date) -> str:
    """A readable table grouped by urgency, overdue first."""
    if not reminders:
        return f"Nothing is due on {today.isoformat()}."
    lines = [f"Reminders for {today.isoformat()}"]
    for group in ("overdue", "due", "expiring"):
        rows = [r for r in reminders if urgency_on(r, today) == group]
        if not rows:
            continue
        lines.append("")
        lines.append(f"{group.upper()} ({len(rows)})")
        width = max(len(r.case) for r in rows)
        for r in rows:
            days = (r.due_on - today).days
            when = "today" if days == 0 else (f"in {days} d" if days > 0 else f"{-days} d ago")
            lines.append(
                f"  {r.due_on.isoformat()}  {when:>9}  {r.case:<{width}}  "
                f"{KIND_LABELS[r.kind]:<21}  {r.ref}"
            )
    return "\n".join(lines)
