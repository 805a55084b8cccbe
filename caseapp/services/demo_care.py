"""The demo's risk assessments and safety plans: invented answers and words, so the Risk and
Safety plan tabs, Today's reassessment and review reminders and the printouts have something to
show. Drawn from their own random stream, so the demo's other records stay what they were."""

from __future__ import annotations

import random
from datetime import date, timedelta

from caseapp.domain import records as rec
from caseapp.domain.enums import RiskLevel
from caseapp.domain.risk import QUESTION_CODES, Answer, Assessment, Thresholds
from caseapp.domain.safety_plan import BAG_ITEMS, SafetyPlan

_RAISE_TO = {RiskLevel.STANDARD: RiskLevel.MEDIUM, RiskLevel.MEDIUM: RiskLevel.HIGH}
_REASONS = (
    "Соседка сообщила о новых угрозах после выдачи предписания (demo).",
    "Ол соңғы аптада жұмыс орнына бірнеше рет келген (demo).",
    "She fears for her life more than the answers show (demo).",
)
_PLANS = {
    "ru": {
        "warning_signs": "Он пьёт и не отвечает на звонки матери; кричит из-за денег.",
        "safe_people": "Сестра Дана (demo) — +7 700 000 0001; соседка Ольга (demo).",
        "code_word": "«Синий зонт» — сестра звонит в полицию.",
        "how_to_leave": "Через подъезд во двор, такси по номеру из телефона сестры.",
        "emergency_bag": "Сумка у сестры, собрана.",
        "children_plan": "Дети знают номер 102 и идут к соседке.",
        "phone_online_safety": "Новый пароль на телефоне, геолокация выключена.",
        "who_does_what": "Соцработник звонит участковому; юрист готовит заявление в суд.",
    },
    "kk": {
        "warning_signs": "Ол ішіп келіп, ақша туралы айқайлай бастаса.",
        "safe_people": "Апасы Сәуле (demo) — +7 700 000 0002.",
        "code_word": "«Қызыл алма» — апасы полицияға хабарласады.",
        "how_to_leave": "Есіктен шығып, көршінің үйіне барады.",
        "emergency_bag": "Сөмке апасында тұр.",
        "children_plan": "Балалар 102 нөмірін біледі.",
        "phone_online_safety": "Телефондағы геолокация өшірілген.",
        "who_does_what": "Әлеуметтік қызметкер учаскелік полиция инспекторына хабарласады.",
    },
    "en": {
        "warning_signs": "He comes home drunk and shouts about money.",
        "safe_people": "Her friend Madina (demo), +7 700 000 0003.",
        "code_word": "'Green tea': her friend calls the police.",
        "how_to_leave": "By the back stairs to the neighbour's flat.",
        "emergency_bag": "Packed, at her friend's.",
        "children_plan": "The children know to dial 102.",
        "phone_online_safety": "Location sharing is off; a new phone password.",
        "who_does_what": "The case worker calls the district officer.",
    },
}


def add_care(rng: random.Random, record: rec.CaseRecord, today: date, *, due: bool) -> None:
    """Assessments for about half the cases (some raised with a reason), a safety plan for a
    fifth; ``due``: this case's plan is reviewed tomorrow, so Today shows it."""
    span = (today - record.opened_on).days
    if rng.random() < 0.5 or due:
        for _ in range(rng.randrange(1, 3)):
            answers = {
                code: rng.choice([Answer.NO] * 3 + [Answer.YES] * 2 + [Answer.UNKNOWN])
                for code in QUESTION_CODES
                if rng.random() < 0.9
            }
            assessment = Assessment(
                record.opened_on + timedelta(days=rng.randrange(0, span + 1)), answers
            )
            raise_to = _RAISE_TO.get(assessment.computed(Thresholds()))
            if raise_to is not None and rng.random() < 0.2:
                assessment.raised_to, assessment.reason = raise_to, rng.choice(_REASONS)
            record.risk_assessments.append(assessment)
        record.risk_assessments.sort(key=lambda a: a.assessed_on)
    if rng.random() < 0.2 or due:
        lang = rng.choice(["ru", "ru", "kk", "en"])
        made = record.opened_on + timedelta(days=rng.randrange(0, span + 1))
        review = made + timedelta(days=30)
        if due:
            made = max(record.opened_on, today - timedelta(days=29))
            review = today + timedelta(days=1)
        record.safety_plans.append(
            SafetyPlan(
                made_on=made,
                review_on=review,
                lang=lang,
                parts=dict(_PLANS[lang]),
                bag=[item for item in BAG_ITEMS if rng.random() < 0.7],
            )
        )
