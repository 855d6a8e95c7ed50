"""Lint round 12A: confusables decided by context (F024, lint/confusables.toml) and formula members.

The table's own bad/good examples are its unit tests: each bad example is reported at the first
occurrence of its wrong word (by F024, or by F010 where typos.tsv already holds the entry), no good
one is reported by F024. The sentences below are further variants of the classes (other topics,
other shapes) written beside the blind misses."""

from __future__ import annotations

import pytest

from drafter.lint.confusables import read_pairs
from drafter.lint.engine import lint_text

PAIRS = read_pairs()


def _at(findings, text: str, word: str, rules=("F024", "F010")) -> bool:
    i = text.index(word)
    lines = text.split("\n")
    for f in findings:
        if f.rule not in rules:
            continue
        start = sum(len(ln) + 1 for ln in lines[:f.line - 1]) + f.column - 1
        if start < i + len(word) and i < start + f.length:
            return True
    return False


BAD_EXAMPLES = [(p["wrong"], s) for p in PAIRS for s in p.get("bad", [])]
GOOD_EXAMPLES = [(p["wrong"], s) for p in PAIRS for s in p.get("good", [])]


def test_every_pair_has_examples():
    assert len(PAIRS) >= 50
    for p in PAIRS:
        assert p.get("bad") and p.get("good"), p["wrong"]
        for s in p["bad"]:
            assert p["wrong"] in s, (p["wrong"], s)


@pytest.mark.parametrize("word,text", BAD_EXAMPLES)
def test_bad_example_is_reported(word, text):
    assert _at(lint_text(text), text, word), (word, text)


@pytest.mark.parametrize("word,text", GOOD_EXAMPLES)
def test_good_example_is_clean(word, text):
    assert not [f for f in lint_text(text) if f.rule == "F024"], (word, text)


BAD = [
    # F024: the contexts at work in sentences of other topics
    ("F024", "进一步畅通律师参与信访化解途经，全年接待来访群众210人次。", "途经"),
    ("F024", "拓展公证服务途经，推行“最多跑一次”。", "途经"),
    ("F024", "人民调解员在调解前应向当事人交待调解的性质和原则。", "交待"),
    ("F024", "法律援助律师向受援人交待诉讼风险。", "交待"),
    ("F024", "鉴于申请人已撤回复议申请，复议机构中止审查并结案。", "中止"),
    ("F024", "经审查，申请人于听证前撤回申请，本机关决定中止该案审理。", "中止"),
    ("F024", "区司法局依法做出不予行政许可决定2件。", "做出"),
    ("F024", "复议机关对该处罚决定依法做出了变更。", "做出"),
    ("F024", "全区公证办证量创历史最高记录。", "记录"),
    ("F024", "防止邻里纠纷曼延为群体性事件。", "曼延"),
    ("F024", "3家律师事务所分批入住镇村公共法律服务工作站。", "入住"),
    ("F024", "法律援助申请人必需如实说明经济困难状况。", "必需"),
    ("F024", "完善刑满释放人员安置帮救衔接机制。", "帮救"),
    ("F024", "做好社区矫正信息系统与公安系统的过度衔接。", "过度"),
]


@pytest.mark.parametrize("rid,text,at", BAD)
def test_variant_is_reported(rid, text, at):
    assert _at(lint_text(text), text, at, (rid, "F010")), (rid, text)


CLEAN = [
    "人民调解员在调解前应向当事人交代调解的性质和原则。",
    "普法宣传车途经全区8个镇街，发放宣传资料。",
    "因案件审理需以另一案件结果为依据，复议机构决定中止审理。",
    "全区公证办证量创历史最高纪录，会议记录已归档。",
    "为困难群众送去米面油等生活必需品。",
    "新建小区居民陆续入住，调解员上门走访。",
    "做出了一批精品普法短视频。",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_sentence(text):
    assert not [f for f in lint_text(text) if f.rule == "F024"], text
