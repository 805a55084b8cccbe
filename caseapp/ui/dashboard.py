""" "Today": the reminders grouped by urgency, and the figures that matter this morning."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Role
from caseapp.services.backup_schedule import backup_due
from caseapp.services.dashboard import dashboard_counts, dashboard_items
from caseapp.services.workspace import Workspace
from caseapp.ui.common.printout import print_today
from caseapp.ui.models import CASE_NUMBER_ROLE, REMINDER_ROLE, ReminderModel, tab_for
from caseapp.ui.widgets import shown_date

PERIODIC_REFRESH_MS = 5 * 60_000


class Dashboard(QWidget):
    open_case = Signal(str, str)  # case number, tab

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = date.today()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.empty = QLabel()
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_today")
        self.print_button.clicked.connect(self.print_today)
        self.backup_banner = QLabel()
        self.backup_banner.setObjectName("backup_banner")
        self.backup_banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e0c070; padding: 6px; border-radius: 3px"
        )
        self.backup_banner.hide()
        self._backup_due: date | None = None
        self.model = ReminderModel(self)
        self.table = QTableView()
        self.table.setObjectName("reminders")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.counts)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.backup_banner)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        # Refresh just after midnight, so a new day's reminders appear on a screen left open.
        self.midnight = QTimer(self)
        self.midnight.setSingleShot(True)
        self.midnight.timeout.connect(self.refresh)
        # And every few minutes: colleagues at other computers (or offices, on a shared server)
        # record checks and orders too, and a screen left open must not show yesterday's picture.
        self.periodic = QTimer(self)
        self.periodic.setInterval(PERIODIC_REFRESH_MS)
        self.periodic.timeout.connect(self.refresh)
        self.periodic.start()
        self.refresh()

    def refresh(self, today: date | None = None) -> None:
        self.today = today or date.today()
        if self.workspace.locked:
            return
        self.model.set_items(dashboard_items(self.workspace, self.today), self.today)
        self._counts = dashboard_counts(self.workspace, self.today)
        self._backup_due = (
            backup_due(self.workspace, self.today)
            if self.workspace.actor.role == Role.ADMIN
            else None
        )
        self.retranslate()
        now = datetime.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
        self.midnight.start(int((tomorrow - now).total_seconds() * 1000) + 1000)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", shown_date(self.today)))
        c = self._counts
        self.counts.setText(
            self.tr("Orders in force: %1   ·   In shelter: %2   ·   Free beds: %3")
            .replace("%1", str(c.active_orders))
            .replace("%2", str(c.in_shelter))
            .replace("%3", str(c.free_beds))
        )
        if self._backup_due is not None:
            self.backup_banner.setText(
                self.tr("A backup has been due since %1: make one on the Backup page.").replace(
                    "%1", shown_date(self._backup_due)
                )
            )
        self.backup_banner.setVisible(self._backup_due is not None)
        self.print_button.setText(self.tr("&Print…"))
        self.empty.setText("" if self.model.rowCount() else self.tr("Nothing is due today."))

    def print_today(self) -> None:
        """Today's list on paper: aliases only."""
        self.printout = print_today(self, self.workspace, self.today)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_counts"):
            self.retranslate()
        super().changeEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        reminder = self.model.data(index, REMINDER_ROLE)
        if reminder is not None:
            self.open_case.emit(reminder.case, tab_for(reminder.kind))

    def row_for_case(self, number: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), CASE_NUMBER_ROLE) == number:
                return row
        return -1
