"""Issuing letters: the consent gate, the emergency override, the outgoing register, need-to-know,
the organisation's own texts, and that no shelter data reaches any letter."""

from __future__ import annotations

import hashlib
import tempfile
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from caseapp.domain.enums import LetterKind, RecipientKind, Role
from caseapp.letters.builders import MissingFact
from caseapp.letters.texts import LetterText, shipped_source, shipped_text
from caseapp.services import accounts
from caseapp.services import workspace as ws
from caseapp.services.errors import AccessDenied, InvalidInput, NotFound, OperationFailed
from caseapp.services.integrity import check_database
from caseapp.services.letter_register import find_in_register, letter_register
from caseapp.services.letter_texts import (
    letter_text_source,
    number_format,
    reset_letter_text,
    set_letter_text,
    set_number_format,
)
from caseapp.services.letters import NoConsent, issue_letter
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry, LetterCounter, OutgoingLetter
from tests.conftest import ADMIN_PASSWORD, CHEAP_KDF
from tests.letters.sample import (
    ALL_KINDS,
    CLIENT,
    IIN,
    LANGS,
    ORDER,
    POLICE_UNIT,
    SECRETS,
    compact,
    make_case,
    pdf_text,
    set_up_organisation,
)

ON = date(2026, 3, 25)


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def _register_rows(workspace: ws.Workspace) -> int:
    with workspace.session() as session:
        return int(session.scalar(select(func.count()).select_from(OutgoingLetter)) or 0)


def _letter_audits(workspace: ws.Workspace) -> list[tuple[str, str]]:
    with workspace.session() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.startswith("letter"))
            .order_by(AuditEntry.seq)
        ).all()
        return [(e.action, e.detail) for e in entries]


def test_a_police_letter_about_missed_checks(org: ws.Workspace) -> None:
    number = make_case(org)
    letter = issue_letter(org, number, RecipientKind.POLICE, "kk", on=ON)
    assert letter.register_number == "1/2026"
    assert letter.sha256 == hashlib.sha256(letter.pdf).hexdigest()
    text = pdf_text(letter.pdf)
    assert CLIENT in text and IIN not in text  # the police need no IIN to find the order
    flat = compact(text)
    assert compact("15.03.2026, 22.03.2026") in flat  # computed by the reminders engine
    assert compact(f"№ {ORDER}") in flat and "Шығ.№1/2026" in flat
    assert compact(POLICE_UNIT) in flat

    [entry] = letter_register(org)
    assert entry.number == "1/2026" and entry.issued_on == ON
    assert entry.kind is LetterKind.POLICE_CHECKS and entry.lang == "kk"  # "police" is its alias
    assert entry.recipient == f"Полиция органының бастығына\n({POLICE_UNIT})"
    assert entry.case_number == number and entry.author == "Admin Test"
    assert entry.sha256 == letter.sha256 and not entry.emergency_override
    [(action, detail)] = _letter_audits(org)
    assert action == "letter.issue" and "1/2026" in detail and letter.sha256 in detail


def test_no_shelter_data_in_any_letter_of_any_kind_or_language(org: ws.Workspace) -> None:
    number = make_case(org)
    numbers = []
    # This case's order is served and was never found violated, and it records no incident:
    # those letters are refused (tests/services/test_letter_kinds.py issues them).
    refused = {
        LetterKind.POLICE_SERVE,
        LetterKind.POLICE_VIOLATION,
        LetterKind.POLICE_FORENSIC,
        LetterKind.POLICE_STATEMENT,
    }
    for kind in ALL_KINDS:
        for lang in LANGS:
            if kind in refused:
                with pytest.raises(MissingFact):
                    issue_letter(org, number, kind, lang, on=ON)
                continue
            letter = issue_letter(org, number, kind, lang, on=ON)
            numbers.append(letter.register_number)
            flat = compact(pdf_text(letter.pdf)).casefold()
            assert compact(CLIENT).casefold() in flat
            for what, secret in SECRETS.items():
                assert compact(secret).casefold() not in flat, (kind, lang, what)
                for word in secret.split():
                    if len(word) >= 6:  # no distinctive part of it either
                        assert word.casefold() not in flat, (kind, lang, what, word)
    assert numbers == [f"{n}/2026" for n in range(1, 3 * (len(ALL_KINDS) - len(refused)) + 1)]
    # The register does not hold them either: the recipient is the addressee, nothing more.
    for entry in letter_register(org):
        for secret in SECRETS.values():
            assert secret not in entry.recipient


def test_without_consent_the_letter_is_refused_and_nothing_is_written(org: ws.Workspace) -> None:
    number = make_case(org, consent_kinds=(RecipientKind.MEDICAL,))
    audits_before = _letter_audits(org)
    with pytest.raises(NoConsent) as raised:
        issue_letter(org, number, RecipientKind.POLICE, "ru", on=ON)
    message = raised.value.message
    assert number in message and "the police" in message and "2026-03-25" in message
    assert message.endswith(".") and "\n" not in message
    assert _register_rows(org) == 0 and _letter_audits(org) == audits_before
    with org.session() as session:
        assert session.scalar(select(LetterCounter)) is None
    # The consent given covers its own kind only.
    assert issue_letter(org, number, RecipientKind.MEDICAL, "ru", on=ON).register_number == "1/2026"


@pytest.mark.parametrize(
    ("consent_from", "consent_to"),
    [(date(2026, 3, 26), date(2026, 9, 1)), (date(2026, 1, 1), date(2026, 3, 24))],
)
def test_a_consent_must_cover_the_letters_date(
    org: ws.Workspace, consent_from: date, consent_to: date
) -> None:
    number = make_case(org, consent_from=consent_from, consent_to=consent_to)
    with pytest.raises(NoConsent):
        issue_letter(org, number, RecipientKind.COURT, "ru", on=ON)
    assert _register_rows(org) == 0


def test_a_withdrawn_consent_no_longer_allows_letters(org: ws.Workspace) -> None:
    from caseapp.services.cases import get_case, update_case

    number = make_case(org)
    record = get_case(org, number)
    for consent in record.consents:
        consent.withdrawn_on = date(2026, 3, 20)
    update_case(org, record)
    with pytest.raises(NoConsent):
        issue_letter(org, number, RecipientKind.SOCIAL, "kk", on=ON)
    assert issue_letter(org, number, RecipientKind.SOCIAL, "kk", on=date(2026, 3, 19))


def test_the_emergency_override_needs_a_written_reason_and_is_audited(org: ws.Workspace) -> None:
    number = make_case(org, consent_kinds=())
    for short in ("", "   ", "danger"):
        with pytest.raises(InvalidInput, match="at least 10 characters"):
            issue_letter(org, number, RecipientKind.POLICE, "ru", on=ON, override_reason=short)
    assert _register_rows(org) == 0

    reason = "Threat to life: the offender came to her workplace with a knife today."
    letter = issue_letter(org, number, RecipientKind.POLICE, "ru", on=ON, override_reason=reason)
    assert letter.register_number == "1/2026"
    [entry] = letter_register(org)
    assert entry.emergency_override
    [(action, detail)] = _letter_audits(org)
    assert action == "letter.emergency_override"
    assert reason in detail and "1/2026" in detail
    with org.session() as session:  # the reason is stored encrypted
        raw = session.scalar(
            select(AuditEntry.detail_ct).where(AuditEntry.action == "letter.emergency_override")
        )
    assert raw is not None and b"knife" not in raw
    assert check_database(org.db, org).ok


def test_an_override_reason_is_not_used_when_consent_exists(org: ws.Workspace) -> None:
    number = make_case(org)
    issue_letter(org, number, "court", "en", on=ON, override_reason="not needed but given")
    [entry] = letter_register(org)
    assert not entry.emergency_override
    assert [a for a, _ in _letter_audits(org)] == ["letter.issue"]


def test_register_numbers_are_consecutive_and_restart_each_year(org: ws.Workspace) -> None:
    number = make_case(org)
    issued = [
        issue_letter(org, number, RecipientKind.COURT, "ru", on=day).register_number
        for day in (ON, ON, date(2026, 12, 31), date(2027, 1, 4), date(2027, 2, 1))
    ]
    assert issued == ["1/2026", "2/2026", "3/2026", "1/2027", "2/2027"]
    assert [e.number for e in letter_register(org, year=2027)] == ["1/2027", "2/2027"]


def test_a_letter_cannot_be_dated_before_the_last_one_of_its_year(org: ws.Workspace) -> None:
    number = make_case(org)
    issue_letter(org, number, RecipientKind.COURT, "ru", on=date(2026, 3, 26))
    with pytest.raises(OperationFailed, match=r"1/2026 of the outgoing register is dated"):
        issue_letter(org, number, RecipientKind.COURT, "ru", on=ON)
    assert issue_letter(org, number, RecipientKind.COURT, "ru", on=date(2026, 3, 26))
    assert [e.number for e in letter_register(org)] == ["1/2026", "2/2026"]


def test_the_number_format_is_the_organisations(org: ws.Workspace) -> None:
    number = make_case(org)
    assert number_format(org) == "{n}/{year}"
    issue_letter(org, number, RecipientKind.COURT, "ru", on=ON)
    set_number_format(org, "04-{year}/{n:03d}")
    letter = issue_letter(org, number, RecipientKind.COURT, "ru", on=ON)
    assert letter.register_number == "04-2026/002"
    assert "04-2026/002" in pdf_text(letter.pdf)
    for bad in ("{year}", "{n}/{nope}", "{n.real}", "{0}", "{n", "x" * 40 + "{n}"):
        with pytest.raises(InvalidInput, match="must contain"):
            set_number_format(org, bad)
    assert number_format(org) == "04-{year}/{n:03d}"


def test_a_failed_letter_takes_no_number(org: ws.Workspace) -> None:
    without_order = make_case(org)
    from caseapp.domain.changes import RecordKind
    from caseapp.services.cases import get_case
    from caseapp.services.corrections import strike_out

    order_id = get_case(org, without_order).orders[0].id or ""
    strike_out(org, without_order, RecordKind.ORDER, order_id, "Another woman's order")
    with pytest.raises(MissingFact, match="has no protection order"):
        issue_letter(org, without_order, RecipientKind.POLICE, "ru", on=ON)
    assert issue_letter(org, without_order, RecipientKind.MEDICAL, "ru", on=ON).register_number == (
        "1/2026"
    )


def test_no_missed_check_means_no_police_letter(org: ws.Workspace) -> None:
    number = make_case(org)
    with pytest.raises(MissingFact, match="was missed by 2026-03-10"):
        issue_letter(org, number, RecipientKind.POLICE, "en", on=date(2026, 3, 10))
    assert _register_rows(org) == 0


def test_a_letter_needs_the_organisations_name_in_its_language(admin: ws.Workspace) -> None:
    number = make_case(admin)  # the fixture's organisation has a Russian name only
    with pytest.raises(MissingFact, match=r"no name in the letter's language \(kk\)"):
        issue_letter(admin, number, RecipientKind.COURT, "kk", on=ON)
    assert issue_letter(admin, number, RecipientKind.COURT, "ru", on=ON)


def test_bad_kind_or_language_is_bad_input(org: ws.Workspace) -> None:
    number = make_case(org)
    with pytest.raises(InvalidInput, match="kind must be one of: police_checks, police_serve"):
        issue_letter(org, number, "embassy", "ru", on=ON)
    with pytest.raises(InvalidInput, match="language must be one of: ru, kk, en"):
        issue_letter(org, number, "police", "de", on=ON)
    with pytest.raises(NotFound):
        issue_letter(org, "2026-9999", "police", "ru", on=ON)


def test_need_to_know(db: Database, org: ws.Workspace) -> None:
    accounts.add_staff(
        org, "lawyer", "lawyer pass 1", Role.LAWYER, full_name="Лаура Юристова", kdf=CHEAP_KDF
    )
    lawyer = ws.unlock(db, "lawyer", "lawyer pass 1")
    others = make_case(org)
    mine = make_case(org, assigned_to=lawyer.actor.staff_id)
    issue_letter(org, others, RecipientKind.COURT, "ru", on=ON)
    with pytest.raises(AccessDenied):
        issue_letter(lawyer, others, RecipientKind.COURT, "ru", on=ON)
    letter = issue_letter(lawyer, mine, RecipientKind.COURT, "ru", on=ON)
    assert letter.register_number == "2/2026"
    assert "Лаура Юристова" in pdf_text(letter.pdf)  # the executor
    assert [e.number for e in letter_register(lawyer)] == ["2/2026"]
    assert [e.number for e in letter_register(org)] == ["1/2026", "2/2026"]
    with pytest.raises(AccessDenied):
        letter_register(lawyer, case=others)


def test_the_register_filters_by_year_kind_and_case(org: ws.Workspace) -> None:
    first, second = make_case(org), make_case(org)
    issue_letter(org, first, RecipientKind.COURT, "ru", on=ON)
    issue_letter(org, second, RecipientKind.MEDICAL, "en", on=ON)
    issue_letter(org, first, RecipientKind.MEDICAL, "kk", on=date(2027, 1, 10))
    assert [e.number for e in letter_register(org, kind="medical")] == ["2/2026", "1/2027"]
    assert [e.number for e in letter_register(org, case=first)] == ["1/2026", "1/2027"]
    assert [e.number for e in letter_register(org, year=2026, kind=RecipientKind.MEDICAL)] == [
        "2/2026"
    ]
    assert letter_register(org, year=2025) == []


def test_a_pdf_is_found_in_the_register_by_its_hash(org: ws.Workspace) -> None:
    number = make_case(org)
    letter = issue_letter(org, number, RecipientKind.SHELTER, "ru", on=ON)
    entry = find_in_register(org, letter.pdf)
    assert entry is not None and entry.number == letter.register_number
    assert find_in_register(org, letter.pdf + b"\n") is None


# --- the organisation's own texts ----------------------------------------------------------------


def test_an_administrator_edits_a_text_and_letters_use_it(org: ws.Workspace) -> None:
    number = make_case(org)
    source = shipped_source(RecipientKind.MEDICAL, "ru").replace(
        "Просим провести обследование", "Убедительно просим срочно провести обследование"
    )
    set_letter_text(org, "medical", "ru", source)
    assert letter_text_source(org, "medical", "ru") == source
    letter = issue_letter(org, number, RecipientKind.MEDICAL, "ru", on=ON)
    assert "Убедительнопросимсрочно" in compact(pdf_text(letter.pdf))
    assert [a for a, _ in _letter_audits(org)] == ["letter_text.update", "letter.issue"]

    reset_letter_text(org, "medical", "ru")
    assert letter_text_source(org, "medical", "ru") == shipped_source(RecipientKind.MEDICAL, "ru")


def test_an_edited_text_is_stored_encrypted(org: ws.Workspace, db: Database) -> None:
    base = shipped_text(RecipientKind.SOCIAL, "kk")
    marker = "Ерекшеқұпиясөйлем"
    set_letter_text(
        org, "social", "kk", LetterText(base.addressee, base.title, (marker, *base.body))
    )
    with db.engine.connect() as conn:
        [(blob,)] = conn.execute(text("SELECT body FROM letter_text")).all()
    assert marker.encode() not in blob and blob[0] == 2
    assert marker in letter_text_source(org, "social", "kk")
    assert check_database(org.db, org).ok


@pytest.mark.parametrize("placeholder", ["{room}", "{address}", "{client.address}", "{bed}"])
def test_a_text_that_would_print_shelter_data_is_refused(
    org: ws.Workspace, placeholder: str
) -> None:
    source = shipped_source(LetterKind.SHELTER_REFERRAL, "ru").replace(
        "дата рождения {birth_date}.", f"дата рождения {{birth_date}}, проживает: {placeholder}."
    )
    assert placeholder in source
    with pytest.raises(InvalidInput) as raised:
        set_letter_text(org, "shelter", "ru", source)
    assert placeholder in raised.value.message
    assert "never print" in raised.value.message
    assert letter_text_source(org, "shelter", "ru") == shipped_source(RecipientKind.SHELTER, "ru")


def test_only_an_administrator_edits_texts(db: Database, org: ws.Workspace) -> None:
    accounts.add_staff(org, "worker", "worker pass 1", Role.CASE_WORKER, kdf=CHEAP_KDF)
    worker = ws.unlock(db, "worker", "worker pass 1")
    with pytest.raises(AccessDenied):
        set_letter_text(worker, "court", "ru", shipped_source(RecipientKind.COURT, "ru"))
    with pytest.raises(AccessDenied):
        set_number_format(worker, "{n}")
    with pytest.raises(AccessDenied):
        reset_letter_text(worker, "court", "ru")


def test_a_text_without_personal_data_needs_no_consent(org: ws.Workspace) -> None:
    number = make_case(org, consent_kinds=())
    set_letter_text(
        org,
        "social",
        "en",
        LetterText(
            "To the Head of\nthe Social Programmes Department",
            "Request for a meeting",
            ("{organisation} asks for a meeting about support for survivors of violence.",),
        ),
    )
    assert issue_letter(org, number, RecipientKind.SOCIAL, "en", on=ON).register_number == "1/2026"
    with pytest.raises(NoConsent):
        issue_letter(org, number, RecipientKind.SOCIAL, "ru", on=ON)


def test_issuing_writes_nothing_outside_the_database(
    org: ws.Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", None)
    number = make_case(org)
    folder = org.db.path.parent if org.db.path is not None else tmp_path / "no data folder"
    before = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    issue_letter(org, number, RecipientKind.POLICE, "ru", on=ON)
    assert list(temp_dir.iterdir()) == []
    assert (sorted(p.name for p in folder.iterdir()) if folder.exists() else []) == before


def test_concurrent_letters_take_consecutive_numbers(org: ws.Workspace) -> None:
    """Four connections issuing at once: every number once, none skipped."""
    number = make_case(org)
    issued: list[str] = []
    failures: list[BaseException] = []

    def issue_five() -> None:
        database = Database(org.db.url)
        try:
            workspace = ws.unlock(database, "admin", ADMIN_PASSWORD)
            for _ in range(5):
                issued.append(issue_letter(workspace, number, "court", "ru", on=ON).register_number)
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)
        finally:
            database.close()

    threads = [threading.Thread(target=issue_five) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(issued, key=lambda n: int(n.split("/")[0])) == [f"{n}/2026" for n in range(1, 21)]
    assert [e.number for e in letter_register(org)] == [f"{n}/2026" for n in range(1, 21)]
