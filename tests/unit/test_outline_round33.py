"""Outline round 33 (issue 17, session 15): the shapes the blind sets 118–122 showed (述职 reports, county
政府工作报告, bureaus' own reports, mobile/mirror/wiki/spam copies, justice units), written here as small
pages in the same forms, each with the near miss it must not change."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text
from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles


HEAD = "某区总工会2023年普法工作总结\n一、基本情况\n"


# --- items that open with a count or a date ------------------------------------------------------

def test_a_long_item_stating_a_count_is_whole_to_its_stop():
    item = ("1.现有普法讲师团一支,36人,开展活动36场,具体有公益法律服务行动、优化营商环境法治宣传月、"
            "主题宣传活动、法治体检进企业、宪法宣传周活动等。")
    got = [h[3] for h in _headings(HEAD + item + "\n") if h[1] == 3]
    assert got == [item[2:-1]]


def test_a_long_item_with_a_heading_phrase_is_still_cut_at_its_comma():
    item = ("1.普法讲师团建设,全年开展活动36场,具体有公益法律服务行动、优化营商环境法治宣传月、主题宣传活动、"
            "法治体检进企业、宪法宣传周活动等。")
    assert [h[3] for h in _headings(HEAD + item + "\n") if h[1] == 3] == ["普法讲师团建设"]


@pytest.mark.parametrize("item,found", [
    ("1.2023年2月3日,区总工会党组理论学习中心组集体学习习近平法治思想。", True),
    ("1.5万元用于购置普法资料。", False),
    ("1.2023元用于购置普法资料。", False),
])
def test_an_item_may_open_with_a_year_after_its_dot(item, found):
    got = [h for h in _headings(HEAD + item + "\n") if h[1] == 3]
    assert bool(got) is found, got


# --- where-am-I, notice lists, a late title under a dated headline ------------------------------

def test_your_current_position_is_a_breadcrumb():
    page = "步旅网\n首页 | 懂事 | 生活\n您的当前位置:首页正文\n小学法制宣传教育活动总结\n2024-07-18 来源:步旅网\n" + BODY
    assert _titles(page) == [(4, "小学法制宣传教育活动总结")]
    assert parse_text(page).blocks[2].detail == "breadcrumb"


def test_a_long_notice_list_of_the_site_is_chrome_however_many_items():
    items = ["1、本文档共5页,可阅读全部内容。", "2、原创力文档网站文档一经付费,不意味着购买了该文档的版权,仅供个人学习之用,下载后不支持退款。",
             "3、本站所有内容均由合作方或网友上传。", "4、如文档侵犯商业秘密、侵犯著作权,请点击“版权申诉”。",
             "5、该文档为VIP文档,如果想要下载,成为VIP会员后,下载免费。", "6、成为VIP后,下载本文档将扣除1次下载权益。",
             "7、成为VIP后,您将拥有八大权益。"]
    page = "原创力文档\n学校法制教育工作总结.docx\n" + "\n".join("- " + i for i in items) + "\n1-\n学校法制教育工作总结\n" + BODY
    assert _titles(page) == [(11, "学校法制教育工作总结")]
    assert not [h for h in _headings(page) if 3 <= h[0] <= 9]


def test_the_title_under_a_headline_in_a_datelines_shape():
    page = ("泉州市洛江区人民政府\n当前位置：首页 > 政务公开 > 规划计划\n2023年12月20日在洛江区第六届人民代表大会第三次会议上\n"
            "时间:2024-02-01 08:39 浏览量:1\n政府工作报告\n——2023年12月20日在区第六届人民代表大会第三次会议上\n"
            "洛江区人民政府区长   郭  宁\n各位代表:\n现在,我代表洛江区人民政府向大会报告政府工作,请予审议。\n" + BODY)
    assert _titles(page) == [(5, "政府工作报告")]
    assert not [h for h in _headings(page) if h[0] == 7]


@pytest.mark.parametrize("headline", ["(贵州省)黎平县人民政府工作报告(2023年1月6日)", "黎平县人民政府工作报告"])
def test_a_dated_headline_over_the_spaced_title_is_the_sites(headline):
    page = ("导航菜单\n首页 > 工作报告 > 西南地区\n" + headline + "\n政 府 工 作 报 告\n"
            "(2023年1月6日在县第十八届人民代表大会第二次会议上)\n县长 崔华明\n各位代表:\n"
            "现在,我代表县人民政府向大会报告工作,请予审议。\n" + BODY)
    assert _titles(page) == [(4, "政 府 工 作 报 告")]


# --- a portal's media buttons, the report opening its text, share hints -------------------------

def test_a_portals_media_buttons_are_no_title():
    page = ("高青县人民政府\n首页 > 政务公开 > 部门信息公开\n高青县统计局2023年政府信息公开工作年度报告\n发布日期:2024-01-23\n"
            "图解      音频\n本报告根据《中华人民共和国政府信息公开条例》编制,报告中所列数据统计期限自2023年1月1日起。\n" + BODY)
    assert _titles(page) == [(3, "高青县统计局2023年政府信息公开工作年度报告")]


def test_the_reports_own_first_words_are_no_title_line():
    page = ("濟南市章丘區人民政府\n當前位置：首頁 > 政府信息公開\n附件：年度報告\n濟南市章丘區文化和旅遊局\n"
            "2023 年政府信息公開工作年度報告\n本報告根據《中華人民共和國政府信息公開條例》、《國\n"
            "務院辦公廳政府信息與政務公開辦公室關於印發的通知》要求編制。\n" + BODY)
    titles = _titles(page)
    assert (6, "本報告根據《中華人民共和國政府信息公開條例》、《國") not in titles
    assert (5, "2023 年政府信息公開工作年度報告") in titles


def test_a_news_headline_over_its_header_and_share_hint():
    page = ("内蒙古自治区司法厅\n首页　机构概况　政务公开\n首页 > 全面依法治区 > 法治调研\n法治调研\n"
            "双语法律服务奏响司法为民新乐章\n发布时间: 2021-06-12 10:59\n分享到:\n打开微信扫一扫,点击右上角分享即可\n"
            "阿拉善盟地处内蒙古自治区最西部,总面积27万平方公里,是蒙古族聚居的边疆地区。\n" + BODY)
    assert _titles(page) == [(5, "双语法律服务奏响司法为民新乐章")]
    assert _kinds(page)[8] == "chrome"


# --- a bare Chinese numeral after the title, preview ends, Word's field errors -------------------

def test_a_bare_chinese_numeral_after_the_title_shown_again_is_the_pieces_title():
    page = ("百分文库\n首页 > 企业文化 > 教育局副局长述职报告怎么写\n教育局副局长述职报告怎么写\n时间:2023-01-28 作者:储xy\n"
            "简介:百分文库小编为你整理了这篇范文,希望能为你的创作提供参考。\n教育局副局长述职报告怎么写一\n" + BODY)
    assert (6, "教育局副局长述职报告怎么写一") in _titles(page)


def test_a_title_ending_with_a_numeral_word_stays_whole():
    page = "某县司法局2025年工作总结之一\n" + BODY
    assert _titles(page) == [(1, "某县司法局2025年工作总结之一")]


def test_a_preview_end_and_a_word_field_error_are_chrome():
    page = ("金锄头文库\n当前位置：首页 > 行业资料 > 党政相关\n民政局上半年的工作述职\n文档格式：DOCX　页数：2　上传时间：2021-07-01\n"
            "亲,该文档总共2页全部预览完了,如果喜欢就下载吧!\n资源描述\n"
            "Error! No text of specified style in document.第 2 页 共 2 页\n民政局上半年的工作述职\n"
            "今年来,我局着重抓好了以下三个方面的工作,现将有关情况述职如下:\n" + BODY)
    kinds = _kinds(page)
    assert kinds[5] == kinds[7] == "chrome"
    assert _titles(page) == [(8, "民政局上半年的工作述职")]


# --- a statistical communiqué, a wiki's mobile bar, a slogan after a code, HTML tags ------------

def test_a_communique_with_its_year_tag_is_the_title():
    page = ("统计公报库\n当前位置：首页 > 县级统计公报 > 2022年\n2022年望江县国民经济和社会发展统计公报 2022\n选择区域:>>\n"
            "2022年,面对复杂严峻的外部环境和多重超预期困难挑战,全县经济保持恢复态势。\n一、综  合\n"
            "初步核算,全年实现地区生产总值202.5亿元。\n")
    assert _titles(page) == [(3, "2022年望江县国民经济和社会发展统计公报 2022")]


def test_a_wikis_mobile_bar_and_stamp_are_chrome():
    page = ("打开主菜单\n维基文库\n搜索\n2022年黎平县人民政府工作报告\n语言\n监视\n编辑\n各位代表:\n"
            "现在,我代表县人民政府向大会作工作报告,请予审议。\n" + BODY + "最后编辑于×年前\n维基文库\n")
    assert _titles(page) == [(4, "2022年黎平县人民政府工作报告")]
    assert [h[1] for h in _headings(page) if h[1] > 0] == [1, 1]
    kinds = _kinds(page)
    assert all(kinds[n] == "chrome" for n in (1, 2, 3, 5, 6, 7, 14, 15))


def test_a_slogan_glued_after_a_sites_code_is_cut_off():
    mark = "N6h县情资料网---有深度、有态度、接地气的县域县情站点"
    page = ("县情资料网\n首页 > 工作报告 > 正文\n(江西省)2021年南城县人民政府工作报告(全文)\n"
            f"政府工作报告{mark}\n各位代表:{mark}\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
            f"一、2020年及“十三五”时期发展回顾{mark}\n过去一年,全县经济稳中有进。{mark}\n")
    got = _headings(page)
    assert (7, 1, "一、", "2020年及“十三五”时期发展回顾") in got
    assert (4, 0, "", "政府工作报告") in got


def test_a_year_between_cjk_is_no_sites_code():
    title = "某县司法局关于2024年度法治政府建设情况的报告"
    page = "某县人民政府\n" + title + "\n标题：" + title + "\n" + title + "\n" + BODY
    assert all(t.endswith("的报告") for _l, t in _titles(page))


def test_lines_of_html_tags_are_chrome():
    page = ('<legend id="h4sia"></legend>\n1. <blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>\n<wbr id="h4sia">\n'
            "首页 > 政务动态 > 计划总结\n开封市卫生健康委员会2019年工作总结\n2020-02-26 来源: 办公室\n"
            "2019年,市卫生健康委员会以习近平新时代中国特色社会主义思想为指导,各项工作取得新成效。\n" + BODY)
    assert _titles(page) == [(5, "开封市卫生健康委员会2019年工作总结")]
    assert all(_kinds(page)[n] == "chrome" for n in (1, 2, 3))
