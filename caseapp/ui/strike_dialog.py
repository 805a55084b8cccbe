"""The correction dialog: what is struck out (or which case is deleted), what that means, and
the reason, without which nothing happens."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class StrikeOutDialog(QDialog):
    """Asks why a record is struck out. ``reason()`` once accepted."""

    def __init__(self, what: str, parent: QWidget | None = None, *, case: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("strike_out_dialog")
        self.case = case
        self.what = QLabel(what)
        self.what.setObjectName("what")
        self.what.setWordWrap(True)
        self.what.setStyleSheet("font-weight: bold")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setMaxLength(1000)
        self.reason_label.setBuddy(self.reason_edit)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("confirm")
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.what, self.explanation, self.reason_label, self.reason_edit):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self.message.clear)
        self.retranslate()
        self.setMinimumWidth(460)

    def retranslate(self) -> None:
        if self.case:
            self.setWindowTitle(self.tr("Delete the case"))
            self.explanation.setText(
                self.tr(
                    "The case disappears from the lists, search, reminders, letters and "
                    "statistics. Its records and its history are kept, and the integrity check "
                    "still verifies them. Only an administrator can do this."
                )
            )
            self.reason_label.setText(self.tr("&Why is the case deleted?"))
            self.confirm.setText(self.tr("&Delete the case"))
        else:
            self.setWindowTitle(self.tr("Strike out a record"))
            self.explanation.setText(
                self.tr(
                    "A record entered by mistake is struck out, not erased: it no longer "
                    "counts for lists, reminders, letters or statistics, and the case's history "
                    "keeps it with your name, the date and the reason."
                )
            )
            self.reason_label.setText(self.tr("&Why is it struck out?"))
            self.confirm.setText(self.tr("&Strike out"))

    def showEvent(self, event: QShowEvent) -> None:
        """Enter strikes out (once a reason is typed), and typing starts in the reason."""
        super().showEvent(event)
        self.confirm.setDefault(True)
        self.reason_edit.setFocus()

    def _try_accept(self) -> None:
        if not self.reason().strip():
            self.message.setText(self.tr("Please give the reason."))
            self.reason_edit.setFocus()
            return
        self.accept()

    def reason(self) -> str:
        return self.reason_edit.text().strip()
