"""A letter text shown as it would print, on a fictitious case: the letter-texts editor's live
preview. Reads the letterhead and the author's own details; writes nothing, audits nothing."""

from __future__ import annotations

import os
from datetime import date

from caseapp.domain.enums import LetterKind
from caseapp.letters.builders import OrganisationFacts, StaffFacts
from caseapp.letters.preview import preview_document, sample_facts
from caseapp.letters.text_check import check_for_kind
from caseapp.letters.texts import LetterText, check_kind, check_lang
from caseapp.services.letters import letter_renderer
from caseapp.services.workspace import Workspace
from caseapp.storage.models import Staff


def preview_letter_text(
    workspace: Workspace,
    kind: LetterKind | str,
    lang: str,
    text: LetterText,
    *,
    on: date | None = None,
    font: str | os.PathLike[str] | None = None,
) -> bytes:
    """The PDF of `text` filled from a fictitious case, as a letter of `kind` would print on `on`
    (today by default), in memory only. The letterhead is the organisation's and the executor
    her own when recorded (else sample ones). `InvalidInput` naming the part for a text the
    editor must not save; `FontNotFound` when the configured font cannot be used."""
    letter_kind, lang = check_kind(str(kind)), check_lang(lang)
    check_for_kind(letter_kind, text)
    on = on or date.today()
    with workspace.session() as session:
        org = workspace.organisation(session)
        staff = session.get_one(Staff, workspace.actor.staff_id)
        name = str(getattr(org, f"name_{lang}") or "")
        address = {"kk": org.address_kk, "en": org.address_en}.get(lang) or org.address
        letterhead = OrganisationFacts(name, address, org.phone, org.bin, org.director)
        author = StaffFacts(staff.full_name, staff.position, staff.phone)
    facts = sample_facts(
        letter_kind, lang, on, letterhead, author if author.full_name.strip() else None
    )
    return letter_renderer(font).render(preview_document(letter_kind, lang, text, facts))
