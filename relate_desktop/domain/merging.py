"""Likely duplicates and merging them: what the manager reviews, chooses and can undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from relate_desktop.domain.records import CustomerCard

#: The values a merge may have to choose between, with how the review names them.
PROFILE_FIELDS: dict[str, str] = {
    "display_name": "Name",
    "pronunciation": "How to say it",
    "preferred_language": "Language",
    "preferred_channel": "Preferred channel",
    "do_not_contact": "Do not contact",
}
#: Which customer's value to keep for a field.
SURVIVOR = "survivor"
OTHER = "other"


@dataclass(frozen=True)
class DuplicatePair:
    """Two customers who are likely one person, and why Relate thinks so."""

    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: tuple[str, ...]  # "same phone +447700900123", "similar names (92%)"
    name_similarity: int  # 0-100
    score: float


@dataclass(frozen=True)
class MergeConflict:
    """A value the two customers disagree on: the person chooses which to keep."""

    field: str  # a PROFILE_FIELDS key, or "consent_email", "consent_sms", ...
    label: str
    survivor_value: str
    other_value: str


@dataclass(frozen=True)
class MergeRecord:
    id: int
    survivor_id: int
    merged_id: int
    survivor_name: str
    merged_name: str
    merged_at: datetime
    merged_by: str
    undone_at: datetime | None = None


@dataclass(frozen=True)
class MergeReview:
    """Two customers side by side before a merge, and what the person must choose."""

    survivor: CustomerCard
    other: CustomerCard
    conflicts: tuple[MergeConflict, ...]
