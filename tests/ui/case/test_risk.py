"""The Risk tab as a case worker uses it: twenty questions answered in the dialog, the score and
level shown as she answers, her judgement raising the level with a reason; the case's risk on
every screen is the latest assessment's; striking one out puts the earlier level back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import RiskLevel
from caseapp.domain.risk import Answer
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.ui.case.risk import AssessmentDialog
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.strike_dialog import StrikeOutDialog
from caseapp.ui.widgets import shown_date
from tests.ui.dialogs import answer

TODAY = date.today()


def open_window(qtbot: QtBot, admin: ws.Workspace) -> CaseWindow:
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), TODAY - timedelta(days=20))
    )
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("risk")
    return window


def assess(
    qtbot: QtBot,
    window: CaseWindow,
    yes: tuple[str, ...],
    raise_to: RiskLevel | None = None,
    reason: str = "",
) -> list[str]:
    seen: list[str] = []

    def fill(dialog: AssessmentDialog) -> None:
        for code in yes:
            dialog.answer(code, Answer.YES)
        dialog.answer("unemployed", Answer.NO)
        seen.append(dialog.outcome.text())
        if raise_to is not None:
            dialog.raised_to.setCurrentIndex(dialog.raised_to.findData(raise_to.value))
        dialog.reason.setPlainText(reason)
        dialog.buttons.accepted.emit()
        seen.append(dialog.message.text())

    answer(AssessmentDialog, fill)
    qtbot.mouseClick(window.risk_page.new_button, Qt.MouseButton.LeftButton)
    return seen


def test_she_assesses_and_the_case_takes_the_level(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    page = window.risk_page
    assert window.tabs.currentWidget() is page
    assert page.summary.text() == "The case has no risk assessment yet."
    assert window.incident_page.risk.isEnabled()
    seen = assess(
        qtbot,
        window,
        ("strangulation", "threat_to_kill", "weapon_used", "afraid_for_life", "stalking"),
    )
    assert seen == ["Score 9: High risk (medium from 5, high from 9)", ""]
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == shown_date(TODAY)
    assert page.table.item(0, 3).text() == "High"
    assert page.summary.text() == f"The case's risk: High, assessed on {shown_date(TODAY)}."
    assert get_case(window.workspace, window.record.number).risk is RiskLevel.HIGH
    # The drop-down on the Incident tab shows it and is no longer hers to change.
    assert window.incident_page.risk.currentData() == "high"
    assert not window.incident_page.risk.isEnabled()
    page.table.selectRow(0)
    assert "Has he ever choked or strangled her, or tried to? — Yes" in page.answers.toPlainText()
    assert "Is he out of work? — No" in page.answers.toPlainText()
    assert "Is she pregnant" in page.answers.toPlainText()  # unanswered: don't know
    # The window saves after it without a conflict (its version followed).
    window.alias.setText("Ж.")
    assert window.save()


def test_judgement_needs_a_reason_and_cannot_lower(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    seen = assess(qtbot, window, ("stalking",), RiskLevel.HIGH, "")
    assert seen[1] == "Say why the level is raised above the score's."
    assert window.risk_page.table.rowCount() == 0
    seen = assess(qtbot, window, ("stalking",), RiskLevel.HIGH, "Он ищет её через родных.")
    assert seen[1] == ""
    assert window.risk_page.table.item(0, 3).text() == "High ↑"
    assert window.record.risk is RiskLevel.HIGH


def test_striking_out_the_latest_gives_back_the_earlier_level(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    window = open_window(qtbot, admin)
    assess(qtbot, window, ("stalking",))
    assess(qtbot, window, ("strangulation", "threat_to_kill", "weapon_used"))
    assert window.record.risk is RiskLevel.MEDIUM
    page = window.risk_page
    page.table.selectRow(0)

    def why(dialog: StrikeOutDialog) -> None:
        dialog.reason_edit.setText("entered twice")
        dialog.confirm.click()

    answer(StrikeOutDialog, why)
    qtbot.mouseClick(page.strike_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    assert window.record.risk is RiskLevel.STANDARD
