"""Name normalisation for search: one key for Kazakh Cyrillic, Russian Cyrillic and Kazakh Latin.

«Айгерим», «Әйгерім» and «Aigerim» must meet, and so must Жанар/Zhanar/Janar, Қайрат/Qairat/Kairat
and Шұғыла/Shugyla/Şuğyla. anyascii gives a Latin base for every script; a small phonetic fold
on top removes the differences that spelling conventions introduce.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# Kazakh Latin (2021) letters whose plain-ASCII form differs from their sound: fold them first, so
# that "ş" becomes "sh" rather than anyascii's "s".
_LATIN_PRE = str.maketrans({"ş": "sh", "ç": "ch", "ğ": "g", "ı": "i", "ñ": "ng", "ū": "u"})

# Applied in order on the ASCII form.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("shch", "sh"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("q", "k"),
    ("ts", "c"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("ea", "ia"),
)
_DOUBLES = re.compile(r"(.)\1+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[^\W_]+")


def fold_word(word: str) -> str:
    """The search key of one word: lower-case ASCII with spelling differences folded away."""
    text = unicodedata.normalize("NFC", word).lower().translate(_LATIN_PRE)
    text = anyascii(text).lower()
    text = _NON_ALNUM.sub("", text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    if text.startswith("ie"):  # Yelena/Elena, Yerlan/Erlan: a word-initial Е written "Ye"
        text = text[1:]
    return _DOUBLES.sub(r"\1", text)


def name_keys(text: str) -> list[str]:
    """The folded keys of every word in a name, in order, without empty ones."""
    keys = (fold_word(w) for w in _WORD.findall(text))
    return [k for k in keys if k]


def digits_only(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


def phone_key(text: str) -> str:
    """The last ten digits of a phone number, so +7 701..., 8 701... and 701... meet."""
    digits = digits_only(text)
    return digits[-10:] if len(digits) >= 10 else digits
