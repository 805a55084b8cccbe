"""Issue 8: a crash or power cut loses no saved work.

A separate process writes cases through the services and reports each commit; it is killed with
SIGKILL at random moments, many times. After every kill the database opens, its full check (every
field, the audit chain, SQLite's own) is clean, and every write reported as committed is there.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.integrity import check_database
from caseapp.services.search import search_cases
from caseapp.services.storage_errors import DiskFull, ReadOnlyDatabase
from caseapp.storage.database import Database
from caseapp.storage.models import Case
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only  # the SQLite file under kills, a full disk, read-only files

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 15


def _run_and_kill(folder: Path, start: int, rng: random.Random, log: Path) -> list[list[str]]:
    """Start the writer, let it report a random number of commits, kill it at a random moment
    after that, and return every complete line it reported."""
    with log.open("w") as errors:
        process = subprocess.Popen(
            [sys.executable, str(WRITER), str(folder), str(start)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
    assert process.stdin and process.stdout
    try:
        process.stdin.write(ADMIN_PASSWORD + "\n")
        process.stdin.close()
        wanted = rng.randint(1, 8)
        lines: list[str] = []
        while len(lines) < wanted:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
        # Somewhere in the middle of the next write: before, during or after its commit.
        time.sleep(rng.uniform(0, 0.03))
        process.send_signal(signal.SIGKILL)
        process.wait()
        rest = process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL, f"the writer stopped: {log.read_text()}"
    lines.append(rest)
    complete = "".join(lines).split("\n")[:-1]  # a line cut by the kill was never reported
    return [line.split() for line in complete]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_writers_lose_no_committed_write(
    admin: ws.Workspace, db: Database, tmp_path: Path
) -> None:
    folder = db.path.parent if db.path else Path()
    db.close()
    rng = random.Random(8)
    created: dict[str, int] = {}  # case number -> i of its client
    versions: dict[str, tuple[int, int]] = {}  # case number -> (version, i) of its last edit
    for round_ in range(KILLS):
        start = 1000 * (round_ + 1)
        for words in _run_and_kill(folder, start, rng, tmp_path / "writer.log"):
            if words[0] == "created":
                created[words[1]] = int(words[2])
            else:
                versions[words[1]] = (int(words[2]), int(words[3]))

        reopened = ws.open_database(folder)  # SQLite's quick check passes, or this raises
        try:
            workspace = ws.unlock(reopened, "admin", ADMIN_PASSWORD)
            report = check_database(reopened, workspace)
            assert report.ok, (round_, report.problems)
            for number, i in created.items():
                record = get_case(workspace, number)
                assert record.client.full_name == f"Crash Client {i}"
                if number in versions:
                    version, edit = versions[number]
                    assert (record.version, record.notes) == (version, f"edited {edit}")
        finally:
            reopened.close()
    assert len(created) >= KILLS
    assert versions


# --- a save that the disk or the file refuses ---------------------------------------------------


def _on_every_connection(db: Database, pragma: str) -> None:
    """Apply a SQLite setting to every connection the database opens from now on."""

    def apply(connection: Any, _record: Any) -> None:
        connection.execute(pragma)

    event.listen(db.engine, "connect", apply)
    db.engine.dispose()


def _case(name: str, notes: str = "") -> rec.CaseRecord:
    return rec.CaseRecord(
        client=rec.Client(full_name=name), opened_on=date(2026, 3, 2), notes=notes
    )


def test_a_full_disk_refuses_the_save_and_keeps_the_data(admin: ws.Workspace, db: Database) -> None:
    number = create_case(admin, _case("Before Full", "as it was"))
    with db.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
    _on_every_connection(db, f"PRAGMA max_page_count = {pages + 2}")  # the disk is (nearly) full

    with pytest.raises(DiskFull) as raised:
        create_case(admin, _case("Too Much", "x" * 200_000))
    assert raised.value.message == (
        "The disk is full, so nothing was saved; free some space and try again."
    )
    edited = get_case(admin, number)
    edited.notes = "y" * 200_000
    with pytest.raises(DiskFull):
        update_case(admin, edited)

    db.close()
    reopened = ws.open_database(db.path.parent if db.path else None)
    try:
        workspace = ws.unlock(reopened, "admin", ADMIN_PASSWORD)
        assert check_database(reopened, workspace).ok
        kept = get_case(workspace, number)
        assert (kept.notes, kept.version) == ("as it was", 1)
        assert search_cases(workspace, "Too Much") == []
    finally:
        reopened.close()


def test_a_read_only_database_refuses_the_save_and_keeps_the_data(
    admin: ws.Workspace, db: Database
) -> None:
    number = create_case(admin, _case("Before Read Only", "as it was"))
    # Tests run as root, for whom chmod does not stop a write: SQLite's own switch instead.
    _on_every_connection(db, "PRAGMA query_only = ON")

    with admin.session() as session:  # reading needs no write
        assert session.scalar(select(Case.notes_ct).where(Case.number == number)) is not None
    with pytest.raises(ReadOnlyDatabase) as raised:
        create_case(admin, _case("Not Saved"))
    assert raised.value.message == (
        "The database cannot be written because its folder or file is read-only, "
        "so nothing was saved."
    )
    # An unlock that cannot be recorded still lets her read (a read-only folder, a full disk).
    reader = ws.unlock(db, "admin", ADMIN_PASSWORD)
    assert reader.read_only
    assert [h.number for h in search_cases(reader, "Before Read Only")] == [number]
    assert get_case(reader, number).notes == "as it was"

    db.close()
    reopened = ws.open_database(db.path.parent if db.path else None)
    try:
        workspace = ws.unlock(reopened, "admin", ADMIN_PASSWORD)
        assert check_database(reopened, workspace).ok
        assert get_case(workspace, number).notes == "as it was"
        assert search_cases(workspace, "Not Saved") == []
    finally:
        reopened.close()
