"""The unlock screen's ways back in: "Forgot the password?" with the recovery key, a database
whose organisation key changed, and the new recovery key an upgrade shows once."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.services import known_roots
from caseapp.services import workspace as ws
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from caseapp.ui.app import Session
from caseapp.ui.unlock import UnlockDialog
from caseapp.ui.unlock.new_key import NewRecoveryKeyDialog
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF
from tests.ui.dialogs import answer

FIXTURE = Path(__file__).parents[1] / "fixtures" / "release-0.1" / DB_FILE_NAME


def test_forgot_the_password_with_the_recovery_key(
    qtbot: QtBot, recovery_db: tuple[Database, str]
) -> None:
    db, recovery_key = recovery_db
    unlock = UnlockDialog(db, username="admin")
    qtbot.addWidget(unlock)
    unlock.show()
    assert (
        unlock.forgot_button.isVisible() and unlock.forgot_button.text() == "&Forgot the password?"
    )
    dialog = unlock.forgot_password()
    dialog.kdf = CHEAP_KDF
    assert dialog.username.text() == "admin" and not dialog.ok_button.isEnabled()
    dialog.recovery_key.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    dialog.passwords.password.setText("brand new pass 7")
    dialog.passwords.repeat.setText("brand new pass 7")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The recovery key is wrong."
    assert dialog.recovery_key.text() == ""  # never left in a field
    dialog.recovery_key.setText(recovery_key.lower().replace("-", " "))
    dialog.passwords.password.setText("brand new pass 7")
    dialog.passwords.repeat.setText("brand new pass 7")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert unlock.message.text() == "The new password is set: unlock with it."
    qtbot.keyClicks(unlock.password, "brand new pass 7")
    qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    assert unlock.workspace is not None
    assert ws.unlock(db, "admin", "brand new pass 7").actor.username == "admin"


def test_a_replaced_organisation_key_is_refused_until_trusted(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    known_roots.remember(db, admin.authority.org_id, "0000-0000-0000-0000")  # as if seen before
    unlock = UnlockDialog(db, username="admin")
    qtbot.addWidget(unlock)
    unlock.show()
    qtbot.keyClicks(unlock.password, ADMIN_PASSWORD)
    qtbot.keyClick(unlock.password, Qt.Key.Key_Return)
    assert unlock.workspace is None
    assert admin.fingerprint in unlock.message.text()
    assert "0000-0000-0000-0000" in unlock.message.text()
    assert unlock.trust_button.isVisible()
    qtbot.mouseClick(unlock.trust_button, Qt.MouseButton.LeftButton)
    assert unlock.workspace is not None  # trusted, and unlocked with the password still typed


def test_the_upgrade_shows_the_new_recovery_key_once(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / DB_FILE_NAME)
    db = ws.open_database(folder)
    shown: list[tuple[str, str, bool]] = []

    def confirm(dialog: NewRecoveryKeyDialog) -> None:
        assert not dialog.ok_button.isEnabled()
        dialog.reject()  # cannot be closed before it is confirmed
        assert dialog.isVisible()
        shown.append((dialog.sheet.key.text(), dialog.sheet.fingerprint, True))
        dialog.sheet.confirm.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    try:
        session = Session(db)
        unlock_workspace = ws.unlock(db, "demo", "demo")
        key = unlock_workspace.new_recovery_key
        answer(NewRecoveryKeyDialog, confirm)
        session._open(unlock_workspace)
        assert session.window is not None
        qtbot.addWidget(session.window)
        assert shown and shown[0][0] == key and shown[0][1] == unlock_workspace.fingerprint
        assert unlock_workspace.new_recovery_key is None  # once
    finally:
        db.close()


def test_the_check_after_unlock_says_once_what_was_changed(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    from datetime import date

    from PySide6.QtWidgets import QApplication, QMessageBox
    from sqlalchemy import text

    from caseapp.domain import records as rec
    from caseapp.services.cases import create_case
    from caseapp.ui.sweep_job import wait_for_sweeps

    number = create_case(admin, rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 11, 2)))
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE case_file SET opened_on = '2020-01-01' WHERE number = :n"), {"n": number}
        )
    session = Session(db)
    session._open(ws.unlock(db, "admin", ADMIN_PASSWORD))
    assert session.window is not None
    qtbot.addWidget(session.window)
    wait_for_sweeps()
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "sweep_warning")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "changed outside the program" in box.text()
    assert "case_file" in box.detailedText() and "Жанар" not in box.detailedText()
    box.close()
