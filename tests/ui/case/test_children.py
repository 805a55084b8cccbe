"""Her children on the client tab, stay or no stay: typed in with the keyboard, saved with the
rest of the case and shown again; a mistyped year is marked and nothing is saved; the history
says what changed in words; admitting her to the shelter starts from them, still editable."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.organisation import get_settings, update_settings
from caseapp.ui.case_picker import CasePickerDialog
from caseapp.ui.case_window import CaseWindow
from caseapp.ui.forms import AdmitDialog
from caseapp.ui.shelter_board import ShelterBoard
from tests.ui.dialogs import answer

TODAY = date.today()


def open_window(qtbot: QtBot, admin: ws.Workspace, children: list[rec.Child]) -> CaseWindow:
    record = rec.CaseRecord(
        rec.Client("Жанар Тестова", alias="Ж.", birth_date=date(1990, 1, 2)),
        opened_on=TODAY - timedelta(30),
        children=children,
    )
    window = CaseWindow(admin, create_case(admin, record))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "dirty", False))
    window.show()
    return window


def test_her_children_are_typed_in_on_the_client_tab_and_saved(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    window = open_window(qtbot, admin, [])
    field = window.children_field
    window.show_tab("client")
    field.add_button.setFocus()
    qtbot.keyClick(field.add_button, Qt.Key.Key_Space)  # a new row, its name cell current
    table = field.table
    assert (table.rowCount(), table.currentColumn()) == (1, 0)
    table.item(0, 0).setText("Айым")  # the cells as the tests of the stay's editor type them
    table.item(0, 1).setText("2019")
    assert window.dirty
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "Saved."
    assert get_case(admin, window.record.number).children == [rec.Child("Айым", 2019)]
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == ("Айым", "2019")
    history = window.history
    details = [history.item(row, 3).text() for row in range(history.rowCount())]
    assert "Case: Her children: — → Айым, 2019" in details


def test_a_mistyped_or_impossible_year_saves_nothing(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin, [rec.Child("Айым", 2019)])
    table = window.children_field.table
    table.item(0, 1).setText("20l9")
    assert not window.save()
    assert window.message.text() == "Please correct the fields marked in red."
    assert table.item(0, 1).toolTip() == (
        "Child 1, year of birth: type the year as four digits, like 2019."
    )
    table.item(0, 1).setText("1985")  # before her own birth
    assert table.item(0, 1).toolTip() == ""
    assert not window.save()
    assert "Child 1, year of birth" in window.message.text()
    assert "older than" in window.message.text()
    assert get_case(admin, window.record.number).children == [rec.Child("Айым", 2019)]


def test_admitting_her_starts_from_her_children_still_editable(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    grown = rec.Child("Данияр", TODAY.year - 25)
    window = open_window(qtbot, admin, [rec.Child("Айым", 2019), grown, rec.Child("Бала")])
    seen: list[int] = []

    def admit(dialog: AdmitDialog) -> None:
        table = dialog.children_editor.table
        seen.append(table.rowCount())
        dialog.room.set_text("Room 2, bed 1")
        table.clearSelection()
        table.selectRow(1)
        dialog.children_editor.remove_button.click()  # "Бала" stays with her grandmother
        dialog.buttons.accepted.emit()

    answer(AdmitDialog, admit)
    window.add_stay()
    assert seen == [2]  # the grown-up son is not offered
    [stay] = get_case(admin, window.record.number).stays
    assert (stay.children, stay.children_named) == (1, [rec.Child("Айым", 2019)])
    assert get_case(admin, window.record.number).children == [
        rec.Child("Айым", 2019),
        grown,
        rec.Child("Бала"),
    ]


def test_the_shelter_board_admits_her_with_her_children_too(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    settings = get_settings(admin)
    settings.bed_count = 2
    update_settings(admin, settings)
    number = create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Шұғыла Серікқызы"),
            opened_on=TODAY - timedelta(10),
            children=[rec.Child("Айым", 2019)],
        ),
    )
    board = ShelterBoard(admin)
    qtbot.addWidget(board)

    def pick(picker: CasePickerDialog) -> None:
        picker.search.setText(number)
        picker.run_search()
        picker.results.setCurrentRow(0)
        picker.buttons.accepted.emit()

    def fill(dialog: AdmitDialog) -> None:
        dialog.room.set_text("Room 4, bed 1")
        dialog.buttons.accepted.emit()

    answer(CasePickerDialog, pick)
    answer(AdmitDialog, fill)
    assert board.admit() == number
    [stay] = get_case(admin, number).stays
    assert (stay.children, stay.children_named) == (1, [rec.Child("Айым", 2019)])
