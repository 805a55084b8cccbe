"""Search finds a case by its number (whole, or the digits after the dash) and a client by the
last four or more digits of her phone, through keyed tokens, and only among the cases she may
see. A database indexed before phone suffixes existed is matched in memory until a holder of the
office's key writes the new tokens after her unlock."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, update

from caseapp.domain import records as rec
from caseapp.domain.enums import Role
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import add_cases, get_case, update_case
from caseapp.services.pending import settle_pending
from caseapp.services.search import memory_matches, search_cases
from caseapp.storage import search_index
from caseapp.storage.crypto import KdfParams
from caseapp.storage.models import Client, SearchToken

LAWYER_PASSWORD = "lawyer pass 12"
PHONE = "+7 701 777 00 11"


@pytest.fixture
def cases(admin: ws.Workspace) -> ws.Workspace:
    def case(number: str, name: str, phone: str = "") -> rec.CaseRecord:
        opened = date(int(number[:4]), 3, 1)
        return rec.CaseRecord(rec.Client(name, phone=phone), opened_on=opened, number=number)

    with admin.transaction() as session:
        add_cases(
            admin,
            session,
            [
                case("2026-0086", "Жанар Ахметова", PHONE),
                case("2025-0086", "Дина Серікова", "8 (702) 555-44-33"),
                case("2026-0860", "Әйгерім Нұрланова"),
                case("2026-0008", "Шұғыла Омарова", "555 12"),
            ],
        )
    return admin


def found(workspace: ws.Workspace, query: str) -> list[str]:
    return sorted(hit.number for hit in search_cases(workspace, query))


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("2026-0086", ["2026-0086"]),
        (" 2026-0086 ", ["2026-0086"]),
        ("2026-86", ["2026-0086"]),
        ("0086", ["2025-0086", "2026-0086"]),
        ("86", ["2025-0086", "2026-0086"]),
        ("860", ["2026-0860"]),
        ("8", ["2026-0008"]),
        ("2027-0086", []),
        ("0087", []),
    ],
)
def test_a_case_is_found_by_its_number(cases: ws.Workspace, query: str, numbers: list[str]) -> None:
    assert found(cases, query) == numbers


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("0011", ["2026-0086"]),
        ("00 11", ["2026-0086"]),
        ("777-00-11", ["2026-0086"]),
        ("7770011", ["2026-0086"]),
        ("87017770011", ["2026-0086"]),  # the whole number, as before
        ("4433", ["2025-0086"]),
        ("55512", ["2026-0008"]),  # a short number, whole
        ("5512", ["2026-0008"]),
        ("1234", []),
    ],
)
def test_a_client_is_found_by_the_last_digits_of_her_phone(
    cases: ws.Workspace, query: str, numbers: list[str]
) -> None:
    assert found(cases, query) == numbers


def test_three_digits_are_not_enough_for_a_phone(cases: ws.Workspace) -> None:
    assert found(cases, "011") == []  # 2026-0011 does not exist; the phone needs four digits


def test_the_case_list_filters_by_number_too(cases: ws.Workspace) -> None:
    query = CaseQuery(cases, CaseFilter(query="0086"))
    assert query.count() == 2
    assert sorted(row.number for row in query.page(0, 10)) == ["2025-0086", "2026-0086"]
    assert CaseQuery(cases, CaseFilter(query="0011")).count() == 1


def test_numbers_and_phones_are_found_only_among_her_cases(
    cases: ws.Workspace, db_target: str, cheap_kdf: KdfParams
) -> None:
    accounts.add_staff(cases, "lawyer1", LAWYER_PASSWORD, Role.LAWYER, kdf=cheap_kdf)
    lawyer = ws.unlock(ws.open_database(db_target), "lawyer1", LAWYER_PASSWORD)
    for query in ("2026-0086", "0086", "86", "0011", "4433"):
        assert found(lawyer, query) == [], query
    assert CaseQuery(lawyer, CaseFilter(query="0086")).count() == 0
    record = get_case(cases, "2026-0086")
    record.assigned_to = lawyer.actor.staff_id
    update_case(cases, record)
    lawyer = ws.unlock(ws.open_database(db_target), "lawyer1", LAWYER_PASSWORD)
    assert found(lawyer, "0086") == ["2026-0086"]  # hers now; 2025-0086 still not
    assert found(lawyer, "0011") == ["2026-0086"]  # matched in memory: she holds no office key
    assert found(lawyer, "4433") == []


def test_phone_digits_are_tokens_under_the_office_key(cases: ws.Workspace) -> None:
    """The whole number and its last four to nine digits each have a token, keyed: none of
    them holds the digits, and the database holds exactly these for her."""
    chest = cases.chest
    [office] = chest.held_offices()
    key = chest.index_keys(office)[-1]
    phone_tokens = search_index.client_tokens(key, [], "", PHONE)
    assert len(phone_tokens) == 1 + (9 - 4 + 1)
    for token in phone_tokens:
        assert b"0011" not in token and b"777" not in token
    with cases.session() as session:
        client_id = session.scalar(
            select(Client.id).where(Client.case_id == get_case(cases, "2026-0086").id)
        )
        stored = set(
            session.scalars(select(SearchToken.token).where(SearchToken.client_id == client_id))
        )
    assert phone_tokens <= stored
    assert stored == search_index.client_tokens(key, ["Жанар Ахметова"], "", PHONE)


def _as_indexed_by_the_previous_version(workspace: ws.Workspace) -> None:
    """What a database upgraded to this version holds: tokens without phone suffixes, and
    every client at index_version 0."""
    keys = [
        k for office in workspace.chest.held_offices() for k in workspace.chest.index_keys(office)
    ]
    with workspace.transaction() as session:
        for client in session.scalars(select(Client)):
            old = search_index.client_tokens(
                keys[-1], [client.full_name, client.alias], client.iin, ""
            )
            phone_key = search_index.phone_key(client.phone)
            if len(phone_key) >= 5:
                old.add(search_index._token(keys[-1], b"p", phone_key))
            search_index.reindex(session, keys[-1], client.id, old)
        session.execute(update(Client).values(index_version=0))


def test_a_database_indexed_before_phone_suffixes_finds_them_then_writes_them(
    cases: ws.Workspace,
) -> None:
    _as_indexed_by_the_previous_version(cases)
    with cases.session() as session:
        before = session.scalar(select(func.count()).select_from(SearchToken))
        # Names, IINs and whole phones are still answered by tokens alone, not in memory.
        assert memory_matches(cases, session, "Жанар") == []
        assert memory_matches(cases, session, "87017770011") == []
        assert len(memory_matches(cases, session, "0011")) == 1
    assert found(cases, "0011") == ["2026-0086"]  # in memory meanwhile: nothing is missed
    assert found(cases, "Жанар") == ["2026-0086"]
    # The check after a holder's unlock writes the new tokens.
    assert settle_pending(cases) == 4
    with cases.session() as session:
        assert session.scalar(select(func.count()).select_from(SearchToken)) > before
        assert set(session.scalars(select(Client.index_version))) == {1}
        assert memory_matches(cases, session, "0011") == []
    assert found(cases, "0011") == ["2026-0086"]
    assert found(cases, "4433") == ["2025-0086"]
    assert settle_pending(cases) == 0  # nothing left to do
