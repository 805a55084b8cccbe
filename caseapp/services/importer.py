"""Import of ``caseapp-cases/1`` files: everything is validated before anything is written, and
the whole file is stored in one transaction or not at all."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from caseapp.domain.errors import QT_TRANSLATE_NOOP
from caseapp.domain.interchange import parse_cases
from caseapp.domain.json_input import decode
from caseapp.domain.records import CaseRecord
from caseapp.domain.risk import Thresholds, validate_assessment
from caseapp.services import at_rest
from caseapp.services.cases import add_cases
from caseapp.services.errors import InvalidInput
from caseapp.services.workspace import Workspace
from caseapp.storage.fields import DamagedField
from caseapp.storage.models import Case, District

MAX_FILE_BYTES = 512 * 1024 * 1024


def read_import_file(path: Path, today: date | None = None) -> list[CaseRecord]:
    """The file's records, checked whole (``today``: the import's day, by default this one), or
    one sentence naming the record's index and field, or the file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput(
                "file", QT_TRANSLATE_NOOP("errors", "The file is too large to import.")
            )
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise InvalidInput(
            "file", QT_TRANSLATE_NOOP("errors", "The file does not exist.")
        ) from None
    except OSError:
        raise InvalidInput(
            "file", QT_TRANSLATE_NOOP("errors", "The file cannot be read.")
        ) from None
    except UnicodeDecodeError:
        raise InvalidInput(
            "file", QT_TRANSLATE_NOOP("errors", "The file is not UTF-8 text.")
        ) from None
    return parse_cases(decode(text), today=today or date.today())


def import_cases(
    workspace: Workspace,
    records: list[CaseRecord],
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Store parsed records in one transaction; returns the case numbers."""
    records = [
        dataclasses.replace(
            r,
            risk_assessments=[dataclasses.replace(a) for a in r.risk_assessments],
            safety_plans=[dataclasses.replace(p) for p in r.safety_plans],
            services=[dataclasses.replace(s) for s in r.services],
        )
        for r in records
    ]
    with workspace.transaction() as session:
        _check_numbers(session, records)
        _find_districts(session, records)
        org = workspace.organisation(session)
        limits = Thresholds(org.risk_medium_at, org.risk_high_at)
        _check_assessments(workspace, records, limits)
        numbers = add_cases(
            workspace, session, records, progress, numbers_checked=True, thresholds=limits
        )
        workspace.audit(session, "cases.import", "case", detail=f"{len(numbers)} cases")
    at_rest.fold_log(workspace.db)  # a large import is in the database file, not only the log
    return numbers


def _check_assessments(workspace: Workspace, records: list[CaseRecord], limits: Thresholds) -> None:
    """A raised level must be above what the answers score against the organisation's
    thresholds (known only now); the imported assessments and plans are the importer's."""
    author = workspace.actor.staff_id or None
    for i, record in enumerate(records):
        for j, assessment in enumerate(record.risk_assessments):
            assessment.author_id = author
            try:
                validate_assessment(assessment, limits, date.today())
            except InvalidInput as exc:
                params = {k: v for k, v in exc.params.items() if k != "field"}
                raise InvalidInput(
                    f"cases[{i}].risk_assessments[{j}].{exc.field}", exc.template, **params
                ) from None
        for plan in record.safety_plans:
            plan.author_id = author


def _find_districts(session: Session, records: list[CaseRecord]) -> None:
    """Each case's ``district``, named as in the organisation's list (letter case and extra
    spaces do not matter; a retired district too, for an old case), becomes its id; a name not
    in the list is refused, naming the record."""
    if not any(r.district_name for r in records):
        return
    by_name: dict[str, str] = {}
    for district in session.scalars(select(District).order_by(District.seq)):
        try:
            name = " ".join(district.name.split()).casefold()
        except DamagedField:
            continue
        if district.retired_on is None or name not in by_name:
            by_name[name] = district.id
    for i, record in enumerate(records):
        if not record.district_name:
            continue
        found = by_name.get(record.district_name.casefold())
        if found is None:
            raise InvalidInput(
                f"cases[{i}].district",
                QT_TRANSLATE_NOOP(
                    "errors", "{field} is not a district in the organisation's list."
                ),
            )
        record.district_id, record.district_name = found, ""


def _check_numbers(session: Session, records: list[CaseRecord]) -> None:
    """Refuse a number the database holds already, naming the record (``add_cases`` numbers the
    records without one)."""
    for i, record in enumerate(records):
        if record.number and session.scalar(select(Case.id).where(Case.number == record.number)):
            raise InvalidInput(
                f"cases[{i}].number",
                QT_TRANSLATE_NOOP("errors", "{field}: case number {number} exists already."),
                number=record.number,
            )
