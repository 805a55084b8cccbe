"""The Services tab as a case worker uses it: a service recorded from the keyboard alone, listed
with its day as 13.11.2026, corrected with Enter and struck out with Delete like any record, each
in the case's history in words."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.domain.services_given import ServiceKind
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.case_services import list_services
from caseapp.services.cases import create_case
from caseapp.ui.case.services import ServiceEditDialog
from caseapp.ui.case_window import CaseWindow
from caseapp.ui.strike_dialog import StrikeOutDialog
from caseapp.ui.widgets import shown_date
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer

TODAY = date.today()


def open_window(qtbot: QtBot, admin: ws.Workspace) -> CaseWindow:
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), TODAY - timedelta(days=20))
    )
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_tab("services")
    return window


def _details(window: CaseWindow) -> list[str]:
    window.history_refresh()
    rows = range(window.history.rowCount())
    return [t for r in rows if (t := window.history.item(r, 3).text())]  # type: ignore[union-attr]


def test_a_service_is_recorded_from_the_keyboard(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    page = window.services_page
    assert window.tabs.currentWidget() is page
    assert window.tabs.tabText(window.tabs.indexOf(page)) == "Services"
    kind = page.fields.kind
    qtbot.keyClick(page, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # Alt+V: the form
    assert window.focusWidget() is kind
    qtbot.keyClicks(kind, "Legal")  # a letter picks in the list
    assert kind.currentData() == "legal"
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert (
        window.focusWidget() is page.fields.given_by
    )  # she is the one who gave it, already chosen
    assert page.fields.given_by.currentText() == "Admin Test"
    qtbot.keyClick(page.fields.given_by, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.fields.minutes, "45")
    qtbot.keyClick(page.fields.minutes, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.fields.note, "rights explained")
    qtbot.keyClick(page.fields.note, Qt.Key.Key_Return)

    assert window.message.text() == "Service recorded."
    assert page.table.rowCount() == 1
    cells = [page.table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    assert cells == [
        shown_date(TODAY),
        "Legal consultation",
        "Admin Test",
        "45",
        "rights explained",
    ]
    [view] = list_services(admin, window.record.number)
    assert (view.service.kind, view.service.minutes) == (ServiceKind.LEGAL, 45)
    # The form is ready for the next one: today, empty minutes and note, typing in the kind.
    assert page.fields.note.text() == "" and page.fields.minutes.text() == ""
    assert window.focusWidget() is kind
    assert f"Service {shown_date(TODAY)}, Legal consultation: added" in _details(window)


def test_corrected_with_enter_and_struck_out_with_delete(qtbot: QtBot, admin: ws.Workspace) -> None:
    accounts.add_staff(
        admin, "psy", "psychologist password 1", Role.CASE_WORKER, full_name="Психолог Тест",
        kdf=CHEAP_KDF,
    )  # fmt: skip
    window = open_window(qtbot, admin)
    page = window.services_page
    page.fields.kind.setCurrentIndex(page.fields.kind.findData("psychological"))
    assert page.add()

    def correct(dialog: ServiceEditDialog) -> None:
        dialog.fields.given_by.setCurrentIndex(dialog.fields.given_by.findText("Психолог Тест"))
        dialog.fields.minutes.setText("60")
        dialog.buttons.accepted.emit()

    answer(ServiceEditDialog, correct)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.message.text() == "The service was corrected."
    assert page.table.item(0, 2).text() == "Психолог Тест"  # type: ignore[union-attr]
    label = f"Service {shown_date(TODAY)}, Psychological consultation"
    assert f"{label}: Duration, minutes: — → 60; Given by: Admin Test → Психолог Тест" in _details(
        window
    )

    def strike(dialog: StrikeOutDialog) -> None:
        dialog.reason_edit.setText("Entered in the wrong case")
        dialog.confirm.click()

    answer(StrikeOutDialog, strike)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.table.rowCount() == 0
    assert list_services(admin, window.record.number) == []
    assert f"{label}: struck out. Reason: Entered in the wrong case" in _details(window)


def test_an_impossible_minutes_or_date_changes_nothing(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    page = window.services_page
    page.fields.day.set_value(TODAY + timedelta(days=3))
    assert not page.add()
    future = shown_date(TODAY + timedelta(days=3))
    assert window.message.text() == (
        f"Date of the service: the date of the service {future} is in the future."
    )
    assert page.table.rowCount() == 0 and list_services(admin, window.record.number) == []
