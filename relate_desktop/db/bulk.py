"""Reading and writing thousands of rows at once, the fast way for each engine (imports)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Table, any_, bindparam, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

#: Values per "IN (...)" on SQLite: under old SQLite's 999-parameter limit.
IN_CHUNK = 500


def table_of(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), IN_CHUNK):
        yield values[start:start + IN_CHUNK]


def value_chunks(session: Session, values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``values`` in as few pieces as the engine takes in one ``among()``: PostgreSQL takes
    them all as one array parameter, SQLite a few hundred at a time."""
    if not values:
        return
    if on_postgresql(session):
        yield values
    else:
        yield from chunks(values)


def among(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """``column`` is one of ``values`` (a piece from ``value_chunks``). On PostgreSQL it is
    ``= ANY(array)``: one parameter, where an IN list of thousands makes SQLAlchemy and the
    driver render and parse thousands of placeholders (they took longer than the query)."""
    result: ColumnElement[bool]
    if on_postgresql(session):
        result = column == any_(bindparam(None, list(values), type_=ARRAY(column.type)))
    else:
        result = column.in_(values)
    return result


def insert_with_ids(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` like ``insert_rows``; their new ids, in the order of ``rows``."""
    if not rows:
        return []
    table = table_of(model)
    if on_postgresql(session):
        # Taken from the table's sequence up front, as concurrent inserts take theirs.
        sequence = session.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                   {"t": table.name}).scalar_one()
        ids = list(session.execute(text("SELECT nextval(:s) FROM generate_series(1, :n)"),
                                   {"s": sequence, "n": len(rows)}).scalars())
        insert_rows(session, model, [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
        return ids
    # The first row's insert takes SQLite's write lock, held until commit, and gets the
    # highest id yet: no one else can add a row now, so the ids after it are free.
    first = session.execute(table.insert().returning(table.c.id), rows[0]).scalar_one()
    ids = list(range(first, first + len(rows)))
    insert_rows(session, model, [{"id": i, **row} for i, row in zip(ids[1:], rows[1:], strict=True)])
    return ids


def insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` in one go: by COPY on PostgreSQL, by the driver's executemany on
    SQLite. A shop's whole customer list means hundreds of thousands of rows, and
    SQLAlchemy's per-row work was most of the time its INSERTs took. The column types' own
    conversions still apply (dates are stored as every other write stores them), computed
    once per distinct value, and so do the columns' Python-side defaults."""
    shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        shapes.setdefault(tuple(row), []).append(row)
    for given, alike in shapes.items():
        _insert_alike(session, table_of(model), given, alike)


def _insert_alike(session: Session, table: Table, given: tuple[str, ...],
                  rows: list[dict[str, Any]]) -> None:
    connection = session.connection()
    dialect = connection.dialect
    defaults = {c.name: c.default.arg for c in table.columns if c.name not in given  # type: ignore[attr-defined]
                and c.default is not None and c.default.is_scalar}
    names = [*given, *defaults]
    columns = [[row[name] for row in rows] for name in given]
    columns += [[value] * len(rows) for value in defaults.values()]
    for n, name in enumerate(names):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            columns[n] = _processed(columns[n], process)
    values = list(zip(*columns, strict=True))
    if dialect.name != "postgresql":
        marker = "?" if dialect.paramstyle == "qmark" else "%s"
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) "
                                   f"VALUES ({', '.join([marker] * len(names))})", values)
        return
    sql = f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
    raw = connection.connection.dbapi_connection
    assert raw is not None
    cursor: Any = raw.cursor()  # psycopg's: it has copy()
    driver_error = dialect.loaded_dbapi.Error
    try:
        with cursor, cursor.copy(sql) as copy:
            for row in values:
                copy.write_row(row)
    except driver_error as error:
        # As SQLAlchemy's own statements fail: a duplicate is an IntegrityError, a lost
        # server an OperationalError, so the services' messages stay the same.
        raise DBAPIError.instance(sql, None, error, driver_error, dialect=dialect) from error


def _processed(values: list[Any], process: Any) -> list[Any]:
    done: dict[Any, Any] = {}
    out = []
    for value in values:
        try:
            out.append(done[value])
        except KeyError:
            out.append(done.setdefault(value, process(value)))
        except TypeError:  # unhashable: converted every time
            out.append(process(value))
    return out
