"""Locking the desktop program leaves nothing saved only in SQLite's write-ahead log: the
database file alone is then the whole database (one file at rest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from caseapp.services import workspace as ws
from caseapp.storage.database import Database
from caseapp.ui.app import Session
from tests.services.test_one_file_at_rest import add, cases_in_the_file_alone, log_of

pytestmark = pytest.mark.sqlite_only


def test_locking_leaves_everything_in_the_file(
    qtbot: QtBot, admin: ws.Workspace, db: Database, tmp_path: Path
) -> None:
    assert db.path is not None
    add(admin, 5)
    assert log_of(db.path).stat().st_size > 0  # while unlocked, saves may sit in the log
    session = Session(db)
    session.workspace = admin
    session.lock()
    assert session.unlock_dialog is not None
    qtbot.addWidget(session.unlock_dialog)
    assert admin.locked
    assert log_of(db.path).stat().st_size == 0
    assert cases_in_the_file_alone(db.path, tmp_path) == 5
