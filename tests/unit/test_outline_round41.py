"""Outline round 41 (issue 17, session 19): shapes found by the blind sets 168–175, written here as small pages in
the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
PORTAL = "上海青浦\n首页 | 政务公开 | 政务服务 | 政民互动\n当前位置：首页 > 政务公开 > 香花桥街道 > 社区平安\n"
SECTIONS = ("（一）做好辖区维稳工作\n全年排摸矛盾纠纷一百二十件，化解率达百分之九十八。\n"
            "（二）落实烟花爆竹管控工作\n全年开展联合检查二十次，查处违规经营三起。\n")


# --- a metadata block's values without their labels ---------------------------------------------------------

def test_values_without_labels_are_chrome_and_the_line_over_the_first_section_heads_it():
    page = PORTAL + "2022年香花桥街道平安建设工作\n无\n主动公开\n无\n无\n2022.11.05\n平安建设方面\n" + SECTIONS
    kinds = _kinds(page)
    assert [kinds[n] for n in (5, 6, 7, 8)] == ["chrome"] * 4
    assert _headings(page)[:3] == [(4, 0, "", "2022年香花桥街道平安建设工作"), (10, 1, "", "平安建设方面"),
                                   (11, 2, "（一）", "做好辖区维稳工作")]


def test_answers_without_a_disclosure_mode_stay_text():
    page = "某县司法局2023年工作总结\n" + TEXT + "是\n否\n无\n" + BODY
    kinds = _kinds(page)
    assert [kinds[n] for n in (3, 4, 5)] == ["paragraph"] * 3


# --- a portal's foot printed over the title ----------------------------------------------------------------

def test_the_portals_foot_over_the_title_is_read_past_line_by_line():
    page = ("吉县人民政府\n手机版 | 简体 | 无障碍\n首页 > 政务公开 > 政府工作报告\n"
            "主办单位:山西省临汾市吉县人民政府 版权所有 2018\n承办单位:吉县人民政府办公室\n"
            "晋ICP备18009906号 网站标识码:1410280001\n涉密文件严禁上网\n"
            "吉县人民政府门户网站提示:使用大于1366*768分辨率/IE10.0或以上浏览器可以获得最佳浏览效果!\n"
            "政府工作报告\n——2024年4月8日在吉县第十七届人民代表大会第四次会议上\n吉县人民政府县长 牛永福\n各位代表：\n"
            + TEXT + BODY)
    assert _titles(page) == [(9, "政府工作报告")]
    assert all(_kinds(page)[n] == "chrome" for n in range(4, 9))


def test_the_traditional_mirrors_filing_characters_are_read_as_simplified():
    page = ("吉縣人民政府\n首頁 > 政務公開 > 政府工作報告\n主辦單位:吉縣人民政府 版權所有 2018\n"
            "晉ICP備18009906號\n政府工作報告\n各位代表：\n"
            "現在，我代表縣人民政府向大會報告工作，請予審議，並請縣政協委員和其他列席人員提出意見。\n一、2023年工作回顧\n"
            "全縣地區生產總值增長百分之六，一般公共預算收入增長百分之八。\n")
    assert _titles(page) == [(5, "政府工作報告")]


def test_a_paragraph_naming_a_browser_under_the_title_stays_text():
    page = ("某县数据资源局2023年工作总结\n全年完成政务服务网改版，适配主流浏览器和移动端，群众办事更加便捷。\n" + BODY)
    assert _kinds(page)[2] == "paragraph"


# --- a notice's numbered points ------------------------------------------------------------------------------

NOTICE = ("县示范区管委会,各乡、镇人民政府,县直各有关单位:\n"
          "经县政府同意,现将《2025年县<政府工作报告>任务分解》印发给你们。请各单位认真对照,迅速行动,抓好落实。\n"
          "一、责任到人,闭环管理。任务分解明确133项具体任务,涉及34个牵头单位,各单位要逐项明确责任人。\n"
          "二、节点管控,动态调度。各单位要紧盯目标任务、关键指标、序时进度,加强调度运行。\n"
          "附件:1.2025年县《政府工作报告》任务清单\n沁县人民政府办公室\n2025年5月20日\n")


def test_a_notices_numbered_points_are_its_headings():
    page = "返回　首页　资讯　地方　政务\n当前位置：首页 > 资讯 > 地方政务 > 正文\n2025-05-21 10:26　来源：沁县人民政府网\n" + NOTICE
    heads = _headings(page)
    assert (6, 1, "一、", "责任到人,闭环管理") in heads and (7, 1, "二、", "节点管控,动态调度") in heads


def test_a_doc_sites_notice_list_over_the_title_is_still_chrome():
    page = ("某某文库\n1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。\n"
            "2. 本文档由用户上传，版权归属用户，如有侵权请联系删除。\n某县司法局2023年工作总结\n" + TEXT + BODY)
    assert [h[1] for h in _headings(page)] == [0, 1, 1]


# --- a document site's chunk counters ---------------------------------------------------------------------

DOCSITE = "万能文库\n当前位置：首页 > 党团工作 > 党建材料\n某局2022年意识形态工作自评报告.docx\n"


def test_a_chunk_counter_after_a_line_cut_at_a_pause_mark_is_none():
    page = (DOCSITE + "1、某局2022年意识形态工作自评报告\n某局2022年意识形态工作自评报告\n" + TEXT
            + "一、加强组织领导\n某局党委定期召开会议，及时贯彻习近平总书记关于意识形态工作的重要讲话、\n"
              "2、重要批示和上级有关要求，确保全体干部职工牢牢把握正确的政治方向。\n二、加强理论学习\n全年集中学习十二次。\n")
    heads = _headings(page)
    assert [h[2] for h in heads] == ["", "一、", "二、"]


def test_a_chunk_counter_after_a_masked_figure_is_none():
    page = (DOCSITE + "1、某局2022年意识形态工作自评报告\n某局2022年意识形态工作自评报告\n" + TEXT
            + "一、园区经济稳定增长\n全年规上工业企业完成营业收入*\n3、亿元,应交增值税*亿元,分别占园区比重为69%和78%。\n")
    assert [h[2] for h in _headings(page)] == ["", "一、"]


def test_a_numbered_item_after_a_line_cut_at_a_pause_mark_on_a_plain_page_is_a_heading():
    page = ("某局2022年意识形态工作自评报告\n" + TEXT + "一、加强组织领导\n（一）健全制度\n"
            "1、完善学习制度、\n2、落实研判制度。\n")
    assert (6, 3, "2、", "落实研判制度") in _headings(page)


def test_the_first_chunk_counter_glued_to_the_collected_titles_is_the_sites():
    page = ("课桌文档 - 在线文档分享平台\n当前位置：首页 > 办公文档 > 工作总结\n经济开发区2023年度工作总结及2024年工作计划3篇.docx\n"
            "1、经济开发区2023年工作总结及2024年工作安排经济开发区2023年工作总结和2024年工作思路\n"
            "经济开发区2023年工作总结及2024年工作安排\n今年以来，经开区紧紧围绕工业倍增目标，推动经开区发展实现新跨越。\n"
            "一、2023年工作完成情况\n全年完成工业总产值一百亿元。\n")
    assert _headings(page) == [(5, 0, "", "经济开发区2023年工作总结及2024年工作安排"), (7, 1, "一、", "2023年工作完成情况")]


# --- a forum's related threads and foot ------------------------------------------------------------------

def test_a_forums_related_threads_and_foot_are_chrome():
    page = ("2024年疏附县政府工作报告\n各位代表：\n" + TEXT + BODY + "回复 使用道具 举报\n相关帖子\n"
            "• [新疆] 2024年伽师县政府工作报告\n• [新疆] 2024年岳普湖县政府工作报告\n"
            "Archiver|手机版|小黑屋|区域数据论坛 ( 京ICP备2021012345号-1 )\n"
            "GMT+8, 2024-12-2 08:41 , Processed in 0.061832 second(s), 21 queries .\n")
    assert [h[1] for h in _headings(page)] == [0, 1, 1]


# --- joint issuers on one line over the notice's title --------------------------------------------------------

def test_joint_issuers_on_one_line_open_the_notices_title():
    page = ("乐至县人民政府\n首页 | 政务公开 | 政府文件\n乐委办发〔2022〕19号\n中共乐至县委办公室 乐至县人民政府办公室\n"
            "关于印发《乐至县2022年12件民生实事实施方案》的通知\n各乡镇（街道）党（工）委、人民政府（办事处）：\n"
            "经县委、县政府同意，现将《乐至县2022年12件民生实事实施方案》印发给你们，请认真抓好落实。\n")
    assert _titles(page)[:2] == [(4, "中共乐至县委办公室 乐至县人民政府办公室"),
                                 (5, "关于印发《乐至县2022年12件民生实事实施方案》的通知")]


def test_a_site_name_over_the_notices_title_is_not_its_issuer():
    page = ("乐至县人民政府 政务公开\n关于印发《乐至县2022年12件民生实事实施方案》的通知\n各乡镇（街道）：\n"
            "经县委、县政府同意，现将《乐至县2022年12件民生实事实施方案》印发给你们，请认真抓好落实。\n")
    assert _titles(page)[0] == (2, "关于印发《乐至县2022年12件民生实事实施方案》的通知")


# --- a run-in colon inside tortoise-shell brackets -------------------------------------------------------

def test_a_colon_inside_tortoise_shell_brackets_does_not_cut_the_heading():
    page = ("乐至县2022年12件民生实事实施方案\n" + TEXT
            + "一、夕阳关爱行动〔责任单位:县民政局、县交通运输局〕\n为80岁以上的老人建立档案。\n")
    assert _headings(page)[1] == (3, 1, "一、", "夕阳关爱行动〔责任单位:县民政局、县交通运输局〕")


def test_a_colon_after_the_bracket_still_cuts_the_run_in_heading():
    page = ("乐至县2022年12件民生实事实施方案\n" + TEXT
            + "一、夕阳关爱行动〔县民政局〕:为80岁以上的老人建立档案，发放高龄津贴。\n")
    assert _headings(page)[1] == (3, 1, "一、", "夕阳关爱行动〔县民政局〕")


# --- bylines of a body ----------------------------------------------------------------------------------------

def test_a_dated_unit_byline_and_its_name_again_are_no_heading():
    page = ("发现网 手机版\n当前位置：首页 > 新闻 > 正文\n司法所建设调研报告\n——以四川省茂县凤仪镇为例\n"
            "2018-09-20司法部基层法治建设第十一调研组\n司法部基层法治建设第十一调研组\n"
            "基层是依法治国的根基。法治国家最终要体现在基层，法治政府最终要服务到基层。\n"
            "一、基层法治建设成效显著\n近年来，四川省司法行政系统坚持抓基层、打基础。\n")
    assert [h[:2] for h in _headings(page)] == [(3, 0), (8, 1)]
    assert _kinds(page)[6] == "byline"


def test_a_compilers_line_and_an_adoption_note_are_no_heading():
    page = ("昌都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n——2021年6月22日昌都市第二届人民代表大会\n"
            "第二次会议通过\n昌都市“十四五”规划编制工作领导小组办公室 编\n"
            "“十四五”时期是昌都全面建设社会主义现代化的第一个五年，意义重大。\n第一章 全面建设社会主义现代化新昌都新征程\n"
            "第一节 发展基础\n全市地区生产总值年均增长百分之九。\n")
    kinds = _kinds(page)
    assert (kinds[3], kinds[4]) == ("subtitle", "byline")
    assert [h[0] for h in _headings(page)] == [1, 6]


def test_a_part_named_like_a_body_over_its_sections_is_still_a_heading():
    page = ("某县司法局2023年工作总结\n" + TEXT + "县司法局\n（一）强化普法宣传\n全年开展普法活动五十场。\n"
            "（二）深化人民调解\n全年调解纠纷一千件。\n")
    assert (3, 1, "", "县司法局") in _headings(page)


# --- a related list between the headline and the title shown again --------------------------------------

def test_a_related_list_between_the_headline_and_the_title_again_is_chrome():
    related = "".join(f"  • 大学宣传部2022年度工作总结范文{n}篇 推荐度:\n  • 相关推荐\n" for n in "一二三四五")
    page = ("蓝色范文网 lasc.cn\n当前位置：首页 > 工作总结 > 部门工作总结\n区委宣传部2022年工作总结和2023年工作打算\n"
            + related + "区委宣传部2022年工作总结和2023年工作打算\n" + TEXT + BODY)
    assert _titles(page) == [(14, "区委宣传部2022年工作总结和2023年工作打算")]


def test_a_draft_opening_with_a_bulleted_list_under_its_title_keeps_the_title():
    page = ("区委宣传部2022年工作总结和2023年工作打算\n• 全年组织理论学习十二次\n• 开展宣讲活动三十场\n" + TEXT + BODY)
    assert _titles(page) == [(1, "区委宣传部2022年工作总结和2023年工作打算")]


# --- a traditional mirror's ? for a character it could not map ------------------------------------------

def test_a_lost_glyph_after_a_traditional_title_keeps_the_title():
    page = ("西藏自治區人民政府\n首頁 | 政務公開 | 政務服務\n當前位置：首頁 > 政務公開 > 政府信息公開年報\n"
            "時間：2024-02-21 17:44:04 來源：西藏自治區民族事務委員會\n西藏自治區民委2023年政府信息公開工作年度報告?\n?\n"
            "根據《中華人民共和國政府信息公開條例》要求，特向社會公布本年度報告。\n一、總體情況\n"
            "全年主動公開政府信息三百條，發布重要信息五十條。\n")
    assert _titles(page) == [(5, "西藏自治區民委2023年政府信息公開工作年度報告?")]


def test_a_question_mark_on_a_simplified_page_is_read_as_written():
    page = ("县司法局是干什么的?\n县司法局负责全县的普法宣传、人民调解和法律援助工作，具体职责如下。\n" + BODY)
    assert not _titles(page)


# --- bare numbers before a colon, and （-） for （一） ----------------------------------------------------------

def test_bare_numbers_before_a_colon_are_level_3_headings():
    page = ("关于2012年城乡环境综合治理工作总结\n" + TEXT + "一 工作开展情况\n（一）“机制”进一步健全。\n"
            "1管理机制:一是成立了专门领导机构和工作机构，组建卫生村保洁队伍。\n2考核机制:制定城乡环境综合治理工作实施方案。\n")
    heads = _headings(page)
    assert (5, 3, "1", "管理机制") in heads and (6, 3, "2", "考核机制") in heads


def test_a_month_before_a_colon_is_no_bare_heading():
    page = ("关于2012年城乡环境综合治理工作总结\n" + TEXT + "一、工作开展情况\n1月:开展集中整治行动，清理垃圾三百吨。\n")
    assert all(h[0] != 4 for h in _headings(page))


def test_a_dash_for_the_first_level_2_numeral_is_its_marker():
    page = ("某县气象局2022年工作总结\n" + TEXT + "一、主要工作\n(-)坚守第一道防线,全方位做好气象服务保障\n"
            "全年发布预警信号五十次。\n(二)强化气象科技创新\n全年完成科研项目三项。\n")
    heads = _headings(page)
    assert (4, 2, "(-)", "坚守第一道防线,全方位做好气象服务保障") in heads and (6, 2, "(二)", "强化气象科技创新") in heads
