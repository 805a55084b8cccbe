"""Issue 8: two windows or two processes on one database. A case edited in both is saved in one
and refused in the other with "changed by X at T — reload", never silently overwritten; a
database busy in another instance is one clear sentence."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.errors import VersionConflict
from caseapp.services.integrity import check_database
from caseapp.services.search import search_cases
from caseapp.services.storage_errors import DatabaseBusy, ensure_writable
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF

EDITOR = Path(__file__).with_name("case_editor.py")
SECOND_PASSWORD = "second admin 42"
CONFLICT = re.compile(
    r"^This case was changed by (\S+) at (\d{4}-\d\d-\d\d \d\d:\d\d): "
    r"reload it and make your change again\.$"
)


@pytest.fixture
def shared(admin: ws.Workspace, db: Database) -> tuple[str, str]:
    """A database with one case and a second administrator, 'second': (URL, case number)."""
    accounts.add_staff(admin, "second", SECOND_PASSWORD, Role.ADMIN, kdf=CHEAP_KDF)
    number = create_case(
        admin,
        rec.CaseRecord(
            client=rec.Client(full_name="Shared Client"), opened_on=date(2026, 3, 2), notes="v1"
        ),
    )
    return db.url, number


def test_two_workspaces_one_saves_the_other_is_refused(
    admin: ws.Workspace, shared: tuple[str, str], almaty_clock: None
) -> None:
    folder, number = shared
    other_db = ws.open_database(folder)  # a second window: its own engine and connections
    try:
        second = ws.unlock(other_db, "second", SECOND_PASSWORD)
        mine, theirs = get_case(admin, number), get_case(second, number)

        mine.notes = "saved by admin"
        assert update_case(admin, mine) == 2
        theirs.notes = "saved by second"
        with pytest.raises(VersionConflict) as raised:
            update_case(second, theirs)
        match = CONFLICT.match(raised.value.message)
        assert match and match.group(1) == "admin", raised.value.message
        # The time is the computer's local time of that save, as the person reads her clock.
        saved_at = datetime.strptime(match.group(2), "%Y-%m-%d %H:%M")
        assert abs(saved_at - datetime.now().replace(second=0, microsecond=0)) <= timedelta(
            minutes=2
        )
        assert get_case(second, number).notes == "saved by admin"

        # After reloading, the change goes through, and now the first window is the stale one.
        fresh = get_case(second, number)
        fresh.notes = "saved by second"
        assert update_case(second, fresh) == 3
        mine.notes = "admin again, stale"
        with pytest.raises(VersionConflict) as raised:
            update_case(admin, mine)
        match = CONFLICT.match(raised.value.message)
        assert match and match.group(1) == "second"
        assert get_case(admin, number).notes == "saved by second"
    finally:
        other_db.close()


class Editor:
    """The editor process, one command and one answer at a time."""

    def __init__(self, folder: str, user: str, password: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(EDITOR), folder, user],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.ask(password) == "ready"

    def ask(self, line: str) -> str:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return self.process.stdout.readline().rstrip("\n")

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.write("quit\n")
        self.process.stdin.close()
        assert self.process.wait() == 0


@pytest.fixture
def editor(shared: tuple[str, str]) -> Iterator[Editor]:
    folder, _ = shared
    process = Editor(folder, "second", SECOND_PASSWORD)
    try:
        yield process
    finally:
        if process.process.poll() is None:
            process.close()


def test_two_processes_one_saves_the_other_is_refused(
    admin: ws.Workspace, shared: tuple[str, str], editor: Editor
) -> None:
    _, number = shared
    # The other process loads the case, then this one saves first: the other is refused.
    assert editor.ask(f"load {number}") == "loaded 1"
    mine = get_case(admin, number)
    mine.notes = "saved here"
    assert update_case(admin, mine) == 2
    answer = editor.ask("save saved over there")
    assert answer.startswith("refused ")
    match = CONFLICT.match(answer.removeprefix("refused "))
    assert match and match.group(1) == "admin", answer
    assert get_case(admin, number).notes == "saved here"

    # The other way round: the other process saves first, this one is refused.
    assert editor.ask(f"load {number}") == "loaded 2"
    mine = get_case(admin, number)
    assert editor.ask("save saved over there") == "saved 3"
    mine.notes = "stale here"
    with pytest.raises(VersionConflict) as raised:
        update_case(admin, mine)
    match = CONFLICT.match(raised.value.message)
    assert match and match.group(1) == "second"
    kept = get_case(admin, number)
    assert (kept.notes, kept.version) == ("saved over there", 3)
    assert check_database(admin.db, admin).ok


# --- a database busy elsewhere ------------------------------------------------------------------


@pytest.fixture
def locked_elsewhere(db: Database, shared: tuple[str, str]) -> Iterator[sqlite3.Connection]:
    """Another program holding SQLite's write lock (in the middle of a long save)."""
    assert db.path is not None
    connection = sqlite3.connect(db.path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    finally:
        connection.execute("ROLLBACK")
        connection.close()


@pytest.mark.sqlite_only
def test_a_busy_database_is_one_sentence_and_the_save_can_be_retried(
    admin: ws.Workspace,
    db: Database,
    shared: tuple[str, str],
    locked_elsewhere: sqlite3.Connection,
) -> None:
    _, number = shared
    expected = "The database is busy in another window or on another computer; try again."
    # The check without a lock file, for a second instance at start-up.
    with pytest.raises(DatabaseBusy) as raised:
        ensure_writable(db.path, wait_ms=20)
    assert raised.value.message == expected

    # A save waits for SQLite's busy timeout, then is refused with the same sentence. The
    # timeout is shortened for the test through SQLite's own setting.
    def short_wait(connection: Any, _record: Any) -> None:
        connection.execute("PRAGMA busy_timeout = 20")

    event.listen(db.engine, "connect", short_wait)
    db.engine.dispose()
    # Reading goes on while another program writes.
    assert [hit.number for hit in search_cases(admin, "Shared Client")] == [number]
    with pytest.raises(DatabaseBusy) as raised:
        create_case(
            admin, rec.CaseRecord(client=rec.Client(full_name="Later"), opened_on=date(2026, 3, 3))
        )
    assert raised.value.message == expected

    locked_elsewhere.execute("ROLLBACK")
    locked_elsewhere.execute("BEGIN")  # the fixture's ROLLBACK still has something to end
    ensure_writable(db.path, wait_ms=20)
    assert create_case(
        admin, rec.CaseRecord(client=rec.Client(full_name="Later"), opened_on=date(2026, 3, 3))
    )
