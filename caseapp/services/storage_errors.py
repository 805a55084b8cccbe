"""What a person is told when the disk, the file or another program stops a read or a save.

SQLite reports these as ``OperationalError``/``DatabaseError`` with an English message; each known
one becomes one sentence here (an ``OperationFailed``), never a traceback. A failed save is rolled
back by SQLite, so the data as it was before the save is intact.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import DamagedDatabase, OperationFailed
from caseapp.storage import sqlite_file

DAMAGED_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "The database file is damaged or is not a caseapp database; "
    "restore the last backup with 'caseapp restore' or the Backup page.",
)


class DiskFull(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk is full, so nothing was saved; free some space and try again."
    )


class ReadOnlyDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database cannot be written because its folder or file is read-only, "
        "so nothing was saved.",
    )


class DatabaseBusy(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "The database is busy in another window or on another computer; try again."
    )


class DiskError(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors", "The disk reported an error, so nothing was saved; check the drive and try again."
    )


class CannotOpenDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database file cannot be opened: check that its folder is there and that you may "
        "read and write it.",
    )


def damaged_database() -> DamagedDatabase:
    return DamagedDatabase(DAMAGED_DATABASE)


def storage_failure(exc: BaseException) -> OperationFailed | None:
    """The sentence for a known SQLite failure, or None for anything else."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.DatabaseError):
        return None
    message = str(original).lower()
    if "disk is full" in message:
        return DiskFull()
    if "readonly" in message or "read-only" in message:
        return ReadOnlyDatabase()
    if "locked" in message:
        return DatabaseBusy()
    if "malformed" in message or "not a database" in message:
        return damaged_database()
    if "disk i/o error" in message:
        return DiskError()
    if "unable to open" in message:
        return CannotOpenDatabase()
    return None


@contextmanager
def translated() -> Iterator[None]:
    """Turn a known SQLite failure inside the block into its one sentence."""
    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        failure = storage_failure(exc)
        if failure is None:
            raise
        raise failure from None


def ensure_writable(path: Path | None, *, wait_ms: int = 250) -> None:
    """Check, without a lock file, that a save can start now: SQLite's write lock is taken and
    released at once. DatabaseBusy when another window or computer is writing, ReadOnlyDatabase
    or DiskFull as for a save. Does nothing for a server database (``path`` None)."""
    if path is None or not path.exists():
        return
    with translated():
        sqlite_file.probe_write(path, wait_ms)
