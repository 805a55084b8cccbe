"""Restoring a backup: into a new, empty folder only, with the recovery key alone or the password
an administrator had when the backup was made; the restored database is checked in full (every
field and the audit chain) before it is offered, and the restore is audited in it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import storage_errors
from caseapp.services.backup import (
    BackupInfo,
    Progress,
    backup_info,
    create_private,
    fsync_folder,
    partial_name,
)
from caseapp.services.backup_errors import (
    BackupUnreadable,
    DamagedBackup,
    DatabaseExists,
    NewerBackup,
    WrongBackupPassword,
    WrongRecoveryKey,
    format_failure,
    write_failure,
)
from caseapp.services.errors import InvalidInput
from caseapp.services.integrity import IntegrityReport, check_database
from caseapp.services.workspace import Actor, Workspace
from caseapp.storage import audit, schema, sqlite_file
from caseapp.storage import backup as fmt
from caseapp.storage.crypto import DataKeys, DecryptionFailed
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME, is_url


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    info: BackupInfo
    report: IntegrityReport  # the restored database's full check, fields and audit chain


def _open_key(
    header: fmt.BackupHeader, recovery_key: str | None, username: str | None, password: str | None
) -> tuple[bytes, Actor]:
    """(data key, who restores) from the recovery key or an administrator's password."""
    if recovery_key is not None:
        try:
            data_key = fmt.data_key_from_recovery_key(header, recovery_key)
        except DecryptionFailed:
            raise WrongRecoveryKey() from None
        return data_key, Actor(staff_id="", username="", role=Role.ADMIN)
    assert username is not None and password is not None
    try:
        data_key = fmt.data_key_from_password(header, username, password)
    except DecryptionFailed:
        raise WrongBackupPassword() from None
    staff_id = next(w.staff_id for w in header.password_wraps if w.username == username)
    return data_key, Actor(staff_id=staff_id, username=username, role=Role.ADMIN)


def _restore_target(target: str | Path) -> Path:
    if is_url(str(target)):
        raise InvalidInput(
            "db",
            QT_TRANSLATE_NOOP("errors", "A backup is restored into a data folder, not a server."),
        )
    folder = Path(target)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(
            "db", QT_TRANSLATE_NOOP("errors", "Give a folder to restore into, not a file.")
        )
    if sqlite_file.database_files(folder / DB_FILE_NAME):
        raise DatabaseExists()
    return folder


def restore_backup(
    source: str | Path,
    target: str | Path,
    *,
    recovery_key: str | None = None,
    username: str | None = None,
    password: str | None = None,
    progress: Progress | None = None,
) -> RestoreResult:
    """Restore a backup into a new data folder, opened with the recovery key alone or with the
    user name and password of an administrator at the time of the backup.

    Every chunk is authenticated before anything is written; a database already in the folder is
    never overwritten. The restored file appears only when complete, then the schema is brought
    up to date and the whole database is checked (fields and audit chain): see ``report``.
    """
    if (recovery_key is None) == (username is None or password is None):
        raise InvalidInput(
            "key",
            QT_TRANSLATE_NOOP(
                "errors", "Give either the recovery key or an administrator's name and password."
            ),
        )
    folder = _restore_target(target)
    path = Path(source)
    try:
        file = path.open("rb")
    except OSError:
        raise BackupUnreadable() from None
    with file:
        try:
            header, aad = fmt.read_header(file)
            info = backup_info(header, path.stat().st_size)
            if not schema.is_known(header.schema):
                raise NewerBackup()
            data_key, restorer = _open_key(header, recovery_key, username, password)
            try:
                backup_key = fmt.backup_key_from_data_key(header, data_key)
            except DecryptionFailed:
                raise DamagedBackup() from None
            total = 2 * header.chunk_count

            def step(offset: int) -> Progress | None:
                if progress is None:
                    return None
                report = progress
                return lambda done, _count: report(offset + done, total)

            start = file.tell()
            for _ in fmt.iter_chunks(file, header, aad, backup_key, step(0)):
                pass  # first pass: authenticate everything, write nothing
            file.seek(start)
            database = _write_restored(
                folder, fmt.iter_chunks(file, header, aad, backup_key, step(header.chunk_count))
            )
        except fmt.BackupFormatError as exc:
            raise format_failure(exc) from None
        except OSError as exc:
            raise write_failure(exc) from None
    report = _finish_restore(database, data_key, restorer, header.backup_id)
    return RestoreResult(folder, info, report)


def _write_restored(folder: Path, chunks: Iterator[bytes]) -> Path:
    """Write the authenticated chunks to the folder's database file, which appears only when
    complete; a failure leaves nothing behind."""
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / DB_FILE_NAME
    partial = partial_name(database)
    try:
        with create_private(partial) as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if sqlite_file.database_files(database):
            raise DatabaseExists()
        os.replace(partial, database)
    finally:
        partial.unlink(missing_ok=True)
    fsync_folder(folder)
    return database


def _finish_restore(
    database: Path, data_key: bytes, restorer: Actor, backup_id: str
) -> IntegrityReport:
    keys = DataKeys.from_data_key(data_key)
    try:
        db = Database(database.parent)
    except DBAPIError as exc:
        failure = storage_errors.storage_failure(exc) or storage_errors.damaged_database()
        raise failure from None
    try:
        with storage_errors.translated(), db.transaction(keys) as session:
            audit.append(
                session,
                keys,
                actor_id=restorer.staff_id or None,
                action="database.restore",
                entity="backup",
                entity_id=backup_id,
            )
        return check_database(db, Workspace(db, keys, restorer))
    finally:
        db.close()
