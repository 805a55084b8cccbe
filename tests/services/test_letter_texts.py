"""The organisation's letter texts in the services: a text a kind of letter cannot fill is refused
naming the part, and the editor's preview lays a text out on a fictitious case, writing nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from caseapp.domain.enums import LetterKind
from caseapp.letters.texts import LetterText, shipped_source, shipped_text
from caseapp.services import workspace as ws
from caseapp.services.errors import InvalidInput
from caseapp.services.letter_preview import preview_letter_text
from caseapp.services.letter_texts import letter_text_source, set_letter_text
from caseapp.storage.models import AuditEntry, EditedLetterText
from tests.letters.sample import ORG_NAMES, compact, pdf_text, set_up_organisation


@pytest.fixture
def org(admin: ws.Workspace) -> ws.Workspace:
    set_up_organisation(admin)
    return admin


def counts(workspace: ws.Workspace) -> tuple[int, int]:
    with workspace.session() as session:
        audit = session.scalar(select(func.count()).select_from(AuditEntry))
        texts = session.scalar(select(func.count()).select_from(EditedLetterText))
        return int(audit or 0), int(texts or 0)


def test_a_placeholder_the_kind_cannot_fill_is_refused_and_nothing_is_stored(
    org: ws.Workspace,
) -> None:
    base = shipped_text(LetterKind.SOCIAL, "ru")
    before = counts(org)
    text = LetterText(base.addressee, base.title, (*base.body[:-1], "Пропущены: {missed_checks}."))
    with pytest.raises(InvalidInput) as raised:
        set_letter_text(org, "social", "ru", text)
    last = len(base.body)
    assert raised.value.message == (
        f"The part «Paragraph {last}» uses {{missed_checks}}, which this kind of letter cannot "
        "fill: pick a placeholder from the list."
    )
    assert counts(org) == before
    assert letter_text_source(org, "social", "ru") == shipped_source(LetterKind.SOCIAL, "ru")


def test_a_malformed_toml_is_refused_in_words(org: ws.Workspace) -> None:
    source = shipped_source(LetterKind.SOCIAL, "kk").replace('title = "', "title = ", 1)
    with pytest.raises(InvalidInput) as raised:
        set_letter_text(org, "social", "kk", source)
    assert raised.value.message.startswith("The letter text cannot be read at line 4: ")
    assert "column" not in raised.value.message


def test_the_preview_is_the_letter_on_a_fictitious_case_and_writes_nothing(
    org: ws.Workspace,
) -> None:
    before = counts(org)
    base = shipped_text(LetterKind.POLICE_CHECKS, "kk")
    text = LetterText(base.addressee, base.title, ("Үлгі абзац {missed_checks}.", *base.body))
    pdf = preview_letter_text(org, "police_checks", "kk", text, on=date(2026, 11, 13))
    printed = compact(pdf_text(pdf))
    assert compact(ORG_NAMES["kk"]) in printed  # the organisation's own letterhead
    assert compact("Үлгі абзац 11.11.2026.") in printed  # a missed check of the sample case
    assert counts(org) == before
    with pytest.raises(InvalidInput):
        preview_letter_text(org, "social", "kk", text)
