"""The case list's table model (fetched lazily), and the roles and labels other tables share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from caseapp.services.caselist import CaseFilter, CaseQuery, CaseRow
from caseapp.services.workspace import Workspace
from caseapp.ui.table_model import ROOT as _ROOT
from caseapp.ui.table_model import Index, RowsModel
from caseapp.ui.widgets import shown_date

CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 2


def _tr(text: object) -> str:
    return QCoreApplication.translate("models", str(text))


STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("models", "open"),
    "closed": QT_TRANSLATE_NOOP("models", "closed"),
}
RISK_LABELS = {
    "unknown": "—",
    "low": QT_TRANSLATE_NOOP("models", "low"),
    "standard": QT_TRANSLATE_NOOP("models", "standard"),
    "medium": QT_TRANSLATE_NOOP("models", "medium"),
    "high": QT_TRANSLATE_NOOP("models", "high"),
}


class CaseListModel(RowsModel):
    """Cases matching a filter, newest first; rows are decrypted a page at a time."""

    NUMBER, CLIENT, OPENED, STATUS, RISK, ORDER, SHELTER, ASSIGNED = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("models", "Number"),
        QT_TRANSLATE_NOOP("models", "Client"),
        QT_TRANSLATE_NOOP("models", "Opened"),
        QT_TRANSLATE_NOOP("models", "Status"),
        QT_TRANSLATE_NOOP("models", "Risk"),
        QT_TRANSLATE_NOOP("models", "Order in force"),
        QT_TRANSLATE_NOOP("models", "In shelter"),
        QT_TRANSLATE_NOOP("models", "Assigned to"),
    )
    PAGE = 100

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._rows: list[CaseRow] = []
        self._total = 0
        self._query: CaseQuery | None = None
        self.set_filter(CaseFilter())

    def set_filter(self, case_filter: CaseFilter) -> None:
        self.beginResetModel()
        self._query = CaseQuery(self.workspace, case_filter)
        self._total = self._query.count()
        self._rows = self._query.page(0, self.PAGE)
        self.endResetModel()

    def refresh(self) -> None:
        if self._query is not None:
            self.beginResetModel()
            self._total = self._query.count()
            self._rows = self._query.page(0, max(self.PAGE, len(self._rows)))
            self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._query is None:
            return
        more = self._query.page(len(self._rows), self.PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(_ROOT, len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == CASE_NUMBER_ROLE:
            return row.number
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NUMBER: row.number,
                self.CLIENT: row.client,
                self.OPENED: shown_date(row.opened_on),
                self.STATUS: _tr(STATUS_LABELS.get(row.status, row.status)),
                self.RISK: _tr(RISK_LABELS.get(row.risk, row.risk)),
                self.ORDER: QCoreApplication.translate("models", "yes")
                if row.order_in_force
                else "",
                self.SHELTER: QCoreApplication.translate("models", "yes") if row.in_shelter else "",
                self.ASSIGNED: row.assigned_to,
            }.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RISK and row.risk == "high":
            return QBrush(QColor("#a40000"))
        return None
