"""A database made by release 0.1 (one data key for everyone, tests/fixtures/release-0.1) upgrades
in place at its first administrator's unlock: all or nothing, nothing lost (issue 13)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from caseapp.services import workspace as ws
from caseapp.services.cases import get_case
from caseapp.services.integrity import check_database
from caseapp.services.reminders import reminders_for_day
from caseapp.services.search import search_cases
from caseapp.services.staff import list_staff
from caseapp.storage import vault
from caseapp.storage.case_repo import all_encrypted_rows
from caseapp.storage.crypto import DataKeys
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME
from caseapp.storage.fields import encrypted_fields
from caseapp.storage.models import Case, ShelterPlace, ShelterStay, Staff

FIXTURE = Path(__file__).parents[1] / "fixtures" / "release-0.1"
pytestmark = pytest.mark.sqlite_only

# What release 0.1 itself printed for this file (`caseapp reminders --today 2026-11-30 --json`).
REMINDERS_BEFORE = [
    ("2025-0009", "police_check_overdue", "2026-11-12", "ЗП-1248"),
    ("2026-0008", "police_check_overdue", "2026-11-18", "ЗП-3103"),
    ("2026-0007", "police_check_overdue", "2026-11-20", "ЗП-7614"),
    ("2026-0002", "police_check_due", "2026-12-02", "ЗП-4099"),
]


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "release-0.1"
    folder.mkdir()
    shutil.copy(FIXTURE / DB_FILE_NAME, folder / DB_FILE_NAME)
    return folder


def _every_field_in_clear(folder: Path) -> dict[tuple[str, str, str], str]:
    """Release 0.1's fields opened with its own one key (what the upgrade must not lose)."""
    db = Database(folder, upgrade=True)
    try:
        with db.session() as session:
            staff_id = session.scalar(select(Staff.id).where(Staff.username == "demo"))
            assert staff_id is not None
            keys = DataKeys.from_data_key(vault.unwrap_with_password(session, staff_id, "demo"))
            found = {}
            for model in all_encrypted_rows():
                if model is ShelterPlace:
                    continue
                names = [d.name for d in encrypted_fields(model)]
                if model is ShelterStay:
                    names = ["room", "departure_reason", "destination"]
                for row in session.scalars(select(model)):
                    for name in names:
                        blob = getattr(row, f"{name}_ct")
                        if blob is not None:
                            found[(model.__tablename__, row.id, name)] = keys.field.open(
                                model.__tablename__, name, row.id, bytes(blob)
                            )
            return found
    finally:
        db.close()


def test_the_first_administrator_upgrades_it_and_nothing_is_lost(old_folder: Path) -> None:
    before = _every_field_in_clear(old_folder)
    db = ws.open_database(old_folder)
    try:
        with pytest.raises(ws.OperationFailed, match="administrator must open it once"):
            ws.unlock(db, "worker.demo", "demo-worker")
        admin = ws.unlock(db, "demo", "demo")
        assert admin.new_recovery_key  # to be shown once
        assert check_database(db, admin).problems == []
        # Every field, each under its new key, says what it said.
        with admin.session() as session:
            for (table, row_id, column), plain in before.items():
                if table == "shelter_stay" and column in ("room", "destination"):
                    place = session.scalar(
                        select(ShelterPlace).where(ShelterPlace.stay_id == row_id)
                    )
                    assert place is not None and getattr(place, column) == plain
                    continue
                model = next(m for m in all_encrypted_rows() if m.__tablename__ == table)
                key = int(row_id[6:]) if table == "audit_entry" else row_id
                row = session.get(model, key)
                assert row is not None and getattr(row, column) == plain, (table, column)
            numbers = list(session.scalars(select(Case.number)))
        assert len(numbers) == 24
        for number in numbers:
            get_case(admin, number)  # every case verifies whole
        assert [
            (r.case, r.kind.value, r.due_on.isoformat(), r.ref)
            for r in reminders_for_day(admin, date(2026, 11, 30))
        ] == REMINDERS_BEFORE
        assert [h.number for h in search_cases(admin, "Aigerim")] == [
            h.number for h in search_cases(admin, "Айгерим")
        ] and search_cases(admin, "Айгерим")
        accounts = {a.username: a for a in list_staff(admin)}
        assert accounts["worker.demo"].needs_password and accounts["lawyer.demo"].needs_password
        assert not accounts["former.worker"].active
        # The others' old passwords opened the old key: they open nothing now.
        with pytest.raises(ws.WrongCredentials):
            ws.unlock(db, "worker.demo", "demo-worker")
        again = ws.unlock(db, "demo", "demo")
        assert again.new_recovery_key is None
    finally:
        db.close()


def test_a_damaged_field_stops_the_upgrade_and_changes_nothing(old_folder: Path) -> None:
    path = old_folder / DB_FILE_NAME
    with sqlite3.connect(path) as conn:
        row_id, blob = conn.execute("SELECT id, full_name FROM client LIMIT 1").fetchone()
        conn.execute(
            "UPDATE client SET full_name = ? WHERE id = ?",
            (blob[:-1] + bytes([blob[-1] ^ 1]), row_id),
        )
    db = ws.open_database(old_folder)
    try:
        with pytest.raises(ws.OperationFailed, match=f"record client {row_id} is damaged"):
            ws.unlock(db, "demo", "demo")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT crypto_version FROM organisation")).scalar_one() == 1
            assert conn.execute(text("SELECT count(*) FROM staff_key")).scalar_one() == 0
            # The old key still opens everything else: nothing was re-encrypted half-way.
            assert conn.execute(text("SELECT count(*) FROM key_wrap")).scalar_one() == 5
    finally:
        db.close()
