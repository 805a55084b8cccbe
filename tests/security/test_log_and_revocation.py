"""The audit log, revocation, recovery and unlocking, as the insider tries them (issue 13, points
4 to 8)."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from caseapp.cli import main
from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.accounts import reset_password_with_recovery
from caseapp.services.cases import create_case, get_case
from caseapp.services.integrity import check_database
from caseapp.services.search import search_cases
from caseapp.services.staff import deactivate
from caseapp.storage import audit
from caseapp.storage.crypto import KdfParams
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.conftest import ADMIN_PASSWORD
from tests.security import insider
from tests.security.scenario import LAWYER, LAWYER_PASSWORD, _record, build


def _client(name: str) -> rec.CaseRecord:
    return rec.CaseRecord(rec.Client(name), opened_on=date(2026, 11, 2))


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def test_deleting_her_own_entries_and_rechaining_is_detected(
    db: Database, admin: ws.Workspace
) -> None:
    """She deletes her entries (her escalation), closes the gap and recomputes every hash. The
    entries of others after them were signed over the old links: re-signing needs their keys."""
    centre = build(db, admin)
    lawyer = ws.unlock(db, LAWYER, LAWYER_PASSWORD)
    get_case(lawyer, centre.hers)
    create_case(admin, _record("after", centre.main_office, None))  # then others write on
    _sql(db, "DELETE FROM audit_entry WHERE signer = :s", s=centre.lawyer_id)
    with db.session() as session, session.begin():
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))
        for entry in entries:  # out of the way of the new numbers first
            entry.seq = -entry.seq
        session.flush()
        previous = audit.GENESIS
        for number, entry in enumerate(reversed(entries), start=1):
            entry.seq = number
            entry.mac = audit.entry_hash(entry, previous)
            previous = bytes(entry.mac)
        session.execute(
            text("UPDATE organisation SET audit_head_seq = :n, audit_head_mac = :m"),
            {"n": len(entries), "m": previous},
        )
    problems = check_database(db, ws.unlock(db, "admin", ADMIN_PASSWORD)).problems
    assert any("not signed by someone entitled" in p for p in problems), problems


def test_cutting_the_end_of_the_log_is_noticed_from_the_command_line(
    db: Database,
    admin: ws.Workspace,
    db_target: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command line remembers the head as the desktop does; the log cut short with its head
    is then named by 'check' on this computer."""
    import io
    import sys

    centre = build(db, admin)
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    assert main(["search", "--db", db_target, "--user", "admin", "--password-stdin", "x"]) == 0
    lawyer = ws.unlock(db, LAWYER, LAWYER_PASSWORD)
    get_case(lawyer, centre.hers)
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    main(["search", "--db", db_target, "--user", "admin", "--password-stdin", "x"])
    capsys.readouterr()
    with db.engine.begin() as conn:
        head = conn.execute(text("SELECT audit_head_seq FROM organisation")).scalar_one()
        keep = head - 3
        mac = conn.execute(
            text("SELECT mac FROM audit_entry WHERE seq = :s"), {"s": keep}
        ).scalar_one()
        conn.execute(text("DELETE FROM audit_entry WHERE seq > :s"), {"s": keep})
        conn.execute(
            text("UPDATE organisation SET audit_head_seq = :s, audit_head_mac = :m"),
            {"s": keep, "m": mac},
        )
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["check", "--db", db_target, "--user", "admin", "--password-stdin"])
    out = capsys.readouterr().out
    assert code == 1 and f"saw it reach entry {head}" in out


def test_a_deactivated_password_opens_nothing(db: Database, admin: ws.Workspace) -> None:
    centre = build(db, admin)
    before = insider.loot(db.engine, LAWYER, LAWYER_PASSWORD)
    assert "hersname" in " ".join(before.opened.values())
    deactivate(admin, centre.lawyer_id)
    after = insider.loot(db.engine, LAWYER, LAWYER_PASSWORD)
    assert after.pairs is None and not after.opened  # her key pairs are gone from the file
    # Setting herself active again in the file restores nothing.
    _sql(db, "UPDATE staff SET active = :t WHERE id = :i", t=True, i=centre.lawyer_id)
    with pytest.raises(ws.WrongCredentials):
        ws.unlock(db, LAWYER, LAWYER_PASSWORD)
    # With the key pairs she kept from an old copy, what is written now stays closed.
    create_case(admin, _record("newer", centre.main_office, admin.actor.staff_id))
    kept = insider.loot(db.engine, LAWYER, LAWYER_PASSWORD, pairs=before.pairs)
    kept_all = insider.Loot(
        pairs=before.pairs,
        secrets=before.secrets | kept.secrets,
        case_keys=before.case_keys | kept.case_keys,
    )
    insider._open_every_field(db.engine, kept_all)
    seen = " ".join(kept_all.opened.values())
    assert "newername" not in seen
    # What she could read then, she still can with what she kept: the docs say so.
    assert "hersname" in seen


def test_the_recovery_key_gets_an_administrator_back_in(
    recovery_db: tuple[Database, str],
    db_target: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io
    import sys

    db, recovery_key = recovery_db
    admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
    number = create_case(
        admin,
        rec.CaseRecord(rec.Client("Жанар Тестова"), opened_on=date(2026, 11, 2)),
    )
    # Every password forgotten: the command line, recovery key then the new password.
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{recovery_key}\nbrand new pass 7\n"))
    assert (
        main(["reset-password", "--db", db_target, "--user", "admin", "--recovery-key-stdin"]) == 0
    )
    back = ws.unlock(db, "admin", "brand new pass 7")
    assert get_case(back, number).client.full_name == "Жанар Тестова"
    with pytest.raises(ws.WrongCredentials):
        ws.unlock(db, "admin", ADMIN_PASSWORD)
    with db.session() as session:
        entry = session.scalars(
            __import__("sqlalchemy")
            .select(AuditEntry)
            .where(AuditEntry.action == "staff.recovery_reset")
        ).one()
        assert entry.signer == "root"
    # A wrong key changes nothing.
    with pytest.raises(ws.OperationFailed, match="recovery key is wrong"):
        reset_password_with_recovery(db, "0" * 32, "admin", "another pass 8")
    ws.unlock(db, "admin", "brand new pass 7")
    assert check_database(db, back).ok


@pytest.mark.sqlite_only
def test_an_unlock_holds_nothing_while_it_derives_its_key(
    db: Database, admin: ws.Workspace, tmp_path: Path
) -> None:
    """A costly password key: while one person's unlock derives it, another's save goes through
    (the order of finishing is checked, not the time)."""
    from caseapp.domain.enums import Role
    from caseapp.services import accounts

    slow = KdfParams(iterations=8, memory_kib=256 * 1024, lanes=1)
    accounts.add_staff(admin, "slow", "slow pass 123", Role.CASE_WORKER, kdf=slow)
    finished: list[str] = []
    started = threading.Event()

    def unlock() -> None:
        started.set()
        ws.unlock(db, "slow", "slow pass 123")
        finished.append("unlock")

    thread = threading.Thread(target=unlock)
    thread.start()
    started.wait()
    create_case(
        admin,
        rec.CaseRecord(rec.Client("Client Saved"), opened_on=date(2026, 11, 2)),
    )
    finished.append("save")
    thread.join()
    assert finished == ["save", "unlock"]


@pytest.mark.sqlite_only
def test_a_read_only_folder_still_lets_her_read(db: Database, admin: ws.Workspace) -> None:
    number = create_case(
        admin,
        rec.CaseRecord(rec.Client("Read Only Client"), opened_on=date(2026, 11, 2)),
    )
    assert db.path is not None
    db.close()
    copy = db.path.parent.parent / "readonly"
    shutil.copytree(db.path.parent, copy)
    reopened = Database(copy)
    try:
        with reopened.engine.connect() as conn:  # as a read-only folder or a full disk would
            conn.exec_driver_sql("PRAGMA query_only = ON")
        from sqlalchemy import event

        event.listen(reopened.engine, "connect", lambda c, r: c.execute("PRAGMA query_only = ON"))
        reopened.engine.dispose()
        reader = ws.unlock(reopened, "admin", ADMIN_PASSWORD)
        assert reader.read_only
        assert [h.number for h in search_cases(reader, "Read Only")] == [number]
    finally:
        reopened.close()


@pytest.mark.sqlite_only
def test_the_data_folder_and_files_are_private(db: Database, admin: ws.Workspace) -> None:
    assert db.path is not None
    assert db.path.parent.stat().st_mode & 0o777 == 0o700
    for path in db.path.parent.iterdir():
        if path.name.startswith("caseapp.sqlite3"):
            assert path.stat().st_mode & 0o777 == 0o600, path.name
