"""What can be done from a row of Today, by the reminder's kind."""

from __future__ import annotations

from caseapp.domain.enums import RecipientKind
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
    # The police letter lists the missed checks and the violation: the chase letter.
    ReminderKind.POLICE_CHECK_DUE: RecipientKind.POLICE,
    ReminderKind.POLICE_CHECK_OVERDUE: RecipientKind.POLICE,
    ReminderKind.ORDER_VIOLATED: RecipientKind.POLICE,
    ReminderKind.ORDER_NOT_SERVED: RecipientKind.POLICE,
    ReminderKind.ORDER_EXPIRING: RecipientKind.POLICE,
    ReminderKind.REQUIREMENT_EXPIRING: RecipientKind.COURT,
    # A stay at its limit: a referral to another shelter.
    ReminderKind.SHELTER_LIMIT_NEAR: RecipientKind.SHELTER,
    ReminderKind.SHELTER_LIMIT_PASSED: RecipientKind.SHELTER,
}


def can_record_check(kind: ReminderKind) -> bool:
    return kind in CHECK_KINDS


def letter_for(kind: ReminderKind) -> RecipientKind | None:
    """The letter that answers a reminder; None where no letter does (a consent running out is
    renewed with her, not by letter)."""
    return _LETTERS.get(kind)
