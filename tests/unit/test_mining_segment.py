"""drafter.mining.segment cuts words exactly as jieba.lcut(text, HMM=False) does (its own pass over
jieba's dictionary, with the 法治 user dictionary loaded): on every line of the seeds and of the
corpus, and on the shapes jieba treats specially (ASCII letters and digits in runs, spaces, \\r\\n,
symbols inside a block, empty text)."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS, corpus_available, seed_paths

jieba = pytest.importorskip("jieba")

from drafter.mining import segment  # noqa: E402

EDGES = ["", " ", "\r\n", "\r\n\r\n", "\t\n \u3000x", "abc 12 def\r\nx y", "G20峰会在2016年召开，AI+法治 a1b2 ３",
         "C++ & #tag 5.5% -x_y", "第3.5条", "ABC公司与XYZ", "习近平法治思想" * 3, "一二三四五六七八九十"]


def _reference(text: str) -> list[int]:
    out, pos = [0], 0
    for w in jieba.lcut(text, HMM=False):
        pos += len(w)
        out.append(pos)
    return out


def _lines() -> list[str]:
    paths = list(seed_paths())
    if corpus_available():
        paths += sorted(CORPUS.glob("*.txt"))[:8]
    return [line for p in paths for line in p.read_text(encoding="utf-8").split("\n")]


def test_the_same_cuts_as_jieba_on_real_text_and_edge_cases():
    segment.init()
    lines = _lines() + EDGES
    assert len(lines) > (500 if corpus_available() else 200)   # the seeds alone where ../shared is absent
    bad = [t for t in lines if segment.boundaries(t) != _reference(t)]
    assert bad == []


def test_a_block_seen_again_is_cut_the_same_and_words_join_to_the_text():
    segment.init()
    text = "坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想。"
    first = segment.boundaries(text)
    assert segment.boundaries(text) == first == _reference(text)
    words = segment.words(text)
    assert "".join(words) == text and words == jieba.lcut(text, HMM=False)
    assert segment.words("") == []
