"""Connect to a server: the address of the organisation's PostgreSQL database, remembered on this
computer without any password; the database password is asked for only when the server wants one
that the PostgreSQL password file does not give, and it lives in memory for this run only."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from caseapp.domain.errors import CaseappError
from caseapp.services import server_address
from caseapp.services import workspace as ws
from caseapp.services.storage_errors import ServerPasswordNeeded, WrongServerPassword
from caseapp.ui.background import BackgroundJob
from caseapp.ui.i18n import translate_error


def config_folder() -> Path:
    """Where this computer remembers the server's address (the tests point it elsewhere)."""
    return server_address.config_folder()


def remembered_address() -> str | None:
    """The server this computer connected to last, as a person writes it; None when none."""
    url = server_address.remembered_server_url(config_folder())
    return server_address.shown_address(url) if url else None


def _try_server(target: str) -> CaseappError | None:
    """Connect and leave at once; the refusal as a value, so the dialog can tell which it was."""
    try:
        ws.check_server(target)
    except CaseappError as exc:
        return exc
    return None


class ServerDialog(QDialog):
    """Emits ``connected`` with the address to open (holding the typed password, if any, in
    memory only) once the server answered; the address, without the password, is remembered."""

    connected = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        address: str | None = None,
        *,
        message: str = "",
        ask_password: bool = False,
    ) -> None:
        super().__init__(parent)
        self.target: str | None = None
        self.job: BackgroundJob | None = None
        if address is None:
            address = remembered_address() or ""
        elif server_address.server_place(address) is not None:
            address = server_address.shown_address(address)  # never show a typed password
        self.address = QLineEdit(address)
        self.address.setObjectName("address")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: gray")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(message)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000")
        self.address_label, self.password_label = QLabel(), QLabel()
        self.address_label.setBuddy(self.address)
        self.password_label.setBuddy(self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("connect")
        self.connect_button.setDefault(True)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout(self)
        form.addRow(self.address_label, self.address)
        form.addRow(self.hint)
        form.addRow(self.password_label, self.password)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.form = form
        self.show_password(ask_password)
        self.buttons.accepted.connect(self.try_connect)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.setMinimumWidth(520)
        (self.password if ask_password else self.address).setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to a server"))
        self.address_label.setText(self.tr("Server &address:"))
        self.hint.setText(
            self.tr(
                "In the form postgresql://user@host/dbname, without the password; "
                "the server's administrator tells you what to write."
            )
        )
        self.password_label.setText(self.tr("Database pass&word:"))
        self.connect_button.setText(self.tr("Co&nnect"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_password(self, shown: bool) -> None:
        """The password row appears only when the server asked for a password."""
        self.form.setRowVisible(self.password, shown)

    def password_shown(self) -> bool:
        return self.form.isRowVisible(self.password)

    def try_connect(self) -> BackgroundJob | None:
        """Check the address, then try the server on a worker thread; the window stays alive."""
        if self.job is not None:
            return None
        try:
            address = server_address.check_server_url(self.address.text())
        except CaseappError as exc:
            self.message.setText(translate_error(exc.template, exc.params))
            return None
        target = address
        if self.password_shown() and self.password.text():
            target = ws.with_server_password(address, self.password.text())
        self.message.clear()
        self.buttons.setEnabled(False)
        self.address.setEnabled(False)
        self.password.setEnabled(False)
        self.job = BackgroundJob(
            lambda progress: _try_server(target),
            self.tr("Connect to a server"),
            self.tr("Connecting to the server…"),
            self,
        )
        self.job.done.connect(lambda ok, result: self._tried(address, target, ok, result))
        self.job.start()
        return self.job

    def _tried(self, address: str, target: str, ok: bool, result: object) -> None:
        self.job = None
        for widget in (self.buttons, self.address, self.password):
            widget.setEnabled(True)
        if not ok or isinstance(result, CaseappError):
            if isinstance(result, CaseappError):
                text = translate_error(result.template, result.params)
            else:
                text = str(result)
            self.message.setText(text)
            if isinstance(result, ServerPasswordNeeded | WrongServerPassword):
                self.password.clear()
                self.show_password(True)
                self.password.setFocus()
            return
        self.password.clear()
        with suppress(CaseappError):  # the work goes on; next time the address is typed again
            server_address.remember_server_url(address, folder=config_folder())
        self.target = target
        self.accept()
        self.connected.emit(target)

    def reject(self) -> None:
        if self.job is not None:  # a connection attempt ends by itself within seconds
            return
        self.password.clear()
        super().reject()
