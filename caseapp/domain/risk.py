"""Risk assessment: a checklist of our own wording on the factors that predict lethal or severe
violence, a score, and the organisation's thresholds that turn it into a level.

Each question is answered yes, no or don't know; an unanswered question counts as don't know.
The score adds the weights of the questions answered yes (the strongest predictors weigh 2).
The organisation sets two thresholds: a score at or above the first is a medium risk, at or above
the second a high one; below both, a standard risk. A worker's professional judgement may raise
the level (never lower it), with her reason. The case's risk is its latest assessment's level.

No Qt, no storage: the questions' words live in the user interface, keyed by these codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from caseapp.domain.enums import RiskLevel
from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


QUESTIONS: Final[tuple[tuple[str, int], ...]] = (
    ("strangulation", 2),  # he has choked or strangled her
    ("weapon_used", 2),  # he has used or threatened her with a weapon
    ("weapon_access", 1),  # he has a weapon or easy access to one
    ("threat_to_kill", 2),  # he has threatened to kill her or someone close to her
    ("threat_suicide", 1),  # he has threatened to kill himself
    ("escalation_frequency", 1),  # the violence has become more frequent
    ("escalation_severity", 1),  # the violence has become more severe
    ("recent_separation", 1),  # she has left him or tried to, in the past year
    ("pregnancy", 1),  # she is pregnant or has a baby under a year, or he hurt her when pregnant
    ("stalking", 1),  # he follows, watches or harasses her, by phone or online too
    ("threats_to_children", 1),  # he has threatened or hurt the children
    ("order_violated", 1),  # he has broken a protection order or court requirements
    ("substance_abuse", 1),  # he misuses alcohol or drugs
    ("controlling_jealousy", 1),  # he is extremely jealous or controls her daily life
    ("sexual_violence", 1),  # he has forced her into sexual acts
    ("serious_injury", 1),  # she has needed medical care for injuries he caused
    ("violence_to_others", 1),  # he has been violent to others or has a criminal record
    ("isolation", 1),  # he keeps her from family, friends or money
    ("unemployed", 1),  # he is out of work
    ("afraid_for_life", 2),  # she believes he could kill her
)
"""(code, weight) of each question, in the order the form asks them. The codes are part of the
``caseapp-cases/1`` import format (docs: README, "Risk assessment")."""

QUESTION_CODES: Final = tuple(code for code, _ in QUESTIONS)
_WEIGHTS: Final[Mapping[str, int]] = dict(QUESTIONS)
MAX_SCORE: Final = sum(_WEIGHTS.values())

DEFAULT_MEDIUM_AT: Final = 5
DEFAULT_HIGH_AT: Final = 9
REASSESS_AFTER_DAYS: Final = 30
"""A case is assessed again 30 days after its latest assessment, or sooner after an incident."""

_ORDER: Final[Mapping[RiskLevel, int]] = {
    RiskLevel.UNKNOWN: 0,
    RiskLevel.LOW: 1,
    RiskLevel.STANDARD: 1,
    RiskLevel.MEDIUM: 2,
    RiskLevel.HIGH: 3,
}
ASSESSED_LEVELS: Final = (RiskLevel.STANDARD, RiskLevel.MEDIUM, RiskLevel.HIGH)

MAX_REASON: Final = 2000


@dataclass(frozen=True)
class Thresholds:
    """The organisation's: a score at or above ``medium_at`` is medium, at or above ``high_at``
    high."""

    medium_at: int = DEFAULT_MEDIUM_AT
    high_at: int = DEFAULT_HIGH_AT


def check_thresholds(t: Thresholds) -> None:
    if not 1 <= t.medium_at < t.high_at <= MAX_SCORE:
        raise InvalidInput(
            "risk_thresholds",
            QT_TRANSLATE_NOOP(
                "errors",
                "The score for a medium risk must be at least 1 and below the score for a high "
                "risk, which is at most {high}.",
            ),
            high=MAX_SCORE,
        )


def answers_of(given: Mapping[str, str]) -> dict[str, Answer]:
    """Every question's answer, unanswered ones as don't know; an unknown code or answer is
    refused naming it."""
    answers = {code: Answer.UNKNOWN for code in QUESTION_CODES}
    for code, value in given.items():
        if code not in _WEIGHTS:
            raise InvalidInput(
                "answers",
                QT_TRANSLATE_NOOP("errors", "{code} is not a question of the risk assessment."),
                code=code,
            )
        try:
            answers[code] = Answer(value)
        except ValueError:
            raise InvalidInput(
                "answers",
                QT_TRANSLATE_NOOP("errors", "The answer to {code} must be yes, no or unknown."),
                code=code,
            ) from None
    return answers


def score(answers: Mapping[str, Answer]) -> int:
    return sum(_WEIGHTS[code] for code, a in answers.items() if a is Answer.YES)


def level_for(points: int, thresholds: Thresholds) -> RiskLevel:
    if points >= thresholds.high_at:
        return RiskLevel.HIGH
    if points >= thresholds.medium_at:
        return RiskLevel.MEDIUM
    return RiskLevel.STANDARD


@dataclass
class Assessment:
    """One assessment as a worker records it; ``raised_to`` is her judgement above the score's
    level, with ``reason``."""

    assessed_on: date
    answers: dict[str, Answer] = field(default_factory=dict)
    raised_to: RiskLevel | None = None
    reason: str = ""
    id: str | None = None
    author_id: str | None = None

    def computed(self, thresholds: Thresholds) -> RiskLevel:
        return level_for(score(self.answers), thresholds)

    def level(self, thresholds: Thresholds) -> RiskLevel:
        return self.raised_to or self.computed(thresholds)


def validate_assessment(a: Assessment, thresholds: Thresholds, today: date) -> None:
    """Refuse an assessment dated after today, a judgement that lowers the level or names no
    level it may raise to, or one without its reason."""
    if a.assessed_on > today:
        raise InvalidInput(
            "assessed_on",
            QT_TRANSLATE_NOOP(
                "errors", "{field}: the date of the assessment {date} is in the future."
            ),
            date=a.assessed_on.isoformat(),
        )
    reason = " ".join(a.reason.split())
    if a.raised_to is not None:
        if (
            a.raised_to not in ASSESSED_LEVELS
            or _ORDER[a.raised_to] <= _ORDER[a.computed(thresholds)]
        ):
            raise InvalidInput(
                "raised_to",
                QT_TRANSLATE_NOOP(
                    "errors",
                    "Professional judgement can only raise the level above the score's, never "
                    "lower it.",
                ),
            )
        if not reason:
            raise InvalidInput(
                "reason",
                QT_TRANSLATE_NOOP("errors", "Say why the level is raised above the score's."),
            )
        if len(reason) > MAX_REASON:
            raise InvalidInput(
                "reason",
                QT_TRANSLATE_NOOP("errors", "The reason is longer than {high} characters."),
                high=MAX_REASON,
            )


def reassessment_due_on(latest: date, first_incident_after: date | None) -> date:
    """The earlier of the latest assessment + 30 days and the first incident after it."""
    due = latest + timedelta(days=REASSESS_AFTER_DAYS)
    if first_incident_after is not None and first_incident_after < due:
        return first_incident_after
    return due
