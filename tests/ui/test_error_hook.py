"""An error that no window caught is one sentence in a box, never a traceback or silence."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from caseapp.services.storage_errors import ServerConnectionLost
from caseapp.ui import error_hook
from caseapp.ui.i18n import install_language
from tests.ui.dialogs import answer


class _Button(QObject):
    clicked = Signal()


@pytest.mark.qt_no_exception_capture
def test_a_lost_server_in_an_uncaught_slot_is_said_in_her_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    error_hook.install()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    button = _Button()

    lost = ServerConnectionLost(server="cases on db.centre.kz")

    def fill_the_list() -> None:
        raise lost

    button.clicked.connect(fill_the_list)
    seen: list[str] = []
    install_language("ru")
    expected = error_hook.sentence_for(lost)
    answer(QMessageBox, lambda box: seen.append(box.text()))
    button.clicked.emit()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    install_language("en")
    assert seen == [expected] and expected != lost.message  # her language, not the English
    err = capsys.readouterr().err
    assert "Traceback" not in err and "caseapp: unexpected ServerConnectionLost" in err


@pytest.mark.qt_no_exception_capture
def test_an_unknown_error_names_its_kind_only(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install()
    button = _Button()

    def broken() -> None:
        raise ValueError("Айгерим Тестова, Almaty")  # a message that could hold personal data

    button.clicked.connect(broken)
    seen: list[str] = []
    answer(QMessageBox, lambda box: seen.append(box.text()))
    button.clicked.emit()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0].startswith("An unexpected error stopped this action (ValueError).")
    assert "Айгерим" not in seen[0]
    err = capsys.readouterr().err
    assert "Айгерим" not in err and "Traceback" not in err
