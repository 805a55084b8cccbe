"""Adding an incident to the log in the case window's Incident tab."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import ViolenceType
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.ui.forms import IncidentDialog
from caseapp.ui.main_window import MainWindow
from tests.ui.dialogs import answer

TODAY = date.today()


def test_an_incident_is_added_through_the_case_window(qtbot: QtBot, admin: ws.Workspace) -> None:
    number = create_case(admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), opened_on=TODAY))
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number, "incident")
    assert case_window is not None
    assert case_window.tabs.currentWidget() is case_window.incident_page
    assert case_window.add_incident_button.text() == "Add an &incident…"
    yesterday = TODAY - timedelta(days=1)

    def fill(dialog: IncidentDialog) -> None:
        dialog.occurred.set_value(TODAY + timedelta(days=3))
        dialog.buttons.accepted.emit()
        assert "future" in dialog.message.text()
        dialog.occurred.set_value(yesterday)
        dialog.violence[ViolenceType.PHYSICAL].setChecked(True)
        dialog.violence[ViolenceType.ECONOMIC].setChecked(True)
        dialog.reported.setChecked(True)
        dialog.description.setPlainText("Ұрып-соқты, телефонын алып қойды.")
        dialog.buttons.accepted.emit()

    answer(IncidentDialog, fill)
    case_window.add_incident()
    table = case_window.incidents
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(4)]
    assert row == [
        yesterday.strftime("%d.%m.%Y"),
        "Physical, Economic",
        "Yes",
        "Ұрып-соқты, телефонын алып қойды.",
    ]
    stored = get_case(admin, number).incidents
    assert [(i.occurred_on, i.reported_to_police) for i in stored] == [(yesterday, True)]
