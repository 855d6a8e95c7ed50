"""F017: an idiom written with one homophone wrong (责无旁待 for 责无旁贷, 座享其成 for 坐享其成).

The idioms are the correct forms of the idiom entries of lint/typos.tsv and the fixed four-character
phrases of lint/idioms.txt; the readings are lint/pinyin.tsv. A text span reads as an idiom with one
character replaced when all its other characters are the idiom's and the replaced character shares
a reading with the right one; a span that is itself a listed idiom, or that F010 already reports, is
not reported.

Linear: each idiom with one position masked keeps an intact pair of neighbouring characters (its
anchor); only the masked idioms whose intact pairs all occur in the text (the shared pair set of
`lexicon.text_pairs`) are kept, their anchors found in one pass over the text (a dict lookup per
position, made in C), and each occurrence compared once with the few idioms anchored on it."""

from __future__ import annotations

import functools

from drafter.core.resources import DATA_DIR
from drafter.lint.context import Context, Hit
from drafter.lint.lexicon import _code as pair_code  # the pair set holds packed code points
from drafter.lint.lexicon import anchor_positions, text_pairs
from drafter.lint.registry import rule

IDIOMS = "lint/idioms.txt"
PINYIN = "lint/pinyin.tsv"


def _lines(name: str):
    for ln in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        ln = ln.strip()
        if ln and not ln.startswith("#"):
            yield ln


@functools.cache
def _tables() -> tuple:
    """(readings, idioms, anchors by code), kept in the data cache between runs (keyed by the
    data files, this module's and drafter.lint.typos's source)."""
    from drafter.core.datacache import files_table
    from drafter.lint import typos
    return files_table("lint.idiom-homophones", [DATA_DIR / PINYIN, DATA_DIR / IDIOMS, DATA_DIR / typos.DATA,
                                                 typos.__file__], _build_tables, code_of=__file__)


def _build_tables() -> tuple:
    return _readings(), _idioms(), _group_by_code(_anchors())


def readings() -> dict[str, frozenset[str]]:
    """Character → its toneless readings."""
    return _tables()[0]


def idioms() -> frozenset[str]:
    return _tables()[1]


def _readings() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for ln in _lines(PINYIN):
        syl, chars = ln.split("\t")
        for c in chars:
            out.setdefault(c, set()).add(syl)
    return {c: frozenset(r) for c, r in out.items()}


def _idioms() -> frozenset[str]:
    from drafter.lint.typos import read_typos
    listed = {e.right for e in read_typos() if e.kind == "idiom" and len(e.right) == 4}
    return frozenset(listed | {w for w in _lines(IDIOMS) if len(w) == 4})


def _anchors() -> tuple[tuple[str, int, int, str, int, int], ...]:
    """For each idiom and masked position k: (anchor pair, its pair code, the second intact pair's
    code or 0, idiom, k, offset of the anchor). A text can hold the idiom with position k replaced
    only if it holds both intact neighbouring pairs."""
    out = []
    for w in sorted(_idioms()):
        for a, b, k, j in ((w[1:3], w[2:4], 0, 1), (w[2:4], "", 1, 2), (w[0:2], "", 2, 0), (w[0:2], w[1:3], 3, 0)):
            out.append((a, pair_code(a), pair_code(b) if b else 0, w, k, j))
    return tuple(out)


def _by_code() -> tuple[frozenset, dict[int, tuple[str, list[tuple[int, str, int, int]]]]]:
    """`_anchors()` grouped by the anchor's pair code (entries in `_anchors()` order), and the codes."""
    return _tables()[2]


def _group_by_code(anchors) -> tuple[frozenset, dict[int, tuple[str, list[tuple[int, str, int, int]]]]]:
    table: dict[int, tuple[str, list[tuple[int, str, int, int]]]] = {}
    for a, ca, cb, w, k, j in anchors:
        table.setdefault(ca, (a, []))[1].append((cb, w, k, j))
    return frozenset(table), table


# for the masked position k, the idiom's one intact character that is not in the anchor pair
# (see `_anchors`: k=0 anchors on 1–2, k=1 on 2–3, k=2 and k=3 on 0–1)
_OTHER = {0: 3, 1: 0, 2: 3, 3: 2}


def _homophone(a: str, b: str) -> bool:
    ra, rb = readings().get(a), readings().get(b)
    return bool(ra and rb and ra & rb)


def find(text: str):
    """(start, found, idiom) of each span that reads as an idiom with one homophone wrong."""
    known = idioms()
    pairs = text_pairs(text)
    by_anchor: dict[str, list[tuple[str, int, int, str]]] = {}   # anchor -> (idiom, k, j, idiom without k)
    codes, table = _by_code()
    for ca in codes & pairs:
        a, entries = table[ca]
        kept = [(w, k, j, w[:k] + w[k + 1:], _OTHER[k]) for cb, w, k, j in entries if not cb or cb in pairs]
        if kept:
            by_anchor[a] = kept
    if not by_anchor:
        return
    rank = {a: r for r, a in enumerate(sorted(by_anchor))}
    found: dict[int, tuple[tuple[int, int], str, str]] = {}   # start -> (rank, span, idiom)
    get = by_anchor.get
    n_text = len(text)
    for i in anchor_positions(text, frozenset(pair_code(a) for a in by_anchor)):
        entries = get(text[i:i + 2])
        for n, (w, k, j, rest, o) in enumerate(entries):
            s = i - j
            if s < 0 or s + 4 > n_text or text[s + o] != w[o]:   # cheap: the one intact character off the anchor
                continue
            span = text[s:s + 4]
            if len(span) != 4 or span[k] == w[k] or span[:k] + span[k + 1:] != rest or span in known:
                continue
            if _homophone(span[k], w[k]):
                key = (rank[text[i:i + 2]], n)    # the first anchor in sorted order wins a start
                if s not in found or key < found[s][0]:
                    found[s] = (key, span, w)
    for s in sorted(found):
        yield s, found[s][1], found[s][2]


@rule("F017")
def idiom_homophone(ctx: Context):
    from drafter.lint.typos import _reported_elsewhere, typo_list
    listed = typo_list().entries   # F010 (and F005) report these wrong forms themselves
    for s, span, w in find(ctx.text):
        if span in listed or _reported_elsewhere(span):
            continue
        yield Hit("F017", s, 4, None, {"found": span, "expected": w})
