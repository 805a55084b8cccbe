"""The shelter board driven through its real widgets: who is where, the six-month limit, admitting
from a search, discharging, opening the case, and need-to-know."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.dates import add_months, shelter_limit
from caseapp.domain.enums import Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case, get_case
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.shelter import BoardRow
from caseapp.storage.database import Database
from caseapp.ui.case_picker import CasePickerDialog
from caseapp.ui.forms import AdmitDialog, DischargeDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.main_window import MainWindow
from caseapp.ui.shelter_board import ShelterBoard, ShelterBoardModel
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer

TODAY = date.today()
M = ShelterBoardModel


def _case(admin: ws.Workspace, name: str, alias: str = "", **kw: Any) -> str:
    opened = kw.pop("opened_on", TODAY - timedelta(days=300))
    return create_case(admin, rec.CaseRecord(rec.Client(name, alias=alias), opened, **kw))


def _stay(admitted: date, room: str, children: int = 0) -> list[rec.ShelterStay]:
    return [rec.ShelterStay(admitted_on=admitted, room=room, children=children)]


def _beds(admin: ws.Workspace, beds: int) -> None:
    settings = get_settings(admin)
    settings.bed_count = beds
    update_settings(admin, settings)


def _texts(model: ShelterBoardModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_the_model_passes_qt_s_model_tester(qtmodeltester: Any) -> None:
    model = ShelterBoardModel()
    qtmodeltester.check(model)
    model.set_rows(
        [
            BoardRow("1", False, "s1", "2026-0001", "А.", TODAY, TODAY, 0, 1),
            BoardRow("2", True),
            BoardRow("3", False, "s3", "2026-0003", "", TODAY, TODAY, -4, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, M.CLIENT)) == "occupied"
    assert model.data(model.index(1, M.CASE)) == ""
    assert model.data(model.index(1, 0), M.CASE_NUMBER_ROLE) is None
    assert model.data(model.index(2, M.CLIENT)) == "Client 2026-0003"
    assert model.data(model.index(2, M.DAYS_LEFT)) == "passed 4 d ago"
    assert model.headerData(M.LIMIT, Qt.Orientation.Horizontal) == "Six-month limit"


def test_the_board_shows_who_is_where_by_alias_never_by_name(
    qtbot: QtBot, admin: ws.Workspace, qtmodeltester: Any
) -> None:
    _beds(admin, 4)
    near = add_months(TODAY, -6) + timedelta(days=10)  # limit in about 10 days
    passed = add_months(TODAY, -6) - timedelta(days=3)  # limit about 3 days ago
    a = _case(admin, "Жанар Секретова", alias="Гүл", stays=_stay(near, "Room 1, bed 2", 2))
    b = _case(admin, "Айгерим Секретова", stays=_stay(passed, "Room 1, bed 1"))
    c = _case(admin, "Сәуле Секретова", alias="С.", stays=_stay(TODAY, "Room 3, bed 1"))
    _case(admin, "Ушла Секретова", stays=[rec.ShelterStay(passed, TODAY, room="Room 9")])
    board = ShelterBoard(admin)
    qtbot.addWidget(board)
    model = board.model
    qtmodeltester.check(model)

    assert _texts(model, M.ROOM) == ["Room 1, bed 1", "Room 1, bed 2", "Room 3, bed 1"]
    assert _texts(model, M.CLIENT) == [f"Client {b}", "Гүл", "С."]
    assert _texts(model, M.CASE) == [b, a, c]
    assert _texts(model, M.CHILDREN) == ["0", "2", "0"]
    assert _texts(model, M.ADMITTED)[2] == TODAY.strftime("%d.%m.%Y")
    assert _texts(model, M.DAYS_LEFT) == [
        f"passed {(TODAY - shelter_limit(passed)).days} d ago",
        f"{(shelter_limit(near) - TODAY).days} — near",
        str((shelter_limit(TODAY) - TODAY).days),
    ]
    every_text = " ".join(
        str(model.data(model.index(r, col)))
        for r in range(model.rowCount())
        for col in range(model.columnCount())
    )
    assert "Секретова" not in every_text
    colours = [model.data(model.index(r, 0), Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert colours[0].color() == QColor("#fbe3e3") and colours[1].color() == QColor("#fff4d6")
    assert colours[2] is None
    assert [model.data(model.index(r, 0), M.CASE_NUMBER_ROLE) for r in range(3)] == [b, a, c]
    assert board.totals.text() == "Occupied: 3   ·   Beds: 4   ·   Free: 1"


def test_admitting_a_case_found_by_search(
    qtbot: QtBot, admin: ws.Workspace, monkeypatch: Any
) -> None:
    _beds(admin, 2)
    number = _case(admin, "Шұғыла Серікқызы", alias="Ш.")
    _case(admin, "Ольга Иванова")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    board = window.shelter
    window.shelter_action.trigger()
    assert window.tabs.currentWidget() is board
    assert not board.discharge_button.isEnabled() and not board.open_button.isEnabled()

    def pick(picker: CasePickerDialog) -> None:
        assert not picker.ok_button.isEnabled()
        qtbot.keyClicks(picker.search, "shugyla")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # searches at once, focus to results
        assert picker.results.count() == 1
        assert picker.results.item(0).text() == f"{number} — Ш."
        qtbot.keyClick(picker.results, Qt.Key.Key_Return)

    def fill(dialog: AdmitDialog) -> None:
        assert number in dialog.windowTitle()
        dialog.room.set_text("Room 4, bed 1")
        dialog.children_editor.add_row("Айым", 2019)
        dialog.buttons.accepted.emit()

    answer(CasePickerDialog, pick)
    answer(AdmitDialog, fill)
    assert board.admit() == number
    assert board.message.text() == f"Case {number} admitted."
    assert _texts(board.model, M.CLIENT) == ["Ш."]
    assert board.selected_row() is not None and board.discharge_button.isEnabled()
    assert board.totals.text() == "Occupied: 1   ·   Beds: 2   ·   Free: 1"
    assert "In shelter: 1" in window.dashboard.counts.text()
    assert [a for _, _, a in case_history(admin, number)].count("shelter.admit") == 1
    (stay,) = get_case(admin, number).stays
    assert (stay.room, stay.children, stay.admitted_on) == ("Room 4, bed 1", 1, TODAY)

    # The same case again: refused with one clear sentence, nothing changes.
    def pick_again(picker: CasePickerDialog) -> None:
        picker.search.insert("Шұғыла")  # QTest types ASCII only
        picker.run_search()
        picker.buttons.accepted.emit()

    answer(CasePickerDialog, pick_again)
    answer(AdmitDialog, lambda d: (d.room.set_text("Room 5"), d.buttons.accepted.emit()))
    assert board.admit() is None
    assert board.message.text() == (
        f"Case {number} is already in the shelter (admitted on {TODAY:%d.%m.%Y}): "
        "discharge her first."
    )
    assert len(get_case(admin, number).stays) == 1


def test_cancelling_the_search_admits_nobody(qtbot: QtBot, admin: ws.Workspace) -> None:
    _case(admin, "Мадина Тестова")
    board = ShelterBoard(admin)
    qtbot.addWidget(board)

    def cancel(picker: CasePickerDialog) -> None:
        picker.search.setText("zzz")
        picker.run_search()
        assert picker.message.text() == "No case found." and not picker.ok_button.isEnabled()
        picker.buttons.rejected.emit()

    answer(CasePickerDialog, cancel)
    assert board.admit() is None
    assert board.model.rowCount() == 0


def test_discharging_from_the_board(qtbot: QtBot, admin: ws.Workspace) -> None:
    number = _case(admin, "Динара Тестова", stays=_stay(TODAY - timedelta(days=20), "R1", 1))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    board = window.shelter
    assert board.select_case(number)

    def fill(dialog: DischargeDialog) -> None:
        dialog.left.set_text((TODAY - timedelta(days=21)).isoformat())
        dialog.buttons.accepted.emit()
        assert "before the admission date" in dialog.message.text()  # the dialog stays open
        dialog.left.set_text(TODAY.isoformat())
        dialog.reason.setText("Moved to her sister")
        dialog.destination.setText("Шымкент")
        dialog.buttons.accepted.emit()

    answer(DischargeDialog, fill)
    assert board.discharge()
    assert board.message.text() == f"Case {number} discharged."
    assert board.model.rowCount() == 0
    assert "In shelter: 0" in window.dashboard.counts.text()
    (stay,) = get_case(admin, number).stays
    assert (stay.left_on, stay.departure_reason, stay.destination) == (
        TODAY,
        "Moved to her sister",
        "Шымкент",
    )
    assert [a for _, _, a in case_history(admin, number)].count("shelter.discharge") == 1


def test_open_case_opens_the_shelter_tab_and_saves_refresh_the_board(
    qtbot: QtBot, admin: ws.Workspace, answer_dialog: Callable[[Callable[[QWidget], None]], None]
) -> None:
    number = _case(admin, "Назым Тестова", alias="Н.")
    window = MainWindow(admin)
    qtbot.addWidget(window)
    board = window.shelter
    assert board.model.rowCount() == 0
    case_window = window.open_case(number)
    assert case_window is not None
    qtbot.addWidget(case_window)

    def admit(dialog: AdmitDialog) -> None:
        dialog.room.set_text("Room 7")
        dialog.buttons.accepted.emit()

    answer_dialog(admit)
    case_window.add_stay()  # saved in the case window: the board follows
    assert _texts(board.model, M.CLIENT) == ["Н."]

    case_window.close()
    assert board.select_case(number)
    with qtbot.waitSignal(board.open_case) as opened:
        qtbot.keyClick(board.table, Qt.Key.Key_Return)
    assert opened.args == [number]
    reopened = window.case_windows[number]
    qtbot.addWidget(reopened)
    assert reopened.tabs.currentWidget() is reopened.shelter_page
    reopened.close()


def test_an_open_unchanged_case_window_shows_a_discharge_from_the_board(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _case(admin, "Томирис Тестова", stays=_stay(TODAY - timedelta(days=3), "R2"))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number)
    assert case_window is not None
    qtbot.addWidget(case_window)
    case_window.dirty = False
    board = window.shelter
    board.select_case(number)
    answer(DischargeDialog, lambda d: d.buttons.accepted.emit())
    assert board.discharge()
    assert case_window.record.stays[0].left_on == TODAY and not case_window.dirty
    assert case_window.save()  # no conflict: it holds the new version


def test_restricted_staff_see_other_stays_as_occupied(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(
        admin, "worker", "worker pass 1", Role.CASE_WORKER, shelter=True, kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", "worker pass 1")
    mine = _case(admin, "Ұлжан Тестова", stays=_stay(TODAY, "A"), assigned_to=worker.actor.staff_id)
    _case(admin, "Ақерке Тестова", alias="Ақ.", stays=_stay(TODAY, "B", 2))
    window = MainWindow(worker)
    qtbot.addWidget(window)
    board = window.shelter
    model = board.model
    assert _texts(model, M.ROOM) == ["A", "B"]
    assert _texts(model, M.CLIENT) == [f"Client {mine}", "occupied"]
    assert [model.data(model.index(1, c)) for c in range(2, 7)] == ["", "", "", "", ""]
    assert board.totals.text().startswith("Occupied: 2")
    install_language("kk")  # the placeholder is translated like everything else
    occupied = model.data(model.index(1, M.CLIENT))
    install_language("en")
    assert occupied and occupied != "occupied"
    board.table.selectRow(1)
    board.table.setCurrentIndex(model.index(1, 0))
    assert not board.discharge_button.isEnabled() and not board.open_button.isEnabled()
    assert not board.discharge()
    board.select_case(mine)
    assert board.discharge_button.isEnabled()


def test_without_the_shelters_key_the_board_says_why(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(admin, "worker", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    worker = ws.unlock(db, "worker", "worker pass 1")
    _case(admin, "Ақерке Тестова", alias="Ақ.", stays=_stay(TODAY, "B", 2))
    window = MainWindow(worker)
    qtbot.addWidget(window)
    board = window.shelter
    assert board.model.rowCount() == 0  # not a room, not a name
    assert "shelter staff" in board.message.text()
