"""A case's history: every audit entry about it, with what changed, field by field."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.changes import RecordChange, Value, decode
from caseapp.services.cases import visible_case
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import AuditEntry, District, Staff


@dataclass(frozen=True)
class HistoryEntry:
    at: str  # UTC, ISO 8601, as the audit log keeps it
    user: str  # the user name of the person who did it ("" for the recovery key)
    action: str  # the audit action code ("case.update", "record.strike_out", ...)
    changes: tuple[RecordChange, ...] = ()


# Fields the history keeps as ids, shown by the names they stand for: her district (the
# organisation's list) and the member of staff who gave a service.
_NAMED_FIELDS = ("district_id", "given_by")


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
        names: dict[str, dict[str, str]] | None = None
        for entry, user in rows:
            changes: list[RecordChange] = []
            if entry.detail_ct is not None:
                try:
                    changes = decode(entry.detail)
                except DamagedField:
                    changes = []
            if any(f.field in _NAMED_FIELDS for c in changes for f in c.fields):
                names = names if names is not None else _names(session)
                changes = [_named(c, names) for c in changes]
            entries.append(HistoryEntry(entry.at, user or "", entry.action, tuple(changes)))
        return entries


def _names(session: Session) -> dict[str, dict[str, str]]:
    """The districts' and the staff's names by id (the organisation's key, every member's)."""
    districts: dict[str, str] = {}
    for district in session.scalars(select(District)):
        try:
            districts[district.id] = district.name
        except DamagedField:
            districts[district.id] = "?"
    staff: dict[str, str] = {}
    for person in session.scalars(select(Staff)):
        try:
            staff[person.id] = person.full_name or person.username
        except DamagedField:
            staff[person.id] = person.username
    return {"district_id": districts, "given_by": staff}


def _named(change: RecordChange, names: dict[str, dict[str, str]]) -> RecordChange:
    def shown(field: str, value: Value) -> Value:
        if not isinstance(value, str) or not value:
            return value
        return names[field].get(value, "?")

    fields = tuple(
        replace(f, before=shown(f.field, f.before), after=shown(f.field, f.after))
        if f.field in _NAMED_FIELDS and not f.hidden
        else f
        for f in change.fields
    )
    return replace(change, fields=fields)
