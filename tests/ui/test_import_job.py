from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.ui.import_job import ImportJob


def write(path: Path, cases: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"format": "caseapp-cases/1", "cases": cases}), encoding="utf-8")
    return path


def test_import_runs_on_a_worker_thread_and_reports(
    qtbot: QtBot, tmp_path: Path, admin: ws.Workspace
) -> None:
    cases = [
        {"opened_on": "2026-03-01", "client": {"full_name": f"Клиент {i}"}} for i in range(120)
    ]
    job = ImportJob(admin, write(tmp_path / "in.json", cases))
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start()
    assert blocker.args == [True, "Imported 120 case(s)."]
    assert CaseQuery(admin, CaseFilter()).count() == 120
    assert not job.worker_thread.isRunning()


def test_a_bad_file_imports_nothing_and_says_why(
    qtbot: QtBot, tmp_path: Path, admin: ws.Workspace
) -> None:
    cases = [
        {"opened_on": "2026-03-01", "client": {"full_name": "Клиент 1"}},
        {"opened_on": "2026-02-30", "client": {"full_name": "Клиент 2"}},
    ]
    job = ImportJob(admin, write(tmp_path / "in.json", cases))
    with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
        job.start()
    ok, message = blocker.args
    assert not ok and message.startswith("Nothing was imported:")
    assert "Case 2, opening date" in message and "Клиент" not in message
    assert CaseQuery(admin, CaseFilter()).count() == 0


def test_file_import_from_the_main_window_refreshes_the_lists(
    qtbot: QtBot, tmp_path: Path, admin: ws.Workspace
) -> None:
    from caseapp.ui.main_window import MainWindow

    window = MainWindow(admin)
    qtbot.addWidget(window)
    path = write(
        tmp_path / "in.json",
        [
            {"opened_on": "2026-03-01", "client": {"full_name": "Жанар Тестова"}},
        ],
    )
    job = window.import_file(str(path))
    assert job is not None and not window.import_action.isEnabled()
    qtbot.waitUntil(lambda: window.import_action.isEnabled(), timeout=20000)
    assert window.cases.model.total == 1
    assert window.statusBar().currentMessage() == "Imported 1 case(s)."
