"""Word boundaries from jieba's dictionary, with the user dictionary of 法治 terms
(drafter/data/legal_terms.txt).

The only module that imports jieba. Loading its dictionary costs about a second, so it is done once
per process (`init`), before worker processes are forked so they share it.

`boundaries` gives the same cuts as `jieba.lcut(text, HMM=False)` — the most probable path through
the words of the dictionary, one block of Chinese (and ASCII word characters) at a time, with runs
of single ASCII letters and digits joined — computed here in one backward pass per block over
jieba's own word frequencies (jieba builds a graph of every start and then walks it), and each
distinct block is cut once per process: the same clause recurs across a corpus's reports
(tests/test_mining_segment.py compares the two on real text)."""

from __future__ import annotations

import logging
from math import log

from drafter.core.resources import DATA_DIR

USER_DICT = DATA_DIR / "legal_terms.txt"
_ready = False
_blocks: dict[str, tuple[int, ...]] = {}   # block -> the offsets inside it where a word ends


def init() -> None:
    """Load jieba and the user dictionary, quietly (no "Building prefix dict" lines on stderr)."""
    global _ready
    if _ready:
        return
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    jieba.load_userdict(str(USER_DICT))
    _blocks.clear()
    _ready = True


def _block_ends(blk: str, freq: dict, logtotal: float, ascii_word: frozenset) -> tuple[int, ...]:
    """The ends of the words of one block (its length last), as jieba's dictionary path without
    HMM cuts it: from each start the dictionary words beginning there (else the one character),
    each scored log(frequency) - log(total) plus the best score after it; the highest score wins,
    on a tie the longer word. Single ASCII letters and digits in a row make one word."""
    n = len(blk)
    get = freq.get
    score = [0.0] * (n + 1)
    nxt = [0] * n
    for k in range(n - 1, -1, -1):
        best_end = k + 1
        best = None
        for i in range(k + 1, n + 1):
            f = get(blk[k:i])
            if f is None:
                break
            if f:
                v = log(f) - logtotal + score[i]
                if best is None or v >= best:
                    best, best_end = v, i
        if best is None:
            best = log(freq.get(blk[k]) or 1) - logtotal + score[k + 1]
        score[k] = best
        nxt[k] = best_end
    ends = []
    x = 0
    run = False   # inside a run of single ASCII letters and digits
    while x < n:
        y = nxt[x]
        if y - x == 1 and blk[x] in ascii_word:
            run = True
        else:
            if run:
                ends.append(x)
                run = False
            ends.append(y)
        x = y
    if run:
        ends.append(n)
    return tuple(ends)


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def boundaries(text: str) -> list[int]:
    """Offsets where a word starts or ends, 0 and len(text) included, ascending. HMM is off: the
    dictionary (with the 法治 terms) decides, which is faster and keeps unknown words split finely."""
    import jieba

    init()
    dt = jieba.dt
    freq, logtotal = dt.FREQ, log(dt.total)
    han, skip = jieba.re_han_default, jieba.re_skip_default
    out = [0]
    pos = 0
    for blk in han.split(text):
        if not blk:
            continue
        if han.match(blk):
            ends = _blocks.get(blk)
            if ends is None:
                ends = _blocks[blk] = _block_ends(blk, freq, logtotal, _ASCII_WORD)
            out.extend(pos + e for e in ends)
            pos += len(blk)
        else:
            for piece in skip.split(blk):
                if skip.match(piece):
                    pos += len(piece)
                    out.append(pos)
                else:
                    for _ch in piece:
                        pos += 1
                        out.append(pos)
    return out


def words(text: str) -> list[str]:
    """The words of `text`, as `jieba.lcut(text, HMM=False)` gives them."""
    b = boundaries(text)
    return [text[s:e] for s, e in zip(b, b[1:])]
