from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.ui import server_dialog
from caseapp.ui.i18n import install_language
from caseapp.ui.sweep_job import wait_for_sweeps


@pytest.fixture(autouse=True)
def isolated_settings(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Preferences and the remembered server address go to a throwaway folder, and every test
    starts in English."""
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(server_dialog, "config_folder", lambda: tmp_path / "config")
    install_language("en")
    yield
    wait_for_sweeps()  # the check after unlock ends before the test's database goes
    install_language("en")


@pytest.fixture
def answer_dialog(qapp: QApplication) -> Callable[[Callable[[QWidget], None]], None]:
    """Arrange for the next modal dialog to be filled in by ``fill`` once it is showing."""

    def arrange(fill: Callable[[QWidget], None]) -> None:
        def attempt(tries: int = 50) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None and tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
                return
            assert dialog is not None, "no dialog appeared"
            fill(dialog)

        QTimer.singleShot(0, attempt)

    return arrange
