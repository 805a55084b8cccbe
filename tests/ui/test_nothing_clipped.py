"""No label, radio button or check box cut off (issue 14: «Вид п…» in the letter dialog, Kazakh
Settings, the recovery-key page), in each language, at the windows' usual sizes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.ui.i18n import install_language
from caseapp.ui.letters.dialog import LetterDialog
from caseapp.ui.settings_page import SettingsPage
from caseapp.ui.setup_wizard import SetupWizard

LANGUAGES = ("ru", "kk", "en")


def clipped(window: QWidget) -> list[str]:
    """The visible texts that do not fit their widget."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.pixmap().width():
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                short = widget.minimumSizeHint().width() > widget.width() + 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.sizeHint().width() > widget.width() + 1
        else:
            continue
        if short:
            found.append(widget.text())
    return found


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    install_language(request.param)
    yield request.param
    install_language("en")


def _shown(qtbot: QtBot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(100)  # word-wrapped labels take their height in a second layout pass
    return widget


def test_the_letter_dialog(qtbot: QtBot, admin: ws.Workspace, language: str) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Client One"), opened_on=date.today()))
    dialog = _shown(qtbot, LetterDialog(admin, number), 1080, 780)
    assert clipped(dialog) == []


def test_settings(qtbot: QtBot, admin: ws.Workspace, language: str) -> None:
    page = _shown(qtbot, SettingsPage(admin), 1200, 720)
    assert clipped(page) == []


def test_the_recovery_key_page(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    wizard = SetupWizard(tmp_path / "data")
    wizard.recovery_key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    wizard.setStartId(wizard.pageIds()[-1])
    wizard.restart()
    _shown(qtbot, wizard, 640, 480)
    assert clipped(wizard) == []


def test_the_address_book(qtbot: QtBot, admin: ws.Workspace, language: str) -> None:
    from caseapp.domain.address_book import Addressee, AddresseeKind
    from caseapp.ui.letters.address_book import AddressBookDialog
    from caseapp.ui.letters.address_entry import AddressEntryDialog

    screen = _shown(qtbot, AddressBookDialog(admin), 820, 480)
    assert clipped(screen) == []
    entry = _shown(qtbot, AddressEntryDialog(admin, Addressee(kind=AddresseeKind.COURT)), 560, 520)
    assert clipped(entry) == []
