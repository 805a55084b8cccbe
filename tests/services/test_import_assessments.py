"""The import's later parts: ``incidents``, ``risk_assessments`` (partial or empty answers, an
unanswered question counting as unknown, a raised level with its reason) and ``safety_plans``
stored like the program's own; malformed entries refused with their index and field, and nothing
of the file stored."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from caseapp.domain.enums import RiskLevel, ViolenceType
from caseapp.domain.errors import InvalidInput
from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from caseapp.services.reminders import reminders_for_day
from caseapp.services.risk import list_assessments
from caseapp.services.safety import list_plans
from caseapp.storage.models import Case, Incident, RiskAssessment, SafetyPlan
from tests.services.test_import import IMPORT_DAY, do_import, file_of


def a_case(**more: Any) -> dict[str, Any]:
    return {
        "number": "2026-0500",
        "opened_on": "2026-03-01",
        "client": {"full_name": "Жанар Тестова"},
        "incidents": [
            {
                "occurred_on": "2026-03-10",
                "violence_types": ["physical", "psychological"],
                "reported_to_police": True,
                "description": "Ударил на кухне.",
            }
        ],
        "risk_assessments": [
            {"assessed_on": "2026-03-02", "answers": {}},
            {
                "assessed_on": "2026-03-05",
                "answers": {"strangulation": "yes", "stalking": "no", "pregnancy": "unknown"},
                "raised_to": "high",
                "reason": "Угрожал ножом при детях.",
            },
        ],
        "safety_plans": [
            {
                "made_on": "2026-03-05",
                "review_on": "2026-04-05",
                "code_word": "пирог",
                "safe_people": "сестра",
                "lang": "kk",
                "bag": ["documents", "keys"],
            }
        ],
        **more,
    }


def test_incidents_assessments_and_plans_are_imported(admin: ws.Workspace) -> None:
    [number] = do_import(admin, file_of(a_case()))
    record = get_case(admin, number)
    [incident] = record.incidents
    assert incident.occurred_on == date(2026, 3, 10) and incident.reported_to_police
    assert incident.violence_types == [ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL]
    assert incident.description == "Ударил на кухне."
    assert record.risk is RiskLevel.HIGH and record.risk_assessed
    latest, first = list_assessments(admin, number)
    assert (first.assessed_on, first.score, first.level) == (
        date(2026, 3, 2),
        0,
        RiskLevel.STANDARD,
    )
    assert first.answers["strangulation"] == "unknown"  # an empty answers object
    assert (latest.score, latest.computed, latest.level, latest.author) == (
        2,
        RiskLevel.STANDARD,
        RiskLevel.HIGH,
        "admin",
    )
    assert latest.answers["strangulation"] == "yes" and latest.answers["weapon_used"] == "unknown"
    [plan] = list_plans(admin, number)
    assert plan.plan.part("code_word") == "пирог" and plan.plan.lang == "kk"
    assert plan.plan.bag == ["documents", "keys"]
    # The incident of 10 March after the latest assessment (5 March) brings the reassessment.
    kinds = {(r.kind.value, r.due_on) for r in reminders_for_day(admin, IMPORT_DAY)}
    assert ("risk_reassessment_due", date(2026, 3, 10)) in kinds


def counts(admin: ws.Workspace) -> tuple[int, ...]:
    with admin.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Case, Incident, RiskAssessment, SafetyPlan)
        )


BAD = [
    (
        {"incidents": [{"occurred_on": "2026-03-10", "reported_to_police": "yes"}]},
        "cases[1].incidents[0].reported_to_police",
    ),
    ({"incidents": [{"occurred_on": "2026-05-01"}]}, "cases[1].incidents[0].occurred_on"),
    ({"incidents": [{"violence_types": ["physical"]}]}, "cases[1].incidents[0].occurred_on"),
    (
        {"risk_assessments": [{"assessed_on": "2026-03-02", "answers": {"gossip": "yes"}}]},
        "cases[1].risk_assessments[0].answers.gossip",
    ),
    (
        {"risk_assessments": [{"assessed_on": "2026-03-02", "answers": {"stalking": "maybe"}}]},
        "cases[1].risk_assessments[0].answers.stalking",
    ),
    (
        {"risk_assessments": [{"assessed_on": "2026-03-02", "raised_to": "high"}]},
        "cases[1].risk_assessments[0].reason",
    ),
    (
        {"risk_assessments": [{"assessed_on": "2026-03-02", "raised_to": "low", "reason": "x"}]},
        "cases[1].risk_assessments[0].raised_to",
    ),
    ({"risk_assessments": [{"answers": {}}]}, "cases[1].risk_assessments[0].assessed_on"),
    (
        {"safety_plans": [{"made_on": "2026-03-05", "review_on": "2026-03-01", "code_word": "x"}]},
        "cases[1].safety_plans[0].review_on",
    ),
    (
        {"safety_plans": [{"made_on": "2026-03-05", "review_on": "2026-04-01", "secret": "x"}]},
        "cases[1].safety_plans[0].secret",
    ),
    (
        {"safety_plans": [{"made_on": "2026-03-05", "review_on": "2026-04-01"}]},
        "cases[1].safety_plans[0].parts",
    ),
]


@pytest.mark.parametrize(("change", "field"), BAD)
def test_malformed_entries_are_named_and_nothing_is_stored(
    admin: ws.Workspace, change: dict[str, Any], field: str
) -> None:
    before = counts(admin)
    good = a_case(number="2026-0501")
    bad = {"opened_on": "2026-03-01", "client": {"full_name": "Айгерим"}, **change}
    with pytest.raises(InvalidInput) as refused:
        do_import(admin, file_of(good, bad))
    assert refused.value.field == field
    assert counts(admin) == before


def test_a_raised_level_must_be_above_the_score(admin: ws.Workspace) -> None:
    before = counts(admin)
    answers = {code: "yes" for code in ("strangulation", "weapon_used", "threat_to_kill")}
    bad = a_case(
        risk_assessments=[
            {"assessed_on": "2026-03-02", "answers": answers, "raised_to": "medium", "reason": "x"}
        ]
    )
    with pytest.raises(InvalidInput) as refused:
        do_import(admin, file_of(bad))
    assert refused.value.field == "cases[0].risk_assessments[0].raised_to"
    assert counts(admin) == before
