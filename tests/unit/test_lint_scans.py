"""The bounded scans of drafter.lint.context and the rule modules give exactly what the plain
regex scan gives (they only skip match attempts that cannot succeed): checked on random text over
an alphabet rich in the characters the patterns look for, and on the corpus."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from drafter.lint import consistency, consistency_claims, consistency_figures, consistency_model, faulty, repetition_more
from drafter.lint.context import Marks, label_number_matches, matches_at, matches_near, number_matches, positions
from drafter.lint.lexicon import LazyPattern, _code, anchor_positions, text_pairs

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "provincial-2026"
ALPHABET = list("甲乙丙丁区县同比率由从上年去增加人件元万亿的我本市司法局，；。！？、\n 0123456.%") + \
    ["同比", "上年", "司法局", "增至", "增长12%", "下降3.5%", "率为9%", "由12人", "增至15人", "较上年增加5人", "甲乙丙丁",
     "甲乙都甲乙", "丙丁也丙丁", "均", "撤销", "确认违法", "和", "纠错", "考核", "年度考核位列全市第", "考评居第", "第二", "一", "自3月5日",
     "启动以来", "四是", "受理"]


def _texts(n: int = 3000, seed: int = 11) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 60))) for _ in range(n)]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


CASES = [
    (lambda rx, t: label_number_matches(rx, t, 14, 2), consistency.RE_FACT),
    (lambda rx, t: label_number_matches(rx, t, 14, 2), consistency.RE_MONEY),
    (lambda rx, t: matches_near(rx, t, "同比", 15), consistency.RE_BARE_YOY),
    (lambda rx, t: matches_near(rx, t, "率", 12), consistency.RE_RATE_FACT),
    (lambda rx, t: matches_near(rx, t, ("区", "县"), 2), consistency.RE_OTHER_UNIT),
    (lambda rx, t: matches_near(rx, t, ("由", "从"), 10), consistency_figures.RE_FROM_TO_FACT),
    (lambda rx, t: matches_near(rx, t, ("上年", "去年", "同比"), 11), consistency_figures.RE_STATED_DELTA),
    (lambda rx, t: number_matches(rx, t), consistency_figures.RE_MEASURED),
    (lambda rx, t: matches_near(rx, t, ("均", "都", "也"), 2), repetition_more.RE_AROUND_ADVERB),
    (lambda rx, t: label_number_matches(rx, t, 16, 2), consistency_model.RE_NOUN_FIRST),
    (lambda rx, t: label_number_matches(rx, t, 14, 2), consistency_claims.RE_COUNT),
    (lambda rx, t: label_number_matches(rx, t, 16, 2), consistency_claims.RE_THIS_YOY),
    (lambda rx, t: matches_at(rx, t, consistency_model._summed_anchors(t), 8), consistency_model.RE_SUMMED),
    (lambda rx, t: matches_near(rx, t, consistency_claims.RANK_WORDS, 18), consistency_claims.RE_RANK),
    (lambda rx, t: matches_near(rx, t, "自", 4), consistency_model.RE_SINCE),
    (lambda rx, t: repetition_more._run_in_titles(t), repetition_more.RE_RUN_IN),
]


@pytest.mark.parametrize("scan,rx", CASES, ids=[c[1].pattern[:24] for c in CASES])
def test_bounded_scans_find_what_finditer_finds(scan, rx):
    texts = _texts()
    found = 0
    for t in texts:
        want = _spans(rx.finditer(t))
        assert _spans(scan(rx, t)) == want, t
        found += len(want)
    assert found > 0   # the alphabet does make matches


def test_clauses_from_the_stops_are_the_regex_clauses():
    for t in _texts(seed=5) + ["甲" * 50 + "，" + "乙" * 41 + "；丙，，；"]:
        assert list(repetition_more.clause_spans(t)) == [m.span() for m in repetition_more.RE_CLAUSE.finditer(t)]


def test_positions_and_pair_offsets():
    rnd = random.Random(3)
    for _ in range(300):
        t = "".join(rnd.choice("甲乙丙、，%") for _ in range(rnd.randint(0, 40)))
        assert positions(t, "、%") == sorted(i for i, c in enumerate(t) if c in "、%")
        assert positions(t, "，") == [i for i, c in enumerate(t) if c == "，"]
        pairs = {"甲乙", "丙、"}
        assert anchor_positions(t, frozenset(map(_code, pairs))) == [i for i in range(len(t) - 1) if t[i:i + 2] in pairs]
        assert text_pairs(t) == frozenset(_code(t[i:i + 2]) for i in range(len(t) - 1))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
def test_bounded_scans_on_the_corpus():
    lines = [ln for p in sorted(CORPUS.glob("*.txt"))[:8] for ln in p.read_text(encoding="utf-8").splitlines()]
    for scan, rx in CASES:
        assert [_spans(scan(rx, ln)) for ln in lines] == [_spans(rx.finditer(ln)) for ln in lines]


def test_marks_find_the_nearest_mark_as_find_and_rfind_do():
    rnd = random.Random(7)
    for _ in range(300):
        t = "".join(rnd.choice("甲乙，。；\n") for _ in range(rnd.randint(0, 50)))
        marks = Marks(t, "，。\n")
        for a in range(len(t) + 1):
            for lo in (0, max(0, a - 5)):
                assert marks.last_before(a, lo) == max(t.rfind(c, lo, a) for c in "，。\n")
            for hi in (len(t), a + 5):
                got = [k for k in (t.find(c, a, hi) for c in "，。\n") if k >= 0]
                assert marks.first_in(a, hi) == (min(got) if got else -1)


def test_many_anchors_are_found_where_each_one_is():
    rnd = random.Random(9)
    anchors = tuple(sorted({"甲乙", "乙丙", "丙丙", "甲乙丙", "丁甲", "乙丁", "丙甲", "甲甲", "丁丁乙"}))
    assert len(anchors) >= faulty.MANY_ANCHORS
    for _ in range(300):
        t = "".join(rnd.choice("甲乙丙丁，") for _ in range(rnd.randint(0, 60)))
        assert faulty._occurrences(t, anchors) == sorted({i for a in anchors for i in range(len(t)) if t.startswith(a, i)})


def test_pair_state_of_two_texts_in_turn():
    a, b = "甲乙丙" * 20, "丙乙甲" * 20
    for _ in range(3):
        assert text_pairs(a) == frozenset(_code(a[i:i + 2]) for i in range(len(a) - 1))
        assert text_pairs(b) == frozenset(_code(b[i:i + 2]) for i in range(len(b) - 1))


def test_lazy_pattern_compiles_on_first_use_once():
    lp = LazyPattern(r"甲(乙+)")
    assert lp._rx is None
    assert lp.search("丙甲乙乙").group(1) == "乙乙"
    rx = lp._rx
    assert lp.pattern == r"甲(乙+)" and lp.findall("甲乙，甲乙乙") == ["乙", "乙乙"] and lp._rx is rx
    other = LazyPattern(r"丙+")
    LazyPattern.compile_all()
    assert other._rx is not None and other.fullmatch("丙丙")
