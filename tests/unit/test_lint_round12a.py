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


CLEAN = [
    "人民调解员在调解前应向当事人交代调解的性质和原则。",
    "普法宣传车途经全区8个镇街，发放宣传资料。",
    "因案件审理需以另一案件结果为依据，复议机构决定中止审理。",
    "全区公证办证量创历史最高纪录，会议记录已归档。",
    "为困难群众送去米面油等生活必需品。",
    "新建小区居民陆续入住，调解员上门走访。",
    "做出了一批精品普法短视频。",
]


# ---- F025: formula members, the plenums' decisions (the data file's examples are tests)
from drafter.core.resources import load_toml  # noqa: E402

_FM = load_toml("lint/formula_members.toml")
FM_BAD = [s for k in ("list", "slot", "count") for e in _FM[k] for s in e["bad"]] + _FM["decisions"]["bad"]
FM_GOOD = [s for k in ("list", "slot", "count") for e in _FM[k] for s in e["good"]] + _FM["decisions"]["good"]


@pytest.mark.parametrize("text", FM_BAD)
def test_formula_member_bad(text):
    """Reported once: by F025, or by F001/F012 where they already name the member."""
    rules = [f.rule for f in lint_text(text) if f.rule in ("F025", "F001", "F012")]
    assert len(rules) == 1, (text, rules)


@pytest.mark.parametrize("text", FM_GOOD)
def test_formula_member_good(text):
    assert not [f for f in lint_text(text) if f.rule == "F025"], text


FORMULATIONS = [
    # F025: other shapes of the dev misses
    ("F025", "坚持法治国家、法治政府、法治乡村一体建设，推进“八五”普法。", "法治乡村"),
    ("F025", "统筹推进经济建设、政治建设、文化建设、社会建设和法治建设“五位一体”总体布局。", "法治建设"),
    ("F025", "即确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义法治思想的指导地位。",
     "习近平新时代中国特色社会主义法治思想"),
    ("F025", "公证处党支部开展习近平法治思想专题学习，逐条研读“十个坚持”。", "十个坚持"),
    ("F025", "律师协会组织学习二十届三中全会通过的《中共中央关于全面推进依法治国若干重大问题的决定》。",
     "《中共中央关于全面推进依法治国若干重大问题的决定》"),
    # F013: the exam renamed in 2018
    ("F013", "2025年，全区有8名人民调解员通过国家司法考试。", "国家司法考试"),
    ("F013", "2024年，组织法律援助中心工作人员报名参加司法考试。", "司法考试"),
    ("F013", "2026年，鼓励社区矫正工作人员参加国家统一司法考试。", "国家统一司法考试"),
    ("F013", "2025年，县委全面依法治县领导小组办公室印发工作要点。", "县委全面依法治县领导小组"),
    ("F013", "2026年，召开市委全面依法治市领导小组第三次会议。", "市委全面依法治市领导小组"),
    ("F013", "2025年，区司法局到收容教育所开展法治宣传。", "收容教育所"),
    ("F013", "2025年，县卫生健康委作为复议机关办结案件2件。", "县卫生健康委作为复议机关"),
    ("F013", "2024年，区城管执法局作为行政复议机关受理申请9件。", "区城管执法局作为行政复议机关"),
    ("F013", "2026年，市人力资源社会保障局作为行政复议机关审结案件4件。", "市人力资源社会保障局作为行政复议机关"),
    # F020: a year past the end of a five-year plan
    ("F020", "2026年是“八五”普法规划实施的第六年，我们将巩固普法成果。", "第六年"),
    ("F020", "2027年是“八五”普法的第七年。", "第七年"),
    ("F020", "2026年是“十四五”规划实施的第六年。", "第六年"),
]


FORMULATIONS_CLEAN = [
    "2025年，组织律师参加原国家司法考试合格人员培训。",
    "2025年，全区8人通过国家统一法律职业资格考试。",
    "2023年是“八五”普法规划实施的第三年。",
    "2025年，依法废止收容教育制度后做好人员衔接。",
    "2025年，区人民政府作为行政复议机关受理申请3件。",
    "2025年，区税务局作为行政复议机关受理申请3件。",
    "2023年，区人社局作为行政复议机关受理申请3件。",
    "2017年，区委全面依法治区领导小组召开会议。",
    "深化法治广东、法治政府、法治社会一体建设。",
    "深刻领会党的百年奋斗历史经验“十个坚持”，学习习近平法治思想。",
]


@pytest.mark.parametrize("rid,text,at", BAD + FORMULATIONS)
def test_variant_is_reported(rid, text, at):
    assert _at(lint_text(text), text, at, (rid, "F010")), (rid, text)


@pytest.mark.parametrize("text", CLEAN + FORMULATIONS_CLEAN)
def test_clean_sentence(text):
    assert not [f for f in lint_text(text) if f.rule in ("F024", "F025", "F013", "F020")], text
