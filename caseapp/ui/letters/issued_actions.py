"""What the letter dialog does with the letter once issued: show its register number and
fingerprint, save it, print it, and drop it from memory on closing. Its texts keep the letter
dialog's translation context ("LetterDialog")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from caseapp.ui import letter_output
from caseapp.ui.letter_output import Outcome

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QLabel

    from caseapp.services.letters import IssuedLetter
    from caseapp.ui.pdf_preview import PdfPreview

_ERROR_STYLE = "color: #a40000"
_DONE_STYLE = "color: #1d6b2a"


class IssuedLetterActions:
    """Mixed into ``LetterDialog`` (before QDialog), which owns the widgets named below."""

    letter: IssuedLetter | None
    preview: PdfPreview
    document: QPdfDocument
    message: QLabel
    register_number: QLabel
    fingerprint: QLabel

    def _show_letter_facts(self) -> None:
        letter = self.letter
        if letter is None:
            self.register_number.clear()
            self.fingerprint.clear()
            return
        self.register_number.setText(
            QCoreApplication.translate("LetterDialog", "Outgoing No. %1").replace(
                "%1", letter.register_number
            )
        )
        digest = letter.sha256
        self.fingerprint.setText(
            QCoreApplication.translate("LetterDialog", "SHA-256: %1").replace(
                "%1", f"\n{digest[:32]}\n{digest[32:]}"
            )
        )
        self.fingerprint.setToolTip(
            QCoreApplication.translate(
                "LetterDialog",
                "The register keeps this fingerprint: it proves a file is the letter issued.",
            )
        )

    def shown_pdf(self) -> bytes:
        """The bytes the viewer reads (empty before a letter is issued or once closed)."""
        return self.preview.shown_pdf()

    def done(self, result: int) -> None:
        """Closing drops the letter from the viewer and the buffer."""
        self.preview.unload()
        super().done(result)  # type: ignore[misc]

    # saving and printing --------------------------------------------------------------------

    def save_as(self) -> bool:
        """Write the letter's exact bytes where she chooses, atomically."""
        if self.letter is None:
            return False
        return self._report(letter_output.save_letter_as(self._widget(), self.letter))

    def print_letter(self) -> bool:
        """Ask for a printer (and pages), then print."""
        if self.letter is None:
            return False
        return self._report(letter_output.print_letter(self._widget(), self.letter, self.document))

    def print_to(self, printer: QPrinter) -> bool:
        """Paint each page, rendered from the document in memory, onto the whole sheet."""
        if self.letter is None:
            return False
        return self._report(letter_output.print_to(printer, self.letter, self.document))

    def _report(self, outcome: Outcome | None) -> bool:
        """Say how saving or printing went; nothing when she cancelled."""
        if outcome is None:
            return False
        self.message.setStyleSheet(_DONE_STYLE if outcome.done else _ERROR_STYLE)
        self.message.setText(outcome.text)
        return outcome.done

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self
