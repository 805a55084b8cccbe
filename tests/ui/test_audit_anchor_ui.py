"""The desktop program warns once when the audit log came back shorter than this computer saw
it (entries removed, or an older copy put back behind its back), and says nothing otherwise."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Organisation
from caseapp.ui.app import Session
from tests.conftest import ADMIN_PASSWORD


def _unlock_again(session: Session) -> None:
    session.lock()
    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.try_unlock()


def test_a_shortened_audit_log_is_said_once_at_unlock(
    qtbot: QtBot, db: Database, admin: ws.Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session(db)
    session._open(admin)  # this computer sees the log as it is
    assert session.window is not None
    qtbot.addWidget(session.window)
    create_case(admin, rec.CaseRecord(rec.Client("Client One"), opened_on=date(2026, 11, 2)))
    create_case(admin, rec.CaseRecord(rec.Client("Client Two"), opened_on=date(2026, 11, 3)))

    warnings: list[str] = []
    # Any warning box is recorded instead of waiting for a click (and a test cannot hang on one).
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    _unlock_again(session)  # the log only grew: nothing to say
    assert warnings == [] and session.window.isVisible()

    session.lock()  # remembered at lock; then someone with the database file cuts the log
    with db.transaction() as raw:
        org = raw.scalars(select(Organisation)).one()
        keep = org.audit_head_seq - 2
        last = raw.scalars(select(AuditEntry).where(AuditEntry.seq == keep)).one()
        raw.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
        org.audit_head_seq, org.audit_head_mac = keep, last.mac

    dialog = session.unlock_dialog
    assert dialog is not None
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.try_unlock()
    (text,) = warnings
    assert text.startswith("Warning: this database's audit log ends at entry")
    assert "older copy of the database was put back" in text

    _unlock_again(session)  # told once; from now on compared with the log as it is
    assert len(warnings) == 1
