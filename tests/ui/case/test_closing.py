"""Closing a case from its window, as a case worker does when the support ends: the date, the
reason and the outcome asked for, kept encrypted, shown on the window and in the history;
refused in one sentence while she is still in the shelter; reopened when she comes back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseStatus, ClosingReason
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.history import history
from caseapp.ui.case.closing import CloseCaseDialog
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.i18n import install_language
from caseapp.ui.widgets import shown_date
from tests.ui.dialogs import answer

TODAY = date.today()
OUTCOME = "Развод оформлен, алименты назначены."


def open_window(qtbot: QtBot, admin: ws.Workspace, stays: list[rec.ShelterStay]) -> CaseWindow:
    number = create_case(
        admin,
        rec.CaseRecord(
            rec.Client("Жанар Тестова"), opened_on=TODAY - timedelta(days=60), stays=stays
        ),
    )
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    window.show()
    return window


def close_through_dialog(
    qtbot: QtBot, window: CaseWindow, reason: ClosingReason | None, on: date = TODAY
) -> list[str]:
    said: list[str] = []

    def fill(dialog: CloseCaseDialog) -> None:
        dialog.closed_on.set_text(on.isoformat())
        dialog.reason.setCurrentIndex(dialog.reason.findData(reason.value if reason else None))
        dialog.outcome.setPlainText(OUTCOME)
        dialog.buttons.accepted.emit()
        said.append(dialog.message.text())

    answer(CloseCaseDialog, fill)
    qtbot.mouseClick(window.incident_page.close_button, Qt.MouseButton.LeftButton)
    return said


def test_she_closes_the_case_with_reason_and_outcome(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin, [])
    page = window.incident_page
    assert page.status_text.text() == "Open"
    assert close_through_dialog(qtbot, window, ClosingReason.GOALS_MET) == [""]
    stored = get_case(admin, window.record.number)
    assert (stored.status, stored.closed_on) == (CaseStatus.CLOSED, TODAY)
    assert (stored.closing_reason, stored.closing_outcome) == (ClosingReason.GOALS_MET, OUTCOME)
    assert page.status_text.text().startswith(
        f"Closed on {shown_date(TODAY)}: Support plan completed: she is safe"
    )
    assert OUTCOME in page.status_text.text()
    assert page.close_button.text().replace("&", "") == "Reopen the case…"
    fields = {
        (f.field, f.after)
        for entry in history(admin, stored.number)
        for change in entry.changes
        for f in change.fields
    }
    assert ("closing_reason", "goals_met") in fields
    assert ("closing_outcome", OUTCOME) in fields


def test_without_a_reason_or_while_she_is_in_the_shelter_nothing_changes(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    window = open_window(qtbot, admin, [rec.ShelterStay(TODAY - timedelta(days=10))])
    said = close_through_dialog(qtbot, window, None)
    assert said == ["Reason for closing is required."]
    said = close_through_dialog(qtbot, window, ClosingReason.REFERRED)
    assert said == [
        f"She is in the shelter on {shown_date(TODAY)}: record her departure before closing "
        "the case."
    ]
    said = close_through_dialog(qtbot, window, ClosingReason.REFERRED, TODAY + timedelta(days=2))
    assert "in the future" in said[0]
    assert get_case(admin, window.record.number).status == CaseStatus.OPEN


def test_a_closed_case_is_reopened_once_she_confirms(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin, [])
    close_through_dialog(qtbot, window, ClosingReason.LOST_CONTACT)
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(window.incident_page.close_button, Qt.MouseButton.LeftButton)
    assert get_case(admin, window.record.number).status == CaseStatus.CLOSED
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(window.incident_page.close_button, Qt.MouseButton.LeftButton)
    stored = get_case(admin, window.record.number)
    assert (stored.status, stored.closed_on, stored.closing_reason) == (
        CaseStatus.OPEN,
        None,
        None,
    )
    assert window.incident_page.status_text.text() == "Open"


def test_the_closing_dialog_speaks_kazakh(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin, [])
    install_language("kk")
    try:
        texts: list[str] = []

        def look(dialog: CloseCaseDialog) -> None:
            texts.extend(dialog.reason.itemText(i) for i in range(1, dialog.reason.count()))
            texts.append(dialog.windowTitle())
            dialog.reject()

        answer(CloseCaseDialog, look)
        qtbot.mouseClick(window.incident_page.close_button, Qt.MouseButton.LeftButton)
    finally:
        install_language("en")
    assert texts and "Support plan completed: she is safe" not in texts
