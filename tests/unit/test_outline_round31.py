"""Outline round 31 (issue 17, session 15): the shapes the blind sets 108–112 showed (county bureaus other
than justice, 人大/政协 reports and speeches, plans and their notices, villages and Party branches,
justice-adjacent reports), written here as small pages in the same forms, each with the near miss it must
not change."""

from __future__ import annotations

import pytest

from test_outline_round22 import BODY, _headings


def _titles(page: str) -> list[tuple[int, str]]:
    return [(line, text) for line, level, _m, text in _headings(page) if level == 0]


DOC_SITE = "某某范文网\n首页 工作总结 工作计划 工作报告 调研报告\n首页 > 范文大全 > 工作报告\n"
BLURB = "调研报告通常包括调查目的、方法、结果、分析和结论等部分，接下来我们将给大家介绍一些优秀的调研报告范文。\n"
TEXT = "为促进各类矛盾纠纷的有效化解，今年8月份调研组深入各乡镇开展专题调研，现将调研情况报告如下。\n"


# --- a sample site's number after the title stays in it ---------------------------------------

def test_a_sample_sites_number_after_the_title_stays_in_it():
    page = DOC_SITE + "司法局双拥工作计划(3)\n时间:2021-08-31\n" + BODY
    assert _titles(page) == [(4, "司法局双拥工作计划(3)")]


def test_the_sites_word_count_after_the_title_is_cut():
    page = DOC_SITE + "司法局双拥工作计划[此文共2150字]\n时间:2021-08-31\n" + BODY
    assert _titles(page) == [(4, "司法局双拥工作计划")]


# --- a collection's first piece with no number -------------------------------------------------

def test_a_collections_first_piece_without_a_number_is_the_title():
    page = (DOC_SITE + "全市人民调解工作调研报告范文(15篇)\n更新时间:2024-05-06  栏目:工作报告\n"
            "全市人民调解工作调研报告范文(15篇)\n" + BLURB + "人民调解工作调研报告\n" + TEXT + BODY)
    assert _titles(page) == [(8, "人民调解工作调研报告")]
    assert not [h for h in _headings(page) if h[0] == 8 and h[1] > 0]


def test_a_line_the_collection_does_not_name_stays_a_heading_not_the_title():
    page = (DOC_SITE + "全市人民调解工作调研报告范文(15篇)\n更新时间:2024-05-06  栏目:工作报告\n"
            "全市人民调解工作调研报告范文(15篇)\n" + BLURB + "社区矫正工作调研报告\n" + TEXT + BODY)
    assert (8, "社区矫正工作调研报告") not in _titles(page)


# --- a table of contents closed by dots takes its long entries --------------------------------

CONTENTS = ("乡镇政府2021年度各村目标任务考核办法的通知\n发表时间:2021/5/7 18:34:26\n目录/提纲:……\n"
            "一、考核原则\n（一）实行全年考核的原则\n二、考核结果及运用\n"
            "（一）按照各村完成工作目标任务情况，考核发放绩效资金，按照上级相关文件规定和党委会研究决定执行\n"
            "三、工作要求\n（一）加强领导，强化考核\n{close}"
            "乡镇政府2021年度各村目标任务考核办法的通知\n各村党支部、村民委员会：\n"
            "为切实加强对各村工作的管理，圆满完成全年目标任务，现将考核办法通知如下。\n" + BODY)


def test_contents_closed_by_dots_hold_their_long_entries():
    got = _headings(CONTENTS.format(close="……\n"))
    assert [h[0] for h in got if h[1] > 0] == [14, 16]  # only the text's own 一、 二、
    assert _titles(CONTENTS.format(close="……\n")) == [(11, "乡镇政府2021年度各村目标任务考核办法的通知")]


def test_contents_not_closed_stop_at_a_long_entry():
    got = _headings(CONTENTS.format(close=""))
    assert 7 in [h[0] for h in got if h[1] > 0]  # (the long line is read as the text's, as before)


# --- the title under a doc site's 文档简介 ------------------------------------------------------

RENREN = ("人人文库\n首页 | 分类 | 上传文档\n当前位置：首页 > 行业资料 > 政务民生\n依法治乡镇实施方案\n"
          "依法治乡镇实施方案_第1页\n已阅读5页,还剩9页未读 继续免费阅读\n下载本文档\n{label}依法治乡镇实施方案参考模板\n"
          "一、背景分析\n1.1乡镇治理现状\n1.2依法治乡镇的必要性\n二、问题定义\n2.1立法与政策执行问题\n"
          "一、背景分析\n1.1乡镇治理现状\n乡镇作为国家治理体系的神经末梢，其治理效能直接关系基层稳定。\n")


def test_the_decorated_title_under_the_description_label_is_the_title():
    page = RENREN.format(label="文档简介\n")
    assert _titles(page) == [(9, "依法治乡镇实施方案参考模板")]


def test_without_the_label_the_decorated_copy_stays_the_sites():
    page = RENREN.format(label="")
    assert _titles(page) == [(4, "依法治乡镇实施方案")]


# --- sections numbered 1.1 under 一、 ---------------------------------------------------------

def test_sections_numbered_by_their_chapter_under_a_chinese_heading_are_level_2():
    page = RENREN.format(label="文档简介\n")
    assert [h for h in _headings(page) if h[1] == 2] == [(16, 2, "1.1", "乡镇治理现状")]


@pytest.mark.parametrize("text", [
    "某镇突发事件总体应急预案\n1 总则\n1.1 编制目的\n规范应对突发事件行为，提高应对能力。\n",  # a decimal outline of its own
    "某镇2025年工作总结\n一、主要工作\n2.1万元用于购置普法资料，全部按时到位。\n",  # another chapter's number: a figure
    "某镇2025年工作总结\n一、主要工作\n1.5万元用于购置普法资料，全部按时到位。\n",  # a figure that opens a sentence
])
def test_a_decimal_that_is_no_section_of_its_chapter_is_no_heading(text):
    assert not [h for h in _headings(text) if h[2][:1].isdigit() and "." in h[2]]


# --- a piece label with the site's word before its number -------------------------------------

def test_a_piece_label_with_the_sites_word_over_the_pieces_own_title():
    page = ("1秘书网\n首页 | 文章中心 | 工作计划\n首页 > 文章中心 > 街道市民文化节工作计划\n街道市民文化节工作计划\n"
            "街道市民文化节工作计划\n街道市民文化节工作计划范文第1篇\n街道办事处的工作计划(一)\n"
            "一、立足全市发展大局，服务协调市委、市政府工作\n我街道承接市委、市政府中心工作，任务繁重。\n")
    assert _titles(page) == [(7, "街道办事处的工作计划(一)")]


# --- a posting date before the headline --------------------------------------------------------

POSTED = ("携笔同道\n首页 | 公文写作 | 范文宝典\n当前位置：首页 > 范文宝典 > 工作总结\n"
          "{head}X县教科体局2020年工作情况及2021年工作思路\n2022-10-23 21:22:57 128\n文章导读\n"
          "携笔同道公文写作范文宝典:www.xiebitongdao.comX县教科体局2020年工作情况，2020年，全县教育事业稳中提升。\n"
          "X县教科体局2020年工作情况及2021年工作思路\n"
          "2020年，在县委、县政府的正确领导下，全县教育事业稳中提升，各项工作取得新的成效。\n" + BODY)


def test_the_title_shown_again_under_a_headline_with_its_posting_date():
    assert _titles(POSTED.format(head="20201218:")) == [(8, "X县教科体局2020年工作情况及2021年工作思路")]


@pytest.mark.parametrize("head,dated", [("20201218:", True), ("20211025：", True), ("2020年度:", False),
                                        ("202012:", False), ("12345678:", False)])
def test_only_a_posting_date_of_eight_figures_is_cut_from_the_headline(head, dated):
    from drafter.core.outline.vocab import vocab
    assert bool(vocab().headline_date_prefix.match(head + "X县教科体局2020年工作情况")) is dated


# --- a dateline whose year was lost ------------------------------------------------------------

def test_a_bracketed_dateline_that_lost_its_year_is_no_title():
    page = ("铜仁在线论坛 » 铜仁新闻 » 贵州省人民代表大会常务委员会工作报告\n"
            "贵州省人民代表大会常务委员会\n工作报告\n（年1月15日在贵州省第十四届人民代表大会第一次会议上）\n"
            "贵州省人民代表大会常务委员会副主任慕德贵\n各位代表：\n我受省人大常委会委托，向大会报告工作，请予审议。\n" + BODY)
    assert _titles(page) == [(2, "贵州省人民代表大会常务委员会"), (3, "工作报告")]
    assert not [h for h in _headings(page) if h[0] in (4, 5)]


# --- a disclaimer under its label alone ---------------------------------------------------------

DISCLAIMED = ("原创力文档\n首页 | 分类 | 上传\n当前位置：原创力文档 > 办公文档 > 讲话致辞\n"
              "区长在全区安全生产工作例会上的讲话.doc\n立即下载　　加入VIP　　收藏　　举报\n"
              "想预览更多内容,点击预览全文\n申明敬告:\n{notice}\n文档介绍\n1-\n"
              "区长在全区2021年三季度安全生产工作例会上的讲话\n同志们:\n"
              "今天，区委、区政府在此召开安全生产工作例会，主要目的是总结工作、分析形势、部署任务。\n"
              "一、认清形势，深化认识，务必做到警钟长鸣、常抓不懈\n今年以来，全区上下认真贯彻落实上级部署。\n")


def test_a_disclaimer_under_its_label_is_the_sites_and_the_late_title_is_found():
    page = DISCLAIMED.format(notice="本站所有内容均由合作方或网友上传,本站不对文档的完整性、权威性及其观点立场正确性做任何保证或承诺!"
                                    "文档内容仅供研究参考,付费前请自行鉴别。如您付费,意味着您自己完全接受本站规则且自行承担所有风险,"
                                    "本站不退款、不进行额外附加服务;如果您已付费下载过本站文档,您可以点击这里二次下载")
    assert _titles(page) == [(11, "区长在全区2021年三季度安全生产工作例会上的讲话")]


def test_a_note_under_a_label_that_speaks_of_no_site_stays_text():
    from drafter.core.outline import parse_text
    page = ("某县司法局2025年工作总结\n2025年，县司法局坚持依法行政，各项工作取得新成效。\n说明：\n"
            "表中数据为初步统计数，最终以统计部门公布的数据为准。\n" + BODY)
    kinds = {b.line: b.kind for b in parse_text(page).blocks}
    assert kinds[3] != "chrome" and kinds[4] != "chrome"


# --- the same title with another year under the headline -----------------------------------

def test_the_same_title_with_another_year_is_a_showing_not_a_second_line():
    page = ("文档之家\n首页 > 党团工作 > 党建材料\n2020年县社区党建工作情况汇报\n分类：党建材料　时间：2020-06-01　阅读：12\n"
            "2020年县社区党建工作情况汇报\n2019年县社区党建工作情况汇报\n"
            "今年以来，我县认真贯彻省、市委关于加强社区党建工作的意见，社区党建工作取得新进展。\n" + BODY)
    assert _titles(page) == [(6, "2019年县社区党建工作情况汇报")]


def test_a_plans_part_with_the_next_year_stays_the_titles_second_line():
    page = ("定海路街道2019年工作总结\n2020年重点工作安排\n"
            "今年以来，街道认真贯彻区委、区政府的部署，各项工作取得新进展。\n" + BODY)
    assert _titles(page) == [(1, "定海路街道2019年工作总结"), (2, "2020年重点工作安排")]


# --- a chunk counter cut into a figure ---------------------------------------------------------

CHUNKED = ("文库网 wnwk.com\n首页 > 办公文档 > 述职报告\n小康驻村小组年度述职报告.docx\n1、\n小康驻村小组年度述职报告\n"
           "2023年3月自成立小康驻村工作组以来，已过去半年多的时间了，现将工作情况报告如下。\n"
           "2、，80%左右的村民缴费参加了农村养老保险，协调帮扶资金{tail}\n"
           "3、余元，协调工程2个，为该村及村民办实事。\n一、工作开展情况及取得成效\n"
           "1、加强学习，增强农村工作的本领。工作组坚持每周集中学习。\n")


def test_a_counter_after_a_line_cut_mid_figure_is_the_next_chunks():
    got = _headings(CHUNKED.format(tail="45000"))
    assert not [h for h in got if h[0] == 8]
    assert (10, 3, "1、", "加强学习，增强农村工作的本领") in got


# --- a clause stating what there is -------------------------------------------------------------

@pytest.mark.parametrize("item,want", [
    ("1、现我镇共有人民调解委员会12个，其中村级10个，居委会2个。", "现我镇共有人民调解委员会12个，其中村级10个，居委会2个"),
    ("1、全区现有中小学16所，其中直属学校7所。", "全区现有中小学16所，其中直属学校7所"),
    ("1、人民调解，其中调处纠纷1860件。", "人民调解"),  # a heading phrase: the comma still ends it
    ("1、共有产权住房保障，其中新增房源300套。", "共有产权住房保障"),  # a name, no count: as before
])
def test_a_clause_stating_what_there_is_keeps_the_item_whole(item, want):
    page = "某镇2025年人民调解工作情况报告\n一、基本情况\n" + item + "\n"
    assert [h[3] for h in _headings(page) if h[1] == 3] == [want]


# --- a keyword label before the colon of a whole heading line ---------------------------------

@pytest.mark.parametrize("line,want", [
    ("一、“快”字为先：优化营商环境，释放市场供需活力", "“快”字为先：优化营商环境，释放市场供需活力"),
    ("一、一个认识：社会治安综合治理工作是其它一切工作的基础和前提", "一个认识：社会治安综合治理工作是其它一切工作的基础和前提"),
    ("一、普法宣传：全年开展送法下乡活动五十场。", "普法宣传"),  # a run-in heading: the colon ends it
    ("一、群众性：乡镇居民素质参差不齐", "群众性"),  # a label, no keyword: as before
])
def test_a_keyword_label_keeps_the_heading_line_whole(line, want):
    page = "某县市场监督管理局2024年工作总结\n" + line + "\n今年以来，全局上下认真贯彻上级部署，各项工作取得新进展。\n"
    assert [h[3] for h in _headings(page) if h[1] == 1] == [want]


# --- an un-numbered heading set on two lines ---------------------------------------------------

PAIR = ("政协某省委员会常务委员会工作报告\n各位委员：\n我受常务委员会委托，向大会报告工作，请予审议。\n"
        "一、2019年工作回顾\n过去的一年，是团结奋进的一年，各项工作取得新进展、新成效。\n"
        "{first}\n从严抓好自身建设\n——扎实开展主题教育，探索具有政协特色的做法。常委会坚持以上率下。\n")


def test_a_heading_on_two_lines_as_a_pair_of_phrases_is_two_heading_lines():
    got = _headings(PAIR.format(first="高度重视理论武装"))
    assert [(h[0], h[3]) for h in got if h[1] == 2] == [(6, "高度重视理论武装"), (7, "从严抓好自身建设")]


@pytest.mark.parametrize("first", ["从严抓好自身建设工作", "高度重视", "高度重视理论武装，从严"])
def test_lines_unlike_a_pair_leave_the_first_a_paragraph(first):
    got = _headings(PAIR.format(first=first))
    assert 6 not in [h[0] for h in got]
