import calendar
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain.dates import (
    MAX_ORDER_DAYS,
    add_months,
    parse_date,
    propose_expiry,
    shelter_limit,
)
from caseapp.domain.errors import InvalidInput

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


def test_six_months_after_august_31_is_the_end_of_february() -> None:
    assert add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)


def test_add_months_crosses_years_both_ways() -> None:
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 10), -13) == date(2024, 12, 10)


@given(dates)
def test_shelter_limit_is_six_months_later_with_the_day_clamped(d: date) -> None:
    limit = shelter_limit(d)
    months_later = (limit.year * 12 + limit.month) - (d.year * 12 + d.month)
    assert months_later == 6
    assert limit.day <= d.day
    if d.day <= calendar.monthrange(limit.year, limit.month)[1]:
        assert limit.day == d.day
    else:
        assert limit.day == calendar.monthrange(limit.year, limit.month)[1]


@given(st.integers(min_value=1900, max_value=2198), st.sampled_from([29, 30, 31]))
def test_late_august_before_a_leap_year_reaches_february_29(year: int, day: int) -> None:
    limit = shelter_limit(date(year, 8, day))
    if calendar.isleap(year + 1):
        assert limit == date(year + 1, 2, 29)
    else:
        assert limit == date(year + 1, 2, 28)


@given(dates, st.integers(min_value=-600, max_value=600))
def test_adding_months_then_subtracting_returns_to_the_day_when_it_exists(
    d: date, months: int
) -> None:
    moved = add_months(d, months)
    if moved.day == d.day:
        assert add_months(moved, -months) == d


def test_the_form_proposes_the_longest_order_allowed() -> None:
    assert MAX_ORDER_DAYS == 30
    assert propose_expiry(date(2026, 3, 1)) == date(2026, 3, 31)
    assert propose_expiry(date(2026, 2, 10)) == date(2026, 3, 12)


@pytest.mark.parametrize("text", ["2026-03-01", "2024-02-29", "0001-01-01", "9999-12-31"])
def test_parse_date_reads_iso_calendar_dates(text: str) -> None:
    assert parse_date(text, "opened_on").isoformat() == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2026-3-1",
        "01.03.2026",
        "2026/03/01",
        " 2026-03-01",
        "2026-03-01 ",
        "2026-03-01T00:00",
        "20260301",
        "2026-02-30",
        "2025-02-29",
        "2026-13-01",
        "0000-01-01",
        "２０２６-03-01",
        "2026-03-01\n",
    ],
)
def test_parse_date_refuses_anything_but_a_real_yyyy_mm_dd(text: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_date(text, "cases[2].opened_on")
    assert raised.value.field == "cases[2].opened_on"
    assert raised.value.message.startswith("cases[2].opened_on: '")
    assert raised.value.message.endswith("' is not a date in the form YYYY-MM-DD.")


def test_parse_date_error_shows_at_most_twenty_characters_of_the_input() -> None:
    long_text = "x" * 19 + "SECRET-TAIL-NOT-SHOWN"
    with pytest.raises(InvalidInput) as raised:
        parse_date(long_text, "birth_date")
    assert "SECRET" not in raised.value.message
    assert raised.value.params["value"] == "x" * 19 + "S…"


@given(dates)
def test_parse_date_reads_back_every_iso_date(d: date) -> None:
    assert parse_date(d.isoformat(), "d") == d
