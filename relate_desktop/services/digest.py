"""The weekly-meeting digest of what customers said: one page of HTML (printed by Qt) or CSV."""

from __future__ import annotations

import csv
from html import escape
from typing import TextIO

from relate_desktop.domain.insights import ShopInsights, TagCount

DIGEST_COLUMNS = ("section", "item", "count", "previous_period")
Line = tuple[str, str, str, str]


def _number(value: float | None, digits: int = 0) -> str:
    if value is None:
        return ""
    return f"{value:.{digits}f}" if digits else str(int(value))


def _share(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


def _kind_name(value: str) -> str:
    return value.capitalize()


def digest_lines(insights: ShopInsights) -> list[Line]:
    """Every figure of the digest as (section, item, count, previous period's count)."""
    i = insights
    lines: list[Line] = [
        ("period", "from", i.period.first.isoformat(), i.previous.first.isoformat()),
        ("period", "to", i.period.last.isoformat(), i.previous.last.isoformat()),
    ]
    lines += [("remarks by kind", _kind_name(k.kind.value), str(k.count), str(k.previous))
              for k in i.kinds]
    lines.append(("remarks by kind", "All remarks", str(i.total), str(sum(k.previous for k in i.kinds))))
    lines += [("tag", t.tag, str(t.count), str(t.previous)) for t in i.tags]
    lines += [("complaint tag", t.tag, str(t.count), str(t.previous)) for t in i.complaint_tags]
    lines += [("compliment tag", t.tag, str(t.count), str(t.previous)) for t in i.compliment_tags]
    e = i.escalations
    lines += [
        ("escalations", "opened", str(e.opened), ""),
        ("escalations", "resolved", str(e.resolved), ""),
        ("escalations", "median minutes to resolve", _number(e.median_minutes_to_resolve, 1), ""),
        ("escalations", "past their target time", str(e.past_target), ""),
    ]
    lines += [("escalation outcome", o.outcome.value, str(o.count), "") for o in e.by_outcome]
    p = i.promises
    lines += [
        ("promises", "due", str(p.due), ""),
        ("promises", "kept on time", str(p.kept_on_time), ""),
        ("promises", "kept late", str(p.kept_late), ""),
        ("promises", "overdue", str(p.overdue), ""),
        ("promises", "not yet due", str(p.not_yet_due), ""),
        ("promises", "share kept on time", _share(p.share_on_time), ""),
    ]
    f = i.follow_ups
    lines += [
        ("follow-ups", "scheduled", str(f.scheduled), ""),
        ("follow-ups", "satisfied", str(f.satisfied), ""),
        ("follow-ups", "not satisfied", str(f.not_satisfied), ""),
        ("follow-ups", "waiting", str(f.open), ""),
    ]
    return lines


def write_digest_csv(insights: ShopInsights, out: TextIO) -> int:
    """The digest as CSV (``out`` opened with ``newline=""``); returns the rows written."""
    writer = csv.writer(out)
    writer.writerow(DIGEST_COLUMNS)
    lines = digest_lines(insights)
    writer.writerows(lines)
    return len(lines)


def _duration(minutes: float) -> str:
    """37 min, 5 h 10 min, 2 days 3 h: a meeting reads these at a glance."""
    whole = round(minutes)
    if whole < 60:
        return f"{whole} min"
    hours, rest = divmod(whole, 60)
    if hours < 24:
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} day{'s' if days > 1 else ''}" + (f" {hours} h" if hours else "")


def _signed(change: int) -> str:
    return f"+{change}" if change > 0 else ("±0" if change == 0 else f"−{-change}")


def _tag_list(tags: tuple[TagCount, ...]) -> str:
    if not tags:
        return "none"
    return ", ".join(f"{escape(t.tag)} ({t.count})" for t in tags)


def digest_html(insights: ShopInsights, shop_name: str) -> str:
    """One page of plain tables and words: Qt prints it as real, searchable text."""
    i, e, p, f = insights, insights.escalations, insights.promises, insights.follow_ups
    cell = "style='padding:2px 8px'"
    rows = "".join(
        f"<tr><td {cell}>{escape(_kind_name(k.kind.value))}</td><td {cell} align='right'>{k.count}</td>"
        f"<td {cell} align='right'>{k.previous}</td><td {cell} align='right'>{_signed(k.change)}</td></tr>"
        for k in i.kinds
    )
    outcomes = ", ".join(f"{escape(o.outcome.value)} {o.count}" for o in e.by_outcome if o.count) or "none"
    median = (_duration(e.median_minutes_to_resolve) if e.median_minutes_to_resolve is not None
              else "none resolved")
    share = _share(p.share_on_time) or "no promise fell due"
    return f"""
<h2>What customers are saying — {escape(shop_name)}</h2>
<p>{i.period.first:%d %b %Y} to {i.period.last:%d %b %Y}, compared with
{i.previous.first:%d %b %Y} to {i.previous.last:%d %b %Y}. {i.total} remarks in all.</p>
<h3>Remarks by kind</h3>
<table border='1' cellspacing='0'>
<tr><th {cell}>Kind</th><th {cell}>This period</th><th {cell}>Period before</th><th {cell}>Change</th></tr>
{rows}
<tr><th {cell} align='left'>All</th><th {cell} align='right'>{i.total}</th>
<th {cell} align='right'>{sum(k.previous for k in i.kinds)}</th><th {cell}></th></tr>
</table>
<h3>Themes</h3>
<p>Most said in complaints: {_tag_list(i.complaint_tags)}.<br>
Most said in compliments: {_tag_list(i.compliment_tags)}.</p>
<h3>Escalations</h3>
<p>{e.opened} opened, {e.resolved} resolved; median time to resolve: {median};
{e.past_target} past their target time.<br>Outcomes: {outcomes}.</p>
<h3>Promises and follow-ups</h3>
<p>{p.due} promises fell due in the period: {p.kept_on_time} kept on time, {p.kept_late} kept late,
{p.overdue} overdue, {p.not_yet_due} not yet due. Kept on time: {share}.<br>
Follow-ups: {f.scheduled} scheduled, {f.satisfied} satisfied, {f.not_satisfied} not satisfied,
{f.open} waiting.</p>
"""
