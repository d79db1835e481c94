"""What staff typed into the lookup box, understood as a phone, a card, an email or a name."""

from __future__ import annotations

from dataclasses import dataclass

from relate_desktop.domain import phones, text

#: Fewer trailing digits than this match too many customers to be useful.
MIN_TAIL_DIGITS = 4


@dataclass(frozen=True)
class LookupQuery:
    raw: str
    words: tuple[str, ...] = ()  # folded name words, for a name search
    digits: str = ""  # digits typed, for a phone or card search
    e164: str | None = None  # the full number, when the digits make one
    email: str = ""  # lower-cased, when the input has an "@"
    card: str = ""  # the input as a possible loyalty card number (upper-cased, as stored)

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.digits or self.email or self.card)


def parse(raw: str, region: str) -> LookupQuery:
    stripped = raw.strip()
    if not stripped:
        return LookupQuery(raw=raw)
    if "@" in stripped:
        return LookupQuery(raw=raw, email=stripped.lower(), card=stripped.upper())
    if phones.looks_like_phone(stripped):
        digits = phones.digits_of(stripped)
        return LookupQuery(
            raw=raw, digits=digits, e164=phones.to_e164(stripped, region), card=stripped.upper()
        )
    # Card numbers may mix letters and digits ("LC-00123"): any one-word input may be one.
    card = stripped.upper() if " " not in stripped else ""
    return LookupQuery(raw=raw, words=tuple(text.search_words(stripped)), card=card)
