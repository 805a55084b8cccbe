"""A letter saved by ``caseapp letter`` either exists or takes no number, and what a killed run
left in the folder is tidied the next time."""

from __future__ import annotations

import errno
import fcntl
import os
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from caseapp.services import workspace as ws
from caseapp.services.letter_register import letter_register
from caseapp.services.letters import issue_letter
from tests.cli.helpers import assert_one_sentence_error
from tests.letters.sample import make_case, set_up_organisation

TODAY = date.today()


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def a_case(workspace: ws.Workspace) -> str:
    return make_case(
        workspace,
        issued_on=TODAY - timedelta(days=20),
        consent_from=TODAY - timedelta(days=30),
        consent_to=TODAY + timedelta(days=150),
    )


def letter(cli: Any, data_folder: Path, number: str, out: Path) -> tuple[int, str, str]:
    result: tuple[int, str, str] = cli(
        *("letter", "--db", str(data_folder), "--user", "admin", "--password-stdin"),
        *("--case", number, "--kind", "court", "--lang", "ru", "--out", str(out)),
    )
    return result


def leftover(folder: Path, name: str, data: bytes, age: float = 3600) -> Path:
    part = folder / f".caseapp-letter-{name}.part"
    part.write_bytes(data)
    then = time.time() - age
    os.utime(part, (then, then))
    return part


def test_a_letter_that_cannot_be_written_takes_no_number(
    cli: Any, org: ws.Workspace, data_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = a_case(org)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patched:
        patched.setattr(os, "fsync", disk_full)
        code, out, err = letter(cli, data_folder, number, tmp_path / "court.pdf")
    assert code == 1
    assert_one_sentence_error(err)
    assert "No space left on device" in err and "not registered and took no number" in err
    assert out == "" and list(tmp_path.glob("*.p*")) == []  # neither the letter nor a .part
    assert letter_register(org) == []

    code, out, err = letter(cli, data_folder, number, tmp_path / "court.pdf")
    assert code == 0, err
    assert [e.number for e in letter_register(org)] == [f"1/{TODAY.year}"]


def test_a_folder_that_cannot_be_written_takes_no_number(
    cli: Any, org: ws.Workspace, data_folder: Path, tmp_path: Path
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder")
    number = a_case(org)
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    code, _, err = letter(cli, data_folder, number, folder / "court.pdf")
    assert code == 1 and "not registered" in err
    assert letter_register(org) == []


def test_leftovers_of_a_killed_run_are_removed(
    cli: Any, org: ws.Workspace, data_folder: Path, tmp_path: Path
) -> None:
    number = a_case(org)
    empty = leftover(tmp_path, "killed1", b"")
    half = leftover(tmp_path, "killed2", b"%PDF-1.4 half a lett")
    young = leftover(tmp_path, "busy", b"%PDF", age=1)  # maybe another program's, being written
    locked = leftover(tmp_path, "locked", b"%PDF")
    with locked.open("rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # another program writes it right now
        code, _, err = letter(cli, data_folder, number, tmp_path / "court.pdf")
    assert code == 0, err
    assert not empty.exists() and not half.exists()
    assert young.exists() and locked.exists()
    assert (tmp_path / "court.pdf").read_bytes().startswith(b"%PDF")


def test_a_registered_letter_left_unnamed_is_kept(
    cli: Any, org: ws.Workspace, data_folder: Path, tmp_path: Path
) -> None:
    """Killed after the register entry committed, before the rename: the letter is kept."""
    number = a_case(org)
    issued = issue_letter(org, number, "court", "ru")
    part = leftover(tmp_path, "registered", issued.pdf)
    code, out, err = letter(cli, data_folder, number, tmp_path / "court.pdf")
    assert code == 0, err
    kept = tmp_path / f"letter-1-{TODAY.year}.pdf"
    assert not part.exists() and kept.read_bytes() == issued.pdf
    assert f"kept as {kept}" in out
    assert [e.number for e in letter_register(org)] == [f"1/{TODAY.year}", f"2/{TODAY.year}"]
