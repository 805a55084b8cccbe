"""The checks of a letter text part by part: every mistake one sentence naming the part and the
placeholder, a misspelt placeholder answered with the one meant, and the placeholders a kind of
letter cannot fill refused; a malformed TOML said in words."""

from __future__ import annotations

import pytest

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import InvalidInput
from caseapp.letters.placeholders import BY_NAME, PLACEHOLDER_LIST, accepted_by
from caseapp.letters.text_check import Part, check_for_kind, check_parts
from caseapp.letters.texts import (
    PERSONAL_PLACEHOLDERS,
    PLACEHOLDERS,
    LetterText,
    parse_letter_text,
    shipped_text,
)
from tests.letters.sample import LANGS

CHECKS = LetterKind.POLICE_CHECKS


def messages(kind: LetterKind, *body: str, addressee: str = "A", title: str = "T") -> list[str]:
    return [m.message for m in check_parts(kind, addressee, title, body)]


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_shipped_text_passes_the_checks_of_its_own_kind(kind: LetterKind) -> None:
    for lang in LANGS:
        check_for_kind(kind, shipped_text(kind, lang))


def test_each_placeholder_is_declared_once_with_a_meaning_and_a_kind_that_fills_it() -> None:
    assert [p.name for p in PLACEHOLDER_LIST] == list(PLACEHOLDERS)
    assert len(BY_NAME) == len(PLACEHOLDER_LIST)
    assert set(BY_NAME) >= PERSONAL_PLACEHOLDERS
    for placeholder in PLACEHOLDER_LIST:
        assert placeholder.meaning.strip() and placeholder.kinds
    # The missed checks only in the letter about them; the order's details only in the letters
    # issued about an order; the children in the letters that take them along.
    assert {k for k in LetterKind if "missed_checks" in {p.name for p in accepted_by(k)}} == {
        LetterKind.POLICE_CHECKS
    }
    social = {p.name for p in accepted_by(LetterKind.SOCIAL)}
    assert "order_expires_on" not in social and "children" in social and "client" in social


def test_a_misspelt_placeholder_names_the_part_and_the_one_meant() -> None:
    assert messages(CHECKS, "Действует до {order_ends}.", "Просим.") == [
        "The part «Paragraph 1» uses {order_ends}, which this letter does not know. "
        "Did you mean {order_expires_on}?"
    ]
    assert messages(CHECKS, "x", addressee="{polise_head}") == [
        "The part «Addressee» uses {polise_head}, which this letter does not know. "
        "Did you mean {police_head}?"
    ]
    assert messages(CHECKS, "{xyzzy}") == [
        "The part «Paragraph 1» uses {xyzzy}, which this letter does not know: pick a "
        "placeholder from the list."
    ]


def test_a_placeholder_the_kind_cannot_fill_is_refused() -> None:
    assert messages(LetterKind.SOCIAL, "Пропущены: {missed_checks}.") == [
        "The part «Paragraph 1» uses {missed_checks}, which this kind of letter cannot fill: "
        "pick a placeholder from the list."
    ]
    assert messages(CHECKS, "Пропущены: {missed_checks}.") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Клиент {client",
            "The part «Paragraph 1» opens a placeholder with { but never closes it: write a "
            "placeholder as {client}, or {{ for a brace itself.",
        ),
        (
            "Клиент client}",
            "The part «Paragraph 1» has a closing } with no opening one: write a placeholder as "
            "{client}, or }} for a brace itself.",
        ),
        ("   \n ", "The part «Paragraph 1» is empty: write its text or remove the paragraph."),
        (
            "Живёт: {room}",
            "The part «Paragraph 1» uses {room}, but letters never print the client's address, "
            "the shelter, a room or where the client stays.",
        ),
        (
            "{client!r}",
            "The part «Paragraph 1» gives {client} a format: write the bare placeholder {client}.",
        ),
        ("Скобки {{так}} можно.", None),
    ],
)
def test_each_mistake_is_one_sentence(body: str, expected: str | None) -> None:
    assert messages(CHECKS, body) == ([expected] if expected else [])


def test_every_part_with_a_mistake_is_named_and_an_empty_title_too() -> None:
    found = check_parts(CHECKS, "{police_head}", "", ("ok {client}", "{order_ends}", "{client"))
    assert [m.part for m in found] == [Part("title"), Part("body", 1), Part("body", 2)]
    assert found[0].message == "The part «Title» is empty: write its text."


def test_the_check_of_a_whole_text_raises_the_first_mistake() -> None:
    text = LetterText("{police_head}", "T", ("{order_ends}",))
    with pytest.raises(InvalidInput) as raised:
        check_for_kind(CHECKS, text)
    assert "«Paragraph 1»" in raised.value.message and "{order_expires_on}" in raised.value.message


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            'addressee = "A"\ntitle = "T"\nbody = [\n  "one",\n  "two\n]\n',
            "The letter text cannot be read at line 5: a text in quotation marks is not closed, "
            "or holds a line break or a tab.",
        ),
        (
            'addressee = "A"\ntitle = T\nbody = ["x"]\n',
            "The letter text cannot be read at line 2: a value is not written in quotation marks.",
        ),
        (
            'addressee = "A"\naddressee = "B"\ntitle = "T"\nbody = ["x"]\n',
            "The letter text cannot be read at line 2: a part of the letter is given twice.",
        ),
    ],
)
def test_a_malformed_toml_is_said_in_words(source: str, expected: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_letter_text(source)
    assert raised.value.message == expected
    assert "column" not in raised.value.message
