""" "Today": the reminders grouped by urgency, the figures that matter this morning, and from
each row what to do next: record the police check, issue the letter that fits, open the case."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services.backup_schedule import backup_due
from caseapp.services.cases import get_case
from caseapp.services.dashboard import DashboardItem, dashboard_counts, dashboard_items
from caseapp.services.notes import record_police_check
from caseapp.services.workspace import Workspace
from caseapp.ui.common.printout import print_today
from caseapp.ui.common.row_view import row_view
from caseapp.ui.forms import CheckDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.models import CASE_NUMBER_ROLE
from caseapp.ui.today.actions import can_record_check, letter_for
from caseapp.ui.today.model import (
    ITEM_ROLE,
    URGENCY_COLOURS,
    ReminderModel,
    tab_for,
    urgency_label,
)
from caseapp.ui.widgets import shown_date

PERIODIC_REFRESH_MS = 5 * 60_000


class TodayPage(QWidget):
    open_case = Signal(str, str)  # case number, tab
    changed = Signal(str)  # a case changed from here (a check recorded): its number
    letter_issued = Signal(str)  # the register number

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
        self.table = row_view("reminders", self.model)
        self.table.activated.connect(self._activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

        self.legend = self._legend()

        self.check_button = QPushButton()
        self.check_button.setObjectName("record_check")
        self.check_button.clicked.connect(self.record_check)
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("issue_letter")
        self.letter_button.clicked.connect(self.issue_letter)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_case")
        self.open_button.clicked.connect(self.open_selected)
        self.check_action = QAction(self)
        self.check_action.triggered.connect(self.record_check)
        self.letter_action = QAction(self)
        self.letter_action.triggered.connect(self.issue_letter)
        self.open_action = QAction(self)
        self.open_action.triggered.connect(self.open_selected)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.counts)
        top.addWidget(self.print_button)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.check_button)
        row_actions.addWidget(self.letter_button)
        row_actions.addWidget(self.open_button)
        row_actions.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.backup_banner)
        layout.addWidget(self.legend)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(row_actions)
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

    def _legend(self) -> QWidget:
        """What the colours and the bold type mean."""
        legend = QWidget()
        legend.setObjectName("legend")
        row = QHBoxLayout(legend)
        row.setContentsMargins(0, 0, 0, 0)
        self.legend_chips: dict[str, QLabel] = {}
        for group, colour in URGENCY_COLOURS.items():
            chip = QLabel()
            chip.setObjectName(f"legend_{group}")
            chip.setStyleSheet(
                f"background: {colour}; color: #000000; border: 1px solid #c8c8c8; "
                "border-radius: 3px; padding: 2px 8px"
            )
            self.legend_chips[group] = chip
            row.addWidget(chip)
        self.legend_bold = QLabel()
        self.legend_bold.setObjectName("legend_bold")
        row.addWidget(self.legend_bold)
        row.addStretch()
        return legend

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
        for group, chip in self.legend_chips.items():
            chip.setText(urgency_label(group))
        self.legend_bold.setText(self.tr("<b>Bold</b>: a high-risk case"))
        self.legend.setVisible(self.model.rowCount() > 0)
        for button, action, text in (
            (self.check_button, self.check_action, self.tr("&Record the check…")),
            (self.letter_button, self.letter_action, self.tr("&Issue letter…")),
            (self.open_button, self.open_action, self.tr("&Open case")),
        ):
            button.setText(text)
            action.setText(text)
        self.check_button.setToolTip(self.tr("Record the police's check of this order"))
        self.letter_button.setToolTip(
            self.tr("Issue the letter this reminder calls for (for a missed check: the police)")
        )
        self._update_actions()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_counts"):
            self.retranslate()
        super().changeEvent(event)

    # the selected row -----------------------------------------------------------------------

    def selected_item(self) -> DashboardItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item: DashboardItem = self.model.data(rows[0], ITEM_ROLE)
        return item

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_actions(self) -> None:
        item = self.selected_item()
        kind = item.reminder.kind if item else None
        checkable = kind is not None and can_record_check(kind)
        letter = kind is not None and letter_for(kind) is not None
        for widget in (self.check_button, self.check_action):
            widget.setEnabled(checkable)
        for widget in (self.letter_button, self.letter_action):
            widget.setEnabled(letter)
        for widget in (self.open_button, self.open_action):
            widget.setEnabled(item is not None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.check_action)
        menu.addAction(self.letter_action)
        menu.addAction(self.open_action)
        menu.popup(self.table.viewport().mapToGlobal(pos))
        self.menu = menu  # kept, so a test can read it

    # what she can do from a row -------------------------------------------------------------

    def open_selected(self) -> None:
        self._open(self.selected_item())

    def _activated(self, index: QModelIndex) -> None:
        self._open(self.model.data(index, ITEM_ROLE))

    def _open(self, item: DashboardItem | None) -> None:
        """The case, on the tab where the reminder is dealt with."""
        if item is not None:
            self.open_case.emit(item.reminder.case, tab_for(item.reminder.kind))

    def record_check(self) -> bool:
        """The police check of the row's order, recorded straight into the case."""
        item = self.selected_item()
        if item is None or not can_record_check(item.reminder.kind):
            return False
        number = item.reminder.case
        try:
            order = next(
                (o for o in get_case(self.workspace, number).orders if o.id == item.row_id), None
            )
            if order is None:
                return False
            dialog = CheckDialog(order, self)
            if not dialog.exec():
                return False
            record_police_check(self.workspace, number, item.row_id, dialog.result_item)
        except CaseappError as exc:
            self._say(translate_error(exc.template, exc.params))
            return False
        self.refresh(self.today)
        self.changed.emit(number)
        return True

    def issue_letter(self) -> str | None:
        """The letter the row calls for, with its kind chosen; the register number once issued."""
        item = self.selected_item()
        kind = letter_for(item.reminder.kind) if item is not None else None
        if item is None or kind is None:
            return None
        dialog = LetterDialog(self.workspace, item.reminder.case, self, kind=kind)
        dialog.exec()
        letter = dialog.letter
        dialog.deleteLater()
        if letter is None:
            return None
        self.refresh(self.today)  # a police letter answers a violation
        self.letter_issued.emit(letter.register_number)
        return letter.register_number

    def _say(self, sentence: str) -> None:
        QMessageBox.warning(self, self.tr("caseapp"), sentence)

    def print_today(self) -> None:
        """Today's list on paper: aliases only."""
        self.printout = print_today(self, self.workspace, self.today)

    def row_for_case(self, number: str) -> int:
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), CASE_NUMBER_ROLE) == number:
                return row
        return -1
