"""Which database the program opens, and what it offers when that database cannot be opened.

Without ``--db`` the program opens what this computer used last: the server it connected to (its
address remembered without a password, see ``services.server_address``) or the data folder.
A database that cannot be opened is said in one sentence, with a way on: try again, connect to a
server, open a data folder or restore a backup; a server that wants a password asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from caseapp.domain.errors import CaseappError
from caseapp.services import server_address
from caseapp.services import workspace as ws
from caseapp.services.storage_errors import ServerPasswordNeeded, WrongServerPassword
from caseapp.storage.database import Database
from caseapp.ui import server_dialog
from caseapp.ui.i18n import settings, translate_error
from caseapp.ui.restore_dialog import RestoreDialog
from caseapp.ui.server_dialog import ServerDialog

LAST_KIND = "last_target_kind"  # "server" or "folder": what this computer opened last
DATA_FOLDER = "data_folder"


def start_target(target: str | None) -> str | None:
    """``--db`` when given; else the server this computer connected to last, or the data folder
    it opened last (None: the default data folder)."""
    if target:
        return target
    if settings().value(LAST_KIND) == "server":
        url = server_address.remembered_server_url(server_dialog.config_folder())
        if url:
            return url
    folder = settings().value(DATA_FOLDER)
    return str(folder) if folder else None


def remember_target(target: str | None, db: Database) -> None:
    """What opened is what opens next time: a server's address is kept without its password."""
    if db.server is not None and target:
        settings().setValue(LAST_KIND, "server")
        with suppress(CaseappError):  # it works for this run; next time it is typed again
            server_address.remember_server_url(
                target, strip_password=True, folder=server_dialog.config_folder()
            )
        return
    settings().setValue(LAST_KIND, "folder")
    if target and db.path is not None:
        settings().setValue(DATA_FOLDER, str(db.path.parent))


@contextmanager
def _waiting(target: str | None) -> Iterator[None]:
    """A wait cursor while a server is reached (up to its connection timeout)."""
    if server_address.server_place(target) is None:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def open_target(
    target: str | None, parent: QWidget | None = None
) -> tuple[Database, str | None] | None:
    """Open a data folder or a server (creating an empty folder's database), with the target
    that was opened in the end; None when the person closed instead."""
    while True:
        try:
            with _waiting(target):
                return ws.open_database(target, create=True), target
        except (ServerPasswordNeeded, WrongServerPassword) as exc:
            message = translate_error(exc.template, exc.params)
            chosen = ask_server(parent, target, message=message, ask_password=True)
            if chosen is not None:
                target = chosen
                continue
        except CaseappError as exc:
            message = translate_error(exc.template, exc.params)
        chosen = offer_restore(message, parent, target=target)
        if chosen is None:
            return None
        target = chosen


def ask_server(
    parent: QWidget | None,
    address: str | None = None,
    *,
    message: str = "",
    ask_password: bool = False,
) -> str | None:
    """The server dialog; the address to open (with a typed password in memory), or None."""
    dialog = ServerDialog(parent, address, message=message, ask_password=ask_password)
    try:
        dialog.exec()
        return dialog.target
    finally:
        dialog.deleteLater()


def offer_restore(
    message: str, parent: QWidget | None = None, *, target: str | None = None
) -> str | None:
    """The database cannot be opened: say why, and offer a way on. For a server: try again,
    connect to a server, or open a data folder; for a data folder: restore a backup into a new
    folder (the damaged file is left as it is), connect to a server, or open another folder.
    Returns what to open next, or None when the person closes."""
    on_server = server_address.server_place(target) is not None
    while True:
        box = QMessageBox(QMessageBox.Icon.Critical, "caseapp", message, parent=parent)
        accept, action = QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.ActionRole
        retry = restore = None
        if on_server:
            retry = box.addButton(QCoreApplication.translate("Session", "Try again"), accept)
        else:
            restore = box.addButton(
                QCoreApplication.translate("Session", "Restore from a backup…"), accept
            )
        server = box.addButton(
            QCoreApplication.translate("Session", "Connect to a server…"), action
        )
        folder = box.addButton(QCoreApplication.translate("Session", "Open a data folder…"), action)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        chosen: str | None = None
        if clicked is None:
            return None
        if clicked is retry:
            return target
        if clicked is restore:
            chosen = _restore(parent)
        elif clicked is server:
            chosen = ask_server(parent, target if on_server else None)
        elif clicked is folder:
            chosen = (
                QFileDialog.getExistingDirectory(
                    parent, QCoreApplication.translate("Session", "Choose a data folder")
                )
                or None
            )
        else:
            return None
        if chosen is not None:
            return chosen


def _restore(parent: QWidget | None) -> str | None:
    dialog = RestoreDialog(parent)
    folders: list[str] = []
    dialog.restored.connect(folders.append)
    dialog.exec()
    dialog.deleteLater()
    return folders[0] if folders else None
