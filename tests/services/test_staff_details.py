"""Each person's own details (full name, position, phone): she edits her own, an administrator
anyone's; one audit entry without the values; and letters print them (DESIGN.md section 5: the
signature block's position and the executor with phone)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from caseapp.domain.enums import RecipientKind, Role
from caseapp.domain.rules import is_phone_number
from caseapp.services import workspace as ws
from caseapp.services.errors import AccessDenied, InvalidInput
from caseapp.services.letters import issue_letter
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.staff import (
    StaffDetails,
    add_staff,
    deactivate,
    get_staff_details,
    update_staff_details,
)
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Staff
from tests.conftest import CHEAP_KDF
from tests.letters.sample import ORG_PHONE, compact, make_case, pdf_text, set_up_organisation

WORKER_PASSWORD = "worker pass 1"
NAME, POSITION, PHONE = "Динара Жұмабекова", "социальный работник", "+7 (701) 555-12-34"


def _worker(db: Database, admin: ws.Workspace, username: str = "worker1") -> ws.Workspace:
    add_staff(admin, username, WORKER_PASSWORD, Role.CASE_WORKER, kdf=CHEAP_KDF)
    return ws.unlock(db, username, WORKER_PASSWORD)


def _audit(workspace: ws.Workspace) -> list[tuple[str, str | None, str | None, str]]:
    with workspace.session() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(e.action, e.actor_id, e.entity_id, e.detail) for e in entries]


def test_a_case_worker_sets_her_own_details(db: Database, admin: ws.Workspace) -> None:
    worker = _worker(db, admin)
    me = worker.actor.staff_id
    assert get_staff_details(worker) == StaffDetails(me, "worker1", "", "", "")
    before = len(_audit(admin))
    update_staff_details(worker, me, full_name=f"  {NAME} ", position=POSITION, phone=PHONE)
    assert get_staff_details(worker) == StaffDetails(me, "worker1", NAME, POSITION, PHONE)
    assert get_staff_details(admin, me) == get_staff_details(worker, me)
    assert _audit(admin)[before:] == [("staff.details", me, me, "full_name,position,phone")]
    # The same details again: nothing changed, no entry.
    update_staff_details(worker, me, full_name=NAME, position=POSITION, phone=PHONE)
    assert len(_audit(admin)) == before + 1


def test_an_administrator_edits_another_persons_details(db: Database, admin: ws.Workspace) -> None:
    worker = _worker(db, admin)
    them = worker.actor.staff_id
    update_staff_details(worker, them, full_name=NAME, position="", phone="")
    before = len(_audit(admin))
    update_staff_details(admin, them, full_name=NAME, position=POSITION, phone="8 727 300 00 01")
    details = get_staff_details(admin, them)
    assert (details.position, details.phone) == (POSITION, "8 727 300 00 01")
    assert _audit(admin)[before:] == [
        ("staff.details", admin.actor.staff_id, them, "position,phone")
    ]


def test_a_case_worker_cannot_touch_anyone_elses_details(db: Database, admin: ws.Workspace) -> None:
    worker = _worker(db, admin)
    colleague = _worker(db, admin, "worker2").actor.staff_id
    before = _audit(admin)
    with pytest.raises(AccessDenied):
        update_staff_details(worker, colleague, full_name="Someone", position="", phone="")
    with pytest.raises(AccessDenied):
        get_staff_details(worker, colleague)
    assert _audit(admin) == before
    with pytest.raises(AccessDenied):  # nor an administrator's
        update_staff_details(
            worker, admin.actor.staff_id, full_name="Someone", position="", phone=""
        )
    assert _audit(admin) == before
    assert get_staff_details(admin).full_name == "Admin Test"


def test_a_deactivated_account_is_refused_even_its_own_details(
    db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    deactivate(admin, worker.actor.staff_id)
    with pytest.raises(AccessDenied):
        update_staff_details(worker, worker.actor.staff_id, full_name=NAME, position="", phone="")


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"full_name": "   "},
            "full_name",
            "Type in the full name: letters print it as the executor.",
        ),
        ({"full_name": "Ә" * 201}, "full_name", "A full name may have at most 200 characters."),
        ({"position": "ю" * 201}, "position", "A position may have at most 200 characters."),
        *(
            (
                {"phone": bad},
                "phone",
                "A phone number may hold only digits, spaces and + - ( ), with 5 to 20 digits.",
            )
            for bad in ("1234", "+7 701 ABC 45 67", "тел. 8 701 123 45 67", "1" * 21)
        ),
    ],
)
def test_bad_details_get_one_sentence_and_change_nothing(
    admin: ws.Workspace, changes: dict[str, str], field: str, message: str
) -> None:
    me = admin.actor.staff_id
    before = (get_staff_details(admin), len(_audit(admin)))
    values = {"full_name": NAME, "position": POSITION, "phone": PHONE, **changes}
    with pytest.raises(InvalidInput) as caught:
        update_staff_details(admin, me, **values)
    assert (caught.value.field, caught.value.message) == (field, message)
    assert (get_staff_details(admin), len(_audit(admin))) == before


def test_phone_numbers_as_people_write_them() -> None:
    for good in ("+7 701 123 45 67", "8 (7172) 55-44-33", "12345", "+7-727-300-00-00"):
        assert is_phone_number(good), good
    for bad in ("", "1234", "+7 701 123 45 67 доб. 5", "8 701 123 45 67 / 68", "1" * 21):
        assert not is_phone_number(bad), bad


def test_the_audit_holds_no_personal_data(db: Database, admin: ws.Workspace) -> None:
    worker = _worker(db, admin)
    update_staff_details(
        worker, worker.actor.staff_id, full_name=NAME, position=POSITION, phone=PHONE
    )
    update_staff_details(admin, worker.actor.staff_id, full_name=NAME, position="", phone="")
    details = [detail for action, _, _, detail in _audit(admin) if action == "staff.details"]
    assert details == ["full_name,position,phone", "position,phone"]
    digits = "".join(c for c in PHONE if c.isdigit())
    for detail in (d for *_, d in _audit(admin)):
        for value in (NAME, *NAME.split(), POSITION, PHONE, digits):
            assert value not in detail


def test_a_damaged_field_reads_empty_and_can_be_typed_again(
    db: Database, admin: ws.Workspace
) -> None:
    worker = _worker(db, admin)
    me = worker.actor.staff_id
    update_staff_details(worker, me, full_name=NAME, position=POSITION, phone=PHONE)
    with admin.transaction() as session:  # another row's ciphertext: it fails to decrypt here
        staff = session.get_one(Staff, me)
        other = session.get_one(Staff, admin.actor.staff_id)
        staff.phone_ct = other.full_name_ct
    details = get_staff_details(worker)
    assert (details.full_name, details.phone, details.damaged) == (NAME, "", ("phone",))
    update_staff_details(worker, me, full_name=NAME, position=POSITION, phone=PHONE)
    assert get_staff_details(worker).damaged == ()


# --- Letters ------------------------------------------------------------------------------------

ON = date(2026, 3, 25)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_letter_prints_her_own_phone_and_position(
    db: Database, admin: ws.Workspace, lang: str
) -> None:
    set_up_organisation(admin)
    settings = get_settings(admin)
    settings.details.director = ""  # no director: she signs with her own position
    update_settings(admin, settings)
    worker = _worker(db, admin)
    update_staff_details(
        worker, worker.actor.staff_id, full_name=NAME, position=POSITION, phone=PHONE
    )
    number = make_case(worker)
    text = compact(pdf_text(issue_letter(worker, number, RecipientKind.POLICE, lang, on=ON).pdf))
    assert compact(NAME) in text and compact(POSITION) in text
    assert compact(PHONE) in text and compact(ORG_PHONE) in text  # hers, below the letterhead's
    assert text.index(compact(ORG_PHONE)) < text.index(compact(PHONE))


def test_without_her_own_phone_the_letter_gives_the_organisations(
    db: Database, admin: ws.Workspace
) -> None:
    set_up_organisation(admin)
    worker = _worker(db, admin)
    update_staff_details(worker, worker.actor.staff_id, full_name=NAME, position="", phone="")
    number = make_case(worker)
    text = compact(pdf_text(issue_letter(worker, number, RecipientKind.POLICE, "ru", on=ON).pdf))
    assert text.count(compact(ORG_PHONE)) == 2  # the letterhead's and the executor's
    assert compact(PHONE) not in text
