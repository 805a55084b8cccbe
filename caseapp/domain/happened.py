"""Dates that cannot have happened: an event recorded as after today, a case opened before 1990
or after today, a birth date in the future or more than 110 years back.

Events are what somebody saw happen: a police check, the serving of an order, an incident, an
admission to the shelter, a departure, a consent given. Dates that are limits or plans (an order's
expiry, a consent's end, a stay's extension, court requirements) may lie ahead.

Each refusal is one sentence naming the field in words; a birth date is personal data, so its
sentence never repeats it. ``validate_happened`` checks every such date of a case record, except
the ones stored already with the same value (``known``): a case saved before these rules keeps
opening and saving, and only what a person types now is held to them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date

from caseapp.domain.dates import add_months
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.records import CaseRecord

EARLIEST_OPENING = date(1990, 1, 1)
"""No case of a crisis centre in Kazakhstan was opened before this day."""

MAX_AGE_YEARS = 110
"""A client's birth date is at most this many years before today."""

CHECK_IN_FUTURE = QT_TRANSLATE_NOOP(
    "errors", "{field}: the date of the police check {date} is in the future."
)
SERVED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "errors", "{field}: the date the order was served {date} is in the future."
)
INCIDENT_IN_FUTURE = QT_TRANSLATE_NOOP(
    "errors", "{field}: the incident date {date} is in the future."
)
ADMITTED_IN_FUTURE = QT_TRANSLATE_NOOP(
    "errors", "{field}: the admission date {date} is in the future."
)
LEFT_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "{field}: the departure date {date} is in the future.")
GIVEN_IN_FUTURE = QT_TRANSLATE_NOOP(
    "errors", "{field}: the date the consent was given {date} is in the future."
)
OPENED_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "{field}: the opening date {date} is in the future.")
OPENED_TOO_EARLY = QT_TRANSLATE_NOOP(
    "errors", "{field}: the opening date {date} is before {earliest}."
)
BORN_IN_FUTURE = QT_TRANSLATE_NOOP("errors", "{field}: the birth date is in the future.")
BORN_TOO_EARLY = QT_TRANSLATE_NOOP(
    "errors", "{field}: the birth date is more than {years} years ago."
)

KnownDate = tuple[str, str, str, date]
"""(kind of record, its id, column, the value stored): a date a case holds already."""


def at(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def not_after_today(value: date | None, field: str, template: str, today: date) -> None:
    """Refuse an event dated after ``today``; ``template`` names the event in words."""
    if value is not None and value > today:
        raise InvalidInput(field, template, date=value.isoformat())


def check_opened_on(opened_on: date, field: str, today: date) -> None:
    not_after_today(opened_on, field, OPENED_IN_FUTURE, today)
    if opened_on < EARLIEST_OPENING:
        raise InvalidInput(
            field,
            OPENED_TOO_EARLY,
            date=opened_on.isoformat(),
            earliest=EARLIEST_OPENING.isoformat(),
        )


def earliest_birth_date(today: date) -> date:
    return add_months(today, -12 * MAX_AGE_YEARS)


def check_birth_date(birth_date: date | None, field: str, today: date) -> None:
    """Neither in the future nor more than 110 years back; the date itself is never repeated."""
    if birth_date is None:
        return
    if birth_date > today:
        raise InvalidInput(field, BORN_IN_FUTURE)
    if birth_date < earliest_birth_date(today):
        raise InvalidInput(field, BORN_TOO_EARLY, years=MAX_AGE_YEARS)


@dataclass(frozen=True, slots=True)
class _Dated:
    kind: str
    record_id: str | None
    column: str
    field: str
    value: date | None
    template: str


def _event_dates(record: CaseRecord, prefix: str) -> Iterator[_Dated]:
    for i, order in enumerate(record.orders):
        path = at(prefix, f"protection_orders[{i}]")
        yield _Dated(
            "order", order.id, "served_on", f"{path}.served_on", order.served_on, SERVED_IN_FUTURE
        )
        for j, check in enumerate(order.checks):
            field = f"{path}.checks[{j}].checked_on"
            yield _Dated("check", check.id, "checked_on", field, check.checked_on, CHECK_IN_FUTURE)
    for i, stay in enumerate(record.stays):
        path = at(prefix, f"shelter_stays[{i}]")
        yield _Dated(
            "stay", stay.id, "admitted_on", f"{path}.admitted_on", stay.admitted_on,
            ADMITTED_IN_FUTURE,
        )  # fmt: skip
        yield _Dated("stay", stay.id, "left_on", f"{path}.left_on", stay.left_on, LEFT_IN_FUTURE)
    for i, consent in enumerate(record.consents):
        field = at(prefix, f"consents[{i}].given_on")
        yield _Dated("consent", consent.id, "given_on", field, consent.given_on, GIVEN_IN_FUTURE)
    for i, incident in enumerate(record.incidents):
        field = at(prefix, f"incidents[{i}].occurred_on")
        yield _Dated(
            "incident", incident.id, "occurred_on", field, incident.occurred_on,
            INCIDENT_IN_FUTURE,
        )  # fmt: skip


def validate_happened(
    record: CaseRecord, today: date, prefix: str = "", known: Collection[KnownDate] = ()
) -> None:
    """Refuse the first date of ``record`` that cannot have happened by ``today``. A date the
    case holds already, unchanged (``known``, by record id), is not held against it."""

    def is_known(kind: str, record_id: str | None, column: str, value: date | None) -> bool:
        return (
            record_id is not None
            and value is not None
            and ((kind, record_id, column, value) in known)
        )

    if not is_known("case", record.id, "opened_on", record.opened_on):
        check_opened_on(record.opened_on, at(prefix, "opened_on"), today)
    birth = record.client.birth_date
    if not is_known("client", record.id, "birth_date", birth):
        check_birth_date(birth, at(prefix, "client.birth_date"), today)
    for item in _event_dates(record, prefix):
        if not is_known(item.kind, item.record_id, item.column, item.value):
            not_after_today(item.value, item.field, item.template, today)
