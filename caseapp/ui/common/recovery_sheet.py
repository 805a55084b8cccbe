"""The recovery key as it is shown once: the key, the organisation key's fingerprint, a way to
print both, and the confirmation that they were written down (setup, and an upgrade)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QVBoxLayout, QWidget


class RecoverySheet(QWidget):
    """``confirmed`` follows the tick box; the key is never written anywhere but the printer."""

    confirmed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = ""
        self.fingerprint = ""
        self.key = QLabel()
        self.key.setObjectName("recovery_key")
        font = QFont("monospace")
        font.setPointSize(16)
        self.key.setFont(font)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setObjectName("fingerprint")
        self.fingerprint_label.setWordWrap(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("print_key")
        self.print_button.clicked.connect(self.print_key)
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirm")
        self.confirm.toggled.connect(self.confirmed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.key)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(self.print_button)
        layout.addWidget(self.confirm)
        self.retranslate()

    def show_key(self, recovery_key: str, fingerprint: str) -> None:
        self.recovery_key, self.fingerprint = recovery_key, fingerprint
        self.key.setText(recovery_key)
        self.retranslate()

    def retranslate(self) -> None:
        self.fingerprint_label.setText(
            self.tr(
                "Fingerprint of the organisation's key: {fingerprint}. Each computer remembers "
                "it and warns if a database ever shows another one."
            ).format(fingerprint=self.fingerprint)
        )
        self.print_button.setText(self.tr("&Print…"))
        self.confirm.setText(self.tr("I have written down or printed the recovery key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def is_confirmed(self) -> bool:
        return self.confirm.isChecked()

    def sheet_text(self) -> str:
        return "\n\n".join(
            [
                self.tr("caseapp recovery key"),
                self.recovery_key,
                self.tr("Fingerprint of the organisation's key: {fingerprint}").format(
                    fingerprint=self.fingerprint
                ),
            ]
        )

    def print_key(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument()
            document.setPlainText(self.sheet_text())
            document.print_(printer)
