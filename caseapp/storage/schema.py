"""Creating and upgrading the schema through Alembic, in-process, writing no files."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text

MIGRATIONS = Path(__file__).with_name("migrations")
# Key of the PostgreSQL advisory lock held while migrating: clients of a shared server that start
# a new version at the same moment upgrade the schema one after the other, not both at once.
LOCK_KEY = 0x63617365617070  # "caseapp"


class NewerSchema(Exception):
    """The database was upgraded by a newer version of caseapp than this one."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_known(revision: str | None) -> bool:
    if revision is None:
        return True
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def upgrade(engine: Engine) -> None:
    """Run pending migrations; a database already at head is left untouched. NewerSchema when
    a newer caseapp has upgraded it past what this one knows."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    if not is_known(current):
        raise NewerSchema(current)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            if MigrationContext.configure(connection).get_current_revision() == head:
                return  # another client did it while this one waited
        upgrade_on(connection)


def upgrade_on(connection: Connection) -> None:
    """Run pending migrations inside the caller's transaction (PostgreSQL's DDL is
    transactional: a failure leaves nothing behind)."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
