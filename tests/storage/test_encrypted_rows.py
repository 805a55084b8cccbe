"""Encrypted rows through the services on a real SQLite file: a ciphertext moved to another row or
column is reported as damage naming the record, never its content, and the rest keeps working."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import StatementError

from caseapp.domain import records as rec
from caseapp.services import workspace as ws
from caseapp.services.casecheck import TamperedCase
from caseapp.services.cases import create_case, get_case
from caseapp.services.errors import OperationFailed
from caseapp.services.integrity import check_database
from caseapp.services.search import search_cases
from caseapp.storage.crypto import FIELD_V2, seal_field
from caseapp.storage.database import Database
from caseapp.storage.fields import Ciphertext, Locked
from caseapp.storage.models import Case, Client
from tests.conftest import ADMIN_PASSWORD

NAME_A = "Әйгерім Қасымова"
NAME_B = "Жанар Сейітова"
NAME_C = "Қайрат Омаров"
ALIAS_C = "Кайрат"


def _case(name: str, alias: str = "", iin: str = "", phone: str = "") -> rec.CaseRecord:
    return rec.CaseRecord(
        client=rec.Client(full_name=name, alias=alias, iin=iin, phone=phone),
        opened_on=date(2026, 3, 2),
        notes=f"notes about {name}",
    )


def _ids(db: Database, number: str) -> tuple[str, str]:
    """(case id, client id) of a case number, read with plain SQL."""
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, client_id FROM case_file WHERE number = :n"), {"n": number}
        ).one()
    return row[0], row[1]


def _raw(db: Database, table: str, column: str, row_id: str) -> bytes | None:
    with db.engine.connect() as conn:
        value: bytes | None = conn.execute(
            text(f"SELECT {column} FROM {table} WHERE id = :id"), {"id": row_id}
        ).scalar_one()
    return value


@pytest.fixture
def three_cases(admin: ws.Workspace) -> tuple[str, str, str]:
    a = create_case(admin, _case(NAME_A, phone="+7 701 111 22 33"))
    b = create_case(admin, _case(NAME_B, iin=""))
    c = create_case(admin, _case(NAME_C, alias=ALIAS_C))
    return a, b, c


def test_moved_ciphertexts_are_reported_by_record_not_content(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, number_b, number_c = three_cases
    _, client_a = _ids(db, number_a)
    _, client_b = _ids(db, number_b)
    _, client_c = _ids(db, number_c)
    a_name_ct = _raw(db, "client", "full_name", client_a)
    c_name_ct = _raw(db, "client", "full_name", client_c)
    assert a_name_ct is not None and c_name_ct is not None

    with db.engine.begin() as conn:
        # Case A's client name pasted into case B's client row.
        conn.execute(
            text("UPDATE client SET full_name = :ct WHERE id = :id"),
            {"ct": a_name_ct, "id": client_b},
        )
        # Case C's client name pasted into the alias column of the same row.
        conn.execute(
            text("UPDATE client SET alias = :ct WHERE id = :id"), {"ct": c_name_ct, "id": client_c}
        )

    with pytest.raises(TamperedCase) as raised:
        get_case(admin, number_b)
    message = raised.value.message
    assert "client" in message and client_b in message and number_b in message
    for secret in (NAME_A, NAME_B, "Әйгерім", "Жанар"):
        assert secret not in message and secret not in str(raised.value)

    with pytest.raises(TamperedCase) as raised_c:
        get_case(admin, number_c)
    assert client_c in raised_c.value.message
    assert NAME_C not in raised_c.value.message
    problems = check_database(db, admin).problems
    assert f"client {client_b}: field 'full_name' is damaged or was moved." in problems
    assert f"client {client_c}: field 'alias' is damaged or was moved." in problems

    # Case A, whose ciphertext was copied, is untouched and readable.
    record_a = get_case(admin, number_a)
    assert record_a.client.full_name == NAME_A
    assert record_a.notes == f"notes about {NAME_A}"

    report = check_database(db, admin)
    assert not report.ok
    moved = "the record was changed outside the program or moved from another case."
    assert sorted(report.problems) == sorted(
        [
            f"client {client_b}: field 'full_name' is damaged or was moved.",
            f"client {client_c}: field 'alias' is damaged or was moved.",
            f"client {client_b}: {moved}",  # each row's MAC no longer holds either
            f"client {client_c}: {moved}",
        ]
    )
    for problem in report.problems:
        for secret in (NAME_A, NAME_B, NAME_C, ALIAS_C):
            assert secret not in problem

    # Search still finds the intact case, by name and by phone; the damaged one shows no name.
    hits = search_cases(admin, "Aigerim")
    assert [(h.number, h.client) for h in hits] == [(number_a, NAME_A)]
    assert [h.number for h in search_cases(admin, "701 111 22 33")] == [number_a]
    assert [(h.number, h.client) for h in search_cases(admin, "Жанар")] == [(number_b, "?")]


def test_ciphertext_moved_between_tables_is_damage(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, *_ = three_cases
    case_a, client_a = _ids(db, number_a)
    notes_ct = _raw(db, "case_file", "notes", case_a)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE client SET address = :ct WHERE id = :id"), {"ct": notes_ct, "id": client_a}
        )
    with pytest.raises(TamperedCase):
        get_case(admin, number_a)
    report = check_database(db, admin)
    assert report.problems == [
        f"client {client_a}: field 'address' is damaged or was moved.",
        f"client {client_a}: the record was changed outside the program or moved from another "
        "case.",
    ]


def test_one_flipped_bit_is_damage_and_the_rest_is_fine(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, number_b, _ = three_cases
    case_a, _ = _ids(db, number_a)
    blob = _raw(db, "case_file", "notes", case_a)
    assert blob is not None
    damaged = bytearray(blob)
    damaged[-1] ^= 1
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE case_file SET notes = :ct WHERE id = :id"),
            {"ct": bytes(damaged), "id": case_a},
        )
    with pytest.raises(TamperedCase) as raised:
        get_case(admin, number_a)
    assert case_a in raised.value.message
    assert get_case(admin, number_b).client.full_name == NAME_B
    problems = check_database(db, admin).problems
    assert f"case_file {case_a}: field 'notes' is damaged or was moved." in problems
    assert all(case_a in p for p in problems)


def test_check_without_keys_spots_plaintext_in_an_encrypted_column(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, *_ = three_cases
    _, client_a = _ids(db, number_a)
    with db.engine.begin() as conn:
        conn.execute(
            text("UPDATE client SET phone = :v WHERE id = :id"),
            {"v": b"+7 701 000 00 00", "id": client_a},
        )
    report = check_database(db)  # structure only: no keys needed
    assert not report.keyed
    assert report.problems == [f"client {client_a}: field 'phone' is not a ciphertext."]


def test_a_fresh_database_checks_clean(admin: ws.Workspace, db: Database) -> None:
    create_case(admin, _case(NAME_A))
    report = check_database(db, admin)
    assert report.ok and report.problems == []
    assert report.keyed
    assert report.records_checked > 0


# --- The Ciphertext column type --------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        NAME_A.encode(),
        b"",
        b"\x00" + b"x" * 60,
        "not bytes",
        bytearray(b"\x01abc"),
        b"\x01" + NAME_A.encode(),  # right version byte, but plaintext behind it
        b"\x01" + b"x" * 45,  # not whole padded blocks
    ],
)
def test_ciphertext_type_refuses_what_is_not_sealed(value: object) -> None:
    with pytest.raises(TypeError):
        Ciphertext().process_bind_param(value, None)  # type: ignore[arg-type]


def test_ciphertext_type_lets_sealed_bytes_and_null_through(admin: ws.Workspace) -> None:
    aead = admin.chest.aead("org", 1)
    blob = seal_field(aead, 1, "client", "full_name", "r", "org", NAME_A)
    assert Ciphertext().process_bind_param(blob, None) == blob  # type: ignore[arg-type]
    assert Ciphertext().process_bind_param(None, None) is None  # type: ignore[arg-type]


def test_orm_refuses_plaintext_in_an_encrypted_column(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, *_ = three_cases
    _, client_a = _ids(db, number_a)
    before = _raw(db, "client", "full_name", client_a)
    with pytest.raises(StatementError) as raised, db.transaction(admin.chest) as session:
        session.execute(
            update(Client).where(Client.id == client_a).values(full_name_ct=NAME_B.encode())
        )
    assert isinstance(raised.value.orig, TypeError)
    with pytest.raises(StatementError), db.transaction(admin.chest) as session:
        session.execute(insert(Client).values(id="x" * 32, full_name_ct=b"Plain Name"))
    with pytest.raises(StatementError), db.transaction(admin.chest) as session:
        client = session.get(Client, client_a)
        assert client is not None
        client.full_name_ct = NAME_B.encode()
        session.flush()
    assert _raw(db, "client", "full_name", client_a) == before
    with db.engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM client WHERE id = :i"), {"i": "x" * 32}
            ).scalar()
            == 0
        )


def test_every_stored_personal_field_starts_with_the_version_byte(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT full_name, alias, phone FROM client")).all()
    values = [v for row in rows for v in row if v is not None]
    assert len(values) == 5  # three names, one alias, one phone; empty fields are NULL
    assert all(v[0] == FIELD_V2 for v in values)


# --- Locked ----------------------------------------------------------------------------------


def test_a_locked_workspace_cannot_read_or_write(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, *_ = three_cases
    admin.lock()
    assert admin.locked
    with pytest.raises(OperationFailed) as raised:
        get_case(admin, number_a)
    assert raised.value.message == "The database is locked."
    with pytest.raises(OperationFailed):
        search_cases(admin, "Aigerim")
    with pytest.raises(OperationFailed):
        create_case(admin, _case("Новый Клиент"))
    with pytest.raises(OperationFailed):
        _ = admin.chest
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM case_file")).scalar() == 3

    # Unlocking again gives a new workspace that reads the same data.
    again = ws.unlock(db, "admin", ADMIN_PASSWORD)
    assert get_case(again, number_a).client.full_name == NAME_A


def test_rows_loaded_without_keys_do_not_decrypt(
    db: Database, admin: ws.Workspace, three_cases: tuple[str, str, str]
) -> None:
    number_a, *_ = three_cases
    with db.session() as session:
        case = session.scalars(select(Case).where(Case.number == number_a)).one()
        assert case.number == number_a  # plain columns are readable
        with pytest.raises(Locked):
            _ = case.client.full_name
        with pytest.raises(Locked):
            _ = case.notes
