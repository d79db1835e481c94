"""Phone numbers as the shop types them, stored as E.164 and found by their last digits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers

_NOT_DIGIT = re.compile(r"\D")
#: Characters people type in phone numbers besides digits.
_PHONE_PUNCTUATION = re.compile(r"^[\d\s+\-().\/]+$")


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number: E.164 when it parses for the shop's region, always its digits."""

    raw: str
    e164: str | None
    digits: str

    @property
    def reversed_digits(self) -> str:
        """Digits backwards, so "ends with 6789" is a prefix search on an index."""
        return self.digits[::-1]


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def looks_like_phone(text: str) -> bool:
    """True for input made only of digits and phone punctuation ("06 28 23 04 55")."""
    return bool(_PHONE_PUNCTUATION.match(text.strip())) and bool(digits_of(text))


def to_e164(raw: str, region: str) -> str | None:
    """The E.164 form of ``raw`` for a shop in ``region``, or None if it is not a valid number."""
    parsed = _written_in_e164(raw)
    if parsed is None:
        try:
            parsed = phonenumbers.parse(raw, region.upper() or None)
        except phonenumbers.NumberParseException:
            return None
    # A number only dialable locally ("12345", "555 1234" without its area code) has no
    # E.164 form: "+4412345" would be a number that does not exist.
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def _written_in_e164(raw: str) -> phonenumbers.PhoneNumber | None:
    """``raw`` as the phone library reads it, when it is already "+" and digits as web shops
    export numbers (an import reads a hundred thousand) and nothing in it is read specially:
    no leading zero after the country code, nothing the country's national prefix rule
    could take off. Anything else: None, and the library's parser reads it."""
    split = _split_e164(raw)
    if split is None:
        return None
    code, rest = split
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        code, phonenumbers.region_code_for_country_code(code))
    if metadata is None:
        return None
    prefix = metadata.national_prefix_for_parsing
    if prefix and re.match(prefix, rest):
        return None
    return phonenumbers.PhoneNumber(country_code=code, national_number=int(rest))


def _split_e164(e164: str) -> tuple[int, str] | None:
    """"+" and digits split into country code and the rest; None when it is not that plainly
    (no country code, a rest of the wrong length or starting with 0)."""
    digits = e164[1:]
    if e164[:1] != "+" or not digits.isascii() or not digits.isdigit():
        return None
    for size in (1, 2, 3):  # country codes are prefix-free
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            rest = digits[size:]
            if not 2 <= len(rest) <= 17 or rest[0] == "0":
                return None
            return code, rest
    return None


def normalise(raw: str, region: str) -> PhoneNumber:
    """Keep what was typed; add E.164 when possible. Unparseable numbers keep their digits."""
    raw = raw.strip()
    e164 = to_e164(raw, region)
    digits = digits_of(e164) if e164 else digits_of(raw)
    return PhoneNumber(raw=raw, e164=e164, digits=digits)


def stored_e164(e164: str) -> phonenumbers.PhoneNumber | None:
    """``phonenumbers.parse(e164)`` for a number Relate stored in E.164 itself: the country
    code and the rest, without the general parser (half the time of showing a number, and a
    results list shows 20 per keystroke). Numbers whose rest starts with 0 (Italy's fixed
    lines) go through the parser, which marks their leading zeros."""
    split = _split_e164(e164)
    if split is None:
        return _parsed(e164)
    return phonenumbers.PhoneNumber(country_code=split[0], national_number=int(split[1]))


def _parsed(e164: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


@lru_cache(maxsize=4096)  # every results list and card formats the same numbers again
def display(e164: str | None, raw: str, region: str) -> str:
    """How staff read a number: national format at home, international abroad."""
    if not e164:
        return raw
    parsed = stored_e164(e164)
    if parsed is None:
        return raw
    # By country code, not by region: UK mobiles are shared with Guernsey, Jersey and the
    # Isle of Man, and reserved ranges (07700 900xxx) belong to no region at all.
    home = parsed.country_code is not None and region.upper() in (
        phonenumbers.region_codes_for_country_code(parsed.country_code)
    )
    fmt = phonenumbers.PhoneNumberFormat.NATIONAL if home else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, fmt)


#: A caller ID that matches no full number is matched on this many of its last digits: a
#: national significant number is 9 or more digits in most countries, and a PBX may put
#: anything in front of it (a country code without "+", an outside-line "9").
CALLER_TAIL_DIGITS = 9
#: Fewer significant digits than this: an internal extension, matched only exactly.
SHORTEST_CALLER_TAIL = 5
#: A number kept without its area code ("7946 0958") is this long at least; shorter stored
#: numbers would end too many callers' numbers to be trusted.
SHORTEST_LOCAL_NUMBER = 7


@dataclass(frozen=True)
class CallerPhone:
    """How to match a caller ID, whatever form the exchange sent it in."""

    digits: str
    e164s: tuple[str, ...]  # full numbers it may be, best first
    tail: str  # last significant digits for the fallback match; "" for an extension
    #: The caller's last 7, 8 … digits: a number stored without its area code ends with them.
    local_endings: tuple[str, ...] = ()


def for_caller(raw: str, region: str) -> CallerPhone:
    """Read a caller ID: national with a trunk "0", international with "+" or "00" or with
    no prefix at all (447700900123), or a short extension."""
    digits = digits_of(raw)
    candidates = [to_e164(raw, region)]
    if not raw.strip().startswith("+") and len(digits) >= 10:
        # International without "+": only when it reads as a possible number that way.
        candidates.append(to_e164("+" + digits, ""))
        if digits.startswith("00"):
            candidates.append(to_e164("+" + digits[2:], ""))
    e164s = tuple(dict.fromkeys(c for c in candidates if c))
    significant = digits.lstrip("0")
    tail = significant[-CALLER_TAIL_DIGITS:] if len(significant) >= SHORTEST_CALLER_TAIL else ""
    endings = tuple(tail[-size:] for size in range(SHORTEST_LOCAL_NUMBER, len(tail)))
    return CallerPhone(digits=digits, e164s=e164s, tail=tail, local_endings=endings)
