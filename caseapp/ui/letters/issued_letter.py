"""An issued letter opened again from the register: the very bytes kept (encrypted) when it was
issued, shown from memory, to save or print again."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.services.letter_register import RegisterEntry
from caseapp.services.letters import IssuedLetter
from caseapp.ui import letter_output
from caseapp.ui.letter_output import Outcome
from caseapp.ui.pdf_preview import PdfPreview

_ERROR_STYLE = "color: #a40000"
_DONE_STYLE = "color: #1d6b2a"


class IssuedLetterDialog(QDialog):
    def __init__(self, entry: RegisterEntry, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issued_letter_dialog")
        self.entry = entry
        self.letter = IssuedLetter(pdf=pdf, register_number=entry.number, sha256=entry.sha256)
        self.preview = PdfPreview()
        self.preview.load(pdf)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_as")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_letter)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(820, 900)

    def retranslate(self) -> None:
        title = self.tr("Letter %1 (case %2)").replace("%1", self.entry.number)
        title = title.replace("%2", self.entry.case_number)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.save_button.setText(self.tr("&Save as…"))
        self.print_button.setText(self.tr("&Print…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shown_pdf(self) -> bytes:
        return self.preview.shown_pdf()

    def save_as(self) -> bool:
        return self._report(letter_output.save_letter_as(self, self.letter))

    def print_letter(self) -> bool:
        return self._report(letter_output.print_letter(self, self.letter, self.preview.document))

    def _report(self, outcome: Outcome | None) -> bool:
        if outcome is None:
            return False
        self.message.setStyleSheet(_DONE_STYLE if outcome.done else _ERROR_STYLE)
        self.message.setText(outcome.text)
        return outcome.done

    def done(self, result: int) -> None:
        self.preview.unload()
        super().done(result)
