"""A case's history: every audit entry about it, with what changed, field by field."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from caseapp.domain.changes import RecordChange, decode
from caseapp.services.cases import visible_case
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import AuditEntry, Staff


@dataclass(frozen=True)
class HistoryEntry:
    at: str  # UTC, ISO 8601, as the audit log keeps it
    user: str  # the user name of the person who did it ("" for the recovery key)
    action: str  # the audit action code ("case.update", "record.strike_out", ...)
    changes: tuple[RecordChange, ...] = ()


def history(workspace: Workspace, number: str) -> list[HistoryEntry]:
    """Oldest first. The changes are read from each entry's detail, sealed under the case's key;
    a detail that does not open shows no changes, the entry itself still listed."""
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        rows = session.execute(
            select(AuditEntry, Staff.username)
            .outerjoin(Staff, Staff.id == AuditEntry.actor_id)
            .where(AuditEntry.case_id == case.id)
            .order_by(AuditEntry.seq)
        ).all()
        entries = []
        for entry, user in rows:
            changes: list[RecordChange] = []
            if entry.detail_ct is not None:
                try:
                    changes = decode(entry.detail)
                except DamagedField:
                    changes = []
            entries.append(HistoryEntry(entry.at, user or "", entry.action, tuple(changes)))
        return entries
