"""A database unlocked by one person: her keys, her signed authority, and one place for the audit
entry and the case seal of every change. Creating a database and unlocking one."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.security import check_new_password, check_username
from caseapp.services import known_roots, storage_errors, unknown_names, unlock_counters
from caseapp.services.errors import (
    AccessDenied,
    InvalidInput,
    OperationFailed,
    TooManyAttempts,
    WrongCredentials,
)
from caseapp.services.errors import DamagedDatabase as DamagedDatabase
from caseapp.services.opening import UNSUPPORTED_DATABASE as UNSUPPORTED_DATABASE
from caseapp.services.opening import check_server as check_server
from caseapp.services.opening import open_database as open_database
from caseapp.services.opening import with_server_password as with_server_password
from caseapp.storage import audit, rowseal
from caseapp.storage import authority as auth
from caseapp.storage.crypto import DecryptionFailed, KdfParams, derive_password_key
from caseapp.storage.crypto import new_recovery_key as _new_recovery_key
from caseapp.storage.database import Database
from caseapp.storage.keychest import KeyChest
from caseapp.storage.keys import (
    KeyPairs,
    SealedKeyPairs,
    open_with_password_key,
    password_key,
    root_fingerprint,
    seal_root,
    seal_with_password,
)
from caseapp.storage.models import (
    AuthorityRecord,
    Case,
    CompartmentKey,
    Office,
    Organisation,
    Staff,
    StaffKey,
    StaffOffice,
)
from caseapp.storage.scopes import ROOT


@dataclass(frozen=True)
class Actor:
    staff_id: str  # "" for a session opened with the recovery key
    username: str
    role: Role


@dataclass
class OrganisationDetails:
    name_ru: str
    name_kk: str = ""
    name_en: str = ""
    address: str = ""  # the Russian one, printed too in a letter language without its own
    address_kk: str = ""
    address_en: str = ""
    phone: str = ""
    bin: str = ""
    director: str = ""


LOCKED = QT_TRANSLATE_NOOP("errors", "The database is locked.")
FIRST_DESIGN = QT_TRANSLATE_NOOP(
    "errors",
    "This database was made by an older version of caseapp: an administrator must open it once "
    "with this version, which upgrades it to keys per person.",
)


class Workspace:
    """The keys live here and nowhere else; ``lock`` drops them."""

    def __init__(
        self, db: Database, chest: KeyChest, actor: Actor, authority: auth.Authority
    ) -> None:
        self.db = db
        self._chest: KeyChest | None = chest
        self.actor = actor
        self.authority = authority
        self.read_only = False  # the unlock could not be recorded (read-only folder, full disk)
        self.new_recovery_key: str | None = None  # set once by the upgrade, to be shown once
        self._seen: tuple[int | None, int | None] | None = None
        self._on_lock: list[weakref.WeakMethod[Callable[[], None]]] = []

    def when_locked(self, drop: Callable[[], None]) -> None:
        """Call ``drop`` (a bound method, held weakly: its owner may go away first) each time
        the keys are dropped, so that what a window opened for show (a preview's decrypted
        file) does not stay in memory behind the unlock screen."""
        self._on_lock.append(weakref.WeakMethod(drop))

    @property
    def chest(self) -> KeyChest:
        if self._chest is None:
            raise OperationFailed(LOCKED)
        return self._chest

    @property
    def locked(self) -> bool:
        return self._chest is None

    def lock(self) -> None:
        """Drop the keys; nothing can be read or written until the next unlock. Whatever asked
        (``when_locked``) drops what it opened."""
        self._chest = None
        alive = []
        for ref in self._on_lock:
            drop = ref()
            if drop is not None:
                alive.append(ref)
                drop()
        self._on_lock = alive

    def resume(self, unlocked: Workspace) -> bool:
        """Take the keys of a fresh unlock by the same person, so open windows carry on."""
        if unlocked.actor != self.actor or unlocked.db is not self.db:
            return False
        self._chest = unlocked._chest
        self.authority = unlocked.authority
        self._seen = None
        return True

    @contextmanager
    def session(self) -> Iterator[Session]:
        with (
            storage_errors.translated(self.db.server or ""),
            self.db.session(self.chest) as session,
        ):
            self._follow(session)
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One save; a full disk, a read-only file or a busy database is one sentence
        (storage_errors), and the data as it was before the save is kept."""
        with (
            storage_errors.translated(self.db.server or ""),
            self.db.transaction(self.chest) as session,
        ):
            self._follow(session)
            yield session

    def _follow(self, session: Session) -> None:
        """Take in another administrator's change of authority or of a compartment's key since
        this person unlocked: her role, and writing under the newest keys only."""
        seen = (
            session.scalar(select(func.max(AuthorityRecord.seq))),
            session.scalar(select(func.count()).select_from(CompartmentKey)),
        )
        if seen == self._seen:
            return
        if self._seen is not None:
            self.authority = auth.load(session)
            self.chest.load(session, self.authority.compartments)
            member = self.authority.members.get(self.actor.staff_id)
            if member is not None:
                self.actor = Actor(self.actor.staff_id, member.username, Role(member.role))
        self._seen = seen

    @property
    def signer(self) -> str:
        return self.chest.holder

    @property
    def fingerprint(self) -> str:
        """The organisation root's fingerprint, as the recovery sheet prints it."""
        return root_fingerprint(self.authority.root_sign_pub, self.authority.root_box_pub)

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: str | None = None,
        case_id: str | None = None,
        detail: str = "",
        *,
        changed: bool = True,
        rows: list[tuple[str, str, bytes | None]] | None = None,
    ) -> None:
        """One signed entry. An entry about a case first seals the case (``changed``: its rows
        were written in this transaction; ``rows``: all of them, when the caller knows) and
        carries the seal."""
        seal = None
        if case_id is not None:
            if changed:
                seal = rowseal.reseal_case(session, self.chest, case_id, rows)
            else:
                current = session.scalar(select(Case.mac).where(Case.id == case_id))
                seal = bytes(current) if current is not None else None
        audit.append(
            session,
            signer=self.signer,
            sign=self.chest.pairs.sign,
            actor_id=self.actor.staff_id or None,
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            detail=detail,
            case_seal=seal,
            authority_seq=self.authority.head_seq,
        )

    def require_role(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            raise AccessDenied()

    def require_admin(self, session: Session) -> auth.Authority:
        """An administrator by the signed authority as it is now: an account demoted or
        deactivated by another administrator loses these powers at once. Returns that
        authority, freshly verified, for a change to follow it."""
        authority = auth.load(session)
        self.authority = authority
        if self.signer == ROOT:
            return authority
        member = authority.members.get(self.actor.staff_id)
        if member is None or not member.is_admin:
            raise AccessDenied()
        return authority

    def organisation(self, session: Session) -> Organisation:
        return session.scalars(select(Organisation)).one()


def new_recovery_key() -> str:
    return _new_recovery_key()


def store_key_pairs(session: Session, staff_id: str, sealed: SealedKeyPairs) -> None:
    session.merge(
        StaffKey(
            staff_id=staff_id,
            box_pub=sealed.box_public,
            sign_pub=sealed.sign_public,
            salt=sealed.salt,
            kdf_iterations=sealed.kdf.iterations,
            kdf_memory_kib=sealed.kdf.memory_kib,
            kdf_lanes=sealed.kdf.lanes,
            sealed=sealed.sealed,
        )
    )


def stored_key_pairs(row: StaffKey) -> SealedKeyPairs:
    return SealedKeyPairs(
        bytes(row.box_pub),
        bytes(row.sign_pub),
        bytes(row.salt),
        KdfParams(row.kdf_iterations, row.kdf_memory_kib, row.kdf_lanes),
        bytes(row.sealed),
    )


def initialise(
    db: Database,
    org: OrganisationDetails,
    username: str,
    password: str,
    *,
    full_name: str = "",
    kdf: KdfParams | None = None,
    check_password: bool = True,
) -> tuple[Workspace, str]:
    """Create the organisation, its root and first administrator, the compartments and their
    grants; returns the recovery key, which is shown once and never stored."""
    from caseapp.services import grants

    if db.is_initialised():
        raise OperationFailed(
            QT_TRANSLATE_NOOP("errors", "This database is already set up; it was left unchanged.")
        )
    if not org.name_ru.strip():
        raise InvalidInput("org", QT_TRANSLATE_NOOP("errors", "The organisation needs a name."))
    check_username(username)
    if check_password:  # only the fictitious demo database uses a weak, published password
        check_new_password(password)
    root, admin_pairs, recovery_key = KeyPairs.generate(), KeyPairs.generate(), new_recovery_key()
    with storage_errors.translated(), db.transaction() as session:
        organisation = Organisation(
            crypto_version=2,
            root_sign_pub=root.sign_public,
            root_box_pub=root.box_public,
            root_sealed=seal_root(root, recovery_key),
        )
        session.add(organisation)
        office = Office(seq=1)  # the main office; unnamed until an administrator names it
        admin = Staff(username=username, role=Role.ADMIN.value)
        session.add_all([office, admin])
        session.flush()
        session.add(StaffOffice(staff_id=admin.id, office_id=office.id))
        sealed = seal_with_password(admin_pairs, admin.id, password, kdf or KdfParams.default())
        store_key_pairs(session, admin.id, sealed)
        authority = auth.Authority(
            org_id=organisation.id,
            root_sign_pub=root.sign_public,
            root_box_pub=root.box_public,
        )
        root_chest = KeyChest(ROOT, root)
        body = {
            "org": organisation.id,
            "root_sign_pub": root.sign_public.hex(),
            "root_box_pub": root.box_public.hex(),
        }
        auth.append(session, authority, auth.ORGANISATION, body, ROOT, root)
        member = auth.Member(
            admin.id,
            username,
            Role.ADMIN.value,
            True,
            (office.id,),
            True,
            admin_pairs.box_public,
            admin_pairs.sign_public,
        )
        auth.member_record(session, authority, member, ROOT, root)
        auth.append(session, authority, auth.VISIBILITY, {"visibility": "assigned"}, ROOT, root)
        for compartment in grants.founding_compartments(office.id):
            grants.open_compartment(session, authority, root_chest, compartment)
        chest = KeyChest(admin.id, admin_pairs)
        for (compartment, gen), secret in root_chest.secrets.items():
            chest.add_secret(compartment, gen, secret)
        session.info["chest"] = chest
        for field in fields(OrganisationDetails):
            setattr(organisation, field.name, getattr(org, field.name).strip())
        admin.full_name = full_name
        actor = Actor(admin.id, username, Role.ADMIN)
        workspace = Workspace(db, chest, actor, authority)
        workspace.audit(session, "database.create", "organisation", organisation.id)
    known_roots.remember(db, organisation.id, root_fingerprint(root.sign_public, root.box_public))
    return workspace, recovery_key


_DUMMY_SALT = b"\0" * 16


def unlock(
    db: Database,
    username: str,
    password: str,
    *,
    now: float | None = None,
    record: bool = True,
) -> Workspace:
    """Unlock as a member of staff. The key derivation runs outside any transaction or lock, so
    one person's unlock never holds up another's work. Wrong passwords are counted in the
    database and on this computer, and slow down retries. Without ``record`` nothing is written
    (a database read as it is, the source of a move): no audit entry, no counter."""
    now = time.time() if now is None else now
    with storage_errors.translated(db.server or ""), db.session() as session:
        org = session.scalars(select(Organisation)).one()
        database_id, version = org.id, org.crypto_version
        staff = session.scalar(select(Staff).where(Staff.username == username))
        staff_id = staff.id if staff is not None else None
        row = session.get(StaffKey, staff_id) if staff_id is not None else None
        stored = stored_key_pairs(row) if row is not None else None
        counted = (staff.failed_unlocks, staff.last_failed_at) if staff is not None else (0, None)
        decoy = unknown_names.decoy_params(session)
    if version == 1:
        if not record:
            raise OperationFailed(FIRST_DESIGN)
        from caseapp.services.upgrade import unlock_first_design

        upgraded: Workspace = unlock_first_design(db, username, password, now=now)
        return upgraded
    if staff_id is None or stored is None:  # as for a real account: the same time and wait
        seconds = unknown_names.seconds_to_wait(database_id, username, now)
        if seconds:
            raise TooManyAttempts(seconds=seconds)
        derive_password_key(password, _DUMMY_SALT, decoy)
        unknown_names.record_failure(database_id, username, now)
        raise WrongCredentials()
    seconds = unlock_counters.seconds_to_wait(database_id, staff_id, counted, now)
    if seconds:
        raise TooManyAttempts(seconds=seconds)
    key = password_key(stored, password)  # the slow part, holding nothing
    try:
        pairs = open_with_password_key(stored, staff_id, key)
    except DecryptionFailed:
        if record:
            unlock_counters.record_failure(db, database_id, staff_id, now)
        raise WrongCredentials() from None
    with storage_errors.translated(db.server or ""), db.session() as session:
        authority = auth.load(session)
        member = authority.members.get(staff_id)
        if (
            member is None
            or not member.active
            or (member.box_pub, member.sign_pub) != (pairs.box_public, pairs.sign_public)
        ):
            if record:
                unlock_counters.record_failure(db, database_id, staff_id, now)
            raise WrongCredentials()
        known_roots.check(db, authority)
        chest = KeyChest(staff_id, pairs)
        chest.load(session, authority.compartments)
    workspace = Workspace(db, chest, Actor(staff_id, member.username, Role(member.role)), authority)
    if not record:
        return workspace
    try:
        with workspace.transaction() as session:
            unlock_counters.reset(session, staff_id)
            workspace.audit(session, "session.unlock", "staff", staff_id)
    except (storage_errors.ReadOnlyDatabase, storage_errors.DiskFull, storage_errors.DatabaseBusy):
        workspace.read_only = True  # she can still read; nothing she does is saved
    unlock_counters.forget(database_id, staff_id)
    known_roots.remember(
        db, authority.org_id, root_fingerprint(authority.root_sign_pub, authority.root_box_pub)
    )
    return workspace


def retry_delay(db: Database, username: str, *, now: float | None = None) -> int:
    """Seconds until this account may try again (0 when it may now), for the unlock screen."""
    now = time.time() if now is None else now
    with db.session() as session:
        database_id = unknown_names.database_key(session)
        staff = session.scalar(select(Staff).where(Staff.username == username))
        if staff is None or session.get(StaffKey, staff.id) is None:
            return unknown_names.seconds_to_wait(database_id, username, now)
        counted = (staff.failed_unlocks, staff.last_failed_at)
        return unlock_counters.seconds_to_wait(database_id, staff.id, counted, now)
