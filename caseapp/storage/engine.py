"""Where the database lives and how it is opened.

``--db`` takes a data folder (the SQLite file ``caseapp.sqlite3`` inside it) or a database URL.
SQLite-only statements live here and nowhere else, so the rest of storage stays dialect-neutral.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DB_FILE_NAME = "caseapp.sqlite3"


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


def database_url(target: str | Path | None) -> str:
    """A SQLAlchemy URL for a data folder or URL; None means the default data folder."""
    if target is not None and is_url(str(target)):
        return str(target)
    folder = Path(target) if target is not None else default_data_folder()
    return f"sqlite:///{(folder / DB_FILE_NAME).resolve()}"


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


def make_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The pool hands a connection to one thread at a time; long work (an import) runs on a
        # worker thread, so a connection may be used by another thread than the one that made it.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)
