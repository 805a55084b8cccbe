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


def test_a_case_opened_without_the_office_key_is_settled_by_a_holder(
    db: Database, admin: ws.Workspace
) -> None:
    """A case worker who sees only her cases opens one: she cannot wrap its key under the office
    key nor write its tokens. Her office's holders find it all the same (in memory), and the next
    holder's check after unlock wraps the key and writes the tokens."""
    from sqlalchemy import text as sql

    from caseapp.services.cases import create_case, get_case
    from caseapp.services.pending import settle_pending
    from caseapp.services.search import search_cases
    from tests.security.scenario import WORKER, WORKER_PASSWORD, _record

    centre = build(db, admin)
    worker = ws.unlock(db, WORKER, WORKER_PASSWORD)
    number = create_case(worker, _record("pending", centre.branch, None))
    assert get_case(worker, number).client.alias == "pendingalias"  # through her case grant
    with db.engine.connect() as conn:
        row = conn.execute(
            sql(
                "SELECT c.key_box IS NOT NULL, c.key_wrap IS NULL, l.index_pending "
                "FROM case_file c JOIN client l ON l.id = c.client_id WHERE c.number = :n"
            ),
            {"n": number},
        ).one()
    assert tuple(bool(v) for v in row) == (True, True, True)
    assert [h.number for h in search_cases(admin, "pendingalias")] == [number]
    assert settle_pending(admin) == 1
    with db.engine.connect() as conn:
        row = conn.execute(
            sql(
                "SELECT c.key_box IS NULL, c.key_wrap IS NOT NULL, l.index_pending "
                "FROM case_file c JOIN client l ON l.id = c.client_id WHERE c.number = :n"
            ),
            {"n": number},
        ).one()
    assert tuple(bool(v) for v in row) == (True, True, False)
    assert [h.number for h in search_cases(admin, "pendingalias")] == [number]
    assert get_case(worker, number).notes == "pendingnotes"
    assert settle_pending(admin) == 0
