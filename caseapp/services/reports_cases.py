"""The report's tables of cases: new, open and closed, by violence type, by the offender's
relationship, by age and by district (the only fields a report opens)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from caseapp.domain.enums import Relation, ViolenceType
from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.statistics import (
    AGE_BANDS,
    AGE_UNKNOWN,
    Period,
    Row,
    Table,
    age_band,
)
from caseapp.services import hotline_stats
from caseapp.services.reports_scope import between
from caseapp.services.reports_words import (
    AGE_WORDS,
    NOT_RECORDED,
    RELATION_WORDS,
    TITLES,
    VIOLENCE_WORDS,
)
from caseapp.services.workspace import Workspace
from caseapp.storage import statistics as stored
from caseapp.storage.models import (
    Case,
    District,
    Perpetrator,
)


def _count(session: Session, *conditions: ColumnElement[bool]) -> int:
    return session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0


def cases_table(
    session: Session,
    p: Period,
    counted: list[ColumnElement[bool]],
    new: list[ColumnElement[bool]],
) -> Table:
    open_during = [
        *counted,
        Case.opened_on <= p.end,
        or_(Case.closed_on.is_(None), Case.closed_on >= p.start),
    ]
    rows = (
        Row("new", QT_TRANSLATE_NOOP("reports", "New cases"), _count(session, *new)),
        Row(
            "open",
            QT_TRANSLATE_NOOP("reports", "Cases open in the period"),
            _count(session, *open_during),
        ),
        Row(
            "closed",
            QT_TRANSLATE_NOOP("reports", "Cases closed"),
            _count(session, *counted, between(Case.closed_on, p)),
        ),
    )
    return Table("cases", TITLES["cases"], rows)


def violence_table(session: Session, new: list[ColumnElement[bool]]) -> Table:
    counts: Counter[str] = Counter()
    query = select(Case.violence_types, func.count()).where(*new).group_by(Case.violence_types)
    for codes, n in session.execute(query):
        for code in (codes or "").split(",") if codes else [NOT_RECORDED]:
            counts[code if code in VIOLENCE_WORDS else NOT_RECORDED] += n
    order = [v.value for v in ViolenceType] + [NOT_RECORDED]
    rows = tuple(Row(c, VIOLENCE_WORDS[c], counts[c]) for c in order)
    return Table("violence", TITLES["violence"], rows, chart="bar")


def relation_table(session: Session, new: list[ColumnElement[bool]]) -> Table:
    query = (
        select(Perpetrator.relation, func.count())
        .select_from(Case)
        .outerjoin(Perpetrator, Perpetrator.case_id == Case.id)
        .where(*new)
        .group_by(Perpetrator.relation)
    )
    counts: Counter[str] = Counter()
    for relation, n in session.execute(query):
        counts[relation if relation in RELATION_WORDS else NOT_RECORDED] += n
    codes = [r.value for r in Relation] + [NOT_RECORDED]
    rows = tuple(Row(c, RELATION_WORDS[c], counts[c]) for c in codes)
    return Table("relation", TITLES["relation"], rows, exclusive=True, chart="pie")


def age_and_district_tables(
    workspace: Workspace, session: Session, new: list[ColumnElement[bool]]
) -> list[Table]:
    """The two tables that need a field opened: her age when the case was opened, and her
    district; one pass over the period's new cases."""
    cases = stored.ages_and_districts(session, workspace.chest, new)
    counts = Counter(age_band(birth, opened) for opened, birth, _ in cases)
    codes = [band[0] for band in AGE_BANDS] + [AGE_UNKNOWN]
    ages = tuple(Row(c, AGE_WORDS[c], counts[c]) for c in codes)
    districts = Counter(district or "" for _, _, district in cases)
    listed = session.scalars(select(District).order_by(District.seq)).all()
    rows = [
        Row(f"district:{d.seq}", d.name, districts.pop(d.id, 0))
        for d in listed
        if d.retired_on is None or d.id in districts
    ]
    # a district no longer in the list (or damaged) counts as not recorded
    rows.append(Row(NOT_RECORDED, hotline_stats.NO_DISTRICT, sum(districts.values())))
    return [
        Table("age", TITLES["age"], ages, exclusive=True, chart="bar"),
        Table("district", TITLES["district"], tuple(rows), exclusive=True, chart="bar"),
    ]
