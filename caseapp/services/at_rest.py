"""One file at rest: nothing committed lives only in SQLite's write-ahead log (``-wal``) once the
desktop program locks (`fold_log`), a database is closed (`Database.close`), or after an import
or a restore, so the database file alone is the whole database; and ``caseapp check`` tells
when a log was left beside a database no program has open (a program stopped before it closed
the database). Nothing to do on a server."""

from __future__ import annotations

from pathlib import Path

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import OperationFailed
from caseapp.storage import sqlite_file
from caseapp.storage.database import Database
from caseapp.storage.engine import UnsupportedDatabase, database_url, sqlite_path


class LogLeftBeside(OperationFailed):
    """A finding of `caseapp check`, not an error: said in one sentence like one."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "{file} ({size} bytes) stood beside the database though no program had it open, holding "
        "saved work the database file did not have yet (a program was stopped before it closed "
        "the database): this check has folded it into the file.",
    )


def fold_log(db: Database) -> None:
    """Move what the write-ahead log holds into the database file, and empty the log."""
    if db.path is not None:
        sqlite_file.checkpoint(db.engine)


def log_left_beside(target: str | Path | None) -> LogLeftBeside | None:
    """The finding when a non-empty ``-wal`` stands beside the data folder's database while no
    program has it open. Call it before this process opens the database."""
    try:
        path = sqlite_path(database_url(target))
    except UnsupportedDatabase:
        return None
    if path is None:
        return None
    size = sqlite_file.leftover_log(path)
    if size is None:
        return None
    return LogLeftBeside(file=path.name + "-wal", size=size)
