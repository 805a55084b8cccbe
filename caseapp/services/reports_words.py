"""The reports' labels: the English source of each row and table title, translated in the
context ``reports``."""

from __future__ import annotations

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.statistics import AGE_UNKNOWN

NOT_RECORDED = "not_recorded"

VIOLENCE_WORDS = {
    "physical": QT_TRANSLATE_NOOP("reports", "Physical"),
    "psychological": QT_TRANSLATE_NOOP("reports", "Psychological"),
    "sexual": QT_TRANSLATE_NOOP("reports", "Sexual"),
    "economic": QT_TRANSLATE_NOOP("reports", "Economic"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
RELATION_WORDS = {
    "spouse": QT_TRANSLATE_NOOP("reports", "Spouse"),
    "former_spouse": QT_TRANSLATE_NOOP("reports", "Former spouse"),
    "cohabitant": QT_TRANSLATE_NOOP("reports", "Cohabiting partner"),
    "former_cohabitant": QT_TRANSLATE_NOOP("reports", "Former partner"),
    "relative": QT_TRANSLATE_NOOP("reports", "Close relative"),
    "child_in_common": QT_TRANSLATE_NOOP("reports", "Has a child in common"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
AGE_WORDS = {
    "under_18": QT_TRANSLATE_NOOP("reports", "Under 18"),
    "18_24": QT_TRANSLATE_NOOP("reports", "18–24"),
    "25_34": QT_TRANSLATE_NOOP("reports", "25–34"),
    "35_44": QT_TRANSLATE_NOOP("reports", "35–44"),
    "45_54": QT_TRANSLATE_NOOP("reports", "45–54"),
    "55_64": QT_TRANSLATE_NOOP("reports", "55–64"),
    "65_plus": QT_TRANSLATE_NOOP("reports", "65 and over"),
    AGE_UNKNOWN: QT_TRANSLATE_NOOP("reports", "Age not recorded"),
}
RECIPIENT_WORDS = {
    "police": QT_TRANSLATE_NOOP("reports", "Police"),
    "court": QT_TRANSLATE_NOOP("reports", "Court"),
    "medical": QT_TRANSLATE_NOOP("reports", "Medical"),
    "legal_aid": QT_TRANSLATE_NOOP("reports", "Legal aid"),
    "shelter": QT_TRANSLATE_NOOP("reports", "Another shelter"),
    "social": QT_TRANSLATE_NOOP("reports", "Social protection"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
}
TITLES = {
    "cases": QT_TRANSLATE_NOOP("reports", "Cases"),
    "violence": QT_TRANSLATE_NOOP("reports", "New cases by violence type"),
    "relation": QT_TRANSLATE_NOOP("reports", "New cases by the offender's relationship"),
    "age": QT_TRANSLATE_NOOP("reports", "New cases by age"),
    "district": QT_TRANSLATE_NOOP("reports", "New cases by district"),
    "orders": QT_TRANSLATE_NOOP("reports", "Protection orders"),
    "checks": QT_TRANSLATE_NOOP("reports", "Police checks"),
    "requirements": QT_TRANSLATE_NOOP("reports", "Court special requirements"),
    "shelter": QT_TRANSLATE_NOOP("reports", "Shelter"),
    "letters": QT_TRANSLATE_NOOP("reports", "Letters by recipient"),
}
