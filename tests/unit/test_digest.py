"""The digest: `relate-desktop export digest` as CSV and as a one-page PDF of real text."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from relate_desktop.cli import main
from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.records import Actor, NewCustomer
from relate_desktop.domain.vocabulary import Priority, RemarkKind
from relate_desktop.services import Services

REPO = Path(__file__).resolve().parents[2]
TODAY = date.today().isoformat()


def fill(services: Services, staff: Actor) -> None:
    """Today: two complaints (one tagged parking, escalated), one compliment, one idea."""
    ada = services.customers.create(staff, NewCustomer("Ada Lovelace"))
    log = services.remarks.log_remark
    log(staff, ada, RemarkKind.COMPLAINT, "No spaces left", tags=("parking",),
        escalate=Priority.NORMAL)
    log(staff, ada, RemarkKind.COMPLAINT, "Queue too long")
    log(staff, None, RemarkKind.COMPLIMENT, "Lovely bread", tags=("bakery",))
    log(staff, ada, RemarkKind.IDEA, "Open on Sundays")


def test_the_csv_digest_counts_all_six_kinds_zeros_included(
    services: Services, staff: Actor, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(services, staff)
    out = tmp_path / "digest.csv"
    code = main(["--db-url", db_url, "export", "digest", "--from", TODAY, "--to", TODAY,
                 "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["section", "item", "count", "previous_period"]
    kinds = {r[1]: r[2] for r in rows if r[0] == "remarks by kind"}
    assert kinds == {"Complaint": "2", "Compliment": "1", "Request": "0", "Question": "0",
                     "Idea": "1", "Note": "0", "All remarks": "4"}
    assert ["complaint tag", "parking", "1", "0"] in rows
    assert ["escalations", "opened", "1", ""] in rows
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert rows[1:3] == [["period", "from", TODAY, yesterday], ["period", "to", TODAY, yesterday]]


@pytest.mark.parametrize("args, fragment", [
    (["export", "digest", "--to", TODAY, "-o", "x.pdf"], "--from"),
    (["export", "digest", "--from", "22/11/2026", "--to", TODAY], "YYYY-MM-DD"),
    (["export", "digest", "--from", TODAY, "--to", TODAY, "--format", "json"], "pdf or csv"),
    (["export", "digest", "--from", TODAY, "--to", TODAY, "--format", "pdf"], "-o FILE"),
    (["export", "digest", "--from", TODAY, "--to", "2001-01-01", "--format", "csv"], "ends before"),
    (["export", "remarks", "--format", "pdf"], "digest only"),
])
def test_a_wrong_digest_command_says_what_is_wrong_in_one_line(
    services: Services, db_url: str, capsys: pytest.CaptureFixture[str], args: list[str],
    fragment: str,
) -> None:
    code = main(["--db-url", db_url, *args])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("relate-desktop: ") and err.count("\n") == 1 and fragment in err, err


def _shop_file(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "shop.db")
    engine = open_database(url, None)
    try:
        services = Services.over(session_factory(engine))
        services.shop.initialise("Corner Shop", "GB")
        fill(services, services.staff.command_line_actor("till"))
    finally:
        engine.dispose()
    return url


def _without_a_screen() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(REPO)
    return env


@pytest.mark.sqlite_only
def test_the_pdf_digest_is_one_page_of_real_text_made_without_a_screen(tmp_path: Path) -> None:
    url, pdf = _shop_file(tmp_path), tmp_path / "digest.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "relate_desktop", "--db-url", url, "export", "digest",
         "--from", TODAY, "--to", TODAY, "-o", str(pdf)],
        cwd=tmp_path, env=_without_a_screen(), capture_output=True, text=True, timeout=120,
        check=False)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "What customers are saying — Corner Shop" in text
    for kind, count in (("Complaint", 2), ("Compliment", 1), ("Request", 0), ("Question", 0),
                        ("Idea", 1), ("Note", 0)):
        assert f"{kind} {count} 0" in text, text  # this period, the period before
    assert "Most said in complaints: parking (1)" in text
    assert "1 opened, 0 resolved" in text
    assert not list(tmp_path.glob(".digest.pdf.*"))  # no temporary file left behind


@pytest.mark.sqlite_only
def test_the_csv_digest_never_loads_qt(tmp_path: Path) -> None:
    url, out = _shop_file(tmp_path), tmp_path / "digest.csv"
    script = (
        "import sys\nfrom relate_desktop.cli import main\n"
        f"code = main(['--db-url', {url!r}, 'export', 'digest', '--from', {TODAY!r}, "
        f"'--to', {TODAY!r}, '-o', {str(out)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(qt)\nsys.exit(code or (3 if qt else 0))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=_without_a_screen(),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Complaint,2,0" in out.read_text(encoding="utf-8")
