"""The shelter board service: who is where, the six-month limit, admitting and discharging, and
need-to-know (DESIGN.md section 2: Shelter)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from caseapp.domain import records as rec
from caseapp.domain.dates import shelter_limit
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case, get_case, update_case
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound, VersionConflict
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.shelter import admit, discharge, occupancy, shelter_board
from caseapp.services.staff import set_shelter_staff
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.conftest import CHEAP_KDF

TODAY = date(2026, 6, 15)


def _case(workspace: ws.Workspace, name: str, alias: str = "", **kw: object) -> str:
    record = rec.CaseRecord(rec.Client(name, alias=alias), opened_on=date(2026, 1, 5), **kw)  # type: ignore[arg-type]
    return create_case(workspace, record)


def _audit_count(workspace: ws.Workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _beds(workspace: ws.Workspace, beds: int) -> None:
    settings = get_settings(workspace)
    settings.bed_count = beds
    update_settings(workspace, settings)


def test_the_board_shows_alias_or_a_neutral_label_never_the_full_name(
    admin: ws.Workspace,
) -> None:
    with_alias = _case(admin, "Жанар Секретова", alias="Гүл")
    without = _case(admin, "Айгерим Секретова")
    admit(admin, with_alias, rec.ShelterStay(date(2026, 6, 1), room="Room 2, bed 10"), TODAY)
    admit(
        admin, without, rec.ShelterStay(date(2026, 6, 3), room="Room 2, bed 9", children=2), TODAY
    )
    board = shelter_board(admin, TODAY)
    assert [(r.room, r.number, r.alias, r.children) for r in board] == [
        ("Room 2, bed 9", without, "", 2),  # bed 9 before bed 10
        ("Room 2, bed 10", with_alias, "Гүл", 0),
    ]
    assert "Секретова" not in repr(board)
    assert board[1].admitted_on == date(2026, 6, 1)
    assert board[1].limit == shelter_limit(date(2026, 6, 1)) == date(2026, 12, 1)
    assert board[1].days_left == (date(2026, 12, 1) - TODAY).days
    assert board[1].flag is None and not board[1].hidden


@pytest.mark.parametrize(
    ("admitted", "days_left", "flag"),
    [
        (date(2025, 12, 30), 15, None),  # limit 2026-06-30
        (date(2025, 12, 29), 14, "near"),
        (date(2025, 12, 15), 0, "near"),  # the limit is today
        (date(2025, 12, 14), -1, "passed"),
    ],
)
def test_rows_are_flagged_near_and_past_the_six_month_limit(
    admin: ws.Workspace, admitted: date, days_left: int, flag: str | None
) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), opened_on=admitted))
    admit(admin, number, rec.ShelterStay(admitted, room="1"), TODAY)
    (row,) = shelter_board(admin, TODAY)
    assert (row.days_left, row.flag) == (days_left, flag)


def test_totals_count_occupied_beds_and_free_ones(admin: ws.Workspace) -> None:
    _beds(admin, 3)
    for i in range(2):
        admit(
            admin,
            _case(admin, f"Клиент {i}"),
            rec.ShelterStay(date(2026, 6, 1), room=str(i)),
            TODAY,
        )
    gone = _case(admin, "Ушла Тестова")
    stay_id = admit(admin, gone, rec.ShelterStay(date(2026, 5, 1), room="9"), TODAY)
    discharge(admin, gone, stay_id, date(2026, 6, 10), "home", "")
    counts = occupancy(admin, TODAY)
    assert (counts.occupied, counts.beds, counts.free, counts.over) == (2, 3, 1, 0)
    # On the day before she left, she still took a bed.
    assert occupancy(admin, date(2026, 6, 9)).occupied == 3
    assert len(shelter_board(admin, date(2026, 6, 9))) == 3
    _beds(admin, 1)
    assert (occupancy(admin, TODAY).free, occupancy(admin, TODAY).over) == (0, 1)


def test_admit_and_discharge_write_one_audit_entry_each(admin: ws.Workspace) -> None:
    number = _case(admin, "Мадина Тестова")
    before = _audit_count(admin)
    stay_id = admit(admin, number, rec.ShelterStay(date(2026, 6, 1), room="R1", children=1), TODAY)
    assert _audit_count(admin) == before + 1
    discharge(admin, number, stay_id, date(2026, 6, 14), "Found housing", "Алматы, к сестре")
    assert _audit_count(admin) == before + 2
    actions = [a for _, _, a in case_history(admin, number)]
    assert actions[-2:] == ["shelter.admit", "shelter.discharge"]
    (stay,) = get_case(admin, number).stays
    assert (stay.left_on, stay.departure_reason, stay.destination, stay.room) == (
        date(2026, 6, 14),
        "Found housing",
        "Алматы, к сестре",
        "R1",
    )
    with admin.session() as session:
        details = [e.detail for e in session.scalars(select(AuditEntry))]
    assert not any("Алматы" in d or "R1" in d for d in details)  # the place is never logged
    assert shelter_board(admin, TODAY) == []


def test_a_case_already_in_the_shelter_is_not_admitted_again(admin: ws.Workspace) -> None:
    number = _case(admin, "Динара Тестова")
    admit(admin, number, rec.ShelterStay(date(2026, 6, 1), room="R1"), TODAY)
    before = _audit_count(admin)
    with pytest.raises(InvalidInput) as caught:
        admit(admin, number, rec.ShelterStay(date(2026, 6, 10), room="R2"), TODAY)
    assert caught.value.message == (
        f"Case {number} is already in the shelter (admitted on 2026-06-01): discharge her first."
    )
    assert len(get_case(admin, number).stays) == 1 and _audit_count(admin) == before + 1


def test_admission_within_an_earlier_stay_or_in_the_future_is_refused(
    admin: ws.Workspace,
) -> None:
    number = _case(admin, "Асель Тестова")
    stay_id = admit(admin, number, rec.ShelterStay(date(2026, 3, 1), room="R1"), TODAY)
    discharge(admin, number, stay_id, date(2026, 4, 1))
    with pytest.raises(InvalidInput, match=r"earlier stay .* ended on 2026-04-01"):
        admit(admin, number, rec.ShelterStay(date(2026, 3, 15), room="R1"), TODAY)
    with pytest.raises(InvalidInput, match="in the future"):
        admit(admin, number, rec.ShelterStay(TODAY + timedelta(days=1), room="R1"), TODAY)
    with pytest.raises(InvalidInput, match="children"):
        admit(admin, number, rec.ShelterStay(date(2026, 6, 1), room="R1", children=21), TODAY)
    with pytest.raises(InvalidInput):
        admit(admin, number, rec.ShelterStay(date(2026, 6, 1), room="  "), TODAY)
    # Re-admission on the day she left is fine.
    admit(admin, number, rec.ShelterStay(date(2026, 4, 1), room="R3"), TODAY)
    assert len(get_case(admin, number).stays) == 2


def test_discharge_is_validated(admin: ws.Workspace) -> None:
    number = _case(admin, "Назым Тестова")
    stay_id = admit(admin, number, rec.ShelterStay(date(2026, 6, 1), room="R1"), TODAY)
    with pytest.raises(InvalidInput, match="before the admission date"):
        discharge(admin, number, stay_id, date(2026, 5, 31))
    with pytest.raises(NotFound):
        discharge(admin, number, "no-such-stay", TODAY)
    discharge(admin, number, stay_id, TODAY)
    with pytest.raises(InvalidInput, match=r"ended on .* already"):
        discharge(admin, number, stay_id, TODAY)


def test_a_case_window_holding_the_old_case_cannot_save_over_an_admission(
    admin: ws.Workspace,
) -> None:
    number = _case(admin, "Томирис Тестова")
    stale = get_case(admin, number)
    admit(admin, number, rec.ShelterStay(date(2026, 6, 1), room="R1"), TODAY)
    stale.notes = "edited meanwhile"
    with pytest.raises(VersionConflict):
        update_case(admin, stale)
    assert len(get_case(admin, number).stays) == 1


def test_restricted_staff_see_other_stays_as_occupied_only(
    db: Database, admin: ws.Workspace
) -> None:
    worker_id = accounts.add_staff(
        admin, "worker", "worker pass 1", Role.CASE_WORKER, shelter=True, kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", "worker pass 1")
    mine = _case(admin, "Ұлжан Тестова", alias="Ұ.", assigned_to=worker.actor.staff_id)
    other = _case(admin, "Ақерке Тестова", alias="Ақ.")
    admit(admin, mine, rec.ShelterStay(date(2026, 6, 1), room="A", children=1), TODAY)
    admit(admin, other, rec.ShelterStay(date(2026, 6, 2), room="B", children=2), TODAY)
    assert worker_id == worker.actor.staff_id

    board = shelter_board(worker, TODAY)
    assert [(r.room, r.hidden, r.number, r.alias) for r in board] == [
        ("A", False, mine, "Ұ."),
        ("B", True, None, ""),
    ]
    hidden = board[1]
    assert (hidden.stay_id, hidden.admitted_on, hidden.days_left, hidden.children) == (
        None,
        None,
        None,
        0,
    )
    assert occupancy(worker, TODAY).occupied == 2  # the beds are the organisation's
    with pytest.raises(AccessDenied):
        admit(worker, other, rec.ShelterStay(date(2026, 6, 3), room="C"), TODAY)
    with pytest.raises(AccessDenied):
        discharge(worker, other, "whatever", TODAY)

    # Without the restriction, everyone sees every stay.
    settings = get_settings(admin)
    settings.case_visibility = CaseVisibility.ALL
    update_settings(admin, settings)
    assert [r.number for r in shelter_board(worker, TODAY)] == [mine, other]


def test_rooms_are_for_shelter_staff_only(db: Database, admin: ws.Workspace) -> None:
    """The shelter's compartment: a case worker who is not shelter staff reads her case but not
    where in the shelter the client sleeps, nor the board; marked as shelter staff, she does."""
    worker_id = accounts.add_staff(
        admin, "worker", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF
    )
    mine = _case(admin, "Ұлжан Тестова", alias="Ұ.", assigned_to=worker_id)
    admit(admin, mine, rec.ShelterStay(date(2026, 6, 1), room="A-7", children=1), TODAY)
    worker = ws.unlock(db, "worker", "worker pass 1")
    [stay] = get_case(worker, mine).stays
    assert (stay.admitted_on, stay.room, stay.children) == (date(2026, 6, 1), "", 1)
    with pytest.raises(AccessDenied, match="shelter staff"):
        shelter_board(worker, TODAY)
    with pytest.raises(AccessDenied, match="shelter staff"):
        discharge(worker, mine, stay.id, TODAY)
    record = get_case(worker, mine)  # saving the case keeps the room she cannot read
    record.notes = "seen"
    update_case(worker, record)
    assert get_case(admin, mine).stays[0].room == "A-7"

    set_shelter_staff(admin, worker_id, True)
    worker = ws.unlock(db, "worker", "worker pass 1")
    assert get_case(worker, mine).stays[0].room == "A-7"
    assert [r.room for r in shelter_board(worker, TODAY)] == ["A-7"]
    set_shelter_staff(admin, worker_id, False)  # taken back: the shelter's key is rotated
    assert get_case(ws.unlock(db, "worker", "worker pass 1"), mine).stays[0].room == ""
