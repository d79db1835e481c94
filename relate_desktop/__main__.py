"""`python -m relate_desktop` and the relate-desktop entry point."""

from __future__ import annotations

import sys

from relate_desktop.integrations import launcher

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # A softphone's `pop` must be handed over within 300 ms: before SQLAlchemy or Qt widgets
    # are even imported (cli imports both), see integrations/launcher.py.
    handled = launcher.early(args)
    if handled is not None:
        return handled
    from relate_desktop.cli import main as command_line

    return command_line(args)


if __name__ == "__main__":
    sys.exit(main())
