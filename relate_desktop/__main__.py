"""`python -m relate_desktop` and the relate-desktop entry point."""

import sys

from relate_desktop.cli import main

__all__ = ["main"]

if __name__ == "__main__":
    sys.exit(main())
