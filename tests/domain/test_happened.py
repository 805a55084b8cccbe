"""Dates that cannot have happened are refused with one sentence naming the field; a date the
stored case holds already is not held against a later save."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain import records as rec
from caseapp.domain.case_rules import validate_case
from caseapp.domain.enums import CheckOutcome, RecipientKind
from caseapp.domain.errors import InvalidInput
from caseapp.domain.happened import EARLIEST_OPENING, earliest_birth_date
from caseapp.domain.rules import MAX_EXTENDED_MONTHS, validate_stay

TODAY = date(2026, 11, 30)
TOMORROW = TODAY + timedelta(days=1)


def case(**changes: object) -> rec.CaseRecord:
    record = rec.CaseRecord(
        id="case-1",
        client=rec.Client("Жанар Ахметова", birth_date=date(1990, 5, 5)),
        opened_on=date(2026, 11, 1),
        orders=[
            rec.ProtectionOrder(
                date(2026, 11, 10),
                date(2026, 12, 10),
                served_on=date(2026, 11, 11),
                checks=[rec.PoliceCheck(date(2026, 11, 17), CheckOutcome.COMPLIED, id="k-1")],
                id="o-1",
            )
        ],
        stays=[rec.ShelterStay(date(2026, 11, 2), left_on=date(2026, 11, 20), id="s-1")],
        consents=[rec.Consent(RecipientKind.POLICE, date(2026, 11, 1), date(2027, 2, 1), id="c-1")],
        incidents=[rec.Incident(date(2026, 10, 30), id="i-1")],
    )
    for name, value in changes.items():
        setattr(record, name, value)
    return record


def refused(record: rec.CaseRecord, **kwargs: object) -> InvalidInput:
    with pytest.raises(InvalidInput) as raised:
        validate_case(record, TODAY, **kwargs)  # type: ignore[arg-type]
    return raised.value


def one_sentence(message: str) -> None:
    assert message.endswith(".") and "\n" not in message
    assert not re.search(r"\.\s+[A-Z]", message), message


def test_a_case_whose_events_all_happened_by_today_is_accepted() -> None:
    validate_case(case(), TODAY)


def set_check(r: rec.CaseRecord) -> None:
    r.orders[0].checks[0].checked_on = TOMORROW


def set_served(r: rec.CaseRecord) -> None:
    r.orders[0].served_on = TOMORROW


def set_admitted(r: rec.CaseRecord) -> None:
    r.stays[0].admitted_on, r.stays[0].left_on = TOMORROW, None


def set_left(r: rec.CaseRecord) -> None:
    r.stays[0].left_on = TOMORROW


def set_given(r: rec.CaseRecord) -> None:
    r.consents[0].given_on = TOMORROW


def set_incident(r: rec.CaseRecord) -> None:
    r.incidents[0].occurred_on = TOMORROW


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (set_check, "protection_orders[0].checks[0].checked_on", "the date of the police check"),
        (set_served, "protection_orders[0].served_on", "the date the order was served"),
        (set_admitted, "shelter_stays[0].admitted_on", "the admission date"),
        (set_left, "shelter_stays[0].left_on", "the departure date"),
        (set_given, "consents[0].given_on", "the date the consent was given"),
        (set_incident, "incidents[0].occurred_on", "the incident date"),
    ],
)
def test_an_event_after_today_is_refused_naming_the_field(
    change: Callable[[rec.CaseRecord], None], field: str, words: str
) -> None:
    record = case()
    change(record)
    error = refused(record)
    assert error.field == field
    assert error.message == f"{field}: {words} 2026-12-01 is in the future."
    one_sentence(error.message)
    # Under a file's record index, the same sentence names it.
    error = refused(record, prefix="cases[4]")
    assert error.field == f"cases[4].{field}"


@pytest.mark.parametrize(
    ("opened_on", "message"),
    [
        (date(1989, 12, 31), "opened_on: the opening date 1989-12-31 is before 1990-01-01."),
        (date(1, 1, 1), "opened_on: the opening date 0001-01-01 is before 1990-01-01."),
        (TOMORROW, "opened_on: the opening date 2026-12-01 is in the future."),
        (date(2099, 1, 1), "opened_on: the opening date 2099-01-01 is in the future."),
    ],
)
def test_a_case_opened_before_1990_or_after_today_is_refused(opened_on: date, message: str) -> None:
    error = refused(case(opened_on=opened_on, orders=[], stays=[], consents=[], incidents=[]))
    assert (error.field, error.message) == ("opened_on", message)


@pytest.mark.parametrize("opened_on", [EARLIEST_OPENING, TODAY])
def test_a_case_opened_from_1990_to_today_is_accepted(opened_on: date) -> None:
    validate_case(case(opened_on=opened_on, orders=[], stays=[], consents=[], incidents=[]), TODAY)


@pytest.mark.parametrize(
    ("birth_date", "words"),
    [
        (TOMORROW, "is in the future"),
        (date(2099, 1, 1), "is in the future"),
        (earliest_birth_date(TODAY) - timedelta(days=1), "is more than 110 years ago"),
        (date(1, 1, 1), "is more than 110 years ago"),
    ],
)
def test_an_impossible_birth_date_is_refused_without_repeating_it(
    birth_date: date, words: str
) -> None:
    error = refused(case(client=rec.Client("Жанар", birth_date=birth_date)))
    assert error.field == "client.birth_date"
    assert error.message == f"client.birth_date: the birth date {words}."
    assert birth_date.isoformat() not in error.message


@pytest.mark.parametrize("birth_date", [TODAY, earliest_birth_date(TODAY), date(1916, 11, 30)])
def test_a_birth_date_within_110_years_is_accepted(birth_date: date) -> None:
    validate_case(case(client=rec.Client("Жанар", birth_date=birth_date)), TODAY)


def test_dates_the_stored_case_holds_already_are_not_held_against_it() -> None:
    """A case stored before these rules (a check mistyped into the future, an opening in 1985)
    still saves unchanged; a new or changed date is held to the rules."""
    record = case(opened_on=date(1985, 1, 1))
    set_check(record)
    known = {
        ("case", "case-1", "opened_on", date(1985, 1, 1)),
        ("check", "k-1", "checked_on", TOMORROW),
    }
    validate_case(record, TODAY, known=known)
    record.orders[0].checks[0].checked_on = TOMORROW + timedelta(days=1)
    assert refused(record, known=known).field == "protection_orders[0].checks[0].checked_on"
    # A new check (no id yet) on the same day as a known one is new.
    record.orders[0].checks[0].checked_on = TOMORROW
    record.orders[0].checks.append(rec.PoliceCheck(TOMORROW, CheckOutcome.COMPLIED))
    assert refused(record, known=known).field == "protection_orders[0].checks[1].checked_on"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 1, 1)), st.integers(-400, 400))
def test_an_event_is_refused_exactly_when_it_is_after_today(today: date, offset: int) -> None:
    on = today + timedelta(days=offset)
    record = rec.CaseRecord(
        rec.Client("А"),
        opened_on=min(on, today, date(2000, 1, 1)),
        incidents=[rec.Incident(on)],
        consents=[rec.Consent(RecipientKind.COURT, on, on)],
        stays=[rec.ShelterStay(on)],
    )
    if offset > 0:
        with pytest.raises(InvalidInput):
            validate_case(record, today)
    else:
        validate_case(record, today)


# An approved extension of a stay admitted 2026-01-31: six-month limit 2026-07-31.
ADMITTED = date(2026, 1, 31)


def stay(extended_to: date | None, reason: str = "Решение директора") -> rec.ShelterStay:
    return rec.ShelterStay(ADMITTED, extended_to=extended_to, extension_reason=reason)


def test_an_extension_after_the_limit_with_its_reason_is_accepted() -> None:
    validate_stay(stay(date(2026, 8, 1)), "s")
    validate_stay(stay(date(2027, 1, 31)), "s")  # twelve months after admission
    validate_stay(stay(None, ""), "s")


@pytest.mark.parametrize(
    ("extended_to", "reason", "field", "message"),
    [
        (
            date(2026, 7, 31),
            "x",
            "s.extended_to",
            "s.extended_to: the extension date 2026-07-31 is not after the six-month limit "
            "2026-07-31.",
        ),
        (
            date(2027, 2, 1),
            "x",
            "s.extended_to",
            f"s.extended_to: a stay can be extended to at most {MAX_EXTENDED_MONTHS} months after "
            "admission, so the latest allowed date is 2027-01-31.",
        ),
        (
            date(2026, 9, 1),
            "  ",
            "s.extension_reason",
            "s.extension_reason: the reason for the extension is required.",
        ),
        (
            None,
            "Решение",
            "s.extended_to",
            "s.extended_to: an extension needs the date the stay is extended to.",
        ),
    ],
)
def test_a_malformed_extension_is_refused(
    extended_to: date | None, reason: str, field: str, message: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        validate_stay(stay(extended_to, reason), "s")
    assert (raised.value.field, raised.value.message) == (field, message)
