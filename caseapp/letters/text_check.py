"""The checks of a letter text part by part, for one letter kind: each mistake one sentence that
names the part and the placeholder, in words.

`caseapp.letters.texts.parse_letter_text` checks what any text must be; this adds what the
letter-texts editor needs: which part is wrong (the addressee, the title, paragraph 3), a
suggestion for a misspelt placeholder, and the placeholders this kind of letter cannot fill. The
services run it before storing a text, so nothing the editor would refuse can be stored.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field
from string import Formatter
from typing import Final

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from caseapp.letters.placeholders import BY_NAME, accepted_by
from caseapp.letters.texts import MAX_CHARS, NEVER_PRINTED, LetterText

ADDRESSEE: Final = QT_TRANSLATE_NOOP("errors", "Addressee")
TITLE: Final = QT_TRANSLATE_NOOP("errors", "Title")


@dataclass(frozen=True)
class Part:
    """A part of a letter text: the addressee, the title, or body paragraph `index` (from 0)."""

    key: str  # "addressee", "title" or "body"
    index: int = 0

    @property
    def name(self) -> str:
        """The part in English words ("Paragraph 3"); the editor shows its own label instead."""
        if self.key == "addressee":
            return ADDRESSEE
        if self.key == "title":
            return TITLE
        return f"Paragraph {self.index + 1}"


@dataclass(frozen=True)
class TextMistake:
    """One mistake in one part: a template with ``{part}`` and its other parameters."""

    part: Part
    template: str
    params: dict[str, object] = field(default_factory=dict)

    def error(self) -> InvalidInput:
        return InvalidInput("text", self.template, part=self.part.name, **self.params)

    @property
    def message(self) -> str:
        return self.error().message


_EMPTY = QT_TRANSLATE_NOOP("errors", "The part «{part}» is empty: write its text.")
_EMPTY_PARAGRAPH = QT_TRANSLATE_NOOP(
    "errors", "The part «{part}» is empty: write its text or remove the paragraph."
)
_TOO_LONG = QT_TRANSLATE_NOOP("errors", "The part «{part}» is longer than {limit} characters.")
_CONTROL = QT_TRANSLATE_NOOP(
    "errors", "The part «{part}» holds control characters (such as a tab): remove them."
)
_UNCLOSED = QT_TRANSLATE_NOOP(
    "errors",
    "The part «{part}» opens a placeholder with {brace} but never closes it: write a "
    "placeholder as {example}, or {escaped} for a brace itself.",
)
_LONE_CLOSE = QT_TRANSLATE_NOOP(
    "errors",
    "The part «{part}» has a closing {brace} with no opening one: write a placeholder as "
    "{example}, or {escaped} for a brace itself.",
)
_NEVER = QT_TRANSLATE_NOOP(
    "errors",
    "The part «{part}» uses {name}, but letters never print the client's address, the shelter, "
    "a room or where the client stays.",
)
_UNKNOWN_LIKE = QT_TRANSLATE_NOOP(
    "errors",
    "The part «{part}» uses {name}, which this letter does not know. Did you mean {suggestion}?",
)
_UNKNOWN = QT_TRANSLATE_NOOP(
    "errors",
    "The part «{part}» uses {name}, which this letter does not know: pick a placeholder from "
    "the list.",
)
_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "The part «{part}» gives {name} a format: write the bare placeholder {bare}."
)
_NOT_FOR_KIND = QT_TRANSLATE_NOOP(
    "errors",
    "The part «{part}» uses {name}, which this kind of letter cannot fill: pick a placeholder "
    "from the list.",
)


def _brace_problem(part: Part, text: str) -> TextMistake:
    """Which brace is wrong: an opening one never closed, or a closing one alone."""
    depth = 0
    i = 0
    while i < len(text):
        pair = text[i : i + 2]
        if depth == 0 and pair in ("{{", "}}"):
            i += 2
            continue
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            if depth == 0:
                return TextMistake(
                    part, _LONE_CLOSE, {"brace": "}", "example": "{client}", "escaped": "}}"}
                )
            depth -= 1
        i += 1
    return TextMistake(part, _UNCLOSED, {"brace": "{", "example": "{client}", "escaped": "{{"})


def _suggestion(kind: LetterKind, name: str) -> str | None:
    """The placeholder of this kind of letter she most likely meant: one of its own names or of
    the names people write for it ({order_end} for {order_expires_on}), else the nearest."""
    known = {n.lower(): p.name for p in accepted_by(kind) for n in (p.name, *p.also)}
    lowered = name.lower().strip()
    if lowered in known:
        return known[lowered]
    like = difflib.get_close_matches(lowered, list(known), n=1, cutoff=0.6)
    return known[like[0]] if like else None


def _placeholder_problem(
    part: Part, kind: LetterKind, name: str, spec: str | None, conversion: str | None
) -> TextMistake | None:
    shown = "{" + name + "}"
    words = name.replace("[", ".").replace("]", ".").split(".")
    if any(word in NEVER_PRINTED for word in words):
        return TextMistake(part, _NEVER, {"name": shown})
    accepted = [p.name for p in accepted_by(kind)]
    if name not in BY_NAME:
        like = _suggestion(kind, name)
        if like is not None:
            return TextMistake(part, _UNKNOWN_LIKE, {"name": shown, "suggestion": "{" + like + "}"})
        return TextMistake(part, _UNKNOWN, {"name": shown})
    if spec or conversion:
        return TextMistake(part, _FORMAT, {"name": shown, "bare": shown})
    if name not in accepted:
        return TextMistake(part, _NOT_FOR_KIND, {"name": shown})
    return None


def check_part(kind: LetterKind, part: Part, text: str) -> TextMistake | None:
    """The first mistake in one part, or None."""
    stripped = text.strip()
    if not stripped:
        return TextMistake(part, _EMPTY_PARAGRAPH if part.key == "body" else _EMPTY)
    if len(stripped) > MAX_CHARS:
        return TextMistake(part, _TOO_LONG, {"limit": MAX_CHARS})
    if any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in stripped):
        return TextMistake(part, _CONTROL)
    try:
        fields = list(Formatter().parse(stripped))
    except ValueError:
        return _brace_problem(part, stripped)
    for _, name, spec, conversion in fields:
        if name is None:
            continue
        problem = _placeholder_problem(part, kind, name, spec, conversion)
        if problem is not None:
            return problem
    return None


def check_parts(
    kind: LetterKind, addressee: str, title: str, body: Sequence[str]
) -> list[TextMistake]:
    """Every part's first mistake, in the order the parts are written."""
    parts = [(Part("addressee"), addressee), (Part("title"), title)]
    parts += [(Part("body", i), p) for i, p in enumerate(body)]
    found = (check_part(kind, part, text) for part, text in parts)
    return [m for m in found if m is not None]


def check_for_kind(kind: LetterKind, text: LetterText) -> None:
    """`InvalidInput` naming the part for the first mistake of `text` as a letter of `kind`."""
    mistakes = check_parts(kind, text.addressee, text.title, text.body)
    if mistakes:
        raise mistakes[0].error()
