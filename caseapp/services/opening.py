"""Opening a data folder or a server's database: one clear sentence for every way it can fail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import storage_errors
from caseapp.services.errors import InvalidInput, OperationFailed
from caseapp.storage import sqlite_file
from caseapp.storage.database import Database
from caseapp.storage.engine import (
    UnsupportedDatabase,
    database_url,
    is_server,
    make_engine,
    server_label,
    sqlite_path,
    with_password,
)
from caseapp.storage.schema import NewerSchema


def _open_failure(exc: BaseException) -> OperationFailed:
    return storage_errors.storage_failure(exc) or storage_errors.damaged_database()


UNSUPPORTED_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "caseapp opens a data folder or a PostgreSQL server's address, such as "
    "postgresql://user@host/dbname.",
)


def open_database(target: str | Path | None, *, create: bool = False) -> Database:
    """Open a data folder or URL; one clear sentence when it is missing, damaged (cut short, a
    damaged page, a file of another kind or program), busy, or cannot be opened, and for a
    server when it cannot be reached, wants a password, refuses it or has no such database.

    A SQLite file gets SQLite's quick check of every page first (about 0.15 s per 20,000 cases),
    so damage is reported at once, with the way back (restore a backup), not in the middle of a
    day's work."""
    try:
        url = database_url(target)
    except UnsupportedDatabase:
        raise InvalidInput("db", UNSUPPORTED_DATABASE) from None
    if is_server(url):
        return _open_server(url, create=create)
    path = sqlite_path(url)
    if path is not None:
        problem = sqlite_file.file_problem(path)
        if problem is not None:  # an empty file too: a database that lost its content
            raise storage_errors.damaged_database()
        try:
            foreign = sqlite_file.belongs_to_another_program(path)
        except sqlite3.DatabaseError as exc:
            raise _open_failure(exc) from None
        if foreign:
            raise storage_errors.damaged_database()
    try:
        db = Database(target, create=create)
    except FileNotFoundError:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no caseapp database in that folder: create one with 'caseapp init'.",
            )
        ) from None
    except (DatabaseError, OperationalError) as exc:
        raise _open_failure(exc) from None
    except NewerSchema:
        raise storage_errors.NewerDatabase() from None
    if db.path is not None:
        try:
            problems = sqlite_file.quick_check(db.engine)
        except DatabaseError as exc:
            db.close()
            raise _open_failure(exc) from None
        if problems:
            db.close()
            raise storage_errors.damaged_database()
        db.refresh_statistics()  # only now: a damaged file is never written to
    return db


def check_server(target: str) -> None:
    """Connect to a server and leave at once: one sentence when it cannot be reached, wants a
    password or refuses it, or has no such database. Nothing is read or written."""
    try:
        url = database_url(target)
    except UnsupportedDatabase:
        raise InvalidInput("db", UNSUPPORTED_DATABASE) from None
    if not is_server(url):
        return
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        failure = storage_errors.storage_failure(exc, server_label(url))
        raise (failure or storage_errors.ServerRefused(server=server_label(url))) from None
    finally:
        engine.dispose()


def with_server_password(target: str, password: str) -> str:
    """A server's URL with the password a person typed, for this run only: never stored."""
    return with_password(database_url(target), password)


def _open_server(url: str, *, create: bool) -> Database:
    """A PostgreSQL database: connected to, its schema migrated (by one client at a time)."""
    label = server_label(url)
    try:
        return Database(url, create=create)
    except NewerSchema:
        raise storage_errors.NewerDatabase() from None
    except DBAPIError as exc:
        failure = storage_errors.storage_failure(exc, label)
        if failure is None:
            raise storage_errors.ServerRefused(server=label) from None
        raise failure from None
