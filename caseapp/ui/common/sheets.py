"""The printed sheets' words, in the reader's language: a case summary, Today's list and the
shelter board. What may be printed at all is decided by ``services.printouts``; this only lays
it out and names things."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from caseapp.domain.enums import ViolenceType
from caseapp.domain.reminders import urgency_on
from caseapp.letters.sheet import SheetDocument, SheetSection, SheetTable
from caseapp.services.dashboard import DashboardItem
from caseapp.services.organisation import get_settings
from caseapp.services.shelter import BoardRow
from caseapp.services.workspace import Workspace
from caseapp.ui.i18n import saved_language
from caseapp.ui.models import RISK_LABELS
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
