"""The hotline log, day by day: today's calls first, a new one in a few keystrokes (Alt+N),
corrected with Enter or a double-click and struck out with Delete, like the case's records.
Administrators keep the list of districts here."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from caseapp.domain.enums import Role
from caseapp.domain.errors import CaseappError
from caseapp.services import hotline
from caseapp.services.workspace import Workspace
from caseapp.ui.case_tables import fill, make_table
from caseapp.ui.hotline.dialog import CALLERS, CHANNELS, GIVEN, VIOLENCE, CallDialog, words
from caseapp.ui.hotline.districts import DistrictsDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.record_actions import RecordActions
from caseapp.ui.strike_dialog import StrikeOutDialog
from caseapp.ui.widgets import DateField


class HotlinePage(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.views: list[hotline.CallView] = []
        self.day = DateField("hotline_day", required=True)
        self.day.set_value(date.today())
        self.day.changed.connect(self.refresh)
        self.previous = QPushButton()
        self.previous.setObjectName("previous_day")
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next = QPushButton()
        self.next.setObjectName("next_day")
        self.next.clicked.connect(lambda: self._move(1))
        self.count = QLabel()
        self.count.setObjectName("call_count")
        self.table = make_table("calls", 8)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_call")
        self.new_button.clicked.connect(self.new_call)
        self.record_actions = RecordActions(self.table, self.edit_call, self.strike_call)
        self.districts_button: QPushButton | None = None
        top = QHBoxLayout()
        for widget in (self.previous, self.day, self.next):
            top.addWidget(widget)
        top.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        for widget in (
            self.new_button,
            self.record_actions.edit_button,
            self.record_actions.strike_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch()
        if workspace.actor.role == Role.ADMIN:
            self.districts_button = QPushButton()
            self.districts_button.setObjectName("districts")
            self.districts_button.clicked.connect(self.edit_districts)
            buttons.addWidget(self.districts_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self._move(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self._move(1))
        self.setFocusProxy(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous.setText(self.tr("◀ Previous day"))
        self.previous.setToolTip(self.tr("Alt+Left"))
        self.next.setText(self.tr("Next day ▶"))
        self.next.setToolTip(self.tr("Alt+Right"))
        self.new_button.setText(self.tr("&New call…"))
        self.record_actions.retranslate(
            self.tr("Correct the call…"), self.tr("Strike out the call…")
        )
        if self.districts_button is not None:
            self.districts_button.setText(self.tr("Districts…"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Channel"),
                self.tr("Who called"),
                self.tr("Violence mentioned"),
                self.tr("District"),
                self.tr("What was given"),
                self.tr("Case"),
                self.tr("Recorded by"),
            ]
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _move(self, days: int) -> None:
        current = self.day.value() or date.today()
        self.day.set_value(current + timedelta(days=days))

    def refresh(self) -> None:
        day = self.day.value()
        if day is None or self.workspace.locked:
            return
        try:
            self.views = hotline.calls_on(self.workspace, day)
            districts = {
                d.district_id: d.name for d in hotline.list_districts(self.workspace, retired=True)
            }
        except CaseappError as exc:
            self.count.setText(translate_error(exc.template, exc.params))
            return
        channels, callers = words(CHANNELS), words(CALLERS)
        violence, given = words(VIOLENCE), words(GIVEN)
        fill(
            self.table,
            [
                (
                    v.call.called_at,
                    channels[v.call.channel.value],
                    callers[v.call.caller.value],
                    ", ".join(violence[t.value] for t in v.call.violence_types),
                    districts.get(v.call.district_id or "", ""),
                    ", ".join(given[g.value] for g in v.call.given),
                    v.call.case_number,
                    v.recorded_by,
                )
                for v in self.views
            ],
        )
        self.count.setText(self.tr("Calls on this day: %1").replace("%1", str(len(self.views))))
        self.record_actions.update_buttons()

    def selected(self) -> hotline.CallView | None:
        row = self.table.currentRow()
        if not self.record_actions.selected() or not 0 <= row < len(self.views):
            return None
        return self.views[row]

    def new_call(self) -> bool:
        dialog = CallDialog(self.workspace, None, self)
        accepted = bool(dialog.exec())
        if accepted:
            saved_day = dialog.day.value()
            if saved_day is not None and saved_day != self.day.value():
                self.day.set_value(saved_day)
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()
        return accepted

    def edit_call(self) -> bool:
        view = self.selected()
        if view is None:
            return False
        dialog = CallDialog(self.workspace, hotline.copy_of(view.call), self)
        accepted = bool(dialog.exec())
        if accepted:
            self.refresh()
            self.changed.emit()
        dialog.deleteLater()
        return accepted

    def strike_call(self) -> bool:
        view = self.selected()
        if view is None or view.call.id is None:
            return False
        cells = [self.table.item(self.table.currentRow(), c) for c in range(3)]
        what = " · ".join(cell.text() for cell in cells if cell is not None)
        dialog = StrikeOutDialog(what, self)
        done = False
        if dialog.exec():
            try:
                hotline.strike_out_call(self.workspace, view.call.id, dialog.reason())
                done = True
            except CaseappError as exc:
                QMessageBox.warning(self, "caseapp", translate_error(exc.template, exc.params))
        dialog.deleteLater()
        if done:
            self.refresh()
            self.changed.emit()
        return done

    def edit_districts(self) -> None:
        dialog = DistrictsDialog(self.workspace, self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()
