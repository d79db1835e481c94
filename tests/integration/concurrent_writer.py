"""One of several processes writing remarks at once (run by test_concurrent_writers)."""

from __future__ import annotations

import sys

from relate_desktop.db.engine import make_engine, session_factory
from relate_desktop.domain.errors import RelateError
from relate_desktop.domain.records import Actor, StaffMember
from relate_desktop.domain.vocabulary import RemarkKind, Role
from relate_desktop.services import Services


def main(url: str, staff_id: int, name: str, count: int) -> int:
    engine = make_engine(url)
    services = Services.over(session_factory(engine))
    actor = Actor(StaffMember(staff_id, "Writer", Role.STAFF), name)
    failures = []
    for number in range(count):
        try:
            services.remarks.log_remark(actor, None, RemarkKind.NOTE, f"{name} remark {number}")
        except RelateError as error:  # what staff would have been shown
            failures.append(str(error))
    engine.dispose()
    print(f"{name}: {count - len(failures)} saved, {len(failures)} failed {failures[:3]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
