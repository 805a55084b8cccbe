"""Shared fixtures. Databases here use cheap key-derivation parameters, passed explicitly: the
program's own default is never weakened by an environment variable or a hidden switch.

The ``db`` fixture runs the storage and services suites on both engines: SQLite, and PostgreSQL
with a fresh schema per test in one database per session. The server is the one named by
``CASEAPP_TEST_PG_URL`` (``.ci/run`` starts one), else a throwaway cluster started here when
PostgreSQL's ``initdb`` is installed, else those tests are skipped with the reason. Tests that are
about the SQLite file itself carry the ``sqlite_only`` marker.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from caseapp.services import workspace as ws
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.storage.engine import database_url
from tests import pgcluster

CHEAP_KDF = KdfParams(iterations=1, memory_kib=8, lanes=1)
ADMIN_PASSWORD = "correct horse 1"


@pytest.fixture(autouse=True)
def plain_machine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test runs as on a fresh English machine: command-line sentences in English whatever
    the developer's locale, and a throwaway configuration folder (remembered server, audit
    anchors) instead of the real user's."""
    monkeypatch.setenv("CASEAPP_LANG", "en")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def cheap_kdf() -> KdfParams:
    return CHEAP_KDF


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


PG_URL_ENV = "CASEAPP_TEST_PG_URL"
BOTH_ENGINES = ("storage", "services", "security")  # test folders whose `db` runs on both engines


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_kind" not in metafunc.fixturenames:
        return
    kinds = ["sqlite"]
    both = metafunc.definition.path.parent.name in BOTH_ENGINES
    if both and metafunc.definition.get_closest_marker("sqlite_only") is None:
        kinds.append("postgresql")
    metafunc.parametrize("db_kind", kinds)


@pytest.fixture
def db_kind() -> str:
    return "sqlite"  # replaced by pytest_generate_tests wherever it matters


@dataclass(frozen=True)
class PgServer:
    url: str  # the session's database, reached without a password
    data_dir: Path | None  # the cluster's data folder, when known
    bin_dir: Path | None  # pg_dump and friends, matching the server
    tcp_url: str | None  # a URL where the server asks for a password (role caseapp_pw)
    admin: Engine


def _worker_database(url: str, tcp_url: str | None, name: str) -> tuple[str, str | None]:
    """Create (afresh) the database ``name`` on the server and point both URLs at it."""
    server = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        server.dispose()

    def moved(value: str) -> str:
        return make_url(value).set(database=name).render_as_string(hide_password=False)

    return moved(url), moved(tcp_url) if tcp_url else None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL server for this test session; skips when there is none to be had."""
    url = os.environ.get(PG_URL_ENV)
    folder: Path | None = None
    if url:
        data = os.environ.get("CASEAPP_TEST_PG_DATA")
        bin_dir = os.environ.get("CASEAPP_TEST_PG_BIN")
        server_data = Path(data) if data else None
        server_bin = Path(bin_dir) if bin_dir else pgcluster.find_bin_dir()
        tcp_url = os.environ.get("CASEAPP_TEST_PG_TCP_URL")
    else:
        found = pgcluster.find_bin_dir()
        if found is None:
            pytest.skip(
                f"PostgreSQL is not installed: set {PG_URL_ENV} to a server's URL, or install "
                "PostgreSQL (Debian: apt-get install postgresql) for a throwaway one"
            )
        # A short path of its own: the server's socket path must stay under 108 bytes.
        folder = Path(tempfile.mkdtemp(prefix="caseapp-pg-"))
        try:
            cluster = pgcluster.start(folder, found)
        except (RuntimeError, OSError) as exc:
            shutil.rmtree(folder, ignore_errors=True)
            pytest.skip(f"a throwaway PostgreSQL server could not be started: {exc}")
        url, server_data, server_bin = cluster.url(), cluster.data, cluster.bin_dir
        tcp_url = cluster.tcp_url()
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        # Tests in parallel processes each get a database of their own: the program's
        # "one save at a time" advisory lock is per database, and must not make one process's
        # tests wait on another's.
        url, tcp_url = _worker_database(url, tcp_url, f"caseapp_test_{worker}")
    admin = create_engine(database_url(url), isolation_level="AUTOCOMMIT")
    try:
        yield PgServer(url, server_data, server_bin, tcp_url, admin)
    finally:
        admin.dispose()
        if folder is not None:
            pgcluster.stop(folder)
            shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A URL whose tables live in a fresh schema of their own, dropped after the test."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with pg_server.admin.connect() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = make_url(database_url(pg_server.url)).update_query_dict(
        {"options": f"-csearch_path={schema}"}
    )
    yield url.render_as_string(hide_password=False)
    with pg_server.admin.connect() as conn:
        conn.execute(text("SET lock_timeout = '20s'"))
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


@pytest.fixture
def db_target(db_kind: str, data_folder: Path, request: pytest.FixtureRequest) -> str:
    """Where the test's database lives: a data folder, or a PostgreSQL URL."""
    if db_kind == "postgresql":
        url: str = request.getfixturevalue("pg_url")
        return url
    return str(data_folder)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = Database(db_target, create=True)
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


@pytest.fixture
def almaty_clock() -> Iterator[None]:
    """This computer's clock five hours ahead of UTC, as in Almaty (times shown to a person must
    be on her clock, never UTC)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "ALMT-5"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()
