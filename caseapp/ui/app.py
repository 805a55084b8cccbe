"""Start-up and the session: first-run wizard or unlock, the main window, auto-lock."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from caseapp.services import at_rest, audit_anchor
from caseapp.services import workspace as ws
from caseapp.services.organisation import idle_lock_minutes
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.ui import error_hook, server_dialog
from caseapp.ui.i18n import install_language, saved_language, translate_error
from caseapp.ui.main_window import MainWindow
from caseapp.ui.setup_wizard import SetupWizard
from caseapp.ui.startup import open_target, remember_target, start_target
from caseapp.ui.sweep_job import SweepJob, wait_for_sweeps
from caseapp.ui.unlock import UnlockDialog
from caseapp.ui.unlock.new_key import NewRecoveryKeyDialog
from caseapp.ui.window_check import WindowCheck

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
        self.sweep: SweepJob | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.aboutToQuit.connect(self._remember_audit_anchor)

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
        self._show_new_recovery_key()
        self._compare_audit_anchor()
        self._start_sweep()
        # What is alive now lives for the session: keep it out of the cyclic garbage collector's
        # full passes, which otherwise add ~50 ms at random to work such as the day's reminders.
        # Unfrozen first, so the windows of a person who was here before can still be collected.
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def _show_new_recovery_key(self) -> None:
        """The upgrade to keys per person made a new recovery key: shown once, confirmed."""
        assert self.workspace is not None
        key = self.workspace.new_recovery_key
        if key:
            self.workspace.new_recovery_key = None
            NewRecoveryKeyDialog(key, self.workspace.fingerprint, self.window).exec()

    def _start_sweep(self) -> None:
        """Every case she can read and the audit log's new entries, checked in the background."""
        assert self.workspace is not None
        self.sweep = SweepJob(self.workspace, self)
        self.sweep.found.connect(self._sweep_found)
        self.sweep.start()

    def _sweep_found(self, problems: list[str]) -> None:
        if self.workspace is None or self.workspace.locked or self.window is None:
            return
        shown = "\n".join(problems[:8])
        more = len(problems) - 8
        text = self.tr(
            "The check after unlocking found records changed outside the program or damaged. "
            "Those cases are not shown and no letter is issued from them. Tell your "
            "administrator; 'caseapp check' lists everything."
        )
        detail = shown + (self.tr("\n…and %n more.", "", more) if more > 0 else "")
        box = QMessageBox(QMessageBox.Icon.Warning, "caseapp", text, parent=self.window)
        box.setObjectName("sweep_warning")
        box.setDetailedText(detail)
        box.open()

    def _compare_audit_anchor(self) -> None:
        """Say once when the audit log is shorter than, or not what, this computer last saw."""
        assert self.workspace is not None
        folder = server_dialog.config_folder()
        finding = audit_anchor.remember_anchor(self.workspace, folder)
        if finding is None:
            return
        QMessageBox.warning(
            self.window, "caseapp", translate_error(finding.template, finding.params)
        )
        audit_anchor.accept_anchor(self.workspace, folder)

    def _remember_audit_anchor(self) -> None:
        if self.workspace is not None and not self.workspace.locked:
            audit_anchor.remember_anchor(self.workspace, server_dialog.config_folder())

    def _arm_idle(self) -> None:
        if self.workspace is None:
            return
        with self.workspace.session() as session:
            minutes = idle_lock_minutes(self.workspace.organisation(session).idle_lock_minutes)
        self.idle.start(minutes * 60_000)

    def lock(self) -> None:
        """Drop the keys and hide every window behind the unlock screen."""
        if self.workspace is None or self.workspace.locked:
            return
        self.idle.stop()
        self._remember_audit_anchor()
        self.workspace.lock()
        at_rest.fold_log(self.db)  # one file at rest: nothing saved only in the -wal
        self.hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self.hidden:
            widget.hide()
        self.unlock_dialog = UnlockDialog(
            self.db, username=self.workspace.actor.username, switching=False
        )
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
            self._compare_audit_anchor()
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


def run(target: str | None, *, check_window: bool = False) -> int:
    """The desktop program; with `check_window`, its first window is closed once shown (exit 0
    when it showed and the letter preview works, else 1: see `window_check`)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("caseapp")
    error_hook.install()
    install_language(saved_language())
    if check_window:
        check = WindowCheck(app)
        opened = open_target(target)
        if opened is not None:
            Session(opened[0]).start()
            opened[0].close()
        return 0 if check.passed else 1
    current = start_target(target)
    while True:
        opened = open_target(current)
        if opened is None:
            return 1
        db, current = opened
        remember_target(current, db)
        session = Session(db)
        if session.start():
            result = app.exec()
            wait_for_sweeps()
            db.close()  # the write-ahead log folded into the file: one file at rest
            return result
        db.close()
        if session.other_folder is None:
            return 0
        # "Open a different database" or "Connect to a server" on the unlock screen (a server's
        # address may hold the password typed for this run: it lives in memory only)
        current = session.other_folder
