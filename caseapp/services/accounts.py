"""Accounts: a new staff account, a changed password, and the director's reset of a forgotten
password with the recovery key. Each rewraps the one data key; no data is re-encrypted."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.security import check_new_password, check_username
from caseapp.services.errors import InvalidInput, OperationFailed, WrongCredentials
from caseapp.services.workspace import Workspace
from caseapp.storage import audit, vault
from caseapp.storage.crypto import DataKeys, DecryptionFailed, KdfParams
from caseapp.storage.database import Database
from caseapp.storage.models import Office, Staff, StaffOffice


def change_password(
    workspace: Workspace, old_password: str, new_password: str, *, kdf: KdfParams | None = None
) -> None:
    """Rewrap the data key under a new password; no data is re-encrypted."""
    check_new_password(new_password)
    with workspace.transaction() as session:
        try:
            data_key = vault.unwrap_with_password(session, workspace.actor.staff_id, old_password)
        except DecryptionFailed:
            raise WrongCredentials() from None
        vault.set_password_wrap(
            session, workspace.actor.staff_id, data_key, new_password, kdf or KdfParams.default()
        )
        workspace.audit(session, "staff.password_change", "staff", workspace.actor.staff_id)


def reset_password_with_recovery(
    db: Database,
    recovery_key: str,
    username: str,
    new_password: str,
    *,
    kdf: KdfParams | None = None,
) -> None:
    """The director's way back in: the recovery key sets a new password for an account."""
    check_new_password(new_password)
    with db.transaction() as session:
        try:
            data_key = vault.unwrap_with_recovery(session, recovery_key)
        except DecryptionFailed:
            raise OperationFailed(
                QT_TRANSLATE_NOOP("errors", "The recovery key is wrong.")
            ) from None
        staff = session.scalar(select(Staff).where(Staff.username == username))
        if staff is None:
            raise OperationFailed(QT_TRANSLATE_NOOP("errors", "There is no such user."))
        keys = DataKeys.from_data_key(data_key)
        session.info["keys"] = keys
        vault.set_password_wrap(
            session, staff.id, data_key, new_password, kdf or KdfParams.default()
        )
        staff.failed_unlocks, staff.last_failed_at = 0, None  # a deactivated account stays so
        audit.append(
            session,
            keys,
            actor_id=None,
            action="staff.recovery_reset",
            entity="staff",
            entity_id=staff.id,
        )


def add_staff(
    workspace: Workspace,
    username: str,
    password: str,
    role: Role,
    *,
    full_name: str = "",
    offices: Sequence[str] | None = None,
    kdf: KdfParams | None = None,
) -> str:
    """A new account in ``offices`` (by default the organisation's first office)."""
    workspace.require_role(Role.ADMIN)
    check_username(username)
    check_new_password(password)
    with workspace.transaction() as session:
        workspace.require_admin(session)
        if session.scalar(select(Staff.id).where(Staff.username == username)):
            raise InvalidInput(
                "user",
                QT_TRANSLATE_NOOP("errors", "The user name '{name}' is taken."),
                name=username,
            )
        staff = Staff(username=username, role=role.value)
        session.add(staff)
        staff.full_name = full_name
        session.flush()
        office_ids = list(dict.fromkeys(offices or ()))
        if not office_ids:
            first = session.scalar(select(Office.id).order_by(Office.seq).limit(1))
            office_ids = [first] if first else []
        for office_id in office_ids:
            if session.get(Office, office_id) is None:
                raise InvalidInput(
                    "offices", QT_TRANSLATE_NOOP("errors", "There is no such office.")
                )
            session.add(StaffOffice(staff_id=staff.id, office_id=office_id))
        vault.set_password_wrap(
            session, staff.id, workspace.keys.data_key, password, kdf or KdfParams.default()
        )
        workspace.audit(session, "staff.create", "staff", staff.id)
        return staff.id
