"""The case's History tab reads as words in her language and times on her clock."""

from __future__ import annotations

from datetime import date, datetime

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.i18n import install_language


def test_history_in_words_and_local_time(
    qtbot: QtBot, admin: ws.Workspace, almaty_clock: None
) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Client One"), opened_on=date.today()))
    install_language("ru")
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    rows = [
        [window.history.item(r, c).text() for c in range(3)]
        for r in range(window.history.rowCount())
    ]
    headers = [window.history.horizontalHeaderItem(c).text() for c in range(3)]
    install_language("en")
    assert [what for _, _, what in rows][:2] == ["Дело открыто", "Дело просмотрено"]
    assert "UTC" not in headers[0]
    opened_at = datetime.strptime(rows[0][0], "%d.%m.%Y %H:%M")
    assert abs((opened_at - datetime.now()).total_seconds()) < 180  # Almaty time, not UTC
    window.dirty = False


def test_history_follows_a_language_switch(qtbot: QtBot, admin: ws.Workspace) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Client One"), opened_on=date.today()))
    install_language("ru")
    window = CaseWindow(admin, number)
    qtbot.addWidget(window)
    try:
        install_language("kk")
        actions = [window.history.item(r, 2).text() for r in range(window.history.rowCount())]
    finally:
        install_language("en")
    assert "Дело открыто" not in actions
    assert actions[0] not in ("", "case_opened")
    window.dirty = False
