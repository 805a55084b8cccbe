"""Issue 8: a damaged database file is one clear sentence at open, pointing to a restore; damaged
ciphertexts are named by `check` while the rest of the database keeps working."""

from __future__ import annotations

import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from caseapp.domain import records as rec
from caseapp.services import backup as bk
from caseapp.services import backup_restore
from caseapp.services import workspace as ws
from caseapp.services.casecheck import TamperedCase
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import add_cases, get_case
from caseapp.services.integrity import check_database
from caseapp.services.reminders import reminders_for_day
from caseapp.services.search import search_cases
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.sqlite_only  # damage to the SQLite file's pages (a server: test_server.py)

DAMAGED = (
    "The database file is damaged or is not a caseapp database; "
    "restore the last backup with 'caseapp restore' or the Backup page."
)


def _record(i: int) -> rec.CaseRecord:
    return rec.CaseRecord(
        client=rec.Client(full_name=f"Client Number{i}", phone=f"+7 701 {i:07d}"),
        opened_on=date(2026, 3, 2),
        orders=[
            rec.ProtectionOrder(
                issued_on=date(2026, 3, 3),
                expires_on=date(2026, 4, 1),
                number=f"PO-{i}",
                officer=f"Officer {i}",
            )
        ],
        notes=f"notes {i} " * 40,
    )


@pytest.fixture
def closed_database(admin: ws.Workspace, db: Database) -> Path:
    """A database file of 60 cases, closed (no write-ahead log left), and its path."""
    with admin.transaction() as session:
        add_cases(admin, session, [_record(i) for i in range(60)])
    assert db.path is not None
    db.close()
    assert not db.path.with_name(DB_FILE_NAME + "-wal").exists()
    return db.path


def _root_page(path: Path, table: str) -> tuple[int, int]:
    """(root page number, page size) of a table, read before the damage."""
    with sqlite3.connect(path) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    return root, page_size


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 3 // 5])


def _random_page(path: Path) -> None:
    root, page_size = _root_page(path, "client")
    data = bytearray(path.read_bytes())
    offset = (root - 1) * page_size
    data[offset : offset + page_size] = random.Random(8).randbytes(page_size)
    path.write_bytes(bytes(data))


def _random_first_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(random.Random(9).randbytes(4096) + data[4096:])


def _jpeg(path: Path) -> None:
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + random.Random(1).randbytes(20000))


def _text(path: Path) -> None:
    path.write_text("Shopping list: bread, milk, tea\n" * 200, encoding="utf-8")


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _another_program(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO photos (name) VALUES ('holiday')")
    connection.close()


DAMAGE = {
    "truncated": _truncate,
    "a page of random bytes": _random_page,
    "a first page of random bytes": _random_first_page,
    "a JPEG": _jpeg,
    "a text file": _text,
    "an empty file": _empty,
    "another program's database": _another_program,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_file_is_one_sentence_at_open_and_is_left_as_it_is(
    closed_database: Path, damage: str
) -> None:
    DAMAGE[damage](closed_database)
    before = closed_database.read_bytes()
    with pytest.raises(ws.DamagedDatabase) as raised:
        ws.open_database(closed_database.parent)
    assert raised.value.message == DAMAGED
    # Opening neither repaired, migrated nor otherwise wrote to the damaged file.
    assert closed_database.read_bytes() == before
    with pytest.raises(ws.DamagedDatabase):
        ws.open_database(closed_database.parent, create=True)


def test_an_intact_file_still_opens(closed_database: Path) -> None:
    db = ws.open_database(closed_database.parent)
    try:
        workspace = ws.unlock(db, "admin", ADMIN_PASSWORD)
        assert check_database(db, workspace).ok
    finally:
        db.close()


# --- some ciphertexts damaged -------------------------------------------------------------------


def _flip_last_byte(path: Path, table: str, column: str, row_id: str) -> None:
    with sqlite3.connect(path) as connection:
        (blob,) = connection.execute(
            f"SELECT {column} FROM {table} WHERE id = ?", (row_id,)
        ).fetchone()
        damaged = bytes(blob[:-1]) + bytes([blob[-1] ^ 0x5A])
        connection.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (damaged, row_id))
    connection.close()


def _ids(path: Path, number: str) -> tuple[str, str, str]:
    """(case id, client id, order id) of a case."""
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT c.id, c.client_id, o.id FROM case_file c "
            "JOIN protection_order o ON o.case_id = c.id WHERE c.number = ?",
            (number,),
        ).fetchone()
    connection.close()
    return row[0], row[1], row[2]


def test_check_names_the_damaged_records_and_the_rest_keeps_working(
    closed_database: Path, tmp_path: Path
) -> None:
    path = closed_database
    _, client_a, _ = _ids(path, "2026-0001")
    _, _, order_b = _ids(path, "2026-0002")
    case_c, _, _ = _ids(path, "2026-0003")
    _flip_last_byte(path, "client", "full_name", client_a)
    _flip_last_byte(path, "protection_order", "officer", order_b)
    _flip_last_byte(path, "case_file", "notes", case_c)

    db = ws.open_database(path.parent)  # the file itself is sound
    try:
        admin = ws.unlock(db, "admin", ADMIN_PASSWORD)
        report = check_database(db, admin)
        damaged = [
            f"case_file {case_c}: field 'notes' is damaged or was moved.",
            f"client {client_a}: field 'full_name' is damaged or was moved.",
            f"protection_order {order_b}: field 'officer' is damaged or was moved.",
        ]
        assert set(damaged) <= set(report.problems)
        # Each damaged row also fails its MAC, and nothing else is named.
        assert all(any(i in p for i in (case_c, client_a, order_b)) for p in report.problems)
        for text in report.problems:
            assert "Client Number" not in text and "Officer" not in text

        # Each damaged case is refused with a sentence naming the record...
        for number in ("2026-0001", "2026-0002", "2026-0003"):
            with pytest.raises(TamperedCase):
                get_case(admin, number)
        # ...and everything else goes on working.
        assert get_case(admin, "2026-0004").client.full_name == "Client Number3"
        assert [h.number for h in search_cases(admin, "Number10")] == ["2026-0011"]
        query = CaseQuery(admin, CaseFilter(), date(2026, 3, 10))
        rows = query.page(0, 100)
        assert query.count() == len(rows) == 60
        assert any(r.number == "2026-0005" and r.client == "Client Number4" for r in rows)
        assert len(reminders_for_day(admin, date(2026, 3, 10))) >= 58

        # A backup of the partly damaged database restores with the same findings.
        backup = bk.create_backup(admin, tmp_path / "b.caseapp-backup")
        restored = backup_restore.restore_backup(
            backup.path, tmp_path / "restored", username="admin", password=ADMIN_PASSWORD
        )
        assert sorted(restored.report.problems) == sorted(report.problems)
    finally:
        db.close()
