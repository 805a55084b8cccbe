"""A PDF shown from memory: Qt's PDF viewer reads it from a read-only buffer over the bytes, and
nothing is written to disk. Until there is a document, a placeholder text stands in its place."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget


class PdfPreview(QStackedWidget):
    """The placeholder until a PDF is loaded, then the pages, fitted to the width.

    The placeholder's text is set by the owner, in its own words (and translation context)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        # The PDF in memory: the bytes, a read-only buffer over them, and the document.
        self._pdf_bytes = QByteArray()
        self._buffer = QBuffer(self)
        self.document = QPdfDocument(self)

        self.view = QPdfView()
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #5a5a5a; background: #f2f2f2; padding: 24px")
        self.addWidget(self.placeholder)
        self.addWidget(self.view)

    def load(self, pdf: bytes) -> None:
        """Show the PDF from memory: a read-only QBuffer over the bytes, no file anywhere."""
        self._pdf_bytes = QByteArray(pdf)
        self._buffer.close()
        self._buffer.setData(self._pdf_bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.setCurrentWidget(self.view)

    def shown_pdf(self) -> bytes:
        """The bytes the viewer reads (empty before a PDF is loaded or once unloaded)."""
        return bytes(self._pdf_bytes.data())

    def unload(self) -> None:
        """Drop the PDF from the viewer and the buffer (Qt's copy of the bytes overwritten:
        it may be decrypted content)."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray())
        self._pdf_bytes.fill(0)  # no longer shared with the buffer: overwritten in place
        self._pdf_bytes = QByteArray()
