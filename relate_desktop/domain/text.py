"""Folding names for search: case and accents ignored, so "jose" finds "José"."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Letters that Unicode does not decompose into a base letter plus an accent.
_NO_DECOMPOSITION = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)

_ASCII_WORD = re.compile(r"[a-zA-Z0-9]+")


def _fold_by_rules(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.translate(_NO_DECOMPOSITION)


#: Every rule above works one character at a time (case folding, decomposition, dropping
#: marks: NFKD's reordering only moves marks, which are dropped), so for the alphabets most
#: names are written in (Latin, Greek, Cyrillic, Armenian and their combining marks) each
#: character's folded form is worked out once and a name is folded by one translate(): a
#: lookup folds up to 200 names to sort them, an import every name.
_FOLD_TABLE_END = "\u0590"


@cache  # made on first use: start-up does not wait for it
def _fold_table() -> dict[int, str]:
    return {code: _fold_by_rules(chr(code)) for code in range(ord(_FOLD_TABLE_END))}


def fold(text: str) -> str:
    """Lower-case ``text`` and strip its accents (NFKD, combining marks removed)."""
    if text.isascii():
        return text.lower()
    if max(text) < _FOLD_TABLE_END:
        return text.translate(_fold_table())
    return _fold_by_rules(text)


def fold_all(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, folded as one string: the rules work a character at a time,
    so a separator folds to itself and splits them again (a lookup sorts up to 200 names)."""
    if any("\0" in text for text in texts):
        return [fold(text) for text in texts]
    return fold("\0".join(texts)).split("\0") if texts else []


def _words(folded: str) -> list[str]:
    """Runs of letters and digits; a combining mark continues a word (Devanagari and Thai
    write vowels as marks that ``fold`` keeps, and they are not word breaks)."""
    if folded.isascii():
        return _ASCII_WORD.findall(folded)
    words: list[str] = []
    current: list[str] = []
    for ch in folded:
        if ch.isalnum() or (current and unicodedata.category(ch).startswith("M")):
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def search_words(text: str) -> list[str]:
    """The folded words of ``text``, in order, without punctuation ("O'Brien" -> o, brien)."""
    return _words(fold(text))


def name_tokens(name: str) -> set[str]:
    """The words a customer can be found by; "O'Brien" is also found as "obrien"."""
    words = search_words(name)
    tokens = set(words)
    for part in re.split(r"\s+", fold(name)):
        joined = "".join(_words(part))
        if joined:
            tokens.add(joined)
    return tokens


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix``.

    Lets a prefix search be an index range (``col >= p AND col < upper``) on any engine,
    instead of a ``LIKE`` whose index use depends on collation settings.
    """
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
