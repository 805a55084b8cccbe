"""Copying a whole database to another engine, row for row.

Rows go table by table in foreign-key order through SQLAlchemy Core, never through the ORM's
encrypted descriptors: every ciphertext is copied as the bytes it is (its associated data names
its table, column and row id, which stay the same), and the audit chain with its head. The
target's schema is made by the same Alembic migrations, in the same transaction as the rows, so a
failed copy leaves nothing behind on PostgreSQL (whose DDL is transactional).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import (
    Connection,
    Engine,
    LargeBinary,
    Table,
    column,
    func,
    insert,
    inspect,
    select,
    text,
)
from sqlalchemy import table as table_clause
from sqlalchemy.sql.expression import TableClause

from caseapp.storage import schema
from caseapp.storage.fields import Ciphertext
from caseapp.storage.models import Base

BATCH = 2000
Progress = Callable[[str, int], None]  # (table, rows copied so far)


class TargetNotEmpty(Exception):
    """The target database already holds tables."""


def tables() -> list[Table]:
    """Every table of the schema, each after the tables it points at."""
    return list(Base.metadata.sorted_tables)


def table_names(connection: Connection) -> list[str]:
    """The tables of the connection's default schema."""
    return inspect(connection).get_table_names()


def row_counts(connection: Connection) -> dict[str, int]:
    return {
        t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables()
    }


def _raw(table: Table) -> TableClause:
    """The table for inserting: ciphertext columns as plain bytes, so a damaged ciphertext is
    copied as it is instead of stopping the copy."""
    return table_clause(
        table.name,
        *(
            column(c.name, LargeBinary() if isinstance(c.type, Ciphertext) else c.type)
            for c in table.columns
        ),
    )


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that reads one consistent state of the whole database while others go on
    working: a read transaction on SQLite (WAL), REPEATABLE READ on PostgreSQL."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection
        else:
            with connection.begin():
                connection.exec_driver_sql("BEGIN")  # pysqlite would start it only on a write
                yield connection


def copy_database(
    source: Connection, target_engine: Engine, progress: Progress | None = None
) -> dict[str, int]:
    """Create the schema on an empty target and copy every row of ``source`` into it, in one
    transaction; returns the rows copied per table. TargetNotEmpty when the target holds any
    table (it is then left as it was)."""
    with target_engine.begin() as target:
        if target.dialect.name == "postgresql":
            # One mover at a time, and no client migrating an empty database meanwhile.
            target.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": schema.LOCK_KEY})
        else:
            target.exec_driver_sql("BEGIN IMMEDIATE")
        if table_names(target):
            raise TargetNotEmpty()
        schema.upgrade_on(target)
        if any(row_counts(target).values()):  # a migration that seeds rows would collide
            raise TargetNotEmpty()
        copied: dict[str, int] = {}
        for table in tables():
            raw = _raw(table)
            count = 0
            result = source.execute(select(table).execution_options(yield_per=BATCH))
            for rows in result.partitions():
                target.execute(insert(raw), [dict(row._mapping) for row in rows])
                count += len(rows)
                if progress is not None:
                    progress(table.name, count)
            copied[table.name] = count
        if row_counts(target) != row_counts(source):
            raise RuntimeError("the copy does not have the source's rows")
    return copied
