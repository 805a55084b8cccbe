"""The address book: the bodies and officials an office writes to, and which of them a letter of
each kind may go to.

An entry serves one kind of recipient. Per language (ru, kk, en) it holds the addressee lines as
they print — the official's position and name already declined («Начальнику …», «… бастығына»,
«To the Head of …») — the body's name and its address. Nothing is declined here: what a person
typed is what the letter prints, line by line, in the letter's own language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

LANGS: Final = ("ru", "kk", "en")


class AddresseeKind(StrEnum):
    """The kinds of recipient letters go to: the consent kinds, and the bodies some letters
    name beside them (a family support centre, the guardianship body, the prosecutor)."""

    POLICE = "police"
    COURT = "court"
    MEDICAL = "medical"
    LEGAL_AID = "legal_aid"
    SHELTER = "shelter"
    SOCIAL = "social"
    FAMILY_SUPPORT_CENTRE = "family_support_centre"
    GUARDIANSHIP = "guardianship"
    PROSECUTOR = "prosecutor"


_POLICE: Final = (AddresseeKind.POLICE, AddresseeKind.PROSECUTOR)

ADDRESSEES_FOR: Final[Mapping[LetterKind, tuple[AddresseeKind, ...]]] = {
    LetterKind.POLICE_CHECKS: _POLICE,
    LetterKind.POLICE_SERVE: _POLICE,
    LetterKind.POLICE_VIOLATION: _POLICE,
    LetterKind.POLICE_FORENSIC: _POLICE,
    LetterKind.POLICE_STATEMENT: _POLICE,
    LetterKind.COURT_REQUIREMENTS: (AddresseeKind.COURT,),
    LetterKind.MEDICAL_CERTIFICATE: (AddresseeKind.MEDICAL,),
    LetterKind.LEGAL_AID: (AddresseeKind.LEGAL_AID,),
    LetterKind.SHELTER_REFERRAL: (AddresseeKind.SHELTER,),
    LetterKind.SOCIAL: (AddresseeKind.SOCIAL, AddresseeKind.FAMILY_SUPPORT_CENTRE),
    LetterKind.FAMILY_SUPPORT_CENTRE: (AddresseeKind.FAMILY_SUPPORT_CENTRE, AddresseeKind.SOCIAL),
    LetterKind.MINOR_AT_RISK: (AddresseeKind.POLICE, AddresseeKind.GUARDIANSHIP),
    LetterKind.CONSENT_FORM: (),
}
"""The kinds of entry offered for a letter of each kind, the usual one first."""

FIELDS: Final = ("position", "name", "body", "address")
"""The parts of an entry given per language, in the order the addressee block prints them."""

LIMITS: Final[Mapping[str, int]] = {
    "position": 200,
    "name": 120,
    "body": 250,
    "address": 200,
    "phone": 40,
    "email": 120,
}

_FIELD_NAMES: Final[Mapping[str, str]] = {
    "position": QT_TRANSLATE_NOOP("errors", "The addressee's position"),
    "name": QT_TRANSLATE_NOOP("errors", "The official's name"),
    "body": QT_TRANSLATE_NOOP("errors", "The body's name"),
    "address": QT_TRANSLATE_NOOP("errors", "The body's address"),
    "phone": QT_TRANSLATE_NOOP("errors", "The phone number"),
    "email": QT_TRANSLATE_NOOP("errors", "The e-mail address"),
}


@dataclass
class Addressee:
    """One entry: ``texts[lang][field]`` for lang in LANGS and field in FIELDS."""

    kind: AddresseeKind
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    phone: str = ""
    email: str = ""
    office_id: str | None = None
    id: str | None = None
    version: int = 0

    def text(self, lang: str, name: str) -> str:
        return self.texts.get(lang, {}).get(name, "")

    def has_language(self, lang: str) -> bool:
        return any(self.text(lang, f) for f in ("position", "name", "body"))

    def label(self, lang: str) -> str:
        """One line naming the entry in a list: the body and the official, in `lang` if it has
        them, else in the first language that does."""
        for each in (lang, *LANGS):
            parts = [self.text(each, "body"), self.text(each, "name")]
            shown = " — ".join(" ".join(p.split()) for p in parts if p.strip())
            if shown:
                return shown
        return ""


def block(entry: Addressee, lang: str) -> str:
    """The addressee block a letter in `lang` prints: position, body, name and address, each as
    written, one line or more each; "" when the entry has nothing in that language."""
    if not entry.has_language(lang):
        return ""
    lines = [entry.text(lang, "position"), entry.text(lang, "body"), entry.text(lang, "name")]
    lines.append(entry.text(lang, "address"))
    return "\n".join(line.strip() for line in lines if line.strip())


def _clean(name: str, value: str, multiline: bool) -> str:
    if multiline:
        lines = [" ".join(line.split()) for line in value.splitlines()]
        text = "\n".join(line for line in lines if line)
    else:
        text = " ".join(value.split())
    if any(ord(c) < 32 and c != "\n" for c in text):
        raise InvalidInput(
            name,
            QT_TRANSLATE_NOOP("errors", "{what} holds control characters."),
            what=_FIELD_NAMES[name],
        )
    if len(text) > LIMITS[name]:
        raise InvalidInput(
            name,
            QT_TRANSLATE_NOOP("errors", "{what} is longer than {limit} characters."),
            what=_FIELD_NAMES[name],
            limit=LIMITS[name],
        )
    return text


def cleaned(entry: Addressee) -> Addressee:
    """The entry as stored (spaces tidied, empty languages dropped), or `InvalidInput` naming
    the field in words."""
    try:
        kind = AddresseeKind(entry.kind)
    except ValueError:
        raise InvalidInput(
            "kind", QT_TRANSLATE_NOOP("errors", "Choose the kind of recipient.")
        ) from None
    texts: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        own = {f: _clean(f, entry.text(lang, f), f != "name") for f in FIELDS}
        if any(own.values()):
            texts[lang] = own
    result = Addressee(
        kind=kind,
        texts=texts,
        phone=_clean("phone", entry.phone, False),
        email=_clean("email", entry.email, False),
        office_id=entry.office_id,
        id=entry.id,
        version=entry.version,
    )
    if not any(result.has_language(lang) for lang in LANGS):
        raise InvalidInput(
            "body",
            QT_TRANSLATE_NOOP(
                "errors",
                "Give the body's name, or the official's position or name, in at least one "
                "language.",
            ),
        )
    if result.email and ("@" not in result.email or " " in result.email):
        raise InvalidInput("email", QT_TRANSLATE_NOOP("errors", "The e-mail address is not valid."))
    return result
