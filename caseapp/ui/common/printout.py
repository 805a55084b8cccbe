"""A printed sheet shown before it goes to paper: the pages from memory, then Print… or Save as
PDF…. Nothing is written to disk unless she chooses a file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.letters.fonts import find_fonts
from caseapp.letters.sheet import SheetDocument, SheetRenderer
from caseapp.services import printouts
from caseapp.services.organisation import get_settings
from caseapp.services.workspace import Workspace
from caseapp.ui.common import sheets
from caseapp.ui.common.case_sheet import case_sheet
from caseapp.ui.i18n import translate_error
from caseapp.ui.letter_font import saved_letter_font
from caseapp.ui.letter_output import paint_pages, write_atomically
from caseapp.ui.pdf_preview import PdfPreview


def render_sheet(doc: SheetDocument) -> bytes:
    """The sheet as PDF bytes, in the font chosen for letters on this computer."""
    return SheetRenderer(find_fonts(saved_letter_font())).render(doc)


class PrintoutDialog(QDialog):
    """The sheet's pages, with Print… and Save as PDF…; ``file_stem`` names a saved copy and
    must hold no personal data (a case number, a date)."""

    def __init__(
        self,
        doc: SheetDocument | None,
        file_stem: str,
        parent: QWidget | None = None,
        *,
        pdf: bytes = b"",
        title: str = "",
        notice: str = "",
    ) -> None:
        """A sheet (``doc``), or a PDF made elsewhere (``pdf``, ``title`` and its ``notice``)."""
        super().__init__(parent)
        self.setObjectName("printout")
        self.setWindowTitle(doc.title if doc is not None else title)
        self.resize(760, 860)
        self.pdf = render_sheet(doc) if doc is not None else pdf
        self.file_stem = file_stem
        self.preview = PdfPreview()
        self.preview.load(self.pdf)
        self.status = QLabel()
        self.status.setObjectName("printout_status")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("save_pdf")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        notice_label = QLabel(
            notice
            or self.tr(
                "Printed sheets name clients by alias only and never show a room or an address."
            )
        )
        notice_label.setWordWrap(True)
        layout.addWidget(notice_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self.file_stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.preview.document.pageCount()))
        if dialog.exec():
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        problem = paint_pages(printer, self.preview.document)
        self.status.setText(problem or self.tr("Sent to the printer."))

    def save_sheet(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{self.file_stem}.pdf", self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        problem = write_atomically(path, self.pdf)
        if problem is None:
            self.status.setText(self.tr("Saved to %1.").replace("%1", path))
        else:
            self.status.setText(
                self.tr("The sheet could not be saved to %1 (%2).")
                .replace("%1", path)
                .replace("%2", problem)
            )

    def done(self, result: int) -> None:
        self.preview.unload()
        super().done(result)


def _show(parent: QWidget, make: Callable[[], tuple[SheetDocument, str]]) -> PrintoutDialog | None:
    """Build the sheet and open its dialog; a refusal or a missing font is one sentence."""
    try:
        doc, stem = make()
        dialog = PrintoutDialog(doc, stem, parent)
    except CaseappError as exc:
        title = QCoreApplication.translate("PrintoutDialog", "Print")
        QMessageBox.warning(parent, title, translate_error(exc.template, exc.params))
        return None
    dialog.setModal(True)
    dialog.show()
    return dialog


def print_case(parent: QWidget, workspace: Workspace, number: str) -> PrintoutDialog | None:
    def make() -> tuple[SheetDocument, str]:
        summary = printouts.case_summary(workspace, number)
        return case_sheet(workspace, summary), f"case-{number}"

    return _show(parent, make)


def print_today(parent: QWidget, workspace: Workspace, today: date) -> PrintoutDialog | None:
    def make() -> tuple[SheetDocument, str]:
        items = printouts.today_printout(workspace, today)
        return sheets.today_sheet(workspace, items, today), f"today-{today.isoformat()}"

    return _show(parent, make)


def print_board(parent: QWidget, workspace: Workspace, today: date) -> PrintoutDialog | None:
    def make() -> tuple[SheetDocument, str]:
        rows = printouts.board_printout(workspace, today)
        beds = get_settings(workspace).bed_count
        return sheets.board_sheet(workspace, rows, beds, today), f"shelter-{today.isoformat()}"

    return _show(parent, make)
