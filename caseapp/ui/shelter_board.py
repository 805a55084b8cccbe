"""The shelter board: rooms and beds with who is where today, the six-month limit, admitting and
discharging. Clients appear by alias or a neutral label, never by full name."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services import shelter
from caseapp.services.shelter import BoardRow, Occupancy
from caseapp.services.workspace import Workspace
from caseapp.ui.case.children import children_to_admit, readable_case
from caseapp.ui.case_picker import CasePickerDialog
from caseapp.ui.common.printout import print_board
from caseapp.ui.common.row_view import row_view
from caseapp.ui.forms import AdmitDialog, DischargeDialog
from caseapp.ui.i18n import translate_error
from caseapp.ui.models import CASE_NUMBER_ROLE
from caseapp.ui.table_model import Index, RowsModel
from caseapp.ui.widgets import shown_date

FLAG_COLOURS = {"near": "#fff4d6", "passed": "#fbe3e3"}
HIDDEN_COLOUR = "#6b6b6b"


def _bed_key(room: str) -> str:
    return " ".join(room.casefold().split())


class ShelterBoardModel(RowsModel):
    """The stays taking a bed today, one row each, ordered by room."""

    CONTEXT = "ShelterBoardModel"
    ROOM, CLIENT, CASE, ADMITTED, LIMIT, DAYS_LEFT, CHILDREN = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Room and bed"),
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Client"),
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Case"),
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Admitted"),
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Six-month limit"),
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Days left"),
        QT_TRANSLATE_NOOP("ShelterBoardModel", "Children"),
    )
    CASE_NUMBER_ROLE = CASE_NUMBER_ROLE
    ROW_ROLE = Qt.ItemDataRole.UserRole + 10
    FLAG_ROLE = Qt.ItemDataRole.UserRole + 11

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BoardRow] = []
        self._shared: set[str] = set()

    def set_rows(self, rows: list[BoardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        seen: set[str] = set()
        self._shared = set()
        for row in self._rows:
            key = _bed_key(row.room)
            if key and key != "?":  # no room recorded, or a damaged one: nothing to compare
                (self._shared if key in seen else seen).add(key)
        self.endResetModel()

    def shared_bed(self, row: int) -> bool:
        """Whether another stay today is recorded in the same room and bed."""
        board_row = self.board_row(row)
        return board_row is not None and _bed_key(board_row.room) in self._shared

    def board_row(self, row: int) -> BoardRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == CASE_NUMBER_ROLE:
            return row.number
        if role == self.ROW_ROLE:
            return row
        if role == self.FLAG_ROLE:
            return row.flag
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(row, column)
            if column == self.ROOM and self.shared_bed(index.row()):
                text = f"{text} ⚠"
            return text
        if role == Qt.ItemDataRole.BackgroundRole and row.flag:
            return QBrush(QColor(FLAG_COLOURS[row.flag]))
        if role == Qt.ItemDataRole.ForegroundRole and row.hidden:
            return QBrush(QColor(HIDDEN_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ROOM and self.shared_bed(index.row()):
                return QCoreApplication.translate(
                    "ShelterBoardModel", "Another stay today is recorded in this room and bed."
                )
            if row.hidden:
                return QCoreApplication.translate(
                    "ShelterBoardModel", "This case is not assigned to you."
                )
            if row.flag == "passed":
                return QCoreApplication.translate(
                    "ShelterBoardModel", "The six-month limit has passed."
                )
            if row.flag == "near":
                return QCoreApplication.translate(
                    "ShelterBoardModel", "The six-month limit is near."
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DAYS_LEFT, self.CHILDREN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: BoardRow, column: int) -> str | None:
        if column == self.ROOM:
            return row.room
        if row.hidden:
            return (
                QCoreApplication.translate("ShelterBoardModel", "occupied")
                if column == self.CLIENT
                else ""
            )
        if column == self.CLIENT:
            client = QCoreApplication.translate("ShelterBoardModel", "Client %1")
            return row.alias or client.replace("%1", row.number or "")
        if column == self.CASE:
            return row.number
        if column == self.ADMITTED:
            return shown_date(row.admitted_on)
        if column == self.LIMIT:
            return shown_date(row.limit)
        if column == self.DAYS_LEFT:
            days = row.days_left
            if days is None:
                return ""
            if days < 0:
                return QCoreApplication.translate("ShelterBoardModel", "passed %1 d ago").replace(
                    "%1", str(-days)
                )
            if row.flag == "near":
                return QCoreApplication.translate("ShelterBoardModel", "%1 — near").replace(
                    "%1", str(days)
                )
            return str(days)
        if column == self.CHILDREN:
            return str(row.children)
        return None


class ShelterBoard(QWidget):
    """Who is in which bed today; actions to admit, discharge and open the case."""

    open_case = Signal(str)
    changed = Signal(str)  # the number of a case whose stay was admitted or ended

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = date.today()
        self._occupancy = Occupancy(0, 0)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.model = ShelterBoardModel(self)
        self.table = row_view("board", self.model, ShelterBoardModel.CLIENT)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.near_legend, self.passed_legend = QLabel(), QLabel()
        for label, flag in ((self.near_legend, "near"), (self.passed_legend, "passed")):
            label.setObjectName(f"{flag}_legend")
            label.setStyleSheet(f"background: {FLAG_COLOURS[flag]}; padding: 2px 6px")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.admit_button = QPushButton()
        self.admit_button.setObjectName("admit")
        self.discharge_button = QPushButton()
        self.discharge_button.setObjectName("discharge")
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_case")
        self.admit_button.clicked.connect(self.admit)
        self.discharge_button.clicked.connect(self.discharge)
        self.open_button.clicked.connect(self._open_selected)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_board")
        self.print_button.clicked.connect(self.print_board)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch()
        top.addWidget(self.totals)
        top.addWidget(self.print_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.admit_button)
        buttons.addWidget(self.discharge_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.near_legend)
        buttons.addWidget(self.passed_legend)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    # data -----------------------------------------------------------------------------------

    def refresh(self, today: date | None = None) -> None:
        self.today = today or date.today()
        if self.workspace.locked:
            return
        try:
            rows = shelter.shelter_board(self.workspace, self.today)
            self._occupancy = shelter.occupancy(self.workspace, self.today)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self.model.set_rows(rows)
        self.retranslate()

    def print_board(self) -> None:
        """The board on paper: aliases and dates, never a room."""
        self.printout = print_board(self, self.workspace, self.today)

    def selected_row(self) -> BoardRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.board_row(index.row()) if index.isValid() else None

    def select_case(self, number: str) -> bool:
        """Make the stay of case ``number`` the current row; False when it is not on the board."""
        for row in range(self.model.rowCount()):
            if self.model.data(self.model.index(row, 0), CASE_NUMBER_ROLE) == number:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    # texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shelter, %1").replace("%1", shown_date(self.today)))
        o = self._occupancy
        text = (
            self.tr("Occupied: %1   ·   Beds: %2   ·   Free: %3")
            .replace("%1", str(o.occupied))
            .replace("%2", str(o.beds))
            .replace("%3", str(o.free))
        )
        if o.over:
            text += "   ·   " + self.tr("%1 more than there are beds").replace("%1", str(o.over))
            self.totals.setStyleSheet("color: #a40000; font-weight: 600")
        else:
            self.totals.setStyleSheet("")
        self.totals.setText(text)
        self.near_legend.setText(self.tr("Six-month limit within 14 days"))
        self.passed_legend.setText(self.tr("Six-month limit passed"))
        self.admit_button.setText(self.tr("&Admit…"))
        self.admit_button.setToolTip(self.tr("Find a case and admit her to the shelter"))
        self.discharge_button.setText(self.tr("&Discharge…"))
        self.open_button.setText(self.tr("&Open case"))
        self.print_button.setText(self.tr("&Print…"))
        self.open_button.setToolTip(self.tr("Open the selected case (Enter)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        may_act = row is not None and not row.hidden
        self.discharge_button.setEnabled(may_act)
        self.open_button.setEnabled(may_act)

    # actions --------------------------------------------------------------------------------

    def admit(self) -> str | None:
        """Choose a case, fill in the admission, save it; returns the case number when saved."""
        picker = CasePickerDialog(self.workspace, self)
        if not picker.exec() or picker.number is None:
            return None
        number = picker.number
        dialog = AdmitDialog(
            self, children_to_admit(readable_case(self.workspace, number), date.today())
        )
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {number}")
        if not dialog.exec():
            return None
        try:
            shelter.admit(self.workspace, number, dialog.result_item, date.today())
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return None
        self.message.setText(self.tr("Case %1 admitted.").replace("%1", number))
        self._changed(number)
        return number

    def discharge(self) -> bool:
        row = self.selected_row()
        if row is None or row.hidden or row.number is None or row.stay_id is None:
            return False
        dialog = DischargeDialog(row.stay(), self)
        dialog.setWindowTitle(f"{dialog.windowTitle()} — {row.number}")
        if not dialog.exec():
            return False
        stay = dialog.result_item
        assert stay.left_on is not None
        try:
            shelter.discharge(
                self.workspace,
                row.number,
                row.stay_id,
                stay.left_on,
                stay.departure_reason,
                stay.destination,
            )
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.message.setText(self.tr("Case %1 discharged.").replace("%1", row.number))
        self._changed(row.number)
        return True

    def _changed(self, number: str) -> None:
        self.refresh()
        self.select_case(number)
        self.changed.emit(number)  # the main window refreshes the other screens

    def _open_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.number:
            self.open_case.emit(row.number)

    def _activated(self, index: QModelIndex) -> None:
        number = self.model.data(index, CASE_NUMBER_ROLE)
        if number:
            self.open_case.emit(number)
