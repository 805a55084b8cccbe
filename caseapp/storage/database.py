"""One opened database: engine, schema at head, and sessions that carry the unlocked keys."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from caseapp.storage import schema
from caseapp.storage.crypto import DataKeys
from caseapp.storage.engine import (
    database_url,
    is_server,
    make_engine,
    server_label,
    sqlite_path,
)
from caseapp.storage.models import Organisation


class Database:
    def __init__(self, target: str | Path | None, *, create: bool = False) -> None:
        """Open the database at a data folder or URL, running pending migrations.

        Without ``create`` a missing SQLite file is not made: FileNotFoundError instead.
        """
        self.url = database_url(target)
        self.path = sqlite_path(self.url)
        # "dbname on host" for a server (for messages: no user, no password), else None.
        self.server = server_label(self.url) if is_server(self.url) else None
        if self.path is not None and not create and not self.path.exists():
            raise FileNotFoundError(str(self.path))
        self.engine: Engine = make_engine(self.url)
        schema.upgrade(self.engine)

    def is_initialised(self) -> bool:
        if not inspect(self.engine).has_table("organisation"):
            return False
        with Session(self.engine) as session:
            return session.scalar(select(Organisation.id)) is not None

    @contextmanager
    def session(self, keys: DataKeys | None = None) -> Iterator[Session]:
        """A read session; attributes stay readable until the block ends."""
        with Session(self.engine, info={"keys": keys}, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def transaction(self, keys: DataKeys | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on any error.

        On SQLite the write lock is taken at the start (``BEGIN IMMEDIATE``, waiting up to the busy
        timeout), so everything read inside the block is current and two windows or processes
        saving at once are serialised instead of failing half-way."""
        with (
            Session(self.engine, info={"keys": keys}, expire_on_commit=False) as session,
            session.begin(),
        ):
            if self.path is not None:
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session

    def close(self) -> None:
        self.engine.dispose()
