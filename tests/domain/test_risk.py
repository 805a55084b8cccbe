"""The risk checklist's score and levels, and the two new reminder rules at their edges."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain.enums import RiskLevel
from caseapp.domain.errors import InvalidInput
from caseapp.domain.reminders import (
    PlanFacts,
    ReminderKind,
    RiskFacts,
    reminders_for,
    urgency_on,
)
from caseapp.domain.risk import (
    MAX_SCORE,
    QUESTION_CODES,
    Answer,
    Assessment,
    Thresholds,
    answers_of,
    check_thresholds,
    level_for,
    score,
    validate_assessment,
)

D = date(2026, 3, 2)


def test_about_twenty_questions_with_unique_codes() -> None:
    assert len(QUESTION_CODES) == 20 == len(set(QUESTION_CODES))


def test_unanswered_questions_count_as_unknown_and_score_nothing() -> None:
    answers = answers_of({"stalking": "yes"})
    assert answers["strangulation"] is Answer.UNKNOWN
    assert score(answers) == 1
    assert score(answers_of({c: "yes" for c in QUESTION_CODES})) == MAX_SCORE


@pytest.mark.parametrize(
    ("points", "level"),
    [
        (0, RiskLevel.STANDARD),
        (4, RiskLevel.STANDARD),
        (5, RiskLevel.MEDIUM),
        (8, RiskLevel.MEDIUM),
        (9, RiskLevel.HIGH),
    ],
)
def test_thresholds_give_the_level(points: int, level: RiskLevel) -> None:
    assert level_for(points, Thresholds(5, 9)) is level


def test_bad_thresholds_are_refused() -> None:
    for bad in (Thresholds(0, 3), Thresholds(5, 5), Thresholds(6, 5), Thresholds(1, MAX_SCORE + 1)):
        with pytest.raises(InvalidInput):
            check_thresholds(bad)


def test_judgement_only_raises() -> None:
    limits = Thresholds(5, 9)
    medium = Assessment(D, answers_of({c: "yes" for c in QUESTION_CODES[:4]}))
    assert medium.computed(limits) is RiskLevel.MEDIUM
    medium.raised_to, medium.reason = RiskLevel.MEDIUM, "same"
    with pytest.raises(InvalidInput):
        validate_assessment(medium, limits, D)
    medium.raised_to = RiskLevel.HIGH
    validate_assessment(medium, limits, D)
    assert medium.level(limits) is RiskLevel.HIGH


def risk(today: date, incidents: tuple[date, ...] = ()) -> list[tuple[str, date]]:
    return [
        (r.kind.value, r.due_on)
        for r in reminders_for(today, [], [], [], risks=[RiskFacts("2026-0001", "a", D, incidents)])
    ]


def test_reassessment_thirty_days_after() -> None:
    assert risk(date(2026, 3, 31)) == []
    assert risk(date(2026, 4, 1)) == [("risk_reassessment_due", date(2026, 4, 1))]
    assert risk(date(2026, 5, 1)) == [("risk_reassessment_due", date(2026, 4, 1))]


def test_reassessment_at_the_first_incident_after_it_once_it_happened() -> None:
    incidents = (date(2026, 3, 2), date(2026, 3, 12), date(2026, 3, 20))
    assert risk(date(2026, 3, 11), incidents) == []  # the same day's incident is not after it
    assert risk(date(2026, 3, 12), incidents) == [("risk_reassessment_due", date(2026, 3, 12))]
    assert risk(date(2026, 3, 25), incidents) == [("risk_reassessment_due", date(2026, 3, 12))]
    # An incident after the latest + 30 days does not move the date later.
    assert risk(date(2026, 4, 5), (date(2026, 4, 3),)) == [
        ("risk_reassessment_due", date(2026, 4, 1))
    ]


def plan(today: date, review_on: date) -> list[tuple[str, date]]:
    return [
        (r.kind.value, r.due_on)
        for r in reminders_for(today, [], [], [], plans=[PlanFacts("2026-0001", "p", review_on)])
    ]


def test_plan_review_two_days_ahead_and_after() -> None:
    review = date(2026, 4, 10)
    assert plan(date(2026, 4, 7), review) == []
    assert plan(date(2026, 4, 8), review) == [("safety_plan_review_due", review)]
    assert plan(date(2026, 4, 10), review) == [("safety_plan_review_due", review)]
    assert plan(date(2026, 6, 1), review) == [("safety_plan_review_due", review)]


def test_groups_move_to_overdue_after_the_due_date() -> None:
    (reminder,) = reminders_for(
        date(2026, 4, 10), [], [], [], plans=[PlanFacts("c", "p", date(2026, 4, 10))]
    )
    assert reminder.kind is ReminderKind.SAFETY_PLAN_REVIEW_DUE
    assert urgency_on(reminder, date(2026, 4, 10)) == "due"
    assert urgency_on(reminder, date(2026, 4, 11)) == "overdue"
