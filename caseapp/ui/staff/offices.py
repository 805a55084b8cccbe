"""Offices in the desktop program: an office's name as shown (the main office of a database set up
before offices existed has none and shows as "Main office"), a list to tick offices in, the Staff
page's section for adding and renaming offices and choosing where someone works, and moving a case
to another office.

The services decide and audit; these widgets only ask them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.services import offices
from caseapp.services.cases import move_case
from caseapp.services.offices import OfficeInfo
from caseapp.services.staff import StaffAccount
from caseapp.services.workspace import Workspace
from caseapp.ui.service_dialog import ServiceDialog


def office_name(office: OfficeInfo) -> str:
    """The name to show: an unnamed office is the main office."""
    return office.name or QCoreApplication.translate("Offices", "Main office")


def office_names(all_offices: Iterable[OfficeInfo]) -> dict[str, str]:
    """Office id -> the name to show."""
    return {o.office_id: office_name(o) for o in all_offices}


class OfficeChecklist(QListWidget):
    """The organisation's offices, each with a tick box, in the order they were made."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("office_checklist")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(2)
        self.itemChanged.connect(lambda *_: self.changed.emit())

    def set_offices(self, all_offices: Sequence[OfficeInfo], ticked: Iterable[str]) -> None:
        ticked = set(ticked)
        blocked = self.blockSignals(True)
        self.clear()
        for office in all_offices:
            item = QListWidgetItem(office_name(office))
            item.setData(Qt.ItemDataRole.UserRole, office.office_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = office.office_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(blocked)
        rows = min(6, max(2, self.count()))  # a list up to six offices tall, then it scrolls
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 6)
        self.changed.emit()

    def set_ticked(self, office_id: str, ticked: bool) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == office_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def ticked(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]


class OfficeNameDialog(ServiceDialog):
    """A new office, or a new name for one (``office`` given)."""

    def __init__(
        self, workspace: Workspace, office: OfficeInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.office = office
        self.office_id: str | None = office.office_id if office else None
        self.name = QLineEdit()
        self.name.setObjectName("office_name")
        self.name.setMaxLength(offices.MAX_NAME)
        if office is not None:
            self.name.setText(office.name)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.form.addRow(self.name_label, self.name)
        self.name.textChanged.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        if self.office is None:
            self.setWindowTitle(self.tr("Add an office"))
        else:
            self.setWindowTitle(self.tr("Rename %1").replace("%1", office_name(self.office)))
        self.name_label.setText(self.tr("&Name of the office:"))
        self.name.setPlaceholderText(self.tr("for example, Main office or Shymkent branch"))

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def submit(self) -> None:
        if self.office is None:
            self.office_id = offices.add_office(self.workspace, self.name.text())
        else:
            offices.rename_office(self.workspace, self.office.office_id, self.name.text())


class StaffOfficesDialog(ServiceDialog):
    """Where a staff member works: one office or more."""

    def __init__(
        self,
        workspace: Workspace,
        account: StaffAccount,
        all_offices: Sequence[OfficeInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self.checklist = OfficeChecklist()
        self.checklist.set_offices(all_offices, account.offices)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.checklist)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow(self.list_label, self.checklist)
        self.form.addRow(self.note)
        self.checklist.changed.connect(self._update)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Offices of %1").replace("%1", self.account.username))
        self.list_label.setText(self.tr("&Works in:"))
        self.note.setText(
            self.tr(
                "At least one office. The cases she opens go to the first office ticked here; "
                "which cases she sees follows the setting in Settings."
            )
        )

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.checklist.ticked()))

    def submit(self) -> None:
        offices.set_staff_offices(self.workspace, self.account.staff_id, self.checklist.ticked())


class MoveCaseDialog(ServiceDialog):
    """Put a case in another office (an administrator's decision; the service refuses others)."""

    def __init__(
        self,
        workspace: Workspace,
        number: str,
        current: str | None,
        all_offices: Sequence[OfficeInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.number = number
        self.others = [o for o in all_offices if o.office_id != current]
        self.office = QComboBox()
        self.office.setObjectName("to_office")
        for office in self.others:
            self.office.addItem(office_name(office), office.office_id)
        self.office_label = QLabel()
        self.office_label.setBuddy(self.office)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form.addRow(self.office_label, self.office)
        self.form.addRow(self.note)
        self.ok_button.setEnabled(bool(self.others))
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Move case %1 to another office").replace("%1", self.number))
        self.office_label.setText(self.tr("&To office:"))
        self.note.setText(
            self.tr(
                "The person the case is assigned to keeps it. Which staff see it by its office "
                "follows the setting in Settings."
            )
        )

    def chosen(self) -> OfficeInfo | None:
        index = self.office.currentIndex()
        return self.others[index] if 0 <= index < len(self.others) else None

    def submit(self) -> None:
        office = self.chosen()
        if office is not None:
            move_case(self.workspace, self.number, office.office_id)


class OfficesBox(QGroupBox):
    """The Staff page's offices: each with how many active staff work there; add and rename."""

    done = Signal(str)  # a change was made: the sentence to show

    NAME, STAFF = range(2)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.offices: list[OfficeInfo] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("offices")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.STAFF, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.rename_office())
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_office")
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("rename_office")
        self.add_button.clicked.connect(self.add_office)
        self.rename_button.clicked.connect(self.rename_office)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def show_offices(
        self, all_offices: Sequence[OfficeInfo], accounts: Sequence[StaffAccount]
    ) -> None:
        """Show these offices, keeping the selected one."""
        selected = self.selected()
        self.offices = list(all_offices)
        self.table.setRowCount(len(self.offices))
        for row, office in enumerate(self.offices):
            staff = sum(1 for a in accounts if a.active and office.office_id in a.offices)
            self.table.setItem(row, self.NAME, QTableWidgetItem(office_name(office)))
            count = QTableWidgetItem(str(staff))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, self.STAFF, count)
        rows = max(1, min(len(self.offices), 6))
        row_height = self.table.verticalHeader().defaultSectionSize()
        header_height = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header_height + rows * row_height + 2 * self.table.frameWidth())
        if selected is not None:
            self.select(selected.office_id)
        self._update_buttons()

    def selected(self) -> OfficeInfo | None:
        row = self.table.currentRow()
        return self.offices[row] if 0 <= row < len(self.offices) else None

    def select(self, office_id: str) -> bool:
        for row, office in enumerate(self.offices):
            if office.office_id == office_id:
                self.table.selectRow(row)
                return True
        return False

    def retranslate(self) -> None:
        self.setTitle(self.tr("Offices"))
        self.intro.setText(
            self.tr(
                "Each case belongs to one office, and staff work in one or more. Which cases "
                "case workers and lawyers see is set in Settings; administrators see every case."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Active staff")])
        for row, office in enumerate(self.offices):
            item = self.table.item(row, self.NAME)
            if item is not None:
                item.setText(office_name(office))
        self.add_button.setText(self.tr("Add an o&ffice…"))
        self.rename_button.setText(self.tr("Re&name office…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        self.rename_button.setEnabled(self.selected() is not None)

    def add_office(self) -> None:
        dialog = OfficeNameDialog(self.workspace, None, self)
        if dialog.exec() and dialog.office_id is not None:
            name = " ".join(dialog.name.text().split())
            self.done.emit(self.tr("Office %1 added.").replace("%1", name))
            self.select(dialog.office_id)

    def rename_office(self) -> None:
        office = self.selected()
        if office is None:
            return
        dialog = OfficeNameDialog(self.workspace, office, self)
        if dialog.exec():
            name = " ".join(dialog.name.text().split())
            self.done.emit(self.tr("The office is now called %1.").replace("%1", name))
            self.select(office.office_id)
