"""Issue 8 on the command line: `caseapp backup` and `caseapp restore`, including a restore on a
new computer (a fresh HOME, the original folder gone) with nothing but the backup file and the
recovery key; damaged databases and backups are one sentence with exit code 1."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from tests.cli.helpers import assert_one_sentence_error
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF

CLIENT = "Gulnara Backupova"


@pytest.fixture
def centre(recovery_db: tuple[Database, str], data_folder: Path) -> tuple[Path, str]:
    """(data folder, recovery key) of a database with one case, closed."""
    db, recovery_key = recovery_db
    admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
    create_case(
        admin,
        rec.CaseRecord(client=rec.Client(full_name=CLIENT), opened_on=date(2026, 3, 2)),
    )
    db.close()
    return data_folder, recovery_key


def _backup(cli: Any, folder: Path, out: Path) -> None:
    code, stdout, err = cli(
        "backup", "--db", str(folder), "--user", "admin", "--password-stdin", "--out", str(out)
    )
    assert (code, err) == (0, ""), err
    assert str(out) in stdout
    assert "recovery key" in stdout


def _client_of_case_one(folder: Path) -> str:
    db = ws.open_database(folder)
    try:
        return get_case(ws.unlock(db, "admin", ADMIN_PASSWORD), "2026-0001").client.full_name
    finally:
        db.close()


def test_backup_then_restore_with_the_recovery_key(
    cli: Any, centre: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = centre
    out = tmp_path / "weekly.caseapp-backup"
    _backup(cli, folder, out)
    code, stdout, err = cli(
        "restore", str(out), "--db", str(tmp_path / "restored"), "--recovery-key-stdin",
        stdin=recovery_key,
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert "Restored" in stdout and "No damage found" in stdout
    assert _client_of_case_one(tmp_path / "restored") == CLIENT


def test_restore_with_an_administrators_password(
    cli: Any, centre: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _ = centre
    out = tmp_path / "b.caseapp-backup"
    _backup(cli, folder, out)
    code, _, err = cli(
        "restore", str(out), "--db", str(tmp_path / "restored"), "--user", "admin",
        "--password-stdin",
    )  # fmt: skip
    assert (code, err) == (0, ""), err
    assert _client_of_case_one(tmp_path / "restored") == CLIENT


def test_restore_on_a_new_computer_with_only_the_recovery_key(
    cli: Any, centre: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = centre
    out = tmp_path / "b.caseapp-backup"
    _backup(cli, folder, out)
    # The old computer is gone: only the backup file (on a stick) and the printed key remain.
    shutil.rmtree(folder)
    home = tmp_path / "new-home"
    (home / "tmp").mkdir(parents=True)
    stick = home / "stick.caseapp-backup"
    shutil.move(out, stick)
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(home),
        "TMPDIR": str(home / "tmp"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "LANG": "C.UTF-8",
    }
    restored = home / "centre"
    result = subprocess.run(
        [sys.executable, "-m", "caseapp", "restore", str(stick), "--db", str(restored),
         "--recovery-key-stdin"],
        input=recovery_key + "\n", capture_output=True, text=True, env=environment, cwd=home,
        check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert "No damage found" in result.stdout
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written == ["centre/" + DB_FILE_NAME, "stick.caseapp-backup"]
    assert CLIENT.encode() not in (restored / DB_FILE_NAME).read_bytes()
    assert _client_of_case_one(restored) == CLIENT
    db = ws.open_database(restored)
    try:  # and the key still sets a new password there
        accounts.reset_password_with_recovery(
            db, recovery_key, "admin", "brand new pass 5", kdf=CHEAP_KDF
        )
        assert ws.unlock(db, "admin", "brand new pass 5").actor.username == "admin"
    finally:
        db.close()


def test_a_truncated_backup_is_refused_in_one_sentence(
    cli: Any, centre: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = centre
    out = tmp_path / "b.caseapp-backup"
    _backup(cli, folder, out)
    out.write_bytes(out.read_bytes()[:-100])
    code, stdout, err = cli(
        "restore", str(out), "--db", str(tmp_path / "restored"), "--recovery-key-stdin",
        stdin=recovery_key,
    )  # fmt: skip
    assert (code, stdout) == (1, "")
    assert_one_sentence_error(err)
    assert "damaged, cut short or was altered" in err
    assert not (tmp_path / "restored").exists()


def test_restore_never_overwrites_a_database(
    cli: Any, centre: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = centre
    out = tmp_path / "b.caseapp-backup"
    _backup(cli, folder, out)
    before = (folder / DB_FILE_NAME).read_bytes()
    code, _, err = cli(
        "restore", str(out), "--db", str(folder), "--recovery-key-stdin", stdin=recovery_key
    )
    assert code == 1
    assert_one_sentence_error(err)
    assert (folder / DB_FILE_NAME).read_bytes() == before


def test_restore_asks_for_a_key_or_an_account(
    cli: Any, centre: tuple[Path, str], tmp_path: Path
) -> None:
    folder, recovery_key = centre
    out = tmp_path / "b.caseapp-backup"
    _backup(cli, folder, out)
    target = str(tmp_path / "restored")
    for argv in (
        ("restore", str(out), "--db", target),  # no terminal to ask on
        ("restore", str(out), "--db", target, "--recovery-key-stdin", "--user", "admin"),
    ):
        code, _, err = cli(*argv, stdin=recovery_key)
        assert code == 2, argv
        assert_one_sentence_error(err)
    code, _, err = cli(
        "restore", str(out), "--db", target, "--recovery-key-stdin", stdin="AAAA-BBBB"
    )
    assert code == 1
    assert err == "caseapp: The recovery key does not open this backup.\n"
    assert not (tmp_path / "restored").exists()


def test_backup_refusals(cli: Any, centre: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = centre
    db = ws.open_database(folder)
    accounts.add_staff(
        ws.unlock(db, "admin", ADMIN_PASSWORD), "worker", "worker pass 123", Role.CASE_WORKER,
        kdf=CHEAP_KDF,
    )  # fmt: skip
    db.close()
    out = tmp_path / "b.caseapp-backup"
    code, _, err = cli(
        "backup", "--db", str(folder), "--user", "worker", "--password-stdin", "--out", str(out),
        stdin="worker pass 123",
    )  # fmt: skip
    assert code == 1
    assert_one_sentence_error(err)
    assert "Your account" in err
    assert not out.exists()
    out.write_bytes(b"keep me")
    code, _, err = cli(
        "backup", "--db", str(folder), "--user", "admin", "--password-stdin", "--out", str(out)
    )
    assert code == 1
    assert_one_sentence_error(err)
    assert out.read_bytes() == b"keep me"


@pytest.mark.parametrize("command", ["check", "search", "backup"])
def test_a_damaged_database_is_one_sentence_pointing_to_restore(
    cli: Any, centre: tuple[Path, str], tmp_path: Path, command: str
) -> None:
    folder, _ = centre
    database = folder / DB_FILE_NAME
    database.write_bytes(database.read_bytes()[: database.stat().st_size // 2])
    argv = {
        "check": ("check", "--db", str(folder)),
        "search": ("search", "--db", str(folder), "--user", "admin", "--password-stdin", "x"),
        "backup": (
            "backup", "--db", str(folder), "--user", "admin", "--password-stdin", "--out",
            str(tmp_path / "b.caseapp-backup"),
        ),
    }[command]  # fmt: skip
    code, stdout, err = cli(*argv)
    assert (code, stdout) == (1, "")
    assert_one_sentence_error(err)
    assert "damaged" in err and "'caseapp restore'" in err
