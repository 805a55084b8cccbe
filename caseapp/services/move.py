"""``caseapp move``: a whole database from a data folder to an empty PostgreSQL database, or back
into a new data folder.

The rows are copied as they are (``caseapp.storage.transfer``): ciphertexts stay ciphertexts, the
audit chain stays whole, the keys and passwords stay the same. The source is only read, in one
consistent snapshot, and is left as it was. The copy is checked afterwards like ``caseapp check``:
its structure and every ciphertext's shape always, and with a user's password every field's
authentication and the audit chain too. A target that holds anything is refused.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import storage_errors
from caseapp.services.errors import InvalidInput, OperationFailed
from caseapp.services.integrity import IntegrityReport, check_database
from caseapp.services.workspace import UNSUPPORTED_DATABASE, Workspace, unlock
from caseapp.storage import schema, sqlite_file, transfer
from caseapp.storage.database import Database
from caseapp.storage.engine import (
    UnsupportedDatabase,
    database_url,
    make_engine,
    server_label,
    sqlite_path,
)
from caseapp.storage.models import Organisation


class TargetNotEmpty(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The target {target} is not empty: caseapp moves a database only into an empty one, "
        "and changed nothing there.",
    )


class TargetFolderTaken(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "There is already a caseapp database in the folder {target}: move into a new, empty "
        "folder; nothing was changed.",
    )


class NoSourceDatabase(OperationFailed):
    template = QT_TRANSLATE_NOOP("errors", "There is no caseapp database at {source}.")


class OlderSource(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The database at {source} was made by an older version of caseapp: open it once with "
        "this version (for example 'caseapp check --db ...'), then move it.",
    )


class SameDatabase(InvalidInput):
    def __init__(self) -> None:
        super().__init__(
            "to", QT_TRANSLATE_NOOP("errors", "The source and the target are the same database.")
        )


@dataclass(frozen=True)
class MoveResult:
    source: str  # where from, for people: a folder, or "dbname on host"
    target: str
    rows: dict[str, int]  # rows copied per table
    report: IntegrityReport  # the check of the copy


def _url(target: str | Path) -> str:
    try:
        return database_url(target)
    except UnsupportedDatabase:
        raise InvalidInput("db", UNSUPPORTED_DATABASE) from None


def _label(url: str) -> str:
    path = sqlite_path(url)
    return str(path.parent) if path is not None else server_label(url)


def _same(a: str, b: str) -> bool:
    x, y = make_url(a), make_url(b)
    return (x.get_backend_name(), x.host, x.port, x.database, x.query.get("host")) == (
        y.get_backend_name(),
        y.host,
        y.port,
        y.database,
        y.query.get("host"),
    )


def move_database(
    source: str | Path,
    target: str | Path,
    *,
    username: str | None = None,
    password: str | None = None,
    progress: transfer.Progress | None = None,
) -> MoveResult:
    """Copy the database at ``source`` (a data folder or URL) into ``target`` (an empty server
    database, or a new data folder), then check the copy; with ``username`` and ``password``
    (checked against the source before anything is copied) the check is the keyed one."""
    source_url, target_url = _url(source), _url(target)
    source_label, target_label = _label(source_url), _label(target_url)
    if _same(source_url, target_url):
        raise SameDatabase()
    source_path, target_path = sqlite_path(source_url), sqlite_path(target_url)
    if source_path is not None:
        if not source_path.exists():
            raise NoSourceDatabase(source=source_label)
        if sqlite_file.file_problem(source_path) is not None:
            raise storage_errors.damaged_database()
    if target_path is not None and sqlite_file.database_files(target_path):
        raise TargetFolderTaken(target=target_label)

    source_db = Database(source_url, upgrade=False)  # read only: the source stays as it is
    try:
        with storage_errors.translated(source_db.server or ""):
            if source_path is not None and sqlite_file.quick_check(source_db.engine):
                raise storage_errors.damaged_database()
            current = schema.current_revision(source_db.engine)
            if current is None:
                raise NoSourceDatabase(source=source_label)
            if current != schema.head_revision():
                if not schema.is_known(current):
                    raise storage_errors.NewerDatabase()
                raise OlderSource(source=source_label)
            with source_db.session() as session:
                if session.scalar(select(Organisation.id)) is None:
                    raise NoSourceDatabase(source=source_label)
                if session.scalar(select(Organisation.crypto_version)) == 1:
                    raise OlderSource(source=source_label)
            keyed = None
            if username is not None:  # read only: nothing is written to the source
                keyed = unlock(source_db, username, password or "", record=False)
        rows = _copy(source_db.engine, target_url, target_label, target_path, progress)
    finally:
        source_db.close()

    target_db = Database(target_url)
    try:
        with storage_errors.translated(target_db.server or ""):
            workspace = None
            if keyed is not None:
                workspace = Workspace(target_db, keyed.chest, keyed.actor, keyed.authority)
            report = check_database(target_db, workspace)
    finally:
        target_db.close()
    return MoveResult(source_label, target_label, rows, report)


def _copy(
    source_engine: Engine,
    target_url: str,
    target_label: str,
    target_path: Path | None,
    progress: transfer.Progress | None,
) -> dict[str, int]:
    target_engine = make_engine(target_url)
    try:
        with (
            storage_errors.translated(target_label if target_path is None else ""),
            transfer.snapshot(source_engine) as source,
        ):
            return transfer.copy_database(source, target_engine, progress)
    except transfer.TargetNotEmpty:
        raise TargetNotEmpty(target=target_label) from None
    except BaseException:
        if target_path is not None:  # a new folder's half-made file goes
            target_engine.dispose()
            for path in sqlite_file.database_files(target_path):
                path.unlink(missing_ok=True)
            if target_path.parent.exists() and not any(target_path.parent.iterdir()):
                shutil.rmtree(target_path.parent, ignore_errors=True)
        raise
    finally:
        target_engine.dispose()
