"""Ordinary words that only look like patterns: 法律法规, 军人军属, 基层基础 have the ABAC form but are
two nouns joined, not a formula like 抓实抓细 or 有力有效.

A four-character ABAC word is ordinary when both halves (AB, AC) are nouns in jieba's dictionary
(tags n, nr, ns, nt, nz, ng, with at least `min_noun_freq`) or in the 法治 user dictionary
(drafter/data/legal_terms.txt); any word of drafter/data/mining_stoplist.txt is ordinary; a parallel
list is ordinary when every item is such a noun (an enumeration of things, not a formula)."""

from __future__ import annotations

import functools
import re

from drafter.core.resources import DATA_DIR

from drafter.mining.config import settings

STOPLIST = DATA_DIR / "mining_stoplist.txt"
NOUN_TAGS = "n|nr|ns|nt|nz|ng"


@functools.cache
def nouns() -> frozenset[str]:
    """Two- to four-character nouns of jieba's dictionary (by its frequencies and tags) and of the
    法治 user dictionary. Read once, with one regular-expression pass over the dictionary file."""
    import os

    import jieba

    cfg = settings()["ordinary"]
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, "rb") as fh:
        data = fh.read()
    # on the UTF-8 bytes (twice as fast as on the decoded text): 2-4 Chinese characters, frequency, tag
    rx = re.compile(rb"^((?:[\xe4-\xe9][\x80-\xbf]{2}){2,4}) (\d+) (?:" + NOUN_TAGS.encode() + rb")$", re.M)
    floor = cfg["min_noun_freq"]
    out = {m.group(1).decode("utf-8") for m in rx.finditer(data) if int(m.group(2)) >= floor}
    out.update(legal_nouns())
    return frozenset(out)


@functools.cache
def legal_nouns() -> frozenset[str]:
    words = set()
    with open(DATA_DIR / "legal_terms.txt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts and not parts[0].startswith("#"):
                words.add(parts[0])
    return frozenset(words)


@functools.cache
def stoplist() -> frozenset[str]:
    with open(STOPLIST, encoding="utf-8") as fh:
        return frozenset(w for line in fh if (w := line.split("#", 1)[0].strip()))


def ordinary_repeat(word: str, kind: str) -> bool:
    """An ABAC/AABB word that is an ordinary word, not a formula."""
    if word in stoplist():
        return True
    if kind == "abac":
        n = nouns()
        return word[:2] in n and word[2:] in n
    return False


def ordinary_parallel(text: str) -> bool:
    """A 、-list whose items are all nouns (法律援助、人民调解、社区矫正) or on the stoplist."""
    items = text.split("、")
    if text in stoplist():
        return True
    n = nouns()
    return all(it in n or it in stoplist() for it in items)
