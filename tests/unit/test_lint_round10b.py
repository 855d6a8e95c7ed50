"""Round 10B: one fact model of the figures (C023–C027), variants of each class beyond the dev
cases, and P019 linear on a line full of 《."""

import pytest

from drafter.lint import punctuation_forms
from drafter.lint.engine import lint_text


def _rules(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in lint_text(text)]


BAD = [
    ("C023", "全年办理公证事项3215件。\n在办理的3251件公证事项中，涉外公证占12%。", "3251件"),
    ("C023", "全年共接待来访群众860人次。\n接待的890人次来访群众中，咨询婚姻家庭问题的占三成。", "890人次"),
    ("C023", "全年共受理法律援助案件1486件。\n（三）聚焦重点群体。在受理的1568件法律援助案件中，农民工案件占比41.2%。", "1568件"),
    ("C024", "全区共有社区矫正工作人员46名。\n年内对42名社区矫正工作人员开展全员培训。", "42名"),
    ("C024", "全县现有公证员18名。\n组织16名公证员全部参加业务考试。", "16名"),
    ("C024", "全区现有执业律师320名，其中党员律师136名。\n全年组织156名党员律师参加集中轮训，实现全覆盖。", "156名"),
    ("C025", "全年受理行政复议申请260件。\n按类型分，行政处罚类申请120件、行政强制类申请60件、其他类申请70件。", "70件"),
    ("C025", "婚姻家庭纠纷512件、邻里纠纷897件、合同纠纷300件。\n婚姻家庭和邻里纠纷共计1490件。", "1490件"),
    ("C025", "全年审结行政复议案件138件，其中维持96件、撤销11件、确认违法9件、驳回14件、终止8件。\n通过撤销、确认违法直接纠错22件。", "22件"),
    ("C026", "区司法局连续3年获评全市法治政府建设优秀单位。\n区司法局连续4年获评全市法治政府建设优秀单位，受到表扬。", "连续4年"),
    ("C026", "全区连续八年保持社区矫正对象零脱管纪录。\n下一步，我们将巩固连续七年保持社区矫正对象零脱管纪录的成果。", "连续七年"),
    ("C026", "我区已连续5年被评为全省人民调解工作先进集体。\n这是我区连续6年获此殊荣。", "连续6年"),
    ("C027", "4月8日，区公共法律服务中心挂牌运行。\n中心自4月18日挂牌以来，接待群众1200人次。", "4月18日"),
    ("C027", "5月20日，“法援惠民生”专项活动在全区启动。\n活动自5月22日启动以来，共办理案件86件。", "5月22日"),
    ("C027", "1月10日，“智慧矫正”平台正式上线。\n自1月16日上线以来，平台累计预警126次。", "1月16日"),
]

GOOD = [
    "全年共受理法律援助案件1486件，办结1450件。\n在办结的1450件法律援助案件中，农民工案件占比41.2%。",
    "全年受理法律援助案件1486件。\n上年受理的1380件法律援助案件已全部归档。",
    "全区现有专兼职人民调解员1860名。\n新增的120名调解员全部参加岗前培训。",
    "全年调解纠纷2315件。\n从类型看，婚姻家庭纠纷512件、邻里纠纷897件、劳动争议纠纷406件、其他纠纷500件。",
    "全年审结行政复议案件138件，其中维持96件、撤销11件、确认违法9件。\n通过撤销、确认违法直接纠错20件。",
    "污染防治攻坚战连续5年获国家考核优秀等次。落实最严格水资源管理制度，连续4年获国务院考核优秀等次。",
    "我区连续3年开展“法律明白人”培训。\n我区连续5年被评为全省人民调解工作先进集体。",
    "3月15日，普法评估工作正式启动。\n自3月15日启动以来，共查摆问题46个。",
    "3月15日，普法评估工作正式启动。\n6月1日，调解平台上线。\n平台自6月1日上线以来运行平稳。",
]


@pytest.mark.parametrize("rule,text,at", BAD)
def test_the_class_is_caught(rule, text, at):
    same = {"C023": ("C001", "C023")}.get(rule, (rule,))  # C001 tells the simpler shapes of C023's class
    found = [f for f in lint_text(text) if f.rule in same]
    assert found, _rules(text)
    lines = text.split("\n")
    f = found[0]
    assert at in lines[f.line - 1][f.column - 1:f.column - 1 + max(f.length, len(at)) + len(at)]


@pytest.mark.parametrize("text", GOOD)
def test_clean_figures_stay_clean(text):
    assert not [r for r, _ in _rules(text) if r in ("C023", "C024", "C025", "C026", "C027")], _rules(text)


def test_p019_counts_each_line_once(monkeypatch):
    """A line full of 《 (20,000 of them) is counted once, not once per nested mark."""
    calls = []
    real = str.count

    class Line(str):
        def count(self, *a):
            calls.append(a)
            return real(self, *a)

    from drafter.core.outline import parse_text
    from drafter.lint.config import Config
    from drafter.lint.context import Context
    ctx = Context(parse_text("《" * 20000 + "》"), Config())
    ctx.lines = [Line(ln) for ln in ctx.lines]
    list(punctuation_forms.same_kind_nesting(ctx))
    assert len(calls) <= 4
