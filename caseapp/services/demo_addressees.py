"""The demo's address book: a few fictitious bodies and officials for each office, in Russian,
Kazakh and English, so the letter dialog has entries to offer. Every name is made up and marked
"(demo)"; none is a real official's."""

from __future__ import annotations

from caseapp.domain.address_book import Addressee, AddresseeKind
from caseapp.services.address_book import add_entry
from caseapp.services.workspace import Workspace

# (kind, {lang: (position, body, name, address)}) per office; {city} is the office's town.
_ENTRIES: tuple[tuple[AddresseeKind, dict[str, tuple[str, str, str, str]]], ...] = (
    (
        AddresseeKind.POLICE,
        {
            "ru": (
                "Начальнику",
                "Управления полиции района «Демо» г. {city_ru}",
                "полковнику полиции Примерову А. А. (demo)",
                "г. {city_ru}, ул. Примерная, 10",
            ),
            "kk": (
                "",
                "{city_kk} қаласы «Демо» ауданының полиция басқармасының бастығына",
                "полиция полковнигі А. А. Примеровқа (demo)",
                "{city_kk} қ., Үлгі к-сі, 10",
            ),
            "en": (
                "To the Head of",
                "the Police Department of the Demo District, {city_en}",
                "Colonel A. Primerov (demo)",
                "10 Example St, {city_en}",
            ),
        },
    ),
    (
        AddresseeKind.COURT,
        {
            "ru": (
                "Председателю",
                "Районного суда «Демо» г. {city_ru}",
                "Образцовой Б. Б. (demo)",
                "г. {city_ru}, пр. Образцовый, 5",
            ),
            "kk": (
                "",
                "{city_kk} қаласы «Демо» аудандық сотының төрағасына",
                "Б. Б. Образцоваға (demo)",
                "{city_kk} қ., Үлгі даңғылы, 5",
            ),
            "en": (
                "To the Chair of",
                "the Demo District Court, {city_en}",
                "Ms B. Obraztsova (demo)",
                "5 Example Ave, {city_en}",
            ),
        },
    ),
    (
        AddresseeKind.MEDICAL,
        {
            "ru": (
                "Главному врачу",
                "Городской поликлиники «Демо» г. {city_ru}",
                "Тестову В. В. (demo)",
                "г. {city_ru}, ул. Больничная, 3",
            ),
            "kk": (
                "",
                "{city_kk} қаласының «Демо» емханасының бас дәрігеріне",
                "В. В. Тестовқа (demo)",
                "{city_kk} қ., Аурухана к-сі, 3",
            ),
            "en": (
                "To the Chief Physician of",
                "the Demo City Polyclinic, {city_en}",
                "Dr V. Testov (demo)",
                "3 Hospital St, {city_en}",
            ),
        },
    ),
    (
        AddresseeKind.FAMILY_SUPPORT_CENTRE,
        {
            "ru": (
                "Руководителю",
                "Центра поддержки семьи «Демо» г. {city_ru}",
                "Услововой Г. Г. (demo)",
                "г. {city_ru}, ул. Семейная, 7",
            ),
            "kk": (
                "",
                "{city_kk} қаласының «Демо» отбасын қолдау орталығының басшысына",
                "Г. Г. Услововаға (demo)",
                "{city_kk} қ., Отбасы к-сі, 7",
            ),
            "en": (
                "To the Head of",
                "the Demo Family Support Centre, {city_en}",
                "Ms G. Uslovova (demo)",
                "7 Family St, {city_en}",
            ),
        },
    ),
)

_CITIES = {
    "Алматы (demo)": {"city_ru": "Алматы", "city_kk": "Алматы", "city_en": "Almaty"},
    "Каскелен (demo)": {"city_ru": "Каскелен", "city_kk": "Қаскелең", "city_en": "Kaskelen"},
}


def create_demo_addressees(workspace: Workspace, office_ids: dict[str, str]) -> int:
    """A few entries for each office (by its demo name); returns how many were added."""
    added = 0
    for office_name, office_id in office_ids.items():
        city = _CITIES[office_name]
        for kind, texts in _ENTRIES:
            entry = Addressee(
                kind=kind,
                texts={
                    lang: dict(
                        zip(
                            ("position", "body", "name", "address"),
                            (part.format(**city) for part in parts),
                            strict=True,
                        )
                    )
                    for lang, parts in texts.items()
                },
                phone="+7 700 000 0000",
                office_id=office_id,
            )
            add_entry(workspace, entry)
            added += 1
    return added
