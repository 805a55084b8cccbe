"""Schema through Alembic: a new database is at head and matches the models exactly; reopening
runs no migration and keeps the data; SQLite runs with WAL, foreign keys and secure delete."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.storage import schema
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from caseapp.storage.models import Base
from tests.conftest import ADMIN_PASSWORD

CLIENT = "Әйгерім Қасымова"


@pytest.fixture
def upgrades(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every Alembic upgrade run from now on (it still runs)."""
    calls: list[str] = []
    real: Callable[..., Any] = command.upgrade

    def spy(config: Any, revision: str, **kwargs: Any) -> None:
        calls.append(revision)
        real(config, revision, **kwargs)

    monkeypatch.setattr(command, "upgrade", spy)
    return calls


def test_head_revision_exists() -> None:
    assert schema.head_revision() is not None


def test_a_new_database_is_at_head(db: Database) -> None:
    assert schema.current_revision(db.engine) == schema.head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_a_new_database_runs_the_migrations_once(data_folder: Path, upgrades: list[str]) -> None:
    database = Database(data_folder, create=True)
    try:
        assert upgrades == ["head"]
        assert (data_folder / DB_FILE_NAME).is_file()
    finally:
        database.close()


def test_migrations_produce_exactly_the_models_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "compare_server_default": True}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_reopening_runs_no_migration_and_keeps_data(
    db: Database, admin: ws.Workspace, db_target: str, upgrades: list[str]
) -> None:
    number = create_case(
        admin, rec.CaseRecord(client=rec.Client(full_name=CLIENT), opened_on=date(2026, 3, 2))
    )
    db.close()

    reopened = Database(db_target)  # without create: the file must exist
    try:
        assert upgrades == []
        assert schema.current_revision(reopened.engine) == schema.head_revision()
        assert reopened.is_initialised()
        workspace = ws.unlock(reopened, "admin", ADMIN_PASSWORD)
        assert get_case(workspace, number).client.full_name == CLIENT
    finally:
        reopened.close()


def test_opening_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    with pytest.raises(FileNotFoundError):
        Database(folder)
    assert not (folder / DB_FILE_NAME).exists()
    with pytest.raises(ws.OperationFailed):
        ws.open_database(folder)


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "junk"
    folder.mkdir()
    (folder / DB_FILE_NAME).write_bytes(b"this is not sqlite " * 100)
    with pytest.raises(ws.DamagedDatabase) as raised:
        ws.open_database(folder)
    assert raised.value.message.startswith(
        "The database file is damaged or is not a caseapp database; restore the last backup"
    )
    assert "'caseapp restore'" in raised.value.message


@pytest.mark.sqlite_only
def test_sqlite_pragmas_are_on(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


@pytest.mark.sqlite_only
def test_pragmas_hold_on_every_pooled_connection(db: Database) -> None:
    connections = [db.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    finally:
        for conn in connections:
            conn.close()


def test_foreign_keys_are_enforced(db: Database, admin: ws.Workspace) -> None:
    with pytest.raises(IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO case_file (id, number, client_id, opened_on, status, risk, "
                "violence_types, version) VALUES "
                "('c1', '2026-9999', 'no-such-client', '2026-03-02', 'open', 'unknown', '', 1)"
            )
        )


@pytest.mark.sqlite_only
def test_wal_file_sits_beside_the_database(db: Database, admin: ws.Workspace) -> None:
    assert db.path is not None
    assert db.path.name == DB_FILE_NAME
    assert db.path.with_name(DB_FILE_NAME + "-wal").exists()
