"""The table models pass Qt's model tester and page through many cases lazily."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.modeltest import ModelTester

from caseapp.domain import records as rec
from caseapp.domain.enums import RiskLevel
from caseapp.domain.reminders import Reminder, ReminderKind
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter
from caseapp.services.cases import add_cases
from caseapp.services.dashboard import DashboardItem
from caseapp.ui.models import CASE_NUMBER_ROLE, CaseListModel
from caseapp.ui.today.model import ReminderModel

TODAY = date(2026, 3, 10)


def many_cases(admin: ws.Workspace, count: int) -> None:
    records = [
        rec.CaseRecord(
            rec.Client(f"Клиент {i}", alias=f"A{i:04d}"), opened_on=TODAY - timedelta(days=i % 300)
        )
        for i in range(count)
    ]
    with admin.transaction() as session:
        add_cases(admin, session, records)


def test_case_list_model_passes_the_model_tester(
    qtmodeltester: ModelTester, admin: ws.Workspace
) -> None:
    many_cases(admin, 30)
    model = CaseListModel(admin)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(CaseFilter(query="Клиент"))
    qtmodeltester.check(model, force_py=True)


def test_case_list_fetches_rows_a_page_at_a_time(admin: ws.Workspace) -> None:
    many_cases(admin, 250)
    model = CaseListModel(admin)
    assert model.total == 250 and model.rowCount() == CaseListModel.PAGE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 250
    numbers = {model.data(model.index(r, 0), CASE_NUMBER_ROLE) for r in range(250)}
    assert len(numbers) == 250
    # newest first
    opened = [model.data(model.index(r, CaseListModel.OPENED)) for r in range(250)]
    days = [datetime.strptime(text, "%d.%m.%Y").date() for text in opened]  # 13.11.2026
    assert days == sorted(days, reverse=True)


def test_reminder_model_passes_the_model_tester_and_puts_high_risk_first(
    qtmodeltester: ModelTester,
) -> None:
    model = ReminderModel()
    items = [
        DashboardItem(Reminder("2026-0001", ReminderKind.ORDER_EXPIRING, TODAY, "ЗП-1"), "low"),
        DashboardItem(
            Reminder(
                "2026-0002", ReminderKind.POLICE_CHECK_OVERDUE, TODAY - timedelta(days=3), "ЗП-2"
            ),
            "low",
        ),
        DashboardItem(
            Reminder(
                "2026-0003", ReminderKind.POLICE_CHECK_OVERDUE, TODAY - timedelta(days=1), "ЗП-3"
            ),
            RiskLevel.HIGH.value,
        ),
        DashboardItem(Reminder("2026-0004", ReminderKind.ORDER_NOT_SERVED, TODAY, "ЗП-4"), "low"),
    ]
    model.set_items(items, TODAY)
    qtmodeltester.check(model, force_py=True)
    cases = [model.data(model.index(r, ReminderModel.CASE)) for r in range(4)]
    assert cases == ["2026-0003", "2026-0002", "2026-0004", "2026-0001"]
    assert model.data(model.index(0, ReminderModel.URGENCY)) == "Overdue"
    assert model.data(model.index(0, ReminderModel.DUE_ON)) == "09.03.2026 (1 d ago)"
