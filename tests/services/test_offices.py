"""Issue 9: offices. Each case belongs to one office, staff to one or more, and who sees which
case follows the organisation's setting ("all", "office", "assigned"); an administrator sees
every case. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from alembic import command
from sqlalchemy import select, text

from caseapp.domain import records as rec
from caseapp.domain.enums import CaseVisibility, RecipientKind, Role
from caseapp.services import accounts, offices
from caseapp.services import workspace as ws
from caseapp.services.caselist import CaseFilter, CaseQuery
from caseapp.services.cases import create_case, get_case, move_case, update_case
from caseapp.services.errors import AccessDenied, InvalidInput
from caseapp.services.integrity import check_database
from caseapp.services.organisation import get_settings, update_settings
from caseapp.services.reminders import reminders_for_day
from caseapp.services.search import search_cases
from caseapp.services.staff import list_staff
from caseapp.storage import schema
from caseapp.storage.database import Database
from caseapp.storage.engine import make_engine
from caseapp.storage.models import AuditEntry
from tests.conftest import CHEAP_KDF

TODAY = date(2026, 3, 10)
PASSWORD = "office pass 123"


def _case(workspace: ws.Workspace, name: str, **kwargs: object) -> str:
    record = rec.CaseRecord(
        client=rec.Client(full_name=name),
        opened_on=date(2026, 3, 1),
        orders=[
            rec.ProtectionOrder(
                number=f"PO-{name}", issued_on=date(2026, 3, 1), expires_on=date(2026, 3, 30)
            )
        ],
        **kwargs,  # type: ignore[arg-type]
    )
    return create_case(workspace, record)


def _visibility(admin: ws.Workspace, visibility: CaseVisibility) -> None:
    settings = get_settings(admin)
    settings.case_visibility = visibility
    update_settings(admin, settings)


def _seen(workspace: ws.Workspace) -> set[str]:
    """The cases a person sees, the same through search, the case list and the reminders."""
    found = {h.number for h in search_cases(workspace, "Zhanar")}
    query = CaseQuery(workspace, CaseFilter(), TODAY)
    listed = {row.number for row in query.page(0, 100)}
    assert query.count() == len(listed)
    reminded = {r.case for r in reminders_for_day(workspace, TODAY)}
    assert found == listed == reminded, (found, listed, reminded)
    return found


@pytest.fixture
def branches(db: Database, admin: ws.Workspace) -> dict[str, object]:
    """Main office A (the admin's) and office B; worker_a in A, worker_b in B, a lawyer in both;
    cases in A (one assigned to worker_a, one to the admin) and in B."""
    [main] = offices.list_offices(admin)
    office_b = offices.add_office(admin, "Филиал Шымкент")
    ids = {
        "worker_a": accounts.add_staff(
            admin, "worker_a", PASSWORD, Role.CASE_WORKER, offices=[main.office_id], kdf=CHEAP_KDF
        ),
        "worker_b": accounts.add_staff(
            admin,
            "worker_b",
            PASSWORD,
            Role.CASE_WORKER,
            full_name="Worker Bee",
            offices=[office_b],
            kdf=CHEAP_KDF,
        ),
        "lawyer": accounts.add_staff(
            admin,
            "lawyer",
            PASSWORD,
            Role.LAWYER,
            offices=[office_b, main.office_id],
            kdf=CHEAP_KDF,
        ),
    }
    people = {name: ws.unlock(db, name, PASSWORD) for name in ids}
    a_mine = _case(admin, "Zhanar Aaa", assigned_to=ids["worker_a"])
    a_other = _case(admin, "Zhanar Bbb")  # the admin's own, in her office A
    b_case = _case(people["worker_b"], "Zhanar Ccc")  # opened in B, assigned to worker_b
    return {
        "people": people,
        "ids": ids,
        "main": main.office_id,
        "b": office_b,
        "cases": (a_mine, a_other, b_case),
    }


def test_a_new_database_has_one_office_with_its_administrator(admin: ws.Workspace) -> None:
    [main] = offices.list_offices(admin)
    assert (main.name, main.seq) == ("", 1)
    [account] = list_staff(admin)
    assert account.offices == (main.office_id,)
    number = _case(admin, "Zhanar First")
    assert get_case(admin, number).office_id == main.office_id


def test_who_sees_which_case_in_each_setting(
    admin: ws.Workspace, branches: dict[str, object]
) -> None:
    people: dict[str, ws.Workspace] = branches["people"]  # type: ignore[assignment]
    a_mine, a_other, b_case = branches["cases"]  # type: ignore[misc]
    everything = {a_mine, a_other, b_case}

    # The default of a new database: only the cases assigned to her.
    assert get_settings(admin).case_visibility == CaseVisibility.ASSIGNED
    assert _seen(people["worker_a"]) == {a_mine}
    assert _seen(people["worker_b"]) == {b_case}
    assert _seen(people["lawyer"]) == set()
    assert _seen(admin) == everything
    with pytest.raises(AccessDenied):
        get_case(people["worker_a"], a_other)

    _visibility(admin, CaseVisibility.OFFICE)
    assert _seen(people["worker_a"]) == {a_mine, a_other}
    assert _seen(people["worker_b"]) == {b_case}
    assert _seen(people["lawyer"]) == everything  # she works in both offices
    assert _seen(admin) == everything
    with pytest.raises(AccessDenied):
        get_case(people["worker_a"], b_case)
    assert get_case(people["worker_b"], b_case).client.full_name == "Zhanar Ccc"

    _visibility(admin, CaseVisibility.ALL)
    for person in people.values():
        assert _seen(person) == everything


def test_office_membership_changes_what_she_sees_at_once(
    admin: ws.Workspace, branches: dict[str, object]
) -> None:
    people: dict[str, ws.Workspace] = branches["people"]  # type: ignore[assignment]
    ids: dict[str, str] = branches["ids"]  # type: ignore[assignment]
    a_mine, _, b_case = branches["cases"]  # type: ignore[misc]
    _visibility(admin, CaseVisibility.OFFICE)
    offices.set_staff_offices(admin, ids["worker_a"], [str(branches["b"])])
    assert _seen(people["worker_a"]) == {a_mine, b_case}  # her assigned case stays hers
    assert offices.offices_of(admin, ids["worker_a"]) == [branches["b"]]
    with pytest.raises(InvalidInput):
        offices.set_staff_offices(admin, ids["worker_a"], [])
    with pytest.raises(AccessDenied):
        offices.set_staff_offices(people["worker_a"], ids["worker_a"], [str(branches["main"])])
    with pytest.raises(InvalidInput):
        offices.set_staff_offices(admin, ids["worker_a"], ["no-such-office"])


def test_new_cases_go_to_the_office_of_the_person_opening_them(
    admin: ws.Workspace, branches: dict[str, object]
) -> None:
    people: dict[str, ws.Workspace] = branches["people"]  # type: ignore[assignment]
    _, _, b_case = branches["cases"]  # type: ignore[misc]
    assert get_case(admin, b_case).office_id == branches["b"]
    # The lawyer works in B and A: her first office (in the order they were made) is A.
    lawyer_case = _case(people["lawyer"], "Zhanar Ddd")
    assert get_case(admin, lawyer_case).office_id == branches["main"]
    # An explicit office is kept; an unknown one is refused.
    chosen = _case(admin, "Zhanar Eee", office_id=str(branches["b"]))
    assert get_case(admin, chosen).office_id == branches["b"]
    with pytest.raises(InvalidInput):
        _case(admin, "Zhanar Fff", office_id="no-such-office")


def test_only_an_administrator_moves_a_case_to_another_office(
    admin: ws.Workspace, branches: dict[str, object]
) -> None:
    people: dict[str, ws.Workspace] = branches["people"]  # type: ignore[assignment]
    a_mine, _, _ = branches["cases"]  # type: ignore[misc]
    worker = people["worker_a"]
    record = get_case(worker, a_mine)
    record.office_id = str(branches["b"])
    with pytest.raises(AccessDenied) as raised:
        update_case(worker, record)
    assert "administrator" in raised.value.message
    with pytest.raises(AccessDenied):
        move_case(worker, a_mine, str(branches["b"]))

    move_case(admin, a_mine, str(branches["b"]))
    moved = get_case(admin, a_mine)
    assert (moved.office_id, moved.version) == (branches["b"], 2)
    with admin.session() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert "case.move_office" in actions and "office.create" in actions
    assert check_database(admin.db, admin).ok


def test_office_names_are_encrypted_unique_and_for_administrators(
    db: Database, admin: ws.Workspace, branches: dict[str, object]
) -> None:
    people: dict[str, ws.Workspace] = branches["people"]  # type: ignore[assignment]
    offices.rename_office(admin, str(branches["main"]), "Главный офис Алматы")
    assert [o.name for o in offices.list_offices(people["worker_a"])] == [
        "Главный офис Алматы",
        "Филиал Шымкент",
    ]
    with pytest.raises(InvalidInput):
        offices.add_office(admin, "  филиал   шымкент ")
    with pytest.raises(InvalidInput):
        offices.add_office(admin, "   ")
    with pytest.raises(AccessDenied):
        offices.add_office(people["worker_a"], "Филиал Тараз")
    with db.engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM office")).scalars().all()
    assert all(n[:1] == b"\x02" and "Шымкент".encode() not in n for n in names)


# --- the upgrade of a database made before offices ---------------------------------------------


@pytest.mark.parametrize("restricted", [True, False])
def test_upgrade_puts_everything_in_one_office_and_keeps_who_sees_what(
    db_target: str, restricted: bool
) -> None:
    engine = make_engine(Database(db_target, create=True, upgrade=False).url)
    config = schema.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
        conn.execute(
            text(
                "INSERT INTO organisation (id, restrict_to_assigned, bed_count, "
                "idle_lock_minutes, audit_head_seq, audit_head_mac) "
                "VALUES ('org', :r, 0, 5, 0, :mac)"
            ),
            {"r": restricted, "mac": b"\0" * 32},
        )
        for staff in ("s1", "s2"):
            conn.execute(
                text(
                    "INSERT INTO staff (id, username, role, active, failed_unlocks) "
                    "VALUES (:id, :id, 'case_worker', :t, 0)"
                ),
                {"id": staff, "t": True},
            )
        for n in (1, 2, 3):
            conn.execute(text("INSERT INTO client (id) VALUES (:id)"), {"id": f"c{n}"})
            conn.execute(
                text(
                    "INSERT INTO case_file (id, number, client_id, opened_on, status, risk, "
                    "violence_types, assigned_to, version) VALUES "
                    "(:id, :number, :client, :opened, 'open', 'unknown', '', 's1', 1)"
                ),
                {
                    "id": f"k{n}",
                    "number": f"2026-000{n}",
                    "client": f"c{n}",
                    "opened": "2026-03-01",
                },
            )
    engine.dispose()

    upgraded = Database(db_target)
    try:
        assert schema.current_revision(upgraded.engine) == schema.head_revision()
        with upgraded.engine.connect() as conn:
            [(office_id, seq, name)] = conn.execute(text("SELECT id, seq, name FROM office")).all()
            assert (seq, name) == (1, None)
            assert set(conn.execute(text("SELECT office_id FROM case_file")).scalars()) == {
                office_id
            }
            members = conn.execute(text("SELECT staff_id, office_id FROM staff_office")).all()
            assert sorted(members) == [("s1", office_id), ("s2", office_id)]
            visibility = conn.execute(text("SELECT case_visibility FROM organisation")).scalar()
        assert visibility == ("assigned" if restricted else "all")
    finally:
        upgraded.close()


# --- the server's address, remembered on this computer -----------------------------------------


def test_a_server_address_is_remembered_without_a_password(tmp_path: object) -> None:
    from pathlib import Path

    from caseapp.services import server_address as sa

    folder = Path(str(tmp_path)) / "config"
    assert sa.remembered_server_url(folder) is None
    stored = sa.remember_server_url("postgresql://anna@db.centre.kz/cases", folder=folder)
    assert stored == "postgresql+psycopg://anna@db.centre.kz/cases"
    assert sa.remembered_server_url(folder) == stored
    assert (folder / sa.FILE_NAME).stat().st_mode & 0o077 == 0

    for with_secret in (
        "postgresql://anna:s3cret-pw@db.centre.kz/cases",
        "postgresql://anna@db.centre.kz/cases?password=s3cret-pw",
    ):
        with pytest.raises(InvalidInput) as raised:
            sa.remember_server_url(with_secret, folder=folder)
        assert raised.value.message.startswith("The address holds a password")
        assert sa.remember_server_url(with_secret, strip_password=True, folder=folder) == stored
        assert "s3cret" not in (folder / sa.FILE_NAME).read_text()

    for not_a_server in ("/home/anna/caseapp", "sqlite:///x.db", "mysql://a@b/c", "postgresql://h"):
        with pytest.raises(InvalidInput):
            sa.remember_server_url(not_a_server, folder=folder)

    # A password put into the file by hand is dropped, never used.
    (folder / sa.FILE_NAME).write_text('{"server": "postgresql://anna:pw@db.centre.kz/cases"}')
    assert sa.remembered_server_url(folder) == stored
    sa.forget_server_url(folder)
    assert sa.remembered_server_url(folder) is None


def test_letters_register_follows_the_office_rule(
    admin: ws.Workspace, branches: dict[str, object]
) -> None:
    from caseapp.services.letter_register import letter_register
    from caseapp.services.letters import issue_letter
    from tests.letters.sample import make_case, set_up_organisation

    people: dict[str, ws.Workspace] = branches["people"]  # type: ignore[assignment]
    set_up_organisation(admin)
    _visibility(admin, CaseVisibility.OFFICE)
    in_b = make_case(people["worker_b"])
    issue_letter(people["worker_b"], in_b, RecipientKind.COURT, "ru", on=TODAY)
    assert [e.case_number for e in letter_register(people["worker_b"])] == [in_b]
    assert letter_register(people["worker_a"]) == []
    assert [e.case_number for e in letter_register(admin)] == [in_b]
