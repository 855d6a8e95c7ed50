"""Outline round 32 (issue 17, session 15): the shapes the blind sets 113–117 showed (政府信息公开 annual
reports, rectification reports, departments' 法治政府建设 reports, thematic summaries, safety work), written
here as small pages in the same forms, each with the near miss it must not change."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text
from test_outline_round22 import BODY, _headings


def _titles(page: str) -> list[tuple[int, str]]:
    return [(line, text) for line, level, _m, text in _headings(page) if level == 0]


def _kinds(page: str) -> dict[int, str]:
    return {b.line: b.kind for b in parse_text(page).blocks}


PORTAL = "某某区人民政府门户网站\n首页 政务公开 政务服务 互动交流\n当前位置：首页 > 政务公开 > 政府信息公开年报\n"
OPEN_TEXT = "2019年，街道在区委、区政府的正确领导下，认真贯彻落实政府信息公开条例，现将年度报告如下。\n"


# --- spaced metadata labels glued to the next field --------------------------------------------

def test_spaced_labels_glued_to_the_next_field_are_the_index_tables():
    page = (PORTAL + "中原西路街道办事处2019年度政府信息公开工作年度报告\n"
            "索 引 号:732464230/2020-00001主题分类:综合政务\n发布机构:中原西路街道办事处关 键 词:公报\n"
            "文    号成文日期:2020-01-22发布日期:2020-01-22\n体    裁生效日期废止日期\n"
            "中原西路街道办事处2019年度政府信息公开工作年度报告\n" + OPEN_TEXT + BODY)
    assert _titles(page) == [(9, "中原西路街道办事处2019年度政府信息公开工作年度报告")]


# --- the issuer's line over a title the index table shows whole ------------------------------

ISSUER = ("故城县人民政府\n首页 | 信息公开 | 政务服务 | 互动交流\n当前位置：首页 > 信息公开 > 部门信息公开 > 故城县教育局 > 政府信息公开年报\n"
          "| 索引号 | 000000/2021-0001 | 主题分类 | 政府信息公开年报 |\n| 发布机构 | 故城县教育局 | 发文日期 | 2021-01-15 |\n"
          "| 名称 | {named} |\n故城县教育局\n2020年政府信息公开工作年度报告\n" + BODY)


def test_the_issuers_line_is_the_titles_first_when_the_table_names_them_as_one():
    assert _titles(ISSUER.format(named="故城县教育局2020年政府信息公开工作年度报告")) == [
        (7, "故城县教育局"), (8, "2020年政府信息公开工作年度报告")]


def test_the_issuers_line_stays_the_sites_when_the_table_names_the_title_alone():
    assert _titles(ISSUER.format(named="2020年政府信息公开工作年度报告")) == [(8, "2020年政府信息公开工作年度报告")]


# --- a title wrapped right before its bare 文种 -------------------------------------------------

def test_a_title_wrapped_before_its_bare_genre_is_one_title_over_two_lines():
    page = (PORTAL + "• 索引号：11331023MB1674541L/2022-00001\n• 发布机构：天台县农业农村局\n"
            "天台县农业农村局2021年政府信息公开工作年度\n报告\n发布时间:2022-01-17\n" + OPEN_TEXT + BODY)
    assert _titles(page) == [(6, "天台县农业农村局2021年政府信息公开工作年度"), (7, "报告")]


def test_a_whole_title_over_a_genre_word_is_not_joined_to_it():
    page = "某县司法局2021年工作总结\n总结\n" + OPEN_TEXT + BODY
    assert (2, "总结") not in _titles(page)


# --- a forum archive's pager and bare numerals as markers ------------------------------------

FORUM = ("陆丰房产网论坛\n房产论坛 › 陆丰资讯 › 查看完整版本: 2022年十件民生实事完成情况\n页: [1]\n"
         "2022年十件民生实事完成情况\n编者按:2022年1月13日,在市第八届人民代表大会第一次会议上,经过票决,确定了十件民生实事。\n"
         "{one}开展公办义务教育学位供给保障行动 完成附属学校升级改造工程\n全年项目资金支出4.98亿元,完成年初计划的119.64%。\n"
         "{two}开展缓解“停车难”行动 市城区停车场\n全年项目资金支出4.56亿元,完成年初计划的162.06%。\n")


def test_a_forum_archives_pager_is_no_title():
    assert _titles(FORUM.format(one="一", two="二")) == [(4, "2022年十件民生实事完成情况")]


def test_bare_numerals_in_turn_are_the_headings_markers():
    got = [(h[0], h[2], h[3][:6]) for h in _headings(FORUM.format(one="一", two="二")) if h[1] == 1]
    assert got == [(6, "一", "开展公办义务"), (8, "二", "开展缓解“停")]


@pytest.mark.parametrize("one,two", [("一", "三"), ("一年来", "二")])
def test_numerals_out_of_turn_or_words_stay_in_the_text(one, two):
    got = [h for h in _headings(FORUM.format(one=one, two=two)) if h[1] == 1]
    assert all(h[2] == "" for h in got), got


# --- a site's note of omitted text ----------------------------------------------------------

@pytest.mark.parametrize("note", ["……(开头部分已省略1935字)", "(此处已省略剩余内容,下载后查看全文)"])
def test_a_sites_omission_note_is_no_title(note):
    page = "百格文库\n首页 > 工作总结 > 半年总结\n乡镇2024年上半年安全生产工作总结\n" + note + "\n" + BODY
    assert _titles(page) == [(3, "乡镇2024年上半年安全生产工作总结")]


def test_a_sentence_naming_an_omission_stays_text():
    page = "乡镇2024年上半年安全生产工作总结\n" + BODY + "(因篇幅所限，部分数据省略，详见附表。)\n"
    assert _kinds(page)[6] != "chrome"


# --- two phrases of one heading split by a space --------------------------------------------

@pytest.mark.parametrize("line,want", [
    ("一、高度重视 迅速行动。接到专项督查反馈问题后,县政府立即召开专题会议研究部署整改工作,明确责任分工。", "高度重视 迅速行动"),
    ("一、高度重视、全面部署 接到通知后,县政府立即召开专题会议研究部署整改工作,明确了责任分工和完成时限。", "高度重视、全面部署"),
    ("1、乳业发展呈现出好的态势 二是奶源基地建设成效显著。全县奶牛存栏增加,鲜奶产量同比增长较快。", "乳业发展呈现出好的态势"),
])
def test_a_space_ends_the_heading_unless_a_short_phrase_ends_the_sentence(line, want):
    page = "某县自然资源局耕地保护督察整改情况报告\n" + line + "\n"
    assert [h[3] for h in _headings(page) if h[1] > 0] == [want]


# --- the title shown again over its salutation -----------------------------------------------

def test_the_title_shown_again_over_its_salutation_after_a_news_lead():
    title = "南宁市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函"
    page = ("首页 资讯 政策 文档 专题\n当前位置:首页 > 文档 > 政府公文 > 正文\n" + title + "\n"
            ",日前,南宁市人民政府发布" + title + ",详情如下。以下为全文内容,供各位读者参考阅读。\n"
            + title + "\n自治区审计厅:\n《广西壮族自治区审计厅专项审计调查报告》收悉,现将整改情况函告如下。\n" + BODY)
    assert _titles(page) == [(5, title)]


# --- a member site's lock, its preview label, a doc site's link and file fields --------------

def test_a_member_sites_preview_label_and_lock_are_chrome():
    page = ("文秘热线\n当前位置:首页 > 范文中心 > 汇报材料 > 正文\n内容预览:\n危房自查与督查情况差距较大改建工作亟待加强\n"
            "——某县政府督查室关于全县危旧校舍改造自查与督查差距大的问题汇报\n"
            "为彻底查清我县危旧校舍现状,按照县领导要求,督查室对各乡镇进行了实地督查。\n一、实地督查情况\n"
            "经过对七个乡镇的督查,新发现危房若干间。\n本文共1563字,仅供站内会员学习参考(会员可免费打开排版规范的全文)\n"
            "初到新人请【点此注册】加入会员\n刚已注册请【刷新页面】打开全文\n会员老友请【登录网站】查阅文章\n")
    assert _titles(page) == [(4, "危房自查与督查情况差距较大改建工作亟待加强")]
    kinds = _kinds(page)
    assert all(kinds[n] == "chrome" for n in (3, 9, 10, 11, 12))


def test_the_first_chunks_title_after_the_sites_more_link():
    page = ("淘文阁 - 分享文档赚钱的网站\n当前位置：首页 > 应用文书 > 工作计划\nXX镇2022年森林防灭火工作方案.docx\n"
            "XX镇2022年森林防灭火工作方案.docx_第1页\n第1页 / 共4页\n点击查看更多>>\n资源描述\n"
            "《XX镇2022年森林防灭火工作方案.docx》由会员分享,可在线阅读,更多相关内容请在应用文书专区搜索。\n"
            "1、XX镇2022年森林防灭火工作方案\n一、工作目标\n坚持预防为主、积极消灭的方针,保护人民群众生命财产安全。\n")
    assert _titles(page) == [(9, "XX镇2022年森林防灭火工作方案")]


def test_a_notice_list_that_lost_its_first_item_is_the_sites():
    page = ("淘文阁\n当前位置：首页 > 应用文书 > 工作报告\nXX县教育局2021年度法治政府建设工作报告.docx\n"
            "资源ID:55845048\n全文页数:7页\n下载积分:10金币\n快捷下载\n会员登录下载\n友情提示\n"
            "2、PDF文件下载后,可能会被浏览器默认打开,此种情况可以点击浏览器菜单,保存网页到桌面。\n"
            "3、本站不支持迅雷下载,请使用电脑自带的IE浏览器,或者360浏览器下载。\n"
            "4、本站资源下载后的文档和图纸-无水印,预览文档经过压缩,下载后原文更清晰。\n"
            "XX县教育局2021年度法治政府建设工作报告\n"
            "2021年度,我局在县委、县政府的正确领导下,在县司法局大力支持下,法治政府建设取得新成效。\n" + BODY)
    assert _titles(page) == [(13, "XX县教育局2021年度法治政府建设工作报告")]
    assert not [h for h in _headings(page) if h[0] in (10, 11, 12)]


# --- an un-numbered heading ends at the next heading of a higher level -----------------------

def test_a_flat_table_cell_before_the_next_section_is_no_heading():
    page = ("某区2021年政府信息公开工作年度报告\n一、主动公开政府信息情况\n本年度主动公开各类政府信息一千二百条，群众满意度较高。\n"
            "本年收费金额(单位:万元)\n行政事业性收费\n0\n二、收到和处理政府信息公开申请情况\n"
            "本年度共收到政府信息公开申请二十件，均已按期答复，答复率百分之百。\n")
    assert [h[0] for h in _headings(page) if h[1] > 0] == [2, 7]


def test_an_un_numbered_heading_over_its_own_text_stays():
    page = ("某区2021年政府信息公开工作年度报告\n一、主动公开政府信息情况\n本年度主动公开各类政府信息一千二百条，群众满意度较高。\n"
            "重点领域信息公开\n围绕重点领域，及时公开财政预决算、重大建设项目等信息，公开质量进一步提升。\n"
            "二、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请二十件，均已按期答复。\n")
    assert (4, 2, "", "重点领域信息公开") in _headings(page)
