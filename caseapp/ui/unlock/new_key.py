"""After the upgrade to keys per person: the new recovery key, shown once. The old one opened the
old data key, which every former account knew, so it stops working."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from caseapp.ui.common.recovery_sheet import RecoverySheet


class NewRecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.sheet = RecoverySheet(self)
        self.sheet.show_key(recovery_key, fingerprint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.sheet.confirmed.connect(self.ok_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.sheet)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The database was upgraded: a new recovery key"))
        self.intro.setText(
            self.tr(
                "Each account now has keys of its own and sees only what it may. The old recovery "
                "key no longer works: print this one or write it down and lock it away, then "
                "destroy the old sheet. The other accounts need new passwords: set them on the "
                "Staff page, and mark the shelter staff there."
            )
        )

    def reject(self) -> None:  # shown once: it closes only once confirmed
        if self.sheet.is_confirmed():
            super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
