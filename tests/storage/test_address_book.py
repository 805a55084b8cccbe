"""Address book entries on disk: every text is ciphertext under the organisation's key, and a row
changed outside the program fails its MAC — named by the check, refused when opened, left out of
the lists."""

from __future__ import annotations

import secrets
import string

import pytest
from sqlalchemy import text

from caseapp.domain.address_book import FIELDS, LANGS, Addressee, AddresseeKind
from caseapp.services import address_book as book
from caseapp.services import workspace as ws
from caseapp.services.errors import DamagedRecord
from caseapp.services.integrity import check_database
from caseapp.storage.database import Database
from caseapp.storage.engine import DB_FILE_NAME


def _marker() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


def _entry(markers: dict[str, str]) -> Addressee:
    return Addressee(
        kind=AddresseeKind.POLICE,
        texts={lang: {f: markers[f"{f}_{lang}"] for f in FIELDS} for lang in LANGS},
        phone=markers["phone"],
        email=markers["email"] + "@example.org",
    )


@pytest.mark.sqlite_only
def test_no_text_of_an_entry_is_in_clear_in_the_file(db: Database, admin: ws.Workspace) -> None:
    names = [f"{f}_{lang}" for f in FIELDS for lang in LANGS] + ["phone", "email"]
    markers = {name: _marker() for name in names}
    entry_id = book.add_entry(admin, _entry(markers))
    edited = book.get_entry(admin, entry_id)
    edited.texts["ru"]["name"] = markers["name_ru"] + "x"
    book.update_entry(admin, edited)
    assert db.path is not None
    files = list(db.path.parent.iterdir())
    assert any(f.name == DB_FILE_NAME for f in files)
    data = b"".join(f.read_bytes() for f in files if f.is_file())
    for name, value in markers.items():
        for encoding in ("utf-8", "utf-16-le"):
            assert value.encode(encoding) not in data, name
    assert book.get_entry(admin, entry_id).text("ru", "name") == markers["name_ru"] + "x"


def test_an_entry_changed_outside_the_program_is_detected(
    db: Database, admin: ws.Workspace
) -> None:
    kept = book.add_entry(
        admin, Addressee(kind=AddresseeKind.COURT, texts={"ru": {"body": "Районный суд"}})
    )
    changed = book.add_entry(
        admin, Addressee(kind=AddresseeKind.COURT, texts={"ru": {"body": "Городской суд"}})
    )
    assert check_database(db, admin).problems == []
    with db.engine.begin() as connection:  # the server's administrator re-files it as police
        connection.execute(
            text("UPDATE address_book_entry SET kind = 'police' WHERE id = :id"), {"id": changed}
        )
    problems = check_database(db, admin).problems
    assert problems == [
        f"address_book_entry {changed}: the record was changed outside the program."
    ]
    with pytest.raises(DamagedRecord):
        book.get_entry(admin, changed)
    assert [e.id for e in book.list_entries(admin)] == [kept]
