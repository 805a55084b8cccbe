"""The letter-texts editor as a director uses it: each part in its own box, the placeholders picked
from a list, a preview that follows her typing, mistakes in words with Save refused, the standard
text put back part by part, and an issued letter printing what she saved."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import LetterKind
from caseapp.letters.texts import parse_letter_text, shipped_source, shipped_text
from caseapp.services import workspace as ws
from caseapp.services.letter_texts import letter_text_source
from caseapp.services.letters import issue_letter
from caseapp.ui.i18n import install_language
from caseapp.ui.letters.texts_editor import LetterTextsEditor
from tests.letters.sample import compact, make_case, pdf_text, set_up_organisation
from tests.ui.test_nothing_clipped import clipped

ON = date(2026, 3, 25)


@pytest.fixture
def org(admin: ws.Workspace, monkeypatch: pytest.MonkeyPatch) -> ws.Workspace:
    set_up_organisation(admin)
    # Closing an editor with unsaved changes asks first: at a test's end the answer is Discard.
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )
    return admin


def editor(qtbot: QtBot, workspace: ws.Workspace, kind: LetterKind, lang: str) -> LetterTextsEditor:
    dialog = LetterTextsEditor(workspace)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
    return dialog


def preview_text(dialog: LetterTextsEditor) -> str:
    """The text of the PDF the preview shows, read from memory with pypdf."""
    pdf = dialog.preview.shown_pdf()
    if not pdf:
        return ""
    return compact("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def test_typing_in_a_part_updates_the_preview(qtbot: QtBot, org: ws.Workspace) -> None:
    dialog = editor(qtbot, org, LetterKind.MEDICAL_CERTIFICATE, "en")
    shipped = shipped_text(LetterKind.MEDICAL_CERTIFICATE, "en")
    assert compact(shipped.title) in preview_text(dialog)  # shown as soon as the letter is
    title = dialog.parts.title.editor
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(title, " without delay")  # typed key by key (ASCII: Qt's test keyboard)
    assert dialog.dirty and dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: compact(shipped.title + " without delay") in preview_text(dialog))
    assert letter_text_source(org, "medical", "en") == shipped_source(
        LetterKind.MEDICAL_CERTIFICATE, "en"
    )  # a preview stores nothing


def test_a_wrong_placeholder_is_said_in_words_and_save_stays_refused(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    dialog = editor(qtbot, org, LetterKind.POLICE_CHECKS, "en")
    good = preview_text(dialog)
    second = dialog.parts.paragraphs[1]
    second.editor.setPlainText(second.text().replace("{order_expires_on}", "{order_ends}"))
    assert dialog.message.text() == (
        "The part «Paragraph 2» uses {order_ends}, which this letter does not know. "
        "Did you mean {order_expires_on}?"
    )
    assert not dialog.save_button.isEnabled() and not dialog.save()
    assert "#a40000" in second.editor.styleSheet()  # the part is framed

    # A brace left open in the request, and a placeholder only the missed-checks letter fills.
    request = dialog.parts.paragraphs[-1]
    request.editor.setPlainText("We ask you {to act.")
    assert "«Paragraph 4 (the request)» opens a placeholder with {" in dialog.message.text()
    dialog.refresh_preview()
    assert preview_text(dialog) == good  # the last good preview stays
    assert not dialog.save()
    assert letter_text_source(org, "police_checks", "en") == shipped_source(
        LetterKind.POLICE_CHECKS, "en"
    )

    # Put right, the sentence goes and Save is allowed again.
    second.editor.setPlainText(second.text().replace("{order_ends}", "{order_expires_on}"))
    request.editor.setPlainText("We ask you to act.")
    assert dialog.message.text() == "" and dialog.save_button.isEnabled()

    social = editor(qtbot, org, LetterKind.SOCIAL, "en")
    social.parts.paragraphs[0].editor.setPlainText("Checks missed: {missed_checks}.")
    assert "which this kind of letter cannot fill" in social.message.text()
    assert "{missed_checks}" not in social.placeholders.names()
    assert not social.save()


def test_picking_a_placeholder_inserts_it_at_the_cursor(qtbot: QtBot, org: ws.Workspace) -> None:
    dialog = editor(qtbot, org, LetterKind.POLICE_CHECKS, "ru")
    dialog.show()
    names = dialog.placeholders.names()
    assert "{order_expires_on}" in names and "{room}" not in names
    row = names.index("{order_expires_on}")
    item = dialog.placeholders.list.item(row)
    assert "the last day the protection order is in force, as 13.11.2026" in item.text()

    title = dialog.parts.title.editor
    title.setPlainText("Срок: .")
    title.setFocus()
    cursor = title.textCursor()
    cursor.setPosition(len("Срок: "))
    title.setTextCursor(cursor)
    dialog.placeholders.list.setCurrentRow(row)
    qtbot.mouseClick(dialog.placeholders.insert_button, Qt.MouseButton.LeftButton)
    assert title.toPlainText() == "Срок: {order_expires_on}."

    # Enter on the list puts the chosen one in the same part, where the cursor now is.
    dialog.placeholders.list.setCurrentRow(names.index("{order_number}"))
    dialog.placeholders.list.setFocus()
    qtbot.keyClick(dialog.placeholders.list, Qt.Key.Key_Return)
    assert title.toPlainText() == "Срок: {order_expires_on}{order_number}."

    # A double-click goes into the part she was last in.
    first = dialog.parts.paragraphs[0].editor
    first.setFocus()
    first.moveCursor(QTextCursor.MoveOperation.End)
    view = dialog.placeholders.list
    rect = view.visualItemRect(view.item(names.index("{client}")))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert first.toPlainText().endswith("{client}")


def test_saving_then_issuing_a_letter_prints_the_edited_text(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    number = make_case(org)
    dialog = editor(qtbot, org, LetterKind.MEDICAL_CERTIFICATE, "kk")
    dialog.parts.add_paragraph()
    added = dialog.parts.paragraphs[-1]
    count = len(dialog.parts.paragraphs)
    assert dialog.parts.part_label(added.part) == f"Paragraph {count} (the request)"
    assert "is empty" in dialog.message.text() and not dialog.save()
    added.editor.setPlainText("Жауапты {staff} күтеміз.")
    assert dialog.save(), dialog.message.text()
    assert dialog.message.text() == "Saved: new letters of this kind and language use this text."
    stored = parse_letter_text(letter_text_source(org, "medical_certificate", "kk"))
    assert stored.body[-1] == "Жауапты {staff} күтеміз."

    letter = issue_letter(org, number, LetterKind.MEDICAL_CERTIFICATE, "kk", on=ON)
    printed = compact(pdf_text(letter.pdf))
    assert compact("Жауапты Admin Test күтеміз.") in printed


def test_restore_the_standard_text_of_one_part(qtbot: QtBot, org: ws.Workspace) -> None:
    dialog = editor(qtbot, org, LetterKind.LEGAL_AID, "en")
    shipped = shipped_text(LetterKind.LEGAL_AID, "en")
    first, title = dialog.parts.paragraphs[0], dialog.parts.title
    assert not first.restore.isEnabled()
    first.editor.setPlainText("Our own words about {client}.")
    title.editor.setPlainText("Our own title")
    assert first.restore.isEnabled()
    qtbot.mouseClick(first.restore, Qt.MouseButton.LeftButton)
    assert first.text() == shipped.body[0] and not first.restore.isEnabled()
    assert title.text() == "Our own title"  # the other parts stay as she wrote them
    first.editor.undo()
    assert first.text() == "Our own words about {client}."  # and Ctrl+Z brings hers back


@pytest.mark.parametrize(
    ("language", "meaning", "mistake"),
    [
        (
            "ru",
            "последний день действия защитного предписания, например 13.11.2026",
            "В части «Абзац 2» используется {order_ends}, такой подстановки в этом письме нет. "
            "Возможно, имелось в виду {order_expires_on}?",
        ),
        (
            "kk",
            "қорғау нұсқамасы күшінде болатын соңғы күн, мысалы 13.11.2026",
            "«2-абзац» бөлігінде {order_ends} қолданылған, бұл хатта мұндай алмастырғыш жоқ. "
            "Мүмкін, {order_expires_on} деп жазбақ болдыңыз ба?",
        ),
        (
            "en",
            "the last day the protection order is in force, as 13.11.2026",
            "The part «Paragraph 2» uses {order_ends}, which this letter does not know. "
            "Did you mean {order_expires_on}?",
        ),
    ],
)
def test_the_editor_speaks_the_interface_language(
    qtbot: QtBot, org: ws.Workspace, language: str, meaning: str, mistake: str
) -> None:
    install_language(language)
    dialog = editor(qtbot, org, LetterKind.POLICE_CHECKS, "ru")
    names = dialog.placeholders.names()
    item = dialog.placeholders.list.item(names.index("{order_expires_on}"))
    assert item.text() == f"{{order_expires_on}} — {meaning}"
    second = dialog.parts.paragraphs[1]
    second.editor.setPlainText(second.text().replace("{order_expires_on}", "{order_ends}"))
    assert dialog.message.text() == mistake


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_nothing_in_the_editor_is_clipped(qtbot: QtBot, org: ws.Workspace, language: str) -> None:
    install_language(language)
    dialog = editor(qtbot, org, LetterKind.POLICE_VIOLATION, language)
    dialog.show()
    qtbot.waitExposed(dialog)
    second = dialog.parts.paragraphs[1]
    second.editor.setPlainText(second.text() + " {order_ends}")  # the longest labels show
    qtbot.wait(100)  # word-wrapped labels take their height in a second layout pass
    assert clipped(dialog) == []
