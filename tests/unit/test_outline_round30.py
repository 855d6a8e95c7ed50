"""Outline round 30 (issue 17, session 14): the shapes the blind sets 103–107 showed (city bureaus,
provincial departments, doc-sharing and sample sites, speeches and notices, courts and schools), written
here as small pages in the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, OPENING, _headings


def _titles(page: str) -> list[tuple[int, str]]:
    return [(line, text) for line, level, _m, text in _headings(page) if level == 0]


# --- a piece's bare number after a title shown again (…报告1) -----------------------------------

SAMPLE_SITE = ("777文库\n首页  分类  上传  我的\n社区矫正工作推进情况调研报告\n"
               "格式：DOCX  页数：5页  大小：20KB  上传时间：2024-01-02\n"
               "社区矫正工作推进情况调研报告\n"
               "在现实生活中，报告的使用成为日常生活的常态，通常情况下，报告的内容含量大、篇幅较长，为此我们整理了这篇范文。\n"
               "{piece}\n" + BODY)


def test_a_bare_piece_number_after_the_title_shown_again_is_the_first_pieces_title():
    titles = _titles(SAMPLE_SITE.format(piece="社区矫正工作推进情况调研报告1"))
    # the piece's showing is the title, its last; the headline over it is the site's (session 17 switched
    # this convention: sets 127, 140, 143 and 145 label the piece only, sets 66 and 107 both)
    assert titles == [(7, "社区矫正工作推进情况调研报告1")]


def test_a_year_after_the_title_is_no_piece_number():
    titles = _titles(SAMPLE_SITE.format(piece="社区矫正工作推进情况调研报告2023"))
    assert (7, "社区矫正工作推进情况调研报告2023") not in titles


# --- no un-numbered heading below level 2 -------------------------------------------------------

WRAPPED = ("某市应急管理局近期重点工作开展情况报告\n"
           "自全市应急工作会议召开以来，市应急局迅速行动，现将有关情况报告如下：\n"
           "一、健全应急预警机制\n"
           "1.加强与气象、地震等部门的合作，完善预警系统。\n"
           "与气象部\n"
           "门合作开展大气污染、台风、暴雨等预警，提升预警的准确性和时效性。\n"
           "2.完善预警信息发布渠道。\n"
           "加强与媒体的沟通合作，推动预警\n"
           "信息及时发布到公众，提高公众的应急意识和自救能力。\n")


def test_a_pdfs_broken_line_under_a_numbered_item_is_no_heading():
    got = _headings(WRAPPED)
    assert [(line, level) for line, level, _m, _t in got] == [(1, 0), (3, 1), (4, 3), (7, 3)]


def test_an_unnumbered_part_name_over_the_first_heading_is_still_level_one():
    page = ("某县司法局2025年工作总结\n" + OPENING + "2025年工作回顾\n" + BODY)
    assert (3, 1, "", "2025年工作回顾") in _headings(page)


# --- a doc site's chunk counters once the page shows its first ----------------------------------

def _chunked(first: str) -> str:
    return ("第一文库网\n首页 | 分类 | 最新 | 上传\n页数：11  大小：20KB  格式：DOCX\n"
            f"{first}\n乡镇人大2023年工作总结及2024年工作计划\n"
            "今年以来，在区人大常委会的精心指导下，镇人大主席团认真履行职责，各项工作取得新成效。\n"
            "一、坚持党的领导，在提高政治站位上落实新\n"
            "2、要求\n"
            "（一）持续强化理论武装，筑牢思想根基。坚持以习近平新时代中国特色社会主义思想为指导。\n")


def test_a_counter_that_skips_under_a_heading_line_is_the_next_chunks_once_the_first_is_shown():
    for first in ("1、", "1、第 1 页 共 6 页"):
        got = _headings(_chunked(first))
        assert not any(marker == "2、" for _l, _lv, marker, _t in got), first
        assert (9, 2, "（一）", "持续强化理论武装，筑牢思想根基") in got


def test_without_a_first_counter_shown_the_numbered_item_stays_a_heading():
    page = _chunked("下载文档  收藏  分享").replace("2、要求", "1、要求")
    assert (8, 3, "1、", "要求") in _headings(page)


# --- a piece named on its own under a whole title -----------------------------------------------

def test_a_piece_with_its_own_name_under_a_whole_title_is_the_title():
    page = ("酷猫写作\n酷猫写作 > 范文大全 > 工作总结 > 半年工作总结\n时间:2024-02-11 08:27:02 热度:81\n"
            "政协2023上半年工作总结\n政协2024上半年工作总结 篇1\n"
            "半年来，我们继续坚持“亮点”思路，鼓足干劲，各项工作取得了新进展，现总结如下。\n" + BODY)
    assert _titles(page) == [(5, "政协2024上半年工作总结 篇1")]


# --- a clause line under a whole title ----------------------------------------------------------

CLAUSE = ("某区2023年退役军人事务工作总结及2024年工作打算\n"
          "{line}\n"
          "军人工作和新时代双拥工作重要论述，积极加强退役军人服务保障体系建设，奋力推进退役军人工作高质量发展，全面完成各项任务。\n"
          + BODY)


def test_a_line_with_a_sentence_comma_under_a_whole_title_is_the_texts_first_line():
    page = CLAUSE.format(line="2023年，某区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻习近平总书记关于退役")
    assert _titles(page) == [(1, "某区2023年退役军人事务工作总结及2024年工作打算")]


def test_a_half_width_comma_line_under_a_whole_title_is_the_texts_first_line_too():
    page = CLAUSE.format(line="某区坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻习近平总书记关于退役")
    assert _titles(page) == [(1, "某区2023年退役军人事务工作总结及2024年工作打算")]


def test_a_titles_second_part_under_its_first_stays_a_title_line():
    page = "某县司法局2025年工作总结\n和2026年工作计划\n" + OPENING + BODY
    assert _titles(page) == [(1, "某县司法局2025年工作总结"), (2, "和2026年工作计划")]


# --- a notice's title wrapped after its issuer's 关于; a rule's dated note -----------------------

NOTICE = ("乌政办发〔2013〕11号\n"
          "乌兰浩特市人民政府办公室关于\n"
          "印发《乌兰浩特市人民政府公文处理有关规定》的通知\n"
          "各镇人民政府、办事处，市直各部门：\n"
          "经市政府同意，现将《乌兰浩特市人民政府公文处理有关规定》印发给你们，请认真贯彻执行。\n"
          "2013年2月27日\n"
          "乌兰浩特市人民政府公文处理有关规定\n"
          "{note}\n"
          "为进一步增强行政公文的严肃性和规范性，提高办文质量和工作效率，制定本规定。\n"
          "一、公文形式和审批程序\n"
          "公文形式按照有关规定执行，审批程序从严把关。\n")


def test_a_notice_title_wrapped_after_its_issuers_about_is_one_title_over_two_lines():
    titles = _titles(NOTICE.format(note="（2013年2月修订）"))
    assert titles[:2] == [(2, "乌兰浩特市人民政府办公室关于"), (3, "印发《乌兰浩特市人民政府公文处理有关规定》的通知")]


def test_a_rules_dated_note_under_its_title_is_no_title_line():
    for note in ("（2013年2月修订）", "(2020年5月8日通过)"):
        titles = _titles(NOTICE.format(note=note))
        assert (7, "乌兰浩特市人民政府公文处理有关规定") in titles
        assert not any(line == 8 for line, _t in titles), note


def test_a_plans_period_under_its_name_stays_a_title_line():
    page = "某县法治政府建设规划\n（2021—2025年）\n" + OPENING + BODY
    assert _titles(page) == [(1, "某县法治政府建设规划"), (2, "（2021—2025年）")]


# --- a late title over its dateline, its speaker and its hearers ---------------------------------

EPAPER = ("林海日报数字报\n首页 | 往期回顾 | 版面导航 | PDF下载\n"
          "为强国建设、民族复兴提供坚强思想保证、强大精神力量张良\n"
          "上一版 下一版 上一期     下一期 查看PDF版\n本版其他文章\n"
          "标题    站内高级搜索\n当前期次是:第19411号\n第19411号:第01版 2024-02-08\n"
          "政府工作报告\n"
          "———2024年1月30日在内蒙古自治区第十四届人民代表大会第二次会议上\n"
          "自治区主席王莉霞\n"
          "{hearers}\n"
          "现在，我代表自治区人民政府，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。\n"
          "一、过去一年工作回顾\n"
          "过去的一年，全区经济回升向好，高质量发展扎实推进。\n")


def test_a_reports_title_over_its_dateline_speaker_and_hearers_is_found_on_an_epaper_page():
    assert _titles(EPAPER.format(hearers="各位代表:")) == [(9, "政府工作报告")]


def test_a_headline_ending_with_a_colon_is_no_hearers_line():
    page = ("汉铭范文网\n您现在的位置：汉铭范文网 > 总结 > 正文\n“七五”普法工作经验交流发言:\n"
            "时间：2020-06-02 09:31:17 来源：网友投稿 点击：\n“七五”普法工作经验交流发言\n" + OPENING + BODY)
    assert _titles(page) == [(5, "“七五”普法工作经验交流发言")]


# --- a late title wrapped over two lines under the headline with the site's words after a dash ----

MIRROR = ("金华市教育局\n首页　教育新闻　政务公开　办事服务\n您当前的位置：首页 > 政务公开 > 法治政府建设\n"
          "金华市教育局关于2023年法治政府建设工作情况的报告{suffix}\n"
          "• 索引号：001/2024-00012\n• 发布机构：金华市教育局\n• 生成日期：2024-03-01\n朗读\n"
          "金华市教育局关于2023年法治政府\n建设工作情况的报告\n"
          "2023年，在市委市政府的正确领导下，市教育局认真贯彻落实法治政府建设部署要求，全年无诉讼案件。现将具体情况报告如下：\n"
          + BODY)


def test_a_late_title_wrapped_under_a_headline_with_the_sites_words_after_a_dash_is_whole():
    for suffix in ("-某某娱乐", "_某某网"):
        titles = _titles(MIRROR.format(suffix=suffix))
        assert titles == [(9, "金华市教育局关于2023年法治政府"), (10, "建设工作情况的报告")], suffix


def test_a_headline_running_on_in_words_is_no_showing_of_the_wrapped_title():
    titles = _titles(MIRROR.format(suffix="和2024年工作打算"))
    assert (9, "金华市教育局关于2023年法治政府") not in titles
