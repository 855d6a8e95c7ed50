"""Round 3 classes: each new class is caught on a fresh sentence (not the development set's) and
its correct counterpart is not flagged."""
import pytest

from drafter import api


def rules_at(text: str, word: str) -> set[str]:
    """Rules of the errors/warnings whose span overlaps the first occurrence of `word`."""
    start = text.index(word)
    end = start + len(word)
    lines = text.split("\n")
    offs = [0]
    for ln in lines:
        offs.append(offs[-1] + len(ln) + 1)
    out = set()
    for f in api.lint(text.encode("utf-8"), "t.txt").findings:
        if f.severity in ("error", "warning"):
            s = offs[f.line - 1] + f.column - 1
            if s < end and start < s + max(f.length, 1):
                out.add(f.rule)
    return out


@pytest.mark.parametrize("text, word, rule_id", [
    ("帮助刑满释放人员更好的融入社会。", "更好的", "F010"),
    ("矛盾纠纷排查工作抓的还不够细。", "抓的", "F010"),
    ("局党组付局长带队督查。", "付局长", "F010"),
    ("全年共成功调节邻里纠纷320件。", "调节", "F010"),
    ("可登陆司法局网站查询。", "登陆", "F010"),
    ("推进严格公正规范文明执法。", "严格公正规范文明执法", "F001"),
    ("深入学习贯彻二十大四中全会精神。", "二十大四中全会", "F001"),
    ("在12月3日国家宪法日组织宣传。", "12月3日国家宪法日", "F001"),
    ("2030年是“十五五”规划开局之年。", "“十五五”规划开局之年", "C004"),
    ("2025年，严格依据《法律援助条例》办理案件。", "《法律援助条例》", "F014"),
])
def test_class_is_caught(text, word, rule_id):
    assert rule_id in rules_at(text, word)


@pytest.mark.parametrize("text", [
    "帮助刑满释放人员更好地融入社会。",
    "深化拓展“三个意识”教育成果。",
    "2026年是“十五五”规划开局之年。",
    "推进严格规范公正文明执法。",
    "通过财政支付书记员工资。",
    "在12月4日国家宪法日组织宣传。",
])
def test_right_form_is_not_flagged(text):
    found = [f for f in api.lint(text.encode("utf-8"), "t.txt").findings if f.severity in ("error", "warning")]
    assert not found, found


def test_short_excerpt_has_no_missing_section():
    text = "龙湾区司法局2026年工作总结暨2027年工作思路\n一、2026年主要工作\n全年办理法律援助案件1014件。\n二、2027年工作思路\n持续深化法治化营商环境建设。"
    assert not [f for f in api.lint(text.encode("utf-8"), "t.txt").findings if f.rule == "S005"]
