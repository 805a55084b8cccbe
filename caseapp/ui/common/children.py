"""The children with her, as people: a name or alias and a birth year each, one row per child."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import records as rec
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.rules import MAX_CHILDREN

NAME, YEAR = range(2)


class ChildrenEditor(QWidget):
    """Rows of (name or alias, year of birth). Either may stay blank: she may not want a name
    written down. A stay recorded before children were named shows one blank row per child."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("children")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("children_table")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            YEAR, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(150)
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_child")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_child")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Name or alias"), self.tr("Year of birth")])
        self.add_button.setText(self.tr("Add a &child"))
        self.remove_button.setText(self.tr("Remove"))
        self._update()

    def _update(self) -> None:
        self.add_button.setEnabled(self.table.rowCount() < MAX_CHILDREN)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def set_children(self, count: int, named: list[rec.Child]) -> None:
        self.table.setRowCount(0)
        for child in named or [rec.Child()] * count:
            self.add_row(child.name, child.birth_year)

    def add_row(self, name: str = "", birth_year: int | None = None) -> None:
        if self.table.rowCount() >= MAX_CHILDREN:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(name if isinstance(name, str) else ""))
        year = QTableWidgetItem("" if birth_year is None else str(birth_year))
        self.table.setItem(row, YEAR, year)
        self.table.setCurrentCell(row, NAME)
        self._update()

    def remove_row(self) -> None:
        for index in sorted(self.table.selectionModel().selectedRows(), reverse=True):
            self.table.removeRow(index.row())
        self._update()

    def result(self) -> tuple[int, list[rec.Child]]:
        """(how many, the named children); the list is empty when no row says anything.
        A year that is not a number is refused with one sentence naming the child."""
        named: list[rec.Child] = []
        for row in range(self.table.rowCount()):
            name_item, year_item = self.table.item(row, NAME), self.table.item(row, YEAR)
            name = name_item.text().strip() if name_item else ""
            year_text = year_item.text().strip() if year_item else ""
            year: int | None = None
            if year_text:
                if not (year_text.isdigit() and len(year_text) == 4):
                    raise InvalidInput(
                        f"children[{row}].birth_year",
                        QT_TRANSLATE_NOOP(
                            "errors", "{field}: type the year as four digits, like 2019."
                        ),
                    )
                year = int(year_text)
            named.append(rec.Child(name, year))
        count = len(named)
        if all(child == rec.Child() for child in named):
            named = []
        return count, named


def children_words(stay: rec.ShelterStay) -> str:
    """For the stays table: "2: Айым, 2019; —, 2021", or the number alone when none is named."""
    if not stay.children_named:
        return str(stay.children)
    return f"{stay.children}: " + "; ".join(str(child) for child in stay.children_named)
