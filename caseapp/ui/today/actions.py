"""What can be done from a row of Today, by the reminder's kind."""

from __future__ import annotations

from caseapp.domain.enums import LetterKind
from caseapp.domain.reminders import ReminderKind

CHECK_KINDS = frozenset(
    {
        ReminderKind.POLICE_CHECK_DUE,
        ReminderKind.POLICE_CHECK_OVERDUE,
        ReminderKind.ORDER_VIOLATED,
        ReminderKind.ORDER_EXPIRING,
    }
)
"""Reminders about a served order in force, where the police's next check can be recorded.
An unserved order has nothing to check yet."""

_LETTERS = {
    # The police letter that fits: checks missed, an order never served, a violation found.
    ReminderKind.POLICE_CHECK_DUE: LetterKind.POLICE_CHECKS,
    ReminderKind.POLICE_CHECK_OVERDUE: LetterKind.POLICE_CHECKS,
    ReminderKind.ORDER_EXPIRING: LetterKind.POLICE_CHECKS,
    ReminderKind.ORDER_NOT_SERVED: LetterKind.POLICE_SERVE,
    ReminderKind.ORDER_VIOLATED: LetterKind.POLICE_VIOLATION,
    ReminderKind.REQUIREMENT_EXPIRING: LetterKind.COURT_REQUIREMENTS,
    # A stay at its limit: a referral to another shelter, with her children.
    ReminderKind.SHELTER_LIMIT_NEAR: LetterKind.SHELTER_REFERRAL,
    ReminderKind.SHELTER_LIMIT_PASSED: LetterKind.SHELTER_REFERRAL,
}


def can_record_check(kind: ReminderKind) -> bool:
    return kind in CHECK_KINDS


def letter_for(kind: ReminderKind) -> LetterKind | None:
    """The letter that answers a reminder; None where no letter does (a consent running out is
    renewed with her, not by letter)."""
    return _LETTERS.get(kind)
