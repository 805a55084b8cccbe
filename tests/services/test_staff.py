"""Staff accounts: administrators only, one audit entry per change, never without an active
administrator (DESIGN.md section 1: the director manages staff accounts and roles)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from caseapp.domain.enums import Role
from caseapp.services import workspace as ws
from caseapp.services.backup_schedule import set_backup_every_days
from caseapp.services.errors import (
    AccessDenied,
    InvalidInput,
    OperationFailed,
    WrongCredentials,
)
from caseapp.services.letter_texts import set_number_format
from caseapp.services.offices import add_office
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.staff import (
    add_staff,
    change_role,
    deactivate,
    list_staff,
    reactivate,
    reset_password,
)
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, StaffKey
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF

LAWYER_PASSWORD = "lawyer pass 1"


def _audit(workspace: ws.Workspace) -> list[str]:
    with workspace.session() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def _lawyer(admin: ws.Workspace) -> str:
    return add_staff(
        admin, "lawyer1", LAWYER_PASSWORD, Role.LAWYER, full_name="Юрист Тестова", kdf=CHEAP_KDF
    )


def test_accounts_are_listed_with_role_state_and_failed_attempts(
    db: Database, admin: ws.Workspace
) -> None:
    lawyer_id = _lawyer(admin)
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "lawyer1", "wrong password")
    accounts = {a.username: a for a in list_staff(admin)}
    assert set(accounts) == {"admin", "lawyer1"}
    lawyer = accounts["lawyer1"]
    assert (lawyer.staff_id, lawyer.full_name, lawyer.role, lawyer.active) == (
        lawyer_id,
        "Юрист Тестова",
        Role.LAWYER,
        True,
    )
    assert lawyer.failed_unlocks == 1 and accounts["admin"].failed_unlocks == 0


def test_a_lawyer_is_refused_every_staff_service(db: Database, admin: ws.Workspace) -> None:
    lawyer_id = _lawyer(admin)
    lawyer = ws.unlock(db, "lawyer1", LAWYER_PASSWORD)
    before = _audit(admin)
    with pytest.raises(AccessDenied):
        list_staff(lawyer)
    with pytest.raises(AccessDenied):
        change_role(lawyer, lawyer_id, Role.ADMIN)
    with pytest.raises(AccessDenied):
        deactivate(lawyer, admin.actor.staff_id)
    with pytest.raises(AccessDenied):
        reactivate(lawyer, lawyer_id, "fresh pass 42")
    with pytest.raises(AccessDenied):
        reset_password(lawyer, "whatever", "admin", "new pass 123", kdf=CHEAP_KDF)
    with pytest.raises(AccessDenied):
        add_staff(lawyer, "friend", "friend pass 1", Role.ADMIN, kdf=CHEAP_KDF)
    with pytest.raises(AccessDenied):  # nor the organisation's settings
        update_settings(lawyer, get_settings(lawyer))
    assert _audit(admin) == before
    assert {a.role for a in list_staff(admin)} == {Role.ADMIN, Role.LAWYER}


def test_changing_a_role_is_audited_once_and_applies_at_the_next_unlock(
    db: Database, admin: ws.Workspace
) -> None:
    lawyer_id = _lawyer(admin)
    before = len(_audit(admin))
    change_role(admin, lawyer_id, Role.CASE_WORKER)
    assert _audit(admin)[before:] == ["staff.role_change"]
    change_role(admin, lawyer_id, Role.CASE_WORKER)  # no change, no entry
    assert len(_audit(admin)) == before + 1
    assert ws.unlock(db, "lawyer1", LAWYER_PASSWORD).actor.role == Role.CASE_WORKER


def test_a_deactivated_account_cannot_unlock_until_reactivated(
    db: Database, admin: ws.Workspace
) -> None:
    lawyer_id = _lawyer(admin)
    before = len(_audit(admin))
    deactivate(admin, lawyer_id)
    assert _audit(admin)[before:] == ["staff.deactivate"]
    assert not {a.username: a for a in list_staff(admin)}["lawyer1"].active
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "lawyer1", LAWYER_PASSWORD)
    with db.session() as session:  # her keys are gone: her password opens nothing any more
        assert session.scalar(select(func.count()).where(StaffKey.staff_id == lawyer_id)) == 0
    reactivate(admin, lawyer_id, "fresh pass 42")  # new keys, under a new password
    assert _audit(admin)[before:] == [
        "staff.deactivate",
        "staff.reactivate",
        "staff.password_set",
    ]
    assert ws.unlock(db, "lawyer1", "fresh pass 42").actor.username == "lawyer1"
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "lawyer1", LAWYER_PASSWORD)


def test_the_last_active_administrator_is_neither_deactivated_nor_demoted(
    db: Database, admin: ws.Workspace
) -> None:
    me = admin.actor.staff_id
    message = "admin is the last active administrator: make another account an administrator first."
    with pytest.raises(OperationFailed) as caught:
        deactivate(admin, me)
    assert caught.value.message == message
    with pytest.raises(OperationFailed) as caught:
        change_role(admin, me, Role.CASE_WORKER)
    assert caught.value.message == message

    # An inactive administrator does not count.
    second = add_staff(admin, "director2", "director pass 2", Role.ADMIN, kdf=CHEAP_KDF)
    deactivate(admin, second)
    with pytest.raises(OperationFailed):
        deactivate(admin, me)
    reactivate(admin, second, "director pass 2")
    # With a second active administrator, the first may step down.
    change_role(admin, me, Role.CASE_WORKER)
    assert {a.username: a.role for a in list_staff(ws.unlock(db, "director2", "director pass 2"))}[
        "admin"
    ] == Role.CASE_WORKER
    # ...and, demoted in the database, her open session loses the staff powers at once, and
    # every other administrator's power too (settings, letter texts, backups, offices).
    with pytest.raises(AccessDenied):
        list_staff(admin)
    settings = get_settings(admin)
    for admin_only in (
        lambda: update_settings(admin, settings),
        lambda: set_number_format(admin, "{n}/{year}"),
        lambda: set_backup_every_days(admin, 3),
        lambda: add_office(admin, "Branch"),
        lambda: add_staff(admin, "someone", "someone pass 1", Role.LAWYER, kdf=CHEAP_KDF),
    ):
        with pytest.raises(AccessDenied):
            admin_only()


def test_an_administrator_sets_a_new_password(recovery_db: tuple[Database, str]) -> None:
    """She certifies the account's new keys herself: no recovery key needed, but one typed in
    is checked. A deactivated account stays deactivated."""
    db, recovery_key = recovery_db
    admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
    lawyer_id = _lawyer(admin)
    with pytest.raises(OperationFailed, match="recovery key is wrong"):
        reset_password(admin, "0" * 32, "lawyer1", "fresh pass 42", kdf=CHEAP_KDF)
    with pytest.raises(InvalidInput, match="at least 10"):
        reset_password(admin, recovery_key, "lawyer1", "short", kdf=CHEAP_KDF)
    with pytest.raises(InvalidInput, match="commonest"):
        reset_password(admin, "", "lawyer1", "Password123!", kdf=CHEAP_KDF)
    before = len(_audit(admin))
    reset_password(admin, "  ", "lawyer1", "fresh pass 42", kdf=CHEAP_KDF)
    assert _audit(admin)[before:] == ["staff.password_set"]
    assert ws.unlock(db, "lawyer1", "fresh pass 42").actor.username == "lawyer1"
    with pytest.raises(WrongCredentials):
        ws.unlock(db, "lawyer1", LAWYER_PASSWORD)
    deactivate(admin, lawyer_id)
    reset_password(admin, recovery_key.lower(), "lawyer1", "other pass 43", kdf=CHEAP_KDF)
    with pytest.raises(WrongCredentials):  # still deactivated
        ws.unlock(db, "lawyer1", "other pass 43")


def test_unknown_accounts_and_taken_names_are_refused(admin: ws.Workspace) -> None:
    with pytest.raises(OperationFailed, match="no such user"):
        deactivate(admin, "nobody")
    with pytest.raises(OperationFailed, match="no such user"):
        change_role(admin, "nobody", Role.LAWYER)
    _lawyer(admin)
    with pytest.raises(InvalidInput, match="taken"):
        _lawyer(admin)
