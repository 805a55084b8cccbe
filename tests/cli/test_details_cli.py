"""``caseapp organisation`` and ``caseapp my-details``: a database made with ``caseapp init``
can issue a letter in every language from the command line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from caseapp.domain.enums import Role
from caseapp.domain.risk import MAX_SCORE, Thresholds
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.opening import open_database
from tests.cli.helpers import assert_one_sentence_error
from tests.conftest import CHEAP_KDF
from tests.letters.sample import compact, pdf_text

PASSWORD = "Long enough pass 9"


def _init(cli: Any, folder: Path) -> None:
    code, _, err = cli(
        "init", "--db", str(folder), "--org", "Центр Үміт", "--user", "director",
        "--password-stdin", password=PASSWORD,
    )  # fmt: skip
    assert (code, err) == (0, "")


def _as(folder: Path, command: str, *extra: str) -> list[str]:
    return [command, "--db", str(folder), "--user", "director", "--password-stdin", *extra]


def test_a_database_made_with_init_issues_letters_in_every_language(
    cli: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    _init(cli, folder)
    case_file = tmp_path / "cases.json"
    case_file.write_text(
        json.dumps(
            {
                "format": "caseapp-cases/1",
                "cases": [
                    {
                        "number": "2026-0001",
                        "opened_on": "2026-03-01",
                        "client": {"full_name": "Әйгерім Қасымова", "iin": "900415400127"},
                        "consents": [
                            {
                                "recipient_kind": "social",
                                "given_on": "2026-03-01",
                                "expires_on": "2026-12-31",
                            }
                        ],
                    }
                ],
            },
            ensure_ascii=False,
        ),
        "utf-8",
    )
    assert cli(*_as(folder, "import", str(case_file)), password=PASSWORD)[0] == 0
    social = [*_as(folder, "letter"), "--case", "2026-0001", "--kind", "social", "--date"]

    code, _, err = cli(*social, "2026-03-25", "--lang", "kk", "--out", str(tmp_path / "a.pdf"),
                       password=PASSWORD)  # fmt: skip
    assert code == 1 and "has no name in the letter's language (kk)" in err  # nothing but init

    code, out, err = cli(*_as(folder, "my-details", "--full-name", "Динара Жұмабекова",
                              "--position", "юрист", "--phone", "+7 701 000 00 01"),
                         password=PASSWORD)  # fmt: skip
    assert (code, err) == (0, "") and "Динара Жұмабекова" in out
    code, out, err = cli(
        *_as(folder, "organisation", "--name-kk", "«Үміт» орталығы", "--name-en", "Umit Centre",
             "--address-ru", "г. Алматы, пр. Абая, 10", "--address-kk", "Алматы қ., Абай д-лы, 10",
             "--bin", "060540001234", "--director", "Гүлнар Омарова", "--json"),
        password=PASSWORD,
    )  # fmt: skip
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert shown["name_ru"] == "Центр Үміт" and shown["name_kk"] == "«Үміт» орталығы"
    assert shown["address_ru"] == "г. Алматы, пр. Абая, 10" and shown["bin"] == "060540001234"

    for lang, name in (("ru", "Центр Үміт"), ("kk", "«Үміт» орталығы"), ("en", "Umit Centre")):
        out_file = tmp_path / f"social-{lang}.pdf"
        code, _, err = cli(*social, "2026-03-25", "--lang", lang, "--out", str(out_file),
                           "--attach", "Копия удостоверения", "--reply-number", "12",
                           "--reply-date", "2026-03-20", password=PASSWORD)  # fmt: skip
        assert (code, err) == (0, ""), err
        text = compact(pdf_text(out_file.read_bytes()))
        assert compact(name) in text and compact("Динара Жұмабекова") in text
        assert compact("Копия удостоверения") in text and "20.03.2026" in text

    # Shown without a setting; a bad BIN changes nothing.
    code, out, _ = cli(*_as(folder, "my-details", "--json"), password=PASSWORD)
    assert json.loads(out)["position"] == "юрист"
    code, _, err = cli(*_as(folder, "organisation", "--bin", "123"), password=PASSWORD)
    assert code == 2
    assert_one_sentence_error(err)
    code, out, _ = cli(*_as(folder, "organisation", "--json"), password=PASSWORD)
    assert json.loads(out)["bin"] == "060540001234"


def test_only_an_administrator_sets_the_organisation(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _init(cli, folder)
    db = open_database(folder)
    try:
        workspace = ws.unlock(db, "director", PASSWORD)
        accounts.add_staff(workspace, "worker", "worker pass 123", Role.CASE_WORKER, kdf=CHEAP_KDF)
    finally:
        db.close()
    worker = ["--db", str(folder), "--user", "worker", "--password-stdin"]
    code, _, err = cli("organisation", *worker, "--name-en", "X", password="worker pass 123")
    assert code == 1
    assert_one_sentence_error(err)
    code, out, _ = cli("organisation", *worker, "--json", password="worker pass 123")
    assert code == 0 and json.loads(out)["name_en"] == ""
    code, out, _ = cli("my-details", *worker, "--full-name", "Ж. Сейіт", password="worker pass 123")
    assert code == 0 and "Ж. Сейіт" in out


def test_the_risk_and_report_thresholds_are_shown_and_set(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _init(cli, folder)
    code, out, _ = cli(*_as(folder, "organisation", "--json"), password=PASSWORD)
    shown = json.loads(out)
    assert (shown["risk_medium"], shown["risk_high"], shown["report_threshold"]) == (5, 9, 5)
    code, out, err = cli(*_as(folder, "organisation", "--risk-medium", "7", "--risk-high", "12",
                              "--report-threshold", "10"), password=PASSWORD)  # fmt: skip
    assert (code, err) == (0, "")
    assert "risk_medium" in out and "12" in out
    # Later assessments are scored against them.
    db = open_database(folder)
    try:
        from caseapp.services.risk import thresholds

        assert thresholds(ws.unlock(db, "director", PASSWORD)) == Thresholds(7, 12)
    finally:
        db.close()
    # Only one given: the other stays; medium not below high, or out of the score's range, or
    # a reports' threshold out of its range: one sentence, nothing changed.
    for bad in (
        ("--risk-medium", "12"),
        ("--risk-high", "6"),
        ("--risk-medium", "0"),
        ("--risk-high", str(MAX_SCORE + 1)),
        ("--report-threshold", "1"),
        ("--risk-high", "many"),
    ):
        code, _, err = cli(*_as(folder, "organisation", *bad), password=PASSWORD)
        assert code == 2, bad
        assert_one_sentence_error(err)
    code, out, _ = cli(*_as(folder, "organisation", "--risk-high", "20", "--json"),
                       password=PASSWORD)  # fmt: skip
    shown = json.loads(out)
    assert (shown["risk_medium"], shown["risk_high"], shown["report_threshold"]) == (7, 20, 10)
