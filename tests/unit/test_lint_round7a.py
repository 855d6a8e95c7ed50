"""Round 7 (typos, formulations, redundancy, faulty sentences) beyond the catalogue examples: the
shapes each rule covers and the guards that keep it quiet on right text."""

from __future__ import annotations

import pytest

from drafter.lint.engine import lint_text


def rules_of(text: str) -> set[str]:
    return {f.rule for f in lint_text(text) if f.severity in ("error", "warning")}


@pytest.mark.parametrize("text, rule", [
    ("我区成功跻身示范地区后，又有两个街道挤身全省先进行列。", "F010"),
    ("依托红色教育基地，庚续红色法治基因。", "F010"),
    ("拓宽群众获取法律服务的途经。", "F010"),
    ("大胆启用年轻调解员担任调委会副主任。", "F010"),
    ("区政府做出重大行政决策前，均由司法局进行合法性审查。", "F010"),
    ("引导党员干部不断增强政治意识、全局意识、核心意识、看齐意识。", "F012"),
    ("坚定道路自信、理论自信、制度自信、历史自信。", "F012"),
    ("坚持科学立法、严格执法、公正司法、全民普法一体推进。", "F012"),
    ("牢固树立整体国家安全观，做好社区矫正对象监管工作。", "F001"),
    ("坚持以人民为核心的发展思想。", "F001"),
    ("严格落实《信访条例》，按期办结率100%。", "F014"),
    ("2024年，全局干部认真学习李克强总理所作的政府工作报告。", "F011"),
    ("认真贯彻司法部部长唐一军的讲话要求，谋划2024年重点任务。", "F011"),
    ("2026年工作思路：深入实施“八五”普法规划。", "F013"),
    ("2024年，全区新接收社区服刑人员213名。", "F013"),
    ("主动接受人大、政协和一府两院监督。", "F013"),           # a replaced term: stale without a year
    ("2023年，区司法局深入学习贯彻党的二十届三中全会精神。", "F018"),
    ("新修订的行政复议法自2023年9月1日起施行。", "F019"),
    ("全年约开展“法律进社区”活动300场左右。", "W002"),
    ("每个街道调委会至少配备2名以上专职人民调解员。", "W003"),
    ("新类型矛盾纠纷不断层出不穷。", "W001"),
    ("调解经验见诸于《法治日报》。", "W001"),
    ("工作作风赢得群众交口称赞、有口皆碑。", "W006"),
    ("能否严格规范公正文明执法，是提升群众满意度的重要保证。", "W007"),
    ("出现积案的主要原因是部分调解员专业能力不足造成的。", "W008"),
    ("本次活动共吸引群众参与人数达5000余人次。", "W008"),
    ("群众对公共法律服务的满意度明显增强。", "W009"),
    ("全区所有村（社区）已基本实现法律顾问全覆盖。", "W010"),
    ("对于群众反映强烈的律师收费问题，引起了局党组的高度重视。", "W011"),
    ("没有一个社区不是没有配备法律顾问的。", "W012"),
    ("目前，全区正在开展整顿基层法律服务市场秩序。", "W013"),
    ("严禁不得擅自对外发布案件信息。", "W005"),
])
def test_round7_shapes(text, rule):
    assert rule in rules_of(text)


@pytest.mark.parametrize("text", [
    "车辆途经此地时减速慢行，新设备已正式启用。",          # 途经/启用 in their own sense
    "委托人授权律师代为参加庭审。",                          # 授权 by the principal
    "德治、法治、智治相结合，群众自治为基础。",              # another formula, not 三治 out of order
    "全区已基本实现法律顾问全覆盖，基本公共服务覆盖全部乡镇。",  # edited reports' usage
    "政务服务效率持续增强，群众满意度明显提高。",
    "对于群众反映的问题，我们逐一回复。",
    "能否建强调解员队伍，是人民调解工作成败的关键。",
    "要看是否依法办理，取决于是否建强队伍。",
    "开展整治群众身边不正之风专项行动。",
    "大力加强人民调解组织建设，开放大通道大平台大通关建设。",
    "约请专家论证，约谈企业负责人3人左右。",
    "屡见不鲜的纠纷，司空见惯之后，持之以恒、久久为功。",
    "“十四五”时期法治建设成效显著，圆满完成“八五”普法目标任务。",
])
def test_round7_guards(text):
    assert not rules_of(text) & {"F010", "F012", "F013", "W002", "W006", "W007", "W009", "W010", "W011", "W013"}


def test_dated_year_is_the_latest_year_written_not_a_target():
    # 到2035年 is a target: the text was written in 2024, so 国务院总理李克强 is stale only from 2024
    assert "F011" in rules_of("2024年学习国务院总理李克强的讲话，展望到2035年远景目标。")
    assert "F011" not in rules_of("2022年学习国务院总理李克强的讲话，展望到2035年远景目标。")


def test_repealed_law_without_a_year_is_judged_by_today():
    assert "F014" in rules_of("按照《社区矫正实施办法》规定，对新入矫人员开展入矫宣告。")
