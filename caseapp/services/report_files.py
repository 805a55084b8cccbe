"""A report as a file: PDF (letterhead, period, office, tables and charts), XLSX (one sheet per
table) or CSV, in Russian, Kazakh or English. Built in memory from the published figures only
(small counts already hidden); the caller writes the bytes where the person chose.

Words are translated by the caller's ``tr`` (context ``reports``): the window passes Qt's
translator, the command line one loaded for the language it was asked for."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from caseapp.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, OperationFailed
from caseapp.domain.statistics import Report, ShownTable
from caseapp.services.workspace import Workspace

Translate = Callable[[str], str]
FORMATS = ("pdf", "xlsx", "csv")

TITLE = QT_TRANSLATE_NOOP("reports", "Statistical report")
PERIOD = QT_TRANSLATE_NOOP("reports", "Period: %1 – %2")
OFFICE = QT_TRANSLATE_NOOP("reports", "Office: %1")
ALL_OFFICES = QT_TRANSLATE_NOOP("reports", "All offices")
MADE_ON = QT_TRANSLATE_NOOP("reports", "Made on %1")
TOTAL = QT_TRANSLATE_NOOP("reports", "Total")
ITEM = QT_TRANSLATE_NOOP("reports", "Item")
NUMBER = QT_TRANSLATE_NOOP("reports", "Number")
TABLE = QT_TRANSLATE_NOOP("reports", "Table")
PAGE = QT_TRANSLATE_NOOP("reports", "Page %1")
ABOUT = QT_TRANSLATE_NOOP("reports", "About this report")
NOTICE = QT_TRANSLATE_NOOP(
    "reports",
    "Counts only: no name, number, date of birth or free text. Figures from 1 to %1 are shown "
    "as “<%2”, and a second figure is hidden as “*” where a total would give one back. Cases "
    "whose survivor refused to be counted are left out.",
)
UNNAMED_OFFICE = QT_TRANSLATE_NOOP("reports", "Main office")


def dotted(day: date) -> str:
    return day.strftime("%d.%m.%Y")


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: str = ""
    phone: str = ""
    bin: str = ""


@dataclass(frozen=True)
class TableText:
    """A table as published, in words: (label, figure as shown, value to chart: 0 when
    hidden), the total's figure when the table shows one, and its chart kind."""

    key: str
    title: str
    rows: tuple[tuple[str, str, float], ...]
    total: str | None
    chart: str


@dataclass(frozen=True)
class ReportText:
    letterhead: Letterhead
    title: str
    lines: tuple[str, ...]
    notice: str
    tables: tuple[TableText, ...]
    words: dict[str, str]  # "total", "item", "number", "table", "page"
    lang: str


def _table_text(shown: ShownTable, threshold: int, tr: Translate) -> TableText:
    rows = tuple(
        (
            tr(row.label),
            cell.text(threshold),
            0.0 if cell.hidden or cell.secondary or cell.value is None else float(cell.value),
        )
        for row, cell in zip(shown.table.rows, shown.cells, strict=True)
    )
    total = shown.total.text(threshold) if shown.total is not None else None
    return TableText(shown.table.key, tr(shown.table.title), rows, total, shown.table.chart)


def report_text(
    report: Report, letterhead: Letterhead, tr: Translate, lang: str, made_on: date
) -> ReportText:
    period = tr(PERIOD).replace("%1", dotted(report.period.start))
    period = period.replace("%2", dotted(report.period.end))
    if report.office is None:
        office = tr(OFFICE).replace("%1", tr(ALL_OFFICES))
    else:
        office = tr(OFFICE).replace("%1", report.office or tr(UNNAMED_OFFICE))
    notice = (
        tr(NOTICE).replace("%1", str(report.threshold - 1)).replace("%2", str(report.threshold))
    )
    return ReportText(
        letterhead,
        tr(TITLE),
        (period, office, tr(MADE_ON).replace("%1", dotted(made_on))),
        notice,
        tuple(_table_text(s, report.threshold, tr) for s in report.shown()),
        {
            "total": tr(TOTAL),
            "item": tr(ITEM),
            "number": tr(NUMBER),
            "table": tr(TABLE),
            "page": tr(PAGE),
            "about": tr(ABOUT),
        },
        lang,
    )


def letterhead(workspace: Workspace, lang: str) -> Letterhead:
    """The organisation's name and office address in the report's language (the Russian ones
    where it has none), phone and BIN: never a shelter's address."""
    with workspace.session() as session:
        org = workspace.organisation(session)
        names = {"ru": org.name_ru, "kk": org.name_kk, "en": org.name_en}
        own = org.address_kk if lang == "kk" else org.address_en if lang == "en" else ""
        return Letterhead(names.get(lang) or org.name_ru, own or org.address, org.phone, org.bin)


def to_csv(text: ReportText) -> bytes:
    """One row per figure: table, item, figure (UTF-8 with a byte-order mark, which
    spreadsheet programs need to read Cyrillic)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([text.title, *text.lines])
    writer.writerow([text.words["table"], text.words["item"], text.words["number"]])
    for table in text.tables:
        for label, figure, _ in table.rows:
            writer.writerow([table.title, label, figure])
        if table.total is not None:
            writer.writerow([table.title, text.words["total"], table.total])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(text: ReportText) -> bytes:
    """A first sheet saying what the report is, then one sheet per table."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    about = book.active
    assert about is not None
    about.title = text.words["about"][:31]
    for line in (text.letterhead.name, text.title, *text.lines, "", text.notice):
        about.append([line])
    about["A2"].font = Font(bold=True, size=14)
    about.column_dimensions["A"].width = 100
    used: set[str] = {about.title}
    for table in text.tables:
        name = _sheet_name(table.title, used)
        sheet = book.create_sheet(name)
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True)
        sheet.append([text.words["item"], text.words["number"]])
        for label, figure, _ in table.rows:
            sheet.append([label, _number_or_text(figure)])
        if table.total is not None:
            sheet.append([text.words["total"], _number_or_text(table.total)])
        sheet.column_dimensions["A"].width = 60
        sheet.column_dimensions["B"].width = 14
    book.properties.creator = "caseapp"
    book.properties.title = text.title
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _sheet_name(title: str, used: set[str]) -> str:
    """Sheet names: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join(" " if c in "[]:*?/\\" else c for c in title)[:31].strip() or "Sheet"
    name, n = clean, 2
    while name.casefold() in {u.casefold() for u in used}:
        suffix = f" {n}"
        name, n = clean[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def _number_or_text(figure: str) -> float | int | str:
    try:
        return int(figure)
    except ValueError:
        try:
            return float(figure)
        except ValueError:
            return figure


def render(text: ReportText, fmt: str) -> bytes:
    if fmt == "csv":
        return to_csv(text)
    if fmt == "xlsx":
        return to_xlsx(text)
    if fmt == "pdf":
        from caseapp.letters.fonts import find_fonts
        from caseapp.letters.report_pdf import render_report

        return render_report(text, find_fonts())
    raise InvalidInput(
        "format", QT_TRANSLATE_NOOP("errors", "A report is saved as PDF, XLSX or CSV.")
    )


def write_file(target: Path, data: bytes) -> None:
    """Written beside the target under a neutral temporary name, then put in its place: a
    half-written report never takes the name she chose."""
    try:
        handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".caseapp-report-")
    except OSError:
        raise OperationFailed(NOT_WRITTEN) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OperationFailed(NOT_WRITTEN) from None
        raise


NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "errors",
    "The report could not be saved there: the folder cannot be written to or the disk is full.",
)
