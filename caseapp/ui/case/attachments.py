"""The case window's Files tab: the files kept with the case (name, type, size, added on, by
whom), added from the computer, previewed inside the program from memory (images; PDFs with
QtPdf), a copy saved outside only after a warning, and struck out like any record. The list reads
the files' sealed names only; a file's content is opened when it is previewed or copied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from caseapp.domain.changes import RecordKind
from caseapp.domain.errors import CaseappError
from caseapp.services.attachments import (
    MAX_BYTES,
    AttachmentView,
    add_attachment,
    list_attachments,
    open_attachment,
    save_copy,
)
from caseapp.services.workspace import Workspace
from caseapp.ui.case.ready import Ready
from caseapp.ui.case_tables import fill, make_table
from caseapp.ui.i18n import translate_error
from caseapp.ui.pdf_preview import PdfPreview
from caseapp.ui.record_actions import describe
from caseapp.ui.widgets import shown_date


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("AttachmentsTab", "%1 MB").replace(
            "%1", f"{size / (1024 * 1024):.1f}"
        )
    return QCoreApplication.translate("AttachmentsTab", "%1 KB").replace(
        "%1", str(max(1, round(size / 1024)))
    )


class AttachmentsTab(QWidget):
    said = Signal(str)
    changed = Signal()  # a file was added, viewed or copied: the history has more
    strike = Signal(str, str, str)

    def __init__(
        self, workspace: Workspace, ready: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.ready = Ready(ready)  # saves her other edits first; False if they cannot be
        self.number = ""
        self.views: list[AttachmentView] = []
        self.table = make_table("attachments", 5)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _: self.preview_selected())
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_files")
        self.add_button.clicked.connect(self.choose_files)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("preview_file")
        self.preview_button.clicked.connect(self.preview_selected)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_copy")
        self.save_button.clicked.connect(self.choose_copy)
        self.strike_button = QPushButton()
        self.strike_button.setObjectName("strike_file")
        self.strike_button.clicked.connect(self.strike_selected)
        # The preview, from memory: a picture, a PDF's pages, or a sentence.
        self.image = QLabel()
        self.image.setObjectName("image_preview")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.pdf = PdfPreview()
        self.note = QLabel()
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview = QStackedWidget()
        for widget in (self.note, image_scroll, self.pdf):
            self.preview.addWidget(widget)
        self.image_page = image_scroll
        buttons = QHBoxLayout()
        for button in (self.add_button, self.preview_button, self.save_button, self.strike_button):
            buttons.addWidget(button)
        buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.shown: bytes = b""
        self._selection()
        workspace.when_locked(self._locked)

    def _locked(self) -> None:
        """Locked: the file shown is decrypted content, so it goes (previewed again after)."""
        if isValid(self):
            self.clear_preview()

    def retranslate(self) -> None:
        self.add_button.setText(QCoreApplication.translate("AttachmentsTab", "&Attach files…"))
        self.preview_button.setText(QCoreApplication.translate("AttachmentsTab", "Pre&view"))
        self.save_button.setText(
            QCoreApplication.translate("AttachmentsTab", "Save a &copy outside…")
        )
        self.strike_button.setText(QCoreApplication.translate("AttachmentsTab", "Strike out file…"))
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AttachmentsTab", "File"),
                QCoreApplication.translate("AttachmentsTab", "Type"),
                QCoreApplication.translate("AttachmentsTab", "Size"),
                QCoreApplication.translate("AttachmentsTab", "Added on"),
                QCoreApplication.translate("AttachmentsTab", "By"),
            ]
        )
        self.pdf.placeholder.setText("")
        if self.preview.currentWidget() is self.note and not self.shown:
            self.note.setText(
                QCoreApplication.translate(
                    "AttachmentsTab", "Choose a file and Preview: it opens here, from memory."
                )
            )

    def load(self, number: str) -> None:
        self.number = number
        self.show_files()

    def show_files(self) -> None:
        self.views = list_attachments(self.workspace, self.number)
        fill(
            self.table,
            [
                (v.name, v.type, size_words(v.size), shown_date(v.added_on), v.added_by)
                for v in self.views
            ],
        )
        self.clear_preview()
        self._selection()

    def clear_preview(self) -> None:
        """Drop the content shown (it lives in memory only): the bytes, the picture, the PDF
        document and the buffer under it."""
        self.shown = b""
        self.image.clear()
        self.image.setPixmap(QPixmap())
        self.pdf.unload()
        self.preview.setCurrentWidget(self.note)
        self.note.setText(
            QCoreApplication.translate(
                "AttachmentsTab", "Choose a file and Preview: it opens here, from memory."
            )
        )

    def selected(self) -> AttachmentView | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= row < len(self.views):
            return None
        return self.views[row]

    def _selection(self) -> None:
        chosen = self.selected() is not None
        for button in (self.preview_button, self.save_button, self.strike_button):
            button.setEnabled(chosen)

    # adding -----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            QCoreApplication.translate("AttachmentsTab", "Attach files"),
            "",
            QCoreApplication.translate(
                "AttachmentsTab",
                "Scans, photos and PDFs (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)",
            ),
        )
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> int:
        """Keep each file with the case; returns how many were kept."""
        if not self.ready():
            return 0
        kept = 0
        for path in paths:
            try:
                if path.stat().st_size > MAX_BYTES:
                    self.said.emit(
                        QCoreApplication.translate(
                            "AttachmentsTab", "%1 is larger than 50 MB and was not attached."
                        ).replace("%1", path.name)
                    )
                    continue
                add_attachment(self.workspace, self.number, path.name, path.read_bytes())
            except OSError:
                self.said.emit(
                    QCoreApplication.translate("AttachmentsTab", "%1 could not be read.").replace(
                        "%1", path.name
                    )
                )
                continue
            except CaseappError as exc:
                self.said.emit(translate_error(exc.template, exc.params))
                continue
            kept += 1
        if kept:
            self.show_files()
            self.changed.emit()
            self.said.emit(
                QCoreApplication.translate("AttachmentsTab", "Files attached: %1.").replace(
                    "%1", str(kept)
                )
            )
        return kept

    # looking ----------------------------------------------------------------------------------

    def preview_selected(self) -> bool:
        view = self.selected()
        if view is None:
            return False
        try:
            data = open_attachment(self.workspace, self.number, view.id)
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return False
        self.clear_preview()
        self.shown = data
        if view.type == "application/pdf":
            self.pdf.load(data)
            self.preview.setCurrentWidget(self.pdf)
        elif view.type.startswith("image/") and not (image := QImage.fromData(data)).isNull():
            self.image.setPixmap(QPixmap.fromImage(image))
            self.preview.setCurrentWidget(self.image_page)
        else:
            self.note.setText(
                QCoreApplication.translate(
                    "AttachmentsTab",
                    "This kind of file cannot be shown here; save a copy outside to open it.",
                )
            )
        self.changed.emit()
        return True

    # a copy outside ---------------------------------------------------------------------------

    def choose_copy(self) -> None:
        view = self.selected()
        if view is None or not self.warn():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("AttachmentsTab", "Save a copy"), view.name
        )
        if path:
            self.save_copy_to(Path(path))

    def warn(self) -> bool:
        answer = QMessageBox.warning(
            self,
            QCoreApplication.translate("AttachmentsTab", "A copy outside the program"),
            QCoreApplication.translate(
                "AttachmentsTab",
                "The copy will not be encrypted: anyone who can open that folder can read it. "
                "Save it only where it must go, and delete it when done. The case's history "
                "records that you saved it. Save a copy?",
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def save_copy_to(self, path: Path) -> bool:
        view = self.selected()
        if view is None:
            return False
        try:
            target = save_copy(self.workspace, self.number, view.id, path)
        except CaseappError as exc:
            self.said.emit(translate_error(exc.template, exc.params))
            return False
        self.changed.emit()
        self.said.emit(
            QCoreApplication.translate("AttachmentsTab", "A copy was saved to %1.").replace(
                "%1", str(target)
            )
        )
        return True

    def strike_selected(self) -> None:
        view = self.selected()
        if view is not None:
            kind = RecordKind.ATTACHMENT
            self.strike.emit(kind.value, view.id, describe(kind, view, self.table))
