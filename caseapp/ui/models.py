"""Table models over the services: the case list (fetched lazily) and the day's reminders."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from caseapp.domain.reminders import Reminder, ReminderKind, urgency_on
from caseapp.services.caselist import CaseFilter, CaseQuery, CaseRow
from caseapp.services.dashboard import DashboardItem
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


KIND_LABELS = {
    ReminderKind.POLICE_CHECK_OVERDUE: QT_TRANSLATE_NOOP("models", "Police check overdue"),
    ReminderKind.POLICE_CHECK_DUE: QT_TRANSLATE_NOOP("models", "Police check due"),
    ReminderKind.ORDER_EXPIRING: QT_TRANSLATE_NOOP("models", "Order expiring"),
    ReminderKind.ORDER_NOT_SERVED: QT_TRANSLATE_NOOP("models", "Order not served"),
    ReminderKind.SHELTER_LIMIT_NEAR: QT_TRANSLATE_NOOP("models", "Shelter limit near"),
    ReminderKind.SHELTER_LIMIT_PASSED: QT_TRANSLATE_NOOP("models", "Shelter limit passed"),
    ReminderKind.CONSENT_EXPIRING: QT_TRANSLATE_NOOP("models", "Consent expiring"),
    ReminderKind.ORDER_VIOLATED: QT_TRANSLATE_NOOP("models", "Order violated"),
    ReminderKind.REQUIREMENT_EXPIRING: QT_TRANSLATE_NOOP("models", "Court requirements expiring"),
}
URGENCY_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("models", "Overdue"),
    "due": QT_TRANSLATE_NOOP("models", "Due"),
    "expiring": QT_TRANSLATE_NOOP("models", "Expiring"),
}
URGENCY_ORDER = {"overdue": 0, "due": 1, "expiring": 2}
URGENCY_COLOURS = {"overdue": "#fbe3e3", "due": "#fff4d6", "expiring": "#e8f0fb"}


class ReminderModel(RowsModel):
    """The day's reminders, overdue first, then due, then expiring."""

    URGENCY, DUE_ON, CASE, KIND, REF = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("models", "Urgency"),
        QT_TRANSLATE_NOOP("models", "Date"),
        QT_TRANSLATE_NOOP("models", "Case"),
        QT_TRANSLATE_NOOP("models", "What"),
        QT_TRANSLATE_NOOP("models", "Order number"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Reminder] = []
        self._high: set[str] = set()
        self.today = date.today()

    def set_items(self, items: list[DashboardItem], today: date) -> None:
        """Overdue, then due, then expiring; within each, high-risk cases first. The same list
        again (a periodic refresh with nothing new) leaves the view alone: her selection and
        scroll position stay where they were."""
        ordered = sorted(
            items,
            key=lambda i: (
                URGENCY_ORDER[urgency_on(i.reminder, today)],
                i.risk != "high",
                i.reminder.due_on,
                i.reminder.case,
                i.reminder.kind,
            ),
        )
        rows = [i.reminder for i in ordered]
        high = {i.reminder.case for i in items if i.risk == "high"}
        if self.today == today and (rows, high) == (self._rows, self._high):
            return
        self.beginResetModel()
        self.today = today
        self._rows, self._high = rows, high
        self.endResetModel()

    def reminder(self, row: int) -> Reminder:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        group = urgency_on(r, self.today)
        if role == REMINDER_ROLE:
            return r
        if role == CASE_NUMBER_ROLE:
            return r.case
        if role == Qt.ItemDataRole.DisplayRole:
            days = (r.due_on - self.today).days
            when = shown_date(r.due_on)
            if days < 0:
                when += " " + QCoreApplication.translate("models", "(%1 d ago)").replace(
                    "%1", str(-days)
                )
            elif days > 0:
                when += " " + QCoreApplication.translate("models", "(in %1 d)").replace(
                    "%1", str(days)
                )
            else:
                when += " " + QCoreApplication.translate("models", "(today)")
            return {
                self.URGENCY: _tr(URGENCY_LABELS[group]),
                self.DUE_ON: when,
                self.CASE: r.case,
                self.KIND: _tr(KIND_LABELS[r.kind]),
                self.REF: r.ref if r.kind in _ORDER_KINDS else "",
            }.get(index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(URGENCY_COLOURS[group]))
        if role == Qt.ItemDataRole.ToolTipRole and r.case in self._high:
            return _tr(QT_TRANSLATE_NOOP("models", "High-risk case"))
        if role == Qt.ItemDataRole.FontRole and r.case in self._high:
            font = QFont()
            font.setBold(True)
            return font
        return None


_ORDER_KINDS = {
    ReminderKind.POLICE_CHECK_DUE,
    ReminderKind.POLICE_CHECK_OVERDUE,
    ReminderKind.ORDER_EXPIRING,
    ReminderKind.ORDER_NOT_SERVED,
    ReminderKind.ORDER_VIOLATED,
}


def tab_for(kind: ReminderKind) -> str:
    """The case window's tab where a reminder is dealt with."""
    if kind in _ORDER_KINDS or kind == ReminderKind.REQUIREMENT_EXPIRING:
        return "orders"  # court requirements are listed under the orders
    if kind in (ReminderKind.SHELTER_LIMIT_NEAR, ReminderKind.SHELTER_LIMIT_PASSED):
        return "shelter"
    return "consents"
