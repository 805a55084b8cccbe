"""Her children on the case, stay or no stay: kept under the case's key (no name in clear in the
database), changed through the case's save with the change in its history, refused in one
sentence when impossible, and used by the letters: the report about a child at risk lists her
minors on its date, the shelter and family support letters fall back to them when she has had
no stay; the letters print their birth years, never their names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.domain import records as rec
from caseapp.domain.changes import FieldChange, RecordKind
from caseapp.letters.builders import MissingFact
from caseapp.services import workspace as ws
from caseapp.services.casecheck import TamperedCase
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.errors import InvalidInput
from caseapp.services.history import history
from caseapp.services.letters import issue_letter
from caseapp.storage.database import Database
from tests.letters.sample import case_record, compact, pdf_text, set_up_organisation

ON = date(2026, 3, 25)
KIDS = [rec.Child("Айым", 2019), rec.Child("Нұрлан", 2022)]
GROWN = rec.Child("Данияр", 2007)  # 19 in 2026: her son, no minor


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def no_stay_case(workspace: ws.Workspace, children: list[rec.Child]) -> str:
    record = case_record()
    record.stays = []
    record.children = list(children)
    return create_case(workspace, record)


def _names_absent(flat: str) -> bool:
    found = [c.name for c in [*KIDS, GROWN] if compact(c.name).casefold() in flat]
    assert not found, flat
    return True


def test_her_children_are_kept_on_the_case_and_never_in_clear(
    admin: ws.Workspace, db: Database, db_kind: str, data_folder: Path
) -> None:
    number = no_stay_case(admin, [*KIDS, GROWN])
    assert get_case(admin, number).children == [*KIDS, GROWN]
    with db.engine.connect() as conn:
        stored = conn.execute(
            text("SELECT children FROM case_file WHERE number = :n"), {"n": number}
        ).scalar_one()
    assert stored is not None
    for child in [*KIDS, GROWN]:
        assert child.name.encode() not in bytes(stored)
    if db_kind == "sqlite":
        db.close()
        for path in data_folder.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                for child in [*KIDS, GROWN]:
                    assert child.name.encode() not in content, path.name


def test_her_children_cleared_or_moved_in_the_file_are_noticed(
    admin: ws.Workspace, db: Database
) -> None:
    """A case sealed with children, its column emptied behind the program's back, or another
    case's children pasted in: the seal fails, naming the case, never a child."""
    with_kids = no_stay_case(admin, KIDS)
    without = no_stay_case(admin, [])  # sealed with the column empty: its MAC holds
    other = no_stay_case(admin, [GROWN])
    assert get_case(admin, without).children == []
    with db.engine.begin() as conn:
        stolen = conn.execute(
            text("SELECT children FROM case_file WHERE number = :n"), {"n": with_kids}
        ).scalar_one()
        conn.execute(
            text("UPDATE case_file SET children = NULL WHERE number = :n"), {"n": with_kids}
        )
        conn.execute(
            text("UPDATE case_file SET children = :ct WHERE number = :n"),
            {"ct": stolen, "n": other},
        )
    for number in (with_kids, other):
        with pytest.raises(TamperedCase) as raised:
            get_case(admin, number)
        assert number in raised.value.message
        assert all(c.name not in raised.value.message for c in [*KIDS, GROWN])


def test_a_change_of_her_children_is_sealed_and_in_the_history(admin: ws.Workspace) -> None:
    number = no_stay_case(admin, KIDS[:1])
    record = get_case(admin, number)
    record.children = [*KIDS, rec.Child("", 2025)]
    update_case(admin, record)
    assert get_case(admin, number).children == [*KIDS, rec.Child("", 2025)]  # seal verified
    last = [e for e in history(admin, number) if e.action != "case.view"][-1]
    case_changes = [c for c in last.changes if c.kind is RecordKind.CASE]
    assert case_changes[0].fields == (
        FieldChange("children", ["Айым, 2019"], ["Айым, 2019", "Нұрлан, 2022", "—, 2025"]),
    )


@pytest.mark.parametrize(
    ("child", "field", "why"),
    [
        (rec.Child("Айым", ON.year + 1), "children[0].birth_year", "still to come"),
        (rec.Child("Айым", 1989), "children[0].birth_year", "older than"),  # she was born 1990
        (rec.Child("А" * 101, 2019), "children[0].name", "longer than 100"),
    ],
)
def test_impossible_children_are_refused_and_change_nothing(
    admin: ws.Workspace, child: rec.Child, field: str, why: str
) -> None:
    number = no_stay_case(admin, [])
    record = get_case(admin, number)
    record.children = [child]
    with pytest.raises(InvalidInput) as raised:
        update_case(admin, record)
    assert raised.value.field == field and why in raised.value.message
    assert get_case(admin, number).children == []


def test_too_many_children_are_refused(admin: ws.Workspace) -> None:
    record = case_record()
    record.children = [rec.Child("", 2019)] * 21
    with pytest.raises(InvalidInput, match="at most 20 children"):
        create_case(admin, record)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_report_about_a_child_at_risk_needs_no_stay(org: ws.Workspace, lang: str) -> None:
    number = no_stay_case(org, [GROWN, *KIDS])
    letter = issue_letter(org, number, "minor_at_risk", lang, on=ON)
    flat = compact(pdf_text(letter.pdf)).casefold()
    assert "2019" in flat and "2022" in flat and "2007" not in flat  # minors only
    assert _names_absent(flat)


def test_the_report_is_refused_when_her_children_are_all_grown_up(org: ws.Workspace) -> None:
    number = no_stay_case(org, [GROWN, rec.Child("Бала", None)])
    with pytest.raises(MissingFact) as raised:
        issue_letter(org, number, "minor_at_risk", "ru", on=ON)
    message = raised.value.message
    assert "no child of the client under 18 on 2026-03-25" in message
    assert message.count(". ") == 0


def test_a_child_turning_18_that_year_is_no_longer_a_minor(org: ws.Workspace) -> None:
    eighteen = no_stay_case(org, [rec.Child("Айым", 2008)])
    with pytest.raises(MissingFact):
        issue_letter(org, eighteen, "minor_at_risk", "ru", on=ON)
    seventeen = no_stay_case(org, [rec.Child("Айым", 2009)])
    flat = compact(pdf_text(issue_letter(org, seventeen, "minor_at_risk", "ru", on=ON).pdf))
    assert compact("1 (годы рождения: 2009)") in flat


@pytest.mark.parametrize("kind", ["shelter_referral", "family_support_centre"])
def test_without_a_stay_the_referrals_name_the_cases_minor_children(
    org: ws.Workspace, kind: str
) -> None:
    number = no_stay_case(org, [GROWN, *KIDS])
    flat = compact(pdf_text(issue_letter(org, number, kind, "ru", on=ON).pdf)).casefold()
    assert compact("дети: 2 (годы рождения: 2019, 2022)") in flat
    assert _names_absent(flat)


def test_with_a_stay_the_referral_names_the_children_with_her_in_it(org: ws.Workspace) -> None:
    record = case_record()
    record.children = [*KIDS, rec.Child("Сәуле", 2015)]
    stay = record.stays[0]
    stay.children, stay.children_named = 1, [KIDS[1]]
    number = create_case(org, record)
    flat = compact(pdf_text(issue_letter(org, number, "shelter_referral", "ru", on=ON).pdf))
    assert compact("дети: 1 (годы рождения: 2022)") in flat
    report = compact(pdf_text(issue_letter(org, number, "minor_at_risk", "ru", on=ON).pdf))
    assert compact("3 (годы рождения: 2015, 2019, 2022)") in report
