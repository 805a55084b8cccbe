"""The children with her, as people: named (or not) with their birth years when she is admitted
from the case window, shown on the shelter tab, corrected with the stay, refused in one sentence
when a year is mistyped, and on paper only as how many."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.common.children import ChildrenEditor
from caseapp.ui.forms import AdmitDialog
from caseapp.ui.record_forms import StayDialog
from tests.letters.sample import pdf_text
from tests.ui.dialogs import answer

TODAY = date.today()


def fill_children(editor: ChildrenEditor, rows: list[tuple[str, str]]) -> None:
    """Type the rows in as she would: Add a child, then the name and year cells."""
    for name, year in rows:
        editor.add_button.click()
        row = editor.table.rowCount() - 1
        editor.table.item(row, 0).setText(name)
        editor.table.item(row, 1).setText(year)


def open_window(qtbot: QtBot, admin: ws.Workspace) -> CaseWindow:
    number = create_case(
        admin,
        rec.CaseRecord(rec.Client("Жанар Тестова", alias="Ж."), opened_on=TODAY - timedelta(30)),
    )
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    window.show()
    return window


def test_she_is_admitted_with_her_children_named(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    said: list[str] = []

    def admit(dialog: AdmitDialog) -> None:
        dialog.room.set_text("Room 2, bed 1")
        fill_children(dialog.children_editor, [("Айым", "2019"), ("", "20l9")])
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())  # the mistyped year
        dialog.children_editor.table.item(1, 1).setText(str(TODAY.year - 1))
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())

    answer(AdmitDialog, admit)
    window.add_stay()
    assert said[0] == "Child 2, year of birth: type the year as four digits, like 2019."
    [stay] = get_case(admin, window.record.number).stays
    assert stay.children == 2
    assert stay.children_named == [rec.Child("Айым", 2019), rec.Child("", TODAY.year - 1)]
    assert window.stays.item(0, 4).text() == f"2: Айым, 2019; —, {TODAY.year - 1}"


def test_a_child_is_added_when_the_stay_is_corrected(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    record = get_case(admin, window.record.number)
    record.stays.append(
        rec.ShelterStay(
            TODAY - timedelta(days=5),
            room="Room 1",
            children=1,
            children_named=[rec.Child("Айым", 2019)],
        )
    )
    update_case(admin, record)
    window.record = get_case(admin, record.number)
    window.load()
    said: list[str] = []

    def correct(dialog: StayDialog) -> None:
        assert dialog.children_editor.table.rowCount() == 1
        fill_children(dialog.children_editor, [("Нурик", str(TODAY.year + 1))])
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())
        dialog.children_editor.table.item(1, 1).setText(str(TODAY.year))
        dialog.buttons.accepted.emit()

    answer(StayDialog, correct)
    window.shelter_page.stays.selectRow(0)
    window.shelter_page.change_stay()
    assert "is still to come" in said[0]
    [stay] = get_case(admin, record.number).stays
    assert stay.children_named == [rec.Child("Айым", 2019), rec.Child("Нурик", TODAY.year)]
    assert stay.children == 2


def test_paper_gives_how_many_never_their_names(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    record = get_case(admin, window.record.number)
    record.stays.append(
        rec.ShelterStay(
            TODAY - timedelta(days=5),
            room="Room 1",
            children=1,
            children_named=[rec.Child("Айымгүл", 2019)],
        )
    )
    update_case(admin, record)
    window.record = get_case(admin, record.number)
    window.load()
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    text = pdf_text(window.printout.pdf)
    assert "Айымгүл" not in text
