"""Errors a person can cause or meet; each carries a message fit to show to staff."""


class RelateError(Exception):
    """Base for every error that is shown to a person rather than a traceback."""


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
