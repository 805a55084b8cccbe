"""Periods, age bands, the seven-day rule's missed checks and small-cell suppression."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.errors import InvalidInput
from caseapp.domain.statistics import (
    Period,
    Report,
    Row,
    Table,
    age_band,
    check_threshold,
    missed_checks,
    suppress,
)


def test_periods() -> None:
    assert Period.month(2026, 2) == Period(date(2026, 2, 1), date(2026, 2, 28))
    assert Period.quarter(2026, 4) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert Period.year(2024).days == 366
    with pytest.raises(InvalidInput) as refused:
        Period(date(2026, 3, 2), date(2026, 3, 1))
    assert refused.value.field == "to"


def test_age_bands_on_the_day_the_case_was_opened() -> None:
    opened = date(2026, 3, 10)
    assert age_band(date(2008, 3, 11), opened) == "under_18"  # 17, her birthday tomorrow
    assert age_band(date(2008, 3, 10), opened) == "18_24"
    assert age_band(date(1991, 3, 10), opened) == "35_44"
    assert age_band(date(1950, 1, 1), opened) == "65_plus"
    assert age_band(None, opened) == "unknown"
    assert age_band(date(2027, 1, 1), opened) == "unknown"


def test_missed_checks_follow_the_seven_day_rule() -> None:
    issued, expires = date(2026, 3, 1), date(2026, 3, 31)
    march = Period.month(2026, 3)
    # No check at all: due on the 8th, 15th, 22nd and 29th, all missed.
    assert missed_checks(issued, expires, None, [], march) == (4, 4)
    # Due on the 8th (the check of the 6th was in time and starts the clock again), the 13th
    # (missed: the clock runs on from it), the 20th (the check of the 18th in time) and the 25th
    # (missed).
    checks = [date(2026, 3, 6), date(2026, 3, 18)]
    assert missed_checks(issued, expires, None, checks, march) == (4, 2)
    # Revoked on the 16th: only the due dates before it.
    assert missed_checks(issued, expires, date(2026, 3, 16), [], march) == (2, 2)
    # Only due dates inside the period are counted.
    assert missed_checks(
        issued, expires, None, [], Period(date(2026, 3, 10), date(2026, 3, 20))
    ) == (1, 1)


def test_a_small_count_is_hidden_and_a_second_cell_too_when_a_total_shows() -> None:
    table = Table(
        "t",
        "T",
        (Row("a", "A", 3), Row("b", "B", 20), Row("c", "C", 7), Row("d", "D", 0)),
        exclusive=True,
    )
    shown = suppress(table, 5)
    assert [c.text(5) for c in shown.cells] == ["<5", "20", "*", "0"]
    assert shown.total is not None and shown.total.text(5) == "30"


def test_two_small_cells_need_no_third() -> None:
    table = Table("t", "T", (Row("a", "A", 1), Row("b", "B", 2), Row("c", "C", 9)), exclusive=True)
    assert [c.text(5) for c in suppress(table, 5).cells] == ["<5", "<5", "9"]


def test_without_a_total_only_small_cells_are_hidden() -> None:
    table = Table("t", "T", (Row("a", "A", 1), Row("b", "B", 6), Row("c", "C", 9)))
    shown = suppress(table, 5)
    assert [c.text(5) for c in shown.cells] == ["<5", "6", "9"]
    assert shown.total is None


def test_a_small_total_is_hidden_and_a_figure_behind_few_people() -> None:
    table = Table("t", "T", (Row("a", "A", 2), Row("b", "B", 0)), exclusive=True)
    shown = suppress(table, 5)
    assert shown.total is not None and shown.total.text(5) == "<5"
    days = Table("s", "S", (Row("bed_days", "B", 140, persons=2), Row("avg", "A", 12.5, persons=8)))
    assert [c.text(5) for c in suppress(days, 5).cells] == ["<5", "12.5"]


def test_the_json_holds_codes_and_published_figures_only() -> None:
    table = Table("t", "T", (Row("a", "A", 3), Row("b", "B", 20)), exclusive=True)
    report = Report(Period.month(2026, 3), "", 5, (table,))
    assert report.as_json() == {
        "from": "2026-03-01",
        "to": "2026-03-31",
        "threshold": 5,
        "tables": [{"table": "t", "rows": {"a": "<5", "b": "*"}, "total": 23}],
    }


def test_the_threshold_is_bounded() -> None:
    assert check_threshold(5) == 5
    with pytest.raises(InvalidInput):
        check_threshold(1)
