"""The shelter board: who is in which room and bed today, admissions and discharges.

Rooms and destinations are the shelter's compartment: only shelter staff and administrators hold
its key, so only they see the board, admit or discharge.

The board never shows a client's full name: a stay is labelled by the client's alias, or by a
neutral label made from the case number when there is no alias. Occupancy is counted over the whole
organisation, because the beds are the organisation's; but a person who may see only the cases
assigned to her sees the other stays as "occupied" (room only: no alias, no case number, no dates,
no children).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm.exc import StaleDataError

from caseapp.domain import records as rec
from caseapp.domain.dates import stay_limit
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.rules import validate_stay
from caseapp.services.cases import _conflict, deleted_case_ids, visible_case, visible_cases
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound, VersionConflict
from caseapp.services.workspace import Workspace
from caseapp.storage.case_repo import children_text
from caseapp.storage.fields import DamagedField, new_id
from caseapp.storage.models import Case, Client, ShelterPlace, ShelterStay
from caseapp.storage.scopes import SHELTER_COMPARTMENT

LIMIT_NEAR_DAYS = 14
"""A stay is flagged from this many days before its six-month limit (as the reminder is)."""


@dataclass(frozen=True)
class BoardRow:
    """One bed taken today. For a stay the reader may not see, ``hidden`` is true and only the
    room is filled in."""

    room: str
    hidden: bool = False
    stay_id: str | None = None
    number: str | None = None
    alias: str = ""  # the client's alias; empty when she has none (never her full name)
    admitted_on: date | None = None
    limit: date | None = None
    days_left: int | None = None  # to the limit (six months, or the approved extension)
    children: int = 0

    @property
    def flag(self) -> str | None:
        """ "passed" after the six-month limit, "near" within 14 days of it, else None."""
        if self.days_left is None:
            return None
        if self.days_left < 0:
            return "passed"
        if self.days_left <= LIMIT_NEAR_DAYS:
            return "near"
        return None

    def stay(self) -> rec.ShelterStay:
        """The stay as a record, for the discharge form."""
        if self.hidden or self.admitted_on is None:
            raise ValueError("a hidden stay has no record")
        return rec.ShelterStay(
            admitted_on=self.admitted_on, room=self.room, children=self.children, id=self.stay_id
        )


@dataclass(frozen=True)
class Occupancy:
    occupied: int
    beds: int

    @property
    def free(self) -> int:
        return max(0, self.beds - self.occupied)

    @property
    def over(self) -> int:
        """How many more people stay than there are beds."""
        return max(0, self.occupied - self.beds)


def _current(today: date) -> list[ColumnElement[bool]]:
    """Stays that take a bed on ``today``: not struck out, not of a deleted case."""
    return [
        ShelterStay.struck_out_on.is_(None),
        ShelterStay.case_id.not_in(deleted_case_ids()),
        ShelterStay.admitted_on <= today,
        or_(ShelterStay.left_on.is_(None), ShelterStay.left_on > today),
    ]


def _room_key(room: str) -> tuple[tuple[int, int | str], ...]:
    """Sort "Room 2, bed 10" after "Room 2, bed 9": numbers compare as numbers."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part.casefold())
        for part in re.split(r"(\d+)", room)
        if part
    )


def _text(read: object, attribute: str) -> str:
    try:
        value = getattr(read, attribute)
    except DamagedField:
        return "?"
    return str(value)


SHELTER_STAFF_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "Only shelter staff and administrators hold the shelter's key: ask an administrator to mark "
    "your account as shelter staff.",
)


def holds_shelter_key(workspace: Workspace) -> bool:
    """Whether she sees rooms and where residents went (shelter staff and administrators)."""
    return workspace.chest.holds(SHELTER_COMPARTMENT)


def require_shelter_key(workspace: Workspace) -> None:
    if not workspace.chest.holds(SHELTER_COMPARTMENT):
        raise AccessDenied(SHELTER_STAFF_ONLY)


def _room(stay: ShelterStay) -> str:
    return _text(stay.place, "room") if stay.place is not None else ""


def shelter_board(workspace: Workspace, today: date) -> list[BoardRow]:
    """Every stay that occupies a bed on ``today``, ordered by room: for holders of the
    shelter's key. A stay in a case she cannot read shows its room only."""
    require_shelter_key(workspace)
    with workspace.session() as session:
        visible = visible_cases(workspace, session)
        rows = session.execute(
            select(ShelterStay, Case.number, Client, visible.label("visible"))
            .join(Case, Case.id == ShelterStay.case_id)
            .join(Client, Client.id == Case.client_id)
            .where(*_current(today))
        ).all()
        board: list[BoardRow] = []
        for stay, number, client, may_see in rows:
            room = _room(stay)
            if not may_see:
                board.append(BoardRow(room=room, hidden=True))
                continue
            limit = stay_limit(stay.admitted_on, stay.extended_to)
            board.append(
                BoardRow(
                    room=room,
                    stay_id=stay.id,
                    number=number,
                    alias=_text(client, "alias"),  # the full name is never read here
                    admitted_on=stay.admitted_on,
                    limit=limit,
                    days_left=(limit - today).days,
                    children=stay.children,
                )
            )
    board.sort(key=lambda r: (_room_key(r.room), r.admitted_on or date.min, r.number or ""))
    return board


def occupancy(workspace: Workspace, today: date) -> Occupancy:
    """Beds taken on ``today`` across the organisation, and the organisation's bed count."""
    with workspace.session() as session:
        occupied = session.scalar(
            select(func.count()).select_from(ShelterStay).where(*_current(today))
        )
        return Occupancy(occupied or 0, workspace.organisation(session).bed_count)


def _conflict_for(workspace: Workspace, number: str) -> VersionConflict:
    """Someone saved the case in the meantime (a shared server): say who and when."""
    with workspace.session() as session:
        return _conflict(session, visible_case(workspace, session, number))


def admit(
    workspace: Workspace, number: str, stay: rec.ShelterStay, today: date | None = None
) -> str:
    """Admit the client of a case: one new stay, one audit entry. Returns the stay's id.

    Refused when the case is already in the shelter, when the admission date falls within one of
    her earlier stays, or is after ``today``.
    """
    today = today or date.today()
    validate_stay(stay, "")
    if stay.left_on is not None:
        raise InvalidInput(
            "left_on",
            QT_TRANSLATE_NOOP("errors", "An admission cannot have a departure date yet."),
        )
    if stay.admitted_on > today:
        raise InvalidInput(
            "admitted_on",
            QT_TRANSLATE_NOOP("errors", "The admission date {date} is in the future."),
            date=stay.admitted_on.isoformat(),
        )
    if not stay.room.strip():
        raise InvalidInput("room", QT_TRANSLATE_NOOP("errors", "{field} is required."))
    validate_stay(stay, "", today=today)
    require_shelter_key(workspace)
    try:
        with workspace.transaction() as session:
            case = visible_case(workspace, session, number, write=True)
            for earlier in (s for s in case.stays if s.struck_out_on is None):
                _refuse_overlap(number, earlier, stay.admitted_on, today)
            row = ShelterStay(
                id=new_id(), case_id=case.id, admitted_on=stay.admitted_on, children=stay.children
            )
            row.children_named = children_text(stay.children_named)
            case.stays.append(row)
            row.place = ShelterPlace(id=new_id(), stay_id=row.id)
            row.place.room = stay.room.strip()
            # A case window still holding the case from before must not save over the new stay:
            # the new version makes its save a conflict.
            case.version = case.version + 1
            session.flush()
            workspace.audit(session, "shelter.admit", "shelter_stay", row.id, case.id)
            return row.id
    except StaleDataError:
        raise _conflict_for(workspace, number) from None


def _refuse_overlap(number: str, earlier: ShelterStay, admitted_on: date, today: date) -> None:
    """The new stay has no end yet, so any stay not ended by its admission date overlaps it."""
    if earlier.left_on is not None and earlier.left_on <= admitted_on:
        return
    if earlier.left_on is None or earlier.left_on > today:
        raise InvalidInput(
            "admitted_on",
            QT_TRANSLATE_NOOP(
                "errors",
                "Case {number} is already in the shelter (admitted on {date}): discharge her "
                "first.",
            ),
            number=number,
            date=earlier.admitted_on.isoformat(),
        )
    raise InvalidInput(
        "admitted_on",
        QT_TRANSLATE_NOOP(
            "errors",
            "The admission date {date} falls within an earlier stay of case {number}, which "
            "ended on {left}.",
        ),
        number=number,
        date=admitted_on.isoformat(),
        left=earlier.left_on.isoformat(),
    )


def discharge(
    workspace: Workspace,
    number: str,
    stay_id: str,
    left_on: date,
    reason: str = "",
    destination: str = "",
) -> None:
    """End a stay with its departure date, reason and destination (kept encrypted, never printed).
    One audit entry, which does not carry the destination."""
    require_shelter_key(workspace)
    try:
        with workspace.transaction() as session:
            case = visible_case(workspace, session, number, write=True)
            row = next((s for s in case.stays if s.id == stay_id and s.struck_out_on is None), None)
            if row is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("errors", "Case {number} has no such shelter stay."),
                    number=number,
                )
            if row.left_on is not None:
                raise InvalidInput(
                    "left_on",
                    QT_TRANSLATE_NOOP("errors", "This stay ended on {date} already."),
                    date=row.left_on.isoformat(),
                )
            validate_stay(
                rec.ShelterStay(
                    admitted_on=row.admitted_on, left_on=left_on, children=row.children
                ),
                "",
                today=date.today(),
            )
            row.left_on = left_on
            row.departure_reason = reason.strip()
            if row.place is None:
                row.place = ShelterPlace(id=new_id(), stay_id=row.id)
            row.place.destination = destination.strip()
            case.version = case.version + 1
            session.flush()
            workspace.audit(session, "shelter.discharge", "shelter_stay", row.id, case.id)
    except StaleDataError:
        raise _conflict_for(workspace, number) from None
