"""The outgoing-letter register page: every letter issued, filtered by year, kind and case; opening
one again; checking that a PDF file is a letter of the register; and, for administrators, the
letter texts. The table's model is `caseapp.ui.letters.register_model`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services.letter_register import (
    RegisterEntry,
    find_in_register,
    issued_letter_pdf,
    letter_register,
)
from caseapp.services.workspace import Workspace
from caseapp.ui.common.row_view import row_view
from caseapp.ui.i18n import translate_error
from caseapp.ui.letter_kinds import fill_kinds, kind_label
from caseapp.ui.letters.address_book import AddressBookDialog
from caseapp.ui.letters.issued_letter import IssuedLetterDialog
from caseapp.ui.letters.register_model import RegisterModel
from caseapp.ui.letters.texts_editor import LetterTextsEditor
from caseapp.ui.models import CASE_NUMBER_ROLE
from caseapp.ui.widgets import shown_date

ALL_YEARS = 2000
"""The year filter's lowest value, shown as "All years"."""

MAX_PDF_BYTES = 50 * 1024 * 1024
"""A file to verify is read into memory; anything larger is no letter of the register."""

_ERROR_STYLE = "color: #a40000"
_DONE_STYLE = "color: #1d6b2a"


class RegisterPage(QWidget):
    """The register table with its filters; Enter on a row opens the case."""

    open_case = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")

        self.year = QSpinBox()
        self.year.setObjectName("year_filter")
        self.year.setRange(ALL_YEARS, 2100)
        self.year.setValue(date.today().year)
        self.year.setMinimumWidth(110)
        self.kind = QComboBox()
        self.kind.setObjectName("kind_filter")
        self.case = QLineEdit()
        self.case.setObjectName("case_filter")
        self.case.setClearButtonEnabled(True)
        self.case.setMaximumWidth(200)
        self.year_label, self.kind_label, self.case_label = QLabel(), QLabel(), QLabel()
        self.year_label.setBuddy(self.year)
        self.kind_label.setBuddy(self.kind)
        self.case_label.setBuddy(self.case)
        self.count = QLabel()
        self.count.setObjectName("count")

        self.model = RegisterModel(self)
        self.table = row_view("register", self.model, RegisterModel.RECIPIENT)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._activated)

        self.verify_button = QPushButton()
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(lambda: self.verify())
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_letter")
        self.open_button.clicked.connect(lambda: self.open_letter())
        self.book_button = QPushButton()
        self.book_button.setObjectName("address_book")
        self.book_button.clicked.connect(lambda: self.address_book())
        # Letter texts are an administrator's: others do not get the button (and the services
        # refuse them anyway).
        self.texts_button: QPushButton | None = None
        if workspace.actor.role == Role.ADMIN:
            self.texts_button = QPushButton()
            self.texts_button.setObjectName("letter_texts")
            self.texts_button.clicked.connect(self.edit_texts)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._filter_refused = False

        filters = QHBoxLayout()
        filters.addWidget(self.year_label)
        filters.addWidget(self.year)
        filters.addSpacing(12)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind)
        filters.addSpacing(12)
        filters.addWidget(self.case_label)
        filters.addWidget(self.case)
        filters.addStretch()
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.book_button)
        if self.texts_button is not None:
            buttons.addWidget(self.texts_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        # The case number filter applies as she types, once she pauses.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(400)
        self._typing.timeout.connect(self.refresh)
        self.case.textChanged.connect(lambda _text: self._typing.start())
        self.case.returnPressed.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.setFocusProxy(self.table)

        self.retranslate()
        self.refresh()

    # data -----------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The filters as `letter_register` takes them."""
        year = self.year.value()
        case = self.case.text().strip()
        return {
            "year": None if year == ALL_YEARS else year,
            "kind": self.kind.currentData() or None,
            "case": case or None,
        }

    def refresh(self) -> None:
        self._typing.stop()
        if self.workspace.locked:
            return
        selected = self.selected()
        try:
            entries = letter_register(self.workspace, **self.filters())
        except CaseappError as exc:
            self.model.set_entries([])
            self._say(translate_error(exc.template, exc.params), ok=False)
            self._filter_refused = True
        else:
            self.model.set_entries(entries)
            if self._filter_refused:
                self.message.clear()
                self._filter_refused = False
        if selected is not None:
            self.select(selected.sha256)
        self._show_count()

    def _say(self, text: str, ok: bool) -> None:
        self.message.setStyleSheet(_DONE_STYLE if ok else _ERROR_STYLE)
        self.message.setText(text)

    def selected(self) -> RegisterEntry | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select(self, sha256: str) -> bool:
        row = self.model.row_of(sha256)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _activated(self, index: QModelIndex) -> None:
        number = self.model.data(index, CASE_NUMBER_ROLE)
        if number:
            self.open_case.emit(number)

    # actions --------------------------------------------------------------------------------

    def verify(self, path: str | None = None) -> RegisterEntry | None:
        """Whether a PDF file is a letter of the register, exactly as issued. The file is read
        into memory and only its SHA-256 is compared; nothing is written."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Verify a letter"),
                "",
                self.tr("PDF documents (*.pdf);;All files (*)"),
            )
        if not path:
            return None
        file = Path(path)
        try:
            data = b"" if file.stat().st_size > MAX_PDF_BYTES else file.read_bytes()
        except OSError as exc:
            self._say(
                self.tr("%1 could not be read (%2).")
                .replace("%1", file.name)
                .replace("%2", exc.strerror or type(exc).__name__),
                ok=False,
            )
            return None
        try:
            entry = find_in_register(self.workspace, data) if data else None
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return None
        if entry is None:
            self._say(
                self.tr(
                    "%1 matches no letter of the outgoing register that you may see: it is not "
                    "one of its letters, or it was changed after it was issued."
                ).replace("%1", file.name),
                ok=False,
            )
            return None
        self._say(
            self.tr("%1 is letter %2 of %3 (%4, case %5), exactly as it was issued.")
            .replace("%1", file.name)
            .replace("%2", entry.number)
            .replace("%3", shown_date(entry.issued_on))
            .replace("%4", kind_label(entry.kind))
            .replace("%5", entry.case_number),
            ok=True,
        )
        self.select(entry.sha256)
        return entry

    def letter_dialog(self) -> IssuedLetterDialog | None:
        """The chosen letter, exactly as issued, in a dialog (not shown); None with a sentence
        when no letter is chosen or the register kept none for it."""
        entry = self.selected()
        if entry is None:
            self._say(self.tr("Choose a letter in the register first."), ok=False)
            return None
        try:
            pdf = issued_letter_pdf(self.workspace, entry.sha256)
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params), ok=False)
            return None
        if pdf is None:
            self._say(
                self.tr(
                    "Letter %1 was issued before the register kept letters: only its "
                    "fingerprint is kept."
                ).replace("%1", entry.number),
                ok=False,
            )
            return None
        return IssuedLetterDialog(entry, pdf, self)

    def open_letter(self) -> None:
        dialog = self.letter_dialog()
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def edit_texts(self) -> None:
        dialog = LetterTextsEditor(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()

    # texts ----------------------------------------------------------------------------------

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n letter(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Outgoing letters"))
        self.year_label.setText(self.tr("&Year:"))
        self.year.setSpecialValueText(self.tr("All years"))
        self.kind_label.setText(self.tr("&Kind:"))
        fill_kinds(self.kind, (None, self.tr("All kinds")))
        self.case_label.setText(self.tr("C&ase:"))
        self.case.setPlaceholderText(self.tr("case number"))
        self.table.setToolTip(self.tr("Enter or a double click opens the case."))
        self.open_button.setText(self.tr("&Open the letter…"))
        self.open_button.setToolTip(
            self.tr("Show the chosen letter exactly as it was issued, to save or print again.")
        )
        self.verify_button.setText(self.tr("&Verify a PDF…"))
        self.verify_button.setToolTip(
            self.tr("Check whether a PDF file is a letter of this register, unchanged.")
        )
        self.book_button.setText(self.tr("Address &book…"))
        self.book_button.setToolTip(self.tr("The bodies and officials your office writes to"))
        if self.texts_button is not None:
            self.texts_button.setText(self.tr("Letter &texts…"))
        self._show_count()

    def address_book(self) -> AddressBookDialog:
        """The office's address book, to add, edit or remove entries (or read another's)."""
        dialog = AddressBookDialog(self.workspace, self)
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        """Letters issued from case windows (or by colleagues) show when the page is opened."""
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
