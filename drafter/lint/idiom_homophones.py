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


def _by_code() -> tuple[frozenset, dict]:
    """`_anchors()` grouped by the anchor's pair code (see `_group_by_code`), and the codes."""
    return _tables()[2]


def _group_by_code(anchors) -> tuple[frozenset, dict]:
    """code -> (anchor pair, the second intact pairs' codes (0: none needed), groups): a group per
    masked position k, (offset j of the anchor in the idiom, offset o of the idiom's one intact
    character off the anchor, {that character: [(rank n, idiom, k)]}), n the entry's index among
    the anchor's entries in `_anchors()` order (it breaks ties between idioms at one start)."""
    table: dict[int, tuple[str, list, dict]] = {}
    for a, ca, cb, w, k, j in anchors:
        _a, needs, groups = table.setdefault(ca, (a, [], {}))
        groups.setdefault((j, _OTHER[k]), {}).setdefault(w[_OTHER[k]], []).append((len(needs), w, k))
        needs.append(cb)
    return frozenset(table), {ca: (a, tuple(sorted(set(needs))), [(j, o, by) for (j, o), by in groups.items()])
                              for ca, (a, needs, groups) in table.items()}


@functools.cache
def _groups_by_anchor() -> dict[str, list]:
    """Anchor pair -> its groups (see `_group_by_code`): looked up by the text's own slice."""
    return {a: groups for a, _needs, groups in _by_code()[1].values()}


# for the masked position k, the idiom's one intact character that is not in the anchor pair
# (see `_anchors`: k=0 anchors on 1–2, k=1 on 2–3, k=2 and k=3 on 0–1)
_OTHER = {0: 3, 1: 0, 2: 3, 3: 2}


def _homophone(a: str, b: str) -> bool:
    ra, rb = readings().get(a), readings().get(b)
    return bool(ra and rb and ra & rb)


def find(text: str):
    """(start, found, idiom) of each span that reads as an idiom with one homophone wrong.

    At each occurrence of an anchor pair, one dict lookup per masked position k finds the idioms
    whose intact character off the anchor is the text's: with the anchor that makes all three
    intact characters equal (the second intact pair's presence, a pre-filter of the anchors, is
    then implied)."""
    known = idioms()
    pairs = text_pairs(text)
    codes, table = _by_code()
    wanted = frozenset(ca for ca in codes & pairs if any(not cb or cb in pairs for cb in table[ca][1]))
    if not wanted:
        return
    found: dict[int, tuple[tuple[str, int], str, str]] = {}   # start -> ((anchor, n), span, idiom)
    n_text = len(text)
    by_anchor = _groups_by_anchor()
    for i in anchor_positions(text, wanted):
        a = text[i:i + 2]
        for j, o, by in by_anchor[a]:
            s = i - j
            if s < 0 or s + 4 > n_text:
                continue
            entries = by.get(text[s + o])
            if entries is None:
                continue
            span = text[s:s + 4]
            for n, w, k in entries:
                if span[k] == w[k] or span in known or not _homophone(span[k], w[k]):
                    continue
                key = (a, n)    # the first anchor in sorted order wins a start, then the first entry
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
