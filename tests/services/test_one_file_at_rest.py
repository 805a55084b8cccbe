"""One file at rest: once the program is locked (tests/ui/test_lock_at_rest.py) or closed, or
after an import or a restore, nothing committed lives only in SQLite's write-ahead log, so the
database file alone is the whole database. A log left by a program that was stopped is told by
``caseapp check``, and an empty database file beside a log is damage, never "no damage" nor an
empty new database."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from caseapp.cli import main
from caseapp.domain import records as rec
from caseapp.domain.interchange import parse_cases
from caseapp.services import backup as bk
from caseapp.services import backup_restore
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.importer import import_cases
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only  # the SQLite file and its log

WRITER = Path(__file__).with_name("wal_writer.py")


def log_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def cases_in_the_file_alone(path: Path, tmp_path: Path) -> int:
    """How many cases a copy of the database file alone, without its log, holds."""
    copy = tmp_path / "file-alone" / DB_FILE_NAME
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, copy)
    connection = sqlite3.connect(copy)
    try:
        return int(connection.execute("SELECT count(*) FROM case_file").fetchone()[0])
    finally:
        connection.close()


def add(workspace: ws.Workspace, count: int) -> None:
    for i in range(count):
        record = rec.CaseRecord(
            client=rec.Client(full_name=f"Client {i}"), opened_on=date(2026, 3, 1)
        )
        create_case(workspace, record)


def check(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["check", "--db", str(folder)])
    out, err = capsys.readouterr()
    return code, out, err


def test_closing_leaves_one_file(admin: ws.Workspace, db: Database) -> None:
    assert db.path is not None
    add(admin, 3)
    db.close()
    assert sorted(p.name for p in db.path.parent.iterdir()) == [DB_FILE_NAME]


def test_an_import_is_in_the_file(admin: ws.Workspace, db: Database, tmp_path: Path) -> None:
    assert db.path is not None
    cases = [
        {"opened_on": "2026-03-01", "client": {"full_name": f"Imported {i}"}} for i in range(40)
    ]
    data = {"format": "caseapp-cases/1", "cases": cases}
    import_cases(admin, parse_cases(data, today=date.today()))
    assert log_of(db.path).stat().st_size == 0
    assert cases_in_the_file_alone(db.path, tmp_path) == 40


def test_a_restored_database_is_one_file(admin: ws.Workspace, tmp_path: Path) -> None:
    add(admin, 2)
    backup = bk.create_backup(admin, tmp_path / "b.caseapp-backup")
    restored = backup_restore.restore_backup(
        backup.path, tmp_path / "restored", username="admin", password=ADMIN_PASSWORD
    )
    assert restored.report.ok
    assert [p.name for p in (tmp_path / "restored").iterdir()] == [DB_FILE_NAME]


def test_an_empty_file_beside_a_log_is_damage_and_both_are_kept(
    admin: ws.Workspace, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    add(admin, 5)
    log = log_of(db.path).read_bytes()
    db.close()
    db.path.write_bytes(b"")  # the file cut to nothing, its log still beside it
    log_of(db.path).write_bytes(log)

    code, out, err = check(db.path.parent, capsys)
    assert code == 1 and "No damage" not in out
    assert "damaged" in err
    with pytest.raises(ws.DamagedDatabase):
        ws.open_database(db.path.parent, create=True)
    # Nothing "repaired": neither an empty new database made, nor the log deleted.
    assert db.path.read_bytes() == b"" and log_of(db.path).read_bytes() == log


def start_writer(folder: Path, count: int) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(folder), str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin and process.stdout
    process.stdin.write(ADMIN_PASSWORD + "\n")
    process.stdin.flush()
    assert process.stdout.readline() == "saved\n"
    return process


def test_check_tells_of_a_log_a_stopped_program_left(
    admin: ws.Workspace, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    db.close()  # only the writer has it open
    writer = start_writer(db.path.parent, 5)
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert log_of(db.path).stat().st_size > 0
    assert cases_in_the_file_alone(db.path, tmp_path) == 0  # the saves are in the log alone

    code, out, _ = check(db.path.parent, capsys)
    assert code == 1
    assert f"{DB_FILE_NAME}-wal (" in out and "no program had it open" in out
    assert "folded it into the file" in out
    # Folded in: the file alone now has every saved case, and a second check finds nothing.
    assert not log_of(db.path).exists()
    assert cases_in_the_file_alone(db.path, tmp_path) == 5
    code, out, _ = check(db.path.parent, capsys)
    assert code == 0 and "No damage found" in out


def test_the_log_of_a_program_that_has_it_open_is_not_reported(
    admin: ws.Workspace, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    db.close()
    writer = start_writer(db.path.parent, 3)
    try:
        assert log_of(db.path).stat().st_size > 0
        code, out, _ = check(db.path.parent, capsys)
        assert code == 0 and "-wal" not in out
    finally:
        assert writer.stdin is not None
        writer.stdin.close()
        writer.wait(timeout=30)
    assert sorted(p.name for p in db.path.parent.iterdir()) == [DB_FILE_NAME]
