"""Dated notes on a case, including lawyers' legal notes, and recording a police check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from caseapp.domain import records as rec
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.rules import add_check
from caseapp.services.cases import get_case, update_case, visible_case
from caseapp.services.errors import InvalidInput, NotFound
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import new_id
from caseapp.storage.models import Note, Staff

NOTE_KINDS = ("general", "legal")


@dataclass(frozen=True)
class NoteView:
    written_on: date
    kind: str
    author: str
    body: str
    id: str = ""
    author_id: str | None = None


def add_note(
    workspace: Workspace,
    number: str,
    body: str,
    *,
    kind: str = "general",
    written_on: date | None = None,
) -> None:
    if kind not in NOTE_KINDS:
        raise InvalidInput("kind", QT_TRANSLATE_NOOP("errors", "{field} is not a kind of note."))
    if not body.strip():
        raise InvalidInput("body", QT_TRANSLATE_NOOP("errors", "The note is empty."))
    with workspace.transaction() as session:
        case = visible_case(workspace, session, number, write=True)
        note = Note(
            id=new_id(),
            case_id=case.id,
            author_id=workspace.actor.staff_id,
            written_on=written_on or date.today(),
            kind=kind,
        )
        session.add(note)
        note.body = body.strip()
        session.flush()
        workspace.audit(session, "note.create", "note", note.id, case.id)


def list_notes(workspace: Workspace, number: str) -> list[NoteView]:
    with workspace.session() as session:
        case = visible_case(workspace, session, number)
        rows = session.execute(
            select(Note, Staff.username)
            .outerjoin(Staff, Staff.id == Note.author_id)
            .where(Note.case_id == case.id, Note.struck_out_on.is_(None))
            .order_by(Note.written_on, Note.id)
        ).all()
        return [
            NoteView(n.written_on, n.kind, user or "", n.body, n.id, n.author_id)
            for n, user in rows
        ]


def record_police_check(
    workspace: Workspace, number: str, order_id: str, check: rec.PoliceCheck
) -> None:
    """Add a check to an order of a case; a violated order gets the violation recorded."""
    record = get_case(workspace, number)
    for order in record.orders:
        if order.id == order_id:
            add_check(order, check)
            update_case(workspace, record)
            return
    raise NotFound(
        QT_TRANSLATE_NOOP("errors", "Case {number} has no such protection order."), number=number
    )
