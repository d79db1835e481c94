"""How fast a Shopify export imports: ``python -m benchmarks.import_speed [--rows N] [--db-url URL]``.

Generates N made-up Shopify rows (default 100,000, every column filled as a real export
does), imports them into a new shop, then imports the same file again (all matched, nothing
changed), and writes both times to benchmarks/results/import-speed.json: on SQLite the
median of ``--runs`` (3) new shops.
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from relate_desktop.db.engine import open_database, session_factory, sqlite_url
from relate_desktop.domain.records import Actor
from relate_desktop.domain.vocabulary import Role
from relate_desktop.integrations.importing import open_file
from relate_desktop.services import Services
from tests.import_samples import SHOPIFY_HEADER

RESULTS = Path(__file__).with_name("results") / "import-speed.json"
FIRST = ("Ada", "Bram", "Chidi", "Dana", "Elif", "Femi", "Greta", "Hana", "Ivo", "Jana", "Kai", "Lior")
LAST = ("Lovelace", "Visser", "Okafor", "Whitfield", "Yilmaz", "Adeyemi", "Lind", "Sato", "Novak")


def write_shopify(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(SHOPIFY_HEADER)
        for n in range(rows):
            values = {
                "Customer ID": f"'{7_000_000_000 + n}", "First Name": rng.choice(FIRST),
                "Last Name": rng.choice(LAST), "Email": f"customer{n}@example.com",
                "Accepts Email Marketing": rng.choice(("yes", "no", "")),
                "Default Address Address1": f"{n % 200} Example Road", "Default Address City": "London",
                "Default Address Country Code": "GB", "Default Address Zip": "'SW1A 1AA",
                "Phone": f"'+4477009{n:05d}"[:14] if n < 100_000 else "",
                "Accepts SMS Marketing": rng.choice(("yes", "no", "")),
                "Total Spent": f"{rng.randint(0, 500_000) / 100:.2f}", "Total Orders": str(rng.randint(0, 80)),
                "Note": "Prefers paper receipts.\nAsk about oat milk." if n % 10 == 0 else "",
                "Tax Exempt": "no", "Tags": "vip, wholesale" if n % 7 == 0 else "",
            }
            writer.writerow([values.get(h, "") for h in SHOPIFY_HEADER])


def import_twice(path: Path, db_url: str, folder: Path) -> dict[str, float]:
    """Seconds to import ``path`` into a new shop, then to import it again."""
    engine = open_database(db_url or sqlite_url(folder / "relate.db"), None)
    try:
        services = Services.over(session_factory(engine))
        services.shop.initialise("Benchmark Shop", "GB", "GBP")
        actor = Actor(services.staff.add("Bench", Role.MANAGER), "bench")
        timings = {}
        for run in ("first import", "same file again"):
            started = time.perf_counter()
            report = services.importing.start(actor, open_file(path)).run()
            timings[run] = round(time.perf_counter() - started, 2)
            print(f"{run}: {timings[run]} s — {report.summary()}")
        return timings
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--db-url", default="", help="an empty PostgreSQL database to import into")
    parser.add_argument("--runs", type=int, default=3,
                        help="imports into a new shop each (PostgreSQL: --db-url once, one run)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    options = parser.parse_args()
    runs = 1 if options.db_url else options.runs
    every: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "customers_export.csv"
        write_shopify(path, options.rows)
        for n in range(runs):
            shop = Path(folder) / f"shop-{n}"
            shop.mkdir()
            every.append(import_twice(path, options.db_url, shop))
    # The median of a few runs: this machine's times vary by a tenth from run to run.
    timings = {run: statistics.median(t[run] for t in every) for run in every[0]}
    options.out.parent.mkdir(exist_ok=True)
    options.out.write_text(json.dumps({
        "rows": options.rows, "database": "postgresql" if options.db_url else "sqlite",
        "seconds": timings, "runs": every, "machine": platform.platform(),
        "python": platform.python_version(),
        "measured_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
