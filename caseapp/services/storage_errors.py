"""What a person is told when the disk, the file, the server or another program stops a read or
a save.

SQLite reports these as ``OperationalError``/``DatabaseError`` with an English message, PostgreSQL
(psycopg) with an SQLSTATE code or, for a connection that could not be made, libpq's message; each
known one becomes one sentence here (an ``OperationFailed``), never a traceback. A failed save is
rolled back by the database, so the data as it was before the save is intact.
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


class ServerUnreachable(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server ({server}) cannot be reached: check the address, the network and "
        "that the server is running.",
    )


class ServerPasswordNeeded(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server ({server}) asks for a password: type it when asked, or put it in "
        "the PostgreSQL password file (~/.pgpass); caseapp never stores it.",
    )


class WrongServerPassword(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server ({server}) refused the user name or the password of the database "
        "account.",
    )


class NoServerDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database named in the address ({server}) does not exist on the server: ask the "
        "server's administrator to create it, or check its name.",
    )


class ServerRefused(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server ({server}) refused the connection; ask its administrator.",
    )


class ServerConnectionLost(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database server was lost, so nothing was saved; check the "
        "network and try again.",
    )


class ServerNotAllowed(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server does not allow this database account to do that; ask the "
        "server's administrator, nothing was saved.",
    )


class ServerFull(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database server has no space left, so nothing was saved; ask its administrator.",
    )


class NewerDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This database was upgraded by a newer version of caseapp: update caseapp on this "
        "computer to open it.",
    )


def damaged_database() -> DamagedDatabase:
    return DamagedDatabase(DAMAGED_DATABASE)


def _is_psycopg(error: BaseException) -> bool:
    return type(error).__module__.split(".")[0] == "psycopg"


# SQLSTATE codes of PostgreSQL failures a person can do something about.
_BUSY = {"40P01", "40001", "55P03", "57014"}  # deadlock, serialization, lock timeout, cancelled
_LOST_PREFIXES = ("08", "57P")  # connection exceptions; the server shut down or restarted
_NOT_ALLOWED = {"42501", "25006"}  # insufficient privilege; a read-only transaction (standby)
_FULL = {"53100", "53200", "53300"}  # disk full, out of memory, too many connections


def server_failure(error: BaseException, server: str = "") -> OperationFailed | None:
    """The sentence for a known PostgreSQL failure, or None for anything else. ``server`` (no
    user, no password) names the server in the sentences about connecting."""
    if not _is_psycopg(error):
        return None
    state: str | None = getattr(error, "sqlstate", None)
    server = server or "?"
    if state is not None:
        if state in _BUSY:
            return DatabaseBusy()
        if state.startswith(_LOST_PREFIXES):
            return ServerConnectionLost()
        if state in _NOT_ALLOWED:
            return ServerNotAllowed()
        if state in _FULL:
            return ServerFull()
        if state in ("28P01", "28000"):
            return WrongServerPassword(server=server)
        if state == "3D000":
            return NoServerDatabase(server=server)
        return None
    # A connection that could not be made carries libpq's message and no SQLSTATE.
    message = str(error).lower()
    if "no password supplied" in message:
        return ServerPasswordNeeded(server=server)
    if "password authentication failed" in message or (
        "role" in message and "does not exist" in message
    ):
        return WrongServerPassword(server=server)
    if "database" in message and "does not exist" in message:
        return NoServerDatabase(server=server)
    if any(
        words in message
        for words in (
            "connection refused",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "timeout expired",
            "could not connect",
            "no route to host",
            "network is unreachable",
            "no such file or directory",  # a unix socket that is not there
        )
    ):
        return ServerUnreachable(server=server)
    if "server closed the connection" in message or "consuming input failed" in message:
        return ServerConnectionLost()
    if "connection" in message and "failed" in message:
        return ServerRefused(server=server)
    return None


def storage_failure(exc: BaseException, server: str = "") -> OperationFailed | None:
    """The sentence for a known SQLite or PostgreSQL failure, or None for anything else."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, sqlite3.DatabaseError):
        return server_failure(original, server) if original is not None else None
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
def translated(server: str = "") -> Iterator[None]:
    """Turn a known SQLite or PostgreSQL failure inside the block into its one sentence."""
    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        failure = storage_failure(exc, server)
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
