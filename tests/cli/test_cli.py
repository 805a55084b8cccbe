"""The command-line contract (DESIGN.md section 4): init, search, errors and exit codes, check."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from caseapp.cli import main
from caseapp.domain.interchange import parse_cases
from caseapp.services import workspace as ws
from caseapp.services.importer import import_cases
from caseapp.storage.engine import DB_FILE_NAME
from tests.cli.helpers import assert_one_sentence_error
from tests.conftest import ADMIN_PASSWORD

# --- init ---------------------------------------------------------------------------------------


def _table_snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, except SQLite's planner statistics (table sizes, refreshed
    whenever a database is opened)."""
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_stat%' ORDER BY name"
            )
        ]
        return {t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall()) for t in tables}


def test_init_prints_recovery_key_once_and_refuses_a_second_time(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "centre"
    # The one test that pays for the real key derivation.
    code, out, err = cli(
        "init", "--db", str(folder), "--org", "Центр Үміт", "--user", "director",
        "--password-stdin",
        password="Long enough pass 9",
    )  # fmt: skip
    assert (code, err) == (0, "")
    keys = re.findall(r"^\s*(\S+)\s*$", out, re.MULTILINE)
    groups = [k for k in keys if re.fullmatch(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}", k)]
    assert len(groups) == 1, out
    assert "recovery key" in out.lower()
    recovery_key = groups[0]

    database_file = folder / DB_FILE_NAME
    assert database_file.is_file()
    before = _table_snapshot(database_file)
    assert before["staff"], "the administrator was created"

    code, out, err = cli(
        "init", "--db", str(folder), "--org", "Другой", "--user", "intruder",
        "--password-stdin",
        password="Another long pass 7",
    )  # fmt: skip
    assert code == 1
    assert out == ""
    assert_one_sentence_error(err)
    assert "already" in err
    assert recovery_key not in err
    assert _table_snapshot(database_file) == before


def test_init_on_an_initialised_fixture_database_fails(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    before = _table_snapshot(data_folder / DB_FILE_NAME)
    code, out, err = cli(
        "init", "--db", str(data_folder), "--org", "X", "--user", "admin2", "--password-stdin"
    )
    assert code == 1
    assert out == ""
    assert_one_sentence_error(err)
    assert _table_snapshot(data_folder / DB_FILE_NAME) == before


def test_init_rejects_a_weak_password_with_exit_2(cli: Any, tmp_path: Path) -> None:
    code, out, err = cli(
        "init", "--db", str(tmp_path / "weak"), "--org", "X", "--user", "u", "--password-stdin",
        password="short",
    )  # fmt: skip
    assert code == 2
    assert out == ""
    assert_one_sentence_error(err)
    assert "10 characters" in err


# --- search -------------------------------------------------------------------------------------

CLIENTS = [
    # number, full name, alias, IIN, phone
    ("2026-0001", "Жанар Ахметова", "", "950101400052", "+7 701 777 00 11"),
    ("2026-0002", "Жанар Омарова", "", "", ""),
    ("2026-0003", "Қайрат Бекұлы", "", "", "8 702 555 44 33"),
    ("2026-0004", "Шұғыла Омарова", "", "", ""),
    ("2026-0005", "Әйгерім Нұрланова", "Ромашка", "", ""),
    ("2026-0006", "Дина Серікова", "", "", ""),
]


@pytest.fixture
def searchable(admin: ws.Workspace) -> ws.Workspace:
    cases = []
    for number, name, alias, iin, phone in CLIENTS:
        client = {"full_name": name, "alias": alias, "iin": iin, "phone": phone}
        cases.append({"number": number, "opened_on": "2026-03-01", "client": client})
    data = {"format": "caseapp-cases/1", "cases": cases}
    import_cases(admin, parse_cases(data, today=date.today()))
    return admin


def search(cli: Any, folder: Path, query: str) -> list[dict[str, str]]:
    code, out, err = cli(
        "search", "--db", str(folder), "--user", "admin", "--password-stdin", "--json", query
    )
    assert (code, err) == (0, ""), err
    result = json.loads(out)
    assert isinstance(result, list)
    for hit in result:
        assert set(hit) == {"case", "client"}
    return result


def numbers(hits: list[dict[str, str]]) -> set[str]:
    return {h["case"] for h in hits}


def test_search_json_shape_uses_alias_or_name(
    searchable: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    assert search(cli, data_folder, "Ахметова") == [
        {"case": "2026-0001", "client": "Жанар Ахметова"}
    ]
    # A client with an alias is shown by the alias, even when found by her name.
    assert search(cli, data_folder, "Нұрланова") == [{"case": "2026-0005", "client": "Ромашка"}]
    assert search(cli, data_folder, "Ромашка") == [{"case": "2026-0005", "client": "Ромашка"}]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Жанар", {"2026-0001", "2026-0002"}),
        ("zhanar", {"2026-0001", "2026-0002"}),
        ("Zhanar", {"2026-0001", "2026-0002"}),
        ("janar", {"2026-0001", "2026-0002"}),
        ("ЖАНАР", {"2026-0001", "2026-0002"}),
        ("Қайрат", {"2026-0003"}),
        ("Кайрат", {"2026-0003"}),
        ("Qairat", {"2026-0003"}),
        ("Kairat", {"2026-0003"}),
        ("Шұғыла", {"2026-0004"}),
        ("Шугыла", {"2026-0004"}),
        ("Shugyla", {"2026-0004"}),
        ("Şuğyla", {"2026-0004"}),
        ("Әйгерім", {"2026-0005"}),
        ("Айгерим", {"2026-0005"}),
        ("Aigerim", {"2026-0005"}),
        ("ромашка", {"2026-0005"}),
        ("Serikova", {"2026-0006"}),
    ],
)
def test_search_finds_every_spelling(
    searchable: ws.Workspace, data_folder: Path, cli: Any, query: str, expected: set[str]
) -> None:
    assert numbers(search(cli, data_folder, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("950101400052", {"2026-0001"}),
        ("87017770011", {"2026-0001"}),
        ("+7 701 777 00 11", {"2026-0001"}),
        ("8 (701) 777-00-11", {"2026-0001"}),
        ("7017770011", {"2026-0001"}),
        ("+77025554433", {"2026-0003"}),
        ("950101400053", set()),
        ("87019999999", set()),
    ],
)
def test_search_by_iin_and_phone_in_any_format(
    searchable: ws.Workspace, data_folder: Path, cli: Any, query: str, expected: set[str]
) -> None:
    assert numbers(search(cli, data_folder, query)) == expected


def test_prefix_search(searchable: ws.Workspace, data_folder: Path, cli: Any) -> None:
    assert numbers(search(cli, data_folder, "жан")) == {"2026-0001", "2026-0002"}
    assert numbers(search(cli, data_folder, "zha")) == {"2026-0001", "2026-0002"}
    assert numbers(search(cli, data_folder, "Әйг")) == {"2026-0005"}
    # A prefix matches the start of a word only.
    assert numbers(search(cli, data_folder, "нар")) == set()


def test_multi_word_query_narrows(searchable: ws.Workspace, data_folder: Path, cli: Any) -> None:
    assert numbers(search(cli, data_folder, "Омарова")) == {"2026-0002", "2026-0004"}
    assert numbers(search(cli, data_folder, "Жанар Омарова")) == {"2026-0002"}
    assert numbers(search(cli, data_folder, "zhanar omar")) == {"2026-0002"}
    assert numbers(search(cli, data_folder, "омар жан")) == {"2026-0002"}
    assert numbers(search(cli, data_folder, "Жанар Серікова")) == set()


def test_search_without_hits(searchable: ws.Workspace, data_folder: Path, cli: Any) -> None:
    assert search(cli, data_folder, "Гульмира") == []
    code, out, err = cli(
        "search", "--db", str(data_folder), "--user", "admin", "--password-stdin", "Гульмира"
    )
    assert code == 0
    assert out == ""
    assert err.strip() == "No case found."


def test_search_table_output(searchable: ws.Workspace, data_folder: Path, cli: Any) -> None:
    code, out, err = cli(
        "search", "--db", str(data_folder), "--user", "admin", "--password-stdin", "Әйгерім"
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == ["2026-0005\tРомашка"]


# --- errors -------------------------------------------------------------------------------------


def test_wrong_password(admin: ws.Workspace, data_folder: Path, cli: Any) -> None:
    code, out, err = cli(
        "search", "--db", str(data_folder), "--user", "admin", "--password-stdin", "--json",
        "Жанар",
        password="wrong horse 1",
    )  # fmt: skip
    assert code == 1
    assert out == ""
    assert_one_sentence_error(err)
    assert "password" in err


def test_unknown_user_gets_the_same_sentence(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    _, _, wrong_password = cli(
        "reminders", "--db", str(data_folder), "--user", "admin", "--password-stdin",
        password="wrong horse 1",
    )  # fmt: skip
    code, out, err = cli(
        "reminders", "--db", str(data_folder), "--user", "nobody", "--password-stdin"
    )
    assert code == 1
    assert out == ""
    assert_one_sentence_error(err)
    assert err == wrong_password  # no hint which of the two was wrong


def test_missing_password_on_stdin(admin: ws.Workspace, data_folder: Path, cli: Any) -> None:
    code, out, err = cli(
        "search", "--db", str(data_folder), "--user", "admin", "--password-stdin", "x",
        password="",
    )  # fmt: skip
    # An empty first line is a (wrong) password; no input at all is bad input (below).
    assert code == 1
    assert out == ""
    assert_one_sentence_error(err)


def test_no_password_line_at_all(
    admin: ws.Workspace,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["search", "--db", str(data_folder), "--user", "admin", "--password-stdin", "x"])
    _, err = capsys.readouterr()
    assert code == 2
    assert_one_sentence_error(err)


def test_missing_database_folder(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    code, out, err = cli("search", "--db", str(folder), "--user", "admin", "--password-stdin", "x")
    assert code == 1
    assert out == ""
    assert_one_sentence_error(err)
    assert "caseapp init" in err
    assert not folder.exists()  # nothing was created by looking


def test_check_on_missing_database_folder(cli: Any, tmp_path: Path) -> None:
    code, _, err = cli("check", "--db", str(tmp_path / "nowhere"))
    assert code == 1
    assert_one_sentence_error(err)


@pytest.mark.parametrize(
    "today", ["2026-13-01", "2026-02-30", "tomorrow", "01.03.2026", "20260301", "2026-W10-1", ""]
)
def test_bad_today_exits_2(admin: ws.Workspace, data_folder: Path, cli: Any, today: str) -> None:
    code, out, err = cli(
        "reminders", "--db", str(data_folder), "--user", "admin", "--password-stdin",
        "--today", today,
    )  # fmt: skip
    assert code == 2
    assert out == ""
    assert_one_sentence_error(err)
    assert "--today" in err


def test_reminders_without_today_uses_the_current_date(
    admin: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    code, out, err = cli("reminders", "--db", str(data_folder), "--user", "admin",
                         "--password-stdin")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Nothing is due on ")
    assert out.strip().endswith(f"{date.today().isoformat()}.")


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["search", "--db", "X", "--user", "admin", "--bogus", "q"],
        ["reminders", "--db", "X", "--user", "admin", "--jsn"],
        ["search", "--db", "X", "--user", "admin"],  # the query is missing
        ["import", "--db", "X", "file.json"],  # --user is missing
        ["demo", "--db", "X", "--cases", "many"],
    ],
    ids=["subcommand", "flag", "misspelt-flag", "no-query", "no-user", "not-a-number"],
)
def test_usage_errors_exit_2(cli: Any, tmp_path: Path, argv: list[str]) -> None:
    argv = [str(tmp_path / "db") if a == "X" else a for a in argv]
    code, out, err = cli(*argv)
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("caseapp: ")
    assert "Traceback" not in err
    assert not (tmp_path / "db").exists()


# --- check --------------------------------------------------------------------------------------


def test_check_good_database(searchable: ws.Workspace, data_folder: Path, cli: Any) -> None:
    code, out, err = cli("check", "--db", str(data_folder))
    assert (code, err) == (0, "")
    assert "No damage found" in out
    assert "structure only" in out


def test_check_with_user_verifies_fields(
    searchable: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    code, out, err = cli("check", "--db", str(data_folder), "--user", "admin", "--password-stdin")
    assert (code, err) == (0, "")
    match = re.search(r"No damage found in (\d+) records", out)
    assert match and int(match.group(1)) >= len(CLIENTS)
    assert "audit chain" in out
    assert "structure only" not in out


def test_check_with_wrong_password_fails(
    searchable: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    code, _, err = cli(
        "check", "--db", str(data_folder), "--user", "admin", "--password-stdin",
        password="wrong horse 1",
    )  # fmt: skip
    assert code == 1
    assert_one_sentence_error(err)


def test_check_reports_a_damaged_field(
    searchable: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    with sqlite3.connect(data_folder / DB_FILE_NAME) as connection:
        (row_id, blob) = connection.execute(
            "SELECT id, full_name FROM client WHERE full_name IS NOT NULL LIMIT 1"
        ).fetchone()
        damaged = bytes(blob[:-1]) + bytes([blob[-1] ^ 1])
        connection.execute("UPDATE client SET full_name = ? WHERE id = ?", (damaged, row_id))
    code, out, _ = cli("check", "--db", str(data_folder), "--user", "admin", "--password-stdin")
    assert code == 1
    assert row_id in out
    assert "full_name" in out
    for _, name, *_ in CLIENTS:
        assert name not in out


def test_a_closed_pipe_is_not_reported_as_an_error(db_target: str, admin: ws.Workspace) -> None:
    """`caseapp reminders | head` must end quietly when head stops reading."""
    import subprocess
    import sys

    from caseapp.domain import records as rec
    from caseapp.services.cases import add_cases

    # More output than a pipe buffer holds (two reminders, ~170 bytes, per case).
    records = [
        rec.CaseRecord(
            rec.Client(f"Клиент {i}"),
            date(2026, 3, 1),
            orders=[rec.ProtectionOrder(date(2026, 3, 2), date(2026, 3, 31), number=f"ЗП-{i}")],
        )
        for i in range(1200)
    ]
    with admin.transaction() as session:
        add_cases(admin, session, records)
    command = [sys.executable, "-m", "caseapp", "reminders", "--db", db_target,
               "--user", "admin", "--password-stdin", "--today", "2026-03-20"]  # fmt: skip
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write((ADMIN_PASSWORD + "\n").encode())
    process.stdin.close()
    assert process.stdout.readline()
    process.stdout.close()  # like `head -1` exiting
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None and process.stderr.read() == b""


def test_check_reports_an_audit_log_shorter_than_this_computer_saw(
    searchable: ws.Workspace, data_folder: Path, cli: Any
) -> None:
    from caseapp.services.audit_anchor import remember_anchor
    from caseapp.services.server_address import config_folder

    remember_anchor(searchable, config_folder())  # the desktop program saw the log this long
    with sqlite3.connect(data_folder / DB_FILE_NAME) as connection:  # then it was cut short
        (head,) = connection.execute("SELECT audit_head_seq FROM organisation").fetchone()
        (mac,) = connection.execute(
            "SELECT mac FROM audit_entry WHERE seq = ?", (head - 2,)
        ).fetchone()
        connection.execute("DELETE FROM audit_entry WHERE seq > ?", (head - 2,))
        connection.execute(
            "UPDATE organisation SET audit_head_seq = ?, audit_head_mac = ?", (head - 2, mac)
        )
    code, out, err = cli("check", "--db", str(data_folder), "--user", "admin", "--password-stdin")
    assert code == 1
    assert f"but on {date.today().isoformat()} this computer saw it reach entry {head}" in out
    assert err.strip().endswith("problem(s) found (fields, audit chain and structure).")
