"""The hotline log's tables in a report: calls by channel, caller, violence mentioned, what was
given, and district. Calls struck out are left out; a call is counted in the office that took it.
District names are the organisation's list (decrypted: a handful of rows)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.hotline import Caller, Channel, Help
from caseapp.domain.statistics import Period, Row, Table
from caseapp.storage.models import District, HotlineCall

NOT_RECORDED = "not_recorded"

CHANNEL_WORDS = {
    "phone": QT_TRANSLATE_NOOP("reports", "Phone"),
    "walk_in": QT_TRANSLATE_NOOP("reports", "Walk-in"),
    "messenger": QT_TRANSLATE_NOOP("reports", "Messenger"),
    "police_referral": QT_TRANSLATE_NOOP("reports", "Police referral"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
}
CALLER_WORDS = {
    "survivor": QT_TRANSLATE_NOOP("reports", "The survivor herself"),
    "relative": QT_TRANSLATE_NOOP("reports", "A relative or friend"),
    "professional": QT_TRANSLATE_NOOP("reports", "A professional"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
}
TOPIC_WORDS = {
    "physical": QT_TRANSLATE_NOOP("reports", "Physical"),
    "psychological": QT_TRANSLATE_NOOP("reports", "Psychological"),
    "sexual": QT_TRANSLATE_NOOP("reports", "Sexual"),
    "economic": QT_TRANSLATE_NOOP("reports", "Economic"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("reports", "Not recorded"),
}
HELP_WORDS = {
    "information": QT_TRANSLATE_NOOP("reports", "Information"),
    "consultation": QT_TRANSLATE_NOOP("reports", "Consultation"),
    "police": QT_TRANSLATE_NOOP("reports", "Referred to the police"),
    "medical": QT_TRANSLATE_NOOP("reports", "Referred for medical help"),
    "legal_aid": QT_TRANSLATE_NOOP("reports", "Referred to legal aid"),
    "shelter": QT_TRANSLATE_NOOP("reports", "Referred to a shelter"),
    "family_support_centre": QT_TRANSLATE_NOOP("reports", "Referred to a family support centre"),
}
TITLES = {
    "calls_channel": QT_TRANSLATE_NOOP("reports", "Hotline contacts by channel"),
    "calls_caller": QT_TRANSLATE_NOOP("reports", "Hotline contacts by who called"),
    "calls_topic": QT_TRANSLATE_NOOP("reports", "Hotline contacts by violence mentioned"),
    "calls_given": QT_TRANSLATE_NOOP("reports", "Hotline contacts by what was given"),
    "calls_district": QT_TRANSLATE_NOOP("reports", "Hotline contacts by district"),
}
NO_DISTRICT = QT_TRANSLATE_NOOP("reports", "District not recorded")


def _grouped(session: Session, column: Any, where: list[ColumnElement[bool]]) -> Counter[str]:
    query = select(column, func.count()).where(*where).group_by(column)
    return Counter({key or "": n for key, n in session.execute(query)})


def _split(counts: Counter[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for codes, n in counts.items():
        for code in codes.split(",") if codes else [NOT_RECORDED]:
            found[code] += n
    return found


def tables(session: Session, p: Period, office_id: str | None) -> list[Table]:
    where: list[ColumnElement[bool]] = [
        HotlineCall.called_on >= p.start,
        HotlineCall.called_on <= p.end,
        HotlineCall.struck_out_on.is_(None),
    ]
    if office_id is not None:
        where.append(HotlineCall.office_id == office_id)
    channel = _grouped(session, HotlineCall.channel, where)
    caller = _grouped(session, HotlineCall.caller, where)
    topics = _split(_grouped(session, HotlineCall.violence_types, where))
    given = _split(_grouped(session, HotlineCall.given, where))
    districts = _grouped(session, HotlineCall.district_id, where)
    named = {
        d.id: (d.seq, d.name)
        for d in session.scalars(select(District).where(District.id.in_(list(districts))))
    }
    district_rows = [
        Row(f"district:{seq}", name, districts[district_id])
        for district_id, (seq, name) in sorted(named.items(), key=lambda kv: kv[1][0])
    ]
    district_rows.append(Row(NOT_RECORDED, NO_DISTRICT, districts.get("", 0)))
    return [
        Table(
            "calls_channel",
            TITLES["calls_channel"],
            tuple(Row(c.value, CHANNEL_WORDS[c.value], channel[c.value]) for c in Channel),
            exclusive=True,
            chart="pie",
        ),
        Table(
            "calls_caller",
            TITLES["calls_caller"],
            tuple(Row(c.value, CALLER_WORDS[c.value], caller[c.value]) for c in Caller),
            exclusive=True,
            chart="pie",
        ),
        Table(
            "calls_topic",
            TITLES["calls_topic"],
            tuple(
                Row(c, TOPIC_WORDS[c], topics[c])
                for c in [*(v.value for v in ViolenceType), NOT_RECORDED]
            ),
            chart="bar",
        ),
        Table(
            "calls_given",
            TITLES["calls_given"],
            tuple(Row(h.value, HELP_WORDS[h.value], given[h.value]) for h in Help),
            chart="bar",
        ),
        Table(
            "calls_district",
            TITLES["calls_district"],
            tuple(district_rows),
            exclusive=True,
            chart="bar",
        ),
    ]
