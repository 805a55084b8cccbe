"""Choosing the case to admit to the shelter: a search by name, alias, IIN or phone (the
blind-index search), one case picked from the hits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services.search import search_cases
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import translate_error
from caseapp.ui.models import CASE_NUMBER_ROLE


class CasePickerDialog(QDialog):
    """Find the case to admit by name, alias, IIN or phone (the blind-index search)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.number: str | None = None
        self.label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("results")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(200)
        self.debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.debounce.start)
        self.search.returnPressed.connect(self._search_now)
        self.results.currentItemChanged.connect(self._selection_changed)
        self.results.itemActivated.connect(lambda *_: self._try_accept())
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.resize(480, 360)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Admit to the shelter: choose the case"))
        self.label.setText(self.tr("&Search by name, alias, IIN or phone:"))
        self._update_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run_search(self) -> None:
        self.debounce.stop()
        self.results.clear()
        query = self.search.text().strip()
        if query:
            try:
                hits = search_cases(self.workspace, query, limit=50)
            except CaseappError as exc:
                self.message.setText(translate_error(exc.template, exc.params))
                return
            for hit in hits:
                item = QListWidgetItem(f"{hit.number} — {hit.client}")
                item.setData(CASE_NUMBER_ROLE, hit.number)
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_message()

    def _search_now(self) -> None:
        self.run_search()
        if self.results.count():
            self.results.setFocus()

    def _update_message(self) -> None:
        if not self.search.text().strip():
            text = self.tr("Type at least part of a name.")
        elif not self.results.count():
            text = self.tr("No case found.")
        else:
            text = self.tr("Choose the case and press OK.")
        self.message.setText(text)

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.results.currentItem() is not None)

    def _try_accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.number = item.data(CASE_NUMBER_ROLE)
        self.accept()
