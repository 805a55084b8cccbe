"""The day's reminders stay fast at 100,000 cases because SQLite answers the orders query from
indexes alone. Checked on the query plan (never on time): a change to the query or the indexes
that brings table reads back fails here, not in a rural office."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome
from caseapp.services import workspace as ws
from caseapp.services.cases import add_cases
from caseapp.services.reminders import reminders_for_day
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only

TODAY = date(2026, 11, 25)


def _cases(count: int) -> list[rec.CaseRecord]:
    records = []
    for i in range(count):
        issued = TODAY - timedelta(days=i % 20)
        order = rec.ProtectionOrder(issued, issued + timedelta(days=29), number=f"ZP-{i}")
        order.checks.append(rec.PoliceCheck(issued + timedelta(days=1), CheckOutcome.COMPLIED))
        records.append(rec.CaseRecord(rec.Client(f"Client {i}"), opened_on=issued, orders=[order]))
    return records


def test_orders_and_case_numbers_come_from_covering_indexes(
    admin: ws.Workspace, data_folder: Path
) -> None:
    with admin.transaction() as session:
        add_cases(admin, session, _cases(300))
    admin.db.close()
    db = ws.open_database(str(data_folder))  # opening refreshes the planner's statistics
    workspace = ws.unlock(db, "admin", ADMIN_PASSWORD)
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM protection_order" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        assert reminders_for_day(workspace, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert len(statements) == 1
    statement, parameters = statements[0]
    with db.engine.connect() as connection:
        plan = [
            row[-1]
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]
    db.close()
    joined = "\n".join(plan)
    assert "USING COVERING INDEX ix_order_due" in joined, joined
    assert "USING COVERING INDEX ix_case_number" in joined, joined
    assert "SCAN" not in joined, joined  # no table is read row by row
