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
