"""``caseapp report``: JSON, PDF, XLSX and CSV from the command line; no personal data in any of
them; bad input is one sentence and writes nothing."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.domain import records as rec
from caseapp.domain.enums import Relation, ViolenceType
from caseapp.domain.hotline import Call, Caller, Channel
from caseapp.domain.services_given import ServiceGiven, ServiceKind
from caseapp.services import hotline, offices
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case
from tests.cli.helpers import Run, assert_one_sentence_error
from tests.letters.sample import ORG_NAMES, pdf_text, set_up_organisation

# Written through the program; none of it may reach a report.
CANARIES = {
    "name": "Канарейка Жасырынова",
    "alias": "Сары-құс-7319",
    "iin": "900415400127",
    "phone": "+7 701 555 73 19",
    "address": "Тайная улица 7319",
    "notes": "заметка-канарейка-7319",
    "perpetrator": "Обидчик Канареев",
    "call note": "звонила Канарейка с Тайной улицы 7319",
    "service note": "консультация у Канарейки на Тайной 7319",
}
SERVICES_TITLE = {
    "ru": "Услуги и консультации по видам",
    "kk": "Қызметтер мен кеңестер түрлері бойынша",
    "en": "Services and consultations by kind",
}


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    for i in range(7):
        create_case(
            admin,
            rec.CaseRecord(
                rec.Client(
                    full_name=f"{CANARIES['name']} {i}",
                    alias=CANARIES["alias"],
                    iin=CANARIES["iin"],
                    birth_date=date(1990, 4, 15),
                    phone=CANARIES["phone"],
                    address=CANARIES["address"],
                ),
                opened_on=date(2026, 3, 2 + i),
                perpetrator=rec.Perpetrator(CANARIES["perpetrator"], Relation.SPOUSE),
                violence_types=[ViolenceType.PHYSICAL],
                notes=CANARIES["notes"],
                services=[
                    ServiceGiven(
                        date(2026, 3, 10), ServiceKind.PSYCHOLOGICAL, 60, CANARIES["service note"]
                    )
                ],
            ),
        )
    hotline.record_call(
        admin,
        Call(date(2026, 3, 5), Channel.PHONE, Caller.SURVIVOR, "10:30", note=CANARIES["call note"]),
    )
    return admin


def _args(data_folder: Path, *extra: str) -> list[str]:
    return [
        "report",
        "--db",
        str(data_folder),
        "--user",
        "admin",
        "--password-stdin",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        *extra,
    ]


def test_json_prints_the_published_tables(
    cli: Callable[..., Run], org: ws.Workspace, data_folder: Path
) -> None:
    code, out, err = cli(*_args(data_folder, "--json"))
    assert code == 0, err
    data = json.loads(out)
    assert (data["from"], data["to"], data["threshold"]) == ("2026-03-01", "2026-03-31", 5)
    tables = {t["table"]: t for t in data["tables"]}
    assert tables["cases"]["rows"]["new"] == 7
    assert tables["relation"]["rows"]["spouse"] == 7
    assert tables["relation"]["total"] == 7
    assert tables["age"]["rows"]["35_44"] == 7
    assert tables["services"]["rows"]["psychological"] == 7
    assert tables["services"]["rows"]["legal"] == 0
    assert tables["services"]["total"] == 7
    assert tables["services_cases"]["rows"]["any"] == 7


def _scan(data: bytes, where: str) -> None:
    texts = [data.decode("utf-8", "replace")]
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            texts += [book.read(n).decode("utf-8", "replace") for n in book.namelist()]
    if data[:4] == b"%PDF":
        texts.append(pdf_text(data))
    for text in texts:
        for what, canary in CANARIES.items():
            assert canary not in text, f"{what} in {where}"
        assert "1990-04-15" not in text and "15.04.1990" not in text
        assert "2026-0001" not in text  # no case number


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_format_in_every_language_and_no_personal_data(
    cli: Callable[..., Run], org: ws.Workspace, data_folder: Path, tmp_path: Path, lang: str
) -> None:
    files = {}
    for fmt in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"report.{fmt}"
        code, _, err = cli(*_args(data_folder, "--format", fmt, "--out", str(out), "--lang", lang))
        assert code == 0, err
        files[fmt] = out.read_bytes()
        _scan(files[fmt], f"{lang} {fmt}")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".caseapp")] == []

    text = pdf_text(files["pdf"])
    assert ORG_NAMES[lang] in text
    assert "01.03.2026" in text and "31.03.2026" in text
    titles = {"ru": "Статистический отчёт", "kk": "Статистикалық есеп", "en": "Statistical report"}
    assert titles[lang] in text
    assert SERVICES_TITLE[lang] in " ".join(text.split())

    book = load_workbook(io.BytesIO(files["xlsx"]))
    assert len(book.sheetnames) == 1 + len(
        json.loads(cli(*_args(data_folder, "--json"))[1])["tables"]
    )
    cases = book.worksheets[1]
    assert cases["B3"].value == 7  # new cases

    services = next(s for s in book.worksheets if s["A1"].value == SERVICES_TITLE[lang])
    assert [c.value for c in services["B"]][2] == 7  # psychological consultations

    rows = list(csv.reader(io.StringIO(files["csv"].decode("utf-8-sig"))))
    assert any(row[-1] == "7" for row in rows[2:])
    assert sum(row[0] == SERVICES_TITLE[lang] for row in rows) == 13  # twelve kinds and a total


def test_a_page_renders(
    cli: Callable[..., Run], org: ws.Workspace, data_folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    assert cli(*_args(data_folder, "--format", "pdf", "--out", str(out), "--lang", "kk"))[0] == 0
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    assert (tmp_path / "page-1.png").stat().st_size > 1000


def test_one_office_by_name(cli: Callable[..., Run], org: ws.Workspace, data_folder: Path) -> None:
    offices.add_office(org, "Branch")
    code, out, _ = cli(*_args(data_folder, "--office", "Branch", "--json"))
    assert code == 0
    tables = {t["table"]: t for t in json.loads(out)["tables"]}
    assert tables["cases"]["rows"]["new"] == 0


@pytest.mark.parametrize(
    ("extra", "word"),
    [
        (["--from", "2026-3-1", "--json"], "--from"),
        (["--to", "2026-02-01", "--json"], "last day"),
        (["--format", "pdf"], "--format"),
        (["--json", "--format", "csv"], "--json"),
        (["--office", "Nowhere", "--json"], "office"),
        (["--format", "csv", "--out", "/no/such/folder/r.csv"], "--out"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    cli: Callable[..., Run],
    org: ws.Workspace,
    data_folder: Path,
    extra: list[str],
    word: str,
) -> None:
    args = _args(data_folder)
    for option in ("--from", "--to"):
        if option in extra:
            i = args.index(option)
            del args[i : i + 2]
    code, out, err = cli(*args, *extra)
    assert code == 2, err
    assert out == ""
    assert_one_sentence_error(err)
    assert word in err
