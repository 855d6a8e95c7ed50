"""Consistency (数据打架) in shapes other than the ones the rules were written beside: parts lists
with any separator and introduction, on the next lines; an event's date with words between."""

from __future__ import annotations

from drafter.lint.engine import lint_text

HEAD = "某区司法局2026年工作总结\n一、主要工作\n"


def _c(text: str) -> list[str]:
    return [f.rule for f in lint_text(HEAD + text) if f.rule.startswith("C")]


def _clash(text: str) -> bool:
    """C023, or C001 that said it first (C023 defers to it on the same figure)."""
    return bool({"C001", "C023"} & set(_c(text)))


def test_list_with_other_separated_by_commas_must_equal_the_whole():
    assert "C025" in _c("全年共办理公证事项2600件，群众满意。\n从类别看，涉外公证900件，继承公证700件，其他公证1100件。\n")
    assert "C025" in _c("全年办理行政复议案件180件。\n按案件类型分：行政处罚80件；行政许可60件；其他案件50件。\n")
    assert "C025" in _c("年内开展普法宣传活动300场，其中进社区120场，进企业110场，其他宣传活动80场。\n")


def test_list_larger_than_its_whole_without_other():
    assert "C025" in _c("截至年底，全区在册社区矫正对象300名。\n按矫正类别分，缓刑人员260名，假释人员30名，暂予监外执行人员20名。\n")
    assert "C025" in _c("全区共有执业律师520名。\n（二）加强队伍建设。\n其中专职律师430名，兼职律师、公职律师100名。\n")
    assert "C025" in _c("全年受理法律援助申请900件。\n分别为刑事申请400件、民事申请450件、行政申请80件。\n")


def test_lists_that_fit_their_whole_stay_clean():
    assert _c("全年共办理公证事项2600件。\n从类别看，涉外公证900件，继承公证600件，其他公证1100件。\n") == []
    assert _c("全区在册社区矫正对象300名。\n按矫正类别分，缓刑人员250名，假释人员30名，暂予监外执行人员20名。\n") == []
    assert _c("全区共有执业律师520名。\n其中专职律师430名，兼职律师、公职律师90名。\n") == []
    # overlapping groups (not parts of one partition) are not summed
    assert _c("全区共有执业律师520名。\n其中党员律师300名，女律师260名。\n") == []


def test_event_date_with_words_between_date_and_verb():
    assert "C027" in _c("5月8日，区司法局启动“公证便民月”活动。\n活动期间开展宣传12场。\n自6月8日活动启动以来，累计办理公证300件。\n")
    assert "C027" in _c("2月20日，全区社区矫正集中排查正式部署。\n自3月20日排查工作部署以来，共走访对象120名。\n")
    assert "C027" in _c("9月1日，区律师调解工作室揭牌。\n自9月10日调解室揭牌以来，共调解纠纷40件。\n")
    assert _c("5月8日，区司法局启动“公证便民月”活动。\n自5月8日活动启动以来，累计办理公证300件。\n") == []


def test_half_year_figure_above_the_whole_year():
    assert "C028" in _c("上半年，区公证处共办理公证事项1900件。\n……\n全年共办理公证事项1750件，较上年增长5%。\n")
    assert "C028" in _c("1-6月，全区受理行政复议申请96件。\n全年受理行政复议申请88件，纠错率8%。\n")
    assert "C028" in _c("上半年全区新接收社区矫正对象130名。\n二、主要成效\n全年新接收社区矫正对象121名。\n")
    assert _c("上半年，区公证处共办理公证事项900件。\n全年共办理公证事项1750件。\n") == []


def test_year_on_year_direction_against_last_year_figure():
    assert "C028" in _c("2025年，全区办理法律援助案件1500件，同比增长6.5%。\n上年同期，全区共办理法律援助案件1620件。\n")
    assert {"C016", "C028"} & set(_c("全年受理行政复议申请120件，同比下降10%。\n去年全年受理行政复议申请110件。\n"))  # C016 first
    assert {"C016", "C028"} & set(_c("全年开展普法活动480场，较上年增加12%。\n其中线下300场。\n上年开展普法活动520场。\n"))
    assert _c("全年受理行政复议申请120件，同比下降10%。\n去年全年受理行政复议申请133件。\n") == []


def test_same_fact_under_a_verb_synonym():
    assert _clash("全年共受理法律援助案件980件。\n二、主要成效\n全年办理的890件法律援助案件中，农民工案件占三成。\n")
    assert _clash("全年调处矛盾纠纷2100件。\n在调解的2010件矛盾纠纷中，婚姻家庭纠纷最多。\n")
    assert "C023" in _c("全年受理行政复议申请150件，办结120件。\n在审结的125件案件中，纠错18件。\n")
    assert _c("全年共受理法律援助案件980件。\n全年办理的980件法律援助案件中，农民工案件占三成。\n") == []


def test_whole_label_restated_with_another_figure():
    assert "C023" in _c("新建公共法律服务工作站16个，总数达到40个。\n……\n年内新建公共法律服务工作站18个，其中村级12个。\n")
    assert _clash("开展宪法宣传进社区活动45场。\n同时，全年开展宪法宣传进社区活动54场，受众万人。\n")
    assert _clash("新增备案行政规范性文件32件。\n三是强化备案审查，新增备案行政规范性文件35件。\n")
    assert _c("新建公共法律服务工作站16个。\n年内新建公共法律服务工作站16个，其中村级12个。\n") == []


def test_one_amount_in_wan_and_yi_a_power_of_ten_apart():
    assert "C023" in _c("全年为受援人挽回经济损失3650.2万元。\n法律援助为群众挽回经济损失约3.65亿元。\n")
    assert "C023" in _c("公证服务涉及标的金额1.26亿元。\n二、主要成效\n全年公证服务涉及标的金额1260万元。\n")
    assert "C023" in _c("社区矫正专项经费52.6万元。\n全年投入社区矫正专项经费5.26亿元，保障有力。\n")
    assert _c("全年为受援人挽回经济损失3650.2万元。\n法律援助为群众挽回经济损失约0.37亿元。\n") == []


MODEL = {"C023", "C024", "C025", "C028"}


def test_restated_labels_of_named_years_stay_clean():
    assert MODEL & set(_c("2024年，区政府共收到行政复议申请178件。\n2025年，区政府共收到行政复议申请156件，同比下降12.4%。\n")) == set()
    assert MODEL & set(_c("上半年，新建公共法律服务工作站16个。\n下半年，新建公共法律服务工作站18个。\n")) == set()
    assert MODEL & set(_c("2024年审结案件96件。\n2025年，在审结的90件案件中，纠错8件。\n")) == set()


def test_all_claim_with_a_short_noun_before_it():
    assert "C024" in _c("全区共有公证机构3家、公证员46名。\n全年办理公证事项4000件，64名公证员全部参加业务培训。\n")
    assert "C024" in _c("全区现有社区戒毒民警62名。\n年内26名民警全部完成轮训。\n")
    assert "C024" in _c("全区建成普法阵地120个，普法讲师团成员36名。\n组织63名成员全部参加宪法宣讲。\n")
    assert "C024" not in _c("全区共有公证机构3家、公证员46名。\n46名公证员全部参加业务培训。\n")
