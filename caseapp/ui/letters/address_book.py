"""The address book screen: an office's bodies and officials, added, edited and removed by an
administrator or the office's staff (the services decide; the buttons follow), read by everyone.
Opened from the Outgoing letters page, where letters are; the letter dialog offers the entries.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.address_book import LANGS, Addressee, AddresseeKind
from caseapp.domain.errors import CaseappError
from caseapp.services import address_book as book
from caseapp.services import offices
from caseapp.services.workspace import Workspace
from caseapp.ui.common.row_view import row_view
from caseapp.ui.i18n import saved_language, translate_error
from caseapp.ui.letters.address_entry import AddressEntryDialog, kind_label
from caseapp.ui.staff.offices import office_name
from caseapp.ui.table_model import ROOT, Index, RowsModel


class AddressBookModel(RowsModel):
    """One entry a row: kind, body, official (in the interface's language when the entry has
    it), and the letter languages it can print in."""

    CONTEXT = "AddressBookModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AddressBookModel", "Kind"),
        QT_TRANSLATE_NOOP("AddressBookModel", "Body"),
        QT_TRANSLATE_NOOP("AddressBookModel", "Official"),
        QT_TRANSLATE_NOOP("AddressBookModel", "Languages"),
    )

    def set_entries(self, entries: list[Addressee]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Addressee | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        entry: Addressee = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return kind_label(AddresseeKind(entry.kind))
        if column == 3:
            return ", ".join(lang for lang in LANGS if entry.has_language(lang))
        field = "body" if column == 1 else "name"
        ui = saved_language()
        for lang in (ui, *LANGS):
            if entry.has_language(lang):
                return " ".join(entry.text(lang, field).split())
        return ""


class AddressBookDialog(QDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, office_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("address_book_dialog")
        self.workspace = workspace
        self.office = QComboBox()
        self.office.setObjectName("office")
        self.office_label = QLabel()
        self.office_label.setBuddy(self.office)
        own = office_id or book.own_office(workspace)
        for each in offices.list_offices(workspace):
            self.office.addItem(office_name(each), each.office_id)
        self.office.setCurrentIndex(max(0, self.office.findData(own)))
        self.model = AddressBookModel(self)
        self.table = row_view("entries", self.model, 1)
        self.table.activated.connect(lambda *_: self.edit_entry())
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.remove_button = QPushButton()
        self.add_button.setObjectName("add")
        self.edit_button.setObjectName("edit")
        self.remove_button.setObjectName("remove")
        self.add_button.clicked.connect(lambda: self.add_entry())
        self.edit_button.clicked.connect(lambda: self.edit_entry())
        self.remove_button.clicked.connect(lambda: self.remove_entry())
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.office_label)
        top.addWidget(self.office, 1)
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.office.currentIndexChanged.connect(lambda *_: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.retranslate()
        self.refresh()
        self.resize(820, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Address book"))
        self.office_label.setText(self.tr("&Office:"))
        self.add_button.setText(self.tr("&Add…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.remove_button.setText(self.tr("&Remove"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def office_id(self) -> str:
        return str(self.office.currentData())

    def refresh(self) -> None:
        try:
            self.model.set_entries(book.list_entries(self.workspace, self.office_id()))
            self._editor = book.may_edit(self.workspace, self.office_id())
        except CaseappError as exc:
            self.model.set_entries([])
            self._editor = False
            self.message.setText(translate_error(exc.template, exc.params))
        self._update()

    def selected(self) -> Addressee | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.entry(rows[0].row()) if rows else None

    def _update(self) -> None:
        editor = getattr(self, "_editor", False)
        chosen = self.selected() is not None
        self.add_button.setEnabled(editor)
        self.edit_button.setEnabled(editor and chosen)
        self.remove_button.setEnabled(editor and chosen)
        if not editor:
            self.message.setText(
                self.tr("Only an administrator or this office's staff change its address book.")
            )
        else:
            self.message.clear()

    def select(self, entry_id: str) -> None:
        for row in range(self.model.rowCount(ROOT)):
            entry = self.model.entry(row)
            if entry is not None and entry.id == entry_id:
                self.table.selectRow(row)

    def add_entry(self) -> bool:
        new = Addressee(kind=AddresseeKind.POLICE, office_id=self.office_id())
        dialog = AddressEntryDialog(self.workspace, new, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.entry_id is None:
            return False
        self.refresh()
        self.select(dialog.entry_id)
        return True

    def edit_entry(self) -> bool:
        entry = self.selected()
        if entry is None or entry.id is None or not getattr(self, "_editor", False):
            return False
        dialog = AddressEntryDialog(self.workspace, entry, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.refresh()
        self.select(entry.id)
        return True

    def remove_entry(self) -> bool:
        entry = self.selected()
        if entry is None or entry.id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Address book"),
            self.tr(
                "Remove “%1” from the address book? Letters already issued keep what they printed."
            ).replace("%1", entry.label(saved_language())),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            book.remove_entry(self.workspace, entry.id)
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return False
        self.refresh()
        return True
