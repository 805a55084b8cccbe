"""A case's office in the case window: shown to everyone, moved by an administrator through a
dialog when there is more than one office; the service's refusals and a later conflicting save are
told in one translated sentence."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import case_history, create_case, get_case
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.database import Database
from caseapp.ui.case.window import CaseWindow
from caseapp.ui.staff.offices import MoveCaseDialog
from tests.conftest import CHEAP_KDF
from tests.ui.dialogs import answer

PASSWORD = "worker pass 123"


def _case(workspace: ws.Workspace, name: str = "Zhanar Test") -> str:
    return create_case(
        workspace, rec.CaseRecord(client=rec.Client(full_name=name), opened_on=date(2026, 3, 1))
    )


def _window(qtbot: QtBot, workspace: ws.Workspace, number: str) -> CaseWindow:
    window = CaseWindow(workspace, number)
    qtbot.addWidget(window)
    window.show()
    return window


def _office_label(window: CaseWindow) -> str:
    """The label of the client form's row that holds the office."""
    label = window.client_form.labelForField(window.office_row)
    return label.text() if label is not None else ""  # type: ignore[attr-defined]


def test_one_office_is_shown_without_a_way_to_move(qtbot: QtBot, admin: ws.Workspace) -> None:
    window = _window(qtbot, admin, _case(admin))
    assert window.tabs.currentWidget() is window.client_page
    assert _office_label(window) == "Office:"
    assert window.office.text() == "Main office"
    assert not window.move_office_button.isVisible()


def test_an_administrator_moves_the_case_to_another_office(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Shymkent branch")
    number = _case(admin)
    window = _window(qtbot, admin, number)
    stale = _window(qtbot, admin, number)  # the same case open in a second window
    assert window.office.text() == "Main office"
    assert window.move_office_button.isVisible()
    assert window.move_office_button.text() == "&Move to another office…"

    # Unsaved changes first: she is told to save them; nothing moves.
    window.alias.setText("A.")
    assert not window.move_to_office()
    assert window.message.text() == "Save your changes before moving the case."
    assert get_case(admin, number).office_id == main.office_id
    assert window.save()

    def cancel(dialog: MoveCaseDialog) -> None:
        dialog.buttons.rejected.emit()

    answer(MoveCaseDialog, cancel)
    assert not window.move_to_office()
    assert get_case(admin, number).office_id == main.office_id

    def move(dialog: MoveCaseDialog) -> None:
        assert dialog.windowTitle() == f"Move case {number} to another office"
        # Only the other offices are offered.
        assert [dialog.office.itemText(i) for i in range(dialog.office.count())] == [
            "Shymkent branch"
        ]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    answer(MoveCaseDialog, move)
    with qtbot.waitSignal(window.saved):
        qtbot.mouseClick(window.move_office_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "The case is now in Shymkent branch."
    assert window.office.text() == "Shymkent branch"
    assert not window.dirty
    assert get_case(admin, number).office_id == branch
    assert "case.move_office" in [action for _, _, action in case_history(admin, number)]
    assert window.save()  # the window holds the new version: no conflict with itself

    # The other window still holds the old version: its save is refused, in one sentence.
    stale.alias.setText("B.")
    assert not stale.save()
    assert stale.message.text().startswith("This case was changed by admin at ")
    assert stale.message.text().endswith(": reload it and make your change again.")


def test_staff_see_the_office_but_cannot_move_the_case(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    offices.add_office(admin, "Shymkent branch")
    settings = get_settings(admin)
    settings.case_visibility = CaseVisibility.ALL
    update_settings(admin, settings)
    accounts.add_staff(admin, "worker", PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    worker = ws.unlock(db, "worker", PASSWORD)
    number = _case(admin)
    window = _window(qtbot, worker, number)
    assert window.office.text() == "Main office"
    assert not window.move_office_button.isVisible()

    # Even a dialog built for her by hand is refused by the service, inside the dialog.
    def refused(dialog: MoveCaseDialog) -> None:
        dialog.buttons.accepted.emit()
        assert dialog.message.text() == "Only an administrator can move a case to another office."
        assert dialog.isVisible()

    answer(MoveCaseDialog, refused)
    dialog = MoveCaseDialog(worker, number, window.record.office_id, window.offices, window)
    assert not dialog.exec()
    assert get_case(admin, number).office_id == window.record.office_id
