"""Long work on a worker thread with a progress dialog, so the window never freezes."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from caseapp.domain.errors import CaseappError
from caseapp.ui.i18n import translate_error

Work = Callable[[Callable[[int, int], None]], object]

_running = 0  # jobs under way; the cyclic garbage collector waits for them
_was_enabled = True


def _hold_collector() -> None:
    """No automatic cyclic collection while a job's Python code runs on a worker thread. A
    collection there can free unreachable windows and widgets, whose deletion shiboken then hands
    to the window thread, where it crashes the program (PySide6 6.11). What is unreachable now is
    collected here, in the window thread; the rest after the last job."""
    global _running, _was_enabled
    if _running == 0:
        _was_enabled = gc.isenabled()
        gc.collect()
        gc.disable()
    _running += 1


def _release_collector() -> None:
    global _running
    _running -= 1
    if _running == 0 and _was_enabled:
        gc.enable()


class _Worker(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress.emit)
        except CaseappError as exc:
            self.failed.emit(translate_error(exc.template, exc.params))
        except Exception as exc:  # never a traceback, never data: the type only
            self.failed.emit(type(exc).__name__)
        else:
            self.succeeded.emit(result)


class BackgroundJob(QObject):
    """Runs ``work(progress)`` once; ``done`` carries (ok, result or one-sentence message)."""

    done = Signal(bool, object)

    def __init__(self, work: Work, title: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        self.dialog.setCancelButton(None)  # each job ends by itself, whole or not at all
        self.dialog.setMinimumDuration(300)
        self.dialog.setRange(0, 0)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        # Bound methods of this object (which lives in the window's thread), never lambdas: a
        # lambda would run in the worker's thread.
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        _hold_collector()
        self.worker_thread.start()

    @Slot(int, int)
    def _progress(self, done: int, total: int) -> None:
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self._end(True, result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._end(False, message)

    def _end(self, ok: bool, result: object) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        _release_collector()
        self.dialog.reset()
        self.dialog.close()
        self.done.emit(ok, result)
