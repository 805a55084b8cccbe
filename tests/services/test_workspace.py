"""Unlocking, slowing down wrong passwords, changing and resetting passwords, accounts, and the
key-derivation cost (DESIGN.md section 3: Keys and Session)."""

from __future__ import annotations

import io
import itertools
import sys
from datetime import date

import pytest
from sqlalchemy import select, text

from caseapp.cli import main
from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.domain.security import MAX_DELAY_SECONDS, unlock_delay_seconds
from caseapp.services import accounts, staff
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.errors import (
    AccessDenied,
    InvalidInput,
    OperationFailed,
    TooManyAttempts,
    WrongCredentials,
)
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.crypto import KdfParams, new_recovery_key
from caseapp.storage.database import Database
from caseapp.storage.models import Base, Staff, StaffKey
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF

NEW_PASSWORD = "new pass 123"
CLIENT = "Әйгерім Қасымова"
T0 = 1_800_000_000.0  # a fixed "now" for the attempt counter


def _case(admin: ws.Workspace) -> str:
    return create_case(
        admin,
        rec.CaseRecord(
            client=rec.Client(full_name=CLIENT, iin="", phone="+7 701 111 22 33"),
            opened_on=date(2026, 3, 2),
            notes="заметка",
        ),
    )


def _client_ciphertexts(db: Database) -> list[tuple[bytes | None, ...]]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, full_name, phone FROM client ORDER BY id")).all()
        rows += conn.execute(text("SELECT id, notes FROM case_file ORDER BY id")).all()
    return [tuple(r) for r in rows]


def _wraps(db: Database) -> list[tuple[object, ...]]:
    """Every account's sealed key pairs, and the root's sealed under the recovery key."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM staff_key ORDER BY staff_id")).all()
        root = conn.execute(text("SELECT root_sealed FROM organisation")).scalar_one()
    return [tuple(r) for r in rows] + [("root", root)]


def _staff(db: Database, username: str = "admin") -> Staff:
    with db.session() as session:
        staff = session.scalars(select(Staff).where(Staff.username == username)).one()
        session.expunge(staff)
        return staff


def _fail(db: Database, times: int, now: float, username: str = "admin") -> None:
    for _ in range(times):
        with pytest.raises(WrongCredentials):
            ws.unlock(db, username, "wrong password", now=now)


# --- Unlocking -------------------------------------------------------------------------------


def test_right_password_unlocks_and_reads(db: Database, admin: ws.Workspace) -> None:
    number = _case(admin)
    again = ws.unlock(db, "admin", ADMIN_PASSWORD)
    assert again.actor.username == "admin" and again.actor.role == Role.ADMIN
    assert get_case(again, number).client.full_name == CLIENT


def test_wrong_password_is_one_sentence(db: Database, admin: ws.Workspace) -> None:
    with pytest.raises(WrongCredentials) as raised:
        ws.unlock(db, "admin", "not the password")
    assert raised.value.message == "The user name or password is wrong."
    assert str(raised.value) == raised.value.message
    assert raised.value.__cause__ is None  # no chained crypto exception to leak into logs
    assert "not the password" not in raised.value.message


def test_unknown_user_gets_the_same_error(db: Database, admin: ws.Workspace) -> None:
    with pytest.raises(WrongCredentials) as unknown:
        ws.unlock(db, "nobody", ADMIN_PASSWORD)
    with pytest.raises(WrongCredentials) as wrong:
        ws.unlock(db, "admin", "not the password")
    assert type(unknown.value) is type(wrong.value)
    assert unknown.value.message == wrong.value.message
    assert "nobody" not in unknown.value.message


def test_cli_wrong_password_is_one_line_without_traceback(
    db: Database,
    admin: ws.Workspace,
    db_target: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the password\n"))
    code = main(["search", "--db", db_target, "--user", "admin", "--password-stdin", "x"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    assert err == "caseapp: The user name or password is wrong.\n"


def test_damaged_key_wrap_is_wrong_credentials_not_a_crash(
    db: Database, admin: ws.Workspace
) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE staff_key SET sealed = :blob"), {"blob": b"\x01\x02"})
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "admin", ADMIN_PASSWORD, now=T0)


# --- Slowing down wrong passwords ------------------------------------------------------------


def test_three_free_attempts_then_a_delay_even_for_the_right_password(
    db: Database, admin: ws.Workspace
) -> None:
    _fail(db, 3, now=T0)
    assert _staff(db).failed_unlocks == 3
    delay = unlock_delay_seconds(3)
    assert delay == 2

    with pytest.raises(TooManyAttempts) as raised:
        ws.unlock(db, "admin", ADMIN_PASSWORD, now=T0 + 1)
    assert raised.value.params["seconds"] == 1
    assert raised.value.message == "Too many wrong passwords: wait 1 s, then try again."
    # A refused attempt is not tried, so it neither counts nor moves the clock.
    assert _staff(db).failed_unlocks == 3
    assert _staff(db).last_failed_at == T0

    # Once the delay is over the right password works and the counter starts again.
    workspace = ws.unlock(db, "admin", ADMIN_PASSWORD, now=T0 + delay)
    assert not workspace.locked
    staff = _staff(db)
    assert staff.failed_unlocks == 0 and staff.last_failed_at is None
    assert ws.retry_delay(db, "admin", now=T0 + delay) == 0
    _fail(db, 1, now=T0 + delay)  # one wrong password after the reset costs no waiting
    ws.unlock(db, "admin", ADMIN_PASSWORD, now=T0 + delay)


def test_wrong_password_during_the_delay_is_also_refused(db: Database, admin: ws.Workspace) -> None:
    _fail(db, 3, now=T0)
    with pytest.raises(TooManyAttempts):
        ws.unlock(db, "admin", "wrong password", now=T0 + 0.5)
    assert _staff(db).failed_unlocks == 3


def test_delay_grows_with_every_further_failure(db: Database, admin: ws.Workspace) -> None:
    now = T0
    _fail(db, 3, now=now)
    for failures in range(3, 8):
        wait = unlock_delay_seconds(failures)
        with pytest.raises(TooManyAttempts) as raised:
            ws.unlock(db, "admin", "wrong password", now=now + wait - 0.1)
        assert raised.value.params["seconds"] == 1
        now += wait
        _fail(db, 1, now=now)
        assert _staff(db).failed_unlocks == failures + 1
        assert ws.retry_delay(db, "admin", now=now) == unlock_delay_seconds(failures + 1)


def test_an_unknown_name_waits_like_a_real_one(db: Database, admin: ws.Workspace) -> None:
    """Nothing on the unlock screen tells which user names exist: a name without an account is
    slowed down after wrong passwords exactly like a real one, and a deactivated one too."""
    accounts.add_staff(admin, "former", "former pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    staff.deactivate(admin, _staff(db, "former").id)
    for name in ("admin", "nobody-here", "former"):
        for attempt in range(3):
            with pytest.raises(WrongCredentials):
                ws.unlock(db, name, "wrong password", now=T0 + attempt)
        assert ws.retry_delay(db, name, now=T0 + 2) == 2, name
        with pytest.raises(TooManyAttempts) as raised:
            ws.unlock(db, name, "wrong password", now=T0 + 3)
        assert raised.value.params["seconds"] == 1, name
    assert ws.retry_delay(db, "NOBODY-here", now=T0 + 2) == 2  # the name as typed, any case


def test_retry_delay_reports_the_remaining_seconds(db: Database, admin: ws.Workspace) -> None:
    assert ws.retry_delay(db, "admin", now=T0) == 0
    _fail(db, 2, now=T0)
    assert ws.retry_delay(db, "admin", now=T0) == 0  # still free attempts
    _fail(db, 1, now=T0)
    assert ws.retry_delay(db, "admin", now=T0) == 2
    assert ws.retry_delay(db, "admin", now=T0 + 0.5) == 2  # rounded up, never says 0 too early
    assert ws.retry_delay(db, "admin", now=T0 + 1) == 1
    assert ws.retry_delay(db, "admin", now=T0 + 1.9) == 1
    assert ws.retry_delay(db, "admin", now=T0 + 2) == 0
    assert ws.retry_delay(db, "admin", now=T0 + 100) == 0
    assert ws.retry_delay(db, "nobody", now=T0) == 0


def test_refusal_and_retry_delay_agree(db: Database, admin: ws.Workspace) -> None:
    _fail(db, 3, now=T0)
    for elapsed in (0.0, 0.25, 1.0, 1.5, 1.999):
        with pytest.raises(TooManyAttempts) as raised:
            ws.unlock(db, "admin", ADMIN_PASSWORD, now=T0 + elapsed)
        assert raised.value.params["seconds"] == ws.retry_delay(db, "admin", now=T0 + elapsed)


def test_failures_are_counted_per_account(db: Database, admin: ws.Workspace) -> None:
    accounts.add_staff(admin, "worker", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    _fail(db, 3, now=T0, username="worker")
    with pytest.raises(TooManyAttempts):
        ws.unlock(db, "worker", "worker pass 1", now=T0)
    ws.unlock(db, "admin", ADMIN_PASSWORD, now=T0)  # the administrator is not held up


def test_unlock_delay_grows_exponentially_and_is_capped() -> None:
    assert [unlock_delay_seconds(n) for n in range(3)] == [0, 0, 0]
    delays = [unlock_delay_seconds(n) for n in range(3, 12)]
    assert delays[:8] == [2, 4, 8, 16, 32, 64, 128, 256]
    assert all(b == min(2 * a, MAX_DELAY_SECONDS) for a, b in itertools.pairwise(delays))
    assert unlock_delay_seconds(11) == MAX_DELAY_SECONDS == 300
    assert unlock_delay_seconds(50) == 300
    assert unlock_delay_seconds(10_000) == 300


# --- Changing the password -------------------------------------------------------------------


def test_change_password_rewraps_without_reencrypting(db: Database, admin: ws.Workspace) -> None:
    number = _case(admin)
    ciphertexts = _client_ciphertexts(db)
    wraps_before = _wraps(db)

    accounts.change_password(admin, ADMIN_PASSWORD, NEW_PASSWORD, kdf=CHEAP_KDF)

    with pytest.raises(WrongCredentials):
        ws.unlock(db, "admin", ADMIN_PASSWORD)
    workspace = ws.unlock(db, "admin", NEW_PASSWORD)
    assert get_case(workspace, number).client.full_name == CLIENT
    assert _client_ciphertexts(db) == ciphertexts  # the very same bytes: nothing re-encrypted
    wraps_after = _wraps(db)
    assert len(wraps_after) == len(wraps_before)  # one per account, replaced in place
    assert wraps_after != wraps_before
    assert wraps_after[-1] == wraps_before[-1]  # the root's is untouched
    before, after = wraps_before[0], wraps_after[0]
    assert before[1:3] == after[1:3]  # the same key pairs (public halves), sealed anew


def test_change_password_needs_the_old_password(db: Database, admin: ws.Workspace) -> None:
    wraps = _wraps(db)
    with pytest.raises(WrongCredentials):
        accounts.change_password(admin, "not the password", NEW_PASSWORD, kdf=CHEAP_KDF)
    assert _wraps(db) == wraps
    ws.unlock(db, "admin", ADMIN_PASSWORD)


@pytest.mark.parametrize("weak", ["", "short1", "aaaaaaaaaaaa", "abababababab", "abcabcabc"])
def test_weak_new_passwords_are_refused(db: Database, admin: ws.Workspace, weak: str) -> None:
    wraps = _wraps(db)
    with pytest.raises(InvalidInput) as raised:
        accounts.change_password(admin, ADMIN_PASSWORD, weak, kdf=CHEAP_KDF)
    assert raised.value.field == "password"
    with pytest.raises(InvalidInput):
        accounts.add_staff(admin, "worker", weak, Role.CASE_WORKER, kdf=CHEAP_KDF)
    assert _wraps(db) == wraps


def test_weak_first_password_is_refused(db: Database) -> None:
    with pytest.raises(InvalidInput):
        ws.initialise(db, ws.OrganisationDetails(name_ru="Центр"), "admin", "1234", kdf=CHEAP_KDF)
    assert not db.is_initialised()


# --- Recovery key ----------------------------------------------------------------------------


def test_recovery_key_sets_a_new_password(recovery_db: tuple[Database, str]) -> None:
    db, recovery_key = recovery_db
    number = _case(ws.unlock(db, "admin", ADMIN_PASSWORD))
    ciphertexts = _client_ciphertexts(db)
    _fail(db, 3, now=T0)  # a locked-out director is the usual reason for the reset

    accounts.reset_password_with_recovery(db, recovery_key, "admin", NEW_PASSWORD, kdf=CHEAP_KDF)

    workspace = ws.unlock(db, "admin", NEW_PASSWORD, now=T0)  # counter reset too
    assert get_case(workspace, number).client.full_name == CLIENT
    assert _client_ciphertexts(db) == ciphertexts
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "admin", ADMIN_PASSWORD)
    with db.engine.connect() as conn:
        actions = conn.execute(text("SELECT action FROM audit_entry ORDER BY seq")).scalars().all()
    assert "staff.recovery_reset" in actions


def test_recovery_key_accepted_in_lower_case_with_spaces(recovery_db: tuple[Database, str]) -> None:
    db, recovery_key = recovery_db
    typed = "  " + recovery_key.lower().replace("-", " ") + " "
    accounts.reset_password_with_recovery(db, typed, "admin", NEW_PASSWORD, kdf=CHEAP_KDF)
    ws.unlock(db, "admin", NEW_PASSWORD)


@pytest.mark.parametrize("wrong", ["another", "malformed", "one character off"])
def test_wrong_recovery_key_changes_nothing(recovery_db: tuple[Database, str], wrong: str) -> None:
    db, recovery_key = recovery_db
    if wrong == "another":
        key = new_recovery_key()
    elif wrong == "malformed":
        key = "not a recovery key"
    else:
        first = recovery_key[0]
        key = ("1" if first != "1" else "2") + recovery_key[1:]
    wraps = _wraps(db)
    with db.engine.connect() as conn:
        audit_count = conn.execute(text("SELECT count(*) FROM audit_entry")).scalar()

    with pytest.raises(OperationFailed) as raised:
        accounts.reset_password_with_recovery(db, key, "admin", NEW_PASSWORD, kdf=CHEAP_KDF)
    assert raised.value.message == "The recovery key is wrong."

    assert _wraps(db) == wraps
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_entry")).scalar() == audit_count
    ws.unlock(db, "admin", ADMIN_PASSWORD)
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "admin", NEW_PASSWORD)


def test_recovery_for_unknown_user_changes_nothing(recovery_db: tuple[Database, str]) -> None:
    db, recovery_key = recovery_db
    wraps = _wraps(db)
    with pytest.raises(OperationFailed):
        accounts.reset_password_with_recovery(
            db, recovery_key, "nobody", NEW_PASSWORD, kdf=CHEAP_KDF
        )
    assert _wraps(db) == wraps


def test_recovery_refuses_a_weak_password(recovery_db: tuple[Database, str]) -> None:
    db, recovery_key = recovery_db
    with pytest.raises(InvalidInput):
        accounts.reset_password_with_recovery(db, recovery_key, "admin", "weak", kdf=CHEAP_KDF)
    ws.unlock(db, "admin", ADMIN_PASSWORD)


def test_the_recovery_key_is_not_stored(recovery_db: tuple[Database, str]) -> None:
    db, recovery_key = recovery_db
    if db.path is not None:
        raw = db.path.read_bytes()
    else:  # a server: every value of every table
        with db.engine.connect() as conn:
            raw = repr(
                [conn.execute(select(t)).all() for t in Base.metadata.sorted_tables]
            ).encode()
    for form in (recovery_key, recovery_key.replace("-", "")):
        assert form.encode() not in raw


# --- Accounts --------------------------------------------------------------------------------


def test_add_staff_by_a_non_admin_is_denied(db: Database, admin: ws.Workspace) -> None:
    accounts.add_staff(admin, "worker", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    worker = ws.unlock(db, "worker", "worker pass 1")
    assert worker.actor.role == Role.CASE_WORKER
    with pytest.raises(AccessDenied):
        accounts.add_staff(worker, "intruder", "intruder pass 1", Role.ADMIN, kdf=CHEAP_KDF)
    with db.engine.connect() as conn:
        names = conn.execute(text("SELECT username FROM staff ORDER BY username")).scalars().all()
    assert names == ["admin", "worker"]


def test_new_staff_reads_the_same_data(db: Database, admin: ws.Workspace) -> None:
    number = _case(admin)
    accounts.add_staff(admin, "lawyer", "lawyer pass 1", Role.LAWYER, kdf=CHEAP_KDF)
    settings = get_settings(admin)  # let non-administrators see every case
    settings.case_visibility = CaseVisibility.ALL
    update_settings(admin, settings)
    lawyer = ws.unlock(db, "lawyer", "lawyer pass 1")
    assert get_case(lawyer, number).client.full_name == CLIENT


def test_taken_user_name_is_refused(db: Database, admin: ws.Workspace) -> None:
    with pytest.raises(InvalidInput):
        accounts.add_staff(admin, "admin", "other pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    ws.unlock(db, "admin", ADMIN_PASSWORD)


# --- Key-derivation cost ---------------------------------------------------------------------


def test_kdf_parameters_passed_are_stored_with_the_wrap(db: Database, admin: ws.Workspace) -> None:
    other = KdfParams(iterations=2, memory_kib=16, lanes=2)
    staff_id = accounts.add_staff(admin, "worker", "worker pass 1", Role.CASE_WORKER, kdf=other)
    with db.session() as session:
        wraps = {w.staff_id: w for w in session.scalars(select(StaffKey))}
    admin_wrap = wraps[admin.actor.staff_id]
    assert (admin_wrap.kdf_iterations, admin_wrap.kdf_memory_kib, admin_wrap.kdf_lanes) == (
        CHEAP_KDF.iterations,
        CHEAP_KDF.memory_kib,
        CHEAP_KDF.lanes,
    )
    worker_wrap = wraps[staff_id]
    assert (worker_wrap.kdf_iterations, worker_wrap.kdf_memory_kib, worker_wrap.kdf_lanes) == (
        2,
        16,
        2,
    )
    assert admin_wrap.salt != worker_wrap.salt and len(admin_wrap.salt) == 16
    ws.unlock(db, "worker", "worker pass 1")  # unlock uses the stored parameters


def test_default_kdf_is_not_weakened() -> None:
    params = KdfParams.default()
    assert params.iterations >= 3
    assert params.memory_kib >= 64 * 1024
    assert params.lanes >= 1


def test_without_kdf_the_default_cost_is_stored(db: Database, admin: ws.Workspace) -> None:
    accounts.change_password(admin, ADMIN_PASSWORD, NEW_PASSWORD)
    with db.session() as session:
        wrap = session.scalars(
            select(StaffKey).where(StaffKey.staff_id == admin.actor.staff_id)
        ).one()
    assert KdfParams(wrap.kdf_iterations, wrap.kdf_memory_kib, wrap.kdf_lanes) == (
        KdfParams.default()
    )
