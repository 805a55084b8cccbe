"""Where the database lives and how it is opened.

``--db`` takes a data folder (the SQLite file ``caseapp.sqlite3`` inside it) or a database URL:
``postgresql://user@host/dbname`` for a shared server (driven by psycopg 3). SQLite-only
statements live here and nowhere else, so the rest of storage stays dialect-neutral.

A server's password is never kept by caseapp: libpq reads it from the PostgreSQL password file
(``~/.pgpass`` or ``PGPASSFILE``) or ``PGPASSWORD`` when the URL has none, or the person types it
and it lives in memory only (``with_password``).
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

DB_FILE_NAME = "caseapp.sqlite3"
SERVER_DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT_SECONDS = 10


class UnsupportedDatabase(ValueError):
    """A URL for a database kind caseapp does not run on."""


def default_data_folder() -> Path:
    return Path(platformdirs.user_data_dir("caseapp", appauthor=False))


def is_url(target: str) -> bool:
    if "://" not in target:
        return False
    try:
        make_url(target)
    except ArgumentError:
        return False
    return True


def _normalised(url: URL) -> URL:
    """PostgreSQL through psycopg 3 whatever the URL's spelling; UnsupportedDatabase for kinds
    other than PostgreSQL and SQLite."""
    backend = url.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
            url = url.set(drivername=SERVER_DRIVER)
        return url
    if backend == "sqlite":
        return url
    raise UnsupportedDatabase(backend)


def database_url(target: str | Path | None) -> str:
    """A SQLAlchemy URL for a data folder or URL; None means the default data folder."""
    if target is not None and is_url(str(target)):
        url = _normalised(make_url(str(target)))
        return url.render_as_string(hide_password=False)
    folder = Path(target) if target is not None else default_data_folder()
    return f"sqlite:///{(folder / DB_FILE_NAME).resolve()}"


def is_server(url: str) -> bool:
    return make_url(url).get_backend_name() == "postgresql"


def has_password(url: str) -> bool:
    """Whether a URL carries a password, in its user part or as a query parameter."""
    parsed = make_url(url)
    return parsed.password is not None or any("password" in key.lower() for key in parsed.query)


def without_password(url: str) -> str:
    """The URL with any password removed (user part and query parameters)."""
    parsed = make_url(url)
    secret_keys = [k for k in parsed.query if "password" in k.lower()]
    stripped = parsed.difference_update_query(secret_keys)._replace(password=None)
    return stripped.render_as_string(hide_password=False)


def with_password(url: str, password: str) -> str:
    """The URL with a password typed by the person, for this run only: never written anywhere."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def server_parts(url: str) -> tuple[str, str]:
    """The database's name and the server's host (``localhost`` when none is given, or the
    socket folder): no user, no password."""
    parsed = make_url(url)
    host = parsed.host or str(parsed.query.get("host") or "") or "localhost"
    return parsed.database or "?", host


def server_label(url: str) -> str:
    """``dbname on host`` for messages: no user, no password."""
    database, host = server_parts(url)
    return f"{database} on {host}"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA synchronous=FULL")  # a power cut loses no committed transaction
    cursor.execute("PRAGMA temp_store=MEMORY")  # no temporary files beside the database
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def keep_private(path: Path) -> None:
    """The data folder readable by its owner only (0700) and the database files too (0600):
    another account on the same computer sees no file names, sizes or ciphertexts. SQLite gives
    its -wal and -shm files the main file's permissions. Best effort: a file system without Unix
    permissions (Windows, a FAT stick) keeps its own."""
    with suppress(OSError):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.parent.chmod(0o700)
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with suppress(OSError):
            if file.exists():
                file.chmod(0o600)


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():  # SQLite creates it with the process's umask: make it 0600 first
            with suppress(OSError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        keep_private(path)
        # The pool hands a connection to one thread at a time; long work (an import) runs on a
        # worker thread, so a connection may be used by another thread than the one that made it.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    parsed = make_url(url)
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in parsed.query:  # an unreachable server is told within seconds
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    if "application_name" not in parsed.query:
        connect_args["application_name"] = "caseapp"
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
