"""Several values in one spreadsheet cell ("a;b"), escaped so a value may hold the separator."""

from __future__ import annotations

from collections.abc import Iterable

#: Between the values of one cell: phones, emails, cards, little things, tags.
LIST_SEPARATOR = ";"


def join_cell(values: Iterable[str]) -> str:
    """``a;b``; a backslash or separator inside a value is escaped, so ``split_cell`` gives
    back exactly the values joined ("Receipt; paper" stays one little thing)."""
    return LIST_SEPARATOR.join(
        v.replace("\\", "\\\\").replace(LIST_SEPARATOR, "\\" + LIST_SEPARATOR) for v in values
    )


def split_cell(cell: str) -> list[str]:
    """The values ``join_cell`` joined; an empty cell holds none."""
    if not cell:
        return []
    values: list[str] = []
    current: list[str] = []
    escaped = False
    for char in cell:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == LIST_SEPARATOR:
            values.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:  # a lone backslash at the end is itself
        current.append("\\")
    values.append("".join(current))
    return values


def source_id_cell(system: str, key: str) -> str:
    """``shopify:207119551``: a customer's id in another system."""
    return f"{system}:{key}"


def parse_source_id_cell(text: str) -> tuple[str, str]:
    system, sep, key = text.partition(":")
    if not sep or not system.strip() or not key.strip():
        raise ValueError(f"'{text}' is not SYSTEM:ID")
    return system.strip(), key.strip()
