"""The audit log: one entry per write, each signed by the person who made it, in a hash chain that
detects edited, deleted, swapped and forged entries (DESIGN.md section 3, Integrity)."""

from __future__ import annotations

import io
import os
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from caseapp.cli import main
from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.integrity import check_database
from caseapp.storage import audit
from caseapp.storage.authority import load as load_authority
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF

SECRET_DETAIL = "detail about Әйгерім"


def _record(name: str = "Әйгерім Қасымова") -> rec.CaseRecord:
    return rec.CaseRecord(client=rec.Client(full_name=name), opened_on=date(2026, 3, 2))


def _entries(db: Database) -> list[tuple[int, str, str | None]]:
    """(seq, action, case_id) of every entry, with plain SQL."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, action, case_id FROM audit_entry ORDER BY seq"))
        return [(r[0], r[1], r[2]) for r in rows]


def _verify(db: Database, workspace: ws.Workspace) -> list[str]:
    with db.session(workspace.chest) as session:
        authority = load_authority(session)
        return audit.verify(session, authority.signing_keys, authority_head=authority.head_seq)


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


@pytest.fixture
def history(db: Database, admin: ws.Workspace) -> list[tuple[int, str, str | None]]:
    """A database with a few entries, two of them with an encrypted detail."""
    create_case(admin, _record())
    number = create_case(admin, _record("Жанар Сейітова"))
    get_case(admin, number)
    with admin.transaction() as session:
        admin.audit(session, "note.test", "case", detail=SECRET_DETAIL)
        admin.audit(session, "note.test", "case", detail="another detail")
    create_case(admin, _record("Қайрат Омаров"))
    entries = _entries(db)
    assert len(entries) >= 7
    assert _verify(db, admin) == []
    return entries


# --- One entry per write ---------------------------------------------------------------------


def test_a_fresh_database_has_a_clean_chain(db: Database, admin: ws.Workspace) -> None:
    assert _entries(db) == [(1, "database.create", None)]
    assert _verify(db, admin) == []
    report = check_database(db, admin)
    assert report.ok, report.problems


def test_create_adds_exactly_one_case_create_entry(db: Database, admin: ws.Workspace) -> None:
    before = _entries(db)
    number = create_case(admin, _record())
    after = _entries(db)
    assert after[: len(before)] == before  # nothing earlier changed
    added = after[len(before) :]
    with db.engine.connect() as conn:
        case_id = conn.execute(
            text("SELECT id FROM case_file WHERE number = :n"), {"n": number}
        ).scalar_one()
    assert added == [(before[-1][0] + 1, "case.create", case_id)]
    with db.session(admin.chest) as session:
        entry = session.get(AuditEntry, added[0][0])
        assert entry is not None
        assert entry.actor_id == admin.actor.staff_id
        assert entry.entity == "case" and entry.entity_id == case_id
    assert _verify(db, admin) == []


def test_update_adds_exactly_one_case_update_entry(db: Database, admin: ws.Workspace) -> None:
    number = create_case(admin, _record())
    record = get_case(admin, number)
    before = _entries(db)
    record.notes = "new note"
    update_case(admin, record)
    added = _entries(db)[len(before) :]
    assert [action for _, action, _ in added] == ["case.update"]
    assert added[0][2] == before[-1][2]  # the same case id as the view before it
    assert _verify(db, admin) == []


def test_a_refused_write_adds_no_entry(db: Database, admin: ws.Workspace) -> None:
    before = _entries(db)
    with pytest.raises(ws.InvalidInput):
        create_case(admin, _record(name="  "))
    assert _entries(db) == before


def test_detail_is_encrypted_on_disk(
    db: Database, history: list[tuple[int, str, str | None]]
) -> None:
    with db.engine.connect() as conn:
        details = [r[0] for r in conn.execute(text("SELECT detail FROM audit_entry"))]
    stored = [d for d in details if d is not None]
    assert len(stored) == 2
    assert all(SECRET_DETAIL.encode() not in d and b"detail" not in d for d in stored)


# --- Tampering -------------------------------------------------------------------------------


def test_edited_action_is_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    seq = next(s for s, action, _ in history if action == "case.view")
    _sql(db, "UPDATE audit_entry SET action = 'case.create' WHERE seq = :s", s=seq)
    assert _verify(db, admin) == [f"Audit entry {seq} was altered or is out of place."]


def test_edited_time_or_actor_is_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    _sql(db, "UPDATE audit_entry SET at = '2020-01-01T00:00:00+00:00' WHERE seq = 2")
    _sql(db, "UPDATE audit_entry SET actor_id = NULL WHERE seq = 3")
    assert _verify(db, admin) == [
        "Audit entry 2 was altered or is out of place.",
        "Audit entry 3 was altered or is out of place.",
    ]


def test_deleted_middle_entry_is_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    _sql(db, "DELETE FROM audit_entry WHERE seq = 3")
    problems = _verify(db, admin)
    assert "Audit entries 3 to 3 are missing." in problems
    assert "Audit entry 4 was altered or is out of place." in problems  # its link is broken


def test_deleted_middle_entry_renumbered_is_still_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    """Closing the gap by renumbering does not help: the chain links no longer match."""
    last = history[-1][0]
    _sql(db, "DELETE FROM audit_entry WHERE seq = 3")
    for seq in range(4, last + 1):
        _sql(db, "UPDATE audit_entry SET seq = :n WHERE seq = :s", n=seq - 1, s=seq)
    _sql(db, "UPDATE organisation SET audit_head_seq = :n", n=last - 1)
    problems = _verify(db, admin)
    assert problems
    assert "Audit entry 3 was altered or is out of place." in problems


def test_deleted_last_entry_is_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    last = history[-1][0]
    _sql(db, "DELETE FROM audit_entry WHERE seq = :s", s=last)
    problems = _verify(db, admin)
    assert len(problems) == 1
    assert f"ends at entry {last - 1}" in problems[0] and f"should end at {last}" in problems[0]


def test_swapped_detail_ciphertexts_are_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT seq, detail FROM audit_entry WHERE detail IS NOT NULL ORDER BY seq")
        ).all()
    (seq_a, detail_a), (seq_b, detail_b) = rows
    _sql(db, "UPDATE audit_entry SET detail = :d WHERE seq = :s", d=detail_b, s=seq_a)
    _sql(db, "UPDATE audit_entry SET detail = :d WHERE seq = :s", d=detail_a, s=seq_b)
    assert _verify(db, admin) == [
        f"Audit entry {seq_a} was altered or is out of place.",
        f"Audit entry {seq_b} was altered or is out of place.",
    ]
    report = check_database(db, admin)
    assert not report.ok
    assert f"audit_entry audit-{seq_a}: field 'detail' is damaged or was moved." in report.problems
    assert f"audit_entry audit-{seq_b}: field 'detail' is damaged or was moved." in report.problems
    assert all(SECRET_DETAIL not in p for p in report.problems)


def test_forged_entry_with_made_up_mac_is_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    last = history[-1][0]
    _sql(
        db,
        "INSERT INTO audit_entry (seq, at, actor_id, action, entity, entity_id, case_id, mac) "
        "VALUES (:s, '2026-03-02T10:00:00+00:00', :a, 'case.view', 'case', NULL, NULL, :m)",
        s=last + 1,
        a=admin.actor.staff_id,
        m=os.urandom(32),
    )
    assert _verify(db, admin) == [
        f"Audit entry {last + 1} was altered or is out of place.",
        f"The audit log runs to entry {last + 1} but should end at {last}: "
        "entries were added outside the program.",
    ]
    # Even moving the recorded head along does not make the forgery pass.
    with db.engine.connect() as conn:
        forged_mac = conn.execute(
            text("SELECT mac FROM audit_entry WHERE seq = :s"), {"s": last + 1}
        ).scalar_one()
    _sql(
        db,
        "UPDATE organisation SET audit_head_seq = :s, audit_head_mac = :m",
        s=last + 1,
        m=forged_mac,
    )
    assert _verify(db, admin) == [f"Audit entry {last + 1} was altered or is out of place."]


def test_entry_replayed_from_another_position_is_detected(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    """Copying a genuine entry (with its genuine MAC) over another one does not pass."""
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM audit_entry WHERE seq = 2")).mappings().one()
    _sql(db, "DELETE FROM audit_entry WHERE seq = 4")
    params = dict(row)
    params["seq"] = 4
    columns = ", ".join(params)
    values = ", ".join(f":{c}" for c in params)
    _sql(db, f"INSERT INTO audit_entry ({columns}) VALUES ({values})", **params)
    assert "Audit entry 4 was altered or is out of place." in _verify(db, admin)


def test_the_signatures_need_the_signers_keys(
    db: Database, tmp_path: Path, history: list[tuple[int, str, str | None]]
) -> None:
    """Checked against any other people's keys (here: another database's), the genuine chain is
    not signed by anyone entitled: each entry stands only under its own signer's key."""
    other_db = Database(tmp_path / "other", create=True)
    try:
        ws.initialise(
            other_db,
            ws.OrganisationDetails(name_ru="Другой"),
            "admin",
            ADMIN_PASSWORD,
            kdf=CHEAP_KDF,
        )
        with other_db.session() as session:
            strangers = load_authority(session)

        def their_keys(signer: str, at: int | None) -> set[bytes]:
            return strangers.signing_keys(signer, None) | {
                k for member in strangers.members for k in strangers.signing_keys(member, None)
            }

        with db.session() as session:
            problems = audit.verify(session, their_keys)
        assert problems == [
            f"Audit entry {s} is not signed by someone entitled to write it." for s, _, _ in history
        ]
    finally:
        other_db.close()


# --- check_database and the command line -----------------------------------------------------


def test_check_database_reports_every_kind_of_tampering(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    last = history[-1][0]
    _sql(db, "UPDATE audit_entry SET action = 'case.delete' WHERE seq = 2")
    _sql(db, "DELETE FROM audit_entry WHERE seq = 4")
    _sql(db, "DELETE FROM audit_entry WHERE seq = :s", s=last)
    report = check_database(db, admin)
    assert not report.ok
    assert "Audit entry 2 was altered or is out of place." in report.problems
    assert "Audit entries 4 to 4 are missing." in report.problems
    assert any(f"should end at {last}" in p for p in report.problems)


def test_check_without_keys_cannot_judge_the_chain(
    db: Database, admin: ws.Workspace, history: list[tuple[int, str, str | None]]
) -> None:
    _sql(db, "UPDATE audit_entry SET action = 'case.delete' WHERE seq = 2")
    report = check_database(db)
    assert not report.keyed
    assert report.ok  # structure only; the CLI says so in its output


def _run_check(
    db_target: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ADMIN_PASSWORD + "\n"))
    code = main(["check", "--db", db_target, "--user", "admin", "--password-stdin"])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_check_passes_on_an_untouched_database(
    db_target: str,
    history: list[tuple[int, str, str | None]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run_check(db_target, monkeypatch, capsys)
    assert code == 0, (out, err)
    assert "No damage found" in out


def test_cli_check_exits_1_on_a_tampered_audit_log(
    db: Database,
    db_target: str,
    history: list[tuple[int, str, str | None]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _sql(db, "UPDATE audit_entry SET action = 'case.delete' WHERE seq = 2")
    code, out, err = _run_check(db_target, monkeypatch, capsys)
    assert code == 1
    assert "Audit entry 2 was altered or is out of place." in out
    assert "problem(s) found" in err
    assert "Traceback" not in out + err
    assert ADMIN_PASSWORD not in out + err and SECRET_DETAIL not in out + err
