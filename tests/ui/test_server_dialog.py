"""Connecting to the organisation's server from the unlock screen and at start-up, on a real
PostgreSQL server: the address is remembered on this computer, the database password never."""

from __future__ import annotations

import gc
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.engine import make_url

from caseapp.services import server_address
from caseapp.services import workspace as ws
from caseapp.storage.database import Database
from caseapp.ui import server_dialog
from caseapp.ui.app import Session, run
from caseapp.ui.background import BackgroundJob
from caseapp.ui.i18n import settings
from caseapp.ui.server_dialog import ServerDialog
from caseapp.ui.setup_wizard import SetupWizard
from caseapp.ui.startup import open_target, remember_target, start_target
from caseapp.ui.unlock import UnlockDialog
from tests.conftest import PgServer
from tests.pgcluster import PW_PASSWORD
from tests.ui.dialogs import answer

UNREACHABLE = "postgresql://someone@127.0.0.1:1/cases"


@pytest.fixture
def no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """libpq finds no password of its own: not in a password file, not in the environment."""
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


@pytest.fixture
def tcp_url(pg_server: PgServer, no_password_file: Path) -> str:
    if pg_server.tcp_url is None:
        pytest.skip("no URL where the server asks for a password (CASEAPP_TEST_PG_TCP_URL)")
    return pg_server.tcp_url


def remembered_file() -> Path:
    return server_dialog.config_folder() / server_address.FILE_NAME


def written_files(folder: Path) -> Iterator[Path]:
    return (path for path in folder.rglob("*") if path.is_file())


def database_of(url: str) -> str:
    """The database's name in a URL (each parallel test process has its own)."""
    return str(make_url(url).database)


def connect(qtbot: QtBot, dialog: ServerDialog, address: str, password: str = "") -> None:
    dialog.address.setText(address)
    if password:
        dialog.password.setText(password)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)


def test_an_address_with_a_password_is_refused_and_nothing_is_saved(qtbot: QtBot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.address.text() == ""
    assert "postgresql://user@host/dbname" in dialog.hint.text()
    assert not dialog.password.isVisible()
    dialog.address.setText("postgresql://anna:s3cret-pw@db.centre.kz/cases")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("The address holds a password")
    assert dialog.isVisible() and dialog.job is None and dialog.target is None
    assert not remembered_file().exists()
    dialog.address.setText("/home/anna/caseapp")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text().startswith("That is not a PostgreSQL server's address")
    assert not remembered_file().exists()


def test_the_remembered_address_is_filled_in(qtbot: QtBot) -> None:
    server_address.remember_server_url(
        "postgresql://anna@db.centre.kz/cases", folder=server_dialog.config_folder()
    )
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    assert dialog.address.text() == "postgresql://anna@db.centre.kz/cases"


def test_an_unreachable_server_is_said_and_the_dialog_stays_open(qtbot: QtBot) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    connect(qtbot, dialog, UNREACHABLE)
    assert dialog.message.text() == (
        "The database server (cases on 127.0.0.1) cannot be reached: check the address, the "
        "network and that the server is running."
    )
    assert dialog.isVisible() and dialog.target is None
    assert dialog.connect_button.isEnabled() and dialog.address.isEnabled()
    assert not dialog.password.isVisible()
    assert not remembered_file().exists()


def test_connecting_from_the_unlock_screen_reopens_it_on_the_server(
    qtbot: QtBot, db: Database, admin: ws.Workspace, pg_url: str
) -> None:
    unlock = UnlockDialog(db)
    qtbot.addWidget(unlock)
    unlock.show()
    assert unlock.place.text() == f"Data folder: {db.path.parent}"  # type: ignore[union-attr]
    assert unlock.server_button.text() == "Connect to a &server…"
    requested: list[str] = []
    unlock.other_database_requested.connect(requested.append)
    qtbot.mouseClick(unlock.server_button, Qt.MouseButton.LeftButton)
    dialog = unlock.findChild(ServerDialog)
    assert dialog is not None and dialog.isVisible()
    connect(qtbot, dialog, pg_url)
    qtbot.waitUntil(lambda: bool(requested))
    assert not dialog.isVisible() and not unlock.isVisible()
    assert unlock.result() == UnlockDialog.DialogCode.Rejected

    assert server_address.remembered_server_url(server_dialog.config_folder()) == requested[0]
    # The run loop opens what the unlock screen asked for: an empty server gets the wizard.
    opened = open_target(requested[0])
    assert opened is not None
    server_db, target = opened
    try:
        assert target == requested[0] and not server_db.is_initialised()
        again = UnlockDialog(server_db)
        qtbot.addWidget(again)
        host = make_url(pg_url).query["host"]
        assert again.place.text() == f"Database {database_of(pg_url)} on the server {host}"
    finally:
        server_db.close()


def test_a_server_password_is_asked_for_and_never_written(
    qtbot: QtBot, tcp_url: str, tmp_path: Path
) -> None:
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    connect(qtbot, dialog, tcp_url)
    assert "asks for a password" in dialog.message.text()
    assert dialog.isVisible() and dialog.password.isVisible()
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password

    connect(qtbot, dialog, tcp_url, "not the password")
    assert "refused the user name or the password" in dialog.message.text()
    assert dialog.isVisible() and dialog.password.text() == ""

    connected: list[str] = []
    dialog.connected.connect(connected.append)
    connect(qtbot, dialog, tcp_url, PW_PASSWORD)
    assert not dialog.isVisible() and dialog.password.text() == ""
    assert len(connected) == 1 and make_url(connected[0]).password == PW_PASSWORD  # memory only
    stored = server_address.remembered_server_url(server_dialog.config_folder())
    assert stored == server_address.check_server_url(tcp_url)
    for path in written_files(tmp_path):  # settings and the remembered address: no password
        assert PW_PASSWORD.encode() not in path.read_bytes(), path


def test_without_db_the_program_opens_what_this_computer_used_last(
    tmp_path: Path, db: Database, pg_url: str
) -> None:
    assert start_target(None) is None  # a new computer: the default data folder
    assert start_target("/media/usb/caseapp") == "/media/usb/caseapp"  # --db wins
    remember_target(str(tmp_path / "data"), db)
    assert start_target(None) == str(db.path.parent)  # type: ignore[union-attr]

    server_db = Database(pg_url)
    try:
        remember_target(ws.with_server_password(pg_url, "typed-this-run"), server_db)
    finally:
        server_db.close()
    assert start_target(None) == server_address.check_server_url(pg_url)
    assert b"typed-this-run" not in remembered_file().read_bytes()

    remember_target(str(tmp_path / "data"), db)  # she opened a folder again
    assert start_target(None) == str(db.path.parent)  # type: ignore[union-attr]
    assert server_address.remembered_server_url(server_dialog.config_folder()) is not None


def test_the_remembered_empty_server_opens_the_setup_wizard(qtbot: QtBot, pg_url: str) -> None:
    server_address.remember_server_url(pg_url, folder=server_dialog.config_folder())
    settings().setValue("last_target_kind", "server")
    seen: list[str | None] = []

    def first_run(wizard: SetupWizard) -> None:
        seen.append(wizard.db.server)
        wizard.reject()

    answer(SetupWizard, first_run)
    assert run(None) == 0
    assert seen and seen[0] is not None and seen[0].startswith(f"{database_of(pg_url)} on ")


@pytest.fixture
def password_database(pg_server: PgServer, tcp_url: str) -> Iterator[str]:
    """An empty database owned by the role that needs a password, and its address."""
    name = f"pw_{uuid.uuid4().hex[:12]}"
    role = make_url(tcp_url).username
    with pg_server.admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name} OWNER {role}"))
    yield make_url(tcp_url).set(database=name).render_as_string(hide_password=False)
    with pg_server.admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))


def test_a_server_that_wants_a_password_at_start_asks_for_it(
    qtbot: QtBot, password_database: str, tmp_path: Path
) -> None:
    asked: list[tuple[str, str, bool]] = []
    seen: list[str | None] = []

    def type_password(dialog: ServerDialog) -> None:
        asked.append((dialog.address.text(), dialog.message.text(), dialog.password.isVisible()))
        dialog.password.setText(PW_PASSWORD)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    def first_run(wizard: SetupWizard) -> None:
        seen.append(wizard.db.server)
        wizard.reject()

    answer(ServerDialog, type_password)
    answer(SetupWizard, first_run)
    assert run(password_database) == 0  # caseapp --db postgresql://...
    address, message, password_shown = asked[0]
    assert address == password_database.replace("postgresql+psycopg://", "postgresql://")
    assert "asks for a password" in message and password_shown
    assert seen and seen[0] is not None  # the empty server database: the first-run wizard
    assert settings().value("last_target_kind") == "server"
    for path in written_files(tmp_path):
        assert PW_PASSWORD.encode() not in path.read_bytes(), path


def box_button(box: QMessageBox, label: str) -> None:
    button = next(b for b in box.buttons() if b.text() == label)
    button.click()


def test_an_unreachable_server_at_start_offers_a_way_on(qtbot: QtBot, pg_url: str) -> None:
    messages: list[tuple[str, list[str]]] = []
    seen: list[str | None] = []

    def retry(box: QMessageBox) -> None:
        assert box.button(QMessageBox.StandardButton.Close) is not None
        messages.append((box.text(), sorted(b.text() for b in box.buttons())))
        box_button(box, "Try again")

    def another_server(box: QMessageBox) -> None:
        box_button(box, "Connect to a server…")

    def fill(dialog: ServerDialog) -> None:
        seen.append(dialog.address.text())
        connect(qtbot, dialog, pg_url)

    def first_run(wizard: SetupWizard) -> None:
        seen.append(wizard.db.server)
        wizard.reject()

    for step, kind in (
        (retry, QMessageBox),
        (another_server, QMessageBox),
        (fill, ServerDialog),
        (first_run, SetupWizard),
    ):
        answer(kind, step)
    assert run(UNREACHABLE) == 0
    text, buttons = messages[0]
    assert text.startswith("The database server (cases on 127.0.0.1) cannot be reached")
    assert {"Connect to a server…", "Open a data folder…", "Try again"} < set(buttons)
    assert len(buttons) == 4  # and Close; no restore of a backup for a server
    assert seen[0] == UNREACHABLE  # the address to correct is filled in
    assert seen[1] is not None and seen[1].startswith(f"{database_of(pg_url)} on ")


def test_an_unreachable_server_at_start_can_give_way_to_a_data_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "local"
    folder.mkdir()
    seen: list[str | None] = []

    def open_folder(box: QMessageBox) -> None:
        box_button(box, "Open a data folder…")

    def choose(dialog: QFileDialog) -> None:
        dialog.setDirectory(str(folder))
        dialog.accept()

    def first_run(wizard: SetupWizard) -> None:
        seen.append(str(wizard.db.path))
        wizard.reject()

    for step, kind in ((open_folder, QMessageBox), (choose, QFileDialog), (first_run, SetupWizard)):
        answer(kind, step)
    assert run(UNREACHABLE) == 0
    assert seen == [str(folder / "caseapp.sqlite3")]
    assert settings().value("last_target_kind") == "folder"
    assert start_target(None) == str(folder)


def test_closing_at_start_ends_the_program(qtbot: QtBot) -> None:
    answer(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Close).click())
    assert run(UNREACHABLE) == 1


def test_a_locked_session_offers_no_other_database(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    """Her windows wait behind the lock screen: switching databases there would lose them."""
    session = Session(db)
    session._open(admin)
    assert session.window is not None
    qtbot.addWidget(session.window)
    session.lock()
    lock_screen = session.unlock_dialog
    assert lock_screen is not None
    qtbot.addWidget(lock_screen)
    assert lock_screen.isVisible() and lock_screen.place.text().startswith("Data folder: ")
    for button in (lock_screen.other_button, lock_screen.server_button, lock_screen.restore_button):
        assert not button.isVisible()


def test_a_new_branch_computer_connects_from_the_first_run_wizard(
    qtbot: QtBot, db: Database, pg_url: str
) -> None:
    wizard = SetupWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.organisation.server_button, Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(ServerDialog)
    assert dialog is not None
    connect(qtbot, dialog, pg_url)
    assert not wizard.isVisible() and wizard.workspace is None
    assert wizard.restored_folder == server_address.check_server_url(pg_url)  # opened next


def test_the_collector_waits_while_a_job_runs_on_a_worker_thread(qtbot: QtBot) -> None:
    """A cyclic collection on a worker thread could free widgets there and crash PySide."""
    seen: list[bool] = []
    job = BackgroundJob(lambda progress: seen.append(gc.isenabled()), "t", "l")
    with qtbot.waitSignal(job.done, timeout=10000):
        job.start()
    assert seen == [False] and gc.isenabled()
