"""The legal basis as dated data: each letter cites the act in force on its own date, only what
is sourced, and the limits the reminders use."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.domain import dates
from caseapp.domain.enums import LetterKind
from caseapp.letters.addressee import police_head
from caseapp.letters.builders import LetterBuilder, placeholder_values
from caseapp.letters.law import TOPICS, legal_basis
from caseapp.letters.texts import shipped_text
from tests.letters.sample import LANGS, facts

CHANGE = date(2026, 3, 2)  # the law of 30.12.2025 № 245-VIII applies from this day


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_before_the_change_cites_the_2009_law(lang: str) -> None:
    cited = placeholder_values(facts(on=date(2026, 3, 1)), lang)["law_prevention"]
    assert "214-IV" in cited and "245-VIII" not in cited


@pytest.mark.parametrize("lang", LANGS)
def test_a_letter_from_the_change_on_cites_the_2025_law(lang: str) -> None:
    for on in (CHANGE, date(2026, 11, 30)):
        cited = placeholder_values(facts(on=on), lang)["law_prevention"]
        assert "245-VIII" in cited and "214-IV" not in cited
    assert "30" in cited and "2025" in cited


def test_each_act_has_a_name_number_date_and_source_in_every_language() -> None:
    basis = legal_basis()
    for act in basis.acts:
        assert act.source.startswith("https://adilet.zan.kz/")
        assert act.topic in TOPICS
        for lang in LANGS:
            assert act.number in act.titles[lang] and act.number in act.by[lang]
            assert str(act.adopted.year) in act.titles[lang]
            # An article is printed only when the data lists it as sourced.
            for article in act.articles:
                assert article in act.by[lang]
            if not act.articles:
                assert not any(w in act.by[lang] for w in ("стать", "бап", "article"))


def test_acts_of_a_topic_never_overlap_and_leave_no_gap_since_2015() -> None:
    basis = legal_basis()
    for topic in TOPICS:
        for on in (date(2015, 1, 1), date(2026, 3, 1), CHANGE, date(2030, 1, 1)):
            assert sum(a.applies_on(on) for a in basis.acts if a.topic == topic) == 1, (topic, on)


def test_a_violated_order_cites_article_461_of_the_administrative_code() -> None:
    values = placeholder_values(facts(), "ru")
    assert "статьёй 461" in values["law_offences"] and "235-V" in values["law_offences"]
    assert "226-V" in values["law_criminal"]  # no article: battery's number is not cited


def test_the_limits_are_those_the_reminders_use() -> None:
    limits = legal_basis().limits_on(date(2026, 11, 30))
    assert limits.order_days == dates.MAX_ORDER_DAYS
    assert limits.check_days == dates.CHECK_INTERVAL_DAYS
    assert limits.shelter_months == dates.SHELTER_MONTHS


@pytest.mark.parametrize("lang", LANGS)
def test_the_seven_day_check_is_the_centres_request_never_a_cited_rule(lang: str) -> None:
    text = shipped_text(LetterKind.POLICE_CHECKS, lang)
    body = " ".join(text.body)
    assert "{check_days}" in body
    request = next(p for p in text.body if "{check_days}" in p)
    assert any(w in request for w in ("Просим", "сұраймыз", "We ask"))
    assert "{law_" not in request


@pytest.mark.parametrize("lang", LANGS)
def test_the_police_letter_cites_the_law_of_its_date(lang: str) -> None:
    kind = LetterKind.POLICE_CHECKS
    for on, number in ((date(2026, 2, 20), "214-IV"), (date(2026, 3, 25), "245-VIII")):
        builder = LetterBuilder(kind, lang, shipped_text(kind, lang), facts(on=on))
        assert number in " ".join(builder.document("1/2026").paragraphs)


@pytest.mark.parametrize(
    ("unit", "lang", "addressee"),
    [
        ("Управление полиции Алмалинского района", "ru", "Начальнику\nУправления полиции"),
        ("Отдел полиции Сарыагашского района", "ru", "Начальнику\nОтдела полиции"),
        ("Районный отдел полиции", "ru", "Начальнику\nРайонного отдела полиции"),
        ("УП Алмалинского района", "ru", "Начальнику\nУП Алмалинского района"),
        ("Полиция Алматы", "ru", "Начальнику органа полиции\n(Полиция Алматы)"),
        ("Алмалы ауданының полиция басқармасы", "kk", "басқармасының\nбастығына"),
        ("Управление полиции Алмалинского района", "kk", "Полиция органының бастығына\n("),
        ("Almaly District Police Department", "en", "To the Head of\nAlmaly District"),
        ("Управление полиции Алмалинского района", "en", "To the Head of the police unit\n("),
    ],
)
def test_the_police_addressee_is_declined_and_never_opens_in_another_language(
    unit: str, lang: str, addressee: str
) -> None:
    head = police_head(unit, lang)
    assert addressee in head
    assert "Начальнику\nУправление" not in head  # the nominative after «Начальнику» is wrong
    if lang != "ru":
        assert not head.startswith(unit) or (lang == "kk" and "басқармасы" in unit)
