"""Closing a case: the date, the reason and what came of it; refused while she is in the shelter
or for a date that has not come; reopening clears the closing."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import records as rec
from caseapp.domain.closing import close, reopen
from caseapp.domain.enums import CaseStatus, ClosingReason
from caseapp.domain.errors import InvalidInput

TODAY = date(2026, 11, 30)


def case(**kw: object) -> rec.CaseRecord:
    return rec.CaseRecord(
        rec.Client("Клиент"), opened_on=date(2026, 9, 1), number="2026-0001", **kw
    )  # type: ignore[arg-type]


def test_a_case_is_closed_with_its_date_reason_and_outcome() -> None:
    record = case()
    close(record, date(2026, 11, 27), ClosingReason.GOALS_MET, "  Divorce granted.  ", TODAY)
    assert record.status == CaseStatus.CLOSED
    assert record.closed_on == date(2026, 11, 27)
    assert record.closing_reason == ClosingReason.GOALS_MET
    assert record.closing_outcome == "Divorce granted."


@pytest.mark.parametrize(
    ("on", "reason", "stays", "field", "words"),
    [
        (date(2026, 12, 1), ClosingReason.OTHER, [], "closed_on", "in the future"),
        (date(2026, 8, 31), ClosingReason.OTHER, [], "closed_on", "before the case was opened"),
        (TODAY, None, [], "closing_reason", "required"),
        (
            TODAY,
            ClosingReason.REFERRED,
            [rec.ShelterStay(date(2026, 11, 1))],
            "closed_on",
            "shelter",
        ),
        (
            date(2026, 11, 10),
            ClosingReason.REFERRED,
            [rec.ShelterStay(date(2026, 11, 1), left_on=date(2026, 11, 20))],
            "closed_on",
            "shelter",
        ),
    ],
)
def test_closing_is_refused_and_nothing_changes(
    on: date,
    reason: ClosingReason | None,
    stays: list[rec.ShelterStay],
    field: str,
    words: str,
) -> None:
    record = case(stays=stays)
    with pytest.raises(InvalidInput) as refused:
        close(record, on, reason, "", TODAY)
    assert refused.value.field == field
    assert words in refused.value.template
    assert (record.status, record.closed_on, record.closing_reason) == (CaseStatus.OPEN, None, None)


def test_a_stay_ended_by_the_closing_date_lets_it_close() -> None:
    record = case(stays=[rec.ShelterStay(date(2026, 11, 1), left_on=date(2026, 11, 20))])
    close(record, date(2026, 11, 20), ClosingReason.MOVED_AWAY, "", TODAY)
    assert record.status == CaseStatus.CLOSED


def test_reopening_clears_the_closing_and_twice_is_refused() -> None:
    record = case()
    close(record, TODAY, ClosingReason.LOST_CONTACT, "No answer since October.", TODAY)
    with pytest.raises(InvalidInput):
        close(record, TODAY, ClosingReason.OTHER, "", TODAY)
    reopen(record)
    assert (record.status, record.closed_on, record.closing_reason, record.closing_outcome) == (
        CaseStatus.OPEN,
        None,
        None,
        "",
    )
    with pytest.raises(InvalidInput):
        reopen(record)
