"""The report's tables of services and consultations given: how many of each kind in the period,
and how many cases (women) were served, of each kind and in all. Read from clear days and codes
through ``ix_service_stats``; nothing is decrypted. Services struck out, and those of cases
deleted or whose survivor refused to be counted, are left out.

A count of services is not a count of people: twelve consultations may be one woman's. So each
row carries how many cases stand behind it, and is hidden when they are few, as is the total."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.services_given import ServiceKind
from caseapp.domain.statistics import Period, Row, Table
from caseapp.storage.models import ServiceGiven

SERVICE_WORDS = {
    "psychological": QT_TRANSLATE_NOOP("reports", "Psychological consultation"),
    "legal": QT_TRANSLATE_NOOP("reports", "Legal consultation"),
    "court_representation": QT_TRANSLATE_NOOP("reports", "Representation in court"),
    "accompany_police": QT_TRANSLATE_NOOP("reports", "Accompanied to the police"),
    "accompany_court": QT_TRANSLATE_NOOP("reports", "Accompanied to court"),
    "accompany_medical": QT_TRANSLATE_NOOP("reports", "Accompanied to a medical examination"),
    "medical_aid": QT_TRANSLATE_NOOP("reports", "Medical aid arranged"),
    "social_assistance": QT_TRANSLATE_NOOP("reports", "Social assistance (benefits, documents)"),
    "shelter_placement": QT_TRANSLATE_NOOP("reports", "Shelter placement"),
    "family_support_referral": QT_TRANSLATE_NOOP("reports", "Referral to a family support centre"),
    "group_session": QT_TRANSLATE_NOOP("reports", "Group session"),
    "other": QT_TRANSLATE_NOOP("reports", "Other service"),
}
ANY_SERVICE = QT_TRANSLATE_NOOP("reports", "Any service")
TITLES = {
    "services": QT_TRANSLATE_NOOP("reports", "Services and consultations by kind"),
    "services_cases": QT_TRANSLATE_NOOP("reports", "Cases served, by kind of service"),
}


def tables(session: Session, p: Period, counted: list[ColumnElement[bool]]) -> list[Table]:
    """``counted``: conditions on ``ServiceGiven.case_id`` choosing the cases the report counts
    (``services.reports_scope.case_filter``)."""
    where: list[ColumnElement[bool]] = [
        *counted,
        ServiceGiven.given_on >= p.start,
        ServiceGiven.given_on <= p.end,
        ServiceGiven.struck_out_on.is_(None),
    ]
    services: dict[str, int] = defaultdict(int)
    cases: dict[str, int] = defaultdict(int)
    query = (
        select(ServiceGiven.kind, func.count(), func.count(func.distinct(ServiceGiven.case_id)))
        .where(*where)
        .group_by(ServiceGiven.kind)
    )
    for kind, n, distinct in session.execute(query):
        code = kind if kind in SERVICE_WORDS else ServiceKind.OTHER.value
        services[code] += n
        cases[code] += distinct
    served = (
        session.scalar(select(func.count(func.distinct(ServiceGiven.case_id))).where(*where)) or 0
    )
    codes = [k.value for k in ServiceKind]
    return [
        Table(
            "services",
            TITLES["services"],
            tuple(Row(c, SERVICE_WORDS[c], services[c], persons=cases[c]) for c in codes),
            exclusive=True,
            chart="bar",
            total_persons=served,
        ),
        Table(
            "services_cases",
            TITLES["services_cases"],
            (
                Row("any", ANY_SERVICE, served),
                *(Row(c, SERVICE_WORDS[c], cases[c]) for c in codes),
            ),
            chart="bar",
        ),
    ]
