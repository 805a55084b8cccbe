"""Letters by purpose: each kind issues in ru/kk/en for a case that has what it needs and is
refused in one sentence otherwise; its consent kind; what she adds to a letter; the register
opens a letter again byte for byte; a violation letter answers the violation's reminder."""

from __future__ import annotations

import base64
import hashlib
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from caseapp.domain import records as rec
from caseapp.domain.enums import CheckOutcome, LetterKind, RecipientKind, ViolenceType
from caseapp.domain.letters import CONSENT_FOR, answers_violation, letter_kind
from caseapp.letters.builders import LetterOptions, MissingFact
from caseapp.services import workspace as ws
from caseapp.services.cases import create_case, get_case
from caseapp.services.errors import DamagedRecord, InvalidInput
from caseapp.services.letter_register import issued_letter_pdf, letter_register
from caseapp.services.letters import NoConsent, issue_letter
from caseapp.services.reminders import reminders_for_day
from caseapp.storage.database import Database
from caseapp.storage.models import OutgoingLetter
from tests.letters.sample import (
    CLIENT,
    IIN,
    LANGS,
    ORDER,
    SECRETS,
    case_record,
    compact,
    pdf_text,
    set_up_organisation,
)

ON = date(2026, 3, 25)
ISSUED = date(2026, 3, 2)


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def rich_case(workspace: ws.Workspace, *, served: bool = True, **kwargs: object) -> str:
    """The sample case with an incident, a check that found the order violated (03-20), and
    two named children in her stay; the order unserved when asked."""
    record = case_record(**kwargs)  # type: ignore[arg-type]
    order = record.orders[0]
    if not served:
        order.served_on = None
    order.checks.append(rec.PoliceCheck(date(2026, 3, 20), CheckOutcome.VIOLATED))
    record.incidents = [rec.Incident(date(2026, 3, 1), [ViolenceType.PHYSICAL])]
    stay = record.stays[0]
    stay.children_named = [rec.Child("Айым", 2019), rec.Child("Нұрлан", 2022)]
    stay.children = 2
    return create_case(workspace, record)


def test_every_old_name_stands_for_the_nearest_purpose() -> None:
    assert letter_kind("police") is LetterKind.POLICE_CHECKS
    assert letter_kind("court") is LetterKind.COURT_REQUIREMENTS
    assert letter_kind("medical") is LetterKind.MEDICAL_CERTIFICATE
    assert letter_kind("shelter") is LetterKind.SHELTER_REFERRAL
    assert letter_kind("embassy") is None
    assert set(CONSENT_FOR) == set(LetterKind)


@pytest.mark.parametrize(
    ("code", "answers"),
    [("police_violation", True), ("police", True), ("police_checks", False), ("court", False)],
)
def test_only_a_violation_letter_answers_a_violation(code: str, answers: bool) -> None:
    assert answers_violation(code) is answers


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_issues_for_a_case_that_has_what_it_needs(org: ws.Workspace, lang: str) -> None:
    served, unserved = rich_case(org), rich_case(org, served=False)
    for kind in LetterKind:
        number = unserved if kind is LetterKind.POLICE_SERVE else served
        letter = issue_letter(org, number, kind, lang, on=ON)
        flat = compact(pdf_text(letter.pdf)).casefold()
        assert compact(CLIENT).casefold() in flat, kind
        for secret in SECRETS.values():
            assert compact(secret).casefold() not in flat, kind
        assert "айым" not in flat and "нұрлан" not in flat  # the children only by birth year
    kinds = [e.kind for e in letter_register(org)]
    assert kinds == list(LetterKind)


def test_the_letters_print_only_what_their_recipient_needs(org: ws.Workspace) -> None:
    number = rich_case(org)
    police = pdf_text(issue_letter(org, number, "police_checks", "ru", on=ON).pdf)
    court = pdf_text(issue_letter(org, number, "court_requirements", "ru", on=ON).pdf)
    shelter = pdf_text(issue_letter(org, number, "shelter_referral", "ru", on=ON).pdf)
    assert IIN not in police and IIN in court and IIN not in shelter
    assert compact("2 (годы рождения: 2019, 2022)") in compact(shelter)
    assert "физическое" in court and "физическое" not in shelter


def test_the_violation_letter_asks_to_register_it_and_cites_article_461(
    org: ws.Workspace,
) -> None:
    number = rich_case(org)
    text = compact(pdf_text(issue_letter(org, number, "police_violation", "ru", on=ON).pdf))
    for words in ("зарегистрировать нарушение", "статьёй 461", "235-V", "226-V", "20.03.2026"):
        assert compact(words) in text, words
    assert compact("в течение десяти дней") in text and "прокуратуру" in text
    assert compact("245-VIII") in text  # the law in force on 25.03.2026


@pytest.mark.parametrize(
    ("kind", "why"),
    [
        ("police_serve", "was served on the offender on 2026-03-03"),
        ("police_violation", "found it violated by 2026-03-25"),
        ("police_forensic", "no incident of physical or sexual violence by 2026-03-25"),
    ],
)
def test_a_letter_the_case_does_not_fit_is_refused_in_one_sentence(
    org: ws.Workspace, db: Database, kind: str, why: str
) -> None:
    number = create_case(org, case_record())
    with pytest.raises(MissingFact) as raised:
        issue_letter(org, number, kind, "ru", on=ON)
    assert why in raised.value.message and raised.value.message.count(". ") == 0
    assert letter_register(org) == []


def test_the_forensic_letter_is_about_the_latest_incident_that_can_leave_injuries(
    org: ws.Workspace,
) -> None:
    """Threats after a beating do not make the beating's examination pointless, and threats
    alone give no injuries to examine; her statement tells the latest incident as it was."""
    record = case_record()
    record.incidents = [
        rec.Incident(date(2026, 3, 1), [ViolenceType.PHYSICAL]),
        rec.Incident(date(2026, 3, 10), [ViolenceType.PSYCHOLOGICAL]),
    ]
    number = create_case(org, record)
    forensic = compact(pdf_text(issue_letter(org, number, "police_forensic", "ru", on=ON).pdf))
    assert compact("01.03.2026 в отношении неё совершено насилие (физическое)") in forensic
    statement = compact(pdf_text(issue_letter(org, number, "police_statement", "ru", on=ON).pdf))
    assert compact("10.03.2026 в отношении меня совершено насилие (психологическое)") in statement
    only_threats = case_record()
    only_threats.incidents = [rec.Incident(date(2026, 3, 10), [ViolenceType.PSYCHOLOGICAL])]
    other = create_case(org, only_threats)
    with pytest.raises(MissingFact, match="no incident of physical or sexual violence"):
        issue_letter(org, other, "police_forensic", "ru", on=ON)


def test_a_letter_about_checks_needs_an_order_in_force(org: ws.Workspace) -> None:
    number = rich_case(org)
    with pytest.raises(MissingFact, match="no protection order in force on 2026-11-30"):
        issue_letter(org, number, "police_checks", "ru", on=date(2026, 11, 30))


def test_the_court_letter_needs_no_order_and_names_the_court_case(org: ws.Workspace) -> None:
    record = case_record(consent_kinds=())
    record.orders = []
    number = create_case(org, record)
    # Refused for consent (not for a missing order), then issued with the override.
    with pytest.raises(NoConsent):
        issue_letter(org, number, "court", "ru", on=ON)
    letter = issue_letter(
        org,
        number,
        "court_requirements",
        "ru",
        on=ON,
        override_reason="She was threatened with a knife yesterday.",
        options=LetterOptions(court_case="7514-26-00-2/1234"),
    )
    text = compact(pdf_text(letter.pdf))
    assert compact("Номер судебного дела: 7514-26-00-2/1234.") in text
    assert compact("без её согласия в связи с угрозой её жизни") in text
    assert "knife" not in pdf_text(letter.pdf)  # the written reason stays in the audit log


def test_each_purpose_needs_its_recipients_consent(org: ws.Workspace) -> None:
    number = rich_case(org, consent_kinds=(RecipientKind.SOCIAL,))
    issue_letter(org, number, "family_support_centre", "kk", on=ON)  # a social service
    with pytest.raises(NoConsent, match="to the police"):
        issue_letter(org, number, "police_forensic", "kk", on=ON)
    with pytest.raises(NoConsent, match="to a shelter"):
        issue_letter(org, number, "shelter_referral", "kk", on=ON)


def test_what_she_adds_is_printed_and_the_consent_relied_on(org: ws.Workspace) -> None:
    number = rich_case(org)
    options = LetterOptions(
        addressee="Начальнику Управления полиции\nАлмалинского района г. Алматы\nполковнику Н. Н.",
        reply_number="3-12/45",
        reply_date=date(2026, 3, 20),
        attachments=("Копия защитного предписания на 1 л.", "Справка на 2 л."),
        paragraph="Потерпевшая сообщила о звонках с угрозами 23.03.2026.",
    )
    letter = issue_letter(org, number, "police_checks", "ru", on=ON, options=options)
    text = compact(pdf_text(letter.pdf))
    for words in (
        "На № 3-12/45 от 20.03.2026",
        "полковнику Н. Н.",
        "Приложение:",
        "1. Копия защитного предписания на 1 л.",
        "2. Справка на 2 л.",
        "о звонках с угрозами 23.03.2026",
        "с её письменного согласия от 01.03.2026 (действительно до 28.02.2027 включительно)",
    ):
        assert compact(words) in text, words
    [entry] = letter_register(org)
    assert entry.recipient == options.addressee


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (LetterOptions(paragraph="x" * 4001), "paragraph"),
        (LetterOptions(attachments=tuple("a" for _ in range(21))), "attachments"),
        (LetterOptions(reply_number="1", reply_date=date(2026, 3, 26)), "reply_date"),
        (LetterOptions(reply_date=date(2026, 3, 20)), "reply_number"),
        (LetterOptions(court_case="1\x002"), "court_case"),
    ],
)
def test_bad_additions_are_refused_naming_the_field(
    org: ws.Workspace, options: LetterOptions, field: str
) -> None:
    number = rich_case(org)
    with pytest.raises(InvalidInput) as raised:
        issue_letter(org, number, "court_requirements", "ru", on=ON, options=options)
    assert raised.value.field == field
    assert letter_register(org) == []


def test_the_register_opens_a_letter_again_byte_for_byte_kept_encrypted(
    org: ws.Workspace, db: Database
) -> None:
    number = rich_case(org)
    letter = issue_letter(org, number, "police_checks", "kk", on=ON)
    again = issued_letter_pdf(org, letter.sha256)
    assert again == letter.pdf and hashlib.sha256(again).hexdigest() == letter.sha256
    [entry] = letter_register(org)
    assert entry.has_pdf
    with db.engine.connect() as conn:
        stored = conn.execute(select(OutgoingLetter.pdf_ct)).scalar_one()
    assert stored is not None and b"%PDF" not in stored
    assert base64.b64encode(letter.pdf)[:40] not in stored
    assert ORDER.encode() not in stored
    assert issued_letter_pdf(org, "0" * 64) is None


def test_a_violation_letter_ends_the_violation_reminder_a_checks_letter_does_not(
    org: ws.Workspace,
) -> None:
    number = rich_case(org)
    day = date(2026, 3, 21)

    def violated() -> bool:
        return any(
            r.case == number and r.kind == "order_violated" for r in reminders_for_day(org, day)
        )

    assert violated()
    issue_letter(org, number, "police_checks", "ru", on=day)
    assert violated()
    issue_letter(org, number, "police_violation", "ru", on=day)
    assert not violated()


def test_a_shelter_referral_without_children_says_so(org: ws.Workspace) -> None:
    record = case_record()
    record.stays[0].children = 0
    number = create_case(org, record)
    text = compact(pdf_text(issue_letter(org, number, "shelter_referral", "en", on=ON).pdf))
    assert compact("Children accompanying her: none.") in text
    with pytest.raises(MissingFact, match="records no child"):
        issue_letter(org, number, "minor_at_risk", "en", on=ON + timedelta(days=1))


def test_her_own_documents_need_no_consent_and_carry_her_signature(org: ws.Workspace) -> None:
    number = rich_case(org, consent_kinds=())
    form = issue_letter(org, number, "consent_form", "ru", on=ON)
    statement = issue_letter(org, number, "police_statement", "kk", on=ON)
    text = compact(pdf_text(form.pdf))
    assert compact("94-V «О персональных данных и их защите»") in text
    assert compact("вправе в любое время отозвать") in text
    assert compact("Заявитель") in text and compact(CLIENT) in text  # she signs, not the director
    assert "«___»" in text  # and dates it when she signs
    assert "Директор" not in text and "Исх." not in text  # her document, not the centre's letter
    assert "Исп." not in text and "согласия от" not in text
    flat = compact(pdf_text(statement.pdf))
    assert compact("Өтініш беруші") in flat and "01.03.2026" in flat
    assert [e.kind for e in letter_register(org)] == [
        LetterKind.CONSENT_FORM,
        LetterKind.POLICE_STATEMENT,
    ]
    assert not any(e.emergency_override for e in letter_register(org))


def test_a_kept_letter_moved_to_another_entry_is_reported_as_damage(
    org: ws.Workspace, db: Database
) -> None:
    number = rich_case(org)
    first = issue_letter(org, number, "police_checks", "ru", on=ON)
    second = issue_letter(org, number, "social", "ru", on=ON)
    with db.engine.begin() as conn:
        blob = conn.execute(
            select(OutgoingLetter.pdf_ct).where(OutgoingLetter.sha256 == first.sha256)
        ).scalar_one()
        conn.execute(
            update(OutgoingLetter).where(OutgoingLetter.sha256 == second.sha256).values(pdf_ct=blob)
        )
    with pytest.raises(DamagedRecord):
        issued_letter_pdf(org, second.sha256)
    assert issued_letter_pdf(org, first.sha256) == first.pdf
    get_case(org, number)  # the case itself is still whole: the letters are checked on opening
