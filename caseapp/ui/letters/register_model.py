"""The outgoing-letter register as a table: number, date, kind, recipient, case, author and the
PDF's fingerprint; a letter issued with the emergency override stands out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from caseapp.services.letter_register import RegisterEntry
from caseapp.ui.letter_kinds import kind_label
from caseapp.ui.models import CASE_NUMBER_ROLE
from caseapp.ui.table_model import Index, RowsModel
from caseapp.ui.widgets import shown_date


def _tr(text: object) -> str:
    return QCoreApplication.translate("RegisterModel", str(text))


class RegisterModel(RowsModel):
    """Register entries, oldest first, as `letter_register` gives them."""

    CONTEXT = "RegisterModel"
    NUMBER, DATE, KIND, RECIPIENT, CASE, AUTHOR, SHA256 = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("RegisterModel", "Number"),
        QT_TRANSLATE_NOOP("RegisterModel", "Date"),
        QT_TRANSLATE_NOOP("RegisterModel", "Kind"),
        QT_TRANSLATE_NOOP("RegisterModel", "Recipient"),
        QT_TRANSLATE_NOOP("RegisterModel", "Case"),
        QT_TRANSLATE_NOOP("RegisterModel", "Author"),
        QT_TRANSLATE_NOOP("RegisterModel", "SHA-256"),
    )
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 30
    """The row's `RegisterEntry`."""
    SHORT_HASH = 12

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RegisterEntry] = []

    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> RegisterEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, sha256: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.sha256 == sha256), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == self.ENTRY_ROLE:
            return e
        if role == CASE_NUMBER_ROLE:
            return e.case_number
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NUMBER: e.number,
                self.DATE: shown_date(e.issued_on),
                self.KIND: f"{kind_label(e.kind)} ({e.lang})",
                self.RECIPIENT: " ".join(e.recipient.split()),
                self.CASE: e.case_number,
                self.AUTHOR: e.author,
                self.SHA256: e.sha256[: self.SHORT_HASH],
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if e.emergency_override:
                return _tr(
                    QT_TRANSLATE_NOOP(
                        "RegisterModel",
                        "Issued with the emergency override, without the client's consent.",
                    )
                )
            if column == self.SHA256:
                return e.sha256
            if column == self.RECIPIENT:
                return e.recipient
            return None
        if e.emergency_override and column == self.NUMBER:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#a40000"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None
