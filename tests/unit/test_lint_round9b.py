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
