"""The reminders engine: what is due, overdue or expiring on a given day.

It implements DESIGN.md section 2, "Reminder rules (exact)", as docs/reminders.md extends it. The
inputs are plain facts (case numbers, references and calendar dates) so storage can build them
from unencrypted date columns.

Everything is computed as of `today`: a check, serving, revocation, departure, withdrawal or
letter dated after `today` has not happened yet, so any past day can be replayed.

Only checks whose outcome is `complied` or `violated` count as checks (`counts_as_check`): a
visit where the police did not reach the offender leaves the clock running.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from caseapp.domain.dates import CHECK_INTERVAL_DAYS, stay_limit
from caseapp.domain.enums import CheckOutcome
from caseapp.domain.risk import reassessment_due_on
from caseapp.domain.rules import order_in_force

_WEEK = timedelta(days=CHECK_INTERVAL_DAYS)
_CHECK_DUE_WINDOW_DAYS = 2
_ORDER_EXPIRING_DAYS = 3
_SHELTER_NEAR_DAYS = 14
_CONSENT_EXPIRING_DAYS = 7
_VIOLATION_DAYS = 7
_REQUIREMENT_EXPIRING_DAYS = 7
_PLAN_REVIEW_WINDOW_DAYS = 2
UNSERVED_OVERDUE_DAYS = 3
"""An order still not served this many days after its issue date is overdue, not merely due."""

COUNTED_OUTCOMES: Final = frozenset({CheckOutcome.COMPLIED, CheckOutcome.VIOLATED})
"""The outcomes of a police check that count as a check for the seven-day clock."""


def counts_as_check(outcome: str) -> bool:
    """Whether a check with this outcome code counts: the police reached the offender."""
    return outcome in COUNTED_OUTCOMES


def is_police_letter(kind: str) -> bool:
    """Whether an outgoing letter of this kind goes to the police (``police`` and its kinds such
    as ``police_violation``)."""
    return kind == "police" or kind.startswith("police_")


class ReminderKind(StrEnum):
    POLICE_CHECK_DUE = "police_check_due"
    POLICE_CHECK_OVERDUE = "police_check_overdue"
    ORDER_EXPIRING = "order_expiring"
    ORDER_NOT_SERVED = "order_not_served"
    SHELTER_LIMIT_NEAR = "shelter_limit_near"
    SHELTER_LIMIT_PASSED = "shelter_limit_passed"
    CONSENT_EXPIRING = "consent_expiring"
    ORDER_VIOLATED = "order_violated"
    REQUIREMENT_EXPIRING = "requirement_expiring"
    RISK_REASSESSMENT_DUE = "risk_reassessment_due"
    SAFETY_PLAN_REVIEW_DUE = "safety_plan_review_due"


URGENCY_GROUPS: Final[Mapping[str, frozenset[ReminderKind]]] = {
    "overdue": frozenset(
        {
            ReminderKind.POLICE_CHECK_OVERDUE,
            ReminderKind.SHELTER_LIMIT_PASSED,
            ReminderKind.ORDER_VIOLATED,
        }
    ),
    "due": frozenset(
        {
            ReminderKind.POLICE_CHECK_DUE,
            ReminderKind.ORDER_NOT_SERVED,
            ReminderKind.RISK_REASSESSMENT_DUE,
            ReminderKind.SAFETY_PLAN_REVIEW_DUE,
        }
    ),
    "expiring": frozenset(
        {
            ReminderKind.ORDER_EXPIRING,
            ReminderKind.SHELTER_LIMIT_NEAR,
            ReminderKind.CONSENT_EXPIRING,
            ReminderKind.REQUIREMENT_EXPIRING,
        }
    ),
}
"""Urgency group name -> the reminder kinds in it, most urgent group first. A kind's group may
move up on a given day: see `urgency_on`."""


_GROUP_OF: Final[Mapping[ReminderKind, str]] = {
    kind: group for group, kinds in URGENCY_GROUPS.items() for kind in kinds
}


_OVERDUE_AFTER_DUE_ON: Final = frozenset(
    {ReminderKind.RISK_REASSESSMENT_DUE, ReminderKind.SAFETY_PLAN_REVIEW_DUE}
)


def urgency(kind: ReminderKind) -> str:
    """The urgency group of a reminder kind: "overdue", "due" or "expiring"."""
    return _GROUP_OF[kind]


def urgency_on(reminder: Reminder, today: date) -> str:
    """The urgency group of a reminder on `today`: its kind's, except that an order still not
    served three or more days after its issue date (its due_on) is overdue, and so is a
    reassessment or a safety plan's review after its due date."""
    if (
        reminder.kind is ReminderKind.ORDER_NOT_SERVED
        and (today - reminder.due_on).days >= UNSERVED_OVERDUE_DAYS
    ):
        return "overdue"
    if reminder.kind in _OVERDUE_AFTER_DUE_ON and today > reminder.due_on:
        return "overdue"
    return _GROUP_OF[reminder.kind]


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """A protection order's dates; `ref` is the order number shown in the reminder.
    `check_dates` are the dates of the checks that count (`counts_as_check`)."""

    case: str
    ref: str
    issued_on: date
    expires_on: date
    served_on: date | None
    revoked_on: date | None
    check_dates: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class StayFacts:
    case: str
    ref: str
    admitted_on: date
    left_on: date | None
    extended_to: date | None = None  # an approved extension replaces the six-month limit


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    case: str
    ref: str
    expires_on: date
    withdrawn_on: date | None
    given_on: date | None = None


@dataclass(frozen=True, slots=True)
class ViolationFacts:
    """A police check that found the order violated, on `found_on`; `ref` is the order number.
    `police_letters` are the dates of the letters about a violation issued for the case
    (``police_violation``, or the one police letter of the first design:
    `caseapp.domain.letters.answers_violation`)."""

    case: str
    ref: str
    found_on: date
    revoked_on: date | None
    police_letters: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class RequirementFacts:
    """Court-imposed special requirements; `ref` is their id."""

    case: str
    ref: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True, slots=True)
class RiskFacts:
    """A case's latest risk assessment on or before the day (``assessed_on``; ``ref`` its id)
    and its incidents' dates; incidents after the day have not happened yet."""

    case: str
    ref: str
    assessed_on: date
    incident_dates: tuple[date, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """A case's latest safety plan made on or before the day; ``ref`` is its id."""

    case: str
    ref: str
    review_on: date


@dataclass(frozen=True, slots=True)
class Reminder:
    case: str
    kind: ReminderKind
    due_on: date
    ref: str

    def as_json(self) -> dict[str, str]:
        """The object `caseapp reminders --json` prints."""
        return {
            "case": self.case,
            "kind": self.kind.value,
            "due_on": self.due_on.isoformat(),
            "ref": self.ref,
        }


def _checks_so_far(order: OrderFacts, today: date) -> list[date]:
    """Check dates from the issue date up to `today`, sorted; later ones have not happened."""
    return sorted({d for d in order.check_dates if order.issued_on <= d <= today})


def police_check_due_on(order: OrderFacts, today: date) -> date:
    """The date the next police check is due: seven days after the latest check, or after issue.

    Only checks dated from the issue date up to `today` count.
    """
    checks = _checks_so_far(order, today)
    return (checks[-1] if checks else order.issued_on) + _WEEK


def missed_check_dates(order: OrderFacts, today: date) -> list[date]:
    """The dates on which a police check was due but none had been recorded, oldest first.

    The police owe a check at least every seven days while the order is in force. The first check
    is due seven days after the issue date; each recorded check moves the next due date to seven
    days after that check. A due date is missed when it has passed (it is before `today`) with no
    check on or before it since the previous due date. The police still owe a check every week, so
    after a miss the next due date is the missed date plus seven days, unless a later check resets
    the cycle.

    Only days on which the order was in force count: the walk stops at the earliest of `today`,
    the expiry date and the day before revocation. A due date on the expiry date itself counts
    once that day is over. Checks dated after `today`, or before the issue date, are ignored.

    The result is what a letter to the police lists as the weeks left without a check.
    """
    end = min(today, order.expires_on)
    if order.revoked_on is not None:
        end = min(end, order.revoked_on - timedelta(days=1))
    checks = _checks_so_far(order, today)
    missed: list[date] = []
    due = order.issued_on + _WEEK
    next_check = 0
    while True:
        while next_check < len(checks) and checks[next_check] <= due:
            due = checks[next_check] + _WEEK
            next_check += 1
        if due > end or due >= today:
            return missed
        missed.append(due)
        due += _WEEK


def _order_reminders(order: OrderFacts, today: date) -> Iterable[Reminder]:
    if not order_in_force(order, today):
        return

    def remind(kind: ReminderKind, due_on: date) -> Reminder:
        return Reminder(order.case, kind, due_on, order.ref)

    due_on = police_check_due_on(order, today)
    if today > due_on:
        yield remind(ReminderKind.POLICE_CHECK_OVERDUE, due_on)
    elif (due_on - today).days <= _CHECK_DUE_WINDOW_DAYS:
        yield remind(ReminderKind.POLICE_CHECK_DUE, due_on)
    if (order.expires_on - today).days <= _ORDER_EXPIRING_DAYS:
        yield remind(ReminderKind.ORDER_EXPIRING, order.expires_on)
    served = order.served_on is not None and order.served_on <= today
    if not served and today >= order.issued_on + timedelta(days=1):
        yield remind(ReminderKind.ORDER_NOT_SERVED, order.issued_on)


def _stay_reminders(stay: StayFacts, today: date) -> Iterable[Reminder]:
    if stay.left_on is not None and stay.left_on <= today:
        return
    limit = stay_limit(stay.admitted_on, stay.extended_to)
    if today > limit:
        yield Reminder(stay.case, ReminderKind.SHELTER_LIMIT_PASSED, limit, stay.ref)
    elif (limit - today).days <= _SHELTER_NEAR_DAYS:
        yield Reminder(stay.case, ReminderKind.SHELTER_LIMIT_NEAR, limit, stay.ref)


def _consent_reminders(consent: ConsentFacts, today: date) -> Iterable[Reminder]:
    if consent.withdrawn_on is not None and consent.withdrawn_on <= today:
        return
    if consent.given_on is not None and consent.given_on > today:
        return  # not given yet on the replayed day
    if 0 <= (consent.expires_on - today).days <= _CONSENT_EXPIRING_DAYS:
        yield Reminder(consent.case, ReminderKind.CONSENT_EXPIRING, consent.expires_on, consent.ref)


def _violation_reminders(violation: ViolationFacts, today: date) -> Iterable[Reminder]:
    """A violation found on d shows from d to d + 7, unless the order was revoked on or before
    d, or a letter to the police has been issued for the case since d."""
    found_on = violation.found_on
    if not found_on <= today <= found_on + timedelta(days=_VIOLATION_DAYS):
        return
    if violation.revoked_on is not None and violation.revoked_on <= found_on:
        return
    if any(found_on <= letter <= today for letter in violation.police_letters):
        return
    yield Reminder(violation.case, ReminderKind.ORDER_VIOLATED, found_on, violation.ref)


def _requirement_reminders(requirement: RequirementFacts, today: date) -> Iterable[Reminder]:
    if requirement.starts_on > today:
        return
    if 0 <= (requirement.ends_on - today).days <= _REQUIREMENT_EXPIRING_DAYS:
        yield Reminder(
            requirement.case,
            ReminderKind.REQUIREMENT_EXPIRING,
            requirement.ends_on,
            requirement.ref,
        )


def _risk_reminders(risk: RiskFacts, today: date) -> Iterable[Reminder]:
    if risk.assessed_on > today:
        return
    after = [d for d in risk.incident_dates if risk.assessed_on < d <= today]
    due_on = reassessment_due_on(risk.assessed_on, min(after) if after else None)
    if today >= due_on:
        yield Reminder(risk.case, ReminderKind.RISK_REASSESSMENT_DUE, due_on, risk.ref)


def _plan_reminders(plan: PlanFacts, today: date) -> Iterable[Reminder]:
    if (plan.review_on - today).days <= _PLAN_REVIEW_WINDOW_DAYS:
        yield Reminder(plan.case, ReminderKind.SAFETY_PLAN_REVIEW_DUE, plan.review_on, plan.ref)


def reminders_for(
    today: date,
    orders: Iterable[OrderFacts],
    stays: Iterable[StayFacts],
    consents: Iterable[ConsentFacts],
    violations: Iterable[ViolationFacts] = (),
    requirements: Iterable[RequirementFacts] = (),
    risks: Iterable[RiskFacts] = (),
    plans: Iterable[PlanFacts] = (),
) -> list[Reminder]:
    """Every reminder that shows on `today`, sorted by due date, then case, then kind.

    The reference breaks any remaining tie, so the order never depends on the input's order.
    """
    found: list[Reminder] = []
    for order in orders:
        found.extend(_order_reminders(order, today))
    for stay in stays:
        found.extend(_stay_reminders(stay, today))
    for consent in consents:
        found.extend(_consent_reminders(consent, today))
    for violation in violations:
        found.extend(_violation_reminders(violation, today))
    for requirement in requirements:
        found.extend(_requirement_reminders(requirement, today))
    for risk in risks:
        found.extend(_risk_reminders(risk, today))
    for plan in plans:
        found.extend(_plan_reminders(plan, today))
    found.sort(key=reminder_sort_key)
    return found


def reminder_sort_key(r: Reminder) -> tuple[date, str, str, str]:
    # The kind is a str subclass: comparing it directly avoids the slow enum .value lookup.
    return (r.due_on, r.case, r.kind, r.ref)


def violation_window(today: date) -> date:
    """The earliest date of a violation that can still show on `today`."""
    return today - timedelta(days=_VIOLATION_DAYS)


def requirement_window(today: date) -> date:
    """The latest end date of court requirements that show as expiring on `today`."""
    return today + timedelta(days=_REQUIREMENT_EXPIRING_DAYS)


def order_candidate_bounds(today: date) -> tuple[date, date]:
    """Bounds for a storage prefilter. An order in force can only have a reminder today if it
    is not yet served, or expires on or before the second date, or its latest check (else its
    issue date) is on or before the first date. Anything else is certainly quiet today."""
    check_cutoff = today - timedelta(days=CHECK_INTERVAL_DAYS - _CHECK_DUE_WINDOW_DAYS)
    return check_cutoff, today + timedelta(days=_ORDER_EXPIRING_DAYS)
