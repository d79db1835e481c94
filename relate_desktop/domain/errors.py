"""Errors a person can cause or meet; each carries a message fit to show to staff.

The message is :class:`Words`: an English template with %1, %2 … and the values that fill
them. ``str(error)`` is the English text, values filled in (logs, the command line, tests);
the GUI translates the template and fills in the values (relate_desktop/gui/labels.py
``error_text``). The layers below the GUI never import Qt, so each template is marked where
it is written, for pyside6-lupdate, which finds the marker by its name (so import it by that
very name, never under an alias) and wants literal strings::

    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A PIN has 4 to 12 digits."))
    raise NotFound(QT_TRANSLATE_NOOP("errors", "No card %1 here."), number)

A value that is itself Words ("%1 seconds") is translated as well; an int is a quantity (the
GUI writes it with the language's digit grouping); anything else is shown as it is (a name,
a file, a server's own message). Whole sentences make the best templates: a sentence glued
together from translated pieces reads badly in languages with genders and cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

#: The translation context of every message of an error (and of the Words in it).
CONTEXT = "errors"

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


# Named as Qt's C++ macro, because that name is what lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` as a message of ``context`` for pyside6-lupdate; returns ``text`` as it is
    (translating happens in the GUI, when the message is shown)."""
    return text


def fill(template: str, values: Sequence[str]) -> str:
    """``template`` with %1 … %99 replaced by ``values``, in one pass (a value that holds "%2"
    stays as it is, unlike chained ``.replace``); a placeholder with no value stays too."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return values[index - 1] if 1 <= index <= len(values) else match.group()

    return _PLACEHOLDER.sub(value, template) if values else template


class Words:
    """A message for people: an English ``template`` with %1, %2 … and the ``values`` that
    fill them. ``str()`` is the English text; :meth:`text` gives it in another language."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, *values: Value) -> None:
        self.template = template
        self.values: tuple[Value, ...] = values

    def text(self, translate: Callable[[str], str], number: Callable[[int], str]) -> str:
        """The message with ``translate`` applied to its template and to every value that is
        Words, and ``number`` to every int."""

        def shown(value: Value) -> str:
            if isinstance(value, Words):
                return value.text(translate, number)
            if isinstance(value, int) and not isinstance(value, bool):
                return number(value)
            return str(value)

        return fill(translate(self.template), [shown(value) for value in self.values])

    def __str__(self) -> str:
        return self.text(lambda template: template, lambda number: f"{number:,}")

    def __repr__(self) -> str:
        return f"Words({', '.join(map(repr, (self.template, *self.values)))})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Words):
            return NotImplemented
        return (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash((self.template, self.values))


#: What fills a placeholder.
Value = str | int | Words


class RelateError(Exception):
    """Base for every error that is shown to a person rather than a traceback.

    ``RelateError(template, *values)`` (or ``RelateError(words)``); ``str(error)`` is the
    English message, ``error.words`` the message to translate."""

    def __init__(self, message: str | Words, *values: Value) -> None:
        if isinstance(message, Words):
            if values:
                raise TypeError("the values of Words go into the Words")
            words = message
        else:
            words = Words(message, *values)
        super().__init__(str(words))
        self.words = words

    @property
    def template(self) -> str:
        return self.words.template

    @property
    def values(self) -> tuple[Value, ...]:
        return self.words.values


class InvalidInput(RelateError):
    """What was typed cannot be stored as it is (an empty remark, an unknown kind)."""


class NotFound(RelateError):
    """The customer, remark or escalation asked for does not exist (any more)."""


class PermissionDenied(RelateError):
    """The signed-in staff member's role does not allow this action."""


class NotAllowedNow(RelateError):
    """The action does not fit the thing's current state (resolving a resolved escalation)."""


class DatabaseUnavailable(RelateError):
    """The database is locked for too long, unreadable, or out of reach."""


class ServerUnreachable(DatabaseUnavailable):
    """The shop's database server cannot be reached over the network right now (it is off, or
    the network is down): work that can wait goes to this PC's outbox."""


class EditConflict(NotAllowedNow):
    """Someone else changed the same thing a moment ago; the newer value is shown instead."""


class NoPinYet(NotAllowedNow):
    """The staff member signing in has no PIN yet (the sign-in offers to choose one)."""
