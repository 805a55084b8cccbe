"""Start-up and the session: first-run wizard or unlock, the main window, auto-lock."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseapp.domain.errors import CaseappError
from caseapp.services import workspace as ws
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui.i18n import install_language, saved_language, settings, translate_error
from caseapp.ui.main_window import MainWindow
from caseapp.ui.restore_dialog import RestoreDialog
from caseapp.ui.setup_wizard import SetupWizard
from caseapp.ui.unlock import UnlockDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Session(QObject):
    """Owns the unlocked workspace and its windows; locks after idle minutes or on request."""

    def __init__(self, db: Database, kdf: KdfParams | None = None) -> None:
        super().__init__()
        self.db = db
        self.kdf = kdf
        self.workspace: ws.Workspace | None = None
        self.window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.hidden: list[QWidget] = []
        self.other_folder: str | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.idle.isActive():
            self.idle.start()
        return False

    def start(self) -> bool:
        """First run or unlock; False when the person gave up."""
        if not self.db.is_initialised():
            wizard = SetupWizard(self.db, kdf=self.kdf)
            if not wizard.exec() or wizard.workspace is None:
                self.other_folder = wizard.restored_folder
                return False
            self._open(wizard.workspace)
            return True
        dialog = UnlockDialog(self.db)
        dialog.other_database_requested.connect(self._remember_other)
        if not dialog.exec() or dialog.workspace is None:
            return False
        self._open(dialog.workspace)
        return True

    def _remember_other(self, folder: str) -> None:
        self.other_folder = folder

    def _open(self, workspace: ws.Workspace) -> None:
        self.workspace = workspace
        self.window = MainWindow(workspace)
        self.window.lock_requested.connect(self.lock)
        self.window.settings.saved.connect(self._arm_idle)  # new auto-lock minutes apply at once
        self.window.show()
        self._arm_idle()
        # What is alive now lives for the session: keep it out of the cyclic garbage collector's
        # full passes, which otherwise add ~50 ms at random to work such as the day's reminders.
        gc.collect()
        gc.freeze()

    def _arm_idle(self) -> None:
        if self.workspace is None:
            return
        with self.workspace.session() as session:
            minutes = self.workspace.organisation(session).idle_lock_minutes or 5
        self.idle.start(max(1, minutes) * 60_000)

    def lock(self) -> None:
        """Drop the keys and hide every window behind the unlock screen."""
        if self.workspace is None or self.workspace.locked:
            return
        self.idle.stop()
        self.workspace.lock()
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        self.unlock_dialog = UnlockDialog(self.db, username=self.workspace.actor.username)
        self.unlock_dialog.accepted.connect(self._unlocked)
        self.unlock_dialog.rejected.connect(self._gave_up)
        self.unlock_dialog.show()

    def _unlocked(self) -> None:
        assert self.unlock_dialog is not None and self.workspace is not None
        fresh = self.unlock_dialog.workspace
        self.unlock_dialog = None
        if fresh is None:
            return
        if self.workspace.resume(fresh):
            for widget in self.hidden:  # back where she was, unsaved input kept in memory
                widget.show()
        else:  # another person unlocked: she gets her own, fresh windows
            for widget in self.hidden:
                widget.close()
            self._open(fresh)
        self.hidden = []
        self._arm_idle()

    def _gave_up(self) -> None:
        for widget in self.hidden:
            widget.deleteLater()
        QApplication.quit()


def run(target: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("caseapp")
    install_language(saved_language())
    folder = target or settings().value("data_folder") or None
    while True:
        try:
            db = ws.open_database(str(folder) if folder else None, create=True)
        except CaseappError as exc:
            restored = offer_restore(translate_error(exc.template, exc.params))
            if restored is None:
                return 1
            folder = restored
            continue
        if folder and not ws_is_url(str(folder)):
            settings().setValue("data_folder", str(Path(str(folder)).resolve()))
        session = Session(db)
        if session.start():
            return app.exec()
        if session.other_folder is None:
            return 0
        db.close()
        folder = session.other_folder  # "Open a different database" on the unlock screen


def offer_restore(message: str, parent: QWidget | None = None) -> str | None:
    """The database cannot be opened: say why, and offer to restore a backup into a new folder
    (the damaged file is left as it is). Returns the restored folder, or None."""
    box = QMessageBox(QMessageBox.Icon.Critical, "caseapp", message, parent=parent)
    restore = box.addButton(
        QCoreApplication.translate("Session", "Restore from a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return None
    dialog = RestoreDialog(parent)
    folders: list[str] = []
    dialog.restored.connect(folders.append)
    dialog.exec()
    return folders[0] if folders else None


def ws_is_url(target: str) -> bool:
    return "://" in target
