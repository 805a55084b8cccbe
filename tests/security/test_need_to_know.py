"""The insider with the file, her own password and the project's code reads nothing outside her
grants (issue 13): every key her password reaches is tried on every ciphertext in the file."""

from __future__ import annotations

from sqlalchemy import text

from caseapp.domain.enums import CaseVisibility
from caseapp.services import workspace as ws
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.staff import set_shelter_staff
from caseapp.storage.database import Database
from tests.security import insider
from tests.security.scenario import LAWYER, LAWYER_PASSWORD, Centre, build


def _case_id(db: Database, number: str) -> str:
    with db.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT id FROM case_file WHERE number = :n"), {"n": number}
            ).scalar_one()
        )


def _markers(opened: dict[tuple[str, str, str], str]) -> str:
    return " ".join(opened.values())


def _visibility(centre: Centre, visibility: CaseVisibility) -> None:
    settings = get_settings(centre.admin)
    settings.case_visibility = visibility
    update_settings(centre.admin, settings)


def test_only_her_assigned_case_opens_when_she_sees_only_her_cases(
    db: Database, admin: ws.Workspace
) -> None:
    centre = build(db, admin)
    loot = insider.loot(db.engine, LAWYER, LAWYER_PASSWORD)
    assert loot.pairs is not None and loot.case_keys  # her password does open her keys
    seen = _markers(loot.opened)
    for mine in ("hersname", "hersalias", "hersaddress", "hersnotes", "hersorder", "hersofficer"):
        assert mine in seen
    for not_mine in ("othersname", "othersnotes", "othersnote", "othersorder", "branchname"):
        assert not_mine not in seen, not_mine
    # The shelter's compartment: not even her own client's room without the shelter's key.
    assert "hersroom" not in seen and "othersroom" not in seen
    # The organisation's compartment is everyone's: the centre's name, office names.
    assert "Тестовый центр" in seen and "Branch" in seen
    her_case = _case_id(db, centre.hers)
    case_fields = {k for k in loot.opened if k[0] in ("client", "case_file", "protection_order")}
    assert case_fields and all(
        (table == "case_file" and row == her_case) or table != "case_file"
        for table, row, _ in case_fields
    )


def test_her_office_opens_when_staff_see_their_offices(db: Database, admin: ws.Workspace) -> None:
    centre = build(db, admin)
    _visibility(centre, CaseVisibility.OFFICE)
    seen = _markers(insider.loot(db.engine, LAWYER, LAWYER_PASSWORD).opened)
    assert "hersname" in seen and "othersname" in seen and "othersnote" in seen
    assert "branchname" not in seen  # another office's case: its office key is not hers
    assert "hersroom" not in seen and "othersroom" not in seen


def test_narrowing_who_sees_what_takes_the_keys_back(db: Database, admin: ws.Workspace) -> None:
    """From "all" back to "only their own": the office keys she held are rotated, so what is
    written afterwards in another's case is closed to her even with the keys she had."""
    centre = build(db, admin)
    _visibility(centre, CaseVisibility.ALL)
    before = insider.loot(db.engine, LAWYER, LAWYER_PASSWORD)
    assert "branchname" in _markers(before.opened)
    _visibility(centre, CaseVisibility.ASSIGNED)
    from caseapp.services.cases import create_case
    from tests.security.scenario import _record

    create_case(admin, _record("later", centre.branch, centre.worker_id))
    again = insider.loot(db.engine, LAWYER, LAWYER_PASSWORD)
    assert "latername" not in _markers(again.opened)
    # Not even with every key she ever held: the new case's key is under the new generation.
    kept = insider.Loot(pairs=before.pairs, secrets=before.secrets, case_keys=before.case_keys)
    insider._open_every_field(db.engine, kept)
    assert "latername" not in _markers(kept.opened)


def test_shelter_staff_open_rooms_and_nothing_else_more(db: Database, admin: ws.Workspace) -> None:
    centre = build(db, admin)
    set_shelter_staff(admin, centre.lawyer_id, True)
    seen = _markers(insider.loot(db.engine, LAWYER, LAWYER_PASSWORD).opened)
    assert "hersroom" in seen and "othersroom" in seen  # the rooms: the shelter's compartment
    assert "othersname" not in seen  # but not whose they are


def test_a_wrong_password_opens_nothing(db: Database, admin: ws.Workspace) -> None:
    build(db, admin)
    loot = insider.loot(db.engine, LAWYER, "not her password")
    assert loot.pairs is None and not loot.opened
