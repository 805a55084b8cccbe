"""A backup a killed program left complete but unrecorded is recorded the next time a backup is
made or the Backup page is shown; one left half-written is removed."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseapp.cli import main
from caseapp.services import backup as bk
from caseapp.services import backup_schedule as sched
from caseapp.services import workspace as ws
from caseapp.services.backup_pending import NOTES, settle_pending
from caseapp.services.server_address import config_folder
from caseapp.storage.database import Database
from caseapp.ui.backup_page import BackupPage
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only  # backups are of the SQLite file

KILLER = Path(__file__).with_name("backup_killer.py")


def killed_backup(db: Database, out: Path, moment: str) -> None:
    assert db.path is not None
    run = subprocess.run(
        [sys.executable, str(KILLER), str(db.path.parent), str(out), moment],
        input=ADMIN_PASSWORD + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 9, run.stderr


def notes() -> list[Path]:
    folder = config_folder() / NOTES
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_a_complete_backup_left_unrecorded_is_recorded_by_the_next_backup(
    admin: ws.Workspace,
    db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "first.caseapp-backup"
    killed_backup(db, first, "after_file")
    assert first.stat().st_size > 0 and sched.backup_history(admin) == []
    assert len(notes()) == 1

    assert db.path is not None
    second = tmp_path / "second.caseapp-backup"
    monkeypatch.setattr("sys.stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(
        [
            *("backup", "--db", str(db.path.parent), "--user", "admin", "--password-stdin"),
            *("--out", str(second)),
        ]
    )
    assert code == 0, capsys.readouterr().err
    ids = {r.backup_id for r in sched.backup_history(admin)}
    assert ids == {bk.read_backup_info(first).backup_id, bk.read_backup_info(second).backup_id}
    assert notes() == []


def test_a_half_written_backup_is_removed(
    admin: ws.Workspace, db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    out = folder / "b.caseapp-backup"
    killed_backup(db, out, "mid_write")
    assert [p.name.endswith(".partial") for p in folder.iterdir()] == [True]
    assert settle_pending(admin) == []
    assert list(folder.iterdir()) == [] and notes() == []
    assert sched.backup_history(admin) == []


def test_the_backup_page_records_it_when_shown(
    qtbot: QtBot, admin: ws.Workspace, db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "b.caseapp-backup"
    killed_backup(db, out, "after_file")
    page = BackupPage(admin)
    qtbot.addWidget(page)
    assert page.history.rowCount() == 1
    assert [r.backup_id for r in sched.backup_history(admin)] == [
        bk.read_backup_info(out).backup_id
    ]
