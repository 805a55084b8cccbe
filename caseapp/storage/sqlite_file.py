"""The SQLite file itself: a cheap look at its header, SQLite's quick check, a consistent snapshot
taken into memory, a write probe, and the write-ahead log folded into the file. SQLite-only, like
``engine.py``."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

SQLITE_MAGIC = b"SQLite format 3\x00"
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def file_problem(path: Path) -> str | None:
    """Why the file at ``path`` cannot be a whole SQLite database: "empty", "not_sqlite" or
    "truncated"; None when its header looks right (or it does not exist). Reads 100 bytes."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    wal = path.with_name(path.name + "-wal")
    # A checkpoint cut short by a crash may leave the file shorter than its header says while the
    # write-ahead log still holds the rest; SQLite completes it on the next open.
    wal_pending = wal.exists() and wal.stat().st_size > 0
    if size == 0:
        # Never a log's leftover: the first page is written when the file is made. SQLite would
        # delete the log beside an empty file and the migrations make an empty database of it.
        return "empty"
    with path.open("rb") as file:
        header = file.read(100)
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return "not_sqlite"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "not_sqlite"
    pages = int.from_bytes(header[28:32], "big")
    size_is_valid = pages > 0 and header[24:28] == header[92:96]
    if size_is_valid and not wal_pending and size < pages * page_size:
        return "truncated"
    return None


def quick_check(engine: Engine) -> list[str]:
    """SQLite's structural check of every page (not of indexes against tables): [] when sound.
    Raises sqlite3/SQLAlchemy DatabaseError when the damage stops the check itself."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA quick_check(5)").scalars().all()
    return [] if rows == ["ok"] else [str(r) for r in rows]


def snapshot(engine: Engine) -> bytes:
    """A consistent copy of the whole database, taken with SQLite's online backup into memory:
    other connections may go on reading and writing, and nothing is written to disk."""
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        memory = sqlite3.connect(":memory:")
        try:
            source.backup(memory)  # all pages in one step: one consistent read
            return memory.serialize()
        finally:
            memory.close()
    finally:
        raw.close()


def audit_head_of(snapshot: bytes) -> tuple[int, bytes]:
    """The audit log's head as a snapshot holds it (what its backup's header records)."""
    image = bytearray(snapshot)
    if len(image) >= 20:
        image[18:20] = b"\x01\x01"  # a WAL-mode file read as a rollback-journal one, in memory
    memory = sqlite3.connect(":memory:")
    try:
        memory.deserialize(bytes(image))
        row = memory.execute("SELECT audit_head_seq, audit_head_mac FROM organisation").fetchone()
    finally:
        memory.close()
    return (int(row[0]), bytes(row[1])) if row else (0, b"")


def probe_write(path: Path, wait_ms: int) -> None:
    """Take and release SQLite's write lock, waiting at most ``wait_ms``: raises
    sqlite3.OperationalError ("database is locked", "readonly", ...) when a write would fail."""
    uri = path.resolve().as_uri() + "?mode=rw"  # never creates a missing file
    connection = sqlite3.connect(uri, uri=True, timeout=wait_ms / 1000, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("ROLLBACK")
    finally:
        connection.close()


def database_files(path: Path) -> list[Path]:
    """The database file and its companions that exist."""
    candidates = [path, *(path.with_name(path.name + s) for s in COMPANION_SUFFIXES)]
    return [p for p in candidates if p.exists()]


def belongs_to_another_program(path: Path) -> bool:
    """Whether an existing SQLite file holds tables but no caseapp schema history: another
    program's database, which must not be migrated into a caseapp one. Raises
    sqlite3.DatabaseError when the file is not a database at all."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    uri = path.resolve().as_uri() + "?mode=rw"
    connection = sqlite3.connect(uri, uri=True)
    try:
        names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    return bool(names) and "alembic_version" not in names


# SQLite's "dead man switch": every connection to a database in WAL mode holds a shared lock on
# this byte of the -shm file while it is open (os_unix.c: UNIX_SHM_DMS).
_SHM_DMS_OFFSET = 128


def checkpoint(engine: Engine, wait_ms: int = 2000) -> bool:
    """Fold the write-ahead log into the database file and empty the log (``TRUNCATE``), so
    nothing committed lives only in ``-wal`` and the file alone is the whole database. True when
    done; False when another program's read kept part of it there for now, or the database cannot
    be written (SQLite folds it in later). Waits at most ``wait_ms`` for other programs.

    A missing, empty or damaged file is left alone: connecting would make or "repair" it."""
    path = Path(engine.url.database or "")
    if not path.is_file() or file_problem(path) is not None:
        return False
    try:
        with engine.connect() as connection:
            before = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
            connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_ms)}")
            try:
                row = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={int(before or 0)}")
    except DBAPIError:
        return False
    return bool(row[0] == 0)


def leftover_log(path: Path) -> int | None:
    """The size of a write-ahead log standing beside the database file at ``path`` while no
    program has the database open (one was stopped before it closed it: the log holds committed
    work the file has not got yet); None when there is none, it is empty, a program (this one
    included) has the database open, or that cannot be told (Windows)."""
    wal = path.with_name(path.name + "-wal")
    try:
        size = wal.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0 or sys.platform == "win32":
        return None
    shm = path.with_name(path.name + "-shm")
    try:
        shm_stat = shm.stat()
    except FileNotFoundError:
        return size  # no shared-memory file: no program has it open in WAL mode
    is_open = _locked_in_proc(shm_stat) if Path("/proc/locks").exists() else _locked_probe(shm)
    return None if is_open is not False else size


def _locked_in_proc(shm: os.stat_result) -> bool | None:
    """Linux: whether any process holds a lock on the -shm file's "dead man switch" byte, read
    from /proc/locks without opening the file (None when that cannot be read)."""
    device = f"{os.major(shm.st_dev):02x}:{os.minor(shm.st_dev):02x}:{shm.st_ino}"
    try:
        lines = Path("/proc/locks").read_text("ascii", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if "->" in fields or len(fields) < 8 or fields[5] != device:
            continue  # a waiting request, or another file
        start, end = fields[6], fields[7]
        if int(start) <= _SHM_DMS_OFFSET and (end == "EOF" or int(end) >= _SHM_DMS_OFFSET):
            return True
    return False


def _locked_probe(shm: Path) -> bool | None:
    """Other POSIX systems: try SQLite's lock ourselves. Only before this process opens the
    database: closing the probe's file drops every POSIX lock this process holds on it."""
    import fcntl

    try:
        with shm.open("r+b") as handle:
            try:
                fcntl.lockf(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_OFFSET)
            except OSError:
                return True
            fcntl.lockf(handle.fileno(), fcntl.LOCK_UN, 1, _SHM_DMS_OFFSET)
    except OSError:
        return None  # cannot look (a read-only -shm): say nothing rather than guess
    return False
