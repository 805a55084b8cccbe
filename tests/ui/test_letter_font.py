"""Settings: an administrator may set this computer's letters in another installed TrueType font
instead of the Liberation Serif that ships with caseapp, and go back to it."""

from __future__ import annotations

import shutil
from pathlib import Path

import reportlab
from pytestqt.qtbot import QtBot

from caseapp.domain.enums import Role
from caseapp.letters.fonts import shipped_font_folder
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.storage.database import Database
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.settings_page import SettingsPage
from tests.conftest import CHEAP_KDF
from tests.letters.sample import font_dicts, make_case, set_up_organisation


def issued_fonts(qtbot: QtBot, workspace: ws.Workspace, number: str) -> set[str]:
    dialog = LetterDialog(workspace, number)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("court_requirements"))
    assert dialog.issue()
    assert dialog.letter is not None
    return {str(f.get("/BaseFont")) for f in font_dicts(dialog.letter.pdf)}


def test_an_administrator_chooses_another_font_and_goes_back(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    set_up_organisation(admin)
    number = make_case(admin)
    own = tmp_path / "OwnSerif-Regular.ttf"  # no bold file beside it: bold prints regular
    shutil.copy(shipped_font_folder() / "LiberationSerif-Regular.ttf", own)
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    box = page.font_box
    assert box.current.text() == "In use: the font that ships with caseapp."
    assert len(issued_fonts(qtbot, admin, number)) == 2  # regular and bold

    assert box.choose(str(own))
    assert box.current.text() == f"In use: {own}"
    assert len(issued_fonts(qtbot, admin, number)) == 1

    box.shipped_button.click()
    assert box.current.text() == "In use: the font that ships with caseapp."
    assert len(issued_fonts(qtbot, admin, number)) == 2


def test_a_font_without_kazakh_letters_is_refused(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    latin = tmp_path / "Latin.ttf"
    shutil.copy(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", latin)
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    assert not page.font_box.choose(str(latin))
    message = page.font_box.message.text()
    assert "not a TrueType font with every Kazakh letter" in message and "\n" not in message
    assert page.font_box.current.text() == "In use: the font that ships with caseapp."


def test_only_an_administrator_may_change_it(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(admin, "worker", "worker pass 123", Role.CASE_WORKER, kdf=CHEAP_KDF)
    page = SettingsPage(ws.unlock(db, "worker", "worker pass 123"))
    qtbot.addWidget(page)
    assert not page.font_box.choose_button.isEnabled()
