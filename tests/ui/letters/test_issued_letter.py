"""Opening an issued letter again from the register: the very bytes, from memory; and what she
adds to a letter in the letter dialog reaches the PDF."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import LetterKind
from caseapp.services import workspace as ws
from caseapp.services.letter_register import letter_register
from caseapp.services.letters import issue_letter
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.letters.issued_letter import IssuedLetterDialog
from caseapp.ui.letters.register import RegisterPage
from tests.letters.sample import compact, make_case, pdf_text, set_up_organisation
from tests.ui.dialogs import answer

ON = date(2026, 3, 25)


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def test_the_register_opens_a_letter_again_byte_for_byte(qtbot: QtBot, org: ws.Workspace) -> None:
    number = make_case(org)
    letter = issue_letter(org, number, LetterKind.COURT_REQUIREMENTS, "kk", on=ON)
    page = RegisterPage(org)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    assert page.open_button.text() == "&Open the letter…"

    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, 0))
    assert page.letter_dialog() is None
    assert page.message.text() == "Choose a letter in the register first."

    assert page.select(letter.sha256)
    seen: list[bytes] = []

    def look(dialog: IssuedLetterDialog) -> None:
        seen.append(dialog.shown_pdf())
        assert dialog.windowTitle() == f"Letter 1/2026 (case {number})"
        dialog.reject()

    answer(IssuedLetterDialog, look)
    page.open_letter()
    assert seen == [letter.pdf]
    assert hashlib.sha256(seen[0]).hexdigest() == letter.sha256


def test_what_she_adds_in_the_dialog_is_printed(qtbot: QtBot, org: ws.Workspace) -> None:
    number = make_case(org)
    dialog = LetterDialog(org, number, kind=LetterKind.COURT_REQUIREMENTS)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "court_requirements"
    assert dialog.form.isRowVisible(dialog.court_case)
    dialog.letter_date.set_value(ON)
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    dialog.addressee.setPlainText("Председателю\nспециализированного межрайонного суда")
    dialog.reply_number.setText("2-118")
    dialog.reply_date.set_value(date(2026, 3, 20))
    dialog.court_case.setText("7511-26-00-2/318")
    dialog.attachments.setPlainText("Копия заявления на 2 л.\n\nСправка на 1 л.")
    dialog.paragraph.setPlainText("Потерпевшая просит рассмотреть дело в её отсутствие.")
    assert dialog.issue(), dialog.message.text()
    text = compact(pdf_text(dialog.shown_pdf()))
    for words in (
        "специализированного межрайонного суда",
        "На № 2-118 от 20.03.2026",
        "Номер судебного дела: 7511-26-00-2/318.",
        "1. Копия заявления на 2 л.",
        "2. Справка на 1 л.",
        "рассмотреть дело в её отсутствие",
    ):
        assert compact(words) in text, words
    [entry] = letter_register(org)
    assert entry.kind is LetterKind.COURT_REQUIREMENTS
    assert not dialog.paragraph.isEnabled()  # issued: nothing more to change

    # Another kind: the court case number is not asked for.
    other = LetterDialog(org, number, kind=LetterKind.SOCIAL)
    qtbot.addWidget(other)
    assert not other.form.isRowVisible(other.court_case)
    assert other.options().court_case == ""
