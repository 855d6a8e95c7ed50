"""Outline round 39 (issue 17, session 18): shapes found by the blind sets 156–161, written here as small pages in
the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"


# --- a PDF's first line under a whole title: a clause announcing with a colon -------------------------------

DOC = "公文帮 — 公文范文文档分享平台\n首页 > 文档 > 工作计划 > 工作要点\n"


def test_a_clause_with_its_colon_under_the_title_is_the_text():
    page = (DOC + "市应急管理局 2024 年工作要点\n  2024 年全市应急管理工作总体要求是:坚持以习近平\n"
            "新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神。\n一、强化安全生产\n" + TEXT)
    assert _titles(page) == [(3, "市应急管理局 2024 年工作要点")]


def test_a_field_with_its_colon_under_the_title_is_still_read_past():
    page = (DOC + "在2024年全区营商环境大会上的主持讲话\n发布于 2024-05-01  分类：会议主持词  阅读(120)\n"
            "在2024年全区营商环境大会上的主持讲话\n同志们:\n现在开会。\n一、充分认识优化营商环境的重要意义\n" + TEXT)
    assert _titles(page) == [(5, "在2024年全区营商环境大会上的主持讲话")]


# --- two heading phrases, a space, then the body --------------------------------------------------------------

SCHOOL = "某某小学2024年党建工作计划\n" + TEXT + "一、主要任务\n"


def test_a_short_phrase_and_its_gloss_before_a_space_are_the_heading():
    page = SCHOOL + ("(一)强基固本,忠诚教育筑基石 学校将坚定不移地加强政治忠诚教育,深化学校意识教育与政治纪律规矩教育,"
                     "定期开展政治生态自我剖析,确保党员队伍信念坚定。\n")
    assert _headings(page)[-1] == (4, 2, "(一)", "强基固本,忠诚教育筑基石")


def test_a_pdf_space_after_a_conjunction_is_no_heading_end():
    page = SCHOOL + ("(一)强化引领,在县委领导和 指导下全面推进党建工作,深化学校意识教育与政治纪律规矩教育,定期开展政治生态"
                     "自我剖析,确保党员队伍信念坚定。\n")
    assert _headings(page)[-1] == (4, 2, "(一)", "强化引领")


# --- a banner with a sentence above the site's header -----------------------------------------------------

def test_a_banner_sentence_above_the_breadcrumb_is_the_sites():
    page = ("@所有人,接通知:二十届三中全会相关内容不让发布到网站了,这类内容请到QQ会员群里下载。加入我们\n×\n稿子铺\n"
            "首页 讲话稿 汇报范文 工作总结 工作计划\n当前位置：首页 > 汇报范文 > 正文\n区教育局2022年工作汇报材料\n|\n"
            "区教育局2022年工作汇报材料\n" + TEXT + BODY)
    assert _kinds(page)[1] == "chrome"
    assert _titles(page) == [(8, "区教育局2022年工作汇报材料")]


def test_a_title_above_the_breadcrumb_stays_a_title():
    page = "某县司法局关于2023年工作情况的报告\n当前位置：首页 > 政务公开\n" + TEXT + BODY
    assert _titles(page) == [(1, "某县司法局关于2023年工作情况的报告")]


# --- a long station-group bar over the portal's header ------------------------------------------------------

def test_the_portals_name_under_a_long_station_bar_is_the_sites():
    page = ("站群导航\n市政府 市政府工作部门 市政府直属事业单位 县(市、区)政府\n|\n加入收藏\n|\n设为首页\n|\n手机版\n"
            "夏邑县人民政府\n首页 政务公开 政务服务 互动交流 走进夏邑\n部门政府信息公开\n全文检索\n"
            "当前位置:首页 > 部门政府信息公开 > 县卫生健康委员会\n索引号: 3070211020000013000000/2023122700000060\n"
            "夏邑县卫健委2023年度工作总结\n来源: 发布时间:2023-12-27\n" + TEXT + BODY)
    assert _titles(page) == [(15, "夏邑县卫健委2023年度工作总结")]


# --- a doc site's file card ------------------------------------------------------------------------------

def test_a_file_card_line_between_headline_and_title_is_the_sites():
    page = ("百家文档网 首页 文库 实用文档 教育资料\n文库 实用文档 报告/总结\n恩平市2019年上半年卫生健康工作总结及下半年工作计划\n"
            "工作总结 总结 计划 DOCX   7页   下载0   2024-08-31   浏览19   收藏0   点赞0   评分-   免费文档\n"
            "温馨提示:当前文档最多只能预览 2 页,若文档总页数超出了 2 页,请下载原文档以浏览全部内容。\n"
            "恩平市 2019 年上半年卫生健康工作总结及\n下半年工作计划\n" + TEXT + BODY)
    assert _kinds(page)[4] == "chrome"
    assert _titles(page) == [(6, "恩平市 2019 年上半年卫生健康工作总结及"), (7, "下半年工作计划")]


def test_a_heading_naming_pages_is_no_file_card():
    page = "某县档案馆2023年工作总结\n" + TEXT + "一、整理PDF 300页档案\n全年完成数字化扫描三万页。\n"
    assert _headings(page)[1] == (3, 1, "一、", "整理PDF 300页档案")


# --- the site's statement link with its buttons after it ------------------------------------------------

def test_a_date_with_the_statement_link_and_a_button_is_no_title_line():
    page = ("文书易 - 范文大全_公文写作_工作总结\n首页 | 工作总结 | 工作计划 | 述职报告\n当前位置：首页 > 工作总结 > 单位工作总结\n"
            "农村信用合作联社2020年度工作总结\n2024-07-06 版权声明 我要投稿\n农村信用合作联社2020年度工作总结(精选12篇)\n"
            "农村信用合作联社2020年度工作总结 篇1\n" + TEXT + BODY)
    assert _titles(page) == [(7, "农村信用合作联社2020年度工作总结 篇1")]


# --- a collection's numbered piece over the piece's own title --------------------------------------------

def test_a_numbered_piece_over_its_own_title_is_the_sites():
    page = ("范文網 www.5gxyz.com\n首頁 | 工作總結 | 工作計劃\n當前位置：首頁 > 職場范文 > 工作總結 > 正文\n"
            "銀行五級分類崗工作總結3篇\n發布時間：2022-09-14 　 來源：范文網\n"
            "在平時的工作中,每個人都應該努力成為更好的自己,下面是小編整理的工作總結,歡迎大家借鑒。\n"
            "銀行五級分類崗工作總結1\n信用社貸款五級分類工作總結\n"
            "為了提高貸款管理水平,增強風險防范能力,我社開展了貸款五級分類工作。\n一、提高認識、明確目標\n"
            "貸款五級分類是以信貸資產的風險性作為評定標準的。\n")
    assert _titles(page) == [(8, "信用社貸款五級分類工作總結")]


def test_a_numbered_piece_over_the_text_is_the_title():
    page = ("范文網 www.5gxyz.com\n首頁 | 工作總結 | 工作計劃\n銀行五級分類崗工作總結3篇\n發布時間：2022-09-14\n"
            "銀行五級分類崗工作總結1\n"
            "為了提高貸款管理水平,增強風險防范能力,我社開展了貸款五級分類工作。\n一、提高認識、明確目標\n"
            "貸款五級分類是以信貸資產的風險性作為評定標準的。\n")
    assert _titles(page) == [(5, "銀行五級分類崗工作總結1")]


# --- a doc site's keywords over the title --------------------------------------------------------------

def test_keywords_all_in_the_title_under_them_are_the_sites():
    page = ("第一文档网\n首页 | 工作总结 | 工作计划 | 规章制度\n您的位置：第一文档网 > 规章制度 > 社区制度\n"
            "社区居委会定期向居民代表大会汇报工作制度\n2022-10-21 08:21:17   第一文档网\n"
            "工作制度,居委会,代表大会,汇报,定期\n社区居委会定期向居民代表大会汇报工作制度\n一、定期报告制度\n" + TEXT)
    assert _kinds(page)[6] == "chrome"
    assert _titles(page) == [(7, "社区居委会定期向居民代表大会汇报工作制度")]


def test_a_title_listing_its_parts_stays_the_title():
    page = "某县司法局\n普法,调解,援助,矫正工作总结\n" + TEXT + BODY
    assert [t for _l, t in _titles(page)] == ["某县司法局", "普法,调解,援助,矫正工作总结"]


# --- a doc site's notice of where its files come from, a sentence ------------------------------------

def test_a_related_list_over_the_sites_upload_notice_is_footer():
    page = ("某村2023年工作总结\n" + TEXT + BODY + "下载文档  收藏  分享\n相关资源\n更多\n驻村工作队乡村振兴调研报告范文\n"
            "关于驻村帮扶工作的调研报告\n蚂蚁文库所有资源均是用户自行上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。\n"
            "copyright@ 2008-2022 mayiwenku.com 网站版权所有\n")
    assert [h[0] for h in _headings(page)] == [1, 3, 5]


def test_a_sentence_about_uploading_in_the_text_stays_text():
    page = "某县档案馆2023年工作总结\n" + TEXT + "一、主要工作\n全年指导各单位自行上传电子档案三万件。\n二、存在问题\n人员不足。\n"
    assert [h[0] for h in _headings(page)] == [1, 3, 5]
