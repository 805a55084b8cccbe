"""The outgoing-letter register page, its model, verifying a PDF, the main window's tab, and the
letter texts editor opened from it (administrators only)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import RecipientKind, Role
from caseapp.letters.texts import LetterText, parse_letter_text, shipped_source, shipped_text
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.errors import AccessDenied
from caseapp.services.letter_register import letter_register
from caseapp.services.letter_texts import letter_text_source, number_format
from caseapp.services.letters import IssuedLetter, issue_letter
from caseapp.storage.database import Database
from caseapp.ui.letters.register import ALL_YEARS, RegisterPage
from caseapp.ui.letters.register_model import RegisterModel
from caseapp.ui.letters.texts_editor import LetterTextsEditor
from caseapp.ui.main_window import MainWindow
from caseapp.ui.models import CASE_NUMBER_ROLE
from tests.conftest import CHEAP_KDF
from tests.letters.sample import POLICE_UNIT, make_case, set_up_organisation
from tests.ui.dialogs import answer

ON = date(2026, 3, 25)
REASON = "Threat to life: he came to her workplace with a knife today."


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


@pytest.fixture
def letters(org: ws.Workspace) -> dict[str, Any]:
    """Two cases; four letters over two years, one of them issued with the override."""
    first, second = make_case(org), make_case(org, consent_kinds=())
    issued = {
        "court": issue_letter(org, first, RecipientKind.COURT, "ru", on=ON),
        "police": issue_letter(org, first, RecipientKind.POLICE, "kk", on=ON),
        "override": issue_letter(
            org, second, RecipientKind.MEDICAL, "en", on=ON, override_reason=REASON
        ),
        "next_year": issue_letter(org, first, RecipientKind.MEDICAL, "ru", on=date(2027, 1, 12)),
    }
    return {"first": first, "second": second, **issued}


def column(model: RegisterModel, col: int) -> list[Any]:
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_register_model_passes_the_model_tester(
    qtmodeltester: Any, org: ws.Workspace, letters: dict[str, Any]
) -> None:
    model = RegisterModel()
    qtmodeltester.check(model, force_py=True)
    model.set_entries(letter_register(org))
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Number", "Date", "Kind", "Recipient", "Case", "Author", "SHA-256"]
    assert column(model, RegisterModel.NUMBER) == ["1/2026", "2/2026", "3/2026", "1/2027"]
    assert column(model, RegisterModel.DATE)[0] == "25.03.2026"
    assert column(model, RegisterModel.KIND)[:3] == [
        "Court: special requirements (ru)",
        "Police: checks of the order (kk)",
        "Medical examination and certificate (en)",
    ]
    # The addressee on one line; the whole of it in the tooltip.
    police = model.index(1, RegisterModel.RECIPIENT)
    assert model.data(police) == f"Полиция органының бастығына ({POLICE_UNIT})"
    expected = f"Полиция органының бастығына\n({POLICE_UNIT})"
    assert model.data(police, Qt.ItemDataRole.ToolTipRole) == expected
    assert column(model, RegisterModel.CASE)[:3] == [
        letters["first"],
        letters["first"],
        letters["second"],
    ]
    assert set(column(model, RegisterModel.AUTHOR)) == {"Admin Test"}
    court: IssuedLetter = letters["court"]
    sha = model.index(0, RegisterModel.SHA256)
    assert model.data(sha) == court.sha256[:12]
    assert model.data(sha, Qt.ItemDataRole.ToolTipRole) == court.sha256
    # The custom roles: the entry itself and its case number.
    assert model.data(model.index(0, 3), RegisterModel.ENTRY_ROLE).sha256 == court.sha256
    assert model.data(model.index(2, 0), CASE_NUMBER_ROLE) == letters["second"]
    # The override letter stands out, and says why.
    override = model.index(2, RegisterModel.NUMBER)
    assert "emergency override" in model.data(override, Qt.ItemDataRole.ToolTipRole)
    assert model.data(override, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None


def test_the_page_filters_by_year_kind_and_case(
    qtbot: QtBot, org: ws.Workspace, letters: dict[str, Any]
) -> None:
    page = RegisterPage(org)
    qtbot.addWidget(page)
    page.show()
    page.year.setValue(2026)
    assert column(page.model, 0) == ["1/2026", "2/2026", "3/2026"]
    assert page.count.text() == "3 letter(s)"

    page.kind.setCurrentIndex(page.kind.findData("medical_certificate"))
    assert column(page.model, 0) == ["3/2026"]
    page.year.setValue(ALL_YEARS)
    assert page.year.text() == "All years"
    assert column(page.model, 0) == ["3/2026", "1/2027"]

    qtbot.keyClicks(page.case, letters["first"])  # the case number is ASCII
    qtbot.keyClick(page.case, Qt.Key.Key_Return)
    assert column(page.model, 0) == ["1/2027"]
    page.kind.setCurrentIndex(page.kind.findData(None))
    assert page.kind.currentText() == "All kinds"
    assert column(page.model, 0) == ["1/2026", "2/2026", "1/2027"]

    # The case filter also applies by itself once she stops typing.
    page.case.setText(letters["second"])
    qtbot.waitUntil(lambda: column(page.model, 0) == ["3/2026"], timeout=2000)

    page.case.setText("2026-9999")
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.message.text() and "2026-9999" in page.message.text()
    page.case.clear()
    page.refresh()
    assert page.model.rowCount() == 4 and page.message.text() == ""


def test_verify_a_pdf_reads_the_file_and_finds_its_entry(
    qtbot: QtBot,
    org: ws.Workspace,
    letters: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = RegisterPage(org)
    qtbot.addWidget(page)
    page.year.setValue(ALL_YEARS)
    police: IssuedLetter = letters["police"]
    genuine = tmp_path / "from the police.pdf"
    genuine.write_bytes(police.pdf)
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(police.pdf.replace(b"/Producer", b"/Producex", 1) + b"\n")
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen.pop(), ""))

    chosen.append(str(genuine))
    click(qtbot, page.verify_button)
    assert page.message.text() == (
        "from the police.pdf is letter 2/2026 of 25.03.2026 (Police: checks of the order, "
        f"case {letters['first']}), exactly as it was issued."
    )
    assert page.selected() is not None and page.selected().number == "2/2026"

    chosen.append(str(changed))
    click(qtbot, page.verify_button)
    assert page.message.text().startswith("changed.pdf matches no letter of the outgoing register")

    assert page.verify(str(tmp_path / "nowhere.pdf")) is None
    assert page.message.text().startswith("nowhere.pdf could not be read")
    chosen.append("")  # cancelled
    click(qtbot, page.verify_button)
    assert page.message.text().startswith("nowhere.pdf could not be read")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [
        "changed.pdf",
        "from the police.pdf",
    ]


def test_the_main_window_tab_and_shortcut_open_the_register(
    qtbot: QtBot, org: ws.Workspace, letters: dict[str, Any]
) -> None:
    window = MainWindow(org)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.tabText(window.tabs.indexOf(window.letters)) == "Outgoing letters"
    view = {a.text(): a.shortcut().toString() for a in window.view_menu.actions()}
    assert view["Outgoing &letters"] == "Ctrl+6"
    window.letters_action.trigger()
    assert window.tabs.currentWidget() is window.letters
    # Enter on a row opens that letter's case.
    page = window.letters
    page.year.setValue(2026)
    row = column(page.model, RegisterModel.NUMBER).index("3/2026")
    page.table.activated.emit(page.model.index(row, 0))
    assert letters["second"] in window.case_windows
    window.case_windows[letters["second"]].close()


def test_a_lawyer_sees_her_cases_letters_and_has_no_letter_texts(
    qtbot: QtBot, db: Database, org: ws.Workspace, letters: dict[str, Any]
) -> None:
    accounts.add_staff(
        org, "lawyer1", "lawyer pass 1", Role.LAWYER, full_name="Лаура Ю.", kdf=CHEAP_KDF
    )
    lawyer = ws.unlock(db, "lawyer1", "lawyer pass 1")
    mine = make_case(org, assigned_to=lawyer.actor.staff_id)
    issue_letter(lawyer, mine, RecipientKind.COURT, "ru", on=date(2027, 2, 1))
    window = MainWindow(lawyer)
    qtbot.addWidget(window)
    page = window.letters
    assert page.texts_button is None
    assert window.findChildren(QPushButton, "letter_texts") == []
    page.year.setValue(ALL_YEARS)
    assert column(page.model, RegisterModel.CASE) == [mine]
    page.case.setText(letters["first"])
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.message.text() == f"Case {letters['first']} is not assigned to you."

    # An editor built by hand saves nothing: the service refuses her.
    dialog = LetterTextsEditor(lawyer)
    qtbot.addWidget(dialog)
    source = shipped_source(RecipientKind.COURT, "ru")
    dialog.kind.setCurrentIndex(dialog.kind.findData("court_requirements"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    request = dialog.parts.paragraphs[-1]
    request.editor.setPlainText(request.text().replace("Просим", "Требуем"))
    assert not dialog.save()
    assert dialog.message.text() == AccessDenied().message
    assert letter_text_source(org, "court", "ru") == source
    assert not dialog.numbering.save_format()
    dialog.dirty = False


def test_an_administrator_edits_a_letter_text_and_the_numbering(
    qtbot: QtBot, org: ws.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = RegisterPage(org)
    qtbot.addWidget(page)
    assert page.texts_button is not None and page.texts_button.text() == "Letter &texts…"
    shipped = shipped_text(RecipientKind.MEDICAL, "ru")
    request = shipped.body[-1]
    edited = request.replace("Просим провести обследование", "Просим срочно провести обследование")
    assert edited != request
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    seen: list[str] = []

    def fill(dialog: LetterTextsEditor) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("medical_certificate"))
        dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
        assert dialog.parts.letter_text() == shipped
        assert dialog.origin.text() == "In use: the text shipped with the program."
        assert not dialog.reset_button.isEnabled()
        assert "{client}" in dialog.placeholders.names()
        assert "{room}" not in dialog.placeholders.names()

        dialog.parts.paragraphs[-1].editor.setPlainText(edited)
        click(qtbot, dialog.save_button)
        seen.append(dialog.message.text())
        assert dialog.origin.text() == "In use: the organisation's own text."

        # A placeholder outside the allow-list: one sentence, Save refused, nothing stored.
        first = dialog.parts.paragraphs[0]
        first.editor.setPlainText(first.text().replace("{iin}", "{room}"))
        seen.append(dialog.message.text())
        assert not dialog.save_button.isEnabled() and not dialog.save()

        # Leaving unsaved changes asks first; Cancel keeps her where she was.
        answers.append(QMessageBox.StandardButton.Cancel)
        dialog.kind.setCurrentIndex(dialog.kind.findData("court_requirements"))
        assert dialog.kind.currentData() == "medical_certificate"
        assert "{room}" in dialog.parts.paragraphs[0].text()
        answers.append(QMessageBox.StandardButton.Discard)
        dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))
        assert dialog.parts.letter_text() == shipped_text(RecipientKind.MEDICAL, "kk")
        dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
        assert dialog.parts.paragraphs[-1].text() == edited

        # The numbering: a bad format is refused in one sentence, a good one is kept.
        numbering = dialog.numbering
        numbering.format.setText("{year}")
        assert numbering.example.text() == "(not a valid format)"
        click(qtbot, numbering.format_button)
        seen.append(dialog.message.text())
        numbering.format.setText("04-{year}/{n:03d}")
        assert numbering.example.text() == f"for example 04-{date.today().year}/001"
        click(qtbot, numbering.format_button)
        seen.append(dialog.message.text())
        dialog.buttons.rejected.emit()  # Close

    answer(LetterTextsEditor, fill)
    click(qtbot, page.texts_button)
    assert seen[0] == "Saved: new letters of this kind and language use this text."
    assert "{room}" in seen[1] and "never print" in seen[1] and "«Paragraph 1»" in seen[1]
    assert seen[2].startswith("The register number format must contain {n}")
    assert seen[3] == "Saved: letters issued from now on are numbered this way."
    stored = parse_letter_text(letter_text_source(org, "medical", "ru"))
    assert stored == LetterText(shipped.addressee, shipped.title, (*shipped.body[:-1], edited))
    assert number_format(org) == "04-{year}/{n:03d}"

    # Reset the whole letter to the shipped text, after saying yes.
    dialog = LetterTextsEditor(org)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("medical_certificate"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    assert dialog.reset_button.isEnabled()
    answers.append(QMessageBox.StandardButton.No)
    assert not dialog.reset()
    assert parse_letter_text(letter_text_source(org, "medical", "ru")) == stored
    answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.reset_button)
    assert letter_text_source(org, "medical", "ru") == shipped_source(RecipientKind.MEDICAL, "ru")
    assert dialog.parts.letter_text() == shipped and not dialog.reset_button.isEnabled()
    assert answers == []
