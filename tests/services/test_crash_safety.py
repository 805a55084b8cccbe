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
from pathlib import Path

import pytest

from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from caseapp.services.integrity import check_database
from caseapp.storage.database import Database
from tests.conftest import ADMIN_PASSWORD

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 15

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _run_and_kill(
    folder: Path, start: int, rng: random.Random, log: Path
) -> list[list[str]]:
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
