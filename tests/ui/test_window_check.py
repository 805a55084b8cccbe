"""``caseapp --check-window`` opens the first window the program would show, proves the letter
preview works, and closes it again: how a standalone build is tested, and how support checks a
computer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from caseapp import __version__
from caseapp.cli import main
from caseapp.services import demo
from caseapp.services import workspace as ws
from caseapp.ui.window_check import preview_works


def test_a_new_folder_shows_the_setup_and_closes(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--check-window", "--db", str(tmp_path / "new")]) == 0
    out = capsys.readouterr().out
    assert "Window shown: SetupWizard." in out and "Letter preview: works." in out
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


def test_a_database_shows_the_unlock_screen_and_closes(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ws.open_database(str(tmp_path / "demo"), create=True)
    demo.create_demo(db, cases=1, seed=1)
    db.close()
    assert main(["--check-window", "--db", str(tmp_path / "demo")]) == 0
    assert "Window shown: UnlockDialog." in capsys.readouterr().out


def test_the_letter_preview_draws_a_page(qapp: QApplication) -> None:
    assert preview_works()


def test_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"caseapp {__version__}\n"
