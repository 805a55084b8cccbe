"""Letter kinds: the old names scripts still use, and the consent each kind needs.

Consents name a kind of recipient (police, court, medical, legal aid, shelter, social); a letter
kind is a purpose, and several purposes go to one kind of recipient.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from caseapp.domain.enums import LetterKind, RecipientKind

ALIASES: Final[Mapping[str, LetterKind]] = {
    "police": LetterKind.POLICE_CHECKS,
    "court": LetterKind.COURT_REQUIREMENTS,
    "medical": LetterKind.MEDICAL_CERTIFICATE,
    "shelter": LetterKind.SHELTER_REFERRAL,
}
"""The first six kinds' names, still accepted (and found in old register rows): each stands for
the nearest purpose. ``legal_aid`` and ``social`` kept their names."""

OWN_DOCUMENTS: Final = frozenset({LetterKind.CONSENT_FORM, LetterKind.POLICE_STATEMENT})
"""Documents she signs herself: her data goes where she takes it, so no consent is asked."""

CONSENT_FOR: Final[Mapping[LetterKind, RecipientKind | None]] = {
    LetterKind.POLICE_CHECKS: RecipientKind.POLICE,
    LetterKind.POLICE_SERVE: RecipientKind.POLICE,
    LetterKind.POLICE_VIOLATION: RecipientKind.POLICE,
    LetterKind.POLICE_FORENSIC: RecipientKind.POLICE,
    LetterKind.COURT_REQUIREMENTS: RecipientKind.COURT,
    LetterKind.MEDICAL_CERTIFICATE: RecipientKind.MEDICAL,
    LetterKind.LEGAL_AID: RecipientKind.LEGAL_AID,
    LetterKind.SHELTER_REFERRAL: RecipientKind.SHELTER,
    LetterKind.SOCIAL: RecipientKind.SOCIAL,
    # A family support centre is a social service of the akimat (law of 30.12.2025 № 245-VIII).
    LetterKind.FAMILY_SUPPORT_CENTRE: RecipientKind.SOCIAL,
    # The report about a child goes to the police (or the guardianship body, with the police's
    # consent kind too: both are state bodies protecting the child).
    LetterKind.MINOR_AT_RISK: RecipientKind.POLICE,
    LetterKind.CONSENT_FORM: None,
    LetterKind.POLICE_STATEMENT: None,
}
"""The consent kind a letter of each kind relies on; None for her own documents."""


def letter_kind(code: str) -> LetterKind | None:
    """The kind a code names, an old alias included; None for anything else."""
    try:
        return LetterKind(code)
    except ValueError:
        return ALIASES.get(code)


def consent_kind(kind: LetterKind) -> RecipientKind | None:
    return CONSENT_FOR[kind]


def kind_codes(kind: LetterKind) -> tuple[str, ...]:
    """The codes a register row of this kind may carry: its own and its old aliases."""
    return (kind.value, *(alias for alias, k in ALIASES.items() if k is kind))


def answers_violation(code: str) -> bool:
    """Whether a letter of this code answers a violation found at a check: the violation letter,
    or the one police letter of the first design."""
    return code in ("police", LetterKind.POLICE_VIOLATION.value)
