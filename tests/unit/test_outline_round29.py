"""Outline round 29 (issue 17, session 13): invisible characters a page carries (zero-width spaces from
web pages and chat apps, a byte-order mark inside the text) are not read: the page reads as the same page
without them. Pages written here, and every labelled real page of tests/data with such characters added."""

from __future__ import annotations

import pytest

from conftest import DATA
from outline_measure import _key, label_pairs
from drafter.core.outline import parse_text
from test_outline_round22 import BODY, OPENING, _headings
from test_outline_round24 import _kind, _titles

PAGE = ("某某县人民政府\n首页 > 政务公开 > 部门信息公开 > 县司法局\n  • 索引号\n    11530000/2025-00003\n"
        "  • 发布日期\n    2025-03-19\n某某县司法局2025年工作总结\n" + OPENING + BODY)


@pytest.mark.parametrize("mark", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_an_invisible_character_before_every_line_changes_nothing(mark):
    marked = "\n".join(mark + line for line in PAGE.split("\n"))
    assert _headings(marked) == _headings(PAGE)
    assert (7, 0, "", "某某县司法局2025年工作总结") in _headings(PAGE)


def test_zero_width_spaces_inside_a_title_and_after_a_marker_are_not_part_of_the_text():
    page = PAGE.replace("某某县司法局2025年", "某某县司法局\u200b2025年").replace("一、", "一、\u200b")
    assert _headings(page) == _headings(PAGE)


def test_the_lines_keep_their_invisible_characters_for_lint():
    page = "\u200b" + PAGE
    assert parse_text(page).lines[0].startswith("\u200b")


def test_every_labelled_page_reads_alike_with_zero_width_spaces_before_its_lines():
    kept = lost = 0
    for folder in sorted(DATA.glob("outline_pages*")):
        for text, label in label_pairs(folder):
            page = text.read_text(encoding="utf-8")
            want = {_key(h) for h in label["headings"]}
            right = want & {_key(h) for h in parse_text(page).outline_json()}
            marked = "\n".join("\u200b" + line for line in page.split("\n"))
            got = {_key(h) for h in parse_text(marked).outline_json()}
            lost += len(right - got)
            kept += len(right & got)
    assert kept > 5000 and lost == 0


# --- the round on sets 95 and 96 (town and county portals, blind P .957 R .936 and P .970 R .970) -------------

def test_index_fields_whose_labels_the_page_cut_or_left_empty_are_the_block_s():
    page = ("某某区人民政府\n首页 | 信息公开 | 政务服务\n当前位置：首页 > 信息公开 > 乡镇信息公开 > 某某镇\n"
            "号: /202601-00013 信息分类: 落实情况\n内容分类: 综合政务 发文日期: 2026-01-09\n"
            "发布机构: 某某区某某镇 生成日期: 2026-01-09\n生效时间: 废止时间:\n称: 【工作总结】某某镇2025年工作总结\n"
            "号: 词:\n【工作总结】某某镇2025年工作总结\n发布时间:2026-01-09 信息来源:某某镇 阅读次数:\n" + OPENING + BODY)
    assert [_kind(page, n) for n in (4, 7, 8, 9)] == ["chrome"] * 4
    assert _titles(page) == [(10, 0, "", "【工作总结】某某镇2025年工作总结")]


def test_a_line_of_labels_alone_outside_a_metadata_block_is_no_field():
    page = "某某镇2025年工作总结\n" + OPENING + "生效时间: 废止时间:\n" + BODY
    assert _kind(page, 3) != "chrome"


def test_a_report_s_part_named_under_a_whole_title_is_its_first_heading():
    page = ("某某县人民政府门户网站\n首页 > 乡镇信息公开 > 某某镇 > 规划总结\n某某镇2019年工作总结及2020年工作规划\n"
            "发布时间：2020-05-26 来源：某某镇人民政府\n某某镇2019年工作总结及2020年工作规划\n2019年政府工作回顾\n"
            "过去一年，在县委、县政府的正确领导下，镇政府深入贯彻党的十九大精神，全镇经济社会持续健康发展。\n"
            "发展特色农业，农村经济平稳发展\n全年完成烟叶种植面积2200亩，实现产值1500万元。\n"
            "2020年工作规划\n2020年，镇政府将继续围绕县委、县政府的决策部署，扎实推进各项工作。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(5, 0, "", "某某镇2019年工作总结及2020年工作规划")]
    assert (6, 1, "", "2019年政府工作回顾") in hs and (10, 1, "", "2020年工作规划") in hs
    assert (8, 2, "", "发展特色农业，农村经济平稳发展") in hs  # under a part's name: one level below it


def test_un_numbered_headings_that_name_no_part_keep_the_first_one_s_level():
    page = ("某某镇2025年工作总结\n" + OPENING + "强化党建引领\n全年召开党委会二十次，开展主题党日活动四十场。\n"
            "夯实产业基础\n全年新引进企业五家，完成固定资产投资三亿元。\n")
    hs = _headings(page)
    assert [h[1] for h in hs if h[1]] == [1, 1]


def test_a_heading_of_one_long_sentence_over_its_first_item_is_whole_to_its_end():
    page = ("某某镇2025年法治政府建设情况报告\n" + OPENING + "一、主要举措和成效\n"
            "(一)不断提高政治站位,深入学习贯彻党的二十大和二十届历次全会精神,以习近平法治思想引领和推动法治政府建设全面突破。\n"
            "1.推动学习宣传贯彻抓实走深。\n镇党委理论学习中心组开展习近平法治思想专题学习6次。\n")
    hs = _headings(page)
    assert (4, 2, "(一)", "不断提高政治站位,深入学习贯彻党的二十大和二十届历次全会精神,以习近平法治思想引领和推动法治政府建设全面突破") in hs


def test_the_same_sentence_over_a_paragraph_is_cut_as_a_run_in_heading_still():
    page = ("某某镇2025年法治政府建设情况报告\n" + OPENING + "一、主要举措和成效\n"
            "(一)不断提高政治站位,深入学习贯彻党的二十大和二十届历次全会精神,以习近平法治思想引领和推动法治政府建设全面突破。\n"
            "镇党委理论学习中心组开展习近平法治思想专题学习6次。\n(二)依法全面履行政府职能。\n全年梳理权责清单事项300项。\n")
    assert (4, 2, "(一)", "不断提高政治站位") in _headings(page)


def test_a_column_s_name_and_its_side_menu_over_the_title_are_the_site_s():
    page = ("重庆市某某区人民政府\n首页 | 走进某某 | 要闻动态 | 政务公开\n"
            "当前位置：首页 > 政府信息公开 > 法治政府建设年度报告 > 区政府\n法治政府建设年度报告\n区政府\n部  门\n街  镇\n"
            "2025-03-20\n重庆市某某区人民政府2025年法治政府建设工作年度报告\n日期:2026-02-03\n" + OPENING + BODY)
    assert _titles(page) == [(9, 0, "", "重庆市某某区人民政府2025年法治政府建设工作年度报告")]
    assert [_kind(page, n) for n in (4, 5, 6, 7)] == ["chrome"] * 4


def test_the_parts_of_a_work_report_after_its_review_keep_the_review_s_level():
    page = ("2026年某某省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n"
            "“十四五”时期工作回顾\n五年来，全省地区生产总值年均增长百分之五点八。\n"
            "“十五五”时期主要目标和2026年重点工作\n今后五年，全省经济社会发展的主要目标是：经济保持合理增长。\n"
            "2026年重点工作\n今年要重点抓好以下工作。\n(一)放大促消费扩投资政策效应。\n全年社会消费品零售总额增长百分之五。\n")
    hs = _headings(page)
    assert [(h[0], h[1]) for h in hs if not h[2] and h[1]] == [(4, 1), (6, 1), (8, 1)]


# --- the round on sets 98, 100 and 102 (blind P 1.0 R 1.0, P .986 R .958, P .984 R 1.0) ---------------------

def test_an_attached_title_wrapped_after_a_genre_word_is_one_title_when_the_notice_names_it_whole():
    page = ("某某县人民政府\n当前位置：首页 > 县发展改革委 > 政务公开\n某县发改委发〔2025〕4号\n某某县发展和改革委员会\n"
            "关于印发《某某县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》的通知\n"
            "各乡镇人民政府、街道办事处，县政府各部门：\n现将《某某县2024年国民经济和社会发展计划执行情况与2025年计划草案报告》"
            "印发给你们，请认真贯彻执行。\n某某县发展和改革委员会\n2025年2月17日\n"
            "某某县2024年国民经济和社会发展计划\n执行情况与2025年计划草案报告\n一、2024年国民经济和社会发展计划执行情况\n"
            "全县地区生产总值增长百分之五点五。\n")
    titles = _titles(page)
    assert (10, 0, "", "某某县2024年国民经济和社会发展计划") in titles
    assert (11, 0, "", "执行情况与2025年计划草案报告") in titles


@pytest.mark.parametrize("speaker", ["某某镇党委副书记、镇长候选人 张三", "副区长人选 李四", "区长提名人选：王五"])
def test_a_speaker_s_office_with_its_note_glued_on_is_the_byline(speaker):
    page = ("某某镇2025年政府工作报告\n——2025年2月28日在某某镇第十五届人民代表大会\n第七次会议上\n" + speaker
            + "\n各位代表：\n现在，我代表镇人民政府，向大会报告工作，请予审议。\n" + BODY)
    assert _kind(page, 4) == "byline"
    assert all(h[0] != 4 for h in _headings(page))


def test_a_cover_letter_s_closing_and_cc_over_its_attached_summary_wrapped_after_its_和():
    page = ("某某区人民政府\n首页 > 信息公开目录 > 区审计局 > 规划总结\n"
            "【阶段性全面工作总结】关于上报《某某区审计局2025年上半年工作总结和下半年工作安排》的报告\n"
            "发布时间：2025-06-13 16:20　浏览次数：120\n区政府:\n"
            "2025年上半年，我局认真履行审计监督职责，现将上半年工作总结和下半年工作安排报上，请审阅。\n"
            "某某区审计局\n2025年6月13日\n抄送:市审计局,区委、区人大。\n某某区审计局2025年上半年工作总结和\n下半年工作安排\n"
            "2025年上半年，我局紧密围绕区委、区政府的中心工作，扎实推进各项审计工作。\n一、上半年工作开展情况\n"
            "全年完成审计项目十二个。\n")
    titles = _titles(page)
    assert (10, 0, "", "某某区审计局2025年上半年工作总结和") in titles and (11, 0, "", "下半年工作安排") in titles
    assert all(h[0] != 7 for h in _headings(page))  # the letter's 署名, no heading


# --- the round on set 99 (county 政府工作报告, blind P .889 R .960) ----------------------------------------------

REPORT = ("——2024年1月22日在某县第十六届人民代表大会第四次会议上\n某县人民政府县长 张三\n各位代表:\n"
          "现在,我代表县人民政府,向大会报告工作,请予审议。\n一、2023年工作回顾\n全县地区生产总值增长百分之五。\n")


@pytest.mark.parametrize("label", ["某县十六届人大四次会议文件(五)", "某县第十六届人民代表大会第四次会议文件之三",
                                   "大会文件（二）"])
def test_a_congress_s_label_over_the_report_it_prints_is_no_title(label):
    page = "报告范文网\n首页 > 报告 > 正文\n(某省)某县人民政府工作报告\n时间:2024-02-02 阅读:12次\n" + label + "\n政 府 工 作 报 告\n" + REPORT
    assert _titles(page) == [(6, 0, "", "政 府 工 作 报 告")]


@pytest.mark.parametrize("share", ["分享至:", "分享给：", "分享到:"])
def test_a_share_label_alone_is_the_site_s_and_the_title_under_it_is_found(share):
    page = ("某县人民政府\n首页 > 政府报告\n2024年政府工作报告 (摘登)\n发布时间:2024-04-24 来源:某县人民政府\n"
            + share + "\n政府工作报告\n" + REPORT)
    assert _titles(page) == [(6, 0, "", "政府工作报告")]
    assert _kind(page, 8) == "byline"


# --- the round on set 101 (justice bureaus, blind P .970 R .941) ---------------------------------------------

def test_a_review_s_keyword_captions_are_its_headings():
    page = ("某某政法网\n当前位置：首页 >> 市州动态\n某市司法局“六个关键词”回顾2023年人民调解工作\n"
            "来源:某某政法网 发布时间:2024-01-08\n2023年,全市司法行政系统深入推进矛盾纠纷排查化解,取得明显成效。\n"
            "关键词一:统筹谋划\n坚持和发展新时代“枫桥经验”,全年调解纠纷一万二千件。\n"
            "关键词二:强化措施\n全面落实县区每季度一次、乡镇街道每月一次的排查制度。\n")
    hs = _headings(page)
    assert (6, 1, "", "关键词一:统筹谋划") in hs and (8, 1, "", "关键词二:强化措施") in hs


def test_a_field_with_its_value_between_paragraphs_is_no_heading_still():
    page = "某镇2025年工作总结\n" + OPENING + "会议时间:3月19日政府常务会\n" + BODY
    assert all(h[0] != 3 for h in _headings(page))


def test_a_column_s_menu_repeated_down_the_page_is_read_in_linear_time():
    # (a side menu is read past once, over a title that is no item of the menu: the walk does not go on
    # menu by menu down a page of menu items, which made it quadratic)
    from drafter.core.outline import topsite
    calls = []
    real = topsite.nav_item
    page = ("某某区人民政府\n当前位置：首页 > 政府信息公开 > 法治政府建设年度报告 > 区政府\n"
            + "\n".join(["法治政府建设年度报告", "区政府", "部  门"] * 400))
    try:
        topsite.nav_item = lambda st, b: calls.append(b.line) or real(st, b)
        parse_text(page)
    finally:
        topsite.nav_item = real
    assert len(calls) < 50


# --- the round on set 97 (county bureaus' reports, blind P .877 R .962) ------------------------------------

def test_contents_printed_again_under_the_headline_are_chrome_both_times():
    toc = "目录\n1.某区林业局2024年度工作总结\n2.某市林业局2024年工作总结及2025年工作计划\n3.某县林业局2024年政务公开工作总结\n"
    page = ("首页 | 工作总结 | 工作计划\n当前位置：首页 > 工作总结 > 年度总结\n林业局2024年度工作总结汇编(3篇)\n" + toc
            + "林业局2024年度工作总结汇编(3篇)\n" + toc + "某区林业局2024年度工作总结\n"
            "2024年以来，我局以习近平生态文明思想为指导，扎实推进林业各项工作。\n(一)持续推进林长制工作\n全年巡林三千次。\n")
    hs = _headings(page)
    assert not [h for h in hs if h[1] == 3]
    assert (13, 0, "", "某区林业局2024年度工作总结") in hs and (15, 2, "(一)", "持续推进林长制工作") in hs
