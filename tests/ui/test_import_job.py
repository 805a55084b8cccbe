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


def test_a_malformed_file_says_where_in_the_window_and_imports_nothing(
    qtbot: QtBot, tmp_path: Path, admin: ws.Workspace
) -> None:
    """200,000 levels of nesting, a lone surrogate in a name, a key given twice, a top-level
    list: each one sentence naming the record and field (or the file), never "unexpected"."""
    good = '{"opened_on": "2026-03-01", "client": {"full_name": "Клиент 1"}}'
    files = {
        "[" * 200_000: "The file nests lists and objects more than 32 levels deep.",
        '{"format": "caseapp-cases/1", "cases": [' + good + ', {"opened_on": "2026-03-01", '
        '"client": {"full_name": "\\ud800 Клиент"}}]}': "Case 2, full name holds "
        "characters that are not valid Unicode text.",
        '{"format": "caseapp-cases/1", "cases": [{"opened_on": "2026-03-01", "opened_on": '
        '"2026-03-02", "client": {"full_name": "Клиент 2"}}]}': "Case 1, opening date is given "
        "twice.",
        "[" + good + "]": 'The file must hold one JSON object with the fields "format" and '
        '"cases".',
        '{"format": "caseapp-cases/1", "cases": [{"opened_on": "2099-01-01", "client": '
        '{"full_name": "Клиент 3"}}]}': "Case 1, opening date: the opening date "
        "01.01.2099 is in the future.",
    }
    for text, sentence in files.items():
        path = tmp_path / "in.json"
        path.write_text(text, encoding="utf-8")
        job = ImportJob(admin, path)
        with qtbot.waitSignal(job.finished, timeout=20000) as blocker:
            job.start()
        assert blocker.args == [False, f"Nothing was imported: {sentence}"]
        qtbot.waitUntil(lambda job=job: not job.worker_thread.isRunning())
    assert CaseQuery(admin, CaseFilter()).count() == 0
