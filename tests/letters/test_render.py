"""Rendering letters without a database: texts, fonts, layout, and reading the PDFs back."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader

from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import InvalidInput
from caseapp.domain.letters import OWN_DOCUMENTS
from caseapp.letters.builders import LetterBuilder, MissingFact, OrganisationFacts
from caseapp.letters.fonts import (
    KAZAKH_LETTERS,
    SHIPPED,
    FontNotFound,
    find_fonts,
    shipped_font_folder,
)
from caseapp.letters.renderer import LetterRenderer
from caseapp.letters.texts import (
    PLACEHOLDERS,
    LetterText,
    parse_letter_text,
    shipped_source,
    shipped_text,
)
from tests.letters.sample import (
    ALL_KINDS,
    BIN,
    CLIENT,
    DIRECTOR,
    IIN,
    LANGS,
    OFFICE,
    ORDER,
    ORG_NAMES,
    ORG_PHONE,
    compact,
    facts,
    font_dicts,
    pdf_text,
)

SHIPPED_REGULAR = shipped_font_folder() / SHIPPED[0]


@pytest.fixture(scope="module")
def renderer() -> LetterRenderer:
    return LetterRenderer(find_fonts())


def render(
    renderer: LetterRenderer,
    kind: LetterKind,
    lang: str,
    number: str = "12/2026",
    text: LetterText | None = None,
    **changes: object,
) -> bytes:
    changes.setdefault(
        "organisation", OrganisationFacts(ORG_NAMES[lang], OFFICE, ORG_PHONE, BIN, DIRECTOR)
    )
    if kind is LetterKind.POLICE_SERVE:  # about an order not yet served
        changes.setdefault("order", replace(facts().order, served_on=None))
    builder = LetterBuilder(kind, lang, text or shipped_text(kind, lang), facts(**changes))
    return renderer.render(builder.document(number))


# --- texts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_has_a_valid_text_in_every_language(kind: LetterKind, lang: str) -> None:
    text = shipped_text(kind, lang)
    assert text.placeholders() <= set(PLACEHOLDERS)
    assert "client" in text.placeholders()
    # Only what the recipient needs: the IIN goes to a court, a doctor, the bar and social
    # protection, who register her by it; the police and shelters identify her otherwise.
    assert ("iin" in text.placeholders()) is (kind in IIN_KINDS)
    assert text.carries_personal_data
    if lang == "kk":
        assert any(c in KAZAKH_LETTERS for c in shipped_source(kind, lang))


IIN_KINDS = frozenset(
    {
        LetterKind.COURT_REQUIREMENTS,
        LetterKind.MEDICAL_CERTIFICATE,
        LetterKind.LEGAL_AID,
        LetterKind.SOCIAL,
        LetterKind.CONSENT_FORM,  # her own documents: she identifies herself
        LetterKind.POLICE_STATEMENT,
    }
)


def test_the_police_text_lists_the_missed_checks() -> None:
    for lang in LANGS:
        assert "missed_checks" in shipped_text(LetterKind.POLICE_CHECKS, lang).placeholders()


@pytest.mark.parametrize(
    ("placeholder", "why"),
    [
        ("{room}", "never print"),
        ("{address}", "never print"),
        ("{client.address}", "never print"),
        ("{shelter_address}", "never print"),
        ("{destination}", "never print"),
        ("{client.__class__}", "not a placeholder"),
        ("{0}", "not a placeholder"),
        ("{}", "not a placeholder"),
        ("{nickname}", "not a placeholder"),
        ("{client!r}", "format"),
        ("{client:>40}", "format"),
        ("{client", "lone"),
        ("client}", "lone"),
    ],
)
def test_a_text_with_an_unknown_placeholder_is_refused(placeholder: str, why: str) -> None:
    source = f'addressee = "A"\ntitle = "T"\nbody = ["Живёт: {placeholder}."]\n'
    with pytest.raises(InvalidInput) as raised:
        parse_letter_text(source)
    assert why in raised.value.message
    assert raised.value.message.count(".") >= 1 and "\n" not in raised.value.message


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ('addressee = "A"\ntitle = "T"\n', "needs 'body'"),
        ('addressee = "A"\ntitle = "T"\nbody = []\n', "list of 1 to"),
        ('addressee = "A"\ntitle = "T"\nbody = ["x"]\nroom = "1"\n', "unknown field 'room'"),
        ('addressee = "A"\ntitle = ""\nbody = ["x"]\n', "'title' in the letter text is empty"),
        ('addressee = 1\ntitle = "T"\nbody = ["x"]\n', "must be text"),
        ('addressee = "A"\ntitle = "T"\nbody = ["x\\u0007"]\n', "control characters"),
        ("addressee = \n", "cannot be read at line 1: a value is not written in quotation marks"),
    ],
)
def test_a_malformed_text_is_refused_with_one_sentence(source: str, why: str) -> None:
    with pytest.raises(InvalidInput) as raised:
        parse_letter_text(source)
    assert why in raised.value.message


def test_a_text_survives_the_round_trip_through_toml() -> None:
    text = LetterText(
        addressee='Начальнику\n"УП" \\ {order_issued_by}',
        title="Заголовок — «кавычки» {{скобки}}",
        body=("Әйгерім: {client}.", "Tab-free line two; 100% {missed_checks}"),
    )
    assert parse_letter_text(text.to_toml()) == text


# --- the letter read back -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_each_letter_reads_back_with_names_numbers_and_dates(
    renderer: LetterRenderer, kind: LetterKind, lang: str
) -> None:
    text = compact(pdf_text(render(renderer, kind, lang)))
    own = kind in OWN_DOCUMENTS
    for expected in (CLIENT,) if own else (CLIENT, "12/2026", "25.03.2026", BIN):
        assert compact(expected) in text, expected
    placeholders = shipped_text(kind, lang).placeholders()
    assert (IIN in text) is ("iin" in placeholders)
    assert ("15.04.1990" in text) is ("birth_date" in placeholders)
    assert (compact(ORG_NAMES[lang]) in text) is (not own or "organisation" in placeholders)
    assert (compact(OFFICE) in text) is not own
    title = shipped_text(kind, lang).title
    assert compact(title) in text
    if {"order_number"} <= shipped_text(kind, lang).placeholders():
        assert compact(f"№ {ORDER}") in text or compact(f"No. {ORDER}") in text
        assert "02.03.2026" in text
        assert ("31.03.2026" in text) is ("order_expires_on" in placeholders)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(OWN_DOCUMENTS))
def test_her_own_documents_are_hers_not_the_centres_letters(
    renderer: LetterRenderer, kind: LetterKind, lang: str
) -> None:
    """The consent form and her statement are signed and dated by her: no letterhead, no
    outgoing number, no executor; a blank for the date she signs."""
    text = compact(pdf_text(render(renderer, kind, lang)))
    for absent in ("12/2026", "25.03.2026", BIN, OFFICE):
        assert compact(absent) not in text, absent
    assert compact({"ru": "«___»", "kk": "жылғы«___»", "en": "Date:"}[lang]) in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_police_letter_lists_each_missed_check(renderer: LetterRenderer, lang: str) -> None:
    text = compact(pdf_text(render(renderer, LetterKind.POLICE_CHECKS, lang)))
    assert compact("15.03.2026, 22.03.2026") in text
    assert "Қасымов" in text


def test_kazakh_letters_survive_in_every_font_style(renderer: LetterRenderer) -> None:
    text = pdf_text(render(renderer, LetterKind.POLICE_CHECKS, "kk"))
    assert CLIENT in text  # regular
    assert "Қорғау нұсқамасының сақталуын" in text  # the bold title
    assert "«Шаңырақ» дағдарыс орталығы" in text  # the bold letterhead
    for letter in "ӘҒҚҢӨҰҮІ":
        assert letter in text or letter.lower() in text, letter


@pytest.mark.parametrize("lang", LANGS)
def test_every_font_is_embedded_truetype(renderer: LetterRenderer, lang: str) -> None:
    fonts = font_dicts(render(renderer, LetterKind.COURT_REQUIREMENTS, lang))
    assert fonts
    for font in fonts:
        if font.get("/Subtype") == "/Type0":
            continue  # its descendant is checked
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font.get("/BaseFont")
        assert font["/Subtype"] in ("/TrueType", "/CIDFontType2")
    assert not any("Helvetica" in str(f.get("/BaseFont")) for f in fonts)


def test_the_executor_sits_at_the_bottom_and_the_reference_at_the_top(
    renderer: LetterRenderer,
) -> None:
    page = PdfReader(io.BytesIO(render(renderer, LetterKind.COURT_REQUIREMENTS, "ru"))).pages[0]
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for marker in ("Исп.:", "Исх. №", "Председателю"):
            if marker in text:
                found[marker] = tm[5] * cm[3] + cm[5]

    page.extract_text(visitor_text=visit)
    assert found["Исп.:"] < 100  # within the bottom margin area of an A4 page (842 pt high)
    assert found["Исх. №"] > 600 and abs(found["Исх. №"] - found["Председателю"]) < 5


def test_a_long_letter_numbers_its_later_pages(renderer: LetterRenderer) -> None:
    base = shipped_text(LetterKind.SOCIAL, "ru")
    long_text = LetterText(base.addressee, base.title, base.body * 12)
    pdf = render(renderer, LetterKind.SOCIAL, "ru", number="7/2026", text=long_text)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    first = reader.pages[0].extract_text()
    second = reader.pages[1].extract_text()
    assert "Исх. № 7/2026 от 25.03.2026" in second  # the footer of later pages
    assert second.lstrip().startswith("2")  # the page number heads the page
    assert "Исх. № 7/2026 от 25.03.2026" not in first
    last = reader.pages[-1].extract_text()
    assert "Исп.:" in last and "Исп.:" not in first


def test_a_one_page_letter_has_no_page_number(renderer: LetterRenderer) -> None:
    reader = PdfReader(io.BytesIO(render(renderer, LetterKind.COURT_REQUIREMENTS, "ru")))
    assert len(reader.pages) == 1
    assert not reader.pages[0].extract_text().lstrip().startswith("1")


def test_values_are_printed_as_text_never_as_markup(renderer: LetterRenderer) -> None:
    pdf = render(
        renderer, LetterKind.MEDICAL_CERTIFICATE, "en", client_name='<b>Ann</b> & "Co" <br/>'
    )
    assert '<b>Ann</b> & "Co" <br/>' in pdf_text(pdf)


def test_the_signature_falls_back_to_the_author_without_a_director(
    renderer: LetterRenderer,
) -> None:
    org = OrganisationFacts(ORG_NAMES["ru"], OFFICE, "", BIN, "")
    builder = LetterBuilder(
        LetterKind.MEDICAL_CERTIFICATE,
        "ru",
        shipped_text(LetterKind.MEDICAL_CERTIFICATE, "ru"),
        facts(organisation=org),
    )
    text = pdf_text(renderer.render(builder.document("3/2026")))
    assert "юрист" in text and DIRECTOR not in text
    assert "тел. +7 701 000 00 01" in text


@pytest.mark.parametrize(
    ("kind", "change", "why"),
    [
        (LetterKind.POLICE_CHECKS, {"order": None}, "no protection order in force on 2026-03-25"),
        (LetterKind.POLICE_CHECKS, {"missed_checks": ()}, "was missed by 2026-03-25"),
        (LetterKind.COURT_REQUIREMENTS, {"offender": ""}, "no name for the offender"),
        (LetterKind.MEDICAL_CERTIFICATE, {"iin": ""}, "no IIN"),
        (LetterKind.SHELTER_REFERRAL, {"birth_date": None}, "no date of birth"),
        (LetterKind.COURT_REQUIREMENTS, {"violence_types": ()}, "no form of violence"),
        (LetterKind.POLICE_VIOLATION, {"violation_on": None}, "found it violated by 2026-03-25"),
        (
            LetterKind.POLICE_FORENSIC,
            {"incident_on": None},
            "no incident of physical or sexual violence by",
        ),
        (LetterKind.MINOR_AT_RISK, {"minor_children": ()}, "no child of the client under 18"),
        (LetterKind.POLICE_SERVE, {"order_in_force": False}, "no protection order in force"),
    ],
)
def test_a_letter_missing_a_fact_its_text_needs_is_refused(
    kind: LetterKind, change: dict[str, object], why: str
) -> None:
    builder = LetterBuilder(kind, "ru", shipped_text(kind, "ru"), facts(**change))
    with pytest.raises(MissingFact) as raised:
        builder.check()
    assert why in raised.value.message and "2026-0007" in raised.value.message


def test_the_organisation_needs_a_name_in_the_letters_language() -> None:
    org = OrganisationFacts("", OFFICE)
    builder = LetterBuilder(
        LetterKind.COURT_REQUIREMENTS,
        "en",
        shipped_text(LetterKind.COURT_REQUIREMENTS, "en"),
        facts(organisation=org),
    )
    with pytest.raises(MissingFact, match="no name in the letter's language"):
        builder.check()


def test_one_page_renders_to_a_png(renderer: LetterRenderer, tmp_path: Path) -> None:
    pdf_path = tmp_path / "letter.pdf"
    pdf_path.write_bytes(render(renderer, LetterKind.POLICE_CHECKS, "kk"))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf_path), str(tmp_path / "p")],
        check=True,
    )
    pngs = list(tmp_path.glob("p*.png"))
    assert len(pngs) == 1
    data = pngs[0].read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


# --- fonts ----------------------------------------------------------------------------------------


def test_the_shipped_font_has_every_style_and_its_licence() -> None:
    fonts = find_fonts()
    folder = shipped_font_folder()
    assert [fonts.regular_path, fonts.bold_path, fonts.italic_path, fonts.bold_italic_path] == [
        folder / name for name in SHIPPED
    ]
    assert len({fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic}) == 4
    licence = (folder / "LICENSE.txt").read_text("utf-8")
    assert "SIL Open Font License" in licence and "Liberation" in licence


def test_letters_embed_the_shipped_font(renderer: LetterRenderer) -> None:
    fonts = font_dicts(render(renderer, LetterKind.POLICE_CHECKS, "kk"))
    names = {str(f.get("/BaseFont")) for f in fonts}
    assert any("LiberationSerif-Bold" in n for n in names), names
    assert any("LiberationSerif" in n and "Bold" not in n for n in names), names


def test_a_configured_font_is_used(tmp_path: Path) -> None:
    own = tmp_path / "OwnSerif-Regular.ttf"
    shutil.copy(SHIPPED_REGULAR, own)
    fonts = find_fonts(own)
    assert fonts.regular_path == own and fonts.bold_path == own  # no bold sibling: regular
    assert fonts.italic_path == own and fonts.bold_italic_path == own

    folder = shipped_font_folder()
    shutil.copy(SHIPPED_REGULAR, tmp_path / "Own.ttf")
    shutil.copy(folder / "LiberationSerif-Bold.ttf", tmp_path / "Own Bold.ttf")
    shutil.copy(folder / "LiberationSerif-BoldItalic.ttf", tmp_path / "Ownbi.ttf")
    fonts = find_fonts(tmp_path / "Own.ttf")  # siblings named the Windows way or with spaces
    assert fonts.bold_path == tmp_path / "Own Bold.ttf"
    assert fonts.bold_italic_path == tmp_path / "Ownbi.ttf"
    assert fonts.italic_path == tmp_path / "Own.ttf"  # none: regular


def test_a_configured_font_that_is_missing_is_reported(tmp_path: Path) -> None:
    with pytest.raises(FontNotFound, match="does not exist"):
        find_fonts(tmp_path / "none.ttf")


def test_a_font_without_kazakh_letters_is_refused(tmp_path: Path) -> None:
    latin = tmp_path / "LatinSerif.ttf"  # Bitstream Vera, which ReportLab ships: no Cyrillic
    shutil.copy(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf", latin)
    with pytest.raises(FontNotFound, match="not a TrueType font with every Kazakh letter"):
        find_fonts(latin)
    (tmp_path / "text.ttf").write_text("not a font")
    with pytest.raises(FontNotFound):
        find_fonts(tmp_path / "text.ttf")


def test_rendering_writes_no_file(
    renderer: LetterRenderer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is written while a letter renders: the PDF exists only as bytes."""
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp_dir))
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.chdir(tmp_path)
    pdf = render(renderer, LetterKind.POLICE_CHECKS, "ru")
    assert pdf.startswith(b"%PDF-")
    assert list(tmp_path.rglob("*")) == [temp_dir]


def test_dates_use_the_official_numeric_form() -> None:
    builder = LetterBuilder(
        LetterKind.POLICE_CHECKS,
        "kk",
        shipped_text(LetterKind.POLICE_CHECKS, "kk"),
        facts(on=date(2026, 4, 1)),
    )
    document = builder.document("5/2026")
    assert document.reference == ("Шығ. № 5/2026", "01.04.2026 ж.")
    # A Kazakh addressee never opens with the unit's Russian name.
    assert document.addressee.startswith("Полиция органының бастығына")


def test_the_document_information_holds_no_personal_data(renderer: LetterRenderer) -> None:
    info = PdfReader(io.BytesIO(render(renderer, LetterKind.POLICE_CHECKS, "ru"))).metadata
    assert info is not None
    values = " ".join(str(v) for v in info.values())
    assert "12/2026" in str(info.title)
    for personal in (CLIENT, IIN, "Қасымов", "Динара"):
        assert personal not in values
