"""A statistical report as an A4 PDF, in memory: the organisation's letterhead, the period and
office, then each table with its chart (ReportLab graphics) where a person would rather look than
read. Figures only as published: a hidden figure is drawn as nothing and labelled as hidden."""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
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

if TYPE_CHECKING:
    from caseapp.services.report_files import ReportText, TableText

MARGIN = 18 * mm
HEADER_GREY = Color(0.9, 0.9, 0.9)
RULE_GREY = Color(0.6, 0.6, 0.6)
PALETTE = [
    HexColor(c)
    for c in (
        "#3465a4",
        "#f57900",
        "#4e9a06",
        "#cc0000",
        "#75507b",
        "#c4a000",
        "#06989a",
        "#888a85",
    )
]


def _styles(fonts: LetterFonts) -> StyleSheet1:
    sheet = StyleSheet1()
    base = ParagraphStyle("Base", fontName=fonts.regular, fontSize=10, leading=13)
    sheet.add(base)
    sheet.add(ParagraphStyle("Org", parent=base, fontName=fonts.bold, fontSize=12, leading=15))
    sheet.add(ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, textColor=TEXT_GREY))
    sheet.add(ParagraphStyle("Title", parent=base, fontName=fonts.bold, fontSize=15, leading=19))
    sheet.add(
        ParagraphStyle(
            "Heading", parent=base, fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=6
        )
    )
    sheet.add(ParagraphStyle("Cell", parent=base, fontSize=9, leading=11))
    sheet.add(ParagraphStyle("Head", parent=base, fontName=fonts.bold, fontSize=9, leading=11))
    sheet.add(ParagraphStyle("Figure", parent=base, fontSize=9, leading=11, alignment=TA_RIGHT))
    sheet.add(
        ParagraphStyle(
            "Total", parent=base, fontName=fonts.bold, fontSize=9, leading=11, alignment=TA_RIGHT
        )
    )
    return sheet


def render_report(text: ReportText, fonts: LetterFonts) -> bytes:
    buffer = BytesIO()
    width, height = A4
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=text.title,
        author="",
        subject="",
        creator="caseapp",
        initialFontName=fonts.regular,
        pageCompression=1,
        lang=text.lang,
    )
    frame = Frame(MARGIN, MARGIN + 4 * mm, width - 2 * MARGIN, height - 2 * MARGIN - 4 * mm)

    def footer(canvas: Canvas, _: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(TEXT_GREY)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, text.title)
        page = text.words["page"].replace("%1", str(canvas.getPageNumber()))
        canvas.drawRightString(width - MARGIN, MARGIN - 2 * mm, page)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate("Report", [frame], onPage=footer)])
    doc.build(_story(text, fonts, width - 2 * MARGIN - 12))
    return buffer.getvalue()


def _story(text: ReportText, fonts: LetterFonts, text_width: float) -> list[Flowable]:
    s = _styles(fonts)
    head = text.letterhead
    story: list[Flowable] = [Paragraph(markup(head.name), s["Org"])]
    details = [
        d for d in (head.address, head.phone, f"БИН / BIN {head.bin}" if head.bin else "") if d
    ]
    if details:
        story.append(Paragraph(markup(" · ".join(details)), s["Small"]))
    story += [Spacer(0, 6 * mm), Paragraph(markup(text.title), s["Title"]), Spacer(0, 2 * mm)]
    story += [Paragraph(markup(line), s["Base"]) for line in text.lines]
    story += [Spacer(0, 2 * mm), Paragraph(markup(text.notice), s["Small"]), Spacer(0, 4 * mm)]
    for table in text.tables:
        parts: list[Flowable] = [
            Paragraph(markup(table.title), s["Heading"]),
            Spacer(0, 1.5 * mm),
            _table(table, text, s, fonts, text_width),
        ]
        chart = _chart(table, fonts, text_width)
        if chart is not None:
            parts += [Spacer(0, 2 * mm), chart]
        story += [KeepTogether(parts), Spacer(0, 3 * mm)]
    return story


def _table(
    table: TableText, text: ReportText, s: StyleSheet1, fonts: LetterFonts, text_width: float
) -> Table:
    data = [
        [
            Paragraph(markup(text.words["item"]), s["Head"]),
            Paragraph(markup(text.words["number"]), s["Head"]),
        ]
    ]
    data += [
        [Paragraph(markup(label), s["Cell"]), Paragraph(markup(figure), s["Figure"])]
        for label, figure, _ in table.rows
    ]
    if table.total is not None:
        total = Paragraph(markup(table.total), s["Total"])
        data.append([Paragraph(markup(text.words["total"]), s["Head"]), total])
    result = Table(data, colWidths=[text_width * 0.78, text_width * 0.22])
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("GRID", (0, 0), (-1, -1), 0.3, RULE_GREY),
    ]
    result.setStyle(TableStyle(style))
    return result


def _chart(table: TableText, fonts: LetterFonts, text_width: float) -> Drawing | None:
    values = [value for _, _, value in table.rows]
    if not table.chart or not any(values):
        return None
    if table.chart == "pie":
        return _pie(table, fonts, text_width)
    height = 14 * len(values) + 20
    drawing = Drawing(text_width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = text_width * 0.42, 10
    chart.width, chart.height = text_width * 0.5, height - 20
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_short(label) for label, _, _ in reversed(table.rows)]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    drawing.add(chart)
    return drawing


def _pie(table: TableText, fonts: LetterFonts, text_width: float) -> Drawing:
    shown = [(label, value) for label, _, value in table.rows if value > 0]
    height = max(110.0, 14.0 * len(shown) + 20)
    drawing = Drawing(text_width, height)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 10, height - 20, height - 20
    pie.data = [value for _, value in shown]
    pie.labels = None
    pie.slices.strokeColor = Color(1, 1, 1)
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    total = sum(pie.data)
    y = height - 20
    for i, (label, value) in enumerate(shown):
        x = height + 10
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        share = f"{round(100 * value / total)}%"
        drawing.add(
            String(x + 14, y, f"{_short(label)} — {share}", fontName=fonts.regular, fontSize=8)
        )
        y -= 14
    return drawing


def _short(label: str, limit: int = 48) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
