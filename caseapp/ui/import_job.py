"""Import of a caseapp-cases/1 file from the desktop: validated and stored on a worker thread,
with a progress dialog, so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from caseapp.services.importer import import_cases, read_import_file
from caseapp.services.workspace import Workspace
from caseapp.ui.background import BackgroundJob


class ImportJob(QObject):
    """Runs one import; ``finished`` carries (ok, one sentence for the person)."""

    finished = Signal(bool, str)

    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        def work(progress: Callable[[int, int], None]) -> int:
            records = read_import_file(path)
            progress(0, len(records))
            return len(import_cases(workspace, records, progress))

        self.job = BackgroundJob(work, self.tr("Import"), self.tr("Checking the file…"), parent)
        self.job.worker.progress.connect(self._progress)
        self.job.done.connect(self._done)

    @property
    def worker_thread(self) -> QThread:
        return self.job.worker_thread

    def start(self) -> None:
        self.job.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.job.dialog.setLabelText(
            self.tr("Storing %1 of %2 cases…").replace("%1", str(done)).replace("%2", str(total))
        )

    @Slot(bool, object)
    def _done(self, ok: bool, result: object) -> None:
        if ok:
            assert isinstance(result, int)
            self.finished.emit(True, self.tr("Imported %n case(s).", "", result))
        else:
            self.finished.emit(
                False, self.tr("Nothing was imported: %1").replace("%1", str(result))
            )
