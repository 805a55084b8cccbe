"""``caseapp --check-window``: does the desktop program start on this computer?

It opens the first window the program would show (the unlock screen, or the first-run setup on
a new folder), says which, shows a one-page PDF in the letter preview so that Qt's PDF module is
proved too, and closes the window again. For support, and for testing a standalone build.
Nothing is changed but what opening the folder does (a new folder gets its empty database).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.ui.pdf_preview import PdfPreview

# One blank A4 page; the viewer rebuilds the missing cross-reference table, as for any PDF.
_BLANK_PAGE = (
    b"%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
    b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)


def preview_works() -> bool:
    """Qt's PDF module loads a page and draws it."""
    preview = PdfPreview()
    try:
        preview.load(_BLANK_PAGE)
        document = preview.document
        return document.pageCount() == 1 and not document.render(0, QSize(60, 85)).isNull()
    finally:
        preview.unload()
        preview.deleteLater()


class WindowCheck:
    """Closes the first window once it shows; `passed` tells whether it did and the preview
    worked."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.passed = False
        QTimer.singleShot(0, self._close_when_shown)

    def _close_when_shown(self) -> None:
        shown: list[QWidget] = [w for w in self.app.topLevelWidgets() if w.isVisible()]
        if not shown:
            QTimer.singleShot(20, self._close_when_shown)
            return
        for window in shown:
            print(f"Window shown: {window.objectName() or type(window).__name__}.", flush=True)
        preview = preview_works()
        print(f"Letter preview: {'works' if preview else 'FAILED'}.", flush=True)
        self.passed = preview
        for window in shown:
            window.close()
