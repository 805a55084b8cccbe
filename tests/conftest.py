"""Shared fixtures. Databases here use cheap key-derivation parameters, passed explicitly: the
program's own default is never weakened by an environment variable or a hidden switch."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from caseapp.services import workspace as ws
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database

CHEAP_KDF = KdfParams(iterations=1, memory_kib=8, lanes=1)
ADMIN_PASSWORD = "correct horse 1"


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return CHEAP_KDF


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def db(data_folder: Path) -> Iterator[Database]:
    database = Database(data_folder, create=True)
    yield database
    database.close()


@pytest.fixture
def admin(db: Database) -> ws.Workspace:
    """An initialised database unlocked by its first administrator, user 'admin'."""
    workspace, _ = ws.initialise(
        db,
        ws.OrganisationDetails(name_ru="Тестовый центр"),
        "admin",
        ADMIN_PASSWORD,
        full_name="Admin Test",
        kdf=CHEAP_KDF,
    )
    return workspace


@pytest.fixture
def recovery_db(db: Database) -> tuple[Database, str]:
    """An initialised database and its recovery key."""
    _, recovery_key = ws.initialise(
        db,
        ws.OrganisationDetails(name_ru="Тестовый центр"),
        "admin",
        ADMIN_PASSWORD,
        kdf=CHEAP_KDF,
    )
    return db, recovery_key
