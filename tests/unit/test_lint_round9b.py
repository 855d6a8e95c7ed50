"""Lint round 9B: consistency across sentences and lines (C016–C019, T011 across a line break and
with two measure words), and the running text of run-in headings read by C004/C005."""

from drafter import api


def rules_of(text: str) -> list[str]:
    return [f.rule for f in api.lint(text.encode("utf-8"), "case.txt").findings]


def test_items_after_a_line_break_and_with_two_measure_words():
    assert "T011" in rules_of("开展普法活动总计420场。\n其中线下活动260场、线上活动180场。")
    assert "T011" in rules_of("全年组织法治培训32期，培训干部4800人次。\n其中，领导干部专题培训12期1600人次，"
                              "执法人员培训18期2800人次，其他人员培训4期400人次。")
    assert "T011" not in rules_of("全年组织法治培训32期，培训干部4800人次。\n其中，领导干部专题培训12期1600人次，"
                                  "执法人员培训16期2800人次，其他人员培训4期400人次。")


def test_yoy_against_last_year_in_another_line_either_order():
    assert "C016" in rules_of("上半年办理行政应诉案件58件，同比增长15%。\n……\n去年同期办理行政应诉案件64件。")
    assert "C016" in rules_of("上年办理公证事项3420件。\n全年办理公证事项3215件，同比增长6.2%。")
    assert "C016" not in rules_of("全年办理公证事项3215件，同比增长6.2%。\n上年办理公证事项3027件。")


def test_none_against_count():
    assert "C017" in rules_of("全年无一人脱管漏管。\n全年共发现脱管漏管2人，已全部追回。")
    # 零败诉 of a part (经复议后的案件) against all the cases' 败诉: not the same thing
    assert "C017" not in rules_of("经复议后行政诉讼案件保持“零败诉”。\n全年结案291件，败诉31件。")


def test_coverage_against_the_whole():
    assert "C018" in rules_of("律师担任党政机关法律顾问覆盖率达100%。\n全区86家党政机关中，已聘请法律顾问的有78家。")
    assert "C018" not in rules_of("律师担任党政机关法律顾问覆盖率达100%。\n全区86家党政机关中，已聘请法律顾问的有86家。")


def test_run_in_heading_body_read_by_year_and_half_year_checks():
    half = "滨江区司法局2025年上半年工作总结\n一、主要工作\n（一）人民调解。全年共调解纠纷1200件。\n"
    assert "C005" in rules_of(half)
    year = "滨江区司法局2025年工作总结\n一、主要工作\n（一）人民调解。2026年，调解纠纷1200件。\n"
    assert "C004" in rules_of(year)
    assert "C004" not in rules_of(year.replace("2026年，", "2025年，"))


def test_changes_recomputed_in_more_shapes():
    assert "T006" in rules_of("全区人民调解员总数由1200名精简优化为960名，减少了25%。")
    assert "T006" not in rules_of("全区人民调解员总数由1200名精简优化为960名，减少了20%。")
    # the change after another item is that item's, not the change between the two figures
    assert "T006" not in rules_of("市属重点国企由51家整合为33家，全级次国企法人数量压减67.7%。")
    assert "T006" in rules_of("2024年共开展普法活动520场，比上年多120场，同比增长23.1%。")
    assert "T006" in rules_of("上半年办理行政复议案件98件，去年同期为140件，同比减少了42.9%。")
    assert "T009" in rules_of("年度法治宣传目标任务为200场，实际开展260场，超额完成130%。")
    assert "T009" not in rules_of("年度法治宣传目标任务为200场，实际开展260场，超额完成30%。")


def test_rate_change_kind():
    assert "T018" in rules_of("再犯罪率为0.12%，低于全省平均水平0.3%，较全省低了60个百分点。")
    assert "T018" not in rules_of("社会消费品零售总额增长4%左右，进出口总额增长6%左右，一般公共预算收入增长2%左右。")


def test_punctuation_in_more_shapes():
    assert "P019" in rules_of("开展“学习“八五”普法规划，争做守法好公民”主题活动。")
    assert "P015" in rules_of("年内开展活动期间，首先、组织律师进社区；其次，开展法律咨询。")
    assert "P013" in rules_of("区司法局举办《宪法伴我成长》主题演讲比赛，吸引300余人参加。")
    assert "P013" not in rules_of("组织学习《民法典》主题宣传活动。")
    assert "P021" in rules_of("如何让法律援助更加便民？是我们一直思考的问题。")


def test_numbers_structure_and_residue_in_more_shapes():
    assert "N020" in rules_of("11月，区律师协会第3届会员代表大会第二次会议在区市民中心召开。")
    assert "N020" not in rules_of("我区运动员在第15届全国运动会上获得金牌3枚。")
    assert "N018" in rules_of("区法律援助中心安排每周星期3下午为律师值班接待日。")
    assert "N018" not in rules_of("全区每周1次集中接待，厦漳泉R1线先行段建成。")
    assert "S007" in rules_of("一、主要工作成效\n（一）、人民调解提质增效\n全年调解纠纷2316件。")
    assert "S011" not in rules_of("二是强化监督。第一，严格落实执法公示制度；第二，完善执法全过程记录。")
    assert "R005" in rules_of("区公证处在（单位名称）的指导下，开展“公证进企业”活动24场。")
    assert "R010" in rules_of("下一步，我局将继续做好社区矫正工作。恳请区政府协调解决社区矫正中心编制3名。")


def test_slogan_named_after_another_district():
    title = "新吴区司法局2025年上半年工作总结\n"
    assert "C006" in rules_of(title + "上半年，为推进法治锡山建设提供了有力保障。")
    # the unit's own city and province, the country and the unit itself
    assert "C006" not in rules_of(title + "上半年，为推进法治无锡、法治江苏、法治中国、法治新吴建设提供保障。")


def test_more_consistency_shapes():
    assert "C020" in rules_of("全年共收到行政复议申请318件，受理295件，不予受理33件。")
    assert "C020" not in rules_of("全年共收到行政复议申请318件，受理295件，不予受理23件。")
    # 审结 may include last year's cases: only an account that names the whole again is checked
    assert "C020" not in rules_of("受理案件300件。\n全年审结310件，尚有20件在审。")
    assert "C012" in rules_of("2025年，全区办理法律援助案件1356件，同比增长12.3%。\n2024年，全区办理法律援助案件1450件。")
    assert "C011" in rules_of("全区有司法所12个。\n我区11个司法所全部建成规范化司法所。")
    assert "C017" in rules_of("全年未发生一起因矛盾纠纷激化引发的刑事案件。\n全年因矛盾纠纷激化引发刑事案件2起。")
    assert "C017" not in rules_of("全年未发生一起因矛盾纠纷激化引发的刑事案件。\n全年办理法律援助刑事案件412件。")
    assert "C018" in rules_of("全区律师事务所实现党组织全覆盖。\n全区共有律师事务所45家，已建立党组织的有41家。")
    assert "T015" in rules_of("受理行政复议案件420件。\n全年审结399件，审结率为96%。")


def test_more_punctuation_and_number_forms():
    assert "P027" in rules_of("区政府出台了关于加强法律援助工作的意见，进一步扩大援助范围。")
    assert "P027" not in rules_of("区政府出台了《关于加强法律援助工作的意见》，进一步扩大援助范围。")
    assert "P028" in rules_of("区司法局--作为全区法治建设的牵头部门。")
    assert "P029" in rules_of("开展“法律明白人”培训，共培训2000人次！")
    assert "P029" not in rules_of("让我们携手共建法治家园！")
    assert "P011" in rules_of("全年办理案件1200件 ，同比增长5%。")
    assert "N021" in rules_of("全年办理案件1,200件。")
    assert "N022" in rules_of("十二月份，组织开展宪法宣传周活动。")
    assert "N022" not in rules_of("每三月通报一次，上一月的数据已报送。")
    assert "R001" in rules_of("全年办理法律援助案件【】件。")


def test_all_closed_against_pending_and_ranks():
    text = "全年受理行政复议申请812件，办结796件。\n其余16件正在审理中。\n全年受理的行政复议案件已全部办结。"
    assert "C017" in rules_of(text)
    assert "C017" not in rules_of("全年受理行政复议申请812件，已全部办结。\n全年调解纠纷1200件。")
    assert "C021" in rules_of("在全市法治政府建设年度考核中位列第二。\n法治政府建设考核位列全市第一。")
    # two scopes are two facts
    assert "C021" not in rules_of("法治政府建设考核位列全市第一。\n法治政府建设考核位列全省第三。")


def test_residue_and_other_unit_in_more_shapes():
    assert "R007" in rules_of("律师行业党建实现全覆盖。修改意见：此段过长，请压缩到200字以内。")
    assert "R007" not in rules_of("群众提出修改意见：建议延长服务时间。")
    opening = "2024年，上城区司法局在区委区政府的坚强领导下，锚定全年目标任务。\n"
    assert "C006" in rules_of(opening + "聚焦服务滨江区高质量发展大局，全年提供法律服务46次。")
    assert "C006" not in rules_of(opening + "聚焦服务上城区高质量发展大局，全年提供法律服务46次。")
    # the structure rules: （1） right under （一） with 1. after it
    assert "S002" in rules_of("（一）推进严格规范公正文明执法\n（1）开展行政执法监督\n1.全年评查案卷326卷")


def test_companion_figure():
    text = "全年举办人民调解员培训班12期，培训1200人次。\n培训内容涵盖心理疏导和调解技巧。\n全年12期培训共覆盖调解员1500人次。"
    assert "C022" in rules_of(text)
    assert "C022" not in rules_of(text.replace("1500人次", "1200人次"))


def test_partitions_and_rates_across_sentences():
    assert "T011" in rules_of("全年开展普法宣传活动360场，其中线上120场，线下220场。")
    assert "T011" not in rules_of("全年开展普法宣传活动360场，其中线上140场，线下220场。")
    assert "T015" in rules_of("全年办理法律援助案件1200件，办结1150件。\n法律援助案件办结率达100%。")


def test_changes_named_by_nouns_multiples_and_bases_after():
    assert "T006" in rules_of("全年办理案件由1200件增加到1500件，增幅为20%。")
    assert "T006" not in rules_of("全年办理案件由1200件增加到1500件，增幅为25%。")
    assert "T006" in rules_of("全年办理案件1500件，是上年的1.5倍，增长了150%。")
    assert "T006" in rules_of("全年办理法律援助案件1500件，同比增长25%，上年为1250件。")
    assert "T006" not in rules_of("全年办理法律援助案件1500件，同比增长20%，上年为1250件。")
    assert "T009" in rules_of("年度目标为办理法律援助案件1000件，实际完成1200件，完成率120%，超额完成12%。")
    assert "T018" in rules_of("全年调解成功率为98%，比上年提高了2个百分点，上年为95%。")
    assert "T018" not in rules_of("全年调解成功率为98%，比上年提高了3个百分点，上年为95%。")
