"""How a tab of the case window asks the window to save her other edits before it keeps a record
on its own, without holding the window alive: a tab (a child widget, kept by Qt while the window
exists) that held the window's bound method would keep a closed window from ever being freed."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from types import MethodType


class Ready:
    """Calls ``ready`` (the window's "save first" method) through a weak reference; False once
    the window is gone."""

    def __init__(self, ready: Callable[[], bool]) -> None:
        if isinstance(ready, MethodType):
            method = weakref.WeakMethod(ready)
            self._get: Callable[[], Callable[[], bool] | None] = method
        else:
            self._get = lambda: ready

    def __call__(self) -> bool:
        ready = self._get()
        return ready() if ready is not None else False
