"""The reminders engine: what is due, overdue or expiring on a given day.

It implements DESIGN.md section 2, "Reminder rules (exact)". The inputs are plain facts (case
numbers, references and calendar dates) so storage can build them from unencrypted date columns.

Everything is computed as of `today`: a check, serving, revocation, departure or withdrawal dated
after `today` has not happened yet, so any past day can be replayed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from caseapp.domain.dates import CHECK_INTERVAL_DAYS, shelter_limit
from caseapp.domain.rules import order_in_force

_WEEK = timedelta(days=CHECK_INTERVAL_DAYS)
_CHECK_DUE_WINDOW_DAYS = 2
_ORDER_EXPIRING_DAYS = 3
_SHELTER_NEAR_DAYS = 14
_CONSENT_EXPIRING_DAYS = 7


class ReminderKind(StrEnum):
    POLICE_CHECK_DUE = "police_check_due"
    POLICE_CHECK_OVERDUE = "police_check_overdue"
    ORDER_EXPIRING = "order_expiring"
    ORDER_NOT_SERVED = "order_not_served"
    SHELTER_LIMIT_NEAR = "shelter_limit_near"
    SHELTER_LIMIT_PASSED = "shelter_limit_passed"
    CONSENT_EXPIRING = "consent_expiring"


URGENCY_GROUPS: Final[Mapping[str, frozenset[ReminderKind]]] = {
    "overdue": frozenset({ReminderKind.POLICE_CHECK_OVERDUE, ReminderKind.SHELTER_LIMIT_PASSED}),
    "due": frozenset({ReminderKind.POLICE_CHECK_DUE, ReminderKind.ORDER_NOT_SERVED}),
    "expiring": frozenset(
        {
            ReminderKind.ORDER_EXPIRING,
            ReminderKind.SHELTER_LIMIT_NEAR,
            ReminderKind.CONSENT_EXPIRING,
        }
    ),
}
"""Urgency group name -> the reminder kinds in it, most urgent group first."""


_GROUP_OF: Final[Mapping[ReminderKind, str]] = {
    kind: group for group, kinds in URGENCY_GROUPS.items() for kind in kinds
}


def urgency(kind: ReminderKind) -> str:
    """The urgency group of a reminder kind: "overdue", "due" or "expiring"."""
    return _GROUP_OF[kind]


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """A protection order's dates; `ref` is the order number shown in the reminder."""

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


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    case: str
    ref: str
    expires_on: date
    withdrawn_on: date | None
    given_on: date | None = None


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
    limit = shelter_limit(stay.admitted_on)
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


def reminders_for(
    today: date,
    orders: Iterable[OrderFacts],
    stays: Iterable[StayFacts],
    consents: Iterable[ConsentFacts],
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
    found.sort(key=reminder_sort_key)
    return found


def reminder_sort_key(r: Reminder) -> tuple[date, str, str, str]:
    # The kind is a str subclass: comparing it directly avoids the slow enum .value lookup.
    return (r.due_on, r.case, r.kind, r.ref)


def order_candidate_bounds(today: date) -> tuple[date, date]:
    """Bounds for a storage prefilter. An order in force can only have a reminder today if it
    is not yet served, or expires on or before the second date, or its latest check (else its
    issue date) is on or before the first date. Anything else is certainly quiet today."""
    check_cutoff = today - timedelta(days=CHECK_INTERVAL_DAYS - _CHECK_DUE_WINDOW_DAYS)
    return check_cutoff, today + timedelta(days=_ORDER_EXPIRING_DAYS)
