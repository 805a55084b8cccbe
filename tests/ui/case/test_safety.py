"""The Safety plan tab as a case worker uses it with her: the plan written in the dialog, shown
in full, printed for her in Kazakh (the preview from memory, never the centre's name or address),
a newer plan starting from the latest's words, a plan struck out."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.history import history
from caseapp.ui.case.safety import PlanDialog
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.strike_dialog import StrikeOutDialog
from caseapp.ui.widgets import shown_date
from tests.letters.sample import OFFICE, ORG_NAMES, compact, pdf_text, set_up_organisation
from tests.ui.dialogs import answer

TODAY = date.today()
CODE_WORD = "Апамның бауырсағы"


def open_window(qtbot: QtBot, admin: ws.Workspace) -> CaseWindow:
    set_up_organisation(admin)
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), TODAY - timedelta(days=20))
    )
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    window.show()
    window.show_tab("safety")
    return window


def write_plan(qtbot: QtBot, window: CaseWindow, code_word: str, *, review: str = "") -> list:
    seen: list[object] = []

    def fill(dialog: PlanDialog) -> None:
        seen.append(dialog.parts["code_word"].toPlainText())
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
        if review:
            dialog.review_on.set_text(review)
        dialog.parts["code_word"].setPlainText(code_word)
        dialog.parts["safe_people"].setPlainText("Әпкесі Динара, 8 701 555 44 33")
        dialog.bag["documents"].setChecked(True)
        dialog.buttons.accepted.emit()
        seen.append(dialog.message.text())

    answer(PlanDialog, fill)
    qtbot.mouseClick(window.safety_page.new_button, Qt.MouseButton.LeftButton)
    return seen


def test_she_writes_the_plan_and_prints_it_in_kazakh(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    window = open_window(qtbot, admin)
    page = window.safety_page
    assert window.tabs.currentWidget() is page
    assert page.summary.text() == "The case has no safety plan yet."
    assert not page.print_button.isEnabled()
    assert write_plan(qtbot, window, CODE_WORD) == ["", ""]
    assert page.table.rowCount() == 1
    review = shown_date(TODAY + timedelta(days=30))
    assert page.summary.text() == f"The plan of {shown_date(TODAY)} is to be reviewed on {review}."
    assert CODE_WORD in page.detail.toPlainText()
    assert "In the bag: Documents" in page.detail.toPlainText()
    assert page.print_lang.currentData() == "kk"
    dialog = page.print_plan()
    assert dialog is not None
    text = compact(pdf_text(dialog.preview.shown_pdf()))
    assert compact("Менің қауіпсіздік жоспарым") in text and compact(CODE_WORD) in text
    for name in (*ORG_NAMES.values(), OFFICE, window.record.number):
        assert compact(name) not in text
    qtbot.waitUntil(lambda: dialog.preview.document.pageCount() == 1)
    dialog.save_to(str(tmp_path / "plan.pdf"))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            tmp_path / "plan.pdf",
            tmp_path / "p",
        ],
        check=True,
    )
    assert list(tmp_path.glob("p*.png"))
    dialog.close()
    actions = [entry.action for entry in history(admin, window.record.number)]
    assert "safety_plan.create" in actions and "safety_plan.print" in actions


def test_a_newer_plan_starts_from_the_latest_and_a_bad_one_is_refused(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    window = open_window(qtbot, admin)
    write_plan(qtbot, window, CODE_WORD)
    seen = write_plan(qtbot, window, "Жаңа сөз", review=(TODAY - timedelta(days=1)).isoformat())
    assert seen == [CODE_WORD, "The review date must not be before the plan was made."]
    assert window.safety_page.table.rowCount() == 1
    seen = write_plan(qtbot, window, "Жаңа сөз")
    assert seen == [CODE_WORD, ""]
    assert window.safety_page.table.rowCount() == 2


def test_a_plan_is_struck_out(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = open_window(qtbot, admin)
    write_plan(qtbot, window, CODE_WORD)
    page = window.safety_page
    page.table.selectRow(0)

    def why(dialog: StrikeOutDialog) -> None:
        dialog.reason_edit.setText("wrong case")
        dialog.confirm.click()

    answer(StrikeOutDialog, why)
    qtbot.mouseClick(page.strike_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0
