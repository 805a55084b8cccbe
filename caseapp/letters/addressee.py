"""The addressee of a police letter: the head of the unit that issued the order, declined.

A unit's name is recorded as written on the order, in the nominative («Управление полиции
Алмалинского района»). The Russian addressee is in the dative of «начальник» with the unit in
the genitive («Начальнику Управления полиции …»): the usual head words are declined here, an
abbreviation («УП …») needs nothing, and any other name is set on its own line after a generic
head rather than declined wrongly. The Kazakh and English addressees never open with a Russian
name: a Kazakh name ending in its head word is put in the genitive, anything else follows a
Kazakh (English) head in brackets.
"""

from __future__ import annotations

import re
from typing import Final

_RU_GENITIVE: Final = (
    ("главное управление", "Главного управления"),
    ("районное управление", "Районного управления"),
    ("городское управление", "Городского управления"),
    ("районный отдел", "Районного отдела"),
    ("городской отдел", "Городского отдела"),
    ("линейный отдел", "Линейного отдела"),
    ("управление", "Управления"),
    ("департамент", "Департамента"),
    ("отделение", "Отделения"),
    ("отдел", "Отдела"),
    ("пункт", "Пункта"),
)
_KK_HEADS: Final = ("басқармасы", "бөлімі", "бөлімшесі", "департаменті")
_CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def _ru(unit: str) -> str:
    first = unit.split()[0]
    if len(first) >= 2 and first.isupper():  # УП, ОП, ДП, РОП: abbreviations do not decline
        return f"Начальнику\n{unit}"
    lowered = unit.lower()
    for nominative, genitive in _RU_GENITIVE:
        if lowered.startswith(nominative) and (
            len(unit) == len(nominative) or not unit[len(nominative)].isalpha()
        ):
            return f"Начальнику\n{genitive}{unit[len(nominative) :]}"
    return f"Начальнику органа полиции\n({unit})"


def _kk(unit: str) -> str:
    last = unit.split()[-1].lower()
    if last in _KK_HEADS:
        ending = "ның" if unit.endswith("ы") else "нің"
        return f"{unit}{ending}\nбастығына"
    return f"Полиция органының бастығына\n({unit})"


def _en(unit: str) -> str:
    if not _CYRILLIC.search(unit):
        return f"To the Head of\n{unit}"
    return f"To the Head of the police unit\n({unit})"


def police_head(unit: str, lang: str) -> str:
    """The addressee block for the head of `unit` in the letter's language."""
    unit = " ".join(unit.split())
    if not unit:
        return ""
    return {"ru": _ru, "kk": _kk}.get(lang, _en)(unit)
