"""The address book: per office, edited by administrators and the office's staff only, each
change a signed audit entry; entries print in the letter's language."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from caseapp.domain import records as rec
from caseapp.domain.address_book import Addressee, AddresseeKind
from caseapp.domain.enums import LetterKind, Role
from caseapp.services import accounts, offices
from caseapp.services import address_book as book
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from caseapp.services.errors import AccessDenied, InvalidInput, VersionConflict
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.conftest import CHEAP_KDF

PASSWORD = "worker password 1"


def court(
    body: str = "Специализированный межрайонный суд по делам несовершеннолетних",
) -> Addressee:
    return Addressee(
        kind=AddresseeKind.COURT,
        texts={
            "ru": {
                "position": "Председателю",
                "body": body,
                "name": "Тестовой А. Б.",
                "address": "г. Алматы, ул. Примерная, 1",
            },
            "kk": {
                "position": "Төрағасына",
                "body": "Кәмелетке толмағандардың істері жөніндегі "
                "мамандандырылған аудандық сотының",
                "name": "А. Б. Тестоваға",
            },
        },
        phone="+7 727 000 00 00",
    )


def _staff(db: Database, admin: ws.Workspace, name: str, office_ids: list[str]) -> ws.Workspace:
    accounts.add_staff(admin, name, PASSWORD, Role.LAWYER, offices=office_ids, kdf=CHEAP_KDF)
    return ws.unlock(db, name, PASSWORD)


def test_entries_are_kept_per_office_and_read_back(db: Database, admin: ws.Workspace) -> None:
    [main] = offices.list_offices(admin)
    other = offices.add_office(admin, "Филиал в Талгаре")
    entry_id = book.add_entry(admin, court())
    book.add_entry(
        admin,
        Addressee(
            kind=AddresseeKind.POLICE,
            office_id=other,
            texts={"en": {"position": "To the Head of", "body": "Talgar District Police"}},
        ),
    )
    [found] = book.list_entries(admin, main.office_id)
    assert found.id == entry_id and found.office_id == main.office_id
    assert found.text("ru", "body").startswith("Специализированный")
    assert found.text("kk", "position") == "Төрағасына" and found.phone == "+7 727 000 00 00"
    assert "en" not in found.texts
    [police] = book.list_entries(admin, other)
    assert police.kind is AddresseeKind.POLICE
    assert book.list_entries(admin, other, (AddresseeKind.COURT,)) == []
    assert book.entry_block(admin, entry_id, "ru") == (
        "Председателю\nСпециализированный межрайонный суд по делам несовершеннолетних\n"
        "Тестовой А. Б.\nг. Алматы, ул. Примерная, 1"
    )
    with pytest.raises(InvalidInput):  # nothing in English: said, not printed empty
        book.entry_block(admin, entry_id, "en")


def test_office_staff_edit_their_book_others_only_read(db: Database, admin: ws.Workspace) -> None:
    [main] = offices.list_offices(admin)
    other = offices.add_office(admin, "Филиал в Талгаре")
    mine = _staff(db, admin, "lawyer_main", [main.office_id])
    elsewhere = _staff(db, admin, "lawyer_other", [other])
    entry_id = book.add_entry(mine, court())
    assert book.may_edit(mine, main.office_id) and not book.may_edit(elsewhere, main.office_id)
    assert [e.id for e in book.list_entries(elsewhere, main.office_id)] == [entry_id]
    with pytest.raises(AccessDenied):
        book.add_entry(elsewhere, Addressee(**{**court().__dict__, "office_id": main.office_id}))
    with pytest.raises(AccessDenied):
        book.remove_entry(elsewhere, entry_id)
    entry = book.get_entry(mine, entry_id)
    entry.texts["ru"]["name"] = "Другой В. Г."
    book.update_entry(mine, entry)
    with pytest.raises(VersionConflict):  # a second window still holding the old version
        book.update_entry(admin, entry)
    assert book.get_entry(admin, entry_id).text("ru", "name") == "Другой В. Г."
    book.remove_entry(admin, entry_id)
    assert book.list_entries(admin, main.office_id) == []
    with db.session() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.entity_id).where(
                AuditEntry.action.like("address_book.%")
            )
        ).all()
    assert sorted(a for a, _ in rows) == [
        "address_book.add",
        "address_book.edit",
        "address_book.remove",
    ]
    assert {i for _, i in rows} == {entry_id}


def test_bad_input_is_one_sentence_naming_the_field(admin: ws.Workspace) -> None:
    for entry, field in (
        (Addressee(kind=AddresseeKind.COURT), "body"),
        (Addressee(kind="nobody", texts={"ru": {"body": "Суд"}}), "kind"),  # type: ignore[arg-type]
        (Addressee(kind=AddresseeKind.COURT, texts={"ru": {"body": "С" * 251}}), "body"),
        (Addressee(kind=AddresseeKind.COURT, texts={"ru": {"body": "Суд"}}, email="no"), "email"),
    ):
        with pytest.raises(InvalidInput) as refused:
            book.add_entry(admin, entry)
        assert refused.value.field == field
    assert book.list_entries(admin) == []


def test_a_police_letter_is_offered_the_orders_unit(admin: ws.Workspace) -> None:
    from datetime import date, timedelta

    today = date.today()
    order = rec.ProtectionOrder(
        number="ЗП-1",
        issued_by="Управление полиции Алмалинского района",
        issued_on=today - timedelta(days=2),
        expires_on=today + timedelta(days=20),
    )
    number = create_case(admin, rec.CaseRecord(rec.Client("Кейс Тестова"), today, orders=[order]))
    assert book.order_addressee(admin, number, LetterKind.POLICE_CHECKS, "ru") == (
        "Начальнику\nУправления полиции Алмалинского района"
    )
    assert book.order_addressee(admin, number, LetterKind.LEGAL_AID, "ru") == ""
