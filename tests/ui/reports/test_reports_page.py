"""The Reports page: a month's report on screen, with charts, saved as PDF and XLSX in Kazakh
and Russian; a worker who does not see every office is offered only hers."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtWidgets import QGroupBox, QTableWidget
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import Relation, Role
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.storage.database import Database
from caseapp.ui.reports.page import MONTH, ReportsPage
from tests.conftest import CHEAP_KDF
from tests.letters.sample import ORG_NAMES, pdf_text, set_up_organisation

TODAY = date.today()
SECRET = "Жасырын Канарейка"


def _cases(admin: ws.Workspace) -> None:
    for i in range(6):
        create_case(
            admin,
            rec.CaseRecord(
                rec.Client(f"{SECRET} {i}", birth_date=date(1990, 1, 1)),
                opened_on=TODAY.replace(day=1),
                perpetrator=rec.Perpetrator("", Relation.SPOUSE if i else Relation.RELATIVE),
                services=[ServiceGiven(TODAY.replace(day=1), ServiceKind.LEGAL, note=SECRET)],
            ),
        )


def test_this_months_report_on_screen_and_saved(
    qtbot: QtBot, admin: ws.Workspace, tmp_path: Path
) -> None:
    set_up_organisation(admin)
    _cases(admin)
    page = ReportsPage(admin)
    qtbot.addWidget(page)
    page.show()
    assert page.kind.currentData() == MONTH
    assert page.office.itemText(0) == "All offices"
    assert page.make() is not None
    boxes = {box.objectName(): box for box in page.results.findChildren(QGroupBox)}
    assert "table_cases" in boxes and "table_relation" in boxes
    relation = boxes["table_relation"].findChild(QTableWidget)
    shown = {
        relation.item(r, 0).text(): relation.item(r, 1).text() for r in range(relation.rowCount())
    }
    # One close relative is hidden as "<5", and the spouses as "*" so the total cannot give
    # her back: nothing to chart.
    assert shown["Close relative"] == "<5" and shown["Spouse"] == "*" and shown["Total"] == "6"
    assert not boxes["table_relation"].findChildren(QChartView)
    assert boxes["table_age"].findChildren(QChartView), "a chart beside the age table"
    services = boxes["table_services"].findChild(QTableWidget)
    assert services.item(1, 0).text() == "Legal consultation" and services.item(1, 1).text() == "6"
    assert boxes["table_services"].findChildren(QChartView), "a chart beside the services"

    page.lang.setCurrentIndex(page.lang.findData("kk"))
    assert page.save("pdf", str(tmp_path / "report.pdf"))
    text = pdf_text((tmp_path / "report.pdf").read_bytes())
    assert ORG_NAMES["kk"] in text and "Статистикалық есеп" in text
    assert SECRET not in text
    page.lang.setCurrentIndex(page.lang.findData("ru"))
    assert page.save("xlsx", str(tmp_path / "report.xlsx"))
    book = load_workbook(io.BytesIO((tmp_path / "report.xlsx").read_bytes()))
    assert book.worksheets[1]["A1"].value == "Дела"
    assert book.worksheets[1]["B3"].value == 6


def test_a_worker_is_offered_only_her_office(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    [main] = offices.list_offices(admin)
    offices.add_office(admin, "Branch")
    accounts.add_staff(
        admin,
        "worker",
        "worker password 1",
        Role.CASE_WORKER,
        offices=[main.office_id],
        kdf=CHEAP_KDF,
    )
    worker = ws.unlock(db, "worker", "worker password 1")
    page = ReportsPage(worker)
    qtbot.addWidget(page)
    offered = [page.office.itemData(i) for i in range(page.office.count())]
    assert None not in offered and "Branch" not in [
        page.office.itemText(i) for i in range(page.office.count())
    ]
