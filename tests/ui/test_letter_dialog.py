"""The letter dialog driven through its real widgets: issue and preview from memory, the consent
refusal and the emergency override, saving where she chooses, printing, and the case window's
Letter button."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from caseapp.domain.enums import LetterKind, RecipientKind
from caseapp.letters.texts import check_kind
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history
from caseapp.services.letter_register import letter_register
from caseapp.services.letters import MIN_OVERRIDE_REASON, NoConsent
from caseapp.storage.models import AuditEntry
from caseapp.ui import letter_output
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.i18n import install_language, translate_error
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.main_window import MainWindow
from tests.letters.sample import make_case, set_up_organisation
from tests.ui.dialogs import answer

ON = date(2026, 3, 25)
REASON = "Threat to life: he came to her workplace with a knife today."


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def open_dialog(qtbot: QtBot, workspace: ws.Workspace, number: str) -> LetterDialog:
    dialog = LetterDialog(workspace, number)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(qtbot: QtBot, dialog: LetterDialog, kind: str, lang: str = "en", on: date = ON) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(check_kind(kind).value))
    dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
    # Set in one go: each change of a DateField emits its `changed` signal from Python, and
    # PySide6 6.12's SignalInstance.emit() drops a reference to True every time (typed key by
    # key, a few dozen dates crash the interpreter at exit with "bool_dealloc").
    dialog.letter_date.set_text(on.isoformat())


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def files_under(*folders: Path) -> set[str]:
    return {
        os.path.join(root, name)
        for folder in folders
        for root, dirs, files in os.walk(folder)
        for name in [*files, *dirs]
    }


def letter_audits(workspace: ws.Workspace) -> list[tuple[str, str]]:
    with workspace.session() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.startswith("letter."))
            .order_by(AuditEntry.seq)
        ).all()
        return [(e.action, e.detail) for e in entries]


def test_a_police_letter_is_issued_and_previewed_from_memory(
    qtbot: QtBot, org: ws.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    number = make_case(org)
    before = files_under(tmp_path)

    dialog = open_dialog(qtbot, org, number)
    # The defaults: the first kind, the UI's language, today.
    assert dialog.lang.currentData() == "en"
    assert dialog.letter_date.value() == date.today()
    assert dialog.issue_button.text() == "&Issue and preview"
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert dialog.document.pageCount() == 0
    choose(qtbot, dialog, "police")
    click(qtbot, dialog.issue_button)

    assert dialog.letter is not None
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 1
    assert dialog.preview_stack.currentWidget() is dialog.view
    assert dialog.register_number.text() == "Outgoing No. 1/2026"
    assert (
        dialog.message.text() == "Letter 1/2026 was issued and recorded in the outgoing register."
    )
    shown = dialog.shown_pdf()
    [entry] = letter_register(org)
    assert (
        entry.number == "1/2026" and entry.kind is LetterKind.POLICE_CHECKS and entry.lang == "en"
    )
    assert hashlib.sha256(shown).hexdigest() == entry.sha256 == dialog.letter.sha256
    assert entry.sha256[:32] in dialog.fingerprint.text()
    # One letter per dialog: the options are frozen, the issue button is spent.
    assert not dialog.issue_button.isEnabled() and not dialog.kind.isEnabled()
    assert not dialog.issue()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()

    dialog.view.grab()  # paint the pages, as on screen
    qtbot.wait(200)
    assert files_under(tmp_path) == before, "the preview wrote a file"
    dialog.close()
    assert dialog.shown_pdf() == b"" and dialog.document.pageCount() == 0
    assert files_under(tmp_path) == before
    assert len(letter_register(org)) == 1


def test_without_consent_the_refusal_is_said_and_nothing_is_registered(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    number = make_case(org, consent_kinds=(RecipientKind.MEDICAL,))
    dialog = open_dialog(qtbot, org, number)
    assert dialog.override_box.isHidden()
    choose(qtbot, dialog, "police")
    click(qtbot, dialog.issue_button)

    refusal = NoConsent(number=number, recipient="the police", date=ON.isoformat())
    assert dialog.message.text() == translate_error(refusal.template, refusal.params)
    assert dialog.letter is None and dialog.document.pageCount() == 0
    assert letter_register(org) == [] and letter_audits(org) == []
    assert not dialog.override_box.isHidden() and not dialog.override.isChecked()
    assert not dialog.reason.isEnabled()

    # A reason typed without ticking the override is not sent.
    dialog.override.setChecked(True)
    qtbot.keyClicks(dialog.reason, REASON)
    dialog.override.setChecked(False)
    assert dialog.override_reason() is None
    click(qtbot, dialog.issue_button)
    assert letter_register(org) == []

    # Another kind may be covered by a consent: the override goes away.
    dialog.kind.setCurrentIndex(dialog.kind.findData("medical_certificate"))
    assert dialog.override_box.isHidden() and dialog.message.text() == ""
    click(qtbot, dialog.issue_button)
    assert [e.kind for e in letter_register(org)] == [LetterKind.MEDICAL_CERTIFICATE]


def test_the_emergency_override_needs_a_reason_and_is_audited(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    number = make_case(org, consent_kinds=())
    dialog = open_dialog(qtbot, org, number)
    choose(qtbot, dialog, "police")
    click(qtbot, dialog.issue_button)
    assert "has no consent" in dialog.message.text()

    qtbot.keyClick(dialog.override, Qt.Key.Key_Space)  # ticked from the keyboard
    assert dialog.override.isChecked() and dialog.reason.isEnabled()
    assert not dialog.issue_button.isEnabled()  # a reason is required
    qtbot.keyClicks(dialog.reason, "danger")
    assert not dialog.issue_button.isEnabled()
    assert dialog.reason_hint.text() == (
        f"At least {MIN_OVERRIDE_REASON} characters; {MIN_OVERRIDE_REASON - 6} more needed."
    )
    dialog.reason.clear()
    qtbot.keyClicks(dialog.reason, REASON)
    assert dialog.override_reason() == REASON
    click(qtbot, dialog.issue_button)

    assert dialog.letter is not None and dialog.document.pageCount() >= 1
    assert "emergency override" in dialog.message.text()
    [entry] = letter_register(org)
    assert entry.emergency_override and entry.sha256 == dialog.letter.sha256
    [(action, detail)] = letter_audits(org)
    assert action == "letter.emergency_override" and REASON in detail and "1/2026" in detail


def test_a_letter_the_case_cannot_support_is_refused_in_one_sentence(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    number = make_case(org)
    dialog = open_dialog(qtbot, org, number)
    choose(qtbot, dialog, "police", on=date(2026, 3, 10))  # no check was missed yet
    click(qtbot, dialog.issue_button)
    assert "was missed by 10.03.2026" in dialog.message.text()
    assert "\n" not in dialog.message.text() and dialog.letter is None
    assert letter_register(org) == []
    dialog.letter_date.set_text("2026-02-30")
    assert not dialog.issue_button.isEnabled()  # not a date


def test_save_as_writes_the_exact_bytes_where_she_chooses(
    qtbot: QtBot, org: ws.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = make_case(org)
    dialog = open_dialog(qtbot, org, number)
    choose(qtbot, dialog, "court", "kk")
    click(qtbot, dialog.issue_button)
    assert dialog.letter is not None
    folder = tmp_path / "chosen"
    folder.mkdir()
    offered: list[str] = []

    def chosen(name: str):  # type: ignore[no-untyped-def]
        def fake(parent, caption, directory, filter):  # type: ignore[no-untyped-def]
            offered.append(directory)
            return name, filter

        return fake

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen(""))  # cancelled
    assert not dialog.save_as()
    assert list(folder.iterdir()) == []
    assert Path(offered[0]).name == "letter-1-2026.pdf"  # the number, never a name

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen(str(folder / "to court.pdf")))
    click(qtbot, dialog.save_button)
    saved = folder / "to court.pdf"
    assert saved.read_bytes() == dialog.letter.pdf == dialog.shown_pdf()
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == letter_register(org)[0].sha256
    assert dialog.message.text() == f"Letter 1/2026 was saved to {saved}."

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chosen(str(folder / "copy")))
    assert dialog.save_as()  # no suffix: ".pdf" is added
    assert sorted(p.name for p in folder.iterdir()) == ["copy.pdf", "to court.pdf"]

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", chosen(str(folder / "missing" / "letter.pdf"))
    )
    assert not dialog.save_as()
    assert dialog.message.text().startswith("The letter could not be saved to ")


def test_printing_paints_every_page_on_the_printer(
    qtbot: QtBot, org: ws.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = make_case(org)
    dialog = open_dialog(qtbot, org, number)
    choose(qtbot, dialog, "medical", "ru")
    click(qtbot, dialog.issue_button)
    printed = tmp_path / "printed.pdf"
    shown: list[tuple[int, int]] = []

    class FakePrintDialog:
        """Stands for QPrintDialog: the printer prints to a PDF file, and she clicks Print."""

        def __init__(self, printer: QPrinter, parent: QWidget) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def setMinMax(self, low: int, high: int) -> None:
            shown.append((low, high))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(letter_output, "QPrintDialog", FakePrintDialog)
    click(qtbot, dialog.print_button)
    pages = dialog.document.pageCount()
    assert shown == [(1, pages)]
    assert len(PdfReader(io.BytesIO(printed.read_bytes())).pages) == pages
    assert dialog.message.text() == "Letter 1/2026 was sent to the printer."


def test_the_case_window_letter_button_issues_and_the_register_follows(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    number = make_case(org)
    window = MainWindow(org)
    qtbot.addWidget(window)
    window.letters.year.setValue(ON.year)
    case_window = window.open_case(number)
    assert case_window is not None
    assert case_window.letter_button.text() == "&Letter…"
    keys = [s.key().toString() for s in case_window.findChildren(QShortcut)]
    assert "Ctrl+Shift+L" in keys  # Ctrl+P prints the case summary, as Print does everywhere
    assert window.letters.model.rowCount() == 0

    def fill(dialog: LetterDialog) -> None:
        assert dialog.unsaved_note.isHidden()
        choose(qtbot, dialog, "court", "ru")
        click(qtbot, dialog.issue_button)
        assert dialog.document.pageCount() >= 1
        dialog.buttons.rejected.emit()  # Close

    answer(LetterDialog, fill)
    click(qtbot, case_window.letter_button)
    assert window.letters.model.rowCount() == 1
    assert any(what == "letter.issue" for _, _, what in case_history(org, number))
    history = [case_window.history.item(r, 2).text() for r in range(case_window.history.rowCount())]
    assert "Letter issued" in history  # in words, not the audit code

    # Closing without issuing issues nothing.
    answer(LetterDialog, lambda dialog: dialog.reject())
    assert case_window.new_letter() is None
    assert len(letter_register(org)) == 1


def test_unsaved_case_changes_are_pointed_out(qtbot: QtBot, org: ws.Workspace) -> None:
    number = make_case(org)
    case_window = CaseWindow(org, number)
    qtbot.addWidget(case_window)
    case_window.alias.setText("changed")
    assert case_window.dirty
    seen: list[bool] = []
    answer(LetterDialog, lambda dialog: seen.append(not dialog.unsaved_note.isHidden()))
    case_window.new_letter()
    assert seen == [True]
    case_window.dirty = False


def test_the_dialog_follows_a_language_change(qtbot: QtBot, org: ws.Workspace) -> None:
    number = make_case(org)
    dialog = open_dialog(qtbot, org, number)
    dialog.kind.setCurrentIndex(dialog.kind.findData("legal_aid"))
    title = dialog.windowTitle()
    assert title == f"Letter about case {number}"
    install_language("kk")
    assert dialog.kind.currentData() == "legal_aid" and dialog.kind.count() == len(LetterKind)
    install_language("en")
    assert dialog.windowTitle() == title and dialog.kind.currentText() == "Legal aid"
