"""The upgrade of a database of the first design (one data key for everyone) to keys per person,
in place, at its first administrator's unlock: one transaction, all or nothing.

Everyone who ever had an account knew the old data key, so nothing may stay under it: every field
is decrypted with it and sealed again under the new keys (cases under their own keys, wrapped by
their office's), every row of every case gets its MAC and every case its seal, the search tokens
are written again under the offices' keys, and the audit log's old entries are vouched for by the
signed upgrade entry that follows them. The administrator who upgrades becomes the first holder of
the new keys, and a new recovery key is shown to her once: the old one stops working (it opened the
old data key). The other accounts keep their names, roles and offices, and get new passwords from
an administrator (their old passwords opened the old data key too).

The upgrade trusts the file as it finds it: an account given an administrator's role in the file
by hand would upgrade it. Upgrade soon after installing the new version, and check the list of
administrators it shows.
"""

from __future__ import annotations

import os
import time
from collections import defaultdict
from typing import Any

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.services import grants, known_roots, storage_errors, unknown_names, unlock_counters
from caseapp.services.errors import OperationFailed, TooManyAttempts, WrongCredentials
from caseapp.services.workspace import (
    FIRST_DESIGN,
    Actor,
    Workspace,
    new_recovery_key,
    store_key_pairs,
)
from caseapp.storage import audit, rowseal, search_index, vault
from caseapp.storage import authority as auth
from caseapp.storage import models as m
from caseapp.storage.case_repo import all_encrypted_rows
from caseapp.storage.crypto import (
    DataKeys,
    DecryptionFailed,
    KdfParams,
    derive_password_key,
    keyed_hash,
    unwrap_key,
)
from caseapp.storage.database import Database
from caseapp.storage.fields import encrypted_fields
from caseapp.storage.keychest import KeyChest
from caseapp.storage.keys import KeyPairs, root_fingerprint, seal_root, seal_with_password
from caseapp.storage.scopes import ORG_COMPARTMENT, ROOT, SHELTER_COMPARTMENT, office_compartment

DAMAGED = QT_TRANSLATE_NOOP(
    "errors",
    "The database cannot be upgraded: record {record} is damaged. Restore the latest backup with "
    "the version that made it, then open it with this version again. Nothing was changed.",
)
_DUMMY_SALT = b"\0" * 16


def unlock_first_design(
    db: Database, username: str, password: str, *, now: float | None = None
) -> Workspace:
    """An unlock of a first-design database: an administrator's upgrades it; anyone else is told
    to wait for that."""
    now = time.time() if now is None else now
    with storage_errors.translated(db.server or ""), db.session() as session:
        database_id = unknown_names.database_key(session)
        staff = session.scalar(select(m.Staff).where(m.Staff.username == username))
        wrap = (
            session.scalar(select(m.KeyWrap).where(m.KeyWrap.staff_id == staff.id))
            if staff is not None and staff.active
            else None
        )
        decoy = unknown_names.decoy_params(session)
        counted = (staff.failed_unlocks, staff.last_failed_at) if staff is not None else (0, None)
    if staff is None or wrap is None:
        seconds = unknown_names.seconds_to_wait(database_id, username, now)
        if seconds:
            raise TooManyAttempts(seconds=seconds)
        derive_password_key(password, _DUMMY_SALT, decoy)
        unknown_names.record_failure(database_id, username, now)
        raise WrongCredentials()
    seconds = unlock_counters.seconds_to_wait(database_id, staff.id, counted, now)
    if seconds:
        raise TooManyAttempts(seconds=seconds)
    params = KdfParams(wrap.kdf_iterations, wrap.kdf_memory_kib, wrap.kdf_lanes)
    key = derive_password_key(password, bytes(wrap.salt), params)
    try:
        data_key = unwrap_key(
            key, bytes(wrap.wrapped_key), vault._context(vault.PASSWORD, staff.id)
        )
    except DecryptionFailed:
        unlock_counters.record_failure(db, database_id, staff.id, now)
        raise WrongCredentials() from None
    if staff.role != Role.ADMIN.value:
        raise OperationFailed(FIRST_DESIGN)
    return upgrade(db, data_key, staff.id, password, kdf=params)


def upgrade(
    db: Database, data_key: bytes, admin_id: str, password: str, *, kdf: KdfParams
) -> Workspace:
    """Re-key the whole database; returns the administrator's workspace, whose
    ``new_recovery_key`` is to be shown once."""
    legacy = DataKeys.from_data_key(data_key)
    root, admin_pairs, recovery_key = KeyPairs.generate(), KeyPairs.generate(), new_recovery_key()
    sealed_admin = seal_with_password(admin_pairs, admin_id, password, kdf)
    with storage_errors.translated(db.server or ""), db.transaction() as session:
        org = session.scalars(select(m.Organisation)).one()
        if org.crypto_version != 1:
            raise OperationFailed(
                QT_TRANSLATE_NOOP(
                    "errors", "Another administrator has just upgraded the database: unlock again."
                )
            )
        plain = _read_everything(session, legacy)
        legacy_problems = _legacy_audit_problems(session, legacy)
        org.root_sign_pub, org.root_box_pub = root.sign_public, root.box_public
        org.root_sealed = seal_root(root, recovery_key)
        store_key_pairs(session, admin_id, sealed_admin)
        authority, chest = _found_authority(session, org, root, admin_id, admin_pairs)
        session.info["chest"] = chest
        admin = session.get(m.Staff, admin_id)
        assert admin is not None
        workspace = Workspace(db, chest, Actor(admin_id, admin.username, Role.ADMIN), authority)
        _case_keys(session, chest)
        _seal_again(session, plain)
        _places(session, plain)
        _reindex(session, chest, plain)
        _seal_rows(session, chest)
        upgrade_seq = _vouch_for_old_entries(session)
        auth.append(
            session, authority, auth.UPGRADE, {"audit_seq": upgrade_seq}, admin_id, admin_pairs
        )
        workspace.audit(
            session,
            "database.upgrade",
            "organisation",
            org.id,
            detail=f"keys per person; old audit log problems: {len(legacy_problems)}",
        )
        for case_id in session.scalars(select(m.Case.id).order_by(m.Case.number)):
            workspace.audit(session, "case.seal", "case", case_id, case_id)
        session.query(m.KeyWrap).delete()
        org.crypto_version = 2
    workspace.new_recovery_key = recovery_key
    known_roots.remember(db, org.id, root_fingerprint(root.sign_public, root.box_public))
    return workspace


Plain = dict[tuple[str, str, str], str]  # (table, row id, column) -> text


def _read_everything(session: Session, legacy: DataKeys) -> Plain:
    """Every field in clear, in memory for the length of the upgrade; DAMAGED names a field that
    does not open, and nothing is changed."""
    plain: Plain = {}
    columns: dict[type[Any], list[str]] = {
        model: [d.name for d in encrypted_fields(model)] for model in all_encrypted_rows()
    }
    columns[m.ShelterStay] = ["room", "departure_reason", "destination"]
    columns.pop(m.ShelterPlace, None)
    for model, names in columns.items():
        table = model.__tablename__
        for row in session.scalars(select(model)):
            for name in names:
                blob = getattr(row, f"{name}_ct")
                if blob is None:
                    continue
                try:
                    plain[(table, row.id, name)] = legacy.field.open(
                        table, name, row.id, bytes(blob)
                    )
                except DecryptionFailed:
                    raise OperationFailed(DAMAGED, record=f"{table} {row.id}") from None
    return plain


def _legacy_audit_problems(session: Session, legacy: DataKeys) -> list[int]:
    """Entries of the old log whose keyed MAC does not hold (kept, and counted in the upgrade's
    entry: anyone with the old data key could have written them)."""
    bad, previous = [], b"\0" * 32
    for entry in session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq)):
        fields = (
            str(entry.seq),
            entry.at,
            entry.actor_id or "",
            entry.action,
            entry.entity,
            entry.entity_id or "",
            entry.case_id or "",
        )
        detail = bytes(entry.detail_ct) if entry.detail_ct is not None else b""
        mac = keyed_hash(legacy.audit_key, previous, *(f.encode() for f in fields), detail)
        if mac != bytes(entry.mac):
            bad.append(entry.seq)
        previous = bytes(entry.mac)
    return bad


def _found_authority(
    session: Session, org: m.Organisation, root: KeyPairs, admin_id: str, pairs: KeyPairs
) -> tuple[auth.Authority, KeyChest]:
    """The signed authority as the file says it is: every account with its role, offices and
    whether it is active; keys for the administrator who upgrades; the compartments."""
    authority = auth.Authority(
        org_id=org.id, root_sign_pub=root.sign_public, root_box_pub=root.box_public
    )
    body = {
        "org": org.id,
        "root_sign_pub": root.sign_public.hex(),
        "root_box_pub": root.box_public.hex(),
    }
    auth.append(session, authority, auth.ORGANISATION, body, ROOT, root)
    offices: dict[str, list[str]] = defaultdict(list)
    for staff_id, office_id in session.execute(
        select(m.StaffOffice.staff_id, m.StaffOffice.office_id)
        .join(m.Office, m.Office.id == m.StaffOffice.office_id)
        .order_by(m.Office.seq)
    ):
        offices[staff_id].append(office_id)
    for staff in session.scalars(select(m.Staff).order_by(m.Staff.username)):
        mine = staff.id == admin_id
        member = auth.Member(
            staff.id,
            staff.username,
            staff.role,
            bool(staff.active),
            tuple(offices.get(staff.id, ())),
            staff.role == Role.ADMIN.value,
            pairs.box_public if mine else None,
            pairs.sign_public if mine else None,
        )
        auth.member_record(session, authority, member, ROOT, root)
    visibility = {"visibility": org.case_visibility or "assigned"}
    auth.append(session, authority, auth.VISIBILITY, visibility, ROOT, root)
    root_chest = KeyChest(ROOT, root)
    for compartment in [ORG_COMPARTMENT, SHELTER_COMPARTMENT] + [
        office_compartment(office_id)
        for office_id in session.scalars(select(m.Office.id).order_by(m.Office.seq))
    ]:
        grants.open_compartment(session, authority, root_chest, compartment)
    chest = KeyChest(admin_id, pairs)
    for (compartment, gen), secret in root_chest.secrets.items():
        chest.add_secret(compartment, gen, secret)
    return authority, chest


def _case_keys(session: Session, chest: KeyChest) -> None:
    """A key for every case, wrapped under its office's; every row names its case."""
    first_office = session.scalar(select(m.Office.id).order_by(m.Office.seq).limit(1))
    for case in session.scalars(select(m.Case)):
        if case.office_id is None:
            case.office_id = first_office
        key = os.urandom(32)
        chest.remember_case_key(case.id, key)
        assert case.office_id is not None
        case.key_wrap, case.key_gen = chest.wrap_case_key(case.id, case.office_id, key)
    session.flush()
    session.execute(
        update(m.Client)
        .values(case_id=select(m.Case.id).where(m.Case.client_id == m.Client.id).scalar_subquery())
        .execution_options(synchronize_session=False)
    )
    session.execute(
        update(m.PoliceCheck)
        .values(
            case_id=select(m.ProtectionOrder.case_id)
            .where(m.ProtectionOrder.id == m.PoliceCheck.order_id)
            .scalar_subquery()
        )
        .execution_options(synchronize_session=False)
    )
    session.expire_all()


def _seal_again(session: Session, plain: Plain) -> None:
    """Every field sealed under its new key (the row's case's, or a compartment's)."""
    for model in all_encrypted_rows():
        if model is m.ShelterPlace:
            continue
        table = model.__tablename__
        names = [d.name for d in encrypted_fields(model)]
        for row in session.scalars(select(model)):
            for name in names:
                setattr(row, name, plain.get((table, row.id, name), ""))
    session.flush()


def _places(session: Session, plain: Plain) -> None:
    """Rooms and destinations move to the shelter's compartment."""
    for stay in session.scalars(select(m.ShelterStay)):
        room = plain.get(("shelter_stay", stay.id, "room"), "")
        destination = plain.get(("shelter_stay", stay.id, "destination"), "")
        stay.room_ct = stay.destination_ct = None
        if room or destination:
            place = m.ShelterPlace(stay_id=stay.id)
            stay.place = place
            place.room, place.destination = room, destination
    session.flush()


def _reindex(session: Session, chest: KeyChest, plain: Plain) -> None:
    session.execute(text("DELETE FROM search_token"))
    offices = {c: o for c, o in session.execute(select(m.Case.client_id, m.Case.office_id))}
    for client in session.scalars(select(m.Client)):
        office_id = offices.get(client.id)
        if office_id is None:
            continue
        key = chest.index_keys(office_id)[-1]

        def value(name: str, row_id: str = client.id) -> str:
            return plain.get(("client", row_id, name), "")

        tokens = search_index.client_tokens(
            key, [value("full_name"), value("alias")], value("iin"), value("phone")
        )
        search_index.reindex(session, key, client.id, tokens)
        client.index_pending = False
    session.flush()


def _seal_rows(session: Session, chest: KeyChest) -> None:
    """A MAC on every row of every case (rows without encrypted fields too)."""
    for model in rowseal.SEALED:
        for row in session.scalars(select(model)):
            row.mac = rowseal.row_mac(rowseal.mac_key(chest, session, row), row)
    session.flush()


def _vouch_for_old_entries(session: Session) -> int:
    """The old entries chained again by plain hashes over what they now hold (their details
    sealed under the new keys); the signed upgrade entry that follows pins them. Returns the
    upgrade entry's number."""
    previous = audit.GENESIS
    last = 0
    for entry in session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq)):
        entry.signature, entry.signer = None, None
        entry.mac = audit.entry_hash(entry, previous)
        previous, last = bytes(entry.mac), entry.seq
    org = session.scalars(select(m.Organisation)).one()
    org.audit_head_seq, org.audit_head_mac = last, previous
    session.flush()
    return last + 1
