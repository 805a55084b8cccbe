"""Letter texts: data with named placeholders, one per kind and language.

A text has an addressee, a title and body paragraphs, written in TOML::

    addressee = "Начальнику\\n{order_issued_by}"
    title = "О непроведении проверок"
    body = ["{organisation} сообщает ...", "..."]

The shipped texts live in ``resources/letters/<kind>.<lang>.toml`` (installed as
``caseapp.resources``); an organisation may
store its own copy (see `caseapp.services.letter_texts.set_letter_text`). Placeholders are a fixed
allow-list: a text naming anything else -- ``{room}``, ``{address}``, ``{client.address}`` -- is
refused, so no text can reach the shelter's address, a room or the client's whereabouts.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from string import Formatter
from typing import Any, Final

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.domain.letters import ALIASES, letter_kind

LANGUAGES: Final = ("ru", "kk", "en")
"""Letter languages: Russian, Kazakh, English."""

PLACEHOLDERS: Final[Mapping[str, str]] = {
    "organisation": "the organisation's name in the letter's language",
    "client": "the client's full name",
    "iin": "the client's IIN",
    "birth_date": "the client's date of birth",
    "offender": "the offender's full name",
    "violence_types": "the forms of violence, in words",
    "order_number": "the protection order's number",
    "order_issued_by": "the police unit that issued the order",
    "order_issued_on": "the order's issue date",
    "order_expires_on": "the order's expiry date",
    "order_served_on": "the date the order was served on the offender",
    "missed_checks": "the dates on which a police check was due and none was recorded",
    "police_head": "the head of the police unit that issued the order, as an addressee",
    "violation_date": "the date a police check found the order violated",
    "incident_date": "the date of the latest incident of violence",
    "children": (
        "the children with her (her latest stay's, else her minor children on the case): how "
        "many, and their birth years"
    ),
    "minor_children": (
        "her children under 18 on the letter's date, as the case records them: how many, and "
        "their birth years"
    ),
    "law_prevention": "the law on prevention in force on the letter's date, as cited",
    "law_offences": "the Code of Administrative Offences' article on a violated order, as cited",
    "law_criminal": "the Criminal Code, as cited",
    "law_criminal_procedure": "the Criminal Procedure Code, as cited",
    "law_personal_data": "the law on personal data, as cited",
    "order_days": "the longest a protection order lasts, in days",
    "check_days": "how often the centre asks the police to check an order, in days",
    "shelter_months": "the longest stay in a shelter, in months",
    "staff": "the staff member who prepares the letter",
    "staff_position": "that staff member's position",
    "staff_phone": "that staff member's phone (else the organisation's)",
}
"""Every placeholder a letter text may use, and what it prints. Nothing else exists."""

PERSONAL_PLACEHOLDERS: Final = frozenset(
    {
        "client",
        "iin",
        "birth_date",
        "offender",
        "violence_types",
        "order_number",
        "order_issued_by",
        "order_issued_on",
        "order_expires_on",
        "order_served_on",
        "missed_checks",
        "police_head",
        "violation_date",
        "incident_date",
        "children",
        "minor_children",
    }
)
"""Placeholders that carry the client's personal data: a text using one needs consent."""

# Names an editor might try for what letters must never print; refused with a sentence that says
# why, rather than only "unknown".
_NEVER_PRINTED: Final = frozenset(
    {
        "address",
        "client_address",
        "home",
        "residence",
        "location",
        "whereabouts",
        "shelter",
        "shelter_address",
        "room",
        "bed",
        "destination",
        "departure_reason",
        "safe_contact",
    }
)

_FIELDS: Final = ("addressee", "title", "body")
_MAX_CHARS = 4_000
_MAX_PARAGRAPHS = 40


@dataclass(frozen=True)
class LetterText:
    addressee: str
    title: str
    body: tuple[str, ...]

    def parts(self) -> Iterator[str]:
        yield self.addressee
        yield self.title
        yield from self.body

    def placeholders(self) -> frozenset[str]:
        """The placeholders the text uses."""
        return frozenset(name for part in self.parts() for name in _names(part))

    @property
    def carries_personal_data(self) -> bool:
        return bool(self.placeholders() & PERSONAL_PLACEHOLDERS)

    def to_toml(self) -> str:
        """TOML source that `parse_letter_text` reads back to an equal text."""

        def quoted(text: str) -> str:
            return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML basic string

        body = ",\n".join(f"    {quoted(p)}" for p in self.body)
        return (
            f"addressee = {quoted(self.addressee)}\n"
            f"title = {quoted(self.title)}\n"
            f"body = [\n{body},\n]\n"
        )


def _problem(template: str, **params: object) -> InvalidInput:
    return InvalidInput("text", template, **params)


def _names(text: str) -> Iterator[str]:
    for _, name, _, _ in Formatter().parse(text):
        if name is not None:
            yield name


def _check_placeholders(text: str) -> None:
    try:
        fields = list(Formatter().parse(text))
    except ValueError:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "errors", "The letter text has a lone {brace}: write {escaped} for a brace itself."
            ),
            brace="'{' or '}'",
            escaped="'{{' or '}}'",
        ) from None
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        shown = "{" + name + "}"
        words = name.replace("[", ".").replace("]", ".").split(".")
        if any(word in _NEVER_PRINTED for word in words):
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The letter text uses {name}, but letters never print the client's "
                    "address, the shelter, a room or where the client stays.",
                ),
                name=shown,
            )
        if name not in PLACEHOLDERS:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The letter text uses {name}, which is not a placeholder: use {allowed}.",
                ),
                name=shown,
                allowed=", ".join("{" + p + "}" for p in PLACEHOLDERS),
            )
        if spec or conversion:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "errors", "The letter text gives {name} a format: write the bare placeholder."
                ),
                name=shown,
            )


def _check_text(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise _problem(
            QT_TRANSLATE_NOOP("errors", "'{key}' in the letter text must be text."), key=key
        )
    text = value.strip()
    if not text:
        raise _problem(QT_TRANSLATE_NOOP("errors", "'{key}' in the letter text is empty."), key=key)
    if len(text) > _MAX_CHARS:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "errors", "'{key}' in the letter text is longer than {limit} characters."
            ),
            key=key,
            limit=_MAX_CHARS,
        )
    if any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in text):
        raise _problem(
            QT_TRANSLATE_NOOP("errors", "'{key}' in the letter text holds control characters."),
            key=key,
        )
    _check_placeholders(text)
    return text


def parse_letter_text(source: str) -> LetterText:
    """Read and check a letter text; `InvalidInput` with one sentence on the first problem."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        raise _problem(
            QT_TRANSLATE_NOOP("errors", "The letter text is not valid TOML ({problem})."),
            problem=str(exc),
        ) from None
    for key in data:
        if key not in _FIELDS:
            raise _problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The letter text has an unknown field '{key}': use addressee, title and body.",
                ),
                key=key,
            )
    for key in _FIELDS:
        if key not in data:
            raise _problem(QT_TRANSLATE_NOOP("errors", "The letter text needs '{key}'."), key=key)
    body = data["body"]
    if not isinstance(body, list) or not body or len(body) > _MAX_PARAGRAPHS:
        raise _problem(
            QT_TRANSLATE_NOOP(
                "errors", "'body' in the letter text must be a list of 1 to {limit} paragraphs."
            ),
            limit=_MAX_PARAGRAPHS,
        )
    return LetterText(
        addressee=_check_text("addressee", data["addressee"]),
        title=_check_text("title", data["title"]),
        body=tuple(_check_text("body", p) for p in body),
    )


def check_kind(kind: str) -> LetterKind:
    """The letter kind (an old name stands for the nearest new kind), or `InvalidInput` naming
    the kinds that exist."""
    found = letter_kind(kind)
    if found is None:
        raise InvalidInput(
            "kind",
            QT_TRANSLATE_NOOP("errors", "The letter kind must be one of: {allowed}."),
            allowed=", ".join([*(k.value for k in LetterKind), *ALIASES]),
        )
    return found


def check_lang(lang: str) -> str:
    """The letter language, or `InvalidInput` naming the languages that exist."""
    if lang not in LANGUAGES:
        raise InvalidInput(
            "lang",
            QT_TRANSLATE_NOOP("errors", "The letter language must be one of: {allowed}."),
            allowed=", ".join(LANGUAGES),
        )
    return lang


def _resource(name: str) -> str:
    folder = resources.files("caseapp.resources").joinpath("letters")  # one name at a time:
    return folder.joinpath(name).read_text("utf-8")  # a frozen program's joinpath takes one


def shipped_source(kind: LetterKind | str, lang: str) -> str:
    """The TOML source of the text that ships with the program (an old kind name: the nearest
    new kind's)."""
    return _resource(f"{check_kind(str(kind)).value}.{lang}.toml")


@cache
def shipped_text(kind: LetterKind | str, lang: str) -> LetterText:
    return parse_letter_text(shipped_source(kind, lang))


@cache
def words(lang: str) -> Mapping[str, Any]:
    """The layout's words in a language (labels, violence types): ``common.<lang>.toml``."""
    return tomllib.loads(_resource(f"common.{lang}.toml"))


def fill(template: str, values: Mapping[str, str]) -> str:
    """Replace each placeholder by its value. Only checked texts reach here: a name outside the
    allow-list, or one without a value, is a programming error (KeyError)."""
    out: list[str] = []
    for literal, name, _, _ in Formatter().parse(template):
        out.append(literal)
        if name is not None:
            if name not in PLACEHOLDERS:
                raise KeyError(name)
            out.append(values[name])
    return "".join(out)
