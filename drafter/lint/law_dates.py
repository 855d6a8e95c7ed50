"""F026: a law's dates stated wrongly (data: drafter/data/lint/laws.toml, `adopted`, `effective`,
`revised`, `latest_effective`, with their sources).

Two shapes, both read from a law named in the text (full title or short form, with or without 《》):
* an anniversary: 《社区矫正法》实施五周年 in a sentence dated 2023 — the law took effect in 2020,
  so 2023 is its third year. Reported when the sentence's year (the last year written before the
  anniversary in its sentence, else the report's year) minus N is none of the law's dated years
  (adopted, effective, revised, latest_effective), all confirmed in laws.toml;
* a date of entry into force that is the date the law was adopted: 自2023年9月1日新修订的行政复议法
  施行以来, 2023年9月1日起施行的行政复议法 (adopted 2023-09-01, in force 2024-01-01). Reported only when the date written before
  …施行/实施/生效 is an adoption date of the law and not one of its dates of effect, and the
  words between do not say 通过 or 修订 it on that date.
Each match is one bounded window around a law's name found by one alternation: linear."""

from __future__ import annotations

import datetime as _dt
import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit, matches_near
from drafter.lint.names import dated_year
from drafter.lint.registry import rule
from drafter.text.numerals import from_chinese, to_chinese

STOPS = "，。；！？\n"
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")


def _date(s) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(s))
    except ValueError:
        return None


def _unverified_revisions(unverified: set, n: int) -> set[int]:
    """The indices of `revised` that laws.toml marks unverified (revised, revised[i], revised[i:j])."""
    out: set[int] = set()
    for u in unverified:
        if u == "revised":
            return set(range(n))
        m = re.fullmatch(r"revised\[([0-9]+)(?::([0-9]+))?\]", u)
        if m:
            i = int(m.group(1))
            out.update(range(i, int(m.group(2)) if m.group(2) else i + 1))
    return out


@functools.cache
def _laws() -> dict[str, dict]:
    """name (title and short forms) -> {"years": dated years, "adopted": adoption dates not in
    force on that day, "effective": dates of effect}, from the confirmed fields only."""
    out = {}
    for law in load_toml("lint/laws.toml").get("law", ()):
        unverified = set(law.get("unverified", ()))
        all_revised = tuple(map(_date, law.get("revised", ())))
        doubtful = _unverified_revisions(unverified, len(all_revised))
        revised = tuple(d for k, d in enumerate(all_revised) if d and k not in doubtful)
        fields = {k: _date(law[k]) for k in ("adopted", "effective", "latest_effective")
                  if law.get(k) and k not in unverified}
        effective = {fields[k] for k in ("effective", "latest_effective") if k in fields}
        if not effective:
            continue
        adopted = ({fields["adopted"]} if "adopted" in fields else set()) | (set(revised[-1:]) if "latest_effective" in fields else set())
        entry = {"years": {d.year for d in (*fields.values(), *revised)},
                 "adopted": adopted - effective, "effective": effective,
                 "complete": "adopted" in fields and "effective" in fields and len(revised) == len(all_revised),
                 "adopted_year": fields["adopted"].year if "adopted" in fields else 0,
                 "effective_year": fields["effective"].year if "effective" in fields else 0}
        for name in (law["title"], *law.get("short", ())):
            if len(name) >= 3:
                out[name] = entry
    return out


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    names = "|".join(re.escape(n) for n in sorted(_laws(), key=len, reverse=True))
    anniversary = re.compile(r"《?(%s)》?(?:[^%s《》]{0,3}?)(颁布|公布|实施|施行)(?:实施|施行)?"
                             r"([一二三四五六七八九十百]{1,4}|[0-9]{1,3})周年" % (names, STOPS))
    date = r"((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日"
    in_force = re.compile(r"%s(?:起)?(?:([^%s]{0,12}?)《?(%s)》?(?:[^%s《》]{0,4}?)(?:正式)?(?:施行|实施|生效)"
                          r"|(?:正式)?(?:施行|实施|生效)的([^%s]{0,6}?)《?(%s)》?)"
                          % (date, STOPS, names, STOPS, STOPS, names))
    return anniversary, in_force


@functools.cache
def _anniversary_reach() -> int:
    """How far after its start an anniversary match holds its 周年: 《 name 》, a gap of at most 3,
    颁布/公布/实施/施行 and 实施/施行, then at most 4 numerals."""
    return 1 + max(map(len, _laws())) + 1 + 3 + 2 + 2 + 4


def _sentence_start(text: str, i: int) -> int:
    return max(text.rfind(c, 0, i) for c in "。！？\n") + 1


@rule("F026")
def law_dates(ctx: Context):
    """《社区矫正法》实施五周年 in 2023; 自2023年9月1日新修订的行政复议法施行 (adopted that day)."""
    text = ctx.text
    has_anniversary, has_force = "周年" in text, ("施行" in text or "实施" in text or "生效" in text)
    if not (has_anniversary or has_force):
        return
    anniversary, in_force = _patterns()
    laws = _laws()
    if has_anniversary:
        for m in matches_near(anniversary, text, "周年", _anniversary_reach()):   # bounded tries before each 周年
            law = laws[m.group(1)]
            n = int(m.group(3)) if m.group(3).isdigit() else from_chinese(m.group(3))
            years = [int(y.group(1)) for y in _YEAR.finditer(text, _sentence_start(text, m.start()), m.start())]
            year = years[-1] if years else dated_year(ctx, clock=False)
            if not n or not year or not law["complete"] or year - n in law["years"]:
                continue
            base = (law["adopted_year"] if m.group(2) in ("颁布", "公布") else law["effective_year"])
            if year <= base:
                continue
            yield Hit("F026", m.start(3), m.end() - m.start(3), None,
                      {"found": m.group(3) + "周年", "law": m.group(1), "year": year, "verb": m.group(2),
                       "base": base,
                       "expected": f"{year - base if m.group(3).isdigit() else to_chinese(year - base)}周年"}, variant="anniversary")
    if has_force:
        for m in in_force.finditer(text):
            gap, name = (m.group(4), m.group(5)) if m.group(5) else (m.group(6), m.group(7))
            if "通过" in gap or "审议" in gap or "公布" in gap or "颁布" in gap:
                continue
            d = _date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
            law = laws[name]
            if d is None or d not in law["adopted"]:
                continue
            eff = min((e for e in law["effective"] if e > d), default=None)
            if eff is None:
                continue
            yield Hit("F026", m.start(), m.end(3) + 1 - m.start(), None,
                      {"found": text[m.start():m.end(3) + 1], "law": name,
                       "expected": f"{eff.year}年{eff.month}月{eff.day}日"}, variant="in_force")
