"""Backups: the whole database encrypted into one file, restored into a new folder, and the
reminder when the last backup is too old.

A backup is a consistent snapshot taken with SQLite's online backup into memory (the database may
be in use meanwhile), sealed in 1 MiB authenticated chunks under a random backup key
(``caseapp.storage.backup``). The key opens with any administrator's password at the time of the
backup, or with the recovery key alone, so a backup restores on a new computer.

Everything of the organisation is in the database and comes with the backup: cases, notes,
letters' register and texts, staff accounts, the organisation's details and settings, the audit
log. There are no attachment files yet; when there are, they belong in the backup too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

import caseapp
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import backup_pending, storage_errors
from caseapp.services.backup_errors import (
    BackupFileExists,
    BackupUnreadable,
    DamagedBackup,
    ForeignBackup,
    ServerDatabase,
    format_failure,
    write_failure,
)
from caseapp.services.errors import InvalidInput, OperationFailed
from caseapp.services.workspace import Workspace, stored_key_pairs
from caseapp.storage import backup as fmt
from caseapp.storage import schema, sqlite_file
from caseapp.storage.crypto import DecryptionFailed
from caseapp.storage.engine import DB_FILE_NAME
from caseapp.storage.models import BackupRecord, Organisation, StaffKey

BACKUP_SUFFIX = ".caseapp-backup"

Progress = Callable[[int, int], None]


# --- what the Backup page shows -----------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file's header says; readable without any key, holds no personal data."""

    backup_id: str
    database_id: str
    created_at: datetime  # UTC
    schema: str | None
    app_version: str
    database_size: int  # bytes of the database inside
    file_size: int
    administrators: tuple[str, ...]  # user names whose passwords (at the time) open it
    opens_with_recovery_key: bool


@dataclass(frozen=True)
class BackupResult:
    path: Path
    info: BackupInfo
    recorded: bool  # False when the backup is complete but its date could not be saved


def backup_info(header: fmt.BackupHeader, file_size: int) -> BackupInfo:
    try:
        created = datetime.fromisoformat(header.created_at)
    except ValueError:
        raise DamagedBackup() from None
    return BackupInfo(
        backup_id=header.backup_id,
        database_id=header.database_id,
        created_at=created,
        schema=header.schema,
        app_version=header.app_version,
        database_size=header.size,
        file_size=file_size,
        administrators=header.administrators,
        opens_with_recovery_key=header.opens_with_recovery_key,
    )


def suggested_name(today: date) -> str:
    """A file name for the save dialog: caseapp-2026-03-01.caseapp-backup."""
    return f"caseapp-{today.isoformat()}{BACKUP_SUFFIX}"


# --- making a backup ----------------------------------------------------------------------------


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and needs no such step."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def create_private(path: Path) -> BinaryIO:
    """A new file only its owner may read (it holds the whole database, though encrypted)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def partial_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.urandom(4).hex()}.partial")


def _header_for(
    workspace: Workspace, session: Session, backup_id: str, backup_key: bytes, snapshot: bytes
) -> fmt.BackupHeader:
    """The header: the backup key sealed to the root and to every active administrator, whose
    key pairs (sealed under her password) travel with it; the audit log's head at the time."""
    organisation = session.scalars(select(Organisation)).one()
    authority = workspace.authority
    people = []
    for member in sorted(authority.members.values(), key=lambda m: m.username):
        row = session.get(StaffKey, member.staff_id)
        if not member.is_admin or member.box_pub is None or row is None:
            continue
        people.append(
            fmt.PersonKey(
                member.username,
                member.staff_id,
                stored_key_pairs(row),
                fmt.seal_backup_key(member.box_pub, backup_key, backup_id, member.staff_id),
            )
        )
    root_box = bytes(organisation.root_box_pub or b"")
    audit_seq, audit_mac = sqlite_file.audit_head_of(snapshot)  # the snapshot's own head
    return fmt.BackupHeader(
        backup_id=backup_id,
        database_id=organisation.id,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        schema=schema.current_revision(workspace.db.engine),
        app_version=caseapp.__version__,
        size=len(snapshot),
        chunk_size=fmt.CHUNK_SIZE,
        audit_seq=audit_seq,
        audit_mac=audit_mac,
        root_sign_pub=bytes(organisation.root_sign_pub or b""),
        root_box_pub=root_box,
        root_sealed=bytes(organisation.root_sealed or b""),
        root_key=fmt.seal_backup_key(root_box, backup_key, backup_id, "root"),
        people=tuple(people),
    )


def create_backup(
    workspace: Workspace,
    out: str | Path,
    *,
    overwrite: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    notes: Path | None = None,
) -> BackupResult:
    """Write an encrypted backup of the whole database to ``out`` (administrators only).

    The file appears only when it is complete (written beside it under a hidden name, then
    renamed); an existing file is replaced only with ``overwrite``, and stays intact if this
    backup fails. The date is then recorded for the reminder. Safe while others use the database.
    A backup that a stopped program left unrecorded is recorded first (`backup_pending`, whose
    notes are in ``notes``: this computer's configuration folder unless given).
    """
    with workspace.session() as session:
        workspace.require_admin(session)
    db_path = workspace.db.path
    if db_path is None:
        raise ServerDatabase()
    backup_pending.settle_pending(workspace, notes)  # what a stopped program left unrecorded
    target = Path(out)
    if target.is_dir():
        raise InvalidInput(
            "out", QT_TRANSLATE_NOOP("errors", "Give a file name for the backup, not a folder.")
        )
    if target.resolve() in {p.resolve() for p in sqlite_file.database_files(db_path)} or (
        target.resolve().parent == db_path.resolve().parent and target.name.startswith(DB_FILE_NAME)
    ):
        raise InvalidInput(
            "out",
            QT_TRANSLATE_NOOP("errors", "A backup cannot replace the database it is made of."),
        )
    if target.exists() and not overwrite:
        raise BackupFileExists()

    backup_id, backup_key = fmt.new_backup_id(), fmt.new_backup_key()
    with storage_errors.translated():
        snapshot = sqlite_file.snapshot(workspace.db.engine)
    with workspace.session() as session:
        header = _header_for(workspace, session, backup_id, backup_key, snapshot)

    partial = partial_name(target)
    backup_pending.note_pending(
        backup_pending.PendingBackup(
            backup_id=backup_id,
            database_id=header.database_id,
            target=str(target.resolve()),
            partial=str(partial.resolve()),
            made_on=(today or date.today()).isoformat(),
            made_at=header.created_at,
            made_by=workspace.actor.staff_id,
            pid=os.getpid(),
        ),
        notes,
    )
    try:
        with create_private(partial) as file:
            fmt.write_backup(file, header, backup_key, snapshot, progress)
            file.flush()
            os.fsync(file.fileno())
        del snapshot
        if target.exists() and not overwrite:
            raise BackupFileExists()
        os.replace(partial, target)
    except OSError as exc:
        backup_pending.drop_note(backup_id, notes)
        raise write_failure(exc) from None
    except BaseException:
        backup_pending.drop_note(backup_id, notes)
        raise
    finally:
        partial.unlink(missing_ok=True)
    fsync_folder(target.parent)
    file_size = target.stat().st_size

    recorded = True
    try:
        with workspace.transaction() as session:
            session.add(
                BackupRecord(
                    id=backup_id,
                    made_on=today or date.today(),
                    made_at=header.created_at,
                    made_by=workspace.actor.staff_id,
                    file_size=file_size,
                )
            )
            workspace.audit(session, "backup.create", "backup", backup_id)
    except OperationFailed:  # a full disk or read-only database: the backup itself is whole,
        recorded = False  # and its note stays, so it is recorded the next time
    else:
        backup_pending.drop_note(backup_id, notes)
    return BackupResult(target, backup_info(header, file_size), recorded)


# --- reading and checking a backup --------------------------------------------------------------


def read_backup_info(path: str | Path) -> BackupInfo:
    """The header of a backup file, for the restore dialog; opens no key."""
    source = Path(path)
    try:
        with source.open("rb") as file:
            header, _ = fmt.read_header(file)
        return backup_info(header, source.stat().st_size)
    except fmt.BackupFormatError as exc:
        raise format_failure(exc) from None
    except OSError:
        raise BackupUnreadable() from None


def verify_backup(workspace: Workspace, path: str | Path, progress: Progress | None = None) -> None:
    """Authenticate every chunk of a backup of this database with its data key (the Backup
    page's "check a backup" button); DamagedBackup, ForeignBackup, ... when it would not
    restore."""
    source = Path(path)
    try:
        with source.open("rb") as file:
            header, aad = fmt.read_header(file)
            try:
                chest = workspace.chest
                if header.version == 1:
                    raise DecryptionFailed("a backup of the first design")
                backup_key = fmt.backup_key_with_pairs(header, chest.pairs, chest.holder)
            except DecryptionFailed:
                raise ForeignBackup() from None
            for _ in fmt.iter_chunks(file, header, aad, backup_key, progress):
                pass
    except fmt.BackupFormatError as exc:
        raise format_failure(exc) from None
    except OSError:
        raise BackupUnreadable() from None
