"""Each computer remembers the audit log's head it last saw, outside the database, and notices
when the log became shorter or was rewritten: what the hash chain alone cannot show."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.audit_anchor import (
    FILE_NAME,
    AnchorProblem,
    accept_anchor,
    check_anchor,
    forget_anchor,
    remember_anchor,
)
from caseapp.services.cases import create_case
from caseapp.storage import audit
from caseapp.storage.models import AuditEntry, Organisation

SEEN_ON = date(2026, 11, 20)


def _new_case(workspace: ws.Workspace, name: str) -> str:
    return create_case(workspace, rec.CaseRecord(rec.Client(name), opened_on=date(2026, 11, 2)))


def _head(workspace: ws.Workspace) -> int:
    with workspace.session() as session:
        return session.scalars(select(Organisation)).one().audit_head_seq


def _cut_last_entries(workspace: ws.Workspace, count: int) -> None:
    """What someone with write access to the database, but not the keys, can do unnoticed by the
    chain: delete the last entries and move the head back to the one before them."""
    with workspace.transaction() as session:
        org = session.scalars(select(Organisation)).one()
        keep = org.audit_head_seq - count
        last = session.scalars(select(AuditEntry).where(AuditEntry.seq == keep)).one()
        session.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
        org.audit_head_seq, org.audit_head_mac = keep, last.mac
    with workspace.session() as session:
        assert audit.verify_all(session) == []  # the chain itself looks whole


def test_a_log_that_only_grew_passes_and_the_anchor_follows(
    admin: ws.Workspace, tmp_path: Path
) -> None:
    assert check_anchor(admin, tmp_path) is None  # this computer saw nothing yet
    assert remember_anchor(admin, tmp_path, SEEN_ON) is None
    _new_case(admin, "Client One")
    assert check_anchor(admin, tmp_path) is None
    remember_anchor(admin, tmp_path, SEEN_ON)
    anchors = json.loads((tmp_path / FILE_NAME).read_text())
    (database_id,) = anchors
    assert anchors[database_id]["seq"] == _head(admin)
    assert stat.S_IMODE((tmp_path / FILE_NAME).stat().st_mode) == 0o600
    assert b"Client One" not in (tmp_path / FILE_NAME).read_bytes()


def test_removed_last_entries_are_noticed_once(admin: ws.Workspace, tmp_path: Path) -> None:
    _new_case(admin, "Client One")
    _new_case(admin, "Client Two")
    seen = _head(admin)
    remember_anchor(admin, tmp_path, SEEN_ON)

    _cut_last_entries(admin, 2)
    finding = check_anchor(admin, tmp_path)
    assert finding is not None and finding.problem == AnchorProblem.SHORTER
    assert (finding.seen, finding.now, finding.seen_on) == (seen, seen - 2, SEEN_ON)
    assert "{seen_on}" in finding.template and finding.params["seen_on"] == "2026-11-20"
    # Remembering does not paper over it: the anchor stays until the person was told.
    assert remember_anchor(admin, tmp_path) == finding
    assert check_anchor(admin, tmp_path) == finding
    # Another computer that never saw the longer log has nothing to say.
    assert check_anchor(admin, tmp_path / "other computer") is None

    accept_anchor(admin, tmp_path)
    assert check_anchor(admin, tmp_path) is None


def test_a_history_rewritten_past_the_anchor_is_noticed(
    admin: ws.Workspace, tmp_path: Path
) -> None:
    _new_case(admin, "Client One")
    _new_case(admin, "Client Two")
    seen = _head(admin)
    remember_anchor(admin, tmp_path, SEEN_ON)

    _cut_last_entries(admin, 2)
    _new_case(admin, "Client Three")
    _new_case(admin, "Client Four")  # the log is as long as before, or longer, but not the same
    assert _head(admin) >= seen
    finding = check_anchor(admin, tmp_path)
    assert finding is not None and finding.problem == AnchorProblem.REWRITTEN
    assert finding.seen == seen


def test_a_restored_backup_is_expected_once_forgotten(admin: ws.Workspace, tmp_path: Path) -> None:
    remember_anchor(admin, tmp_path, SEEN_ON)
    _new_case(admin, "Client One")
    remember_anchor(admin, tmp_path, SEEN_ON)
    _cut_last_entries(admin, 1)  # as if an older copy came back
    assert check_anchor(admin, tmp_path) is not None
    with admin.session() as session:
        database_id = session.scalars(select(Organisation)).one().id
    forget_anchor(database_id, tmp_path)
    assert check_anchor(admin, tmp_path) is None


def test_a_damaged_or_foreign_anchor_file_raises_no_alarm(
    admin: ws.Workspace, tmp_path: Path
) -> None:
    _new_case(admin, "Client One")
    (tmp_path / FILE_NAME).write_text("not json at all")
    assert check_anchor(admin, tmp_path) is None
    with admin.session() as session:
        database_id = session.scalars(select(Organisation)).one().id
    (tmp_path / FILE_NAME).write_text(json.dumps({database_id: {"seq": "x"}}))
    assert check_anchor(admin, tmp_path) is None
    remember_anchor(admin, tmp_path, SEEN_ON)  # and it is replaced by a good one
    assert json.loads((tmp_path / FILE_NAME).read_text())[database_id]["seq"] == _head(admin)
