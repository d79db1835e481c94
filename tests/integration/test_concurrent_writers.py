"""Three processes writing 1,000 remarks each at once: all 3,000 arrive, nobody sees an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from relate_desktop.db.engine import make_engine, session_factory
from relate_desktop.db.models import RemarkRow
from relate_desktop.domain.records import Actor
from relate_desktop.services import Services

REPO = Path(__file__).resolve().parents[2]
WRITERS, EACH = 3, 1000


def test_three_processes_writing_at_once_lose_nothing(
    services: Services, staff: Actor, db_url: str
) -> None:
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.integration.concurrent_writer", db_url,
             str(staff.staff.id), f"till-{n}", str(EACH)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        for n in range(WRITERS)
    ]
    results = [(w.wait(timeout=600), *w.communicate()) for w in writers]
    for code, out, err in results:
        assert code == 0, out + err
        assert "locked" not in (out + err).lower()

    engine = make_engine(db_url)
    try:
        with session_factory(engine)() as session:
            per_till = dict(session.execute(
                select(RemarkRow.workstation, func.count()).group_by(RemarkRow.workstation)).all())
            texts = set(session.scalars(select(RemarkRow.text)))
    finally:
        engine.dispose()
    assert per_till == {f"till-{n}": EACH for n in range(WRITERS)}
    assert len(texts) == WRITERS * EACH  # each exactly once
