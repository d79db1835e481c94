"""Reading a loyalty-card scan: an AIM symbology prefix, a French keyboard's digit row, EAN-13."""

from __future__ import annotations

import re

from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

#: A scanner that types as a US keyboard on a French (AZERTY) layout: the unshifted digit row.
AZERTY_DIGIT_ROW = {
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5",
    "-": "6", "è": "7", "_": "8", "ç": "9", "à": "0",
}
#: "]" + symbology letter + modifier, e.g. "]E0" EAN-13, "]C0" Code 128, "]d2" Data Matrix.
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
#: The same prefix typed through an AZERTY layout: "]" arrives as "$", "0" as "à".
_AIM_ON_AZERTY = re.compile(r"^\$[A-Za-z][0-9A-Za-z&é\"'(\-è_çà]")


class BadScan(InvalidInput):
    """The scanner misread the card: nothing is looked up, staff scan again."""


def from_azerty(text: str) -> str:
    """Digits for a code typed entirely on an AZERTY digit row; anything else unchanged.

    Only a code made *wholly* of those characters is translated: "LC-7" is a real card
    number with a dash, not "LC67".
    """
    if text and all(char in AZERTY_DIGIT_ROW for char in text):
        return "".join(AZERTY_DIGIT_ROW[char] for char in text)
    return text


def strip_aim(text: str) -> str:
    """The code without its AIM symbology identifier, if the scanner sends one."""
    if _AIM.match(text):
        return text[3:]
    rest = text[3:]
    if _AIM_ON_AZERTY.match(text) and rest and from_azerty(rest) != rest:
        return rest
    return text


def ean13_is_valid(code: str) -> bool:
    """The EAN-13 check digit: weights 1 and 3 alternate over the first twelve digits."""
    if len(code) != 13 or not code.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


def read_scan(raw: str) -> str:
    """The card number a scan stands for; raises BadScan when it cannot be trusted."""
    code = from_azerty(strip_aim(raw.strip())).strip()
    if not code:
        raise BadScan(QT_TRANSLATE_NOOP("errors", "The scan was empty: scan the card again."))
    if len(code) == 13 and code.isdigit() and not ean13_is_valid(code):
        raise BadScan(QT_TRANSLATE_NOOP(
            "errors", "The scan %1 did not read right (its check digit is wrong): scan the card "
            "again."), code)
    return code
