"""Choosing the shop server from the window: building its address and testing it."""

from __future__ import annotations

from sqlalchemy.engine import URL

from relate_desktop.db.connection_check import (
    ConnectionReport,
    Problem,
    check_connection,
    shown_url,
)

__all__ = ["ConnectionReport", "Problem", "server_url", "shown_url", "test_connection"]


def server_url(host: str, port: int, database: str, user: str, password: str) -> str:
    """The address of a PostgreSQL shop server, each part quoted as URLs need."""
    return URL.create("postgresql+psycopg", username=user or None, password=password or None,
                      host=host, port=port, database=database).render_as_string(hide_password=False)


def test_connection(url: str) -> ConnectionReport:
    return check_connection(url)
