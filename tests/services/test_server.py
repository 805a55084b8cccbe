"""Issue 9: several offices on one PostgreSQL server that sees ciphertext only.

Many clients at once (two processes editing one case and issuing letters, parallel audit
writers: on both engines), and on PostgreSQL: `caseapp init` on an empty server database, moving
a database to the server and back, one sentence for each way a connection fails, the password
file, no plaintext in the server's files or in pg_dump, the query plans of search, reminders and
the case list."""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import string
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from caseapp.bench.data import synthetic_records
from caseapp.cli import main
from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, RecipientKind, Relation, Role
from caseapp.services import accounts, offices
from caseapp.services import storage_errors as se
from caseapp.services import workspace as ws
from caseapp.services.backup import create_backup
from caseapp.services.backup_errors import ServerDatabase
from caseapp.services.casecheck import TamperedCase
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import add_cases, create_case, get_case
from caseapp.services.integrity import check_database
from caseapp.services.letter_register import letter_register
from caseapp.services.letters import issue_letter
from caseapp.services.move import move_database
from caseapp.services.notes import add_note
from caseapp.services.reminders import reminders_for_day
from caseapp.services.search import search_cases
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, Base
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF, PgServer
from tests.letters.sample import CLIENT, make_case, set_up_organisation

WORKER = Path(__file__).with_name("parallel_worker.py")
SECOND_PASSWORD = "second admin 42"


def _marker() -> str:
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(16))


# --- many clients at once (both engines) -------------------------------------------------------


class Worker:
    def __init__(self, target: str, user: str, password: str, number: str, rounds: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), target, user, number, str(rounds), user],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(password + "\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "ready"

    def go(self) -> None:
        assert self.process.stdin
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def result(self) -> dict[str, Any]:
        out, _ = self.process.communicate(timeout=300)
        assert self.process.returncode == 0, out
        result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
        return result


def test_two_processes_edit_one_case_and_issue_letters_at_once(
    db: Database, admin: ws.Workspace
) -> None:
    set_up_organisation(admin)
    accounts.add_staff(
        admin, "second", SECOND_PASSWORD, Role.ADMIN, full_name="Second", kdf=CHEAP_KDF
    )
    number = make_case(admin)
    rounds = 12
    workers = [
        Worker(db.url, "admin", ADMIN_PASSWORD, number, rounds),
        Worker(db.url, "second", SECOND_PASSWORD, number, rounds),
    ]
    for w in workers:
        w.go()
    results = [w.result() for w in workers]

    letters = [n for r in results for n in r["letters"]]
    assert sorted(letters, key=lambda n: int(n.split("/")[0])) == [
        f"{n}/2026" for n in range(1, 2 * rounds + 1)
    ]  # every number once, none skipped
    assert [e.number for e in letter_register(admin)] == [
        f"{n}/2026" for n in range(1, 2 * rounds + 1)
    ]
    saved = [tag for r in results for tag in r["saved"]]
    assert sum(r["refused"] for r in results) + len(saved) == 2 * rounds
    final = get_case(admin, number)
    # No lost update: every save that went through is in the notes, and each one counted.
    assert sorted(final.notes.split()[-len(saved) :]) == sorted(saved)
    assert final.version == 1 + len(saved)
    report = check_database(db, admin)
    assert report.ok, report.problems


def test_parallel_writers_keep_the_audit_chain_whole(db: Database, admin: ws.Workspace) -> None:
    failures: list[BaseException] = []

    def write(i: int) -> None:
        database = Database(db.url)
        try:
            workspace = ws.unlock(database, "admin", ADMIN_PASSWORD)
            for j in range(8):
                create_case(
                    workspace,
                    rec.CaseRecord(
                        client=rec.Client(full_name=f"Parallel {i} {j}"),
                        opened_on=date(2026, 3, 1),
                    ),
                )
        except BaseException as exc:
            failures.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    with admin.session() as session:
        seqs = session.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(seqs) == 1 + 4 + 4 * 8  # create, four unlocks, 32 cases
    report = check_database(db, admin)
    assert report.ok, report.problems


def test_the_audit_head_and_the_letter_counter_lock_on_their_own(
    db: Database, admin: ws.Workspace
) -> None:
    """Without the database's write lock (plain transactions), the row locks alone keep the
    audit chain whole and the letter numbers gapless."""
    from caseapp.services.letter_register import allocate_number
    from caseapp.storage import audit

    failures: list[BaseException] = []
    numbers: list[int] = []

    def write(i: int) -> None:
        try:
            for _ in range(10):
                # A plain transaction: no write lock, and (on PostgreSQL) READ COMMITTED, as a
                # writer's statements run; db.session() is for reading, one snapshot long.
                with Session(db.engine, info={"chest": admin.chest}) as session, session.begin():
                    if db.path is not None:
                        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
                    audit.append(
                        session,
                        signer=admin.signer,
                        sign=admin.chest.pairs.sign,
                        actor_id=admin.actor.staff_id,
                        action="test",
                        entity="t",
                    )
                    numbers.append(allocate_number(session, date(2026, 3, 25))[1])
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(numbers) == list(range(1, 41))
    with db.session(admin.chest) as session:
        assert audit.verify_all(session) == []


# --- PostgreSQL only ---------------------------------------------------------------------------


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_init_on_an_empty_server_database(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    password = "admin pass 123"
    code, out, err = _cli(
        monkeypatch, capsys, f"{password}\n{password}\n",
        "init", "--db", pg_url, "--org", "Центр", "--user", "admin", "--password-stdin",
    )  # fmt: skip
    assert code == 0, err
    assert "Recovery key" in out
    code, out, err = _cli(
        monkeypatch, capsys, f"{password}\n",
        "check", "--db", pg_url, "--user", "admin", "--password-stdin",
    )  # fmt: skip
    assert code == 0, err
    assert "No damage found" in out
    code, out, err = _cli(
        monkeypatch, capsys, f"{password}\n{password}\n",
        "init", "--db", pg_url, "--org", "Центр", "--user", "admin", "--password-stdin",
    )  # fmt: skip
    assert (code, err) == (1, "caseapp: This database is already set up; it was left unchanged.\n")


def _files_digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: the whole content, ciphertexts as stored."""
    with db.engine.connect() as conn:
        return {
            t.name: sorted((tuple(r) for r in conn.execute(select(t))), key=repr)
            for t in Base.metadata.sorted_tables
        }


def test_move_to_the_server_and_back(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "local"
    local = Database(folder, create=True)
    admin, _ = ws.initialise(
        local, ws.OrganisationDetails(name_ru="Центр"), "admin", ADMIN_PASSWORD,
        full_name="Admin Test", kdf=CHEAP_KDF,
    )  # fmt: skip
    set_up_organisation(admin)
    office_b = offices.add_office(admin, "Филиал")
    numbers = [make_case(admin) for _ in range(3)]
    issue_letter(admin, numbers[0], RecipientKind.POLICE, "ru", on=date(2026, 3, 25))
    add_note(admin, numbers[1], "Записка юриста")
    local_rows = _rows(local)
    local.close()
    before = _files_digest(folder)

    code, out, err = _cli(
        monkeypatch, capsys, f"{ADMIN_PASSWORD}\n",
        "move", "--from", str(folder), "--to", pg_url, "--user", "admin", "--password-stdin",
    )  # fmt: skip
    assert code == 0, err
    assert "No damage found in the copy" in out and "fields, audit chain" in out
    assert _files_digest(folder) == before  # the source is left untouched

    server = ws.open_database(pg_url)
    try:
        assert _rows(server) == local_rows  # every row, every ciphertext, as it was
        on_server = ws.unlock(server, "admin", ADMIN_PASSWORD)
        found = sorted(h.number for h in search_cases(on_server, CLIENT.split()[0]))
        assert found == sorted(numbers)
        assert (
            get_case(on_server, numbers[2]).client.full_name
            == get_case(admin, numbers[2]).client.full_name
        )
        assert [o.office_id for o in offices.list_offices(on_server)][1] == office_b
        assert check_database(server, on_server).ok
    finally:
        server.close()

    # A target that holds anything is refused, and left as it was.
    code, out, err = _cli(monkeypatch, capsys, "", "move", "--from", str(folder), "--to", pg_url)
    assert code == 1
    assert err.startswith("caseapp: The target ") and "is not empty" in err
    assert err.count("\n") == 1 and "Traceback" not in err

    # Back into a new folder; a folder that has a database is refused.
    back = tmp_path / "back"
    code, out, err = _cli(monkeypatch, capsys, "", "move", "--from", pg_url, "--to", str(back))
    assert code == 0, err
    assert "structure only" in out
    copy = Database(back)
    try:
        rows = _rows(copy)
        # The server copy got one more audit entry from the unlock above; the rest is equal.
        assert {
            k: v for k, v in rows.items() if k not in ("audit_entry", "organisation", "staff")
        } == {
            k: v for k, v in local_rows.items() if k not in ("audit_entry", "organisation", "staff")
        }
        workspace = ws.unlock(copy, "admin", ADMIN_PASSWORD)
        assert check_database(copy, workspace).ok
    finally:
        copy.close()
    code, out, err = _cli(monkeypatch, capsys, "", "move", "--from", pg_url, "--to", str(back))
    assert code == 1 and "There is already a caseapp database in the folder" in err


def test_move_refuses_what_is_not_a_database(pg_url: str, tmp_path: Path) -> None:
    with pytest.raises(se.OperationFailed) as raised:
        move_database(tmp_path / "nothing", pg_url)
    assert raised.value.message.startswith("There is no caseapp database at ")
    with pytest.raises(se.OperationFailed):
        move_database(pg_url, tmp_path / "new")  # an empty server database
    assert not (tmp_path / "new").exists()


@pytest.fixture
def no_password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(path))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return path


def test_connection_failures_are_one_sentence(
    pg_server: PgServer,
    no_password_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(se.ServerUnreachable) as unreachable:
        ws.check_server("postgresql://someone@127.0.0.1:1/cases")
    assert unreachable.value.message == (
        "The database server (cases on 127.0.0.1) cannot be reached: check the address, the "
        "network and that the server is running."
    )
    missing = make_url(pg_server.url).set(database="no_such_database")
    with pytest.raises(se.NoServerDatabase):
        ws.open_database(missing.render_as_string(hide_password=False))
    with pytest.raises(ws.InvalidInput):
        ws.open_database("mysql://someone@localhost/cases")

    if pg_server.tcp_url is None:
        pytest.skip("no URL where the server asks for a password (CASEAPP_TEST_PG_TCP_URL)")
    with pytest.raises(se.ServerPasswordNeeded):
        ws.check_server(pg_server.tcp_url)
    with pytest.raises(se.WrongServerPassword):
        ws.check_server(ws.with_server_password(pg_server.tcp_url, "not the password"))
    code, out, err = _cli(monkeypatch, capsys, "x\n", "check", "--db", pg_server.tcp_url)
    assert code == 1 and out == ""
    assert err.startswith("caseapp: The database server (") and "asks for a password" in err
    assert err.count("\n") == 1

    # libpq reads the password file itself; caseapp never sees or keeps the password.
    url = make_url(pg_server.tcp_url)
    no_password_file.write_text(f"{url.host}:{url.port}:*:{url.username}:pw-role-secret-4711\n")
    no_password_file.chmod(0o600)
    ws.check_server(pg_server.tcp_url)


def test_two_clients_upgrading_an_empty_database_at_once(pg_url: str) -> None:
    opened: list[Database] = []
    failures: list[BaseException] = []

    def open_it() -> None:
        try:
            opened.append(Database(pg_url, create=True))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for database in opened:
        database.close()
    assert failures == [] and len(opened) == 3


def test_a_server_database_is_backed_up_with_the_servers_tools(pg_url: str, tmp_path: Path) -> None:
    db = ws.open_database(pg_url, create=True)
    try:
        admin, _ = ws.initialise(
            db, ws.OrganisationDetails(name_ru="Центр"), "admin", ADMIN_PASSWORD, kdf=CHEAP_KDF
        )
        with pytest.raises(ServerDatabase):
            create_backup(admin, tmp_path / "b.caseapp-backup")
        assert [p.name for p in tmp_path.iterdir()] in ([], ["config"])  # no backup file
    finally:
        db.close()


def test_a_damaged_ciphertext_on_the_server_is_named(pg_url: str) -> None:
    db = ws.open_database(pg_url, create=True)
    try:
        admin, _ = ws.initialise(
            db, ws.OrganisationDetails(name_ru="Центр"), "admin", ADMIN_PASSWORD, kdf=CHEAP_KDF
        )
        numbers = [
            create_case(
                admin,
                rec.CaseRecord(
                    client=rec.Client(full_name=f"Client {i}"), opened_on=date(2026, 3, 1)
                ),
            )
            for i in range(3)
        ]
        with db.engine.begin() as conn:
            client_id = conn.execute(
                text("SELECT client_id FROM case_file WHERE number = :n"), {"n": numbers[0]}
            ).scalar_one()
            blob = conn.execute(
                text("SELECT full_name FROM client WHERE id = :id"), {"id": client_id}
            ).scalar_one()
            conn.execute(
                text("UPDATE client SET full_name = :blob WHERE id = :id"),
                {"blob": blob[:-1] + bytes([blob[-1] ^ 1]), "id": client_id},
            )
        report = check_database(db, admin)
        assert report.problems == [
            f"client {client_id}: field 'full_name' is damaged or was moved.",
            f"client {client_id}: the record was changed outside the program or moved from "
            "another case.",
        ]
        with pytest.raises(TamperedCase):
            get_case(admin, numbers[0])
        assert get_case(admin, numbers[1]).client.full_name == "Client 1"
        assert check_database(db).ok  # the structural check sees ciphertexts of the right shape
    finally:
        db.close()


# --- the server sees ciphertext only ------------------------------------------------------------


def _scan(chunks: Iterator[tuple[str, bytes]], markers: list[str]) -> list[str]:
    """Names of the chunks holding any marker in any letter case, in UTF-8 or UTF-16."""
    patterns = {
        m.lower().encode(encoding)
        for m in markers
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    }
    hits = set()
    for name, data in chunks:
        folded = data.lower()  # ASCII letters only: the markers are Latin letters and digits
        if any(p in folded for p in patterns):
            hits.add(name)
    return sorted(hits)


def _files(root: Path) -> Iterator[tuple[str, bytes]]:
    for path in root.rglob("*"):
        if path.is_file():
            try:
                yield str(path.relative_to(root)), path.read_bytes()
            except OSError:  # a file the server removed meanwhile
                continue


def test_the_server_holds_ciphertext_only(pg_server: PgServer, pg_url: str) -> None:
    m = {name: _marker() for name in (
        "org", "office", "staff", "name", "alias", "address", "safe", "perp", "order", "unit",
        "officer", "cofficer", "cnote", "room", "dest", "notes", "note", "recipient",
    )}  # fmt: skip
    iin, phone = "950101400052", "77017770011"
    db = ws.open_database(pg_url, create=True)
    try:
        admin, recovery_key = ws.initialise(
            db,
            ws.OrganisationDetails(name_ru=m["org"], address=m["org"], director=m["org"]),
            "admin",
            ADMIN_PASSWORD,
            full_name=m["staff"],
            kdf=CHEAP_KDF,
        )
        offices.add_office(admin, m["office"])
        record = rec.CaseRecord(
            opened_on=date(2026, 3, 1),
            client=rec.Client(
                full_name=f"Жанар {m['name']}", alias=m["alias"], iin=iin,
                birth_date=date(1995, 1, 1), phone="+" + phone, address=m["address"],
                safe_contact=m["safe"],
            ),
            perpetrator=rec.Perpetrator(m["perp"], Relation.SPOUSE),
            orders=[
                rec.ProtectionOrder(
                    number=m["order"], issued_on=date(2026, 3, 2), expires_on=date(2026, 3, 31),
                    issued_by=m["unit"], officer=m["officer"],
                    checks=[
                        rec.PoliceCheck(
                            date(2026, 3, 8), CheckOutcome.COMPLIED, m["cofficer"], note=m["cnote"]
                        )
                    ],
                )
            ],
            stays=[rec.ShelterStay(date(2026, 3, 2), room=m["room"], destination=m["dest"])],
            consents=[rec.Consent(RecipientKind.POLICE, date(2026, 3, 1), date(2026, 9, 1))],
            notes=m["notes"],
        )  # fmt: skip
        number = create_case(admin, record)
        add_note(admin, number, m["note"])
        assert [h.number for h in search_cases(admin, m["alias"])] == [number]
        assert [h.number for h in search_cases(admin, "zhanar")] == [number]
        assert check_database(db, admin).ok
        markers = [*m.values(), iin, phone, recovery_key, recovery_key.replace("-", "")]
        control = _marker()  # written in clear on purpose: proves the scan finds what is there
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE canary_control (t text)"))
            conn.execute(text("INSERT INTO canary_control VALUES (:t)"), {"t": control})
        with pg_server.admin.connect() as conn:
            conn.execute(text("CHECKPOINT"))  # everything in the data files, not only the WAL

        assert pg_server.bin_dir is not None, "pg_dump is needed"
        dump = subprocess.run(
            [str(pg_server.bin_dir / "pg_dump"), "--no-owner", _libpq_url(pg_server.url)],
            capture_output=True,
            check=True,
        ).stdout
        assert len(dump) > 10_000
        assert _scan(iter([("pg_dump", dump)]), markers) == []
        assert _scan(iter([("pg_dump", dump)]), [control]) == ["pg_dump"]
        if pg_server.data_dir is None:
            pytest.skip("the server's data folder is unknown (set CASEAPP_TEST_PG_DATA)")
        assert _scan(_files(pg_server.data_dir), markers) == []
        assert _scan(_files(pg_server.data_dir), [control])
        log = pg_server.data_dir.parent / "server.log"
        if log.exists():
            assert _scan(iter([("server.log", log.read_bytes())]), markers) == []
    finally:
        db.close()


def _libpq_url(url: str) -> str:
    """The URL as libpq's own tools take it (no SQLAlchemy driver name)."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


# --- the same speed design on PostgreSQL --------------------------------------------------------


def test_search_reminders_and_the_case_list_use_indexes(pg_server: PgServer, pg_url: str) -> None:
    db = ws.open_database(pg_url, create=True)
    today = date(2026, 11, 25)
    try:
        admin, _ = ws.initialise(
            db, ws.OrganisationDetails(name_ru="Центр"), "admin", ADMIN_PASSWORD, kdf=CHEAP_KDF
        )
        with admin.transaction() as session:
            add_cases(admin, session, synthetic_records(1500, seed=1, today=today))
        with db.engine.connect() as conn:
            conn.execute(text("ANALYZE"))
            conn.commit()

        statements: list[tuple[str, Any]] = []

        def capture(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                statements.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", capture)
        assert search_cases(admin, "Aigerim")
        searched = list(statements)
        statements.clear()
        assert reminders_for_day(admin, today)
        reminded = list(statements)
        statements.clear()
        assert CaseQuery(admin, CaseFilter(order_in_force=True), today).page(0, 50)
        listed = list(statements)
        event.remove(db.engine, "before_cursor_execute", capture)

        def plans(captured: list[tuple[str, Any]], *, small_tables: bool = False) -> str:
            """The plans as PostgreSQL makes them; with ``small_tables``, as it makes them once
            a table outgrows a few pages (seq scans off), which shows the query can use an index
            at all (no function or cast on the indexed column)."""
            with db.engine.connect() as conn:
                if small_tables:
                    conn.exec_driver_sql("SET enable_seqscan = off")
                return "\n".join(
                    "\n".join(
                        row[0] for row in conn.exec_driver_sql("EXPLAIN " + statement, parameters)
                    )
                    for statement, parameters in captured
                )

        search_plan = plans(searched)
        assert "search_token_pkey" in search_plan  # the blind index is looked up, not scanned
        assert "Seq Scan on search_token" not in search_plan
        reminder_plan = plans(reminded, small_tables=True)
        for table in ("protection_order", "shelter_stay", "consent", "police_check"):
            assert f"Seq Scan on {table}" not in reminder_plan, reminder_plan
        list_plan = plans(listed, small_tables=True)
        for table in ("protection_order", "client", "staff"):
            assert f"Seq Scan on {table}" not in list_plan, list_plan
    finally:
        db.close()


def test_a_save_waiting_too_long_on_the_server_is_one_sentence(
    pg_server: PgServer, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from caseapp.storage import database

    db = ws.open_database(pg_url, create=True)
    try:
        admin, _ = ws.initialise(
            db, ws.OrganisationDetails(name_ru="Центр"), "admin", ADMIN_PASSWORD, kdf=CHEAP_KDF
        )
        monkeypatch.setattr(database, "WRITE_WAIT_MS", 200)
        record = rec.CaseRecord(client=rec.Client(full_name="Later"), opened_on=date(2026, 3, 3))
        with pg_server.admin.connect() as other:  # another computer in the middle of a long save
            other.execute(text("SELECT pg_advisory_lock(:k)"), {"k": database.WRITE_LOCK})
            assert [h.number for h in search_cases(admin, "Later")] == []  # reading goes on
            with pytest.raises(se.DatabaseBusy) as raised:
                create_case(admin, record)
            assert raised.value.message == (
                "The database is busy in another window or on another computer; try again."
            )
            other.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": database.WRITE_LOCK})
        assert create_case(admin, record)
    finally:
        db.close()
