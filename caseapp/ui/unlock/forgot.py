"""Forgot the password?: the recovery key, an administrator's user name, and her new password.
The recovery key opens the organisation's root, which gives her account new keys."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from caseapp.services import accounts
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui.service_dialog import ServiceDialog
from caseapp.ui.staff.dialogs import PasswordFields


class ForgotPasswordDialog(ServiceDialog):
    def __init__(
        self,
        db: Database,
        username: str = "",
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kdf = kdf
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        # Shown while typed (32 characters copied from paper), hidden once she moves on.
        self.recovery_key.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.key_label, self.user_label = QLabel(), QLabel()
        self.key_label.setBuddy(self.recovery_key)
        self.user_label.setBuddy(self.username)
        self.form.addRow(self.intro)
        self.form.addRow(self.key_label, self.recovery_key)
        self.form.addRow(self.user_label, self.username)
        self.passwords = PasswordFields(self.form, self)
        for edit in (self.recovery_key, self.username):
            edit.textChanged.connect(self._update)
        self.passwords.changed.connect(self._update)
        self.retranslate()
        self._update()
        self.recovery_key.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Forgot the password?"))
        self.intro.setText(
            self.tr(
                "With the recovery key printed when the database was set up, an administrator's "
                "account gets a new password. Her old password stops working. The others' "
                "passwords are then set by her on the Staff page."
            )
        )
        self.key_label.setText(self.tr("Recovery &key:"))
        self.user_label.setText(self.tr("Administrator's &user name:"))
        self.passwords.retranslate()

    def _update(self) -> None:
        self.ok_button.setEnabled(
            bool(self.recovery_key.text().strip())
            and bool(self.username.text().strip())
            and self.passwords.is_acceptable()
        )

    def submit(self) -> None:
        try:
            accounts.reset_password_with_recovery(
                self.db,
                self.recovery_key.text(),
                self.username.text().strip(),
                self.passwords.text(),
                kdf=self.kdf,
            )
        finally:
            self.recovery_key.clear()
        self.passwords.clear()
