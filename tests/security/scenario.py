"""A centre in two offices, built through the program, with a marker in every secret field so the
insider's loot can be checked word by word."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from caseapp.domain import records as rec
from caseapp.domain.enums import RecipientKind, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.notes import add_note
from caseapp.services.shelter import admit
from caseapp.storage.database import Database
from tests.conftest import CHEAP_KDF

LAWYER, LAWYER_PASSWORD = "lawyer", "lawyer pass 1"
WORKER, WORKER_PASSWORD = "worker", "worker pass 1"
TODAY = date(2026, 11, 30)


@dataclass
class Centre:
    db: Database
    admin: ws.Workspace
    lawyer_id: str
    worker_id: str
    main_office: str
    branch: str
    hers: str  # case assigned to the lawyer, main office
    others: str  # case in the main office, assigned to the administrator
    branch_case: str  # case in the branch office


def _record(tag: str, office: str | None, assigned: str | None) -> rec.CaseRecord:
    record = rec.CaseRecord(
        client=rec.Client(
            full_name=f"Клиентка {tag}name",
            alias=f"{tag}alias",
            phone="+7 701 555 0" + str(len(tag) % 10) + "11",
            address=f"{tag}address",
        ),
        opened_on=date(2026, 11, 2),
        notes=f"{tag}notes",
        office_id=office,
        assigned_to=assigned,
    )
    record.orders = [
        rec.ProtectionOrder(
            number=f"{tag}order",
            issued_on=date(2026, 11, 20),
            expires_on=date(2026, 12, 19),
            officer=f"{tag}officer",
        )
    ]
    record.consents = [
        rec.Consent(RecipientKind.POLICE, date(2026, 11, 2), date(2027, 5, 1), None),
    ]
    return record


def build(db: Database, admin: ws.Workspace) -> Centre:
    [main] = offices.list_offices(admin)
    branch = offices.add_office(admin, "Branch")
    lawyer_id = accounts.add_staff(
        admin, LAWYER, LAWYER_PASSWORD, Role.LAWYER, offices=[main.office_id], kdf=CHEAP_KDF
    )
    worker_id = accounts.add_staff(
        admin, WORKER, WORKER_PASSWORD, Role.CASE_WORKER, offices=[branch], kdf=CHEAP_KDF
    )
    hers = create_case(admin, _record("hers", main.office_id, lawyer_id))
    others = create_case(admin, _record("others", main.office_id, admin.actor.staff_id))
    branch_case = create_case(admin, _record("branch", branch, worker_id))
    add_note(admin, others, "othersnote")
    admit(admin, hers, rec.ShelterStay(date(2026, 11, 3), room="hersroom"), TODAY)
    admit(admin, others, rec.ShelterStay(date(2026, 11, 4), room="othersroom"), TODAY)
    return Centre(
        db, admin, lawyer_id, worker_id, main.office_id, branch, hers, others, branch_case
    )
