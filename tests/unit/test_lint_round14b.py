"""Lint round 14B: each class with variants of its own (other words, topics, shapes) and clean twins;
a case is caught when a finding of the rule overlaps the first occurrence of the marked span."""
import pytest

from drafter.lint.engine import lint_text
from tests.unit.test_lint_round3 import rules_at

CAUGHT = [
    # T023 a change against a base named in the sentence (较上年的B / （2024年为B）)
    ("2024年受理法律援助案件864件，较上年的720件增长25%。", "T023", "25%"),
    ("全年办理公证事项2300件，比2023年的2000件增加12%。", "T023", "12%"),
    ("调解矛盾纠纷1500件，比2023年的1800件下降10%。", "T023", "10%"),
    ("2025年全区律师办理诉讼案件3120件（2024年为3390件），同比增长8%。", "T023", "增长8%"),
    ("受理行政复议申请412件（上年为380件），同比增长18%。", "T023", "18%"),
    ("接待来访群众960人次（2023年同期为1200人次），同比上升20%。", "T023", "上升20%"),
    # T023 是上年的N倍 against 由A增至B
    ("律师代理刑事案件由320件增至800件，增长150%，是上年的1.5倍。", "T023", "1.5倍"),
    ("法律咨询量由1000人次增加到3000人次，是去年的2倍。", "T023", "2倍"),
    ("普法讲座从40场增至100场，是上年同期的3倍。", "T023", "3倍"),
    # T023 a change in 成 against 由A增至B
    ("线上法律咨询由2000人次增至3200人次，增长了近三成。", "T023", "近三成"),
    ("人民调解案件从1000件下降到600件，下降了两成。", "T023", "两成"),
    ("公证办证量由500件增加到900件，增长约五成。", "T023", "五成"),
    # T024 a coverage rate against the part and the whole it names
    ("全区138个村（社区）中已有131个配备法律顾问，覆盖率达到100%。", "T024", "100%"),
    ("全区12个镇街中有10个建成公共法律服务站，建成率为100%。", "T024", "100%"),
    ("全市200家企业中已有150家签订法律顾问合同，签约率达90%。", "T024", "90%"),
    # W018 句式杂糅: 涉及……为主
    ("12348热线咨询内容涉及婚姻家庭、劳动争议、借贷纠纷等为主。", "W018", "涉及"),
    ("来信反映的问题主要涉及土地征收和邻里纠纷为主。", "W018", "涉及"),
    ("调解的纠纷类型集中在婚姻家庭、相邻关系等为主。", "W018", "集中在"),
    # W018 搭配不当: 解决……权益
    ("我们始终坚持以人民为中心，切实解决群众的合法权益。", "W018", "解决"),
    ("依法解决农民工的合法权益。", "W018", "解决"),
    ("着力解决好困难群众的正当权益。", "W018", "解决"),
    # W016 主谓搭配不当: 受援面/惠及面……提高
    ("随着法律援助门槛降低，全区法律援助的受援面不断提高。", "W016", "提高"),
    ("法治宣传的惠及面进一步提升。", "W016", "提升"),
    ("公共法律服务的服务面明显提高。", "W016", "提高"),
]

CLEAN = [
    "2024年受理法律援助案件864件，较上年的720件增长20%。",
    "全年办理公证事项2240件，比上年的2000件增加12%。",
    "2025年全区律师办理诉讼案件3120件（2024年为3390件），同比下降8%。",
    "受理行政复议申请412件（上年为380件），同比增长8.4%。",
    "律师代理刑事案件由320件增至800件，增长150%，是上年的2.5倍。",
    "法律咨询量由1000人次增加到3000人次，是去年的3倍。",
    "线上法律咨询由2000人次增至2580人次，增长了近三成。",
    "公证办证量由500件增加到760件，增长约五成，其中涉外公证占三成。",
    "全区138个村（社区）中已有131个配备法律顾问，覆盖率达到94.9%。",
    "全区12个镇街中有10个建成公共法律服务站，调解成功率为98%。",
    "12348热线咨询内容涉及婚姻家庭、劳动争议、借贷纠纷等，以婚姻家庭为主。",
    "咨询内容以婚姻家庭、劳动争议为主。",
    "切实维护群众的合法权益，解决群众权益受损问题。",
    "全区法律援助的受援面不断扩大，服务质量不断提高。",
]


@pytest.mark.parametrize("text,rule,span", CAUGHT)
def test_caught(text, rule, span):
    assert rule in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", CLEAN)
def test_clean(text):
    new = {"W018", "W016", "T023", "T024", "T006", "T001"}
    assert not [(f.rule, f.message) for f in lint_text(text) if f.rule in new and f.severity != "info"]


CAUGHT_REDUNDANCY = [
    ("全区众多律师们积极投身公益法律服务。", "W015", "众多律师们"),
    ("广大调解员们扎根基层化解矛盾。", "W015", "广大调解员们"),
    ("诸多企业家们踊跃参加法治讲座。", "W015", "诸多企业家们"),
    ("许多志愿者们参与普法宣传。", "W015", "许多志愿者们"),
    ("“有矛盾找调解”在全区已经家喻户晓、人人皆知。", "W006", "家喻户晓"),
    ("宪法宣传周活动在辖区人人知晓、家喻户晓。", "W006", "人人知晓"),
    ("涉网络平台的新型纠纷层出不穷、不断涌现。", "W006", "层出不穷"),
    ("各类电信诈骗手法不断出现、层出不穷。", "W006", "层出不穷"),
]
CLEAN_REDUNDANCY = [
    "全区众多律师积极投身公益法律服务，他们全年服务超过1万小时。",
    "各位领导、同志们：现在开会。",
    "许多孩子和他们的家长参加了活动。",
    "广大群众是我们的服务对象。",
    "“有矛盾找调解”在全区已经家喻户晓。",
    "新型纠纷层出不穷，对调解工作提出新要求；好的做法不断涌现。",
]


@pytest.mark.parametrize("text,rule,span", CAUGHT_REDUNDANCY)
def test_caught_redundancy(text, rule, span):
    assert rule in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", CLEAN_REDUNDANCY)
def test_clean_redundancy(text):
    assert not [(f.rule, f.message) for f in lint_text(text) if f.rule in {"W006", "W015"} and f.severity != "info"]


CAUGHT_REPETITION = [
    ("一是加强调解组织建设，新建调委会5个。\n一是健全“诉调对接”机制，委派调解案件1120件。", "D011", "一是健全"),
    ("一是完善法律援助网络。\n一是规范援助案件质量评估。", "D011", "一是规范"),
    ("首先，统一执法文书格式。\n首先，开展执法案卷评查。", "D011", "首先，开展"),
    ("同时，积极推进公共法律服务实体平台建设。\n同时，持续深化“互联网+公共法律服务”。", "D013", "同时，持续"),
    ("此外，全区新设调解室12个。\n此外，培训调解员300人次。", "D013", "此外，培训"),
    ("另外，开展送法进企业活动。\n另外，组织律师参与信访接待。", "D013", "另外，组织"),
]
CLEAN_REPETITION = [
    "一是加强调解组织建设。\n二是健全“诉调对接”机制。",
    "一是完善法律援助网络。\n（二）规范执法\n一是规范案件质量评估。",
    "同时，积极推进平台建设。\n此外，持续深化“互联网+公共法律服务”。",
    "同时，积极推进平台建设。\n\n同时，持续深化服务。",
    "因此，要加强培训。\n因此，全年开展培训12场。",
]


@pytest.mark.parametrize("text,rule,span", CAUGHT_REPETITION)
def test_caught_repetition(text, rule, span):
    assert rule in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", CLEAN_REPETITION)
def test_clean_repetition(text):
    assert not [(f.rule, f.message) for f in lint_text(text) if f.rule in {"D011", "D013"} and f.severity != "info"]


CAUGHT_MARKS = [
    ("今后工作重点有三个方面：一，深化行政复议规范化建设。", "P036", "一，"),
    ("主要做法是：一，建立台账；二，定期回访。", "P036", "二，"),
    ("存在问题如下：一，基层力量薄弱。", "P036", "一，"),
    ("Ⅱ.2026年工作打算\n（一）全力服务保障“十五五”开局", "S008", "Ⅱ."),
    ("Ⅲ、2025年主要工作\n全年工作有序推进。", "S008", "Ⅲ、"),
]
CLEAN_MARKS = [
    "今后工作重点有三个方面：一是深化行政复议规范化建设。",
    "完成时限：一，二季度各一次。",
    "分两批：一，2025年3月；二，2025年9月。",
    "第一，坚持党的全面领导。",
    "Ⅱ级响应启动后，全区司法所全员在岗。",
]


@pytest.mark.parametrize("text,rule,span", CAUGHT_MARKS)
def test_caught_marks(text, rule, span):
    assert rule in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", CLEAN_MARKS)
def test_clean_marks(text):
    assert not [(f.rule, f.message) for f in lint_text(text) if f.rule in {"P036", "S008"} and f.severity != "info"]


def test_named_base_reported_once():
    """较上年的B after one of consistency's facts is C002's: one finding, not two."""
    found = [f.rule for f in lint_text("全年办理公证事项2300件，比上年的2000件增加12%。") if f.severity != "info"]
    assert found == ["C002"]


CAUGHT_NUMBERS = [
    ("自23年起，我区在全部镇街推行“公共法律服务+网格”工作模式。", "N001", "23年"),
    ("从24年开始，全面推行行政执法“三项制度”。", "N001", "24年"),
    ("自22年以来，累计办理法律援助案件3600件。", "N001", "22年"),
    ("区公共法律服务中心于23年底建成投用。", "N001", "23年"),
]
CLEAN_NUMBERS = [
    "自2023年起，我区在全部镇街推行网格工作模式。",
    "他从事人民调解工作23年，调解纠纷上千件。",
    "该所成立于23年前，是全市最早的司法所之一。",
]


@pytest.mark.parametrize("text,rule,span", CAUGHT_NUMBERS)
def test_caught_numbers(text, rule, span):
    assert rule in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", CLEAN_NUMBERS)
def test_clean_numbers(text):
    assert not [(f.rule, f.message) for f in lint_text(text) if f.rule == "N001" and f.severity != "info"]


@pytest.mark.parametrize("text,span", [
    ("全年共发放法律援助办案补贴125,0000元，全部实行国库集中支付。", "125,0000"),
    ("全区共调解纠纷1,2000件。", "1,2000"),
    ("全年普法受众32,5000人。", "32,5000"),
])
def test_bad_comma_groups(text, span):
    assert "N021" in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", ["2023,2024年连续获评先进。", "第1,2项任务已完成。", "全年办理1200件。"])
def test_comma_groups_clean(text):
    assert not [f for f in lint_text(text) if f.rule == "N021"]


@pytest.mark.parametrize("text,rule,span", [
    ("受理行政复议案件80件，已审结76件，结案率97.5%，无一被诉讼撤销。", "T015", "97.5%"),
    ("受理法律援助申请200件，办结190件，结案率98%。", "T015", "98%"),
    ("共受理公证申请500件，结案480件，办结率90%。", "T015", "90%"),
    ("行政复议案件平均审理周期由45天缩短到15天，缩短了2倍。", "T004", "缩短了2倍"),
    ("办证时限压缩了3倍。", "T004", "压缩了3倍"),
    ("审批时间缩短了一倍。", "T004", "缩短了一倍"),
])
def test_caught_rates(text, rule, span):
    assert rule in rules_at(text, span), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", [
    "受理行政复议案件80件，已审结76件，结案率95%。",
    "审理周期由45天缩短到15天，缩短到原来的三分之一。",
])
def test_rates_clean(text):
    assert not [f for f in lint_text(text) if f.rule in ("T015", "T004")]


@pytest.mark.parametrize("text,span", [
    ("各单位要逐条对照《法治政府建设实施纲要（2021—2025年）查找差距，形成问题清单。", "2025年）查找"),
    ("认真落实《法治社会建设实施纲要（2020—2025年）部署，推进普法。", "2025年）部署"),
    ("各单位要认真学习《中华人民共和国行政复议法，全面提升复议质效。", "行政复议法"),
])
def test_unclosed_title_spans_gap(text, span):
    assert "P004" in rules_at(text, span), [(f.rule, f.column, f.length, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", [
    "部分群众不清楚遇到劳动纠纷应当向哪个部门申请法律援助？",
    "一些企业不了解合规管理应当如何开展？",
    "不少当事人不知道调解协议怎样申请司法确认？",
])
def test_unknown_question(text):
    assert "P034" in rules_at(text, "？"), [(f.rule, f.column, f.message) for f in lint_text(text)]


@pytest.mark.parametrize("text", [
    "群众不清楚的问题，应当向哪个部门咨询呢？",
    "你知道遇到劳动纠纷应当向哪个部门申请法律援助吗？",
    "遇到劳动纠纷应当向哪个部门申请法律援助？",
])
def test_unknown_question_clean(text):
    assert not [f for f in lint_text(text) if f.rule == "P034"]
