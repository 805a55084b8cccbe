"""The organisation's list of districts (administrators): add, rename, take off the list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services import hotline
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import translate_error


class DistrictsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("districts_dialog")
        self.workspace = workspace
        self.list = QListWidget()
        self.list.setObjectName("district_list")
        self.name = QLineEdit()
        self.name.setObjectName("district_name")
        self.name.setMaxLength(120)
        self.add_button, self.rename_button, self.retire_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.add_button.setObjectName("add_district")
        self.rename_button.setObjectName("rename_district")
        self.retire_button.setObjectName("retire_district")
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for widget in (self.name, self.add_button, self.rename_button, self.retire_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.list.currentItemChanged.connect(self._chosen)
        self.setWindowTitle(self.tr("Districts"))
        self.add_button.setText(self.tr("&Add"))
        self.rename_button.setText(self.tr("&Rename"))
        self.retire_button.setText(self.tr("&Take off the list"))
        self.setMinimumWidth(520)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for district in hotline.list_districts(self.workspace):
            item = QListWidgetItem(district.name)
            item.setData(256, district.district_id)
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.name.setText(item.text())

    def _chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(256)) if item is not None else None

    def _run(self, action: object) -> None:
        self.message.clear()
        try:
            action()  # type: ignore[operator]
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self.refresh()

    def add(self) -> None:
        self._run(lambda: hotline.add_district(self.workspace, self.name.text()))
        if not self.message.text():
            self.name.clear()

    def rename(self) -> None:
        chosen = self._chosen_id()
        if chosen is not None:
            self._run(lambda: hotline.rename_district(self.workspace, chosen, self.name.text()))

    def retire(self) -> None:
        chosen = self._chosen_id()
        if chosen is not None:
            self._run(lambda: hotline.retire_district(self.workspace, chosen))
