"""The incident log of a case: stored with the case, its description encrypted on disk."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from caseapp.domain import records as rec
from caseapp.domain.enums import ViolenceType
from caseapp.domain.rules import validate_incident
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.errors import InvalidInput
from caseapp.services.integrity import check_database
from caseapp.storage.database import Database
from caseapp.storage.models import Case, Incident

DESCRIPTION = "Күйеуі ұрып, үйден қуып шықты; көршілер полиция шақырды."


def _incidents() -> list[rec.Incident]:
    return [
        rec.Incident(
            date(2026, 3, 1),
            [ViolenceType.PSYCHOLOGICAL, ViolenceType.PHYSICAL],
            DESCRIPTION,
            reported_to_police=True,
        ),
        rec.Incident(date(2025, 12, 31), [ViolenceType.ECONOMIC]),
    ]


def test_incidents_round_trip_in_date_order(admin: ws.Workspace) -> None:
    record = rec.CaseRecord(
        rec.Client("Әйгерім Қасымова"), date(2026, 3, 2), incidents=_incidents()
    )
    number = create_case(admin, record)
    stored = get_case(admin, number).incidents
    assert [
        (i.occurred_on, i.violence_types, i.description, i.reported_to_police) for i in stored
    ] == [
        (date(2025, 12, 31), [ViolenceType.ECONOMIC], "", False),
        (
            date(2026, 3, 1),
            [ViolenceType.PHYSICAL, ViolenceType.PSYCHOLOGICAL],
            DESCRIPTION,
            True,
        ),
    ]
    assert all(i.id for i in stored)


def test_editing_keeps_ids_and_leaving_one_out_deletes_nothing(
    db: Database, admin: ws.Workspace
) -> None:
    number = create_case(
        admin, rec.CaseRecord(rec.Client("Жанар Тестова"), date(2026, 3, 2), incidents=_incidents())
    )
    record = get_case(admin, number)
    first_id = record.incidents[1].id
    record.incidents[1].description = "Жаңа сипаттама"
    del record.incidents[0]  # a record is struck out (services.corrections), never removed
    update_case(admin, record)
    again = get_case(admin, number)
    assert [(i.id, i.description) for i in again.incidents] == [
        (again.incidents[0].id, ""),
        (first_id, "Жаңа сипаттама"),
    ]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 2


def test_the_description_is_ciphertext_on_disk(db: Database, admin: ws.Workspace) -> None:
    create_case(
        admin, rec.CaseRecord(rec.Client("Сәуле Тестова"), date(2026, 3, 2), incidents=_incidents())
    )
    with db.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT description, violence_types, reported FROM incident")
        ).all()
    assert len(rows) == 2
    blobs = [bytes(r[0]) for r in rows if r[0] is not None]
    assert blobs
    for blob in blobs:
        assert DESCRIPTION.encode() not in blob
        assert "Күйеуі".encode() not in blob
    assert sorted(r[1] for r in rows) == ["economic", "physical,psychological"]


def test_a_future_incident_is_refused_and_nothing_stored(db: Database, admin: ws.Workspace) -> None:
    tomorrow = date.today() + timedelta(days=1)
    record = rec.CaseRecord(
        rec.Client("Гүлнар Тестова"),
        date(2026, 3, 2),
        incidents=[rec.Incident(tomorrow, [ViolenceType.PHYSICAL], "ertең")],
    )
    with pytest.raises(InvalidInput) as caught:
        create_case(admin, record)
    assert caught.value.field == "incidents[0].occurred_on"
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Incident)) == 0
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_validation_limits() -> None:
    today = date(2026, 3, 10)
    validate_incident(rec.Incident(today, []), "", today)
    validate_incident(rec.Incident(date(1900, 1, 1), [], "x" * 10_000), "", today)
    with pytest.raises(InvalidInput) as caught:
        validate_incident(rec.Incident(date(1899, 12, 31), []), "incidents[2]", today)
    assert caught.value.field == "incidents[2].occurred_on"
    with pytest.raises(InvalidInput) as caught:
        validate_incident(rec.Incident(today, [], "x" * 10_001), "", today)
    assert caught.value.field == "description"


def test_incidents_pass_the_integrity_check(db: Database, admin: ws.Workspace) -> None:
    create_case(
        admin, rec.CaseRecord(rec.Client("Айгүл Тестова"), date(2026, 3, 2), incidents=_incidents())
    )
    report = check_database(db, admin)
    assert report.ok, report.problems
    assert report.records_checked >= 2
