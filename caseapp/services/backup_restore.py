"""Restoring a backup: into a new, empty folder only, with the recovery key alone or the password
an administrator had when the backup was made; the restored database is checked in full (every
field and the audit chain) before it is offered, and the restore is audited in it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import storage_errors
from caseapp.services.accounts import root_workspace
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
from caseapp.services.workspace import unlock
from caseapp.storage import audit, schema, sqlite_file
from caseapp.storage import backup as fmt
from caseapp.storage.crypto import DecryptionFailed
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME, is_url
from caseapp.storage.models import Organisation


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    info: BackupInfo
    report: IntegrityReport  # the restored database's full check, fields and audit chain
    # A backup of the first design, opened with an administrator's password, is upgraded to keys
    # per person on the way: its new recovery key, to be shown once.
    new_recovery_key: str | None = None


def _open_key(
    header: fmt.BackupHeader, recovery_key: str | None, username: str | None, password: str | None
) -> bytes:
    """The backup key, from the recovery key or an administrator's password at the time."""
    try:
        if recovery_key is not None:
            if header.version == 1:
                data_key = fmt.data_key_from_recovery_key(header, recovery_key)
                return fmt.backup_key_from_data_key(header, data_key)
            return fmt.backup_key_from_recovery_key(header, recovery_key)
    except DecryptionFailed:
        raise WrongRecoveryKey() from None
    assert username is not None and password is not None
    try:
        if header.version == 1:
            data_key = fmt.data_key_from_password(header, username, password)
        else:
            return fmt.backup_key_from_password(header, username, password)
    except DecryptionFailed:
        raise WrongBackupPassword() from None
    try:
        return fmt.backup_key_from_data_key(header, data_key)
    except DecryptionFailed:
        raise DamagedBackup() from None


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
            backup_key = _open_key(header, recovery_key, username, password)
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
    report, new_recovery_key = _finish_restore(database, header, recovery_key, username, password)
    return RestoreResult(folder, info, report, new_recovery_key)


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
    database: Path,
    header: fmt.BackupHeader,
    recovery_key: str | None,
    username: str | None,
    password: str | None,
) -> tuple[IntegrityReport, str | None]:
    """Open the restored database as the person restoring it, record the restore in its audit
    log, and check it whole. The database must end where the backup's header says its audit log
    ended: otherwise it is not the snapshot the header was written for."""
    try:
        db = Database(database.parent)
    except DBAPIError as exc:
        failure = storage_errors.storage_failure(exc) or storage_errors.damaged_database()
        raise failure from None
    try:
        with db.session() as session:
            head = audit.head(session)
            seq, mac = head.seq, head.mac
            version = session.scalars(select(Organisation.crypto_version)).one()
        if header.version == 2 and (seq, mac) != (header.audit_seq, header.audit_mac):
            raise DamagedBackup()
        if version == 1:
            if username is None or password is None:
                # The first design's database: it is upgraded at its first administrator's unlock.
                return check_database(db), None
            workspace = unlock(db, username, password)
        elif recovery_key is not None:
            workspace = root_workspace(db, recovery_key)
        else:
            assert username is not None and password is not None
            workspace = unlock(db, username, password)
        with workspace.transaction() as session:
            workspace.audit(session, "database.restore", "backup", header.backup_id)
        return check_database(db, workspace), workspace.new_recovery_key
    finally:
        db.close()
