"""F021: a law cited by a revision that a later one replaced (data: drafter/data/lint/laws.toml,
the `revised` dates and `latest_effective` of each law, with its sources).

《中华人民共和国治安管理处罚法》（2012年修正） in a 2026 report: the law was revised again on
2025-06-27 and the new text is in force from 2026-01-01, so the 2012 text is no longer the law.
A citation is 《title》 (full title or its short form) followed at once by （YYYY年修正）,
（YYYY年修订） or （YYYY年修正本）. It is reported when the law has a later revision, confirmed in
laws.toml (not marked `unverified`), that took effect no later than the report's year
(`names.dated_year`). Each 《 is read once, with a bounded title: linear."""

from __future__ import annotations

import datetime as _dt
import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.names import dated_year
from drafter.lint.registry import rule

MAX_TITLE = 60
_CITED = re.compile(r"《([^《》\n]{2,%d})》[（(]((?:19|20)[0-9]{2})年(修正|修订)本?[）)]" % MAX_TITLE)


@functools.cache
def _revisions() -> dict[str, tuple[tuple[int, _dt.date, str], ...]]:
    """name (title and short forms) -> ((year of revision, date it took effect, date), …) of the
    confirmed revisions whose date of effect is known: the latest from `latest_effective`."""
    out = {}
    for law in load_toml("lint/laws.toml")["law"]:
        revised = law.get("revised", ())
        if not revised or not law.get("latest_effective"):
            continue
        unverified = set(law.get("unverified", ()))
        k = len(revised) - 1
        if f"revised[{k}]" in unverified or "revised" in unverified or "latest_effective" in unverified:
            continue
        latest = _dt.date.fromisoformat(str(revised[k]))
        entry = ((latest.year, _dt.date.fromisoformat(str(law["latest_effective"])), str(revised[k])),)
        for name in (law["title"], *law.get("short", ())):
            out[name] = entry
    return out


@rule("F021")
def superseded_revision(ctx: Context):
    """《治安管理处罚法》（2012年修正） after the 2025 revision took effect."""
    text = ctx.text
    if "年修" not in text:
        return
    revisions = _revisions()
    year = None
    for m in _CITED.finditer(text):
        entry = revisions.get(m.group(1))
        if entry is None:
            continue
        cited = int(m.group(2))
        rev_year, in_force, date = entry[-1]
        if cited >= rev_year:
            continue
        if year is None:
            year = dated_year(ctx) or 0
        if in_force.year > year:
            continue
        a = m.end(1) + 1
        yield Hit("F021", a, m.end() - a, None,
                  {"found": text[a:m.end()], "law": f"《{m.group(1)}》", "date": _zh(_dt.date.fromisoformat(date)),
                   "effective": _zh(in_force)})


def _zh(d: _dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
