"""A backup that was complete but never recorded is recorded later; a half-written one removed.

A program stopped between writing a backup file and recording it (the date the Backup page and
the reminder show) would leave a backup nobody knows of, or a hidden ``.partial`` file. So while
a backup is made, a note in this computer's configuration folder says which (its id, the
database's id, where its file goes; no personal data), and it goes once the backup is recorded.
The next time a backup is made or the Backup page is shown, `settle_pending` records a complete
backup file a note names, removes a half-written one, and drops the note.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from caseapp.services.server_address import config_folder, write_private_json
from caseapp.services.workspace import Workspace
from caseapp.storage.models import BackupRecord, Organisation

NOTES = "pending-backups"


@dataclass(frozen=True)
class PendingBackup:
    backup_id: str
    database_id: str
    target: str
    partial: str
    made_on: str  # ISO date
    made_at: str  # ISO date and time, UTC
    made_by: str  # staff id
    pid: int


def _folder(folder: Path | None) -> Path:
    return (folder or config_folder()) / NOTES


def note_pending(note: PendingBackup, folder: Path | None = None) -> None:
    """Say that this backup is being made; a note that cannot be written is done without."""
    with contextlib.suppress(OSError):
        write_private_json(_folder(folder), f"{note.backup_id}.json", asdict(note))


def drop_note(backup_id: str, folder: Path | None = None) -> None:
    with contextlib.suppress(OSError):
        (_folder(folder) / f"{backup_id}.json").unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    """Whether the process that wrote a note may still be making its backup."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x100000, False, pid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return bool(kernel.WaitForSingleObject(handle, 0) == 0x102)  # WAIT_TIMEOUT: running
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _read(path: Path) -> PendingBackup | None:
    try:
        return PendingBackup(**json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _complete(note: PendingBackup) -> int | None:
    """The size of the note's backup file when it is there and is that backup, else None."""
    from caseapp.services.backup import read_backup_info

    target = Path(note.target)
    try:
        info = read_backup_info(target)
    except Exception:  # missing, moved, replaced, unreadable: nothing to record
        return None
    return info.file_size if info.backup_id == note.backup_id else None


def settle_pending(workspace: Workspace, folder: Path | None = None) -> list[Path]:
    """Record the complete backups that notes of this database name and no process is still
    making, remove their half-written files, drop the notes; returns the backups recorded."""
    notes = _folder(folder)
    if workspace.db.path is None or not notes.is_dir():
        return []
    with workspace.session() as session:
        database_id = session.scalars(select(Organisation.id)).first()
    recorded: list[Path] = []
    for path in sorted(notes.glob("*.json")):
        note = _read(path)
        if note is None:
            path.unlink(missing_ok=True)
            continue
        if note.database_id != database_id or _alive(note.pid):
            continue
        Path(note.partial).unlink(missing_ok=True)
        size = _complete(note)
        if size is not None:
            with workspace.transaction() as session:
                if session.get(BackupRecord, note.backup_id) is None:
                    session.add(
                        BackupRecord(
                            id=note.backup_id,
                            made_on=date.fromisoformat(note.made_on),
                            made_at=note.made_at,
                            made_by=note.made_by,
                            file_size=size,
                        )
                    )
                    workspace.audit(
                        session, "backup.create", "backup", note.backup_id, detail="recorded later"
                    )
                    recorded.append(Path(note.target))
        path.unlink(missing_ok=True)
    return recorded
