"""Calendar-date rules: month arithmetic, the legal time limits, and strict date parsing.

Every date in the domain is a calendar date (`datetime.date`), never a datetime.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

MAX_ORDER_DAYS = 30
"""A protection order prohibits contact for at most this many days after its issue date."""

CHECK_INTERVAL_DAYS = 7
"""The police must check the offender's compliance at least once in this many days."""

SHELTER_MONTHS = 6
"""A shelter stay lasts at most this many calendar months."""

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MAX_SHOWN_CHARS = 20


def add_months(d: date, months: int) -> date:
    """Return `d` moved by `months` calendar months, the day clamped to the month's last day.

    >>> add_months(date(2025, 8, 31), 6)
    datetime.date(2026, 2, 28)
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def propose_expiry(issued_on: date) -> date:
    """The expiry date a form proposes for an order issued on `issued_on`: the longest allowed."""
    return issued_on + timedelta(days=MAX_ORDER_DAYS)


def shelter_limit(admitted_on: date) -> date:
    """The last day of the longest allowed shelter stay: admission plus six calendar months."""
    return add_months(admitted_on, SHELTER_MONTHS)


def stay_limit(admitted_on: date, extended_to: date | None = None) -> date:
    """A stay's limit: the approved extension's date when there is one, else the six-month
    limit."""
    return extended_to if extended_to is not None else shelter_limit(admitted_on)


def parse_date(text: str, field: str) -> date:
    """Parse a date written exactly as `YYYY-MM-DD` that exists on the calendar.

    Raises `InvalidInput` naming `field` otherwise. Surrounding spaces, other separators, times and
    non-ASCII digits are all refused, so every date that enters the system has one spelling.
    """
    match = _ISO_DATE.fullmatch(text)
    if match is not None:
        year, month, day = (int(part) for part in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    shown = text if len(text) <= _MAX_SHOWN_CHARS else text[:_MAX_SHOWN_CHARS] + "…"
    raise InvalidInput(
        field,
        QT_TRANSLATE_NOOP("errors", "{field}: '{value}' is not a date in the form YYYY-MM-DD."),
        value=shown,
    )
