"""Closing a case, with the date, the reason and what came of it, and reopening it.

A case is closed when the centre's support ends. She cannot be in the shelter on a closed case
(the beds would be counted wrongly and nobody would answer for her stay), so a stay without a
departure on or before the closing date is refused. Orders in force stay reminded: the police
still owe their checks whether or not the centre's support goes on.
"""

from __future__ import annotations

from datetime import date

from caseapp.domain.enums import CaseStatus, ClosingReason
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.happened import not_after_today
from caseapp.domain.records import CaseRecord

MAX_OUTCOME_CHARS = 2_000

CLOSED_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "{field}: the closing date {date} is in the future.")


def close(
    record: CaseRecord, on: date, reason: ClosingReason | None, outcome: str, today: date
) -> None:
    """Close the case on ``on``; refuses with one sentence and changes nothing."""
    if record.status == CaseStatus.CLOSED:
        raise InvalidInput(
            "status",
            QT_TRANSLATE_NOOP("errors", "Case {number} is closed already."),
            number=record.number,
        )
    not_after_today(on, "closed_on", CLOSED_IN_FUTURE, today)
    if on < record.opened_on:
        raise InvalidInput(
            "closed_on", QT_TRANSLATE_NOOP("errors", "{field} is before the case was opened.")
        )
    if reason is None:
        raise InvalidInput("closing_reason", QT_TRANSLATE_NOOP("errors", "{field} is required."))
    outcome = outcome.strip()
    if len(outcome) > MAX_OUTCOME_CHARS:
        raise InvalidInput(
            "closing_outcome",
            QT_TRANSLATE_NOOP("errors", "{field} is longer than {chars} characters."),
            chars=MAX_OUTCOME_CHARS,
        )
    for stay in record.stays:
        if stay.left_on is None or stay.left_on > on:
            raise InvalidInput(
                "closed_on",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "She is in the shelter on {date}: record her departure before closing the "
                    "case.",
                ),
                date=on.isoformat(),
            )
    record.status = CaseStatus.CLOSED
    record.closed_on, record.closing_reason, record.closing_outcome = on, reason, outcome


def reopen(record: CaseRecord) -> None:
    """Open a closed case again (she came back): the closing is cleared, and kept in the
    case's history with who reopened it and when."""
    if record.status != CaseStatus.CLOSED:
        raise InvalidInput(
            "status",
            QT_TRANSLATE_NOOP("errors", "Case {number} is open already."),
            number=record.number,
        )
    record.status = CaseStatus.OPEN
    record.closed_on, record.closing_reason, record.closing_outcome = None, None, ""
