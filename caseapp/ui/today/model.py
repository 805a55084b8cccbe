"""The day's reminders as a table: whose case, who answers for it, how urgent, and why."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from caseapp.domain.reminders import ReminderKind, urgency_on
from caseapp.services.dashboard import DashboardItem
from caseapp.ui.models import CASE_NUMBER_ROLE, REMINDER_ROLE, RISK_LABELS
from caseapp.ui.table_model import Index, RowsModel
from caseapp.ui.widgets import shown_date

ITEM_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: object) -> str:
    return QCoreApplication.translate("models", str(text))


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
    ReminderKind.RISK_REASSESSMENT_DUE: QT_TRANSLATE_NOOP("models", "Risk reassessment due"),
    ReminderKind.SAFETY_PLAN_REVIEW_DUE: QT_TRANSLATE_NOOP("models", "Safety plan review due"),
}
URGENCY_LABELS = {
    "overdue": QT_TRANSLATE_NOOP("models", "Overdue"),
    "due": QT_TRANSLATE_NOOP("models", "Due within two days"),
    "expiring": QT_TRANSLATE_NOOP("models", "Expiring"),
}
URGENCY_ORDER = {"overdue": 0, "due": 1, "expiring": 2}
URGENCY_COLOURS = {"overdue": "#fbe3e3", "due": "#fff4d6", "expiring": "#e8f0fb"}

ORDER_KINDS = frozenset(
    {
        ReminderKind.POLICE_CHECK_DUE,
        ReminderKind.POLICE_CHECK_OVERDUE,
        ReminderKind.ORDER_EXPIRING,
        ReminderKind.ORDER_NOT_SERVED,
        ReminderKind.ORDER_VIOLATED,
    }
)
"""The kinds whose row is a protection order (and whose reference is the order's number)."""


def urgency_label(group: str) -> str:
    return _tr(URGENCY_LABELS[group])


def tab_for(kind: ReminderKind) -> str:
    """The case window's tab where a reminder is dealt with."""
    if kind in ORDER_KINDS or kind == ReminderKind.REQUIREMENT_EXPIRING:
        return "orders"  # court requirements are listed under the orders
    if kind in (ReminderKind.SHELTER_LIMIT_NEAR, ReminderKind.SHELTER_LIMIT_PASSED):
        return "shelter"
    if kind == ReminderKind.RISK_REASSESSMENT_DUE:
        return "risk"
    if kind == ReminderKind.SAFETY_PLAN_REVIEW_DUE:
        return "safety"
    return "consents"


def _when(due_on: date, today: date) -> str:
    days = (due_on - today).days
    if days < 0:
        note = _tr(QT_TRANSLATE_NOOP("models", "(%1 d ago)")).replace("%1", str(-days))
    elif days > 0:
        note = _tr(QT_TRANSLATE_NOOP("models", "(in %1 d)")).replace("%1", str(days))
    else:
        note = _tr(QT_TRANSLATE_NOOP("models", "(today)"))
    return f"{shown_date(due_on)} {note}"


class ReminderModel(RowsModel):
    """The day's reminders, overdue first, then due, then expiring; high-risk cases first within
    each group, shown in bold."""

    URGENCY, DUE_ON, CASE, CLIENT, RESPONSIBLE, RISK, KIND, REF = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("models", "Urgency"),
        QT_TRANSLATE_NOOP("models", "Date"),
        QT_TRANSLATE_NOOP("models", "Case"),
        QT_TRANSLATE_NOOP("models", "Alias"),
        QT_TRANSLATE_NOOP("models", "Responsible"),
        QT_TRANSLATE_NOOP("models", "Risk"),
        QT_TRANSLATE_NOOP("models", "What"),
        QT_TRANSLATE_NOOP("models", "Order number"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DashboardItem] = []
        self.today = date.today()

    def set_items(self, items: list[DashboardItem], today: date) -> None:
        """The same list again (a periodic refresh with nothing new) leaves the view alone: her
        selection and scroll position stay where they were."""
        rows = sorted(
            items,
            key=lambda i: (
                URGENCY_ORDER[urgency_on(i.reminder, today)],
                i.risk != "high",
                i.reminder.due_on,
                i.reminder.case,
                i.reminder.kind,
            ),
        )
        if self.today == today and rows == self._rows:
            return
        self.beginResetModel()
        self.today = today
        self._rows = rows
        self.endResetModel()

    def item(self, row: int) -> DashboardItem:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        r = item.reminder
        group = urgency_on(r, self.today)
        high = item.risk == "high"
        if role == ITEM_ROLE:
            return item
        if role == REMINDER_ROLE:
            return r
        if role == CASE_NUMBER_ROLE:
            return r.case
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.URGENCY: urgency_label(group),
                self.DUE_ON: _when(r.due_on, self.today),
                self.CASE: r.case,
                self.CLIENT: item.name,
                self.RESPONSIBLE: item.responsible,
                self.RISK: _tr(RISK_LABELS.get(item.risk, item.risk)),
                self.KIND: _tr(KIND_LABELS[r.kind]),
                self.REF: r.ref if r.kind in ORDER_KINDS else "",
            }.get(index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(URGENCY_COLOURS[group]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#000000"))  # legible on the pale group colours in any theme
        if role == Qt.ItemDataRole.ToolTipRole and high:
            return _tr(QT_TRANSLATE_NOOP("models", "High-risk case"))
        if role == Qt.ItemDataRole.FontRole and high:
            font = QFont()
            font.setBold(True)
            return font
        return None
