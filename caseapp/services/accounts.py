"""Accounts and their keys: a new account, a changed password, a new password set by an
administrator or with the recovery key.

Every account has its own key pairs; a password only seals them, so changing it re-seals two keys
and nothing else. A new password set by someone else means new key pairs (the old ones cannot be
opened without the old password): they are certified in a signed authority record, and the keys
the account should hold are granted to them again. The key derivation (Argon2id) always runs
before the transaction, so it never holds up anyone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.security import check_new_password, check_username
from caseapp.services import grants, known_roots, storage_errors, unlock_counters
from caseapp.services.errors import InvalidInput, OperationFailed, WrongCredentials
from caseapp.services.workspace import (
    Actor,
    Workspace,
    store_key_pairs,
    stored_key_pairs,
)
from caseapp.storage import authority as auth
from caseapp.storage.crypto import DecryptionFailed, KdfParams
from caseapp.storage.database import Database
from caseapp.storage.fields import new_id
from caseapp.storage.keychest import KeyChest
from caseapp.storage.keys import (
    KeyPairs,
    open_root,
    open_with_password_key,
    password_key,
    seal_with_password,
)
from caseapp.storage.models import (
    Case,
    CaseGrant,
    KeyGrant,
    Office,
    Organisation,
    Staff,
    StaffKey,
    StaffOffice,
)
from caseapp.storage.scopes import ROOT

WRONG_RECOVERY_KEY = QT_TRANSLATE_NOOP("errors", "The recovery key is wrong.")
NO_SUCH_USER = QT_TRANSLATE_NOOP("errors", "There is no such user.")


def change_password(
    workspace: Workspace, old_password: str, new_password: str, *, kdf: KdfParams | None = None
) -> None:
    """Seal her own key pairs under a new password; nothing else changes."""
    check_new_password(new_password)
    me = workspace.actor.staff_id
    with workspace.session() as session:
        row = session.get(StaffKey, me)
        if row is None:
            raise WrongCredentials()
        stored = stored_key_pairs(row)
    try:
        open_with_password_key(stored, me, password_key(stored, old_password))
    except DecryptionFailed:
        raise WrongCredentials() from None
    sealed = seal_with_password(workspace.chest.pairs, me, new_password, kdf or KdfParams.default())
    with workspace.transaction() as session:
        store_key_pairs(session, me, sealed)
        workspace.audit(session, "staff.password_change", "staff", me)


def root_workspace(db: Database, recovery_key: str) -> Workspace:
    """A session opened with the recovery key: the organisation's root, which holds every
    compartment and signs as "root"."""
    if not recovery_key.strip():
        raise InvalidInput("recovery_key", QT_TRANSLATE_NOOP("errors", "Type in the recovery key."))
    with storage_errors.translated(db.server or ""), db.session() as session:
        org = session.scalars(select(Organisation)).one()
        if org.crypto_version == 1:
            raise OperationFailed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This database must first be opened once by an administrator with her "
                    "password, to upgrade it to this version's keys.",
                )
            )
        sealed, sign_pub, box_pub = org.root_sealed, org.root_sign_pub, org.root_box_pub
        if sealed is None or sign_pub is None or box_pub is None:
            raise OperationFailed(WRONG_RECOVERY_KEY)
        try:
            pairs = open_root(bytes(sealed), recovery_key, bytes(box_pub), bytes(sign_pub))
        except DecryptionFailed:
            raise OperationFailed(WRONG_RECOVERY_KEY) from None
        authority = auth.load(session)
        known_roots.check(db, authority)
        chest = KeyChest(ROOT, pairs)
        chest.load(session, authority.compartments)
    return Workspace(db, chest, Actor("", "", Role.ADMIN), authority)


def reset_password_with_recovery(
    db: Database,
    recovery_key: str,
    username: str,
    new_password: str,
    *,
    kdf: KdfParams | None = None,
) -> None:
    """The way back in when every administrator's password is lost: the recovery key gives an
    administrator's account new keys under a new password. Audited, signed by the root."""
    check_new_password(new_password)
    root = root_workspace(db, recovery_key)
    with root.session() as session:
        staff = session.scalar(select(Staff).where(Staff.username == username))
        member = root.authority.members.get(staff.id) if staff is not None else None
    if staff is None or member is None:
        raise OperationFailed(NO_SUCH_USER)
    if not member.active or member.role != Role.ADMIN.value:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "The recovery key sets a new password for an active administrator only; an "
                "administrator then sets the others' passwords on the Staff page.",
            )
        )
    give_new_keys(root, member.staff_id, new_password, "staff.recovery_reset", kdf=kdf)


def give_new_keys(
    workspace: Workspace,
    staff_id: str,
    password: str,
    action: str,
    *,
    kdf: KdfParams | None = None,
) -> None:
    """New key pairs for an account under ``password``, certified by the administrator (or the
    root) and granted what the account should hold. Her old keys, which nobody can open any
    more, and their grants are deleted."""
    pairs = KeyPairs.generate()
    sealed = seal_with_password(pairs, staff_id, password, kdf or KdfParams.default())
    with workspace.transaction() as session:
        authority = workspace.require_admin(session)
        member = authority.members.get(staff_id)
        staff = session.get(Staff, staff_id)
        if member is None or staff is None:
            raise OperationFailed(NO_SUCH_USER)
        store_key_pairs(session, staff_id, sealed)
        keyed = auth.changed(member, box_pub=pairs.box_public, sign_pub=pairs.sign_public)
        auth.member_record(session, authority, keyed, workspace.signer, workspace.chest.pairs)
        session.execute(delete(KeyGrant).where(KeyGrant.holder == staff_id))
        session.execute(delete(CaseGrant).where(CaseGrant.holder == staff_id))
        grants.reconcile(session, authority, workspace.chest)
        regrant_assigned(workspace, session, staff_id)
        staff.failed_unlocks, staff.last_failed_at = 0, None
        workspace.audit(session, action, "staff", staff_id)
        database_id = authority.org_id
    unlock_counters.forget(database_id, staff_id)  # this computer's count of her wrong tries


def regrant_assigned(workspace: Workspace, session: Session, staff_id: str) -> None:
    """Case grants for every case assigned to the account (an administrator or the root holds
    every office's key)."""
    case_ids = list(session.scalars(select(Case.id).where(Case.assigned_to == staff_id)))
    workspace.chest.prefetch_case_keys(session, case_ids)
    for case_id in case_ids:
        key = workspace.chest.case_key(session, case_id)
        grants.grant_case(session, workspace.authority, staff_id, case_id, key)


def set_password(
    workspace: Workspace, staff_id: str, new_password: str, *, kdf: KdfParams | None = None
) -> None:
    """An administrator sets a new password for someone else's account (forgotten, or an
    account reactivated or carried over by the upgrade): new keys under it."""
    check_new_password(new_password)
    workspace.require_role(Role.ADMIN)
    give_new_keys(workspace, staff_id, new_password, "staff.password_set", kdf=kdf)


def add_staff(
    workspace: Workspace,
    username: str,
    password: str,
    role: Role,
    *,
    full_name: str = "",
    offices: Sequence[str] | None = None,
    shelter: bool = False,
    kdf: KdfParams | None = None,
) -> str:
    """A new account in ``offices`` (by default the organisation's first office), with its own
    key pairs, certified by the administrator and granted what its role and offices give."""
    workspace.require_role(Role.ADMIN)
    check_username(username)
    check_new_password(password)
    staff_id = new_id()
    pairs = KeyPairs.generate()
    sealed = seal_with_password(pairs, staff_id, password, kdf or KdfParams.default())
    with workspace.transaction() as session:
        authority = workspace.require_admin(session)
        if session.scalar(select(Staff.id).where(Staff.username == username)):
            raise InvalidInput(
                "user",
                QT_TRANSLATE_NOOP("errors", "The user name '{name}' is taken."),
                name=username,
            )
        staff = Staff(id=staff_id, username=username, role=role.value)
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
            session.add(StaffOffice(staff_id=staff_id, office_id=office_id))
        store_key_pairs(session, staff_id, sealed)
        member = auth.Member(
            staff_id,
            username,
            role.value,
            True,
            tuple(office_ids),
            shelter,
            pairs.box_public,
            pairs.sign_public,
        )
        grants.reconcile(session, authority, workspace.chest, pending=member)
        auth.member_record(session, authority, member, workspace.signer, workspace.chest.pairs)
        workspace.audit(session, "staff.create", "staff", staff_id)
        return staff_id
