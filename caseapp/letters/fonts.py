"""The letters' font: Liberation Serif, which ships with the program, or one an administrator chose.

Letters embed their font (a subset), so a PDF reads the same on any computer. The program carries
its own so that a letter also *looks* the same on every computer and needs no system font:
Liberation Serif (Times-metric, every Kazakh letter, SIL Open Font License; regular, bold, italic
and bold italic with the licence in ``resources/fonts``). An administrator may choose another
TrueType file instead; its bold and italic siblings are found by name. Each font's character
map is checked, so a font without Ә Ғ Қ Ң Ө Ұ Ү Һ І is never used.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from caseapp import resource_path
from caseapp.domain.errors import QT_TRANSLATE_NOOP, OperationFailed

KAZAKH_LETTERS: Final = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"
REQUIRED_CHARACTERS: Final = (
    KAZAKH_LETTERS
    + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    + "«»№–—“”"
)
"""Every character a letter may need beyond ASCII: Kazakh and Russian Cyrillic and punctuation."""

SHIPPED: Final = (
    "LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold.ttf",
    "LiberationSerif-Italic.ttf",
    "LiberationSerif-BoldItalic.ttf",
)
"""The shipped family's files in ``caseapp.resources/fonts``: regular, bold, italic, bold italic."""

# A chosen regular file's siblings: (from, to) replacements of its name, and suffixes, per style.
_SIBLINGS: Final = {
    "bold": (("Regular", "Bold"), ("regular", "bold"), "-Bold", " Bold", "bd"),
    "italic": (("Regular", "Italic"), ("regular", "italic"), "-Italic", " Italic", "i"),
    "bold_italic": (
        ("Regular", "BoldItalic"),
        ("regular", "bolditalic"),
        "-BoldItalic",
        " Bold Italic",
        "bi",
        "z",
    ),
}


class FontNotFound(OperationFailed):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The letter font that ships with caseapp is missing or damaged ({path}): reinstall "
        "caseapp.",
    )


@dataclass(frozen=True)
class LetterFonts:
    """Registered ReportLab font names, and the files they come from. `regular` is also the
    name of the registered family, so <b> and <i> in a paragraph pick its other styles."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    regular_path: Path
    bold_path: Path
    italic_path: Path
    bold_italic_path: Path


def shipped_font_folder() -> Path:
    """Where the shipped font and its licence are (inside the installed or frozen program)."""
    return resource_path("fonts")


def _load(path: Path) -> TTFont | None:
    """The font, registered, or None when it cannot be read or lacks a character letters need."""
    name = "CaseappLetter-" + hashlib.sha256(str(path).encode()).hexdigest()[:12]
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        try:
            font = TTFont(name, str(path))
        except Exception:  # unreadable, not TrueType outlines, a collection, ...
            return None
    if not isinstance(font, TTFont):
        return None
    glyphs = font.face.charToGlyph
    if any(ord(c) not in glyphs for c in REQUIRED_CHARACTERS):
        return None
    pdfmetrics.registerFont(font)
    return font


def _siblings(regular: Path, style: str) -> Iterator[Path]:
    stem, suffix = regular.stem, regular.suffix
    for rule in _SIBLINGS[style]:
        candidate = stem.replace(*rule) if isinstance(rule, tuple) else stem + rule
        if candidate != stem:
            yield regular.with_name(candidate + suffix)


def _family(regular: Path, others: dict[str, Path | None]) -> LetterFonts | None:
    """The family registered with ReportLab; a missing or unusable style prints as the nearest
    one there is (bold italic as bold, italic and bold as regular)."""
    font = _load(regular)
    if font is None:
        return None
    chosen: dict[str, tuple[str, Path]] = {"regular": (font.fontName, regular)}
    for style, fallback in (("bold", "regular"), ("italic", "regular"), ("bold_italic", "bold")):
        path = others.get(style)
        styled = _load(path) if path is not None and path.is_file() else None
        if styled is None or path is None:
            chosen[style] = chosen[fallback]
        else:
            chosen[style] = (styled.fontName, path)
    name = font.fontName
    for (bold, italic), style in (
        ((0, 0), "regular"),
        ((1, 0), "bold"),
        ((0, 1), "italic"),
        ((1, 1), "bold_italic"),
    ):
        addMapping(name, bold, italic, chosen[style][0])
    return LetterFonts(
        chosen["regular"][0],
        chosen["bold"][0],
        chosen["italic"][0],
        chosen["bold_italic"][0],
        chosen["regular"][1],
        chosen["bold"][1],
        chosen["italic"][1],
        chosen["bold_italic"][1],
    )


@cache
def _configured(path: Path) -> LetterFonts:
    if not path.is_file():
        raise FontNotFound(
            QT_TRANSLATE_NOOP("errors", "The configured letter font {path} does not exist."),
            path=str(path),
        )
    others = {
        style: next((p for p in _siblings(path, style) if p.is_file()), None) for style in _SIBLINGS
    }
    fonts = _family(path, others)
    if fonts is None:
        raise FontNotFound(
            QT_TRANSLATE_NOOP(
                "errors",
                "The configured letter font {path} is not a TrueType font with every Kazakh "
                "letter: choose another one, or {hint}.",
            ),
            path=str(path),
            hint=QT_TRANSLATE_NOOP("errors", "use the font that ships with caseapp"),
        )
    return fonts


@cache
def _shipped(folder: Path) -> LetterFonts:
    regular, bold, italic, bold_italic = (folder / name for name in SHIPPED)
    fonts = _family(regular, {"bold": bold, "italic": italic, "bold_italic": bold_italic})
    if fonts is None or fonts.bold_path != bold or fonts.italic_path != italic:
        raise FontNotFound(path=str(folder))
    return fonts


def find_fonts(configured: str | os.PathLike[str] | None = None) -> LetterFonts:
    """The letter fonts, registered with ReportLab: the configured TrueType file when given (its
    bold and italic siblings found by name), else Liberation Serif, which ships with the program.

    Raises `FontNotFound`, one sentence, when the configured file is missing or unfit, or the
    shipped font is missing. The result is cached for the life of the program.
    """
    if configured is not None and str(configured):
        return _configured(Path(configured).expanduser().resolve())
    return _shipped(shipped_font_folder())
