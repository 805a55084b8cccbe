"""The letter dialog's addressee: chosen from the case's office's address book, or typed.

For a letter to the police the unit that issued the case's order comes first («From the order:
…», its head declined in the letter's language), then the office's entries of the kinds the
letter goes to. Choosing one fills the text box in the letter's language; the text stays
editable, and what the box holds is what prints. Another language or kind fills it again unless
she has changed the text herself. "Add to address book…" keeps what she typed for next time.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.address_book import ADDRESSEES_FOR, Addressee, AddresseeKind, block
from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import CaseappError
from caseapp.services import address_book as book
from caseapp.services.workspace import Workspace
from caseapp.ui.letters.address_entry import AddressEntryDialog

ORDER = "order"  # the combo's data for the order's unit; an entry's is its id; None: the text's


class AddresseePicker(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, case_number: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.case_number = case_number
        self.office_id: str | None = None
        try:
            self.office_id = book.case_office(workspace, case_number)
        except CaseappError:
            self.office_id = None
        self.choice = QComboBox()
        self.choice.setObjectName("addressee_choice")
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(8)
        self.text = QPlainTextEdit()
        self.text.setObjectName("addressee")
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(84)
        self.note = QLabel()
        self.note.setObjectName("addressee_note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_addressee")
        self.add_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        layout.addWidget(self.add_button)
        self._kind: LetterKind | None = None
        self._lang = "ru"
        self._on: date | None = None
        self._entries: dict[str, Addressee] = {}
        self._order_block = ""
        self._filled = ""  # what the picker last put in the box
        self.choice.currentIndexChanged.connect(lambda *_: self._chosen())
        self.text.textChanged.connect(self.changed.emit)
        self.add_button.clicked.connect(lambda: self.add_to_book())
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("as the letter's text says"))
        self.text.setToolTip(
            self.tr("The body or official the letter goes to, one line each, as it is to print.")
        )
        self.choice.setToolTip(self.tr("The office's address book, and the order's police unit"))
        self.add_button.setText(self.tr("Add to address &book…"))
        self.add_button.setToolTip(self.tr("Keep this addressee in the office's address book"))
        if self._kind is not None:
            self.refresh(self._kind, self._lang, self._on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kinds(self) -> tuple[AddresseeKind, ...]:
        return ADDRESSEES_FOR.get(self._kind, ()) if self._kind is not None else ()

    def refresh(self, kind: LetterKind, lang: str, on: date | None) -> None:
        """Offer what a letter of `kind` in `lang` dated `on` may go to, keeping the choice."""
        self._kind, self._lang, self._on = kind, lang, on
        current = self.choice.currentData()
        try:
            self._order_block = book.order_addressee(
                self.workspace, self.case_number, kind, lang, on
            )
        except CaseappError:
            self._order_block = ""
        entries: list[Addressee] = []
        if self.office_id is not None and self.kinds():
            try:
                entries = book.list_entries(self.workspace, self.office_id, self.kinds())
            except CaseappError:
                entries = []
        self._entries = {e.id: e for e in entries if e.id is not None}
        blocked = self.choice.blockSignals(True)
        self.choice.clear()
        if self._order_block:
            first_line = " ".join(self._order_block.split("\n"))
            self.choice.addItem(self.tr("From the order: %1").replace("%1", first_line), ORDER)
        self.choice.addItem(self.tr("As the letter's text says"), None)
        for entry in entries:
            self.choice.addItem(entry.label(lang), entry.id)
        index = self.choice.findData(current) if current is not None else -1
        self.choice.setCurrentIndex(max(0, index))
        self.choice.blockSignals(blocked)
        self._chosen()

    def _chosen(self) -> None:
        """Fill the box from the choice, unless she has written her own text there."""
        data = self.choice.currentData()
        typed = self.text.toPlainText()
        if typed.strip() and typed != self._filled:
            return
        if data == ORDER:
            text = self._order_block
        elif data in self._entries:
            text = block(self._entries[data], self._lang)
        else:
            text = ""
        missing = data in self._entries and not text
        self.note.setVisible(missing)
        self.note.setText(
            self.tr("This entry has nothing in the letter's language: write the addressee here.")
            if missing
            else ""
        )
        self._filled = text
        self.text.setPlainText(text)

    def addressee(self) -> str:
        return self.text.toPlainText()

    def set_editable(self, enabled: bool) -> None:
        self.choice.setEnabled(enabled)
        self.text.setEnabled(enabled)
        self.add_button.setEnabled(enabled and self.office_id is not None)

    def add_to_book(self) -> bool:
        """A new entry of the letter's usual kind in the case's office, with what the box holds as
        its text in the letter's language (position on the first line, the rest as the body)."""
        if self.office_id is None:
            return False
        lines = self.text.toPlainText().strip().splitlines()
        texts = {}
        if lines:
            texts[self._lang] = {"position": lines[0], "body": "\n".join(lines[1:])}
        kinds = self.kinds() or (AddresseeKind.POLICE,)
        entry = Addressee(kind=kinds[0], texts=texts, office_id=self.office_id)
        dialog = AddressEntryDialog(self.workspace, entry, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry_id is None:
            return False
        self._filled = ""
        self.text.clear()
        if self._kind is not None:
            self.refresh(self._kind, self._lang, self._on)
        self.choice.setCurrentIndex(max(0, self.choice.findData(dialog.entry_id)))
        return True
