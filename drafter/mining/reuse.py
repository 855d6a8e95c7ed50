"""Whether a mined phrase is one a clerk would reuse, not a string that happened to recur.

The rules (their word lists in drafter/data/mining.toml [reuse]):
- a template has a fixed frame: its words outside the slots contain a verb or function-word frame
  (持续推进{X}, 在{X}的坚强领导下, {X}有待进一步{Y}), not only an ordinary noun beside a slot
  ({X}社区矫正); they name no office or leader (省委常委、{X}批示肯定); no slot sits next to a 、 or
  holds a clause mark, and a slot has two usable fillers; a one-slot template ends a clause at least
  once (全面提升{X}干部, only ever cut out of a longer clause, does not);
- a quoted term made only of dictionary nouns (“营商环境”, “法治建设”) is kept only when several
  documents quote it;
- an ABAC word repeats a verb, adjective or adverb character and is not itself a dictionary word
  (抓实抓细, not 线上线下, 行政行为, 不折不扣);
- a parallel list or a term naming a one-off event or a dated campaign (亚运, 疫情) is dropped, and so
  is a list found in one document whose items are only nouns that do not share their last word
  (行政诉讼、行政检察、行政调处 enumerates; 政治意识、纪律意识、底线意识 is a formula).

Uses jieba (mining only, never on the path of build, lint or outline)."""

from __future__ import annotations

import bisect
import functools
import os
import re

from drafter.mining.config import settings

SLOT_RX = re.compile(r"\{[XY]\}")


def _cfg() -> dict:
    return settings()["reuse"]


# --- dictionary --------------------------------------------------------------------------------------
@functools.cache
def _tags() -> dict[str, str]:
    """The part-of-speech tag of each one- and four-character word of jieba's dictionary (kept in
    the disk cache, drafter.core.datacache, keyed by the dictionary file and this code)."""
    import importlib.util

    from drafter.core.datacache import files_table

    spec = importlib.util.find_spec("jieba")   # its folder, without importing it
    src = os.path.join(os.path.dirname(spec.origin), "dict.txt")

    def build() -> dict[str, str]:
        with open(src, "rb") as fh:
            data = fh.read()
        rx = re.compile(rb"^((?:[\xe4-\xe9][\x80-\xbf]{2}){1}|(?:[\xe4-\xe9][\x80-\xbf]{2}){4}) \d+ ([a-z]+)$", re.M)
        return {m.group(1).decode("utf-8"): m.group(2).decode() for m in rx.finditer(data)}

    try:
        return files_table("mining.jieba_tags", [src], build, code_of=__file__)
    except OSError:   # the dictionary file unreadable: built (and failing) as before
        return build()


def char_tag(ch: str) -> str:
    """The part-of-speech tag of a one-character word in jieba's dictionary ("" when not listed)."""
    return _tags().get(ch, "")


def _words(text: str) -> list[str]:
    from drafter.mining import segment
    return segment.words(text)


def _dictionary_word(word: str) -> bool:
    import jieba

    from drafter.mining import segment
    segment.init()
    return jieba.dt.FREQ.get(word, 0) > 0


def _all_nouns(text: str) -> bool:
    from drafter.mining.ordinary import nouns
    n = nouns()
    return text in n or all(w in n for w in _words(text))


def dated(*texts: str) -> bool:
    return any(w in t for t in texts for w in _cfg()["dated_words"])


# --- templates ---------------------------------------------------------------------------------------
def _fixed_parts(text: str) -> list[str]:
    return [p for p in SLOT_RX.split(text) if p]


def _without(text: str, terms: frozenset[str]) -> str:
    """The text with every dictionary term of three or more characters in it replaced by a mark."""
    for k in range(len(text), 2, -1):
        for i in range(len(text) - k + 1):
            if text[i:i + k] in terms:
                return _without(text[:i], terms) + "|" + _without(text[i + k:], terms)
    return text


def template_frame_ok(text: str) -> bool:
    """The fixed words carry a frame, name no office, and never put a 、 beside a slot."""
    from drafter.mining.ordinary import legal_nouns

    cfg = _cfg()
    fixed = _fixed_parts(text)
    bare = [_without(p, legal_nouns()) for p in fixed]
    if not any(w in p for p in bare for w in cfg["frame_words"]):
        return False
    if any(w in p for p in fixed for w in cfg["office_words"]):
        return False
    for m in SLOT_RX.finditer(text):
        if text[m.start() - 1:m.start()] == "、" or text[m.end():m.end() + 1] == "、":
            return False
    if text.startswith("{X}"):
        # a slot in front needs a predicate after it ({X}仍有差距, {X}取得新成效), not the tail of a
        # noun phrase whose verb sat in the slot ({X}法治素养提升)
        from drafter.mining.ordinary import nouns
        if not fixed or _words(fixed[0])[0] in nouns():
            return False
    return True


def _content_runs(part: str, generic: frozenset[str], lengths: tuple[int, ...]) -> list[tuple[int, int]]:
    """(start, end) of the stretches of a fixed part not covered by generic words (longest match
    first, left to right)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(part):
        L = next((L for L in lengths if part[i:i + L] in generic), 0)
        if L:
            i += L
            continue
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
        i += 1
    return runs


def template_meaningful(text: str) -> bool:
    """The fixed words say something beyond stock verbs, adverbs and generic nouns
    (drafter/data/mining_generic.txt): 深学笃行{X}, 坚持用{X}武装头脑, {X}仍有差距, 在{X}的坚强领导下 do;
    推进{X}改革工作, 常态化开展{X}, 进一步{X}, {X}提升工程 do not (they are bare verb frames, role
    formulas at most). At least `min_content_chars` characters are not generic, and they are not
    only a noun or a two-character word written just before a slot, the slot finishing the compound
    or the phrase (坚持政治{X} with 建设统领地位, 推进法治{X}建设, 坚持党建{X})."""
    from drafter.mining.ordinary import generic, nouns

    words = generic()
    lengths = tuple(sorted({len(w) for w in words}, reverse=True))
    pieces = SLOT_RX.split(text)
    content: list[tuple[str, bool]] = []     # (run, directly before a slot)
    for n, part in enumerate(pieces):
        for a, b in _content_runs(part, words, lengths):
            content.append((part[a:b], b == len(part) and n < len(pieces) - 1))
    if sum(len(r) for r, _ in content) < _cfg()["min_content_chars"]:
        return False
    run, before_slot = content[0]
    return not (len(content) == 1 and before_slot and (run in nouns() or len(run) <= 2))


class ClauseEnds:
    """Which strings end one of the clauses: the clauses reversed and sorted, so a query is a
    binary search (log n), not a scan of every clause."""

    def __init__(self, clause_texts) -> None:
        self._rev = sorted({t[::-1] for t in clause_texts})

    def __call__(self, s: str) -> bool:
        r = s[::-1]
        i = bisect.bisect_left(self._rev, r)
        return i < len(self._rev) and self._rev[i].startswith(r)


def template_fillers(text: str, variants: list[str], slots: dict[str, list[str]],
                     ends_clause: ClauseEnds) -> dict[str, list[str]] | None:
    """The slots with their usable fillers, or None when the template is not reusable."""
    cfg = _cfg()
    stop, edge = cfg["slot_stop_chars"], cfg["slot_edge_chars"]
    out: dict[str, list[str]] = {}
    for name, fillers in slots.items():
        keep = [f for f in fillers if f and not any(ch in stop for ch in f) and f[0] not in edge
                and f[-1] not in edge]
        if len(keep) < 2:
            return None
        out[name] = keep
    if len(slots) == 1:
        (name, keep), = out.items()
        ends = [fr.replace("{" + name + "}", f) for fr in (text, *variants) for f in keep]
        if not any(ends_clause(e) for e in ends):
            return None
    return out


# --- terms, patterns ---------------------------------------------------------------------------------
def plain_term(key: str, n_docs: int) -> bool:
    """A quoted term that is only dictionary nouns, quoted in too few documents."""
    return n_docs < _cfg()["plain_term_min_docs"] and _all_nouns(key)


def abac_ok(word: str) -> bool:
    """A repeated verb, adjective or adverb; not a plain dictionary word (an idiom or set phrase of
    the dictionary, 不折不扣, 自查自纠, is a formula)."""
    cfg = _cfg()
    if _tags().get(word[0]) not in cfg["abac_head_tags"]:
        return False
    tag = _tags().get(word)
    if tag is not None:
        return tag in cfg["abac_fixed_tags"]
    return not _dictionary_word(word)


def parallel_ok(text: str, example: str, n_docs: int) -> bool:
    if dated(text, example):
        return False
    items = text.split("、")
    if n_docs >= 2:
        return True
    shared_tail = len({_words(it)[-1] for it in items}) == 1
    return shared_tail or not all(_all_nouns(it) for it in items)
