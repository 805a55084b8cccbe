"""The check after unlock (``services.sweep``) on a pooled worker thread, with no dialog: she works
meanwhile, and is told once if it finds anything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from caseapp.services.sweep import sweep
from caseapp.services.workspace import Workspace
from caseapp.ui import background


class _Signals(QObject):
    """Lives in the window's thread, so ``finished`` is delivered there whatever became of the
    job that started the check."""

    finished = Signal(object)  # list of problems, or None when the check could not run


_under_way: set[_Signals] = set()


class _Sweep(QRunnable):
    def __init__(self, workspace: Workspace, signals: _Signals) -> None:
        super().__init__()
        self.workspace = workspace
        self.signals = signals

    def run(self) -> None:
        try:
            problems: list[str] | None = sweep(self.workspace)
        except Exception:  # locked meanwhile, the database gone: nothing to say
            problems = None
        self.signals.finished.emit(problems)


class SweepJob(QObject):
    """``found`` carries the problems (never emitted when there are none)."""

    found = Signal(list)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def start(self) -> None:
        signals = _Signals()
        _under_way.add(signals)

        def finished(problems: object) -> None:
            _under_way.discard(signals)
            background._release_collector()
            if isinstance(problems, list) and problems:
                self.found.emit(problems)

        signals.finished.connect(finished)
        background._hold_collector()  # as for every worker thread (see there)
        runnable = _Sweep(self.workspace, signals)
        runnable.setAutoDelete(True)
        QThreadPool.globalInstance().start(runnable)


def wait_for_sweeps() -> None:
    """Wait for every check under way and deliver its end (the end of the program and of each
    test)."""
    QThreadPool.globalInstance().waitForDone()
    while _under_way:
        QCoreApplication.processEvents()
