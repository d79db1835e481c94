"""Staff PINs: what counts as one, and a slow salted hash (scrypt) so a copied file leaks none."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import timedelta

from relate_desktop.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

# scrypt cost: about 50 ms here, so guessing is slow but signing in is not.
_N, _R, _P = 2**14, 8, 1
#: Wrong PINs allowed before the account waits; each further one doubles the wait.
FREE_TRIES = 3
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


def check_pin(pin: str) -> str:
    """A PIN is 4–12 digits; anything else must be a passphrase of 8 characters or more."""
    if pin.isdigit():
        if not 4 <= len(pin) <= 12:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A PIN has 4 to 12 digits."))
    elif len(pin) < 8:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Use 4 to 12 digits, or a passphrase of at least 8 characters."))
    elif len(pin) > 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That passphrase is too long."))
    return pin


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(pin.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def wait_after(failures: int) -> timedelta:
    """How long an account waits after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return timedelta(0)
    wait = FIRST_WAIT * (2 ** (failures - FREE_TRIES))
    return wait if wait < LONGEST_WAIT else LONGEST_WAIT
