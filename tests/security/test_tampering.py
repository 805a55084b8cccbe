"""What the insider changes in the file with plain SQL is detected (issue 13, points 2-6): opening
the case refuses naming the record, no letter is issued from it, 'check --user' lists it, and the
check after unlock finds it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from caseapp.domain.enums import RecipientKind, Role
from caseapp.services import workspace as ws
from caseapp.services.backup import create_backup
from caseapp.services.casecheck import TamperedCase
from caseapp.services.cases import get_case
from caseapp.services.errors import AccessDenied
from caseapp.services.integrity import check_database
from caseapp.services.letters import issue_letter
from caseapp.services.staff import list_staff
from caseapp.services.sweep import sweep
from caseapp.storage.database import Database
from tests.security.scenario import LAWYER, LAWYER_PASSWORD, Centre, build


def _sql(db: Database, statement: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _one(db: Database, statement: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(text(statement), params).scalar_one()


def _case_id(db: Database, number: str) -> str:
    return str(_one(db, "SELECT id FROM case_file WHERE number = :n", n=number))


def _refused_everywhere(centre: Centre, number: str, record: str) -> None:
    admin = ws.unlock(centre.db, "admin", "correct horse 1")
    with pytest.raises(TamperedCase) as raised:
        get_case(admin, number)
    assert number in raised.value.message and record in raised.value.message
    with pytest.raises(TamperedCase):
        issue_letter(admin, number, RecipientKind.POLICE, "ru", override_reason="threat to life")
    problems = check_database(centre.db, admin).problems
    assert any(record in p for p in problems), problems
    assert any(record in p for p in sweep(admin))


def _swap_clients(centre: Centre) -> str:
    db = centre.db
    a, b = _case_id(db, centre.hers), _case_id(db, centre.others)
    client_a = _one(db, "SELECT client_id FROM case_file WHERE id = :i", i=a)
    client_b = _one(db, "SELECT client_id FROM case_file WHERE id = :i", i=b)
    _sql(db, "UPDATE case_file SET client_id = :c WHERE id = :i", c=client_b, i=a)
    _sql(db, "UPDATE case_file SET client_id = :c WHERE id = :i", c=client_a, i=b)
    return f"case_file {a}"


def _move_stay(centre: Centre) -> str:
    db = centre.db
    stay = _one(db, "SELECT id FROM shelter_stay WHERE case_id = :i", i=_case_id(db, centre.others))
    _sql(
        db,
        "UPDATE shelter_stay SET case_id = :c WHERE id = :s",
        c=_case_id(db, centre.hers),
        s=stay,
    )
    return f"shelter_stay {stay}"


def _shorten_order(centre: Centre) -> str:
    db = centre.db
    order = _one(
        db, "SELECT id FROM protection_order WHERE case_id = :i", i=_case_id(db, centre.hers)
    )
    _sql(db, "UPDATE protection_order SET expires_on = '2026-11-25' WHERE id = :o", o=order)
    return f"protection_order {order}"


def _null_notes(centre: Centre) -> str:
    case_id = _case_id(centre.db, centre.hers)
    _sql(centre.db, "UPDATE case_file SET notes = NULL WHERE id = :i", i=case_id)
    return f"case_file {case_id}"


def _copy_consent(centre: Centre) -> str:
    """A consent row copied from another case, to let a letter through without the override."""
    db = centre.db
    source, target = _case_id(db, centre.others), _case_id(db, centre.hers)
    _sql(db, "DELETE FROM consent WHERE case_id = :t", t=target)
    _sql(
        db,
        "INSERT INTO consent "
        "(id, case_id, recipient_kind, given_on, expires_on, withdrawn_on, mac) "
        "SELECT 'forged0000000000000000000000000', :t, recipient_kind, given_on, "
        "expires_on, withdrawn_on, mac FROM consent WHERE case_id = :s",
        t=target,
        s=source,
    )
    return "consent forged0000000000000000000000000"


def _strike_out_consent(centre: Centre) -> str:
    """A consent struck out with SQL, as if by mistake (a letter would then be refused), or one
    struck out through the program brought back: the row's MAC covers the strike-out."""
    db = centre.db
    consent = _one(db, "SELECT id FROM consent WHERE case_id = :i", i=_case_id(db, centre.hers))
    _sql(db, "UPDATE consent SET struck_out_on = '2026-11-20' WHERE id = :k", k=consent)
    return f"consent {consent}"


TAMPERINGS: dict[str, Callable[[Centre], str]] = {
    "client swapped between cases": _swap_clients,
    "stay moved to another case": _move_stay,
    "order's expiry shortened": _shorten_order,
    "notes set to NULL": _null_notes,
    "consent copied from another case": _copy_consent,
    "consent struck out outside the program": _strike_out_consent,
}


@pytest.mark.parametrize("tampering", list(TAMPERINGS))
def test_rows_changed_with_sql_are_detected(
    db: Database, admin: ws.Workspace, tampering: str
) -> None:
    centre = build(db, admin)
    record = TAMPERINGS[tampering](centre)
    _refused_everywhere(centre, centre.hers, record.split()[0])


def test_an_older_ciphertext_put_back_is_detected(db: Database, admin: ws.Workspace) -> None:
    """The notes as they were before a change, with that row's MAC of the time: the manifest
    and the seal no longer match."""
    from caseapp.services.cases import update_case

    centre = build(db, admin)
    case_id = _case_id(db, centre.hers)
    old_notes, old_mac = (
        _one(db, "SELECT notes FROM case_file WHERE id = :i", i=case_id),
        _one(db, "SELECT mac FROM case_file WHERE id = :i", i=case_id),
    )
    record = get_case(admin, centre.hers)
    record.notes = "changed later"
    update_case(admin, record)
    _sql(
        db,
        "UPDATE case_file SET notes = :n, mac = :m WHERE id = :i",
        n=old_notes,
        m=old_mac,
        i=case_id,
    )
    _refused_everywhere(centre, centre.hers, f"case_file {case_id}")


def test_a_whole_case_put_back_is_detected(db: Database, admin: ws.Workspace) -> None:
    """Every row of the case back as it was, manifest and seal included: the latest signed audit
    entry about the case carries the newer seal."""
    from caseapp.services.cases import update_case

    centre = build(db, admin)
    case_id = _case_id(db, centre.hers)
    with db.engine.connect() as conn:
        before = (
            conn.execute(text("SELECT * FROM case_file WHERE id = :i"), {"i": case_id})
            .mappings()
            .one()
        )
    record = get_case(admin, centre.hers)
    record.notes = "changed later"
    update_case(admin, record)
    sets = ", ".join(f"{c} = :{c}" for c in before if c != "id")
    _sql(db, f"UPDATE case_file SET {sets} WHERE id = :id", **dict(before))
    _refused_everywhere(centre, centre.hers, f"case_file {case_id}")


def test_making_herself_administrator_in_the_file_makes_her_nothing(
    db: Database, admin: ws.Workspace, tmp_path: object
) -> None:
    centre = build(db, admin)
    _sql(db, "UPDATE staff SET role = 'admin' WHERE username = :u", u=LAWYER)
    lawyer = ws.unlock(db, LAWYER, LAWYER_PASSWORD)
    assert lawyer.actor.role == Role.LAWYER  # the signed record decides
    with pytest.raises(AccessDenied):
        list_staff(lawyer)
    with pytest.raises(AccessDenied):
        create_backup(lawyer, str(tmp_path) + "/b.caseapp-backup")
    problems = check_database(db, ws.unlock(db, "admin", "correct horse 1")).problems
    assert any(centre.lawyer_id in p and "outside the program" in p for p in problems)


def test_an_authority_record_she_signs_herself_counts_as_absent(
    db: Database, admin: ws.Workspace
) -> None:
    """Twenty lines of Python with caseapp's own modules: she appends a record making herself an
    administrator, signed with her own (genuine) key. She is no administrator: it is ignored."""
    from caseapp.storage import authority as auth
    from tests.security.insider import her_key_pairs

    centre = build(db, admin)
    pairs = her_key_pairs(db.engine, LAWYER, LAWYER_PASSWORD)
    assert pairs is not None
    with db.session() as session, session.begin():
        authority = auth.load(session)
        me = authority.members[centre.lawyer_id]
        promoted = auth.changed(me, role="admin")
        with pytest.raises(ValueError):
            auth.append(session, authority, auth.MEMBER, promoted.body(), centre.lawyer_id, pairs)
    lawyer = ws.unlock(db, LAWYER, LAWYER_PASSWORD)
    assert lawyer.actor.role == Role.LAWYER
    problems = check_database(db, ws.unlock(db, "admin", "correct horse 1")).problems
    assert any("is not properly signed: it is ignored" in p for p in problems)
