"""When the next backup is due: the organisation's interval, the history of completed backups,
and the dashboard's reminder when the last one is too old."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.errors import InvalidInput
from caseapp.services.workspace import Workspace
from caseapp.storage.models import AuditEntry, BackupRecord, BackupSettings, Staff

DEFAULT_EVERY_DAYS = 7
MAX_EVERY_DAYS = 365


@dataclass(frozen=True)
class BackupRecordView:
    backup_id: str
    made_on: date
    made_at: datetime  # UTC
    made_by: str  # user name
    file_size: int


@dataclass(frozen=True)
class BackupStatus:
    last: BackupRecordView | None
    every_days: int
    due_on: date  # when the next backup is due (since the database was made, if never)

    def is_due(self, today: date) -> bool:
        return today >= self.due_on


def backup_every_days(workspace: Workspace) -> int:
    with workspace.session() as session:
        return _every_days(session)


def _every_days(session: Session) -> int:
    value = session.scalar(select(BackupSettings.every_days).limit(1))
    return DEFAULT_EVERY_DAYS if value is None else value


def set_backup_every_days(workspace: Workspace, days: int) -> None:
    """How many days may pass between backups before the dashboard reminds (administrators)."""
    workspace.require_role(Role.ADMIN)
    if not 1 <= days <= MAX_EVERY_DAYS:
        raise InvalidInput(
            "every_days",
            QT_TRANSLATE_NOOP("errors", "Backups must be due every 1 to 365 days."),
        )
    with workspace.transaction() as session:
        workspace.require_admin(session)
        settings = session.scalar(select(BackupSettings).limit(1))
        if settings is None:
            settings = BackupSettings()
            session.add(settings)
        settings.every_days = days
        workspace.audit(session, "backup.settings", "backup_settings", settings.id)


def backup_history(workspace: Workspace, limit: int = 20) -> list[BackupRecordView]:
    """The latest completed backups, newest first."""
    with workspace.session() as session:
        rows = session.execute(
            select(BackupRecord, Staff.username)
            .outerjoin(Staff, Staff.id == BackupRecord.made_by)
            .order_by(BackupRecord.made_on.desc(), BackupRecord.made_at.desc())
            .limit(limit)
        ).all()
        return [
            BackupRecordView(
                backup_id=record.id,
                made_on=record.made_on,
                made_at=datetime.fromisoformat(record.made_at),
                made_by=username or "",
                file_size=record.file_size,
            )
            for record, username in rows
        ]


def backup_status(workspace: Workspace) -> BackupStatus:
    """The last backup, the interval, and when the next one is due. Without any backup, the day
    after the database was created: the first day's work gets a reminder the next morning, and a
    database just made (with nothing in it yet) does not greet its administrator with one."""
    history = backup_history(workspace, limit=1)
    with workspace.session() as session:
        every = _every_days(session)
        if history:
            due_on = history[0].made_on + timedelta(days=every)
        else:
            created = session.scalar(select(AuditEntry.at).order_by(AuditEntry.seq).limit(1))
            made = datetime.fromisoformat(created).astimezone().date() if created else date.today()
            due_on = made + timedelta(days=1)
    return BackupStatus(history[0] if history else None, every, due_on)


def backup_due(workspace: Workspace, today: date) -> date | None:
    """For the dashboard: the date a backup has been due since, or None when the last one is
    recent enough (newer than the organisation's interval, seven days unless set). Never for a
    database on a server: the server's administrator backs it up with the server's own tools,
    which caseapp cannot see, and caseapp's backup is for a data folder."""
    if workspace.db.server is not None:
        return None
    status = backup_status(workspace)
    return status.due_on if status.is_due(today) else None
