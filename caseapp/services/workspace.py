"""Opening, creating and unlocking a database; accounts and passwords."""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session

from caseapp.domain.enums import Role
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.security import check_new_password, check_username, unlock_delay_seconds
from caseapp.services import storage_errors, unknown_names
from caseapp.services.errors import (
    AccessDenied,
    DamagedDatabase,  # noqa: F401 (callers use ws.DamagedDatabase)
    InvalidInput,
    OperationFailed,
    TooManyAttempts,
    WrongCredentials,
)
from caseapp.storage import audit, sqlite_file, vault
from caseapp.storage.crypto import (
    DataKeys,
    DecryptionFailed,
    KdfParams,
    derive_password_key,
    new_data_key,
    new_recovery_key,
)
from caseapp.storage.database import Database
from caseapp.storage.engine import (
    UnsupportedDatabase,
    database_url,
    is_server,
    make_engine,
    server_label,
    sqlite_path,
    with_password,
)
from caseapp.storage.models import Office, Organisation, Staff, StaffOffice
from caseapp.storage.schema import NewerSchema


@dataclass(frozen=True)
class Actor:
    staff_id: str
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


def _open_failure(exc: BaseException) -> OperationFailed:
    return storage_errors.storage_failure(exc) or storage_errors.damaged_database()


UNSUPPORTED_DATABASE = QT_TRANSLATE_NOOP(
    "errors",
    "caseapp opens a data folder or a PostgreSQL server's address, such as "
    "postgresql://user@host/dbname.",
)


def open_database(target: str | Path | None, *, create: bool = False) -> Database:
    """Open a data folder or URL; one clear sentence when it is missing, damaged (cut short, a
    damaged page, a file of another kind or program), busy, or cannot be opened, and for a
    server when it cannot be reached, wants a password, refuses it or has no such database.

    A SQLite file gets SQLite's quick check of every page first (about 0.15 s per 20,000 cases),
    so damage is reported at once, with the way back (restore a backup), not in the middle of a
    day's work."""
    try:
        url = database_url(target)
    except UnsupportedDatabase:
        raise InvalidInput("db", UNSUPPORTED_DATABASE) from None
    if is_server(url):
        return _open_server(url, create=create)
    path = sqlite_path(url)
    if path is not None:
        problem = sqlite_file.file_problem(path)
        if problem is not None:  # an empty file too: a database that lost its content
            raise storage_errors.damaged_database()
        try:
            foreign = sqlite_file.belongs_to_another_program(path)
        except sqlite3.DatabaseError as exc:
            raise _open_failure(exc) from None
        if foreign:
            raise storage_errors.damaged_database()
    try:
        db = Database(target, create=create)
    except FileNotFoundError:
        raise OperationFailed(
            QT_TRANSLATE_NOOP(
                "errors",
                "There is no caseapp database in that folder: create one with 'caseapp init'.",
            )
        ) from None
    except (DatabaseError, OperationalError) as exc:
        raise _open_failure(exc) from None
    except NewerSchema:
        raise storage_errors.NewerDatabase() from None
    if db.path is not None:
        try:
            problems = sqlite_file.quick_check(db.engine)
        except DatabaseError as exc:
            db.close()
            raise _open_failure(exc) from None
        if problems:
            db.close()
            raise storage_errors.damaged_database()
        db.refresh_statistics()  # only now: a damaged file is never written to
    return db


def check_server(target: str) -> None:
    """Connect to a server and leave at once: one sentence when it cannot be reached, wants a
    password or refuses it, or has no such database. Nothing is read or written."""
    try:
        url = database_url(target)
    except UnsupportedDatabase:
        raise InvalidInput("db", UNSUPPORTED_DATABASE) from None
    if not is_server(url):
        return
    engine = make_engine(url)
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        failure = storage_errors.storage_failure(exc, server_label(url))
        raise (failure or storage_errors.ServerRefused(server=server_label(url))) from None
    finally:
        engine.dispose()


def with_server_password(target: str, password: str) -> str:
    """A server's URL with the password a person typed, for this run only: never stored."""
    return with_password(database_url(target), password)


def _open_server(url: str, *, create: bool) -> Database:
    """A PostgreSQL database: connected to, its schema migrated (by one client at a time)."""
    label = server_label(url)
    try:
        return Database(url, create=create)
    except NewerSchema:
        raise storage_errors.NewerDatabase() from None
    except DBAPIError as exc:
        failure = storage_errors.storage_failure(exc, label)
        if failure is None:
            raise storage_errors.ServerRefused(server=label) from None
        raise failure from None


class Workspace:
    """A database unlocked by one staff member: the keys live here and nowhere else."""

    def __init__(self, db: Database, keys: DataKeys, actor: Actor) -> None:
        self.db = db
        self._keys: DataKeys | None = keys
        self.actor = actor

    @property
    def keys(self) -> DataKeys:
        if self._keys is None:
            raise OperationFailed(QT_TRANSLATE_NOOP("errors", "The database is locked."))
        return self._keys

    @property
    def locked(self) -> bool:
        return self._keys is None

    def lock(self) -> None:
        """Drop the keys; nothing can be read or written until the next unlock."""
        self._keys = None

    def resume(self, unlocked: Workspace) -> bool:
        """Take the keys of a fresh unlock by the same person, so open windows carry on."""
        if unlocked.actor != self.actor or unlocked.db is not self.db:
            return False
        self._keys = unlocked._keys
        return True

    @contextmanager
    def session(self) -> Iterator[Session]:
        with storage_errors.translated(self.db.server or ""), self.db.session(self.keys) as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One save; a full disk, a read-only file or a busy database is one sentence
        (storage_errors), and the data as it was before the save is kept."""
        with (
            storage_errors.translated(self.db.server or ""),
            self.db.transaction(self.keys) as session,
        ):
            yield session

    def audit(
        self,
        session: Session,
        action: str,
        entity: str,
        entity_id: str | None = None,
        case_id: str | None = None,
        detail: str = "",
    ) -> None:
        audit.append(
            session,
            self.keys,
            actor_id=self.actor.staff_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            case_id=case_id,
            detail=detail,
        )

    def require_role(self, *roles: Role) -> None:
        if self.actor.role not in roles:
            raise AccessDenied()

    def require_admin(self, session: Session) -> None:
        """An administrator, and still one in the database: an account demoted or deactivated by
        another administrator loses these powers at once, not only at its next unlock."""
        self.require_role(Role.ADMIN)
        me = session.get(Staff, self.actor.staff_id)
        if me is None or not me.active or me.role != Role.ADMIN.value:
            raise AccessDenied()

    def organisation(self, session: Session) -> Organisation:
        return session.scalars(select(Organisation)).one()


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
    """Create the organisation, its first administrator and the keys; returns the recovery key,
    which is shown once and never stored."""
    if db.is_initialised():
        raise OperationFailed(
            QT_TRANSLATE_NOOP("errors", "This database is already set up; it was left unchanged.")
        )
    if not org.name_ru.strip():
        raise InvalidInput("org", QT_TRANSLATE_NOOP("errors", "The organisation needs a name."))
    check_username(username)
    if check_password:  # only the fictitious demo database uses a weak, published password
        check_new_password(password)
    data_key, recovery_key = new_data_key(), new_recovery_key()
    keys = DataKeys.from_data_key(data_key)
    with storage_errors.translated(), db.transaction(keys) as session:
        organisation = Organisation()
        session.add(organisation)
        for field in fields(OrganisationDetails):
            setattr(organisation, field.name, getattr(org, field.name).strip())
        office = Office(seq=1)  # the main office; unnamed until an administrator names it
        session.add(office)
        admin = Staff(username=username, role=Role.ADMIN.value)
        session.add(admin)
        admin.full_name = full_name
        session.flush()
        session.add(StaffOffice(staff_id=admin.id, office_id=office.id))
        vault.set_password_wrap(session, admin.id, data_key, password, kdf or KdfParams.default())
        vault.set_recovery_wrap(session, data_key, recovery_key)
        actor = Actor(admin.id, username, Role.ADMIN)
        workspace = Workspace(db, keys, actor)
        workspace.audit(session, "database.create", "organisation", organisation.id)
    return workspace, recovery_key


_DUMMY_SALT = b"\0" * 16


def unlock(db: Database, username: str, password: str, *, now: float | None = None) -> Workspace:
    """Unlock as a staff member. Wrong passwords are counted per account and slow down retries."""
    now = time.time() if now is None else now
    with storage_errors.translated(), db.transaction() as session:
        staff = session.scalar(select(Staff).where(Staff.username == username))
        if staff is None or not staff.active:  # as for a real account: the same time and wait
            database = unknown_names.database_key(session)
            seconds = unknown_names.seconds_to_wait(database, username, now)
            if seconds:
                raise TooManyAttempts(seconds=seconds)
            derive_password_key(password, _DUMMY_SALT, unknown_names.decoy_params(session))
            unknown_names.record_failure(database, username, now)
            raise WrongCredentials()
        delay = unlock_delay_seconds(staff.failed_unlocks)
        if delay and staff.last_failed_at is not None and now < staff.last_failed_at + delay:
            raise TooManyAttempts(seconds=math.ceil(staff.last_failed_at + delay - now))
        try:
            data_key = vault.unwrap_with_password(session, staff.id, password)
        except DecryptionFailed:
            staff.failed_unlocks += 1
            staff.last_failed_at = now
            failed = True
        else:
            staff.failed_unlocks, staff.last_failed_at = 0, None
            failed = False
            actor = Actor(staff.id, staff.username, Role(staff.role))
    if failed:
        raise WrongCredentials()
    workspace = Workspace(db, DataKeys.from_data_key(data_key), actor)
    with workspace.transaction() as session:
        workspace.audit(session, "session.unlock", "staff", actor.staff_id)
    return workspace


def retry_delay(db: Database, username: str, *, now: float | None = None) -> int:
    """Seconds until this account may try again (0 when it may now), for the unlock screen."""
    now = time.time() if now is None else now
    with db.session() as session:
        staff = session.scalar(select(Staff).where(Staff.username == username))
        if staff is None or not staff.active:
            database = unknown_names.database_key(session)
            return unknown_names.seconds_to_wait(database, username, now)
        if staff.last_failed_at is None:
            return 0
        remaining = staff.last_failed_at + unlock_delay_seconds(staff.failed_unlocks) - now
        return max(0, math.ceil(remaining))
