"""One opened database: engine, schema at head, and sessions that carry the unlocked keys."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, event, inspect, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from caseapp.storage import rowseal, schema  # noqa: F401 (rowseal seals rows before each flush)
from caseapp.storage.engine import (
    database_url,
    is_server,
    make_engine,
    server_label,
    sqlite_path,
)
from caseapp.storage.keychest import KeyChest
from caseapp.storage.models import Organisation
from caseapp.storage.sqlite_file import checkpoint

# PostgreSQL: the advisory lock key of "one save at a time" (schema.LOCK_KEY is the migrations'),
# and how long a save waits for another client's before "the database is busy".
WRITE_LOCK = 0x63617365617071
WRITE_WAIT_MS = 15_000


def _begin_sqlite_read(session: Session, transaction: object, connection: Connection) -> None:
    """Start SQLite's transaction with the session's: its reads then share one snapshot, and it
    ends when the session's transaction does."""
    connection.exec_driver_sql("BEGIN")


class Database:
    def __init__(
        self, target: str | Path | None, *, create: bool = False, upgrade: bool = True
    ) -> None:
        """Open the database at a data folder or URL, running pending migrations (none with
        ``upgrade=False``, for reading a database as it is).

        Without ``create`` a missing SQLite file is not made: FileNotFoundError instead.
        """
        self.url = database_url(target)
        self.path = sqlite_path(self.url)
        # "dbname on host" for a server (for messages: no user, no password), else None.
        self.server = server_label(self.url) if is_server(self.url) else None
        if self.path is not None and not create and not self.path.exists():
            raise FileNotFoundError(str(self.path))
        self.engine: Engine = make_engine(self.url)
        if upgrade:
            schema.upgrade(self.engine)

    def refresh_statistics(self) -> None:
        """Give SQLite's planner fresh table sizes (a sampled ANALYZE, ~2 ms at 100,000 cases).
        Without them it reads a case's number through the primary key and the case row instead
        of the covering ``ix_case_number``, which makes the day's reminders a third slower. The
        statistics hold counts only. A database that cannot be written now keeps the old ones.
        Nothing to do on PostgreSQL, whose autovacuum keeps its own."""
        if self.path is None:
            return
        try:
            with self.engine.begin() as connection:
                connection.exec_driver_sql("PRAGMA analysis_limit = 400")
                connection.exec_driver_sql("ANALYZE")
        except OperationalError:
            pass

    def is_initialised(self) -> bool:
        if not inspect(self.engine).has_table("organisation"):
            return False
        with Session(self.engine) as session:
            return session.scalar(select(Organisation.id)) is not None

    @contextmanager
    def session(self, chest: KeyChest | None = None) -> Iterator[Session]:
        """A read session; attributes stay readable until the block ends.

        Everything it reads is one snapshot of the database: a case's rows and the seal over
        them are checked together, and a colleague's save committed half-way through the reading
        must not look like tampering. On PostgreSQL that takes REPEATABLE READ (its default, READ
        COMMITTED, takes a new snapshot for every statement); on SQLite, a read transaction
        (Python's sqlite3 begins none before a SELECT, so each statement would read the file as
        it then was)."""
        bind = self.engine
        if self.server is not None:
            bind = bind.execution_options(isolation_level="REPEATABLE READ")
        with Session(bind, info={"chest": chest}, expire_on_commit=False) as session:
            if self.path is not None:
                event.listen(session, "after_begin", _begin_sqlite_read)
            yield session

    @contextmanager
    def transaction(self, chest: KeyChest | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        The database's write lock is taken at the start, so everything read inside the block is
        current and two windows, processes or computers saving at once are serialised instead of
        failing half-way (a case number, a shelter bed or the last administrator is checked and
        taken in one step). On SQLite that is ``BEGIN IMMEDIATE`` (waiting up to the busy
        timeout); on PostgreSQL a transaction-level advisory lock of this database (waiting up to
        ``WRITE_WAIT_MS``), while reads in ``session`` go on in parallel. Row locks on the
        audit head and the letter counter hold on their own too (``FOR UPDATE``)."""
        with (
            Session(self.engine, info={"chest": chest}, expire_on_commit=False) as session,
            session.begin(),
        ):
            if self.path is not None:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            elif self.server is not None:
                connection = session.connection()
                connection.exec_driver_sql(f"SET LOCAL lock_timeout = {WRITE_WAIT_MS}")
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            yield session

    def close(self) -> None:
        if self.path is not None:  # the file alone is then the whole database
            checkpoint(self.engine)
        self.engine.dispose()
