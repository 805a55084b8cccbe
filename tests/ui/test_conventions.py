"""Conventions a person expects (issue 14): dates as 13.11.2026 with a calendar, Enter means OK,
"Saved." is neutral and goes with the next edit, phone numbers are checked as she types."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.services import workspace as ws
from caseapp.services.offices import list_offices
from caseapp.ui.main_window import MainWindow
from caseapp.ui.staff.offices import OfficeNameDialog
from caseapp.ui.widgets import DateField, PhoneField


def test_a_date_is_shown_and_typed_as_13_11_2026_with_a_calendar(qtbot: QtBot) -> None:
    field = DateField("checked_on")
    qtbot.addWidget(field)
    assert field.edit.calendarPopup() and field.edit.displayFormat() == "dd.MM.yyyy"
    assert field.value() is None and field.edit.text().strip() == ""  # empty, not 01.01.1900
    field.set_value(date(2026, 11, 13))
    assert field.edit.text() == "13.11.2026"
    optional = DateField("served_on")
    qtbot.addWidget(optional)
    optional.set_value(date(2026, 11, 13))
    optional.edit.selectAll()
    qtbot.keyClick(optional.edit, Qt.Key.Key_Delete)  # an optional date can be cleared
    assert optional.value() is None
    assert not DateField("issued_on", required=True).is_valid()  # required and empty


def test_enter_in_a_new_office_name_means_ok(qtbot: QtBot, admin: ws.Workspace) -> None:
    dialog = OfficeNameDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    focused = dialog.focusWidget()
    assert focused is not None and focused is not dialog.buttons.button(
        dialog.buttons.StandardButton.Cancel
    )
    qtbot.keyClicks(focused, "Branch")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [o.name for o in list_offices(admin)][-1] == "Branch"


def test_saved_is_neutral_and_goes_with_the_next_edit(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    page = window.settings
    page.bed_count.setValue(7)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved." and "a40000" not in page.message.styleSheet()
    page.bed_count.setValue(8)
    assert page.message.text() == ""


def test_a_phone_field_says_when_it_is_not_a_phone_number(qtbot: QtBot) -> None:
    field = PhoneField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "call her sister")
    assert not field.is_valid() and "phone" in field.message.text()
    field.set_text("+7 701 123 45 67")
    assert field.is_valid() and field.message.text() == ""
