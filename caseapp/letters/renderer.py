"""ReportLab rendering of an official letter into memory: no file is ever written.

Layout (A4, the usual Kazakhstan official letter): the letterhead centred with a rule under it
(organisation name, office address, phone, BIN); the outgoing number and date at left and the
addressee block at right; a bold centred title; justified body paragraphs; the signature block
(position, signature line, name); the executor and phone at the bottom of the last page. Pages
after the first carry their number centred in the top margin and the outgoing number at the foot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1
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
from caseapp.letters.styles import TEXT_GREY, make_stylesheet

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN, RIGHT_MARGIN = 30 * mm, 15 * mm
TOP_MARGIN, BOTTOM_MARGIN = 20 * mm, 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN


@dataclass(frozen=True)
class LetterDocument:
    """Everything a letter prints, as plain text (never markup), in the letter's language."""

    letterhead_name: str
    letterhead_details: tuple[str, ...]
    reference: tuple[str, ...]  # outgoing number and date, left
    addressee: str  # lines separated by "\n", right
    title: str
    paragraphs: tuple[str, ...]
    signature_position: str
    signature_name: str
    executor: tuple[str, ...]
    footer: str  # printed at the foot of pages after the first
    pdf_title: str  # document metadata: never personal data
    attachments_title: str = ""  # «Приложение:», before the list
    attachments: tuple[str, ...] = ()  # after the body, numbered
    signed_on: str = ""  # a blank date she fills in when she signs (her own documents)


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


class AtFrameBottom(Flowable):  # type: ignore[misc]
    """Flowables set at the bottom of the frame: takes the rest of the page, or moves on."""

    def __init__(self, content: Sequence[Flowable]) -> None:
        super().__init__()
        self.content = list(content)
        self._heights: list[float] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = [f.wrap(avail_width, avail_height)[1] for f in self.content]
        self.width = avail_width
        self.height = max(avail_height, sum(self._heights))
        return self.width, self.height

    def draw(self) -> None:
        y = sum(self._heights)
        for flowable, height in zip(self.content, self._heights, strict=True):
            y -= height
            flowable.drawOn(self.canv, 0, y)


class LetterRenderer:
    """Renders `LetterDocument`s with one set of fonts; safe to reuse, one letter at a time."""

    def __init__(self, fonts: LetterFonts) -> None:
        self.fonts = fonts
        self.styles: StyleSheet1 = make_stylesheet(fonts)

    def render(self, doc: LetterDocument) -> bytes:
        buffer = BytesIO()
        letterhead = self._letterhead(doc)
        template = BaseDocTemplate(
            buffer,
            pagesize=A4,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=doc.pdf_title,
            author="",
            subject="",
            creator="caseapp",
            initialFontName=self.fonts.regular,  # else the canvas pulls in unembedded Helvetica
            pageCompression=1,
        )
        template.addPageTemplates(self.page_templates(doc, letterhead))
        template.build(self.story(doc))
        return buffer.getvalue()

    # --- page templates -----------------------------------------------------------------------

    def _letterhead(self, doc: LetterDocument) -> list[Flowable]:
        s = self.styles
        if not doc.letterhead_name:  # her own document: no organisation's letterhead
            return []
        flowables: list[Flowable] = [Paragraph(markup(doc.letterhead_name), s["Letterhead"])]
        flowables += [
            Paragraph(markup(line), s["LetterheadDetails"]) for line in doc.letterhead_details
        ]
        return flowables

    def page_templates(self, doc: LetterDocument, letterhead: list[Flowable]) -> list[PageTemplate]:
        heights = [f.wrap(TEXT_WIDTH, PAGE_HEIGHT)[1] for f in letterhead]
        rule_y = PAGE_HEIGHT - TOP_MARGIN - sum(heights) - 3 * mm
        first_top = rule_y - 6 * mm if letterhead else PAGE_HEIGHT - TOP_MARGIN

        def first_page(canvas: Canvas, _: Any) -> None:
            canvas.saveState()
            y = PAGE_HEIGHT - TOP_MARGIN
            for flowable, height in zip(letterhead, heights, strict=True):
                y -= height
                flowable.drawOn(canvas, LEFT_MARGIN, y)
            if not letterhead:
                canvas.restoreState()
                return
            canvas.setLineWidth(1.2)
            canvas.line(LEFT_MARGIN, rule_y, PAGE_WIDTH - RIGHT_MARGIN, rule_y)
            canvas.setLineWidth(0.4)
            canvas.line(LEFT_MARGIN, rule_y - 1.6, PAGE_WIDTH - RIGHT_MARGIN, rule_y - 1.6)
            canvas.restoreState()

        def later_page(canvas: Canvas, _: Any) -> None:
            canvas.saveState()
            canvas.setFillColor(TEXT_GREY)
            canvas.setFont(self.fonts.regular, 10)
            canvas.drawCentredString(
                LEFT_MARGIN + TEXT_WIDTH / 2, PAGE_HEIGHT - 12 * mm, str(canvas.getPageNumber())
            )
            canvas.setFont(self.fonts.regular, 8)
            canvas.drawString(LEFT_MARGIN, 10 * mm, doc.footer)
            canvas.restoreState()

        def frame(top: float) -> Frame:
            return Frame(
                LEFT_MARGIN,
                BOTTOM_MARGIN,
                TEXT_WIDTH,
                top - BOTTOM_MARGIN,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )

        return [
            PageTemplate(
                "First",
                [frame(first_top)],
                onPage=first_page,
                autoNextPageTemplate="Later",
            ),
            PageTemplate("Later", [frame(PAGE_HEIGHT - TOP_MARGIN)], onPage=later_page),
        ]

    # --- the story ----------------------------------------------------------------------------

    def story(self, doc: LetterDocument) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [self._reference_and_addressee(doc)]
        story.append(Paragraph(markup(doc.title), s["Title"]))
        body = [Paragraph(markup(p), s["Body"]) for p in doc.paragraphs]
        if doc.attachments:
            listed = "\n".join(f"{i}. {a}" for i, a in enumerate(doc.attachments, 1))
            body.append(Paragraph(markup(f"{doc.attachments_title}\n{listed}"), s["Attachments"]))
        # The signature never stands alone on a page: it keeps the last paragraph with it.
        story += body[:-1]
        ending: list[Flowable] = [*body[-1:], Spacer(0, 10 * mm), self._signature(doc)]
        if doc.signed_on:
            ending += [Spacer(0, 6 * mm), Paragraph(markup(doc.signed_on), s["SignaturePosition"])]
        story.append(KeepTogether(ending))
        executor = [Paragraph(markup(line), s["Executor"]) for line in doc.executor]
        story.append(AtFrameBottom(executor))
        return story

    def _reference_and_addressee(self, doc: LetterDocument) -> Table:
        s = self.styles
        reference = [Paragraph(markup(line), s["Reference"]) for line in doc.reference]
        addressee = Paragraph(markup(doc.addressee), s["Addressee"])
        table = Table(
            [[reference, addressee]],
            colWidths=[TEXT_WIDTH * 0.5, TEXT_WIDTH * 0.5],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),  # never Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("LEFTPADDING", (1, 0), (1, 0), TEXT_WIDTH * 0.08),
                ]
            )
        )
        return table

    def _signature(self, doc: LetterDocument) -> Table:
        s = self.styles
        table = Table(
            [
                [
                    Paragraph(markup(doc.signature_position), s["SignaturePosition"]),
                    Spacer(0, 0),
                    Paragraph(markup(doc.signature_name), s["SignatureName"]),
                ]
            ],
            colWidths=[TEXT_WIDTH * 0.40, TEXT_WIDTH * 0.25, TEXT_WIDTH * 0.35],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.regular),  # never Helvetica
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                    ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                    ("LINEBELOW", (1, 0), (1, 0), 0.6, TEXT_GREY),
                ]
            )
        )
        return table
