"""Migration 0009 on a database that holds cases: every row keeps its MAC (the new columns of a
stay count only once set), an extension recorded afterwards is sealed like any field, and the
clients indexed before phone suffixes are marked for a holder to index again."""

from __future__ import annotations

from datetime import date

from alembic import command
from sqlalchemy import select, text

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case, update_case
from caseapp.services.integrity import sweep_cases
from caseapp.services.pending import settle_pending
from caseapp.services.search import search_cases
from caseapp.storage import schema
from caseapp.storage.database import Database
from caseapp.storage.models import Client
from tests.conftest import ADMIN_PASSWORD


def _record() -> rec.CaseRecord:
    order = rec.ProtectionOrder(date(2026, 3, 2), date(2026, 4, 1), number="ZP-1")
    order.checks.append(rec.PoliceCheck(date(2026, 3, 5), CheckOutcome.COMPLIED))
    return rec.CaseRecord(
        rec.Client("Жанар Ахметова", phone="+7 701 777 00 11"),
        opened_on=date(2026, 3, 1),
        orders=[order],
        stays=[rec.ShelterStay(date(2026, 3, 1), children=1)],
        requirements=[rec.SpecialRequirement(date(2026, 3, 1), date(2026, 9, 1))],
    )


def _back_to_0008(db: Database) -> None:
    with db.engine.begin() as connection:
        config = schema.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")


def _problems(workspace: ws.Workspace) -> list[str]:
    with workspace.session() as session:
        return sweep_cases(workspace, session)


def test_rows_sealed_before_0009_keep_their_macs(
    db: Database, admin: ws.Workspace, db_target: str
) -> None:
    number = create_case(admin, _record())
    _back_to_0008(db)
    assert schema.current_revision(db.engine) == "0008"
    db.close()

    upgraded = ws.open_database(db_target)  # runs 0009
    assert schema.current_revision(upgraded.engine) == schema.head_revision()
    workspace = ws.unlock(upgraded, "admin", ADMIN_PASSWORD)
    assert _problems(workspace) == []
    record = get_case(workspace, number)
    assert record.stays[0].extended_to is None and record.stays[0].extension_reason == ""
    with workspace.session() as session:
        assert list(session.scalars(select(Client.index_version))) == [0]
    assert [h.number for h in search_cases(workspace, "0011")] == [number]  # in memory
    assert settle_pending(workspace) == 1  # the check after her unlock writes the new tokens
    with workspace.session() as session:
        assert list(session.scalars(select(Client.index_version))) == [1]
    assert [h.number for h in search_cases(workspace, "0011")] == [number]

    record.stays[0].extended_to = date(2026, 10, 1)
    record.stays[0].extension_reason = "Решение директора"
    update_case(workspace, record)
    assert _problems(workspace) == []
    assert get_case(workspace, number).stays[0].extended_to == date(2026, 10, 1)

    # The extension is covered by the stay's MAC: cleared outside the program, it shows.
    with upgraded.engine.begin() as connection:
        connection.execute(text("UPDATE shelter_stay SET extended_to = NULL"))
    problems = _problems(workspace)
    assert len(problems) == 1 and problems[0].startswith("shelter_stay ")
    upgraded.close()
