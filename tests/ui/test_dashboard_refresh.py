"""Today follows what colleagues record at other computers, without anyone pressing Refresh."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.storage.database import Database
from caseapp.ui.today.page import PERIODIC_REFRESH_MS, TodayPage
from tests.conftest import ADMIN_PASSWORD


def test_a_colleagues_new_order_appears_on_a_screen_left_open(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    dashboard = TodayPage(admin)
    qtbot.addWidget(dashboard)
    assert dashboard.model.rowCount() == 0
    assert dashboard.periodic.isActive() and dashboard.periodic.interval() == PERIODIC_REFRESH_MS

    other_db = Database(db.url)  # another computer: its own connections
    try:
        colleague = ws.unlock(other_db, "admin", ADMIN_PASSWORD)
        issued = date.today() - timedelta(days=10)
        number = create_case(
            colleague,
            rec.CaseRecord(
                rec.Client("Client Elsewhere"),
                opened_on=issued,
                orders=[rec.ProtectionOrder(issued, issued + timedelta(days=29), number="ZP-1")],
            ),
        )
    finally:
        other_db.close()
    assert dashboard.model.rowCount() == 0  # nothing moves by itself until the timer
    dashboard.periodic.timeout.emit()
    cases = {dashboard.model.item(r).reminder.case for r in range(dashboard.model.rowCount())}
    assert number in cases


def test_a_refresh_with_nothing_new_keeps_her_place(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    issued = date.today() - timedelta(days=10)
    for i in range(3):
        create_case(
            admin,
            rec.CaseRecord(
                rec.Client(f"Client {i}"),
                opened_on=issued,
                orders=[rec.ProtectionOrder(issued, issued + timedelta(days=29), number=f"Z{i}")],
            ),
        )
    dashboard = TodayPage(admin)
    qtbot.addWidget(dashboard)
    assert dashboard.model.rowCount() >= 3
    dashboard.table.selectRow(2)
    resets: list[bool] = []
    dashboard.model.modelReset.connect(lambda: resets.append(True))
    dashboard.periodic.timeout.emit()
    assert resets == [] and dashboard.table.currentIndex().row() == 2
