"""The hotline log in the window: a call recorded with the keyboard alone, listed on its day,
corrected with Enter and struck out with Delete."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from caseapp.domain.hotline import Caller, Channel, Help
from caseapp.services import hotline
from caseapp.services import workspace as ws
from caseapp.ui.hotline.dialog import CallDialog
from caseapp.ui.hotline.page import HotlinePage
from caseapp.ui.main_window import MainWindow
from caseapp.ui.strike_dialog import StrikeOutDialog
from tests.ui.dialogs import answer

TODAY = date.today()


def _keys(qtbot: QtBot, dialog: QWidget, *keys: Qt.Key | str) -> None:
    """Keys typed where the focus is in the dialog, as a person types them."""
    for key in keys:
        widget = dialog.focusWidget()
        assert widget is not None
        if isinstance(key, str):
            qtbot.keyClicks(widget, key)
        else:
            qtbot.keyClick(widget, key)


def test_a_call_in_a_few_keystrokes(qtbot: QtBot, admin: ws.Workspace) -> None:
    hotline.add_district(admin, "Алмалинский")
    page = HotlinePage(admin)
    qtbot.addWidget(page)
    page.show()

    def type_the_call(dialog: CallDialog) -> None:
        assert dialog.focusWidget() is dialog.channel  # day and time are filled in already
        _keys(
            qtbot,
            dialog,
            Qt.Key.Key_Down,  # channel: walk-in
            Qt.Key.Key_Tab,
            Qt.Key.Key_Down,  # who called: a relative
            Qt.Key.Key_Tab,
            Qt.Key.Key_Space,  # violence: physical
            Qt.Key.Key_Tab,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Down,  # district
            Qt.Key.Key_Tab,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Space,  # given: consultation
        )
        dialog.note.setFocus()
        _keys(qtbot, dialog, "asked about a shelter", Qt.Key.Key_Return)

    answer(CallDialog, type_the_call)
    assert page.new_call()
    [view] = hotline.calls_on(admin, TODAY)
    assert view.call.channel == Channel.WALK_IN
    assert view.call.caller == Caller.RELATIVE
    assert [v.value for v in view.call.violence_types] == ["physical"]
    assert view.call.given == [Help.CONSULTATION]
    assert view.call.district_id is not None
    assert view.call.note == "asked about a shelter"
    assert page.table.rowCount() == 1
    assert page.table.item(0, 1).text() == "Walk-in"
    assert page.count.text() == "Calls on this day: 1"

    page.table.selectRow(0)
    page.table.setFocus()

    def correct(dialog: CallDialog) -> None:
        dialog.caller.setCurrentIndex(0)
        dialog.buttons.accepted.emit()

    answer(CallDialog, correct)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert hotline.calls_on(admin, TODAY)[0].call.caller == Caller.SURVIVOR

    def strike(dialog: StrikeOutDialog) -> None:
        dialog.reason_edit.setText("a test call")
        dialog.buttons.accepted.emit()

    page.table.selectRow(0)
    answer(StrikeOutDialog, strike)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert hotline.calls_on(admin, TODAY) == []
    assert page.table.rowCount() == 0


def test_a_bad_time_is_one_sentence_in_the_dialog(qtbot: QtBot, admin: ws.Workspace) -> None:
    dialog = CallDialog(admin)
    qtbot.addWidget(dialog)
    dialog.time.setText("29:99")
    dialog.buttons.accepted.emit()
    assert dialog.message.text() == "The call's time must be written as hours:minutes, 14:05."
    assert hotline.calls_on(admin, TODAY) == []


def test_the_window_has_the_hotline_and_reports_pages(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = MainWindow(admin)
    qtbot.addWidget(window)
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Hotline" in names and "Reports" in names
    window.hotline_action.trigger()
    assert window.tabs.currentWidget() is window.hotline
