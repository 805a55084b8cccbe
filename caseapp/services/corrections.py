"""Correcting mistakes: striking out a record, correcting a dated note, deleting a whole case.

Nothing is ever deleted from the database. A record struck out keeps its values and gains the
date, the person and the reason (sealed under the case's key); lists, reminders, letters and
statistics leave it out from then on, and the case's history says what was struck out and why.
A case deleted by an administrator leaves every list the same way, its rows and history kept.
Each is one signed audit entry whose encrypted detail says what changed (``domain.changes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from caseapp.domain.changes import Action, RecordChange, RecordKind, encode, label_of, note_changes
from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services.cases import _conflict, visible_case
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound
from caseapp.services.notes import NOTE_KINDS
from caseapp.services.workspace import Workspace
from caseapp.storage import case_repo
from caseapp.storage import models as m
from caseapp.storage.fields import DamagedField

MAX_REASON: Final = 1000
"""The longest reason for striking out a record or deleting a case, in characters."""

MODELS: Final[dict[RecordKind, type[Any]]] = {
    RecordKind.ORDER: m.ProtectionOrder,
    RecordKind.CHECK: m.PoliceCheck,
    RecordKind.REQUIREMENT: m.SpecialRequirement,
    RecordKind.STAY: m.ShelterStay,
    RecordKind.CONSENT: m.Consent,
    RecordKind.INCIDENT: m.Incident,
    RecordKind.NOTE: m.Note,
    RecordKind.RISK: m.RiskAssessment,
    RecordKind.PLAN: m.SafetyPlan,
    RecordKind.ATTACHMENT: m.Attachment,
    RecordKind.SERVICE: m.ServiceGiven,
}

NO_SUCH_RECORD = QT_TRANSLATE_NOOP(
    "errors", "Case {number} has no such record, or it was struck out already."
)
NOT_YOUR_NOTE = QT_TRANSLATE_NOOP(
    "errors", "Only the author of a note or an administrator can correct or strike it out."
)


def _reason(reason: str, template: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise InvalidInput("reason", template)
    if len(text) > MAX_REASON:
        raise InvalidInput(
            "reason",
            QT_TRANSLATE_NOOP("errors", "The reason is longer than {high} characters."),
            high=MAX_REASON,
        )
    return text


def _row(session: Session, case: m.Case, kind: RecordKind, record_id: str, number: str) -> Any:
    model = MODELS.get(kind)
    row = session.get(model, record_id) if model is not None else None
    if row is None or row.case_id != case.id or row.struck_out_on is not None:
        raise NotFound(NO_SUCH_RECORD, number=number)
    return row


def _may_correct_note(workspace: Workspace, note: m.Note) -> None:
    if note.author_id != workspace.actor.staff_id and workspace.actor.role != Role.ADMIN:
        raise AccessDenied(NOT_YOUR_NOTE)


def strike_out(
    workspace: Workspace,
    number: str,
    kind: RecordKind | str,
    record_id: str,
    reason: str,
    *,
    version: int | None = None,
    on: date | None = None,
) -> int:
    """Strike out one record of a case as a mistake, with the reason; returns the case's new
    version. ``version``: the version the person's window holds (a case changed since by
    someone else is refused). Striking out an order hides its checks with it."""
    kind = RecordKind(kind)
    text = _reason(reason, QT_TRANSLATE_NOOP("errors", "Say why the record is struck out."))
    try:
        return _strike_out(workspace, number, kind, record_id, text, version, on)
    except StaleDataError:  # someone saved the case at the same moment
        with workspace.session() as session:
            raise _conflict(session, visible_case(workspace, session, number)) from None


def _strike_out(
    workspace: Workspace,
    number: str,
    kind: RecordKind,
    record_id: str,
    text: str,
    version: int | None,
    on: date | None,
) -> int:
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        if version is not None and case.version != version:
            raise _conflict(session, case)
        row = _row(session, case, kind, record_id, number)
        if kind is RecordKind.NOTE:
            _may_correct_note(workspace, row)
        try:
            label = label_of(kind, row)
        except DamagedField:
            label = ()
        row.struck_out_on = on or date.today()
        row.struck_out_by = workspace.actor.staff_id or None
        row.struck_out_reason = text
        if kind is RecordKind.RISK:  # the case's risk is its latest assessment's still
            level = case_repo.latest_level(case)
            case.risk = level.value if level is not None else "unknown"
        # notes and services given are not part of the case a window saves
        if kind not in (RecordKind.NOTE, RecordKind.SERVICE):
            case.version = case.version + 1
        session.flush()
        change = RecordChange(kind, Action.STRUCK_OUT, label, reason=text)
        workspace.audit(
            session,
            "record.strike_out",
            row.__tablename__,
            row.id,
            case.id,
            encode([change]),
        )
        return case.version


@dataclass(frozen=True)
class _NoteText:
    written_on: date
    kind: str
    body: str


def edit_note(workspace: Workspace, number: str, note_id: str, body: str, kind: str) -> None:
    """Correct a dated note's text or kind: its author or an administrator; the history keeps
    what it said before."""
    if kind not in NOTE_KINDS:
        raise InvalidInput("kind", QT_TRANSLATE_NOOP("errors", "{field} is not a kind of note."))
    if not body.strip():
        raise InvalidInput("body", QT_TRANSLATE_NOOP("errors", "The note is empty."))
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        note = _row(session, case, RecordKind.NOTE, note_id, number)
        _may_correct_note(workspace, note)
        before = _NoteText(note.written_on, note.kind, note.body)
        note.kind, note.body = kind, body.strip()
        changes = note_changes(before, _NoteText(note.written_on, note.kind, note.body))
        if not changes:
            return
        session.flush()
        workspace.audit(session, "note.update", "note", note.id, case.id, encode(changes))


def delete_case(workspace: Workspace, number: str, reason: str, *, on: date | None = None) -> None:
    """An administrator deletes a whole case, with the reason: it leaves lists, search,
    reminders, letters and statistics; its rows and history stay, and the check still verifies
    them. One signed audit entry."""
    text = _reason(reason, QT_TRANSLATE_NOOP("errors", "Say why the case is deleted."))
    try:
        with workspace.transaction() as session:
            workspace.require_admin(session)
            case = visible_case(workspace, session, number, write=True)
            case.deleted_on = on or date.today()
            case.deleted_by = workspace.actor.staff_id or None
            case.deleted_reason = text
            session.flush()
            change = RecordChange(RecordKind.CASE, Action.DELETED, reason=text)
            workspace.audit(session, "case.delete", "case", case.id, case.id, encode([change]))
    except StaleDataError:  # someone saved the case at the same moment: she looks again
        with workspace.session() as session:
            raise _conflict(session, visible_case(workspace, session, number)) from None
