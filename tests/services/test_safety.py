"""Safety plans: written with her in her language, kept encrypted, printed for her in ru, kk or
en as a short PDF that never names the centre or its address; the review reminder follows the
latest plan, replayed with any past day."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.domain import records as rec
from caseapp.domain.safety_plan import SafetyPlan
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case
from caseapp.services.errors import InvalidInput
from caseapp.services.reminders import reminders_for_day
from caseapp.services.safety import list_plans, plan_pdf, record_plan
from caseapp.storage.database import Database
from tests.letters.sample import OFFICE, ORG_NAMES, compact, pdf_text, set_up_organisation

CODE_WORD = "Бабушкин пирог"
SAFE_PERSON = "Сестра Динара, 8 701 555 44 33"


def a_case(admin: ws.Workspace) -> str:
    return create_case(admin, rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 3, 1)))


def a_plan(made_on: date = date(2026, 3, 2), review_on: date = date(2026, 4, 1)) -> SafetyPlan:
    return SafetyPlan(
        made_on,
        review_on,
        lang="kk",
        parts={
            "warning_signs": "Ол ішіп келгенде дауыс көтереді.",
            "safe_people": SAFE_PERSON,
            "code_word": CODE_WORD,
            "how_to_leave": "Түнде көрші арқылы, такси шақырып.",
            "children_plan": "Балалар «ойын» деген сөзден кейін көршіге барады.",
        },
        bag=["documents", "keys"],
    )


def test_a_plan_is_kept_encrypted_and_listed(db: Database, admin: ws.Workspace) -> None:
    number = a_case(admin)
    plan_id = record_plan(admin, number, a_plan())
    [view] = list_plans(admin, number)
    assert view.plan.id == plan_id and view.author == "admin"
    assert view.plan.part("code_word") == CODE_WORD and view.plan.bag == ["documents", "keys"]
    assert "safety_plan.create" in [a for _, _, a in case_history(admin, number)]
    with db.engine.connect() as conn:
        stored = bytes(conn.exec_driver_sql("SELECT body FROM safety_plan").scalar_one())
    assert CODE_WORD.encode() not in stored and b"code_word" not in stored


def test_bad_plans_are_refused_and_nothing_is_kept(admin: ws.Workspace) -> None:
    number = a_case(admin)
    for plan, field in (
        (a_plan(review_on=date(2026, 3, 1)), "review_on"),
        (a_plan(made_on=date.today() + timedelta(days=1)), "made_on"),
        (SafetyPlan(date(2026, 3, 2), date(2026, 4, 1)), "parts"),
    ):
        with pytest.raises(InvalidInput) as refused:
            record_plan(admin, number, plan)
        assert refused.value.field == field
    assert list_plans(admin, number) == []


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_printout_never_names_the_centre_or_its_address(
    admin: ws.Workspace, lang: str, tmp_path: Path
) -> None:
    set_up_organisation(admin)
    number = a_case(admin)
    plan_id = record_plan(admin, number, a_plan())
    pdf = plan_pdf(admin, number, plan_id, lang)
    text = compact(pdf_text(pdf))
    headings = {
        "ru": "Мой план безопасности",
        "kk": "Менің қауіпсіздік жоспарым",
        "en": "My safety plan",
    }
    assert compact(headings[lang]) in text
    assert compact(CODE_WORD) in text and compact(SAFE_PERSON) in text
    assert "02.03.2026" in text and "01.04.2026" in text
    for name in (*ORG_NAMES.values(), OFFICE, number):
        assert compact(name) not in text
    assert "safety_plan.print" in [a for _, _, a in case_history(admin, number)]
    if lang == "kk":
        path = tmp_path / "plan.pdf"
        path.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", path, tmp_path / "p"], check=True
        )
        [png] = list(tmp_path.glob("p*.png"))
        assert png.read_bytes().startswith(b"\x89PNG")


def test_a_plan_naming_the_office_address_is_not_printed(admin: ws.Workspace) -> None:
    set_up_organisation(admin)
    number = a_case(admin)
    plan = a_plan()
    plan.parts["how_to_leave"] = f"Приходить в {OFFICE}"
    plan_id = record_plan(admin, number, plan)
    with pytest.raises(InvalidInput) as refused:
        plan_pdf(admin, number, plan_id, "ru")
    assert refused.value.field == "how_to_leave"


def review(admin: ws.Workspace, day: date) -> list[dict[str, str]]:
    return [
        r.as_json() for r in reminders_for_day(admin, day) if r.kind == "safety_plan_review_due"
    ]


def test_the_review_reminder_follows_the_latest_plan(admin: ws.Workspace) -> None:
    number = a_case(admin)
    first = record_plan(admin, number, a_plan(date(2026, 3, 2), date(2026, 3, 20)))
    expected = {"case": number, "kind": "safety_plan_review_due", "due_on": "2026-03-20"}
    assert review(admin, date(2026, 3, 17)) == []
    assert review(admin, date(2026, 3, 18)) == [{**expected, "ref": first}]
    assert review(admin, date(2026, 3, 25)) == [{**expected, "ref": first}]
    second = record_plan(admin, number, a_plan(date(2026, 3, 24), date(2026, 4, 24)))
    assert review(admin, date(2026, 3, 25)) == []  # a newer plan ends it
    assert review(admin, date(2026, 3, 23)) == [{**expected, "ref": first}]  # replayed
    assert review(admin, date(2026, 4, 22))[0]["ref"] == second
