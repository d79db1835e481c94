"""``relate-desktop import customers``: exit codes, the report, --map, --dry-run, --region; and
``export --format excel-csv``."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

from relate_desktop.cli import main
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.services import Services
from tests import import_samples as samples


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "shop"
    assert run(capsys, "--data-dir", str(folder), "init", "--shop", "Corner Shop", "--region", "GB")[0] == 0
    return folder


def _names(folder: Path) -> list[str]:
    engine = open_database(sqlite_url(folder / "relate.db"), None)
    try:
        services = Services.over(session_factory(engine))
        return sorted(m.display_name for m in services.lookup.lookup_customers("a", limit=50))
    finally:
        engine.dispose()


def test_every_row_imported_exits_0_and_prints_where_the_report_is(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(samples.vcards(), encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", str(shop), "import", "customers", str(path))
    assert (code, err) == (0, "")
    assert "3 rows read: 3 customers created" in out
    report = Path(re.search(r"Report: (.+)", out).group(1))  # type: ignore[union-attr]
    assert report.parent == shop / "imports" and "vCard file contacts.vcf" in report.read_text("utf-8")


def test_reported_rows_exit_1_one_line_each(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(samples.shopify_current() + "'7001000009,,,,,,,,,,,,,,,,,,,,,1990-02-30\n",
                    encoding="utf-8")
    code, out, _err = run(capsys, "--data-dir", str(shop), "import", "customers", str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("row 4: phone '4.47911E+11'")
    assert lines[1].startswith("row 5: not imported — ")
    report = Path(lines[-1].removeprefix("Report: "))
    assert "row 5: not imported" in report.read_text("utf-8")


def test_an_unreadable_file_or_a_wrong_mapping_exits_2(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(shop), "import", "customers", str(tmp_path / "nope.csv"))
    assert (code, out) == (2, "") and "does not exist" in err
    path = tmp_path / "odd.csv"
    path.write_text("Kolumna A,Kolumna B\nAnia,ania@example.com\n", encoding="utf-8")
    code, _out, err = run(capsys, "--data-dir", str(shop), "import", "customers", str(path))
    assert code == 2 and "--map" in err
    code, _out, err = run(capsys, "--data-dir", str(shop), "import", "customers", str(path),
                          "--map", "Kolumna A=shoe")
    assert code == 2 and "not a field" in err
    code, out, _err = run(capsys, "--data-dir", str(shop), "import", "customers", str(path), "--format",
                          "generic", "--map", "Kolumna A=name", "--map", "Kolumna B=email", "--dry-run")
    assert code == 0 and "would be created" in out
    assert _names(shop) == []
    code, out, _err = run(capsys, "--data-dir", str(shop), "import", "customers", str(path),
                          "--map", "Kolumna A=name", "--map", "Kolumna B=email")
    assert code == 0 and _names(shop) == ["Ania"]


def test_region_reads_numbers_without_a_country_code(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Phone\nAmélie,06 12 34 56 78\n", encoding="utf-8")
    assert run(capsys, "--data-dir", str(shop), "import", "customers", str(path), "--region", "FR")[0] == 0
    code, out, _err = run(capsys, "--data-dir", str(shop), "export", "customers")
    assert code == 0 and "+33612345678" in out


def test_excel_friendly_export_has_a_bom_and_imports_back(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "customers.csv"
    source.write_text(samples.shopify_current(), encoding="utf-8")
    run(capsys, "--data-dir", str(shop), "import", "customers", str(source))
    target = tmp_path / "for-excel.csv"
    code, _out, err = run(capsys, "--data-dir", str(shop), "export", "customers", "--format", "excel-csv",
                          "-o", str(target), "--include-sensitive")
    assert (code, err) == (0, "")
    data = target.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert ",'+447700900124;+447700900123," in data.decode("utf-8")  # kept as text in Excel
    other = tmp_path / "other"
    run(capsys, "--data-dir", str(other), "init", "--shop", "Other", "--region", "GB")
    code, out, _err = run(capsys, "--data-dir", str(other), "import", "customers", str(target))
    assert code == 0 and "3 customers created" in out
    assert _names(other) == _names(shop)
