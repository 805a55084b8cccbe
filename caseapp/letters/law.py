"""The legal basis letters cite, read from ``resources/letters/law.toml``: each act's official
name, number, date, articles and the dates it applies, and the legal limits.

A letter cites, for each topic (``prevention``, ``order_violation``, ``criminal``,
``criminal_procedure``), the act that applies on the letter's own date: a letter dated
1 March 2026 cites the 2009 law on the prevention of domestic violence, one dated 2 March 2026
the law of 30 December 2025 № 245-VIII.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Final

TOPICS: Final = ("prevention", "order_violation", "criminal", "criminal_procedure", "personal_data")


@dataclass(frozen=True)
class Act:
    key: str
    topic: str
    number: str
    adopted: date
    applies_from: date | None
    applies_until: date | None
    articles: tuple[str, ...]
    source: str
    titles: Mapping[str, str]  # the official name, per language
    by: Mapping[str, str]  # "в соответствии с …" / "… сәйкес" / "under …", per language

    def applies_on(self, on: date) -> bool:
        return (self.applies_from is None or self.applies_from <= on) and (
            self.applies_until is None or on <= self.applies_until
        )


@dataclass(frozen=True)
class Limits:
    applies_from: date
    order_days: int
    check_days: int
    shelter_months: int


@dataclass(frozen=True)
class LegalBasis:
    acts: tuple[Act, ...]
    limits: tuple[Limits, ...]

    def act(self, topic: str, on: date) -> Act | None:
        """The act of a topic that applies on a date, or None."""
        return next((a for a in self.acts if a.topic == topic and a.applies_on(on)), None)

    def limits_on(self, on: date) -> Limits:
        return max(
            (lim for lim in self.limits if lim.applies_from <= on),
            key=lambda lim: lim.applies_from,
            default=self.limits[0],
        )


def _date(value: object) -> date | None:
    return value if isinstance(value, date) else None


def parse_legal_basis(source: str) -> LegalBasis:
    data = tomllib.loads(source)
    acts = tuple(
        Act(
            key=a["key"],
            topic=a["topic"],
            number=a["number"],
            adopted=a["adopted"],
            applies_from=_date(a.get("from")),
            applies_until=_date(a.get("until")),
            articles=tuple(a.get("articles", ())),
            source=a["source"],
            titles={lang: a[lang]["title"] for lang in ("ru", "kk", "en")},
            by={lang: a[lang]["by"] for lang in ("ru", "kk", "en")},
        )
        for a in data["acts"]
    )
    limits = tuple(
        Limits(lim["from"], lim["order_days"], lim["check_days"], lim["shelter_months"])
        for lim in data["limits"]
    )
    return LegalBasis(acts, limits)


@cache
def legal_basis() -> LegalBasis:
    folder = resources.files("caseapp.resources").joinpath("letters")
    return parse_legal_basis(folder.joinpath("law.toml").read_text("utf-8"))
