"""Pseudo-localisation: stretched, accented strings and a mirrored layout, to catch clipped text.

``RELATE_PSEUDO=stretch`` makes every string that goes through ``tr()`` about 40 % longer and
accented ("Save" -> "[Šåvë~~]"), as a German or Finnish translation would be, so a label with
too little room shows at once; the brackets show where a sentence was glued together from
pieces, or where a string never went through ``tr()`` at all. ``RELATE_PSEUDO=rtl`` lays the
windows out right to left as Arabic or Hebrew would; ``stretch,rtl`` does both.
"""

from __future__ import annotations

import math
import os
import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

#: The environment variable read by :func:`install_pseudo`.
PSEUDO_ENV = "RELATE_PSEUDO"

# Accented Latin letters that common fonts (DejaVu, Segoe UI, Noto) all carry; "v" stays.
_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuwxyzABCDEFGHIJKLMNOPQRSTUWXYZ",
    "åƀçðëƒĝĥîĵķļɱñøþǫŕšţüŵẋýžÅƁÇÐËƑĜĤÎĴĶĻṀÑØÞǪŔŠŢÜŴẊÝŽ",
)

# What must come through untouched: HTML tags and entities, a literal "&&", %1 / %L1 / %n
# placeholders, links, file-dialog patterns such as "(*.csv *.txt)".
_KEEP = re.compile(
    r"<[A-Za-z/!][^<>]*>"
    r"|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"
    r"|&&"
    r"|%L?(?:\d+|n)"
    r"|https?://\S+"
    r"|\(\*[^)]*\)"
)
# A word, with the "&" of an accelerator inside it ("T&heme", "&Save"): the letter after the
# "&" keeps its shape, so Alt+letter stays the same.
_WORD = re.compile(r"(?:&?[^\W\d_])+")
_ACCELERATED = re.compile(r"&(.)|(.)", re.DOTALL)
# "Ctrl+Shift+W", "F9": a key sequence given to tr() must still work as one.
_KEYS = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+$|^F\d{1,2}$")

STRETCH = 0.4


def _stretch_word(word: str) -> str:
    letters = word.replace("&", "")
    accented = _ACCELERATED.sub(
        lambda m: "&" + m.group(1) if m.group(1) else m.group(2).translate(_ACCENTS), word)
    return accented + "~" * math.ceil(len(letters) * STRETCH)


def _stretch_words(text: str) -> str:
    """Accent every letter and give each word about 40 % more length."""
    return _WORD.sub(lambda m: _stretch_word(m.group()), text)


def pseudo_text(source: str) -> str:
    """The stretched, accented form of ``source``; the same input always gives the same output."""
    if not source or _KEYS.match(source) or not _WORD.search(source):
        return source
    pieces: list[tuple[bool, str]] = []  # (is text to stretch, piece)
    position = 0
    for kept in _KEEP.finditer(source):
        if kept.start() > position:
            pieces.append((True, source[position:kept.start()]))
        pieces.append((False, kept.group()))
        position = kept.end()
    if position < len(source):
        pieces.append((True, source[position:]))
    out = [_stretch_words(piece) if is_text else piece for is_text, piece in pieces]
    # Brackets around what is shown: inside rich text's outer tags, so they are visible too.
    shown = [i for i, (is_text, piece) in enumerate(pieces) if is_text or not piece.startswith("<")]
    first, last = shown[0], shown[-1]
    # Spaces at either end stay outside: "URGENT · " + a summary reads "[ÜŔĜËÑŢ~~~ ·] The…".
    head = out[first][: len(out[first]) - len(out[first].lstrip())]
    out[first] = head + "[" + out[first][len(head):]
    tail = out[last][len(out[last].rstrip()):]
    out[last] = out[last][: len(out[last]) - len(tail)] + "]" + tail
    return "".join(out)


class PseudoTranslator(QTranslator):
    """A translator that "translates" every string into its stretched, accented form."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:  # Qt's signature; Qt fills in %n afterwards
        return pseudo_text(source or "")

    def isEmpty(self) -> bool:
        return False


def _modes() -> set[str]:
    return {word.strip().lower() for word in os.environ.get(PSEUDO_ENV, "").split(",") if word.strip()}


def install_pseudo(app: QCoreApplication) -> bool:
    """Apply ``RELATE_PSEUDO`` (``stretch``, ``rtl`` or ``stretch,rtl``) to ``app``, before any
    window is built; True when something was applied. Unknown words are ignored."""
    modes = _modes()
    applied = False
    if "stretch" in modes and app.findChild(PseudoTranslator) is None:
        translator = PseudoTranslator(app)  # the application keeps it alive
        translator.setObjectName("pseudoTranslator")
        app.installTranslator(translator)
        applied = True
    if "rtl" in modes and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        applied = True
    return applied


def remove_pseudo(app: QCoreApplication) -> None:
    """Take the pseudo translator out again (tests); the layout direction is the caller's."""
    for translator in app.findChildren(PseudoTranslator):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()
