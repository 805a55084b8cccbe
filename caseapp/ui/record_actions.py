"""Correcting the records of a table in the case window: an Edit and a Strike out button, the
same in a context menu, double-click or Enter to edit, and the Delete key to strike out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QMenu, QPushButton, QTableWidget

from caseapp.domain.changes import RecordKind, label_of
from caseapp.ui.record_words import record_label


class RecordActions(QObject):
    """Wires one table to its edit and strike-out functions, which act on the selected row.
    The buttons are enabled while a row is selected; the tab lays them out."""

    def __init__(
        self,
        table: QTableWidget,
        edit: Callable[[], object],
        strike: Callable[[], object],
    ) -> None:
        super().__init__(table)
        self.table = table
        name = table.objectName()
        self.edit_button = QPushButton()
        self.edit_button.setObjectName(f"edit_{name}")
        self.strike_button = QPushButton()
        self.strike_button.setObjectName(f"strike_{name}")
        self.edit_button.clicked.connect(edit)
        self.strike_button.clicked.connect(strike)
        self.menu = QMenu(table)
        self.edit_action = QAction(self.menu)
        self.strike_action = QAction(self.menu)
        self.edit_action.triggered.connect(edit)
        self.strike_action.triggered.connect(strike)
        self.menu.addAction(self.edit_action)
        self.menu.addAction(self.strike_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)
        table.doubleClicked.connect(lambda index: self._on_row(index, edit))
        self._edit, self._strike = edit, strike
        table.installEventFilter(self)  # Enter edits, Delete strikes out: keys of the table
        table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def retranslate(self, edit_text: str, strike_text: str) -> None:
        """``edit_text`` and ``strike_text`` name the record: "Edit check…", "Strike out…"."""
        for widget in (self.edit_button, self.edit_action):
            widget.setText(edit_text)
        for widget in (self.strike_button, self.strike_action):
            widget.setText(strike_text)
        # The keys are the table's own (``eventFilter``), never shortcuts of the menu's actions:
        # Enter in the open menu chooses its highlighted item.
        self.edit_button.setToolTip(
            QCoreApplication.translate("RecordActions", "Or double-click the row, or press Enter")
        )
        self.strike_button.setToolTip(
            QCoreApplication.translate("RecordActions", "Or select the row and press Delete")
        )

    def selected(self) -> bool:
        return bool(self.table.selectionModel().selectedRows())

    def update_buttons(self) -> None:
        chosen = self.selected()
        for widget in (self.edit_button, self.strike_button, self.edit_action, self.strike_action):
            widget.setEnabled(chosen)

    def show_menu(self, position: QPoint) -> None:
        """The context menu of the row under the pointer (or the selected one, from the
        keyboard's menu key)."""
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        if not self.selected():
            return
        self.menu.popup(self.table.viewport().mapToGlobal(position))

    def _on_row(self, index: QModelIndex, act: Callable[[], object]) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            act()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected():
                self._edit()
                return True
            if event.key() == Qt.Key.Key_Delete and self.selected():
                self._strike()
                return True
        return False


def describe(kind: RecordKind, item: object, table: QTableWidget) -> str:
    """What the correction dialog names: the record in words and its selected row's cells."""
    cells = [
        text
        for column in range(table.columnCount())
        if (cell := table.item(table.currentRow(), column)) is not None and (text := cell.text())
    ]
    what = record_label(kind, label_of(kind, item))
    return f"{what}\n{' · '.join(cells)}" if cells else what
