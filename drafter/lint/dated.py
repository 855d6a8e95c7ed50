"""Dated formulations, law titles and the party's way of writing congresses (data:
drafter/data/lint/dated.toml, laws.toml; each entry with its source). The report's own year
(`Context.year`, as for F003) decides what is stale.

F013  a plan period, campaign or formulation presented as current after its end (今年是“十四五”…,
      深入实施“十四五”规划 in a 2026 report), while the past (“十四五”时期, 回顾“十四五”) is right.
F014  law titles inside 《》: a known wrong title, a title one character off a current law's
      (《中华人民共和国法律授助法》), or a repealed instrument cited after its successor took
      effect (《法律援助条例》 from 2022, 《中华人民共和国合同法》 from 2021). A short form without
      中华人民共和国 is accepted; local titles (《广东省法律援助条例》) never match.
F015  congresses, plenums and NPC sessions in Arabic numerals or a non-party form (二十届3中全会,
      20届三中全会, 第二十次党代会).
F018  a plenum, congress or NPC session studied in a report of a year before it was held (a 2023
      report 学习贯彻二十届三中全会精神, held 2024-07): the year or the plenum is wrong. A text on
      the first half of its year (2024年上半年，……) is written by July: a meeting held after that
      (十四届全国人大三次会议, 2025-03) cannot be in it. A plenum of the latest Central
      Committee numbered after the last one listed (二十届五中全会) cannot be in a report of that
      plenum's year or before.
F019  a law's 施行 date written as the date it was adopted or revised (新修订的行政复议法自2023年9月1日
      起施行: adopted 2023-09-01, in force 2024-01-01), from the dates of lint/laws.toml.

The year of a text without a dated title or lead year is `names.dated_year` (the latest year it
writes; for F011/F014, whose stale forms stay stale for good, else the current year).

The stale wording is searched only in a bounded window around each occurrence of its literal
text; titles are read from each 《…》 of bounded length."""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit, occurrences
from drafter.lint.formulations import edit_distance_1
from drafter.lint.lexicon import pattern
from drafter.lint.names import dated_year, stale_for
from drafter.lint.registry import rule

WINDOW = 30
MAX_TITLE = 60
PRC = "中华人民共和国"


@dataclass(frozen=True)
class Stale:
    text: str
    until: _dt.date
    successor: str
    use: re.Pattern
    replaced: bool = False  # a term a law or decision replaced: stale for good (judged by the clock too)


def _date(s) -> _dt.date:
    return _dt.date.fromisoformat(str(s))


@functools.cache
def _stale_items() -> tuple[Stale, ...]:
    data = load_toml("lint/dated.toml")
    out = []
    sp = data.get("stale_period", {})
    periods = {p["name"]: p for p in data.get("period", ())}
    for name in sp.get("periods", ()):
        p = periods[name]
        nxt = next((q["name"] for q in periods.values() if q["start"] == p["end"] + 1 and "普法" not in q["name"]), "")
        out.append(Stale(name, _dt.date(p["end"] + 1, 1, 1), f"“{nxt}”" if nxt else "",
                         re.compile(sp["use"].replace("{name}", re.escape(name)))))
    for s in data.get("stale", ()):
        out.append(Stale(s["text"], _date(s["until"]), s["successor"], re.compile(s["use"]), bool(s.get("replaced"))))
    return tuple(out)


@rule("F013")
def stale_dated(ctx: Context):
    """Plan periods, campaigns and formulations spoken of as current after their end."""
    text, year, now = ctx.text, dated_year(ctx, clock=False), dated_year(ctx)
    for s in _stale_items():
        y = now if s.replaced else year
        if not stale_for(s.until, y):
            continue
        seen = -1
        i = text.find(s.text)
        while i >= 0:
            for m in s.use.finditer(text, max(0, i - WINDOW), i + len(s.text) + WINDOW):
                if m.start() <= i < m.end() and m.start() > seen:
                    seen = m.end()
                    yield Hit("F013", m.start(), m.end() - m.start(), None,
                              {"found": m.group(), "expected": s.successor, "year": y,
                               "until": f"{s.until.year}年{s.until.month}月{s.until.day}日"})
                    break
            i = text.find(s.text, i + 1)


# --- F014: law titles --------------------------------------------------------------------------

@dataclass(frozen=True)
class Law:
    title: str
    successor: str | None
    since: _dt.date | None   # the successor's effective date (when this one stopped applying)


@functools.cache
def _laws():
    laws = load_toml("lint/laws.toml")["law"]
    current: dict[str, str] = {}        # every accepted title and short form -> the full title
    replaced: dict[str, Law] = {}       # a repealed title or short form -> its successor
    wrong: dict[str, str] = {}          # "《…》" -> the full title
    by_title = {law["title"]: law for law in laws}
    for law in laws:
        t = law["title"]
        if law.get("replaced_by"):
            succ = by_title.get(law["replaced_by"], {})
            since = law.get("repealed") or succ.get("effective")
            for name in (t, *law.get("short", ())):
                replaced[name] = Law(t, law["replaced_by"], _date(since) if since else None)
                if name.startswith(PRC):
                    replaced[name[len(PRC):]] = replaced[name]
            continue
        current[t] = t
        for s in law.get("short", ()):
            current[s] = t
        for old in law.get("replaces", ()):
            if old not in by_title and law.get("effective"):
                replaced.setdefault(old, Law(old, t, _date(law["effective"])))
        for w in law.get("wrong", ()):
            wrong[w] = t
    full = tuple(t for t in current if t.startswith(PRC))
    return current, replaced, wrong, full


def _titles(text: str):
    """(start, content) of every 《…》 of bounded length (not nested)."""
    i = text.find("《")
    while i >= 0:
        j = text.find("》", i + 1, i + 2 + MAX_TITLE)
        if j > i + 1:
            inner = text[i + 1:j]
            if "《" not in inner and "\n" not in inner:
                yield i, inner
        i = text.find("《", i + 1)


@rule("F014")
def law_title(ctx: Context):
    """A wrong or repealed law title inside 《》."""
    text, year = ctx.text, dated_year(ctx)
    if "《" not in text:
        return
    current, replaced, wrong, full = _laws()
    for i, inner in _titles(text):
        whole = f"《{inner}》"
        if inner in current:
            continue
        if whole in wrong:
            yield Hit("F014", i, len(whole), None, {"found": whole, "expected": f"《{wrong[whole]}》"})
            continue
        old = replaced.get(inner)
        if old is not None:
            if old.since is not None and stale_for(old.since, year):
                yield Hit("F014", i, len(whole), None,
                          {"found": whole, "expected": f"《{old.successor}》",
                           "since": f"{old.since.year}年{old.since.month}月{old.since.day}日"}, variant="repealed")
            continue
        if inner.startswith(PRC) and not inner.endswith(("草案）", "（草案）", "释义")):
            near = [t for t in full if abs(len(t) - len(inner)) <= 1 and edit_distance_1(t, inner) == 1]
            if len(near) == 1:
                yield Hit("F014", i, len(whole), None, {"found": whole, "expected": f"《{near[0]}》"})
                continue
            grown = _grown_title(inner, full)
            if grown:
                yield Hit("F014", i, len(whole), None, {"found": whole, "expected": f"《{grown}》"})
        elif len(inner) >= SHORTENED_MIN:
            t = _shortened_title(inner)
            if t:
                yield Hit("F014", i, len(whole), None, {"found": whole, "expected": f"《{t}》"})


SHORTENED_MIN = 10   # the shortest title checked for a dropped word (shorter ones are too alike)
SHORTENED_MAX = 4    # the most characters a clerk drops from the middle of a long title


@functools.cache
def _long_titles() -> dict[str, tuple[str, ...]]:
    """The current titles (not starting with 中华人民共和国) of SHORTENED_MIN + 1 characters or more,
    by their first two characters."""
    current, _replaced, _wrong, _full = _laws()
    out: dict[str, list[str]] = {}
    for t in set(current.values()):
        if not t.startswith(PRC) and len(t) > SHORTENED_MIN:
            out.setdefault(t[:2], []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def _shortened_title(inner: str) -> str | None:
    """The current title that `inner` is with one word of at most SHORTENED_MAX characters dropped
    from its middle (《党政主要负责人履行法治建设第一责任人职责规定》 for …履行推进法治建设…):
    same beginning and end, checked in one pass per candidate title (bounded by MAX_TITLE)."""
    found = None
    for t in _long_titles().get(inner[:2], ()):
        d = len(t) - len(inner)
        if not 1 <= d <= SHORTENED_MAX:
            continue
        k = 0
        while k < len(inner) and inner[k] == t[k]:
            k += 1
        if k >= 2 and t[k + d:] == inner[k:] and len(inner) - k >= 2:
            if found is not None:
                return None   # two candidates: leave it
            found = t
    return found


@functools.cache
def _title_growths() -> tuple[frozenset[str], tuple[str, ...]]:
    data = load_toml("lint/laws.toml").get("title_growth", {})
    return frozenset(data.get("inserted", ())), tuple(data.get("kinds", ()))


def _grown_title(inner: str, full: tuple[str, ...]) -> str | None:
    """The current law whose title `inner` is with a word a clerk adds (《…人民调解委员会法》 for
    《…人民调解法》, lint/laws.toml [title_growth] inserted) or with 法 turned into another kind of
    instrument (《…公证条例》 for 《…公证法》, [title_growth] kinds); None when there is none."""
    inserted, kinds = _title_growths()
    name = inner[len(PRC):]
    for t in full:
        core = t[len(PRC):]
        if not core.endswith("法") or len(core) < 3:
            continue
        stem = core[:-1]
        if name.endswith("法") and name.startswith(stem) and name[len(stem):-1] in inserted:
            return t
        if name.startswith(stem) and name[len(stem):] in kinds:
            return t
    return None


# --- F015: congresses and plenums --------------------------------------------------------------

_CN = "一二三四五六七八九十"
_AR = "0-9０-９"


@functools.cache
def _congress():
    """(anchor, regex) pairs: each regex is searched only around the occurrences of its anchor
    (届 for the plenums and sessions, 党代会, 中共, and each listed wrong form's own text)."""
    data = load_toml("lint/dated.toml")
    from drafter.lint.formulations import _variants
    variants = _variants()
    wrong = sorted({w for c in data.get("congress", ()) for w in c.get("wrong", ())
                    if not any(True for _ in variants.hits("F001", w))}, key=lambda w: (-len(w), w))
    jie = pattern(f"[{_AR}]{{1,2}}届(?:中央委员会|中央|中共中央|全国人大|全国人民代表大会|全国政协|[{_CN}{_AR}]中全会)"
                  f"|[{_CN}]{{1,3}}届[{_AR}]{{1,2}}中全会|[{_CN}]{{1,3}}届全国人大(?:常委会)?[{_AR}]{{1,2}}次会议"
                  # a congress is 次, a Central Committee 届: 党的二十届全国代表大会 (党的第二十次全国代表大会)
                  f"|(?:党的|中国共产党|中共)第?[{_CN}]{{2,3}}届(?:全国)?(?:代表大会|党代会)")
    out = [("届", jie), ("党代会", pattern("(?:(?<![省市区县州盟旗镇乡村])第|(?<![省市区县州盟旗镇乡村第]))(?:十八|十九|二十)次党代会")),
           ("中共", pattern(f"中共[{_AR}]{{2}}大"))]
    out += [(w, pattern(re.escape(w))) for w in wrong]
    return tuple(out)


def _around(text: str, anchor: str, rx: re.Pattern, before: int, after: int):
    """Matches of rx that contain an occurrence of `anchor`, each searched in a bounded window."""
    last = -1
    i = text.find(anchor)
    while i >= 0:
        for m in rx.finditer(text, max(0, i - before, last), i + len(anchor) + after):
            if m.start() <= i < m.end():
                last = m.end()
                yield m
                break
        i = text.find(anchor, i + 1)


@rule("F015")
def congress_notation(ctx: Context):
    """二十届三中全会, 党的二十大: the party writes its congresses and plenums in Chinese numerals."""
    text = ctx.text
    seen: set[int] = set()
    for anchor, rx in _congress():
        if anchor not in text:
            continue
        for m in _around(text, anchor, rx, 16, 16):
            if m.start() not in seen:
                seen.add(m.start())
                yield Hit("F015", m.start(), m.end() - m.start(), None, {"found": m.group()})


# --- F018: a plenum or congress before it was held ---------------------------------------------

# a report of year Y is written by the spring of Y+1 at the latest: a meeting held after
# LATEST_WRITING (month, day) of Y+1 cannot be studied in it
LATEST_WRITING = (3, 31)


@functools.cache
def _meetings() -> tuple[tuple[str, _dt.date], ...]:
    """(text as written in reports, date held) of each plenum and congress of lint/dated.toml:
    the form without 党的 (二十届三中全会) covers the form with it."""
    data = load_toml("lint/dated.toml")
    out = []
    for kind in ("plenum", "congress", "npc_session"):
        for m in data.get(kind, ()):
            t = m["text"]
            out.append((t[2:] if t.startswith("党的") and kind == "plenum" else t, _date(m["held"])))
    return tuple(out)


HALF_WINDOW = 200   # where a text says it covers the first half of its year (2024年上半年，……)
HALF_WRITTEN = (7, 31)   # a half-year summary is written by the end of July


def _half_year(text: str, year: int) -> bool:
    """The text opens on the first half of its year (a 上半年 summary or an excerpt of one)."""
    return text.find(f"{year}年上半年", 0, HALF_WINDOW) >= 0 and text.find(f"{year + 1}年", 0, HALF_WINDOW) < 0


PLENUM_NUMS = "一二三四五六七八九"


@functools.cache
def _unheld() -> tuple[tuple[str, int], ...]:
    """(text, year of the last plenum held) of each plenum of the latest Central Committee that
    lint/dated.toml does not list yet (二十届五中全会 … 七中全会 after 二十届四中全会, 2025-10): none
    of them can be studied in a report of the year of the last plenum held or before it."""
    plenums = [(m["text"].removeprefix("党的"), _date(m["held"])) for m in load_toml("lint/dated.toml").get("plenum", ())]
    if not plenums:
        return ()
    text, held = max(plenums, key=lambda p: p[1])
    m = re.fullmatch(r"([一二三四五六七八九十]+届)([一二三四五六七八九])中全会", text)
    if m is None:
        return ()
    k = PLENUM_NUMS.index(m.group(2))
    return tuple((f"{m.group(1)}{n}中全会", held.year) for n in PLENUM_NUMS[k + 1:7])


@rule("F018")
def future_meeting(ctx: Context):
    """A plenum, congress or NPC session named in a report of a year (or half year) before it was
    held."""
    text = ctx.text
    if "全会" not in text and "大" not in text:
        return
    year = dated_year(ctx, clock=False)
    if not year:
        return
    half = _half_year(text, year)
    limit = _dt.date(year, *HALF_WRITTEN) if half else _dt.date(year + 1, *LATEST_WRITING)
    for t, held in _meetings():
        if held <= limit:
            continue
        i = text.find(t)
        while i >= 0:
            yield Hit("F018", i, len(t), None, {"found": t, "year": year,
                                                "held": f"{held.year}年{held.month}月"},
                      variant="half" if half else "")
            i = text.find(t, i + len(t))
    for t, last in _unheld():
        if year > last:
            continue
        i = text.find(t)
        while i >= 0:
            yield Hit("F018", i, len(t), None, {"found": t, "year": year}, variant="unheld")
            i = text.find(t, i + len(t))


# --- F019: a law's effective date --------------------------------------------------------------

LAW_WINDOW = 40   # characters before a 施行 date in which the law's name is looked for
_IN_FORCE = re.compile(r"(?:自|于|从)?((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日(?:起)?(?:正式)?(?:施行|实施|生效)")


def _unverified(law: dict) -> set[str]:
    """The unverified fields of a law entry, revision ranges spelt out (revised[0:2] → revised[0],
    revised[1]; a bare revised → every revision)."""
    out = set()
    for f in law.get("unverified", ()):
        m = re.fullmatch(r"revised\[([0-9]+)(?::([0-9]+))?\]", f)
        if m:
            lo = int(m.group(1))
            hi = int(m.group(2)) if m.group(2) else lo + 1
            out.update(f"revised[{k}]" for k in range(lo, hi))
        elif f == "revised":
            out.update(f"revised[{k}]" for k in range(len(law.get("revised", ()))))
        else:
            out.add(f)
    return out


@functools.cache
def _effective_dates():
    """name (title or short form) -> {wrong date: right date}: a law's adoption date and the
    date of its latest revision, each with the date it took effect (fields not marked
    `unverified` only), where the two differ."""
    out: dict[str, dict[_dt.date, _dt.date]] = {}
    for law in load_toml("lint/laws.toml")["law"]:
        unverified = _unverified(law)
        pairs = {}
        if law.get("adopted") and law.get("effective") and not {"adopted", "effective"} & unverified:
            pairs[_date(law["adopted"])] = _date(law["effective"])
        revised = law.get("revised", ())
        latest = None
        if revised and law.get("latest_effective") and not {f"revised[{len(revised) - 1}]", "latest_effective"} & unverified:
            pairs[_date(revised[-1])] = _date(law["latest_effective"])
            latest = _date(law["latest_effective"])
        pairs = {a: b for a, b in pairs.items() if a != b}
        if latest is not None:
            pairs[LATEST] = latest   # the date the text called 新修订 took effect
        if law.get("adopted") and law.get("effective") and not {"adopted", "effective"} & unverified:
            # the only date it took effect (never revised), or any date before its adoption
            first = _date(law["effective"])
            pairs[ONLY] = first if not revised else None
            pairs[BEFORE] = (_date(law["adopted"]), _date(law.get("latest_effective") or law["effective"]))
        if pairs:
            for name in (law["title"], *law.get("short", ())):
                out[name] = pairs
    from drafter.lint.lexicon import Lexicon
    return out, Lexicon(out, indexed=True)


ONLY, BEFORE, LATEST = "only", "before", "latest"   # keys of _effective_dates() beside the dates
RE_NEWLY_REVISED = re.compile(r"(?:新修订|新修正|修订后|修正后|最新修订|新修改|修改后)的?[《“]?\Z")
AFTER_DATE = re.compile(r"的?[《“]?")   # 自2021年1月1日起施行的《…》: the law named just after the date
_OTHER_INSTRUMENT = re.compile(r"[《》]|条例|办法|规定|决定|细则|意见|方案")


def _names_this_law(window: str, i: int, name: str) -> bool:
    """The date after `window` is the law's own (the "other" variant: any date but its own is
    wrong): the name is not the tail of a longer title (《江苏省法律援助条例》) and no other
    instrument is named between it and the date."""
    before = window[i - 1] if i > 0 else ""
    if before and "\u4e00" <= before <= "\u9fff" and before not in "该本新的《“":
        return False
    rest = window[i + len(name):]
    return not _OTHER_INSTRUMENT.search(rest.lstrip("》”"))


def _right_date(pairs: dict, written: _dt.date, newly_revised: bool = False) -> tuple[_dt.date | None, str]:
    """The date the law took effect where `written` is wrong ("" variant: written is its adoption or
    revision date; "other": it was never revised and took effect on another date, or written is
    before it was adopted, or the text says 新修订 and written is not the latest revision's date)."""
    if written in pairs:
        return pairs[written], ""
    if newly_revised and pairs.get(LATEST) is not None and pairs[LATEST] != written:
        return pairs[LATEST], "other"
    only = pairs.get(ONLY)
    if only is not None and only != written:
        return only, "other"
    before = pairs.get(BEFORE)
    if before is not None and written < before[0]:
        return before[1], "other"
    return None, ""


@rule("F019")
def law_effective_date(ctx: Context):
    """自2023年9月1日起施行 after the 行政复议法: the date it was adopted, not the date it took effect."""
    text = ctx.text
    if "施行" not in text and "实施" not in text and "生效" not in text:
        return
    dates, names = _effective_dates()
    for p in sorted(q for w in ("施行", "实施", "生效") for q in occurrences(text, w)):
        lo = max(0, p - 16)
        m = None
        for m2 in _IN_FORCE.finditer(text, lo, p + 2):
            if m2.end() == p + 2:
                m = m2
        if m is None:
            continue
        try:
            written = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
        window = text[max(0, m.start() - LAW_WINDOW):m.start()]
        after = _named_after(text, p + 2, names)
        scanned = [] if after else list(names.scan(window))
        if not scanned:
            name = after
            if name is None:
                continue
            right, variant = _right_date(dates[name], written)
            if right is None or right == written:
                continue
            found = [name]
        else:
            found = [w for _i, w in scanned]
            i0 = scanned[-1][0]
            newly = RE_NEWLY_REVISED.search(window, max(0, i0 - 8), i0) is not None and \
                not any(c in window[i0:] for c in "。；;！？\n")
            right, variant = _right_date(dates[found[-1]], written, newly)
            if right is None or right == written:
                continue
            if variant and not _names_this_law(window, *scanned[-1]):
                continue
        a, b = m.start(1), m.end(3) + 1
        yield Hit("F019", a, b - a, None, {"found": text[a:b], "law": found[-1],
                                            "expected": f"{right.year}年{right.month}月{right.day}日"},
                  variant=variant)


def _named_after(text: str, q: int, names) -> str | None:
    """The law named right after a 施行 date (自2021年1月1日起施行的《中华人民共和国法律援助法》):
    the name must start at once after 的《 and end at 》 or a stop (bounded window)."""
    m = AFTER_DATE.match(text, q, q + 2)
    a = m.end() if m else q
    window = text[a:a + LAW_WINDOW]
    for i, w in names.scan(window):
        if i == 0:
            end = window[len(w):len(w) + 1]
            return w if end in ("》", "”", "，", "。", "；", "") else None
        break
    return None
