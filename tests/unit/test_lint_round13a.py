"""Lint round 13A: variants of the classes both fresh dev sets missed (typos and formulations).

The new F024 pairs carry their own bad/good examples in lint/confusables.toml (run by
test_lint_round12a); the sentences below are further variants for the other rules touched: F001
(wrong_formulas.toml), F018 (an NPC session, and a half-year text written by July), F013 (the 2014 member of “四个全面” listed after 2020), F020 (a plan claim
written before its year) and F024's sentence window, which stops at the right word."""

from __future__ import annotations

import pytest

from drafter.lint.engine import lint_text


def _at(text: str, word: str, rules) -> bool:
    i = text.index(word)
    lines = text.split("\n")
    for f in lint_text(text):
        if f.rule not in rules or f.severity not in ("error", "warning"):
            continue
        start = sum(len(ln) + 1 for ln in lines[:f.line - 1]) + f.column - 1
        if start < i + len(word) and i < start + f.length:
            return True
    return False


BAD = [
    ("F018", "2024年上半年，局党组第一时间传达学习十四届全国人大三次会议精神。", "十四届全国人大三次会议"),
    ("F018", "2023年上半年，我局认真学习十四届全国人大二次会议精神。", "十四届全国人大二次会议"),
    ("F018", "2025年上半年，深入学习贯彻党的二十届四中全会精神。", "二十届四中全会"),
    ("F018", "2023年，认真学习十四届全国人大三次会议精神。", "十四届全国人大三次会议"),
    ("F020", "作为“七五”普法规划收官之年，2025年全区深入开展法治宣传教育。", "七五"),
    ("F020", "在“八五”普法开局之年，2025年我局启动新一轮普法。", "八五"),
    ("F020", "作为“十四五”规划开局之年，2024年我区扎实推进法治政府建设。", "十四五"),
    ("F020", "正值“七五”普法收官之年，2019年全区开展总结验收。", "七五"),
    ("F013", "2024年，我局统筹推进“四个全面”战略布局，即全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", "全面建成小康社会"),
    ("F013", "2023年，协调推进“四个全面”：全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。", "全面建成小康社会"),
    ("F013", "2025年，我们深刻把握“四个全面”的内涵，即全面建成小康社会、全面深化改革、全面推进依法治国、全面从严治党。", "全面建成小康社会"),
    ("F001", "牢固树立有法可依、有法必依、执法必严、违法必究的新十六字方针。", "有法可依"),
    ("F001", "全面贯彻新十六字方针，即有法可依、有法必依、执法必严、违法必究。", "新十六字方针"),
    ("F001", "深入落实“有法可依、有法必依、执法必严、违法必究”新十六字方针。", "有法可依"),
    ("F001", "务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于创新。", "善于创新"),
    ("F001", "牢记“三个务必”，务必敢于担当、善于斗争。", "敢于担当"),
    ("F001", "践行“三个务必”，务必谦虚谨慎、艰苦朴素。", "艰苦朴素"),
    ("F001", "2024年，区委依法治区领导小组办公室印发年度工作要点。", "领导小组"),
    ("F001", "县委依法治县领导小组召开全体会议，审议年度报告。", "领导小组"),
    ("F001", "市委依法治市领导小组办公室开展法治督察。", "领导小组"),
    ("F001", "坚持法治国家、法治政府、法治社会协调建设。", "协调建设"),
    ("F001", "推动法治国家、法治政府、法治社会同步建设。", "同步建设"),
    ("F001", "统筹推进法治国家、法治政府、法治社会协同建设。", "协同建设"),
    ("F001", "坚持以习近平新时代法治思想为指导。", "习近平新时代法治思想"),
    ("F001", "深入学习习近平新时代依法治国思想。", "依法治国思想"),
    ("F001", "用习近平总书记法治思想武装头脑。", "法治思想"),
    ("F001", "组织开展《中华人民共和国民法》进社区、进家庭活动。", "民法"),
    ("F001", "举办《中华人民共和国民法》专题讲座12场。", "民法"),
    ("F001", "律师为企业解读《中华人民共和国民法法典》合同编。", "民法法典"),
    ("F001", "认真学习二十届四中全会审议通过的《中共中央关于制定国民经济和社会发展第十五个五年规划的纲要》。", "纲要"),
    ("F001", "学习《中共中央关于制定国民经济和社会发展第十五个五年规划纲要》，找准职责定位。", "规划纲要"),
    ("F001", "学习十九届五中全会通过的《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的纲要》。", "纲要"),
]

GOOD = [
    ("F018", "2024年，局党组传达学习十四届全国人大三次会议精神。"),
    ("F018", "2024年上半年，深入学习贯彻十四届全国人大二次会议精神。"),
    ("F018", "2024年上半年，深入学习贯彻党的二十届三中全会精神。"),
    ("F024", "对3件因申请人撤回申请的案件依法决定终止行政复议，对1件需以相关案件审理结果为依据的案件依法决定中止。"),
    ("F024", "因当事人撤回调解申请，调委会终止调解；另一起纠纷因当事人住院决定中止调解。"),
    ("F024", "申请人撤回申请的，复议机构终止审理，对需等待鉴定结论的另一案件决定中止。"),
    ("F020", "作为“八五”普法规划收官之年，2025年全区深入开展法治宣传教育。"),
    ("F020", "作为“九五”普法开局之年，2026年我局全面启动新一轮普法。"),
    ("F013", "2024年，协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。"),
    ("F013", "2021年7月1日，我国如期全面建成小康社会。"),
    ("F001", "坚持法治国家、法治政府、法治社会一体建设。"),
    ("F001", "区委依法治区委员会办公室印发年度工作要点。"),
    ("F001", "务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。"),
    ("F001", "组织开展《中华人民共和国民法典》进社区活动。"),
    ("F001", "认真学习《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。"),
    ("F001", "深入学习贯彻习近平法治思想。"),
]


@pytest.mark.parametrize("rule,text,word", BAD)
def test_bad_variant_is_reported(rule, text, word):
    assert _at(text, word, (rule,)), (rule, text)


@pytest.mark.parametrize("rule,text", GOOD)
def test_good_variant_is_clean(rule, text):
    assert not [f for f in lint_text(text) if f.rule == rule and f.severity in ("error", "warning")], (rule, text)


def test_sentence_window_still_reaches_past_other_words():
    # the right word only ends the window when it stands between the collocate and the word
    text = "鉴于申请人已撤回复议申请，复议机构中止审查并结案。"
    assert _at(text, "中止", ("F024",))
