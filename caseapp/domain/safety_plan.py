"""A safety plan written with the survivor, in her language: what she watches for, whom she
calls, her code word, how she leaves and where she goes, what is in her emergency bag, the
children's plan, her phone's and online safety, who does what, and when it is looked at again.

It is hers to carry: printed, it never names the shelter or its address (``letters.safety_plan``
prints only these parts and the dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Final

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

PARTS: Final = (
    "warning_signs",
    "safe_people",
    "code_word",
    "how_to_leave",
    "emergency_bag",
    "children_plan",
    "phone_online_safety",
    "who_does_what",
)
"""The plan's parts as text, in the order the form and the printout give them; the keys of the
``caseapp-cases/1`` import's ``safety_plans`` entries besides ``made_on`` and ``review_on``."""

BAG_ITEMS: Final = ("documents", "order_copy", "medicines", "money", "keys", "phone")
"""What the emergency bag is checked for (``emergency_bag`` says where it is and what else)."""

LANGUAGES: Final = ("ru", "kk", "en")
MAX_PART: Final = 4000
MAX_REVIEW_DAYS: Final = 366


@dataclass
class SafetyPlan:
    made_on: date
    review_on: date
    lang: str = "ru"
    parts: dict[str, str] = field(default_factory=dict)
    bag: list[str] = field(default_factory=list)  # BAG_ITEMS packed
    id: str | None = None
    author_id: str | None = None

    def part(self, name: str) -> str:
        return self.parts.get(name, "")


def validate_plan(plan: SafetyPlan, today: date) -> None:
    """One sentence naming the field for a plan that cannot be kept as it is."""
    if plan.made_on > today:
        raise InvalidInput(
            "made_on",
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the date the plan was made {date} is in the future."
            ),
            date=plan.made_on.isoformat(),
        )
    if plan.review_on < plan.made_on:
        raise InvalidInput(
            "review_on",
            QT_TRANSLATE_NOOP("errors", "The review date must not be before the plan was made."),
        )
    if (plan.review_on - plan.made_on).days > MAX_REVIEW_DAYS:
        raise InvalidInput(
            "review_on",
            QT_TRANSLATE_NOOP("errors", "The review date must be within a year of the plan."),
        )
    if plan.lang not in LANGUAGES:
        raise InvalidInput(
            "lang", QT_TRANSLATE_NOOP("errors", "The plan's language must be ru, kk or en.")
        )
    for name, text in plan.parts.items():
        if name not in PARTS:
            raise InvalidInput(
                name, QT_TRANSLATE_NOOP("errors", "{field} is not a part of the safety plan.")
            )
        if len(text) > MAX_PART:
            raise InvalidInput(
                name,
                QT_TRANSLATE_NOOP("errors", "{field} is longer than {high} characters."),
                high=MAX_PART,
            )
    for item in plan.bag:
        if item not in BAG_ITEMS:
            raise InvalidInput(
                "bag",
                QT_TRANSLATE_NOOP("errors", "{item} is not an item of the emergency bag."),
                item=item,
            )
    if not any(text.strip() for text in plan.parts.values()):
        raise InvalidInput("parts", QT_TRANSLATE_NOOP("errors", "The safety plan is empty."))
