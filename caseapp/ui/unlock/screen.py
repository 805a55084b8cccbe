"""The unlock screen: user and password, a clear message on failure, the retry delay visible,
which database it is on, and the ways to another one (a folder, a server, a backup)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services import known_roots, server_address
from caseapp.services import workspace as ws
from caseapp.services.known_roots import UnknownRoot
from caseapp.storage.database import Database
from caseapp.ui.i18n import translate_error
from caseapp.ui.restore_dialog import RestoreDialog
from caseapp.ui.server_dialog import ServerDialog
from caseapp.ui.unlock.forgot import ForgotPasswordDialog


class UnlockDialog(QDialog):
    """Returns an unlocked workspace in ``self.workspace`` when accepted. Without ``switching``
    (the screen of a locked session, whose windows wait behind it) there is no way to another
    database."""

    other_database_requested = Signal(str)

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        username: str = "",
        *,
        switching: bool = True,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.workspace: ws.Workspace | None = None
        self.user = QLineEdit(username)
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.other_button = QPushButton()
        self.other_button.setObjectName("other")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore")
        self.server_button = QPushButton()
        self.server_button.setObjectName("server")
        self.forgot_button = QPushButton()
        self.forgot_button.setObjectName("forgot")
        self.forgot_button.setFlat(True)
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trust")
        self.trust_button.hide()
        self.unknown_root: UnknownRoot | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600")
        self.place = QLabel()  # which database this is: never a user name or a password
        self.place.setObjectName("place")
        self.place.setWordWrap(True)
        self.place.setStyleSheet("color: gray")
        self.user_label, self.password_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.user)
        self.password_label.setBuddy(self.password)

        form = QFormLayout()
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addWidget(self.server_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addLayout(form)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(buttons)
        for button in (self.other_button, self.server_button, self.restore_button):
            button.setVisible(switching)

        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.other_button.clicked.connect(self._choose_other)
        self.restore_button.clicked.connect(self.restore_backup)
        self.server_button.clicked.connect(self.connect_to_server)
        self.forgot_button.clicked.connect(self.forgot_password)
        self.trust_button.clicked.connect(self.trust_database)
        self.retranslate()
        (self.password if username else self.user).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("caseapp — unlock"))
        self.title.setText(self.tr("Unlock the case records"))
        self.user_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.unlock_button.setText(self.tr("Un&lock"))
        self.other_button.setText(self.tr("Open a &different database…"))
        self.server_button.setText(self.tr("Connect to a &server…"))
        self.restore_button.setText(self.tr("&Restore from a backup…"))
        self.forgot_button.setText(self.tr("&Forgot the password?"))
        self.trust_button.setText(
            self.tr("I compared the fingerprint with the recovery sheet: &trust this database")
        )
        server = server_address.server_place(self.db.url)
        if server is not None:
            database, host = server
            self.place.setText(
                self.tr("Database {database} on the server {host}").format(
                    database=database, host=host
                )
            )
        else:
            folder = self.db.path.parent if self.db.path is not None else ""
            self.place.setText(self.tr("Data folder: {folder}").format(folder=folder))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_unlock(self) -> None:
        if self.countdown.isActive():
            return
        try:
            self.workspace = ws.unlock(self.db, self.user.text().strip(), self.password.text())
        except UnknownRoot as exc:  # the password stays typed: trusting it retries at once
            self.unknown_root = exc
            self.message.setText(translate_error(exc.template, exc.params))
            self.trust_button.show()
            return
        except CaseappError as exc:
            self.password.clear()
            self.message.setText(translate_error(exc.template, exc.params))
            self._tick()
            return
        self.password.clear()
        self.accept()

    def forgot_password(self) -> ForgotPasswordDialog:
        """The recovery key sets a new password for an administrator; her name is filled in."""
        dialog = ForgotPasswordDialog(self.db, self.user.text().strip(), parent=self)
        dialog.accepted.connect(self._password_was_reset)
        dialog.open()
        return dialog

    def _password_was_reset(self) -> None:
        self.message.setText(self.tr("The new password is set: unlock with it."))
        self.password.setFocus()

    def trust_database(self) -> None:
        """She compared the fingerprint this database shows with the recovery sheet's."""
        if self.unknown_root is None:
            return
        known_roots.trust_found(self.db, self.unknown_root)
        self.unknown_root = None
        self.trust_button.hide()
        self.message.clear()
        self.try_unlock()

    def _tick(self) -> None:
        """Show the wait after repeated wrong passwords, counting down to zero."""
        seconds = ws.retry_delay(self.db, self.user.text().strip())
        if seconds <= 0:
            self.countdown.stop()
            self.unlock_button.setEnabled(True)
            self.unlock_button.setText(self.tr("Un&lock"))
            return
        self.unlock_button.setEnabled(False)
        self.unlock_button.setText(self.tr("Wait %n second(s)", "", seconds))
        self.countdown.start()

    def restore_backup(self) -> RestoreDialog:
        """Restore into a new folder, then open that one instead."""
        dialog = RestoreDialog(self)
        dialog.restored.connect(self._open_restored)
        dialog.open()
        return dialog

    def connect_to_server(self) -> ServerDialog:
        """Another server (or this one with another account): the screen reopens on it."""
        dialog = ServerDialog(self)
        dialog.connected.connect(self._open_restored)
        dialog.open()
        return dialog

    def _open_restored(self, target: str) -> None:
        self.other_database_requested.emit(target)
        self.reject()

    def _choose_other(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a data folder"))
        if folder:
            self.other_database_requested.emit(folder)
            self.reject()
