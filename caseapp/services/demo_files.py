"""The demo's attached files, made in code (no file of them in the repository): a scanned
consent and a copy of a court's decision as one-page PDFs, and a photographed certificate as a
small PNG. Every word in them says it is fictitious."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from caseapp.letters.fonts import find_fonts
from caseapp.services.attachments import add_attachment
from caseapp.services.workspace import Workspace


def demo_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF of a title and lines, built in memory."""
    font = find_fonts().regular
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    canvas.setTitle(title)
    canvas.setFont(font, 16)
    canvas.drawString(72, 760, title)
    canvas.setFont(font, 11)
    for i, line in enumerate(lines):
        canvas.drawString(72, 720 - 18 * i, line)
    canvas.rect(360, 120, 160, 60)  # where a signature would be
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def demo_png(width: int = 240, height: int = 160) -> bytes:
    """A small PNG of a greyish sheet with dark lines of 'text' and a round blue stamp: what a
    photographed certificate looks like from afar."""
    rows = []
    for y in range(height):
        row = bytearray([0])  # no filter
        for x in range(width):
            pixel = (236, 233, 224)
            if 20 <= x < width - 20 and y % 14 in (0, 1) and 24 <= y < height - 40:
                pixel = (60, 60, 70) if (x // 9) % 5 else (236, 233, 224)
            if (x - width + 56) ** 2 + (y - height + 36) ** 2 < 24**2:
                pixel = (70, 90, 180)
            row += bytes(pixel)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def attach_demo_files(workspace: Workspace, numbers: list[str], today: date) -> None:
    """The consent and the certificate's photo with the first case, the court's decision with
    the second."""
    if not numbers:
        return
    consent = demo_pdf(
        "СОГЛАСИЕ (демо, вымышленный документ)",
        [
            "на передачу персональных данных в полицию и суд.",
            "Дано на 12 месяцев. Подпись: ________ (demo)",
            "Келісім — демо, ойдан шығарылған құжат.",
        ],
    )
    add_attachment(workspace, numbers[0], "согласие-демо.pdf", consent, added_on=today)
    add_attachment(workspace, numbers[0], "справка-фото-демо.png", demo_png(), added_on=today)
    if len(numbers) > 1:
        decision = demo_pdf(
            "КОПИЯ РЕШЕНИЯ СУДА (демо)",
            [
                "Установить особые требования к поведению правонарушителя",
                "сроком на три месяца. Вымышленный документ (demo).",
            ],
        )
        add_attachment(workspace, numbers[1], "решение-суда-демо.pdf", decision, added_on=today)
