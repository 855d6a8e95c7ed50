"""F025: a member of a fixed formula written wrong where the formula is spelled out, and a plenum
credited with another plenum's decision (data: drafter/data/lint/formula_members.toml).

- [[list]]: 经济建设、政治建设、文化建设、社会建设、法治建设“五位一体” — a full list (as many items as
  the formula has members) right before an `after` anchor or right after a `before` anchor; an item
  that is not a member is reported with the member the list lacks.
- [[slot]]: 确立(…)的指导地位 — the variable part of a fixed frame is not one of the allowed fills.
- [[count]]: “十个坚持” in a sentence about 习近平法治思想 (its core is the “十一个坚持”).
- [[decision]]: 二十届三中全会审议通过的《中共中央关于全面深化改革若干重大问题的决定》 (the 十八届三中
  全会's decision).

Linear: the anchors, slot heads, count names and plenum names are found by one Lexicon each
(occurrences), each checked on a bounded window around it with pos/endpos (no slice of the text
beyond the window). Errors (the formula is fixed); never auto-fixed."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import load_toml
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import LazyPattern, Lexicon
from drafter.lint.registry import rule

DATA = "lint/formula_members.toml"
SENTENCE = 60
SEP = "(?:、|和|与|及)"


@functools.cache
def _data() -> dict:
    return load_toml(DATA)


@functools.cache
def _lists() -> tuple:
    """(list entry, item regex, back regex, ahead regex, window) per [[list]]."""
    out = []
    for e in _data().get("list", []):
        n = len(e["members"])
        item = e["item"]
        # a counted repeat, not n copies: sre compiles the item's CJK class once, not n times (the
        # class costs ~1 ms each to compile); each side's regex is compiled when first used
        run = f"(?:(?:{item}){SEP}){{{n - 1}}}(?:{item})"
        width = n * (max(len(m) for m in e["members"]) + 4)
        out.append((e, LazyPattern(f"({run})\\Z"), LazyPattern(run), width))
    return tuple(out)


@functools.cache
def _anchors() -> tuple[Lexicon, dict]:
    """One Lexicon of every list's anchors; anchor -> [(list index, side)]."""
    where: dict[str, list] = {}
    for k, (e, *_r) in enumerate(_lists()):
        for a in e.get("after", []):
            where.setdefault(a, []).append((k, "after"))
        for a in e.get("before", []):
            where.setdefault(a, []).append((k, "before"))
    return Lexicon(where), where


def _items(run: str) -> list[tuple[int, str]]:
    """(offset, item) of a matched run, split at its separators (、 or the last 和/与/及)."""
    out, pos = [], 0
    for m in re.finditer(SEP, run):
        out.append((pos, run[pos:m.start()]))
        pos = m.end()
    out.append((pos, run[pos:]))
    return out


def _list_hits(text: str):
    lex, where = _anchors()
    lists = _lists()
    for i, a in lex.scan(text):
        for k, side in where[a]:
            e, back, ahead, width = lists[k]
            members = e["members"]
            if side == "after":
                m = back.search(text, max(0, i - width), i)
                base = m.start(1) if m else 0
            else:
                m = ahead.match(text, i + len(a), min(len(text), i + len(a) + width))
                base = m.start() if m else 0
            if m is None:
                continue
            items = _items(m.group(1) if side == "after" else m.group())
            if len(items) != len(members):
                continue
            # the first item of a list before its anchor may carry a leading verb (推进经济建设)
            fixed = list(items)
            if side == "after":
                off, it = fixed[0]
                mem = next((x for x in members if it.endswith(x)), None)
                if mem is not None:
                    fixed[0] = (off + len(it) - len(mem), mem)
            fixed = [(off, _as_member(e, n, it)) for n, (off, it) in enumerate(fixed)]
            wrong = [(off, it) for off, it in fixed if it not in members]
            missing = [x for x in members if x not in {it for _o, it in fixed}]
            if not wrong or not missing:
                continue
            if len(wrong) == 1 and len(missing) == 1:
                expected = missing[0]
            else:
                expected = "、".join(missing)
            for off, it in wrong:
                yield Hit("F025", base + off, len(it), None,
                          {"found": it, "expected": expected, "formula": e["name"]})
            break


@functools.cache
def _places() -> frozenset[str]:
    """Division names with and without their suffix (山西省 and 山西, 天河区 and 天河)."""
    from drafter.core.divisions import table
    out = set()
    for name in table():
        out.add(name)
        for suf in _SUFFIXES:
            if name.endswith(suf) and len(name) - len(suf) >= 2:
                out.add(name[:-len(suf)])
                break
    return frozenset(out)


_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "省", "市", "区", "县", "旗", "盟")


def _as_member(e: dict, n: int, item: str) -> str:
    """The member an item stands for: itself, or member n where the item is one of its variants
    (or, for the `local` member, 法治 + a place name: 法治山西 for 法治国家)."""
    members = e["members"]
    if n < len(members) and item != members[n]:
        if item in e.get("variants", {}).get(str(n), ()):
            return members[n]
        if e.get("local") == n and item.startswith("法治") and item[2:] in _places():
            return members[n]
    return item


@functools.cache
def _slots() -> tuple:
    out = []
    for e in _data().get("slot", []):
        rx = re.compile(e["frame"])
        head = e["frame"].split("(")[0]
        out.append((e, rx, head))
    return tuple(out)


def _slot_hits(text: str):
    for e, rx, head in _slots():
        k = text.find(head)
        while k >= 0:
            m = rx.match(text, k, min(len(text), k + 80))
            if m is not None:
                f = m.group("f")
                if f not in e["allowed"] and not any(u in f for u in e.get("unless", [])):
                    yield Hit("F025", m.start("f"), len(f), None,
                              {"found": f, "expected": e["allowed"][0], "formula": e["name"]})
            k = text.find(head, k + 1)


_STOP = "。！？；\n"


def _sentence_start(text: str, i: int) -> int:
    lo = max(0, i - SENTENCE)
    best = lo
    for c in _STOP:
        j = text.rfind(c, lo, i)
        if j + 1 > best:
            best = j + 1
    return best


def _sentence_end(text: str, i: int) -> int:
    hi = min(len(text), i + SENTENCE)
    best = hi
    for c in _STOP:
        j = text.find(c, i, hi)
        if 0 <= j < best:
            best = j
    return best


def _count_hits(text: str):
    for e in _data().get("count", []):
        done = -1
        for w in sorted(e["wrong"], key=len, reverse=True):
            k = text.find(w)
            while k >= 0:
                if k > done:
                    s, t = _sentence_start(text, k), _sentence_end(text, k + len(w))
                    before = text[s:k]   # bounded: at most SENTENCE characters
                    whole = text[s:t]
                    if any(x in before for x in e["sentence"]) and not any(u in whole for u in e.get("unless", [])):
                        yield Hit("F025", k, len(w), None, {"found": w.strip("“”"), "expected": e["right"].strip("“”"),
                                                            "formula": e["name"]})
                        done = k + len(w)
                k = text.find(w, k + 1)


@functools.cache
def _decisions() -> tuple[Lexicon, dict, dict]:
    own: dict[str, list[str]] = {}
    owner: dict[str, set] = {}
    for d in _data().get("decision", []):
        own[d["plenum"]] = d["titles"]
        for t in d["titles"]:
            owner.setdefault(t, set()).add(d["plenum"])
    return Lexicon(own), own, owner


_LINK = re.compile(r"(?:(?:审议)?通过|作出|制定)?的?(《[^《》\n]{4,80}》)")


def _decision_hits(text: str):
    if "全会" not in text:
        return
    lex, own, owner = _decisions()
    for i, p in lex.scan(text):
        j = i + len(p)
        m = _LINK.match(text, j, min(len(text), j + 90))
        if m is None:
            continue
        title = m.group(1)
        if title in own[p] or title not in owner:
            continue
        yield Hit("F025", m.start(1), len(title), None,
                  {"found": title, "expected": own[p][0], "formula": f"{p}审议通过的文件"})


@rule("F025")
def formula_member(ctx: Context):
    """A fixed formula spelled out with a wrong member, or a plenum credited with another's decision."""
    text = ctx.text
    hits = [*_list_hits(text), *_slot_hits(text), *_count_hits(text), *_decision_hits(text)]
    if not hits:
        return
    taken = _reported_elsewhere(ctx)
    for h in hits:
        if not any(a < h.start + h.length and h.start < b for a, b in taken):
            yield h


def _reported_elsewhere(ctx: Context) -> list[tuple[int, int]]:
    """Spans F001 (wrong formulations) and F012 (slogan members) already report: a member they
    name is left to them (computed only for a text where F025 found something)."""
    from drafter.lint.formulations import wrong_formulation
    from drafter.lint.names import slogan_members
    return [(h.start, h.start + h.length) for h in (*wrong_formulation(ctx), *slogan_members(ctx)) if h.start >= 0]
