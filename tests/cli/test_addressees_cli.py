"""``caseapp addressees``: list, add, edit and remove entries of an office's address book, and
``caseapp letter --addressee ID`` printing one in the letter's language."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from caseapp.services import address_book as book
from caseapp.services import workspace as ws
from tests.cli.helpers import assert_one_sentence_error
from tests.letters.sample import compact, make_case, pdf_text, set_up_organisation

TODAY = date.today()


def base(data_folder: Path, *extra: str) -> list[str]:
    return ["addressees", "--db", str(data_folder), "--user", "admin", "--password-stdin", *extra]


def test_add_list_edit_and_remove(cli: Any, admin: ws.Workspace, data_folder: Path) -> None:
    code, out, err = cli(
        *base(
            data_folder,
            "--add",
            "--kind",
            "court",
            "--position-ru",
            "Председателю",
            "--body-ru",
            "Алмалинского районного суда г. Алматы",
            "--name-ru",
            "Тестову А. Б.",
            "--address-ru",
            "г. Алматы,\\nул. Примерная, 1",
            "--body-en",
            "Almaly District Court of Almaty",
        )
    )
    assert code == 0, err
    entry_id = out.strip()
    code, out, _ = cli(*base(data_folder, "--json"))
    [row] = json.loads(out)
    assert row["id"] == entry_id and row["kind"] == "court"
    assert row["ru"]["address"] == "г. Алматы,\nул. Примерная, 1"
    assert row["en"]["body"] == "Almaly District Court of Almaty" and row["kk"]["body"] == ""
    code, out, _ = cli(*base(data_folder, "--office", "1"))
    assert out == f"{entry_id}\tcourt\tАлмалинского районного суда г. Алматы — Тестову А. Б.\n"

    code, _, err = cli(*base(data_folder, "--edit", entry_id, "--name-ru", "Другому В. Г."))
    assert code == 0, err
    assert book.get_entry(admin, entry_id).text("ru", "name") == "Другому В. Г."
    assert book.get_entry(admin, entry_id).text("ru", "position") == "Председателю"

    code, _, err = cli(*base(data_folder, "--remove", entry_id))
    assert code == 0, err
    assert book.list_entries(admin) == []


def test_bad_input_is_one_sentence(cli: Any, admin: ws.Workspace, data_folder: Path) -> None:
    code, _, err = cli(*base(data_folder, "--add", "--kind", "court"))
    assert code == 2
    assert_one_sentence_error(err)
    code, _, err = cli(*base(data_folder, "--add", "--body-ru", "Суд"))
    assert code == 2 and "--kind" in err
    code, _, err = cli(*base(data_folder, "--remove", "0" * 32))
    assert code == 1
    assert_one_sentence_error(err)
    assert book.list_entries(admin) == []


def test_a_letter_prints_the_entry_in_its_language(
    cli: Any, admin: ws.Workspace, data_folder: Path, tmp_path: Path
) -> None:
    set_up_organisation(admin)
    number = make_case(
        admin,
        issued_on=TODAY - timedelta(days=20),
        consent_from=TODAY - timedelta(days=30),
        consent_to=TODAY + timedelta(days=150),
    )
    from caseapp.domain.address_book import Addressee, AddresseeKind

    entry_id = book.add_entry(
        admin,
        Addressee(
            kind=AddresseeKind.LEGAL_AID,
            texts={
                "kk": {
                    "position": "Директорына",
                    "body": "«Заң көмегі» қоғамдық бірлестігінің",
                    "address": "Алматы қ., Үлгі к-сі, 7",
                },
                "ru": {"position": "Директору", "body": "ОО «Правовая помощь»"},
            },
        ),
    )
    out = tmp_path / "legal.pdf"
    args = [
        "letter", "--db", str(data_folder), "--user", "admin", "--password-stdin",
        "--case", number, "--kind", "legal_aid", "--out", str(out), "--addressee", entry_id,
    ]  # fmt: skip
    code, _, err = cli(*args, "--lang", "kk")
    assert code == 0, err
    text = compact(pdf_text(out.read_bytes()))
    assert compact("«Заң көмегі» қоғамдық бірлестігінің") in text
    assert compact("Үлгі к-сі, 7") in text and "Правовая" not in text
    code, _, err = cli(*args, "--lang", "en")  # no English text in the entry: refused
    assert code == 2
    assert_one_sentence_error(err)
    code, _, err = cli(*args, "--lang", "ru", "--to", "Кому-то")
    assert code == 2 and "--addressee" in err
