"""The placeholders a kind of letter may use, each with its meaning in words; double-click,
Enter or the Insert button puts the chosen one into the letter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.enums import LetterKind
from caseapp.letters.placeholders import Placeholder, accepted_by

NAME_ROLE = Qt.ItemDataRole.UserRole


def meaning(placeholder: Placeholder) -> str:
    """What the placeholder prints, in the interface's language."""
    return QCoreApplication.translate("LetterPlaceholders", placeholder.meaning)


class PlaceholderList(QWidget):
    """`chosen` carries the placeholder as written (``{order_expires_on}``)."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = LetterKind.POLICE_CHECKS
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("placeholders")
        self.list.setWordWrap(True)
        self.label.setBuddy(self.list)
        self.insert_button = QPushButton()
        self.insert_button.setObjectName("insert_placeholder")
        self.insert_button.setAutoDefault(False)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5a5a5a")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.insert_button)
        layout.addWidget(self.note)
        self.list.itemActivated.connect(self._activated)  # double-click, Enter
        self.insert_button.clicked.connect(self.insert_current)
        self.list.currentItemChanged.connect(
            lambda item, _: self.insert_button.setEnabled(item is not None)
        )
        self.retranslate()

    def show_kind(self, kind: LetterKind) -> None:
        self.kind = kind
        self._fill()

    def names(self) -> list[str]:
        """The placeholders listed, as written."""
        return [str(self.list.item(i).data(NAME_ROLE)) for i in range(self.list.count())]

    def insert_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(str(item.data(NAME_ROLE)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(NAME_ROLE)))

    def _fill(self) -> None:
        row = self.list.currentRow()
        self.list.clear()
        for placeholder in accepted_by(self.kind):
            item = QListWidgetItem(f"{placeholder.written} — {meaning(placeholder)}")
            item.setData(NAME_ROLE, placeholder.written)
            item.setToolTip(meaning(placeholder))
            self.list.addItem(item)
        self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Placeholders this letter can use:"))
        self.insert_button.setText(self.tr("&Insert into the text"))
        self.insert_button.setToolTip(
            self.tr("Put the chosen placeholder where the cursor is (or double-click it).")
        )
        self.note.setText(
            self.tr(
                "Letters never print the client's address, the shelter, a room or where the "
                "client stays."
            )
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
