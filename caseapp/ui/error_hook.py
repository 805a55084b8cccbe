"""The last safety net: an error no window caught becomes one sentence in a message box, never a
traceback. Most failures are caught where they happen; this is for the rest (say, the server
going away while a list is being filled), so that an action never fails silently either."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.domain.errors import CaseappError
from caseapp.ui.i18n import translate_error

_showing = False


def sentence_for(error: BaseException) -> str:
    if isinstance(error, CaseappError):
        return translate_error(error.template, error.params)
    return QCoreApplication.translate(
        "ErrorHook",
        "An unexpected error stopped this action ({error}). What was saved before is kept; try "
        "again, and tell your administrator if it happens again.",
    ).replace("{error}", type(error).__name__)


def report(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
    """sys.excepthook: the error's type name on standard error (no message, which may hold data),
    its sentence in a message box over the active window. A box already showing is not
    stacked with another one for a cascade of the same failure."""
    global _showing
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    print(f"caseapp: unexpected {kind.__name__}", file=sys.stderr)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), "caseapp", sentence_for(error))
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = report
