"""A small form whose OK runs a service: a refusal is shown in the dialog, which stays open."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.ui.i18n import translate_error


class ServiceDialog(QDialog):
    """Subclasses add rows to ``form``, implement ``submit`` (which calls the service) and
    ``retranslate``; OK is enabled by the subclass when the input is complete."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        # Enter in a field means OK, never Cancel (even while OK waits for the input).
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        cancel.setDefault(False)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def showEvent(self, event: QShowEvent) -> None:
        """Typing starts in the first field, not on a button."""
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or isinstance(focused, QAbstractButton):
            for row in range(self.form.rowCount()):
                item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                widget = item.widget() if item is not None else None
                if widget is not None and widget.isEnabled() and widget.isVisible():
                    widget.setFocus()
                    break

    def submit(self) -> None:
        raise NotImplementedError

    def _try_accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        try:
            self.submit()
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass
