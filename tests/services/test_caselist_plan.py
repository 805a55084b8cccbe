"""The case list's first screen stays fast at 100,000 cases: SQLite walks an index in date order
and stops at the newest 100, rather than sorting every live case. Checked on the query plan
(never on time). An index on every case's `deleted_on` once made SQLite pick it for "not
deleted" and sort all cases (6 ms became over 200 ms at 100,000 cases)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import add_cases
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only

TODAY = date(2026, 11, 25)


def test_the_first_screen_is_read_in_date_order_from_an_index(
    admin: ws.Workspace, data_folder: Path
) -> None:
    records = [
        rec.CaseRecord(rec.Client(f"Client {i}"), opened_on=TODAY - timedelta(days=i % 300))
        for i in range(300)
    ]
    with admin.transaction() as session:
        add_cases(admin, session, records)
    admin.db.close()
    db = ws.open_database(str(data_folder))  # opening refreshes the planner's statistics
    workspace = ws.unlock(db, "admin", ADMIN_PASSWORD)
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "ORDER BY case_file.opened_on DESC" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        assert len(CaseQuery(workspace, CaseFilter(), TODAY).page(0, 100)) == 100
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    assert len(statements) == 1
    statement, parameters = statements[0]
    with db.engine.connect() as connection:
        plan = "\n".join(
            row[-1]
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        )
    db.close()
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # not every case sorted
    assert "deleted_on" not in plan, plan
