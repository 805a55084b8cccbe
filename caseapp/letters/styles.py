"""The letter's paragraph styles: an official letter set in a Times-like serif, 12 pt.

Sizes and indents follow the usual rules for official letters in Kazakhstan: body text 12-14 pt,
justified, a first-line indent of 1.25 cm; letterhead centred; details and the executor smaller.
"""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import cm

from caseapp.letters.fonts import LetterFonts

BODY_SIZE = 12
TEXT_GREY = Color(0.25, 0.25, 0.25)


def make_stylesheet(fonts: LetterFonts) -> StyleSheet1:
    """A fresh stylesheet using the given registered fonts."""
    sheet = StyleSheet1()
    base = ParagraphStyle(
        "Base",
        fontName=fonts.regular,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.25,
        bulletFontName=fonts.regular,  # never fall back to Helvetica, which is not embedded
    )
    sheet.add(base)
    sheet.add(
        ParagraphStyle(
            "Letterhead",
            parent=base,
            fontName=fonts.bold,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
        )
    )
    sheet.add(
        ParagraphStyle(
            "LetterheadDetails",
            parent=base,
            fontSize=9,
            leading=11.5,
            alignment=TA_CENTER,
            textColor=TEXT_GREY,
        )
    )
    sheet.add(ParagraphStyle("Reference", parent=base, fontSize=11, leading=14, alignment=TA_LEFT))
    sheet.add(ParagraphStyle("Addressee", parent=base, leading=15, alignment=TA_LEFT))
    sheet.add(
        ParagraphStyle(
            "Title",
            parent=base,
            fontName=fonts.bold,
            leading=15,
            alignment=TA_CENTER,
            spaceBefore=0.6 * cm,
            spaceAfter=0.45 * cm,
        )
    )
    sheet.add(
        ParagraphStyle(
            "Body",
            parent=base,
            alignment=TA_JUSTIFY,
            firstLineIndent=1.25 * cm,
            leading=BODY_SIZE * 1.3,
            spaceAfter=3,
            embeddedHyphenation=1,  # break «зорлық-зомбылық» at its hyphen rather than stretch
        )
    )
    sheet.add(ParagraphStyle("Attachments", parent=base, alignment=TA_LEFT, spaceBefore=6))
    sheet.add(ParagraphStyle("SignaturePosition", parent=base, alignment=TA_LEFT))
    sheet.add(ParagraphStyle("SignatureName", parent=base, alignment=TA_RIGHT))
    sheet.add(ParagraphStyle("Executor", parent=base, fontSize=9, leading=11, textColor=TEXT_GREY))
    sheet.add(
        ParagraphStyle(
            "PageNumber", parent=base, fontSize=10, alignment=TA_CENTER, textColor=TEXT_GREY
        )
    )
    return sheet
