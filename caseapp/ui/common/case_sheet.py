"""The printed case summary, in the reader's language: the case's facts and dates, its orders,
police checks, court requirements, stays, consents, incidents, letters, risk assessments (date,
level, raised or not), safety plans (made on, review on) and its files counted by type. What may
be printed at all is decided by ``services.printouts``; this only lays it out and names things."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from caseapp.domain.dates import stay_limit
from caseapp.domain.enums import ViolenceType
from caseapp.letters.sheet import SheetDocument, SheetFacts, SheetTable
from caseapp.services.printouts import CaseSummary
from caseapp.services.workspace import Workspace
from caseapp.ui.case.closing import reason_words
from caseapp.ui.case_tables import KIND_LABELS as CONSENT_LABELS
from caseapp.ui.case_tables import METHOD_LABELS, OUTCOME_LABELS, code_label
from caseapp.ui.common.sheets import VIOLENCE_LABELS, _joined, _models, _sheet, _table, translate
from caseapp.ui.letter_kinds import kind_label
from caseapp.ui.models import RISK_LABELS, STATUS_LABELS
from caseapp.ui.widgets import shown_date


def file_type_words(mime: str) -> str:
    """A file's type as the sheet names it: a PDF, an image and its format, or another file."""
    if mime == "application/pdf":
        return translate("Printouts", "PDF document")
    if mime.startswith("image/"):
        return translate("Printouts", "Image (%1)").replace("%1", mime[6:].upper())
    return translate("Printouts", "Other file")


def _yes_no(value: bool) -> str:
    return translate("Printouts", "yes") if value else translate("Printouts", "no")


def care_tables(summary: CaseSummary) -> list[SheetTable]:
    """Her risk assessments, safety plans and files: dates, levels and counts, never the
    answers, the reason, the plan's words or a file's name."""
    assessments = _table(
        QT_TRANSLATE_NOOP("Printouts", "Risk assessments"),
        (
            translate("Printouts", "Date"),
            translate("Printouts", "Level"),
            translate("Printouts", "Raised by professional judgement"),
        ),
        (0.25, 0.3, 0.45),
        (
            (
                shown_date(a.assessed_on),
                _models(RISK_LABELS.get(a.level.value, "")),
                _yes_no(a.raised),
            )
            for a in summary.assessments
        ),
    )
    plans = _table(
        QT_TRANSLATE_NOOP("Printouts", "Safety plans"),
        (translate("Printouts", "Made on"), translate("Printouts", "Review on")),
        (0.5, 0.5),
        ((shown_date(p.made_on), shown_date(p.review_on)) for p in summary.plans),
    )
    files = _table(
        QT_TRANSLATE_NOOP("Printouts", "Files kept with the case"),
        (translate("Printouts", "Type"), translate("Printouts", "How many")),
        (0.6, 0.4),
        ((file_type_words(mime), str(count)) for mime, count in summary.files),
    )
    return [assessments, plans, files]


def case_sheet(workspace: Workspace, summary: CaseSummary) -> SheetDocument:
    """The case's facts and dates; no name, address, phone, room or free text."""
    r = summary.record
    violence = _joined(
        (v.value for v in r.violence_types),
        lambda v: QCoreApplication.translate("CaseWindow", str(VIOLENCE_LABELS[ViolenceType(v)])),
    )
    facts = SheetFacts(
        translate("Printouts", "The case"),
        (
            (translate("Printouts", "Case"), r.number),
            (translate("Printouts", "Alias"), r.client.alias or "—"),
            (
                translate("Printouts", "Year of birth"),
                str(r.client.birth_date.year) if r.client.birth_date else "—",
            ),
            (translate("Printouts", "Opened"), shown_date(r.opened_on)),
            (translate("Printouts", "Closed"), shown_date(r.closed_on) or "—"),
            (
                translate("Printouts", "Status"),
                _models(STATUS_LABELS.get(r.status.value, r.status.value)),
            ),
            # The reason, never the outcome: her worker's words may say where she went.
            (
                translate("Printouts", "Reason for closing"),
                reason_words(r.closing_reason) if r.closing_reason else "—",
            ),
            (translate("Printouts", "Risk"), _models(RISK_LABELS.get(r.risk.value, r.risk.value))),
            (translate("Printouts", "Responsible"), summary.responsible or "—"),
            (translate("Printouts", "Violence"), violence or "—"),
        ),
    )
    orders = _table(
        QT_TRANSLATE_NOOP("Printouts", "Protection orders"),
        (
            translate("Printouts", "Number"),
            translate("Printouts", "Issued"),
            translate("Printouts", "Expires"),
            translate("Printouts", "Served"),
            translate("Printouts", "Revoked"),
        ),
        (0.28, 0.18, 0.18, 0.18, 0.18),
        (
            (
                o.number,
                shown_date(o.issued_on),
                shown_date(o.expires_on),
                shown_date(o.served_on),
                shown_date(o.revoked_on),
            )
            for o in r.orders
        ),
    )
    checks = _table(
        QT_TRANSLATE_NOOP("Printouts", "Police checks"),
        (
            translate("Printouts", "Order"),
            translate("Printouts", "Date"),
            translate("Printouts", "Outcome"),
            translate("Printouts", "How"),
        ),
        (0.28, 0.18, 0.27, 0.27),
        (
            (
                o.number,
                shown_date(k.checked_on),
                code_label("CheckDialog", OUTCOME_LABELS, k.outcome.value),
                code_label("CheckDialog", METHOD_LABELS, k.method.value) if k.method else "",
            )
            for o in r.orders
            for k in sorted(o.checks, key=lambda k: k.checked_on)
        ),
    )
    requirements = _table(
        QT_TRANSLATE_NOOP("Printouts", "Court special requirements"),
        (
            translate("Printouts", "Court"),
            translate("Printouts", "From"),
            translate("Printouts", "To"),
        ),
        (0.5, 0.25, 0.25),
        ((q.court, shown_date(q.starts_on), shown_date(q.ends_on)) for q in r.requirements),
    )
    stays = _table(
        QT_TRANSLATE_NOOP("Printouts", "Shelter stays"),
        (
            translate("Printouts", "Admitted"),
            translate("Printouts", "Left"),
            translate("Printouts", "Limit"),
            translate("Printouts", "Children"),
        ),
        (0.25, 0.25, 0.25, 0.25),
        (
            (
                shown_date(s.admitted_on),
                shown_date(s.left_on),
                shown_date(stay_limit(s.admitted_on, s.extended_to)),
                str(s.children) if s.children else "",
            )
            for s in r.stays
        ),
    )
    consents = _table(
        QT_TRANSLATE_NOOP("Printouts", "Consents"),
        (
            translate("Printouts", "For"),
            translate("Printouts", "Given"),
            translate("Printouts", "Expires"),
            translate("Printouts", "Withdrawn"),
        ),
        (0.34, 0.22, 0.22, 0.22),
        (
            (
                code_label("ConsentDialog", CONSENT_LABELS, c.recipient_kind.value),
                shown_date(c.given_on),
                shown_date(c.expires_on),
                shown_date(c.withdrawn_on),
            )
            for c in r.consents
        ),
    )
    incidents = _table(
        QT_TRANSLATE_NOOP("Printouts", "Incidents"),
        (
            translate("Printouts", "Date"),
            translate("Printouts", "Violence"),
            translate("Printouts", "Reported to the police"),
        ),
        (0.2, 0.5, 0.3),
        (
            (
                shown_date(i.occurred_on),
                _joined(
                    (v.value for v in i.violence_types),
                    lambda v: QCoreApplication.translate(
                        "CaseWindow", str(VIOLENCE_LABELS[ViolenceType(v)])
                    ),
                ),
                translate("Printouts", "yes")
                if i.reported_to_police
                else translate("Printouts", "no"),
            )
            for i in sorted(r.incidents, key=lambda i: i.occurred_on)
        ),
    )
    letters = _table(
        QT_TRANSLATE_NOOP("Printouts", "Letters issued"),
        (
            translate("Printouts", "Number"),
            translate("Printouts", "Date"),
            translate("Printouts", "To"),
        ),
        (0.3, 0.2, 0.5),
        ((e.number, shown_date(e.issued_on), kind_label(e.kind)) for e in summary.letters),
    )
    care = care_tables(summary)
    return _sheet(
        workspace,
        translate("Printouts", "Case %1").replace("%1", r.number),
        [facts, orders, checks, requirements, stays, consents, incidents, letters, *care],
        pdf_title=translate("Printouts", "Case summary"),
    )
