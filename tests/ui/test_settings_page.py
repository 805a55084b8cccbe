"""Who sees which cases, chosen on the Settings page: each of the three choices, saved through the
organisation service, changes what a case worker finds in the case list at once."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, RiskLevel, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import create_case
from caseapp.services.organisation import get_settings
from caseapp.services.risk import record_assessment
from caseapp.storage.database import Database
from caseapp.ui.settings_page import SettingsPage
from tests.conftest import CHEAP_KDF

PASSWORD = "worker pass 123"


def _case(admin: ws.Workspace, name: str, **kwargs: object) -> str:
    record = rec.CaseRecord(client=rec.Client(full_name=name), opened_on=date(2026, 3, 1))
    for key, value in kwargs.items():
        setattr(record, key, value)
    return create_case(admin, record)


def _listed(workspace: ws.Workspace) -> set[str]:
    query = CaseQuery(workspace, CaseFilter())
    return {row.number for row in query.page(0, 100)}


def test_the_three_choices_decide_what_a_case_worker_sees(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Shymkent branch")
    worker_id = accounts.add_staff(
        admin, "worker", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    worker = ws.unlock(db, "worker", PASSWORD)
    hers = _case(admin, "Zhanar One", assigned_to=worker_id)
    her_office = _case(admin, "Zhanar Two")  # the admin's, in the main office
    branch_case = _case(admin, "Zhanar Three", office_id=branch)
    hers_in_branch = _case(admin, "Zhanar Four", office_id=branch, assigned_to=worker_id)
    everything = {hers, her_office, branch_case, hers_in_branch}

    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    texts = {choice: radio.text() for choice, radio in page.visibility.items()}
    assert texts == {
        CaseVisibility.ALL: "Everyone sees a&ll cases",
        CaseVisibility.OFFICE: (
            "Staff see the cases of their o&ffices and the cases assigned to them"
        ),
        CaseVisibility.ASSIGNED: "Staff see &only the cases assigned to them",
    }
    assert page.visibility_label.text() == "Who sees which cases:"
    assert "Administrators always see every case." in page.visibility_hint.text()
    assert page.visibility[CaseVisibility.ASSIGNED].isChecked()  # a new database's default
    assert _listed(worker) == {hers, hers_in_branch}

    expected = {
        CaseVisibility.ALL: everything,
        CaseVisibility.OFFICE: {hers, her_office, hers_in_branch},
        CaseVisibility.ASSIGNED: {hers, hers_in_branch},
    }
    for choice in (CaseVisibility.ALL, CaseVisibility.OFFICE, CaseVisibility.ASSIGNED):
        radio = page.visibility[choice]  # clicked on its circle, as she would
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(6, radio.height() // 2))
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        assert page.message.text() == "Saved."
        assert get_settings(admin).case_visibility == choice
        assert _listed(worker) == expected[choice], choice
        assert _listed(admin) == everything  # administrators always see every case
        # The page shows what is stored when it is built again.
        again = SettingsPage(admin)
        qtbot.addWidget(again)
        assert [c for c, radio in again.visibility.items() if radio.isChecked()] == [choice]


@pytest.mark.parametrize("offices_count", [1, 2])
def test_the_hint_explains_the_office_choice_in_a_one_office_centre(
    qtbot: QtBot, admin: ws.Workspace, offices_count: int
) -> None:
    for n in range(offices_count - 1):
        offices.add_office(admin, f"Branch {n}")
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    one_office = "There is one office, so the second choice shows every case to the staff in it."
    assert (one_office in page.visibility_hint.text()) == (offices_count == 1)
    if offices_count == 1:
        # An office added on the Staff page: the hint follows when the page shows again.
        offices.add_office(admin, "Shymkent branch")
        page.hide()
        page.show()
        assert one_office not in page.visibility_hint.text()


def _accelerators(page: SettingsPage) -> list[str]:
    texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
    return [m.group(1).casefold() for t in texts if (m := re.search(r"&([^&\s])", t))]


def test_the_office_address_in_each_letter_language(qtbot: QtBot, admin: ws.Workspace) -> None:
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    labels = {name: page.field_labels[name] for name in ("address", "address_kk", "address_en")}
    assert {name: label.text() for name, label in labels.items()} == {
        "address": "Office &address (Russian, default):",
        "address_kk": "Address (Ka&zakh):",
        "address_en": "Address (E&nglish):",
    }
    assert all(label.buddy() is page.fields[name] for name, label in labels.items())
    assert "without its own address prints the Russian one" in page.details_intro.text()
    keys = _accelerators(page)
    assert len(keys) == len(set(keys)), keys  # one key, one field

    page.fields["address"].setText("г. Алматы, пр. Абая, 10")
    page.fields["address_kk"].setText("Алматы қ., Абай даңғылы, 10")  # keyClicks: Latin only
    qtbot.keyClicks(page.fields["address_en"], "10 Abai Avenue, Almaty ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    details = get_settings(admin).details
    assert (details.address, details.address_kk, details.address_en) == (
        "г. Алматы, пр. Абая, 10",
        "Алматы қ., Абай даңғылы, 10",
        "10 Abai Avenue, Almaty",  # trimmed
    )

    again = SettingsPage(admin)  # a fresh page shows them as stored
    qtbot.addWidget(again)
    assert again.fields["address_kk"].text() == "Алматы қ., Абай даңғылы, 10"
    assert again.fields["address_en"].text() == "10 Abai Avenue, Almaty"


def test_only_an_administrator_edits_the_addresses(
    qtbot: QtBot, db: Database, admin: ws.Workspace
) -> None:
    accounts.add_staff(admin, "worker", PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    page = SettingsPage(ws.unlock(db, "worker", PASSWORD))
    qtbot.addWidget(page)
    assert not page.fields["address_kk"].isEnabled()
    assert not page.fields["address_en"].isEnabled()


def test_the_risk_thresholds_are_set_here_and_score_the_next_assessment(
    qtbot: QtBot, admin: ws.Workspace
) -> None:
    page = SettingsPage(admin)
    qtbot.addWidget(page)
    page.show()
    assert (page.risk_medium_at.value(), page.risk_high_at.value()) == (5, 9)
    page.risk_medium_at.setValue(7)
    page.risk_high_at.setValue(6)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("The score for a medium risk must be at least 1")
    assert (get_settings(admin).risk_medium_at, get_settings(admin).risk_high_at) == (5, 9)
    page.risk_medium_at.setValue(1)
    page.risk_high_at.setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Saved."
    number = _case(admin, "Жанар Тестова")
    assert record_assessment(admin, number, {"stalking": "yes"})[2] is RiskLevel.MEDIUM
