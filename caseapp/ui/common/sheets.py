"""The printed sheets' words, in the reader's language: a case summary, Today's list and the
shelter board. What may be printed at all is decided by ``services.printouts``; this only lays
it out and names things."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from caseapp.domain.dates import stay_limit
from caseapp.domain.enums import ViolenceType
from caseapp.domain.reminders import urgency_on
from caseapp.letters.sheet import SheetDocument, SheetFacts, SheetSection, SheetTable
from caseapp.services.dashboard import DashboardItem
from caseapp.services.organisation import get_settings
from caseapp.services.printouts import CaseSummary
from caseapp.services.shelter import BoardRow
from caseapp.services.workspace import Workspace
from caseapp.ui.case.closing import reason_words
from caseapp.ui.case_tables import KIND_LABELS as CONSENT_LABELS
from caseapp.ui.case_tables import METHOD_LABELS, OUTCOME_LABELS, code_label
from caseapp.ui.i18n import saved_language
from caseapp.ui.letter_kinds import kind_label
from caseapp.ui.models import RISK_LABELS, STATUS_LABELS
from caseapp.ui.today.model import KIND_LABELS, URGENCY_ORDER
from caseapp.ui.widgets import shown_date

VIOLENCE_LABELS = {
    ViolenceType.PHYSICAL: QT_TRANSLATE_NOOP("CaseWindow", "Physical"),
    ViolenceType.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("CaseWindow", "Psychological"),
    ViolenceType.SEXUAL: QT_TRANSLATE_NOOP("CaseWindow", "Sexual"),
    ViolenceType.ECONOMIC: QT_TRANSLATE_NOOP("CaseWindow", "Economic"),
}
GROUP_HEADINGS = {
    "overdue": QT_TRANSLATE_NOOP("Printouts", "Overdue"),
    "due": QT_TRANSLATE_NOOP("Printouts", "Due within two days"),
    "expiring": QT_TRANSLATE_NOOP("Printouts", "Expiring"),
}


translate = QCoreApplication.translate


def _models(text: object) -> str:
    return QCoreApplication.translate("models", str(text))


def _organisation(workspace: Workspace) -> str:
    details = get_settings(workspace).details
    lang = saved_language()
    return getattr(details, f"name_{lang}", "") or details.name_ru


def _sheet(
    workspace: Workspace,
    title: str,
    sections: Iterable[SheetSection],
    *,
    extra: tuple[str, ...] = (),
    wide: bool = False,
    pdf_title: str,
) -> SheetDocument:
    printed = (
        translate("Printouts", "Printed %1 by %2")
        .replace("%1", datetime.now().strftime("%d.%m.%Y %H:%M"))
        .replace("%2", workspace.actor.username)
    )
    return SheetDocument(
        organisation=_organisation(workspace),
        title=title,
        lines=(printed, *extra),
        notice=translate(
            "Printouts",
            "Confidential: for the centre's own work. Do not copy or pass on; shred when done.",
        ),
        sections=tuple(sections),
        page_label=translate("Printouts", "Page %1"),
        pdf_title=pdf_title,
        wide=wide,
    )


def _days(value: date, today: date) -> str:
    days = (value - today).days
    if days < 0:
        return translate("Printouts", "%1 d ago").replace("%1", str(-days))
    if days > 0:
        return translate("Printouts", "in %1 d").replace("%1", str(days))
    return translate("Printouts", "today")


def today_sheet(workspace: Workspace, items: list[DashboardItem], today: date) -> SheetDocument:
    """Today's reminders in three groups, as the screen shows them; aliases only."""
    columns = (
        translate("Printouts", "Date"),
        translate("Printouts", "Case"),
        translate("Printouts", "Alias"),
        translate("Printouts", "Responsible"),
        translate("Printouts", "Risk"),
        translate("Printouts", "What"),
        translate("Printouts", "Order number"),
    )
    widths = (0.17, 0.09, 0.15, 0.12, 0.08, 0.27, 0.12)
    groups: dict[str, list[tuple[str, ...]]] = {group: [] for group in URGENCY_ORDER}
    ordered = sorted(items, key=lambda i: (i.risk != "high", i.reminder.due_on, i.reminder.case))
    for item in ordered:
        r = item.reminder
        groups[urgency_on(r, today)].append(
            (
                f"{shown_date(r.due_on)} ({_days(r.due_on, today)})",
                r.case,
                item.alias or "—",
                item.responsible or "—",
                _models(RISK_LABELS.get(item.risk, item.risk)),
                _models(KIND_LABELS[r.kind]),
                r.ref if r.ref and r.kind.value.startswith(("order", "police")) else "",
            )
        )
    sections = [
        SheetTable(
            translate("Printouts", str(GROUP_HEADINGS[group])),
            columns,
            widths,
            tuple(rows),
            translate("Printouts", "Nothing."),
        )
        for group, rows in groups.items()
    ]
    return _sheet(
        workspace,
        translate("Printouts", "Today, %1").replace("%1", shown_date(today)),
        sections,
        wide=True,
        pdf_title=translate("Printouts", "Today's list"),
    )


def board_sheet(
    workspace: Workspace, rows: list[BoardRow], beds: int, today: date
) -> SheetDocument:
    """Who is in the shelter and until when; never a room."""
    shown = [r for r in rows if not r.hidden]
    hidden = len(rows) - len(shown)
    lines = [
        translate("Printouts", "Beds taken: %1 of %2")
        .replace("%1", str(len(rows)))
        .replace("%2", str(beds)),
    ]
    if hidden:
        lines.append(
            translate("Printouts", "Beds taken in cases not assigned to you: %1").replace(
                "%1", str(hidden)
            )
        )
    table = SheetTable(
        translate("Printouts", "In the shelter"),
        (
            translate("Printouts", "Case"),
            translate("Printouts", "Alias"),
            translate("Printouts", "Admitted"),
            translate("Printouts", "Limit"),
            translate("Printouts", "Days left"),
            translate("Printouts", "Children"),
        ),
        (0.14, 0.26, 0.15, 0.15, 0.15, 0.15),
        tuple(
            (
                r.number or "",
                r.alias or "—",
                shown_date(r.admitted_on),
                shown_date(r.limit),
                str(r.days_left) if r.days_left is not None else "",
                str(r.children) if r.children else "",
            )
            for r in shown
        ),
        translate("Printouts", "Nobody."),
    )
    return _sheet(
        workspace,
        translate("Printouts", "Shelter, %1").replace("%1", shown_date(today)),
        [table],
        extra=tuple(lines),
        pdf_title=translate("Printouts", "Shelter board"),
    )


def _table(
    heading: object,
    columns: tuple[str, ...],
    widths: tuple[float, ...],
    rows: Iterable[tuple[str, ...]],
) -> SheetTable:
    return SheetTable(
        translate("Printouts", str(heading)),
        columns,
        widths,
        tuple(rows),
        translate("Printouts", "None."),
    )


def _joined(values: Iterable[str], label: Callable[[str], str]) -> str:
    return ", ".join(label(v) for v in values)


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
    return _sheet(
        workspace,
        translate("Printouts", "Case %1").replace("%1", r.number),
        [facts, orders, checks, requirements, stays, consents, incidents, letters],
        pdf_title=translate("Printouts", "Case summary"),
    )
