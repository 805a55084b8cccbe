"""The organisation's office address per letter language: stored encrypted, audited without it,
and printed on the letterhead of a letter in that language (else the default, Russian, one)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from caseapp.domain.enums import RecipientKind
from caseapp.services import workspace as ws
from caseapp.services.letters import issue_letter
from caseapp.services.organisation import get_settings, update_settings
from caseapp.storage.database import Database
from caseapp.storage.models import AuditEntry
from tests.letters.sample import OFFICE, compact, make_case, pdf_text, set_up_organisation

ON = date(2026, 3, 25)
ADDRESS_KK = "Алматы қ., Абай даңғылы, 10, 5-кеңсе"
ADDRESS_EN = "10 Abai Avenue, office 5, Almaty"


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)  # the default (Russian) address is OFFICE
    return admin


def _set_addresses(workspace: ws.Workspace, kk: str, en: str) -> None:
    settings = get_settings(workspace)
    settings.details.address_kk, settings.details.address_en = kk, en
    update_settings(workspace, settings)


def test_the_addresses_per_language_round_trip_encrypted(org: ws.Workspace, db: Database) -> None:
    assert get_settings(org).details.address_kk == ""  # none until recorded
    _set_addresses(org, f"  {ADDRESS_KK} ", ADDRESS_EN)

    details = get_settings(org).details
    assert (details.address, details.address_kk, details.address_en) == (
        OFFICE,
        ADDRESS_KK,
        ADDRESS_EN,
    )
    with db.engine.connect() as conn:
        [(kk, en)] = conn.execute(text("SELECT address_kk, address_en FROM organisation")).all()
    for blob, plain in ((kk, ADDRESS_KK), (en, ADDRESS_EN)):
        blob = bytes(blob)
        assert plain.encode() not in blob and blob[0] == 2
    with org.session() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "organisation.update")
        ).all()
        details_logged = [e.detail for e in entries]
    assert len(details_logged) == 2  # set_up_organisation's and ours
    assert not any("Абай" in d or "Abai" in d for d in details_logged)

    _set_addresses(org, "", "")  # cleared: stored as nothing
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT address_kk, address_en FROM organisation")).one() == (
            None,
            None,
        )


def _letterhead(workspace: ws.Workspace, lang: str) -> str:
    number = make_case(workspace)
    return compact(pdf_text(issue_letter(workspace, number, RecipientKind.POLICE, lang, on=ON).pdf))


def test_each_letter_prints_the_address_in_its_language(org: ws.Workspace) -> None:
    _set_addresses(org, ADDRESS_KK, ADDRESS_EN)
    kk, ru, en = (_letterhead(org, lang) for lang in ("kk", "ru", "en"))
    assert compact(ADDRESS_KK) in kk and compact(OFFICE) not in kk
    assert compact(OFFICE) in ru and compact(ADDRESS_KK) not in ru
    assert compact(ADDRESS_EN) in en and compact(OFFICE) not in en


def test_without_its_own_address_a_letter_prints_the_default_one(org: ws.Workspace) -> None:
    kk, en = (_letterhead(org, lang) for lang in ("kk", "en"))
    assert compact(OFFICE) in kk and compact(OFFICE) in en
    _set_addresses(org, "", ADDRESS_EN)  # English only: Kazakh letters keep the default
    assert compact(OFFICE) in _letterhead(org, "kk")
