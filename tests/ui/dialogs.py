"""Answering modal dialogs in tests, one dialog type at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def answer(kind: type[QDialog], fill: Callable[[Any], None]) -> None:
    """Fill in the next modal dialog of type ``kind`` once it shows. Several can be arranged at
    once for dialogs that follow each other. A dialog still open after ``fill`` is rejected, and
    one of another type is closed after two seconds, so no test is left waiting on a modal."""

    def attempt(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, kind) and dialog.isVisible()):
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            elif dialog is not None:
                dialog.close()
            return
        try:
            fill(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)
