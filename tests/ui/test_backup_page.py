"""Backup from the app, the dashboard's reminder, and restoring from the unlock screen."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.storage.database import Database
from caseapp.ui.backup_page import BackupPage
from caseapp.ui.today.page import TodayPage
from caseapp.ui.unlock import UnlockDialog
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF


def test_the_dashboard_reminds_an_administrator_until_a_backup_is_made(
    qtbot: QtBot, tmp_path: Path, admin: ws.Workspace
) -> None:
    dashboard = TodayPage(admin)
    qtbot.addWidget(dashboard)
    assert dashboard.backup_banner.isHidden()  # a database just made: no banner in its first minute
    dashboard.refresh(date.today() + timedelta(days=1))
    assert not dashboard.backup_banner.isHidden()  # never backed up: due from the next day
    page = BackupPage(admin)
    qtbot.addWidget(page)
    assert page.status.text().startswith("No backup has been made yet.")
    job = page.make_backup(str(tmp_path / "first.caseapp-backup"))
    assert job is not None
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=20000)
    assert page.message.text() == "The backup is saved and checked."
    assert (tmp_path / "first.caseapp-backup").stat().st_size > 0
    assert page.status.text().startswith(f"Last backup: {date.today():%d.%m.%Y} by admin.")
    assert page.history.rowCount() == 1
    dashboard.refresh()
    assert dashboard.backup_banner.isHidden()


def test_checking_a_damaged_backup_says_so(
    qtbot: QtBot, tmp_path: Path, admin: ws.Workspace
) -> None:
    page = BackupPage(admin)
    qtbot.addWidget(page)
    path = tmp_path / "b.caseapp-backup"
    page.make_backup(str(path))
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=20000)
    data = bytearray(path.read_bytes())
    data[-40] ^= 0xFF
    path.write_bytes(bytes(data))
    page.check_backup(str(path))
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=20000)
    assert page.message.text() and page.message.text() != "The backup is complete and undamaged."


def test_restore_from_the_unlock_screen_with_the_recovery_key(
    qtbot: QtBot, tmp_path: Path, recovery_db: tuple[Database, str]
) -> None:
    db, recovery_key = recovery_db
    admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
    number = create_case(admin, rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 3, 1)))
    page = BackupPage(admin)
    qtbot.addWidget(page)
    backup_file = tmp_path / "usb" / "b.caseapp-backup"
    backup_file.parent.mkdir()
    page.make_backup(str(backup_file))
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=20000)

    unlock = UnlockDialog(db)
    qtbot.addWidget(unlock)
    requested: list[str] = []
    unlock.other_database_requested.connect(requested.append)
    dialog = unlock.restore_backup()
    dialog.source.setText(str(backup_file))
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.recovery_key.setText(recovery_key.lower().replace("-", " "))
    dialog.restore()
    qtbot.waitUntil(lambda: bool(requested), timeout=30000)
    assert requested == [str(tmp_path / "restored")]
    restored = ws.unlock(ws.open_database(requested[0]), "admin", ADMIN_PASSWORD)
    assert get_case(restored, number).client.full_name == "Жанар Тестова"


def test_a_wrong_recovery_key_restores_nothing(
    qtbot: QtBot, tmp_path: Path, recovery_db: tuple[Database, str]
) -> None:
    db, _ = recovery_db
    admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
    page = BackupPage(admin)
    qtbot.addWidget(page)
    backup_file = tmp_path / "b.caseapp-backup"
    page.make_backup(str(backup_file))
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=20000)
    unlock = UnlockDialog(db)
    qtbot.addWidget(unlock)
    dialog = unlock.restore_backup()
    dialog.source.setText(str(backup_file))
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.recovery_key.setText("0000-0000-0000-0000-0000-0000-0000-0000")
    job = dialog.restore()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=30000)
    assert dialog.message.text()
    assert not (tmp_path / "restored" / "caseapp.sqlite3").exists()
    dialog.reject()


def test_a_damaged_database_at_start_offers_to_restore_a_backup(
    qtbot: QtBot, tmp_path: Path, recovery_db: tuple[Database, str]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from caseapp.ui.restore_dialog import RestoreDialog
    from caseapp.ui.startup import offer_restore
    from tests.ui.dialogs import answer

    db, recovery_key = recovery_db
    admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
    number = create_case(admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), date(2026, 3, 1)))
    page = BackupPage(admin)
    qtbot.addWidget(page)
    backup_file = tmp_path / "b.caseapp-backup"
    page.make_backup(str(backup_file))
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=20000)

    def choose_restore(box: QMessageBox) -> None:
        assert "damaged" in box.text()
        restore = next(b for b in box.buttons() if "Restore" in b.text())
        restore.click()

    def fill(dialog: RestoreDialog) -> None:
        dialog.source.setText(str(backup_file))
        dialog.target.setText(str(tmp_path / "restored"))
        dialog.recovery_key.setText(recovery_key)
        job = dialog.restore()
        assert job is not None
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    answer(QMessageBox, choose_restore)
    answer(RestoreDialog, fill)
    folder = offer_restore("The database file is damaged.")
    assert folder == str(tmp_path / "restored")
    restored = ws.unlock(ws.open_database(folder), "admin", ADMIN_PASSWORD)
    assert get_case(restored, number).client.full_name == "Сәуле Тестова"


def test_on_a_server_the_backup_is_the_servers_and_nothing_reminds_of_it(
    qtbot: QtBot, pg_url: str
) -> None:
    db = Database(pg_url, create=True)
    try:
        admin, _ = ws.initialise(
            db, ws.OrganisationDetails(name_ru="Центр"), "admin", ADMIN_PASSWORD, kdf=CHEAP_KDF
        )
        dashboard = TodayPage(admin)
        qtbot.addWidget(dashboard)
        assert dashboard.backup_banner.isHidden()  # never backed up, and yet no reminder
        page = BackupPage(admin)
        qtbot.addWidget(page)
        page.show()
        assert "backs it up with the server's own tools" in page.status.text()
        assert not page.make_button.isVisible() and not page.history.isVisible()
    finally:
        db.close()
