"""Printed lists for the office's own use (a case summary, Today's list, the shelter board),
rendered by ReportLab into memory: no file is ever written.

A sheet is a title, a few lines saying who printed it and when, a notice saying what may not be
done with it, and sections: tables with a heading, or label/value facts. Every page carries the
organisation's name and the sheet's title at the top, and the notice and page number at the foot.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from caseapp.letters.fonts import LetterFonts
from caseapp.letters.renderer import markup
from caseapp.letters.styles import TEXT_GREY

MARGIN = 15 * mm
HEADER_GREY = Color(0.9, 0.9, 0.9)
RULE_GREY = Color(0.6, 0.6, 0.6)


@dataclass(frozen=True)
class SheetTable:
    """Rows under column headings; ``widths`` are shares of the text width (summing to 1)."""

    heading: str
    columns: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str  # said instead of an empty table


@dataclass(frozen=True)
class SheetFacts:
    """Label and value pairs, two columns."""

    heading: str
    facts: tuple[tuple[str, str], ...]


SheetSection = SheetTable | SheetFacts


@dataclass(frozen=True)
class SheetDocument:
    """Everything a sheet prints, as plain text (never markup), in the reader's language."""

    organisation: str
    title: str
    lines: tuple[str, ...]  # who printed it, when, for which day
    notice: str  # what may not be done with the paper; printed on every page
    sections: tuple[SheetSection, ...]
    page_label: str  # "Page %1"
    pdf_title: str  # document metadata: never personal data
    wide: bool = False  # landscape, for tables with many columns


def _stylesheet(fonts: LetterFonts) -> StyleSheet1:
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Base", fontName=fonts.regular, fontSize=9.5, leading=12, bulletFontName=fonts.regular
    )
    sheet.add(base)
    sheet.add(ParagraphStyle("Title", parent=base, fontName=fonts.bold, fontSize=14, leading=18))
    sheet.add(ParagraphStyle("Line", parent=base, textColor=TEXT_GREY))
    sheet.add(
        ParagraphStyle(
            "Heading", parent=base, fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=8
        )
    )
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=11))
    sheet.add(ParagraphStyle("HeadCell", parent=base, fontName=fonts.bold, fontSize=9, leading=11))
    sheet.add(ParagraphStyle("Empty", parent=base, textColor=TEXT_GREY))
    return sheet


class SheetRenderer:
    """Renders `SheetDocument`s with one set of fonts."""

    def __init__(self, fonts: LetterFonts) -> None:
        self.fonts = fonts
        self.styles = _stylesheet(fonts)

    def render(self, doc: SheetDocument) -> bytes:
        buffer = BytesIO()
        pagesize = landscape(A4) if doc.wide else A4
        template = BaseDocTemplate(
            buffer,
            pagesize=pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8 * mm,
            bottomMargin=MARGIN + 6 * mm,
            title=doc.pdf_title,
            author="",
            subject="",
            creator="caseapp",
            initialFontName=self.fonts.regular,
            pageCompression=1,
        )
        width, height = pagesize
        frame = Frame(
            MARGIN,
            MARGIN + 6 * mm,
            width - 2 * MARGIN,
            height - 2 * MARGIN - 14 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        template.addPageTemplates(
            [PageTemplate("Sheet", [frame], onPage=self._on_page(doc, width, height))]
        )
        template.build(self.story(doc, width - 2 * MARGIN))
        return buffer.getvalue()

    def _on_page(self, doc: SheetDocument, width: float, height: float) -> Any:
        def draw(canvas: Canvas, _: Any) -> None:
            canvas.saveState()
            canvas.setFillColor(TEXT_GREY)
            canvas.setFont(self.fonts.regular, 8)
            canvas.drawString(MARGIN, height - MARGIN, doc.organisation)
            canvas.drawRightString(width - MARGIN, height - MARGIN, doc.title)
            canvas.setStrokeColor(RULE_GREY)
            canvas.setLineWidth(0.4)
            canvas.line(MARGIN, height - MARGIN - 2 * mm, width - MARGIN, height - MARGIN - 2 * mm)
            canvas.line(MARGIN, MARGIN + 4 * mm, width - MARGIN, MARGIN + 4 * mm)
            canvas.drawString(MARGIN, MARGIN, doc.notice)
            page = doc.page_label.replace("%1", str(canvas.getPageNumber()))
            canvas.drawRightString(width - MARGIN, MARGIN, page)
            canvas.restoreState()

        return draw

    def story(self, doc: SheetDocument, text_width: float) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [Paragraph(markup(doc.title), s["Title"])]
        story += [Paragraph(markup(line), s["Line"]) for line in doc.lines]
        story.append(Spacer(0, 3 * mm))
        for section in doc.sections:
            heading = Paragraph(markup(section.heading), s["Heading"])
            if isinstance(section, SheetTable) and section.rows:
                # The heading is the table's first row, repeated with the columns on each page:
                # a long table starts under it at once and never loses it at a page break.
                story.append(self._table(section, text_width))
                continue
            if isinstance(section, SheetFacts):
                body: Flowable = self._facts(section, text_width)
            else:
                body = Paragraph(markup(section.empty), s["Empty"])
            story.append(KeepTogether([heading, Spacer(0, 1.5 * mm), body]))
        return story

    def _cells(self, texts: tuple[str, ...], style: str) -> list[Paragraph]:
        return [Paragraph(markup(text), self.styles[style]) for text in texts]

    def _table(self, section: SheetTable, text_width: float) -> Table:
        heading = [Paragraph(markup(section.heading), self.styles["Heading"])]
        heading += [""] * (len(section.columns) - 1)
        data = [heading, self._cells(section.columns, "HeadCell")]
        data += [self._cells(row, "Cell") for row in section.rows]
        table = Table(
            data, colWidths=[text_width * share for share in section.widths], repeatRows=2
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),  # never Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("SPAN", (0, 0), (-1, 0)),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                    ("BACKGROUND", (0, 1), (-1, 1), HEADER_GREY),
                    ("GRID", (0, 1), (-1, -1), 0.3, RULE_GREY),
                    ("TOPPADDING", (0, 1), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 3),
                ]
            )
        )
        return table

    def _facts(self, section: SheetFacts, text_width: float) -> Table:
        data = [
            [
                Paragraph(markup(label), self.styles["HeadCell"]),
                Paragraph(markup(value), self.styles["Cell"]),
            ]
            for label, value in section.facts
        ]
        table = Table(data, colWidths=[text_width * 0.3, text_width * 0.7])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table
