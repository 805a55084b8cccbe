"""Printing Today's list, the shelter board and a case summary through the real windows: the
preview shows the pages, Save as PDF writes them, Print paints them, and nothing on paper names a
client or says where she sleeps."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from caseapp.services import workspace as ws
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.common.printout import PrintoutDialog
from caseapp.ui.i18n import install_language
from caseapp.ui.shelter_board import ShelterBoard
from caseapp.ui.today.page import TodayPage
from caseapp.ui.widgets import shown_date
from tests.letters.sample import pdf_text
from tests.services.test_printouts import CARE_SECRETS, SECRETS, _care, _full_case

TODAY = date.today()


def _printed(dialog: PrintoutDialog | None) -> str:
    assert dialog is not None and dialog.isVisible()
    assert dialog.preview.document.pageCount() >= 1
    text = pdf_text(dialog.pdf)
    for secret in SECRETS:
        assert secret not in text, secret
    return text


def test_today_is_printed_with_aliases_in_groups(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    number = _full_case(admin)
    dashboard = TodayPage(admin)
    qtbot.addWidget(dashboard)
    qtbot.mouseClick(dashboard.print_button, Qt.MouseButton.LeftButton)
    dialog = dashboard.printout
    text = _printed(dialog)
    assert number in text and "Гульнар" in text
    assert "Confidential" in text and "Page 1" in text
    assert dialog is not None
    dialog.save_to(str(tmp_path / "today"))
    saved = tmp_path / "today.pdf"
    assert saved.read_bytes() == dialog.pdf
    assert "Saved to" in dialog.status.text()
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", saved, tmp_path / "p"])
    assert next(tmp_path.glob("p*.png")).read_bytes().startswith(b"\x89PNG")
    dialog.reject()


def test_the_board_is_printed_without_rooms(qtbot: QtBot, admin: ws.Workspace) -> None:
    _full_case(admin)
    board = ShelterBoard(admin)
    qtbot.addWidget(board)
    qtbot.mouseClick(board.print_button, Qt.MouseButton.LeftButton)
    text = _printed(board.printout)
    assert "Гульнар" in text and "Beds taken: 1" in text
    assert board.printout is not None
    board.printout.reject()


def test_a_case_summary_is_printed_in_her_language(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    number = _full_case(admin)
    install_language("ru")
    try:
        window = CaseWindow(admin, number)
        qtbot.addWidget(window)
        qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
        dialog = window.printout
        text = _printed(dialog)
        history = [window.history.item(r, 2).text() for r in range(window.history.rowCount())]
    finally:
        install_language("en")
    assert "ЗП-77" in text and "Гульнар" in text and "1985" in text
    assert "Защитные предписания" in text and "Protection orders" not in text
    assert history[-1] == "Напечатана сводка по делу"
    assert dialog is not None
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    assert dialog.status.text() == "Sent to the printer."
    dialog.reject()
    window.dirty = False


def test_a_printed_summary_lists_assessments_plans_and_files_never_their_words(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    number = _full_case(admin)
    _care(admin, number)
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    qtbot.mouseClick(window.print_button, Qt.MouseButton.LeftButton)
    dialog = window.printout
    text = " ".join(_printed(dialog).split())
    for secret in (*CARE_SECRETS, "photo-1", "photo-2"):
        assert secret not in text, secret
    assert "Risk assessments" in text and "Raised by professional judgement" in text
    for day in (8, 2):
        assert shown_date(TODAY - timedelta(days=day)) in text
    assert "high yes" in text and "standard no" in text
    assert "Safety plans" in text
    assert (
        f"{shown_date(TODAY - timedelta(days=1))} {shown_date(TODAY + timedelta(days=29))}" in text
    )
    assert "Files kept with the case" in text
    assert "Image (PNG) 2" in text and "PDF document 1" in text
    assert dialog is not None
    dialog.reject()
    window.dirty = False
