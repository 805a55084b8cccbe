"""Risk assessments: scored against the organisation's thresholds, raised (never lowered) with a
reason, kept encrypted with date and author; the case's risk everywhere is the latest one's; the
reassessment reminder follows the issue's rule, replayed with any past day."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import records as rec
from caseapp.domain.enums import RiskLevel
from caseapp.domain.risk import QUESTION_CODES, Thresholds
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.corrections import strike_out
from caseapp.services.errors import InvalidInput
from caseapp.services.reminders import reminders_for_day
from caseapp.services.risk import (
    list_assessments,
    record_assessment,
    set_thresholds,
    thresholds,
)
from caseapp.storage.database import Database
from caseapp.storage.models import RiskAssessment

SECRET = "Он обещал найти её у сестры в Талгаре"


def a_case(admin: ws.Workspace, incidents: list[rec.Incident] | None = None) -> str:
    return create_case(
        admin,
        rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 3, 1), incidents=incidents or []),
    )


def yes(*codes: str) -> dict[str, str]:
    return {code: "yes" for code in codes}


def test_the_score_and_thresholds_give_the_level_and_the_case_follows_the_latest(
    admin: ws.Workspace,
) -> None:
    number = a_case(admin)
    assert thresholds(admin) == Thresholds(5, 9)
    _, _, level = record_assessment(
        admin, number, yes("stalking", "substance_abuse"), assessed_on=date(2026, 3, 2)
    )
    assert level is RiskLevel.STANDARD
    assert get_case(admin, number).risk is RiskLevel.STANDARD
    _, _, level = record_assessment(
        admin,
        number,
        yes("strangulation", "threat_to_kill", "weapon_used", "afraid_for_life", "stalking"),
        assessed_on=date(2026, 3, 5),
    )
    assert level is RiskLevel.HIGH  # 2 + 2 + 2 + 2 + 1 = 9
    record = get_case(admin, number)
    assert record.risk is RiskLevel.HIGH and record.risk_assessed
    rows = CaseQuery(admin, CaseFilter()).page(0, 10)
    assert [c.risk for c in rows if c.number == number] == ["high"]
    # Saving the case from a window holding an older drop-down value keeps the assessed risk.
    record.risk = RiskLevel.LOW
    update_case(admin, record)
    assert get_case(admin, number).risk is RiskLevel.HIGH
    views = list_assessments(admin, number)
    assert [(v.assessed_on, v.score, v.level, v.author) for v in views] == [
        (date(2026, 3, 5), 9, RiskLevel.HIGH, "admin"),
        (date(2026, 3, 2), 2, RiskLevel.STANDARD, "admin"),
    ]
    assert views[0].answers["strangulation"] == "yes"
    assert views[0].answers["pregnancy"] == "unknown"  # unanswered counts as don't know
    assert set(views[0].answers) == set(QUESTION_CODES)


def test_judgement_raises_with_a_reason_never_lowers(admin: ws.Workspace) -> None:
    number = a_case(admin)
    with pytest.raises(InvalidInput) as refused:
        record_assessment(admin, number, {}, raised_to=RiskLevel.HIGH)
    assert refused.value.field == "reason"
    with pytest.raises(InvalidInput) as refused:
        record_assessment(
            admin, number, yes(*QUESTION_CODES), raised_to=RiskLevel.MEDIUM, reason="x"
        )
    assert refused.value.field == "raised_to"
    with pytest.raises(InvalidInput) as refused:
        record_assessment(admin, number, {"strangulation": "maybe"})
    assert refused.value.field == "answers"
    with pytest.raises(InvalidInput):
        record_assessment(admin, number, {}, assessed_on=date(2099, 1, 1))
    assert list_assessments(admin, number) == []
    assert get_case(admin, number).risk is RiskLevel.UNKNOWN
    _, _, level = record_assessment(
        admin, number, {}, raised_to=RiskLevel.HIGH, reason=SECRET, assessed_on=date(2026, 3, 2)
    )
    assert level is RiskLevel.HIGH
    view = list_assessments(admin, number)[0]
    assert (view.computed, view.level, view.reason) == (RiskLevel.STANDARD, RiskLevel.HIGH, SECRET)


def test_answers_and_reason_are_kept_encrypted(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    record_assessment(
        admin,
        number,
        yes("pregnancy"),
        raised_to=RiskLevel.HIGH,
        reason=SECRET,
        assessed_on=date(2026, 3, 2),
    )
    with db.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT answers FROM risk_assessment").scalar_one()
    assert b"pregnancy" not in bytes(stored)
    assert SECRET.encode() not in bytes(stored)


def test_thresholds_are_the_organisations(admin: ws.Workspace) -> None:
    number = a_case(admin)
    set_thresholds(admin, Thresholds(2, 4))
    _, _, level = record_assessment(admin, number, yes("stalking", "isolation"))
    assert level is RiskLevel.MEDIUM
    with pytest.raises(InvalidInput):
        set_thresholds(admin, Thresholds(4, 4))
    assert thresholds(admin) == Thresholds(2, 4)


def test_striking_out_the_latest_puts_the_earlier_level_back(admin: ws.Workspace) -> None:
    number = a_case(admin)
    record_assessment(admin, number, yes("stalking"), assessed_on=date(2026, 3, 2))
    record_assessment(admin, number, yes(*QUESTION_CODES), assessed_on=date(2026, 3, 3))
    latest = list_assessments(admin, number)[0]
    strike_out(admin, number, "risk_assessment", latest.id, "typed in the wrong case")
    assert get_case(admin, number).risk is RiskLevel.STANDARD
    assert len(list_assessments(admin, number)) == 1


def due(admin: ws.Workspace, day: date) -> list[dict[str, str]]:
    return [r.as_json() for r in reminders_for_day(admin, day) if r.kind == "risk_reassessment_due"]


def test_reassessment_is_due_thirty_days_on_or_at_the_next_incident(admin: ws.Workspace) -> None:
    quiet = a_case(admin)
    assert due(admin, date(2026, 6, 1)) == []  # no assessment: no reminder
    number = a_case(admin, [rec.Incident(date(2026, 3, 10))])
    record_assessment(admin, number, {}, assessed_on=date(2026, 3, 2))
    ref = list_assessments(admin, number)[0].id
    assert due(admin, date(2026, 3, 9)) == []
    # The incident of 10 March comes before 1 April (2 March + 30 days).
    expected = {"case": number, "kind": "risk_reassessment_due", "due_on": "2026-03-10"}
    assert due(admin, date(2026, 3, 10)) == [{**expected, "ref": ref}]
    assert due(admin, date(2026, 3, 25)) == [{**expected, "ref": ref}]
    # A newer assessment ends it; replaying an earlier day still shows it.
    record_assessment(admin, number, {}, assessed_on=date(2026, 3, 12))
    assert due(admin, date(2026, 3, 25)) == []
    assert due(admin, date(2026, 3, 11)) == [{**expected, "ref": ref}]
    # Thirty days after the newer one, with no incident since.
    new_ref = list_assessments(admin, number)[0].id
    assert due(admin, date(2026, 4, 11)) == [
        {"case": number, "kind": "risk_reassessment_due", "due_on": "2026-04-11", "ref": new_ref}
    ]
    assert all(r["case"] != quiet for r in due(admin, date(2026, 4, 11)))


def test_an_incident_after_the_day_has_not_happened(admin: ws.Workspace) -> None:
    number = a_case(admin)
    record_assessment(admin, number, {}, assessed_on=date(2026, 3, 2))
    record = get_case(admin, number)
    record.incidents.append(rec.Incident(date(2026, 3, 20)))
    update_case(admin, record)
    assert due(admin, date(2026, 3, 19)) == []
    assert [r["due_on"] for r in due(admin, date(2026, 3, 20))] == ["2026-03-20"]


def test_struck_out_assessments_count_for_nothing(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    record_assessment(admin, number, {}, assessed_on=date(2026, 3, 2))
    only = list_assessments(admin, number)[0]
    strike_out(admin, number, "risk_assessment", only.id, "wrong case")
    assert due(admin, date(2026, 6, 1)) == []
    with admin.session() as session:
        assert session.query(RiskAssessment).count() == 1
