"""Her safety plan on paper, in Russian, Kazakh or English: a short A4 sheet of her plan's parts
and her emergency bag, made in memory. It carries no letterhead: never the centre's name, the
shelter or an address, nor a case number, so the paper found in her bag tells nobody where she
turned. The words of the layout live in ``resources/letters/safety_plan.<lang>.toml``."""

from __future__ import annotations

import tomllib
from functools import cache
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from caseapp.domain.safety_plan import BAG_ITEMS, PARTS, SafetyPlan
from caseapp.letters.builders import format_date
from caseapp.letters.fonts import LetterFonts
from caseapp.letters.renderer import markup
from caseapp.letters.styles import TEXT_GREY
from caseapp.letters.texts import _resource, check_lang

MARGIN = 18 * mm


@cache
def plan_words(lang: str) -> dict[str, Any]:
    return tomllib.loads(_resource(f"safety_plan.{check_lang(lang)}.toml"))


def render_plan(plan: SafetyPlan, lang: str, fonts: LetterFonts) -> bytes:
    """The plan as PDF bytes in ``lang`` (its parts as she wrote them, in her language)."""
    words = plan_words(lang)
    base = ParagraphStyle("Base", fontName=fonts.regular, fontSize=10.5, leading=14)
    title = ParagraphStyle("Title", parent=base, fontName=fonts.bold, fontSize=16, leading=20)
    line = ParagraphStyle("Line", parent=base, textColor=TEXT_GREY)
    heading = ParagraphStyle(
        "Heading", parent=base, fontName=fonts.bold, fontSize=11.5, leading=15, spaceBefore=7
    )
    story: list[Flowable] = [
        Paragraph(markup(words["title"]), title),
        Paragraph(markup(words["made_on"].format(date=format_date(plan.made_on))), line),
        Paragraph(markup(words["review_on"].format(date=format_date(plan.review_on))), line),
        Spacer(0, 3 * mm),
    ]
    for part in PARTS:
        text = plan.part(part).strip()
        if part == "emergency_bag":
            story.append(_bag(plan, words, heading, base))
        if not text:
            continue
        body = [Paragraph(markup(p), base) for p in text.splitlines() if p.strip()]
        story.append(KeepTogether([Paragraph(markup(words["parts"][part]), heading), *body]))
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=words["title"],
        author="",
        subject="",
        creator="",
        initialFontName=fonts.regular,
        pageCompression=1,
    )

    def foot(canvas: Canvas, _: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(TEXT_GREY)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(MARGIN, MARGIN, words["keep"])
        page = words["page"].format(page=canvas.getPageNumber())
        canvas.drawRightString(A4[0] - MARGIN, MARGIN, page)
        canvas.restoreState()

    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    return buffer.getvalue()


def _bag(
    plan: SafetyPlan, words: dict[str, Any], heading: ParagraphStyle, base: ParagraphStyle
) -> Flowable:
    rows = [
        Paragraph(
            markup(
                f"• {words['bag'][item]} — "
                f"{words['packed'] if item in plan.bag else words['not_packed']}"
            ),
            base,
        )
        for item in BAG_ITEMS
    ]
    return KeepTogether([Paragraph(markup(words["bag_heading"]), heading), *rows])
