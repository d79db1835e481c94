"""What a softphone or PBX says about a caller: a number or "withheld", from any of its forms."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote, unquote, urlsplit

#: The command word softphones are told to run: ``relate-desktop pop NUMBER``.
POP_COMMAND = "pop"
LINK_SCHEME = "relate"

#: What phones and exchanges send instead of a number when the caller hides it (compared
#: in lower case). NCID says "O" (out of area) and "P" (private); Asterisk "<unknown>".
_WITHHELD = frozenset({
    "", "anonymous", "unknown", "<unknown>", "unavailable", "private", "restricted",
    "withheld", "blocked", "out-of-area", "out of area", "o", "p", "-",
})


def caller_number(raw: str) -> str:
    """The number part of what a phone passed on.

    Softphones and PBXs hand over a SIP user part ("+447700900123"), sometimes a whole URI
    ("sip:+44…@pbx.local;user=phone", '"Ann" <sip:201@pbx>', "tel:+44…") or a
    percent-encoded one; only the user part names the caller.
    """
    text = raw.strip()
    if "<" in text and ">" in text:
        text = text[text.index("<") + 1:text.rindex(">")]
    lowered = text.lower()
    for scheme in ("sips:", "sip:", "tel:"):
        if lowered.startswith(scheme):
            text = text[len(scheme):]
            break
    text = text.split("@", 1)[0].split(";", 1)[0]
    return unquote(text).strip().strip('"').strip()


def is_withheld(number: str) -> bool:
    """True when the caller hid their number (or the line sent none)."""
    return caller_number(number).lower() in _WITHHELD


def pop_link(number: str) -> str:
    """The ``relate://pop?number=…`` link that pops ``number``."""
    return f"{LINK_SCHEME}://{POP_COMMAND}?number={quote(number, safe='')}"


def is_link(text: str) -> bool:
    return text.strip().lower().startswith(f"{LINK_SCHEME}:")


def query_value(query: str, key: str) -> str | None:
    """One value of a URL query, percent-decoded but with "+" kept as "+".

    ``parse_qs`` would read "number=+447700900123" as " 447700900123": an exchange that
    fills in its caller number unencoded would lose the "+" that makes it international.
    """
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if unquote(name) == key:
            return unquote(value)
    return None


def number_from_link(link: str) -> str | None:
    """The caller in ``relate://pop?number=…`` (also ``relate:pop?…``); None for other links."""
    parts = urlsplit(link.strip())
    if parts.scheme.lower() != LINK_SCHEME:
        return None
    action = (parts.netloc or parts.path).strip("/").lower()
    if action != POP_COMMAND:
        return None
    return query_value(parts.query, "number") or ""


def number_from_arguments(arguments: Sequence[str]) -> str | None:
    """The caller named by a command line handed over: ``pop NUMBER`` (the number is the
    *last* word, as softphones append it) or a ``relate://pop`` link. None: no call, just
    "come to the front"."""
    words = list(arguments)
    if words and words[0] == POP_COMMAND:
        return words[-1] if len(words) > 1 else ""
    for word in words:
        if is_link(word):
            number = number_from_link(word)
            if number is not None:
                return number
    return None
