"""Staff accounts, for an administrator: list, add, change role, deactivate and reactivate, and
set a new password with the recovery key; and each person's own details (full name, position,
phone), which letters print.

Every function here is refused to anyone but an administrator (``AccessDenied``), except that a
person may read and edit her own details. Every change writes one audit entry. The organisation
always keeps at least one active administrator.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.rules import is_phone_number
from caseapp.domain.security import check_new_password
from caseapp.services import grants
from caseapp.services.accounts import add_staff, root_workspace, set_password
from caseapp.services.errors import AccessDenied, InvalidInput, OperationFailed
from caseapp.services.workspace import Workspace
from caseapp.storage import authority as auth
from caseapp.storage.crypto import KdfParams
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import Office, Staff, StaffKey, StaffOffice

__all__ = [
    "MAX_FULL_NAME",
    "MAX_PHONE",
    "MAX_POSITION",
    "StaffAccount",
    "StaffDetails",
    "add_staff",
    "change_role",
    "deactivate",
    "get_staff_details",
    "list_staff",
    "reactivate",
    "reset_password",
    "set_password",
    "set_shelter_staff",
    "update_staff_details",
]

MAX_FULL_NAME = 200
MAX_POSITION = 200
MAX_PHONE = 40
DETAIL_FIELDS = ("full_name", "position", "phone")


@dataclass(frozen=True)
class StaffAccount:
    staff_id: str
    username: str
    full_name: str
    role: Role
    active: bool
    failed_unlocks: int
    offices: tuple[str, ...] = ()  # office ids, in the order the offices were made
    shelter: bool = False  # holds the shelter's key
    needs_password: bool = False  # active, but without keys: an administrator sets a password


@dataclass(frozen=True)
class StaffDetails:
    """A person's details as letters print them: the full name as the executor (and signer when
    the organisation has no director), the position under the signature when there is no
    director, the phone beside the executor (else the organisation's). A field that cannot be
    decrypted reads "" and is named in ``damaged``."""

    staff_id: str
    username: str
    full_name: str
    position: str
    phone: str
    damaged: tuple[str, ...] = ()


def _account(session: Session, staff_id: str) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise OperationFailed(QT_TRANSLATE_NOOP("errors", "There is no such user."))
    return staff


def _keep_an_administrator(session: Session, staff: Staff) -> None:
    """Refuse when ``staff`` is the last active administrator."""
    if not (staff.active and staff.role == Role.ADMIN.value):
        return
    others = session.scalar(
        select(func.count())
        .select_from(Staff)
        .where(Staff.active.is_(True), Staff.role == Role.ADMIN.value, Staff.id != staff.id)
    )
    if not others:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} is the last active administrator: make another account an administrator "
                "first.",
            ),
            name=staff.username,
        )


def list_staff(workspace: Workspace) -> list[StaffAccount]:
    """Every account, active ones first, by user name."""
    with workspace.session() as session:
        authority = workspace.require_admin(session)
        accounts = []
        memberships: dict[str, list[str]] = {}
        for staff_id, office_id in session.execute(
            select(StaffOffice.staff_id, StaffOffice.office_id)
            .join(Office, Office.id == StaffOffice.office_id)
            .order_by(Office.seq)
        ):
            memberships.setdefault(staff_id, []).append(office_id)
        for staff in session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.username)):
            try:
                full_name = staff.full_name
            except DamagedField:
                full_name = "?"
            member = authority.members.get(staff.id)  # the signed record decides
            accounts.append(
                StaffAccount(
                    staff.id,
                    staff.username,
                    full_name,
                    Role(member.role if member else staff.role),
                    member.active if member else False,
                    staff.failed_unlocks,
                    tuple(memberships.get(staff.id, ())),
                    shelter=bool(member and member.shelter),
                    needs_password=bool(member and member.active and member.box_pub is None),
                )
            )
        return accounts


def _signed_change(workspace: Workspace, staff_id: str, action: str, **changes: object) -> None:
    """Change an account's signed authority record, then who holds which key; one audit
    entry. Nothing changes, nothing is written."""
    with workspace.transaction() as session:
        authority = workspace.require_admin(session)
        staff = _account(session, staff_id)
        member = authority.members.get(staff_id)
        if member is None:
            raise OperationFailed(QT_TRANSLATE_NOOP("errors", "There is no such user."))
        updated = auth.changed(member, **changes)
        if updated == member:
            return
        if member.is_admin and not (updated.active and updated.role == Role.ADMIN.value):
            _keep_an_administrator(session, staff)
        staff.role, staff.active = updated.role, updated.active
        if not updated.active:
            session.execute(delete(StaffKey).where(StaffKey.staff_id == staff_id))
            updated = auth.changed(updated, box_pub=None, sign_pub=None)
        # The keys first, signed while the signer is surely still an administrator (she may be
        # stepping down); then the record.
        grants.reconcile(session, authority, workspace.chest, pending=updated)
        auth.member_record(session, authority, updated, workspace.signer, workspace.chest.pairs)
        detail = f"{member.role}>{updated.role}" if member.role != updated.role else ""
        if member.shelter != updated.shelter:
            detail = f"shelter={'yes' if updated.shelter else 'no'}"
        workspace.audit(session, action, "staff", staff_id, detail=detail)


def change_role(workspace: Workspace, staff_id: str, role: Role) -> None:
    """Give an account another role; the last active administrator keeps hers. Its keys follow
    at once: a demoted administrator's compartments are rotated away from her."""
    _signed_change(workspace, staff_id, "staff.role_change", role=Role(role).value)


def set_shelter_staff(workspace: Workspace, staff_id: str, shelter: bool) -> None:
    """Whether an account holds the shelter's key (rooms, destinations)."""
    _signed_change(workspace, staff_id, "staff.shelter", shelter=bool(shelter))


def deactivate(workspace: Workspace, staff_id: str) -> None:
    """Stop an account: its signed record says so, its keys and grants are deleted, and every
    compartment it held is rotated (its cases' keys re-wrapped), so its password opens nothing
    in this database from now on. Its records and history stay. Anything copied while it was
    active stays readable to whoever copied it: no program can take that back."""
    _signed_change(workspace, staff_id, "staff.deactivate", active=False)


def reactivate(workspace: Workspace, staff_id: str, password: str) -> None:
    """Let a deactivated account work again: its keys were deleted, so it gets new ones under a
    new password given by the administrator."""
    check_new_password(password)
    _signed_change(workspace, staff_id, "staff.reactivate", active=True)
    with workspace.transaction() as session:
        staff = _account(session, staff_id)
        staff.failed_unlocks, staff.last_failed_at = 0, None
    set_password(workspace, staff_id, password)


def reset_password(
    workspace: Workspace,
    recovery_key: str,
    username: str,
    new_password: str,
    *,
    kdf: KdfParams | None = None,
) -> None:
    """Set a new password for an account. An administrator needs no recovery key for it (she
    certifies the account's new keys herself); ``recovery_key`` is kept for the dialog that asks
    for it and is checked when given. A deactivated account stays deactivated."""
    with workspace.session() as session:
        workspace.require_admin(session)
        staff_id = session.scalar(select(Staff.id).where(Staff.username == username))
    if staff_id is None:
        raise OperationFailed(QT_TRANSLATE_NOOP("errors", "There is no such user."))
    if recovery_key.strip():
        root_workspace(workspace.db, recovery_key)  # the key is checked, not needed
    check_new_password(new_password)
    set_password(workspace, staff_id, new_password, kdf=kdf)


def _details_account(workspace: Workspace, session: Session, staff_id: str | None) -> Staff:
    """The account whose details are read or changed: one's own (while still active), or
    anyone's for an administrator."""
    me = session.get(Staff, workspace.actor.staff_id)
    if me is None or not me.active:
        raise AccessDenied()
    if staff_id is None or staff_id == me.id:
        return me
    workspace.require_admin(session)
    return _account(session, staff_id)


def get_staff_details(workspace: Workspace, staff_id: str | None = None) -> StaffDetails:
    """One's own details (``staff_id`` None or one's own id), or anyone's for an administrator."""
    with workspace.session() as session:
        staff = _details_account(workspace, session, staff_id)
        values: dict[str, str] = {}
        damaged = []
        for name in DETAIL_FIELDS:
            try:
                values[name] = getattr(staff, name) or ""
            except DamagedField:
                values[name] = ""
                damaged.append(name)
        return StaffDetails(staff.id, staff.username, **values, damaged=tuple(damaged))


def _clean_details(full_name: str, position: str, phone: str) -> tuple[str, str, str]:
    full_name, position, phone = (" ".join(t.split()) for t in (full_name, position, phone))
    if not full_name:
        raise InvalidInput(
            "full_name",
            QT_TRANSLATE_NOOP("errors", "Type in the full name: letters print it as the executor."),
        )
    if len(full_name) > MAX_FULL_NAME:
        raise InvalidInput(
            "full_name",
            QT_TRANSLATE_NOOP("errors", "A full name may have at most {chars} characters."),
            chars=MAX_FULL_NAME,
        )
    if len(position) > MAX_POSITION:
        raise InvalidInput(
            "position",
            QT_TRANSLATE_NOOP("errors", "A position may have at most {chars} characters."),
            chars=MAX_POSITION,
        )
    if phone and (len(phone) > MAX_PHONE or not is_phone_number(phone)):
        raise InvalidInput(
            "phone",
            QT_TRANSLATE_NOOP(
                "errors",
                "A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits.",
            ),
        )
    return full_name, position, phone


def update_staff_details(
    workspace: Workspace, staff_id: str, *, full_name: str, position: str, phone: str
) -> None:
    """Set a person's full name, position and phone (position and phone may be left empty).
    Anyone may change her own; an administrator anyone's. One audit entry names the fields that
    changed, never their values; nothing changed, no entry."""
    with workspace.transaction() as session:
        staff = _details_account(workspace, session, staff_id)
        new = dict(zip(DETAIL_FIELDS, _clean_details(full_name, position, phone), strict=True))
        changed = []
        for name, value in new.items():
            try:
                same = (getattr(staff, name) or "") == value
            except DamagedField:  # unreadable: whatever is typed now replaces it
                same = False
            if not same:
                setattr(staff, name, value)
                changed.append(name)
        if changed:
            workspace.audit(session, "staff.details", "staff", staff.id, detail=",".join(changed))
