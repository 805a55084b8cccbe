"""Guards against Qt binding defects that would crash the app in use."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    with_args = Signal(int, str)


def test_emitting_signals_does_not_leak_or_drop_references() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit(); after a few thousand
    keystrokes the interpreter aborted. The app pins a version without that defect."""
    emitter = _Emitter()
    received: list[int] = []
    emitter.with_args.connect(lambda n, _text: received.append(n))
    before = sys.getrefcount(True)
    for n in range(2000):
        emitter.plain.emit()
        emitter.with_args.emit(n, "x")
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before) < 50
