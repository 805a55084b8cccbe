"""The searchable case list: search as you type through the blind index, filters, lazy rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services.caselist import CaseFilter, office_choices, staff_choices
from caseapp.services.workspace import Workspace
from caseapp.ui.common.row_view import row_view
from caseapp.ui.models import CASE_NUMBER_ROLE, CaseListModel
from caseapp.ui.staff.offices import office_name


class CaseList(QWidget):
    open_case = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.staff = QComboBox()
        self.staff.setObjectName("staff")
        # Shown only to someone who sees the cases of more than one office.
        self.office = QComboBox()
        self.office.setObjectName("office")
        self.with_order = QCheckBox()
        self.with_order.setObjectName("with_order")
        self.in_shelter = QCheckBox()
        self.in_shelter.setObjectName("in_shelter")
        self.count = QLabel()
        self.count.setObjectName("count")
        self.model = CaseListModel(workspace, self)
        self.table = row_view("cases", self.model)
        self.table.activated.connect(self._activated)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.staff, 1)
        filters.addWidget(self.office, 1)
        filters.addWidget(self.with_order)
        filters.addWidget(self.in_shelter)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count)

        # Search as you type, but only once typing pauses: one query per pause, not per key.
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self.debounce.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.staff.currentIndexChanged.connect(self.apply_filter)
        self.office.currentIndexChanged.connect(self.apply_filter)
        self.with_order.toggled.connect(self.apply_filter)
        self.in_shelter.toggled.connect(self.apply_filter)
        self.retranslate()
        self._update_count()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, alias, IIN or phone…"))
        current = self.status.currentIndex()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All cases"), None)
        self.status.addItem(self.tr("Open"), "open")
        self.status.addItem(self.tr("Closed"), "closed")
        self.status.setCurrentIndex(max(0, current))
        self.status.blockSignals(False)
        current_staff = self.staff.currentData()
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("Anyone's"), None)
        if not self.workspace.locked:
            for staff_id, username in staff_choices(self.workspace):
                self.staff.addItem(username, staff_id)
        self.staff.setCurrentIndex(max(0, self.staff.findData(current_staff)))
        self.staff.blockSignals(False)
        self.with_order.setText(self.tr("Order in force"))
        self.in_shelter.setText(self.tr("In shelter"))
        self.update_offices()
        self._update_count()

    def update_offices(self) -> None:
        """The office filter's choices, for who she is and the organisation's setting now; when
        the chosen office is no longer among them, the list shows all offices again."""
        chosen = self.office.currentData()
        try:
            choices = [] if self.workspace.locked else office_choices(self.workspace)
        except CaseappError:
            choices = []
        blocked = self.office.blockSignals(True)
        self.office.clear()
        self.office.addItem(self.tr("All offices"), None)
        for office in choices:
            self.office.addItem(office_name(office), office.office_id)
        self.office.setCurrentIndex(max(0, self.office.findData(chosen)))
        self.office.blockSignals(blocked)
        self.office.setVisible(len(choices) > 1)
        if self.office.currentData() != chosen:
            self.apply_filter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_filter(self) -> None:
        self.debounce.stop()
        self.model.set_filter(
            CaseFilter(
                query=self.search.text(),
                status=self.status.currentData(),
                assigned_to=self.staff.currentData(),
                office_id=self.office.currentData(),
                order_in_force=self.with_order.isChecked(),
                in_shelter=self.in_shelter.isChecked(),
            )
        )
        self._update_count()

    def refresh(self) -> None:
        self.update_offices()
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n case(s)", "", self.model.total))

    def _activated(self, index: QModelIndex) -> None:
        number = self.model.data(index, CASE_NUMBER_ROLE)
        if number:
            self.open_case.emit(number)
