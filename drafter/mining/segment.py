"""Word boundaries from jieba, with the user dictionary of 法治 terms (drafter/data/legal_terms.txt).

The only module that imports jieba. Loading its dictionary costs about a second, so it is done once
per process (`init`), before worker processes are forked so they share it."""

from __future__ import annotations

import logging

from drafter.core.resources import DATA_DIR

USER_DICT = DATA_DIR / "legal_terms.txt"
_ready = False


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
    _ready = True


def boundaries(text: str) -> list[int]:
    """Offsets where a word starts or ends, 0 and len(text) included, ascending. HMM is off: the
    dictionary (with the 法治 terms) decides, which is faster and keeps unknown words split finely."""
    import jieba

    init()
    out = [0]
    pos = 0
    for tok in jieba.lcut(text, HMM=False):
        pos += len(tok)
        out.append(pos)
    return out
