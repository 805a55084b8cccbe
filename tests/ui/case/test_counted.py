"""She may refuse to be counted in the statistics: a box on the case's Incident tab; and her
district, from the organisation's list, beside it."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.statistics import Period
from caseapp.services import hotline
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.reports import ReportRequest, make_report
from caseapp.ui.main_window import MainWindow

TODAY = date.today()


def _new_cases(admin: ws.Workspace) -> float:
    report = make_report(admin, ReportRequest(Period(TODAY - timedelta(days=5), TODAY)))
    table = next(t for t in report.tables if t.key == "cases")
    return next(row.value for row in table.rows if row.code == "new")


def test_unticking_the_box_leaves_her_case_out_of_reports(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    district = hotline.add_district(admin, "Медеуский")
    retired = hotline.add_district(admin, "Old district")
    hotline.retire_district(admin, retired)
    number = create_case(admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), opened_on=TODAY))
    assert _new_cases(admin) == 1
    window = MainWindow(admin)
    qtbot.addWidget(window)
    case_window = window.open_case(number, "incident")
    assert case_window is not None
    box = case_window.incident_page.counted
    assert box.isChecked()
    assert box.text() == "Counted in statistics (she may refuse)"
    combo = case_window.incident_page.district
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Медеуский"]
    combo.setCurrentIndex(1)
    box.setChecked(False)
    assert case_window.save()
    assert get_case(admin, number).counted is False
    assert get_case(admin, number).district_id == district
    assert _new_cases(admin) == 0
    # The history says it in words: her district by its name, the flag as yes or no.
    details = [case_window.history.item(r, 3).text() for r in range(case_window.history.rowCount())]
    assert "Case: Counted in statistics: Yes → No; District: — → Медеуский" in details
    box.setChecked(True)
    assert case_window.save()
    assert _new_cases(admin) == 1
