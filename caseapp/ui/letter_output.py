"""Saving and printing an issued letter: its exact bytes written where she chooses, atomically,
or its pages rendered from the document in memory and painted straight onto the printer.

These are the letter dialog's own messages, so they keep its translation context
("LetterDialog"): the existing translations match them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QRect, QSaveFile, QSize, QStandardPaths, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from caseapp.services.letters import IssuedLetter

PRINT_DPI = 300
"""Pages are rendered for the printer at this resolution at most (an A4 page is then about
2500 × 3500 pixels), whatever the printer's own resolution."""


@dataclass(frozen=True)
class Outcome:
    """How saving or printing went, in one sentence to show her."""

    done: bool
    text: str


def write_atomically(path: str, data: bytes) -> str | None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, renamed into place
    once complete (QSaveFile): never a half-written letter. Qt's reason on failure, else None."""
    target = QSaveFile(path)
    if not target.open(QIODevice.OpenModeFlag.WriteOnly):
        return target.errorString()
    if target.write(data) != len(data):
        reason = target.errorString()
        target.cancelWriting()
        return reason
    if not target.commit():
        return target.errorString()
    return None


def suggested_file_name(register_number: str) -> str:
    """A name with the register number only: no client's name in a file name."""
    safe = re.sub(r"[^0-9A-Za-z]+", "-", register_number).strip("-") or "letter"
    name = QCoreApplication.translate("LetterDialog", "letter-%1.pdf").replace("%1", safe)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / name) if folder else name


def save_letter_as(parent: QWidget, letter: IssuedLetter) -> Outcome | None:
    """Write the letter's exact bytes where she chooses, atomically; None when she cancels."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("LetterDialog", "Save the letter"),
        suggested_file_name(letter.register_number),
        QCoreApplication.translate("LetterDialog", "PDF documents (*.pdf)"),
    )
    if not path:
        return None
    if not Path(path).suffix:
        path += ".pdf"
        if Path(path).exists():  # the file dialog asked about the name without ".pdf"
            question = QCoreApplication.translate("LetterDialog", "%1 already exists. Replace it?")
            answer = QMessageBox.question(
                parent,
                QCoreApplication.translate("LetterDialog", "Save the letter"),
                question.replace("%1", path),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
    problem = write_atomically(path, letter.pdf)
    if problem is not None:
        return Outcome(
            False,
            QCoreApplication.translate("LetterDialog", "The letter could not be saved to %1 (%2).")
            .replace("%1", path)
            .replace("%2", problem),
        )
    return Outcome(
        True,
        QCoreApplication.translate("LetterDialog", "Letter %1 was saved to %2.")
        .replace("%1", letter.register_number)
        .replace("%2", path),
    )


def print_letter(parent: QWidget, letter: IssuedLetter, document: QPdfDocument) -> Outcome | None:
    """Ask for a printer (and pages), then print; None when there is nothing to print or she
    cancels."""
    if document.pageCount() < 1:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    name = QCoreApplication.translate("LetterDialog", "Letter %1")
    printer.setDocName(name.replace("%1", letter.register_number))
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    if not dialog.exec():
        return None
    return print_to(printer, letter, document)


def print_to(printer: QPrinter, letter: IssuedLetter, document: QPdfDocument) -> Outcome | None:
    """Paint each page, rendered from the document in memory, onto the whole sheet; None when
    the document has no pages."""
    if document.pageCount() < 1:
        return None
    problem = paint_pages(printer, document)
    if problem is not None:
        return Outcome(False, problem)
    return Outcome(
        True,
        QCoreApplication.translate("LetterDialog", "Letter %1 was sent to the printer.").replace(
            "%1", letter.register_number
        ),
    )


def paint_pages(printer: QPrinter, document: QPdfDocument) -> str | None:
    """Paint the chosen pages of a PDF in memory onto the printer, each onto the whole sheet (the
    PDF carries its own margins); a sentence when the printer fails, else None."""
    count = document.pageCount()
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(count, max(printer.toPage(), printer.fromPage())) - 1
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return QCoreApplication.translate("LetterDialog", "The printer could not be started.")
    try:
        for i, page in enumerate(range(first, last + 1)):
            if i and not printer.newPage():
                return QCoreApplication.translate("LetterDialog", "The printer refused a new page.")
            sheet = painter.viewport()
            points = document.pagePointSize(page)
            dpi = min(printer.resolution(), PRINT_DPI)
            image_size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, image_size)
            target = image_size.scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(sheet.topLeft(), target), image)
    finally:
        painter.end()
    return None
