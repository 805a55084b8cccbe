"""Import of a caseapp-cases/1 file from the desktop: validated and stored on a worker thread,
with a progress dialog, so the window never freezes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from caseapp.domain.errors import CaseappError
from caseapp.services.importer import import_cases, read_import_file
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import translate_error


class _Worker(QObject):
    progress = Signal(int, int)
    succeeded = Signal(int)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, path: Path) -> None:
        super().__init__()
        self.workspace = workspace
        self.path = path

    @Slot()
    def run(self) -> None:
        try:
            records = read_import_file(self.path)
            self.progress.emit(0, len(records))
            numbers = import_cases(self.workspace, records, self.progress.emit)
        except CaseappError as exc:
            self.failed.emit(translate_error(exc.template, exc.params))
        except Exception as exc:  # never a traceback, never data: the type only
            self.failed.emit(f"{type(exc).__name__}")
        else:
            self.succeeded.emit(len(numbers))


class ImportJob(QObject):
    """Runs one import; ``finished`` carries (ok, message) for the person."""

    finished = Signal(bool, str)

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread(self)
        self.worker = _Worker(workspace, path)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("import_progress")
        self.dialog.setWindowTitle(self.tr("Import"))
        self.dialog.setLabelText(self.tr("Checking the file…"))
        self.dialog.setCancelButton(None)  # all or nothing: it ends by itself, whole or not at all
        self.dialog.setMinimumDuration(300)
        self.dialog.setRange(0, 0)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.worker_thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setLabelText(
            self.tr("Storing %1 of %2 cases…").replace("%1", str(done)).replace("%2", str(total))
        )
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)

    def _succeeded(self, count: int) -> None:
        self._end(True, self.tr("Imported %n case(s).", "", count))

    def _failed(self, message: str) -> None:
        self._end(False, self.tr("Nothing was imported: %1").replace("%1", message))

    def _end(self, ok: bool, message: str) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.reset()
        self.dialog.close()
        self.finished.emit(ok, message)
