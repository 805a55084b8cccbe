"""The address book in the window: the letter dialog offers the order's unit first, then the
office's entries for the letter's recipient; a chosen entry prints in the letter's language; an
addressee typed in the dialog is kept in the book; the book's own screen adds, edits and removes
entries, and shows a colleague of another office the book without letting her change it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from caseapp.domain.address_book import Addressee, AddresseeKind
from caseapp.domain.enums import LetterKind, Role
from caseapp.services import accounts, offices
from caseapp.services import address_book as book
from caseapp.services import workspace as ws
from caseapp.ui.letters.address_book import AddressBookDialog
from caseapp.ui.letters.address_entry import AddressEntryDialog
from caseapp.ui.letters.dialog import LetterDialog
from tests.conftest import CHEAP_KDF
from tests.letters.sample import compact, make_case, pdf_text, set_up_organisation
from tests.ui.dialogs import answer

ON = date(2026, 3, 25)
COURT_RU = {
    "position": "Председателю",
    "body": "Специализированного межрайонного суда\nпо делам несовершеннолетних г. Алматы",
    "name": "Тестовой А. Б.",
    "address": "г. Алматы, ул. Примерная, 1",
}
COURT_KK = {
    "position": "Төрағасына",
    "body": "Алматы қаласының кәмелетке толмағандардың "
    "істері жөніндегі мамандандырылған ауданаралық сотының",
    "name": "А. Б. Тестоваға",
}


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def _court(workspace: ws.Workspace) -> str:
    return book.add_entry(
        workspace,
        Addressee(kind=AddresseeKind.COURT, texts={"ru": dict(COURT_RU), "kk": dict(COURT_KK)}),
    )


def _dialog(qtbot: QtBot, workspace: ws.Workspace, number: str, kind: LetterKind, lang: str):  # type: ignore[no-untyped-def]
    dialog = LetterDialog(workspace, number)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
    dialog.letter_date.set_text(ON.isoformat())
    return dialog


def test_the_orders_unit_comes_first_then_the_books_police(qtbot: QtBot, org: ws.Workspace) -> None:
    number = make_case(org)
    book.add_entry(
        org,
        Addressee(
            kind=AddresseeKind.POLICE,
            texts={"ru": {"position": "Начальнику", "body": "Департамента полиции г. Алматы"}},
        ),
    )
    _court(org)  # not a police body: not offered
    dialog = _dialog(qtbot, org, number, LetterKind.POLICE_CHECKS, "ru")
    choice = dialog.picker.choice
    labels = [choice.itemText(i) for i in range(choice.count())]
    assert labels == [
        "From the order: Начальнику УП Алмалинского района г. Алматы",
        "As the letter's text says",
        "Департамента полиции г. Алматы",
    ]
    assert dialog.addressee.toPlainText() == "Начальнику\nУП Алмалинского района г. Алматы"
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))  # the order's unit in Kazakh
    assert dialog.addressee.toPlainText().endswith("бастығына\n(УП Алмалинского района г. Алматы)")


def test_a_chosen_entry_prints_in_the_letters_language(qtbot: QtBot, org: ws.Workspace) -> None:
    number = make_case(org)
    entry_id = _court(org)
    dialog = _dialog(qtbot, org, number, LetterKind.COURT_REQUIREMENTS, "ru")
    choice = dialog.picker.choice
    choice.setCurrentIndex(choice.findData(entry_id))
    assert dialog.addressee.toPlainText().startswith("Председателю\nСпециализированного")
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))  # filled again in Kazakh
    assert dialog.addressee.toPlainText().startswith("Төрағасына\nАлматы қаласының")
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))  # nothing in English: said
    assert dialog.addressee.toPlainText() == ""
    assert not dialog.picker.note.isHidden()
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    dialog.addressee.setPlainText(dialog.addressee.toPlainText() + "\nкаб. 12")  # still editable
    dialog.lang.setCurrentIndex(dialog.lang.findData("kk"))  # her own text is kept
    assert dialog.addressee.toPlainText().endswith("каб. 12")
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert dialog.letter is not None, dialog.message.text()
    text = compact(pdf_text(dialog.letter.pdf))
    for part in (*COURT_RU.values(), "каб. 12"):
        assert compact(part) in text
    assert compact("Председателю суда") not in text  # the text's generic addressee is replaced


def test_an_addressee_typed_in_the_dialog_is_kept_in_the_book(
    qtbot: QtBot, org: ws.Workspace
) -> None:
    number = make_case(org)
    dialog = _dialog(qtbot, org, number, LetterKind.LEGAL_AID, "ru")
    dialog.addressee.setPlainText("Директору\nОО «Правовая помощь»")

    def fill(entry: AddressEntryDialog) -> None:
        assert entry.kind.currentData() == "legal_aid"
        assert entry.fields["ru"]["position"].toPlainText() == "Директору"  # type: ignore[union-attr]
        entry.fields["ru"]["address"].setPlainText("г. Алматы, ул. Образцовая, 3")  # type: ignore[union-attr]
        entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer(AddressEntryDialog, fill)
    assert dialog.picker.add_to_book()
    [entry] = book.list_entries(org)
    assert entry.text("ru", "body") == "ОО «Правовая помощь»"
    assert dialog.picker.choice.currentData() == entry.id
    assert dialog.addressee.toPlainText().endswith("ул. Образцовая, 3")


def test_the_book_screen_adds_edits_and_removes(qtbot: QtBot, org: ws.Workspace) -> None:
    screen = AddressBookDialog(org)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.model.rowCount() == 0 and screen.add_button.isEnabled()

    def add(entry: AddressEntryDialog) -> None:
        entry.kind.setCurrentIndex(entry.kind.findData("court"))
        entry.fields["ru"]["body"].setPlainText("Районный суд")  # type: ignore[union-attr]
        entry.fields["en"]["body"].setPlainText("District Court")  # type: ignore[union-attr]
        entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer(AddressEntryDialog, add)
    assert screen.add_entry()
    assert screen.model.rowCount() == 1
    assert screen.model.index(0, 1).data() == "District Court"  # the interface is in English
    assert screen.model.index(0, 3).data() == "ru, en"

    def refuse_then_fix(entry: AddressEntryDialog) -> None:
        entry.fields["ru"]["body"].setPlainText("")  # type: ignore[union-attr]
        entry.fields["en"]["body"].setPlainText("")  # type: ignore[union-attr]
        entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert entry.isVisible() and "at least one language" in entry.message.text()
        entry.fields["ru"]["body"].setPlainText("Городской суд")  # type: ignore[union-attr]
        entry.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answer(AddressEntryDialog, refuse_then_fix)
    assert screen.edit_entry()
    [saved] = book.list_entries(org)
    assert saved.text("ru", "body") == "Городской суд" and not saved.has_language("en")

    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert screen.remove_entry()
    assert book.list_entries(org) == [] and screen.model.rowCount() == 0


def test_another_offices_colleague_reads_but_cannot_change(
    qtbot: QtBot, db: object, org: ws.Workspace
) -> None:
    [main] = offices.list_offices(org)
    other = offices.add_office(org, "Филиал")
    _court(org)
    accounts.add_staff(org, "lawyer", "lawyer password 1", Role.LAWYER, offices=[other],
                       kdf=CHEAP_KDF)  # fmt: skip
    lawyer = ws.unlock(org.db, "lawyer", "lawyer password 1")
    screen = AddressBookDialog(lawyer, office_id=main.office_id)
    qtbot.addWidget(screen)
    assert screen.model.rowCount() == 1
    screen.table.selectRow(0)
    assert not screen.add_button.isEnabled() and not screen.edit_button.isEnabled()
    assert "Only an administrator" in screen.message.text()
    screen.office.setCurrentIndex(screen.office.findData(other))  # her own office: she may
    assert screen.add_button.isEnabled() and screen.model.rowCount() == 0


def test_the_outgoing_letters_page_opens_the_book(qtbot: QtBot, org: ws.Workspace) -> None:
    from caseapp.ui.letters.register import RegisterPage

    _court(org)
    page = RegisterPage(org)
    qtbot.addWidget(page)
    page.retranslate()
    assert page.book_button.text() == "Address &book…"
    screen = page.address_book()
    qtbot.addWidget(screen)
    assert screen.isVisible() and screen.model.rowCount() == 1
    screen.reject()
