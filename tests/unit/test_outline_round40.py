"""Outline round 40 (issue 17, session 18): shapes found by the blind sets 162–167, written here as small pages in
the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
PORTAL = "霞浦县人民政府\n首页 > 政务公开 > 部门信息公开\n"


# --- a 发文字号 with its signer after 签发 -------------------------------------------------------------------

def test_a_doc_number_with_its_signer_is_no_title_line():
    page = PORTAL + "霞司〔2016〕10号 签发:林秋\n霞浦县司法局2015年度政府信息公开工作报告\n" + TEXT + BODY
    assert _titles(page) == [(4, "霞浦县司法局2015年度政府信息公开工作报告")]
    assert _kinds(page)[3] == "doc-number"


def test_a_title_naming_its_signing_stays_a_title():
    page = PORTAL + "关于2023年度合同签发管理情况的报告\n" + TEXT + BODY
    assert _titles(page) == [(3, "关于2023年度合同签发管理情况的报告")]


# --- a section's name under the title's date --------------------------------------------------------------

def test_a_section_name_under_a_date_line_is_a_heading():
    page = ("2017年樟树市司法局政府信息公开年报\n2018年2月28日\n引言\n"
            "本年报是根据《中华人民共和国政府信息公开条例》要求编制的。\n一、概述\n全年主动公开信息三百条。\n")
    assert _headings(page)[1] == (3, 1, "", "引言")


def test_an_occasion_under_a_date_line_is_no_heading():
    page = ("政府工作报告\n2021年12月15日\n在安岳县第十七届人民代表大会第一次会议上\n刘建华\n各位代表：\n"
            + TEXT + BODY)
    assert all(h[1] == 0 or h[0] > 5 for h in _headings(page))


# --- a portal's bullet fields, 审核程序 among them ------------------------------------------------------------

def test_the_title_under_bullet_fields_with_an_audit_field_is_found():
    page = ("金华市金东区人民政府\n首页 政务公开 政务服务 政民互动\n首页\n>> 政务公开 >> 法治政府工作报告\n"
            "  • 信息索引号:\n    11330703736873621E/2024-139175\n  • 审核程序:\n    单位审核公开\n  • 发布机构:\n    澧浦镇\n"
            "  • 发文字号:\n  • 发布日期:\n    2024-01-31\n  • 公开方式:\n    主动公开\n"
            "澧浦镇2023年度法治政府建设工作报告\n" + TEXT + BODY)
    assert _titles(page) == [(16, "澧浦镇2023年度法治政府建设工作报告")]


# --- a blog's post navigation and comment box -----------------------------------------------------------

def test_a_blogs_navigation_and_comment_box_are_footer():
    page = ("县生态环境分局2023年工作总结\n" + TEXT + BODY + "标签：生态环境 工作总结 工作计划\n文章导航\n"
            "← 上一篇　县生态环境分局2023年上半年工作总结\n下一篇　市生态环境局2023年工作要点 →\n发表评论\n"
            "您的电子邮箱地址不会被公开。\n© 2024 公文写作参考网　由 WordPress 强力驱动\n")
    assert [h[0] for h in _headings(page)] == [1, 3, 5]


# --- the first chunk's counter on the title's last showing, right over the text ----------------------------

JINCHU = ("金锄头文库\n首页 | 行业资料 | 办公文档\n当前位置：首页 > 办公文档 > 总结\n2022年城管局环卫作业工作总结\n"
          "上传人:夏** 文档编号:547794548 上传时间:2022-08-07\n返回 下载 相关 举报\n资源描述\n"
          "《2022年城管局环卫作业工作总结》由会员分享,可在线阅读,更多相关《2022年城管局环卫作业工作总结》请在金锄头文库上搜索。\n")


def test_the_counted_showing_over_the_text_is_the_title():
    page = JINCHU + "1、2022年城管局环卫作业工作总结\n_年,县环卫工作紧紧围绕提升城区市容环境卫生质量,继续深化城乡环卫一体化改革。\n" + BODY
    assert _titles(page) == [(9, "2022年城管局环卫作业工作总结")]


def test_the_counted_showing_over_the_documents_own_title_is_the_sites():
    page = (JINCHU + "1、2022年城管局环卫作业工作总结\n县城管局2022年环卫作业工作总结\n"
            "_年,县环卫工作紧紧围绕提升城区市容环境卫生质量,继续深化城乡环卫一体化改革。\n" + BODY)
    assert (9, "1、2022年城管局环卫作业工作总结") not in _titles(page)
    assert _kinds(page)[9] == "chrome"


# --- a site's tag in brackets with a dash -------------------------------------------------------------------

def test_a_bracketed_tag_with_a_dash_under_the_title_is_the_sites():
    page = ("腾讯文库\n工作总结 > 部门工作总结\n2020年县民政局2020年工作总结\n免费预览已结束,剩余内容请下载\n"
            "2020年县民政局2020年工作总结\n【- 县民政局工作总结】\n" + TEXT + BODY)
    assert _titles(page) == [(5, "2020年县民政局2020年工作总结")]


# --- a year before the colon ends no heading -------------------------------------------------------------

def test_a_year_and_its_colon_open_a_whole_heading():
    page = "某县科技局2022年工作总结\n" + TEXT + "一、2022年:迎难而上、喜结硕果\n(一)党建工作呈现了新气象。全年召开党组会十次。\n"
    assert _headings(page)[1] == (3, 1, "一、", "2022年:迎难而上、喜结硕果")


def test_a_topic_and_its_colon_still_end_a_run_in_heading():
    page = "某县科技局2022年工作总结\n" + TEXT + "一、科技创新:全年新增高新技术企业十二家,研发投入增长百分之二十。\n"
    assert _headings(page)[1] == (3, 1, "一、", "科技创新")


# --- a collection's headline with 范文 over its first piece -----------------------------------------------

def test_the_first_piece_under_a_sample_collection_is_the_title():
    page = ("51学霸网\n≡ 菜单　　首页 > 范文 > 总结 > 工作总结\n乡镇禁种铲毒专项工作总结范文(通用7篇)\n"
            "发布时间：2022-09-05　栏目：工作总结\n"
            "工作总结(Job Summary/Work Summary),以年终总结、半年总结和季度总结最为常见和多用。就其内容而言,工作总结就是把一个"
            "时间段的工作进行一次全面系统的总检查。以下是为大家整理的乡镇禁种铲毒专项工作总结范文(通用7篇),欢迎品鉴!\n"
            "第一篇: 乡镇禁种铲毒专项工作总结\n我乡的禁种铲毒工作在乡党委、乡政府的领导下，取得了明显成效。\n" + BODY)
    assert _titles(page) == [(6, "第一篇: 乡镇禁种铲毒专项工作总结")]


# --- a portal's reading aids over the title ------------------------------------------------------------------

def test_reading_aid_labels_over_the_title_are_the_sites():
    page = ("宁波市发展和改革委员会\n首页 | 机构概况 | 新闻动态 | 政务公开\n当前位置：首页 > 政务公开 > 规划计划\n"
            "文字:\n保护视力色:\n市发展改革委2020年工作总结\n• 阅读:\n• 时间:2021-09-22 16:01\n" + TEXT + BODY)
    assert _titles(page) == [(6, "市发展改革委2020年工作总结")]


# --- a congress's label over the report: 会议材料(18) ----------------------------------------------------

def test_a_congress_material_label_is_no_title_line():
    page = ("营仔镇第十八届人大第八次会议材料(18)\n政府工作报告\n——2025年4月22日在营仔镇第十八届人民代表大会第八次会议上\n"
            "镇党委副书记、镇长 杨侃\n各位代表:\n" + TEXT + BODY)
    assert _titles(page) == [(2, "政府工作报告")]


# --- a dateline whose 年 the copy lost: 20251月12日在… -------------------------------------------------------

def test_a_dateline_without_its_year_mark_keeps_the_issuer_a_byline():
    page = ("正蓝旗2024年国民经济和社会发展计划执行情况的报告\n20251月12日在正蓝旗第十六届人民代表大会第次会议上\n"
            "正蓝旗发展和改革委员会\n各位代表:\n" + TEXT + BODY)
    assert [h for h in _headings(page) if h[0] <= 4] == [(1, 0, "", "正蓝旗2024年国民经济和社会发展计划执行情况的报告")]
    assert _kinds(page)[2] == "subtitle"


# --- a slogan title's dash subtitle is no title line ----------------------------------------------------------

def test_the_dash_line_under_a_slogan_title_is_its_subtitle():
    page = ("奋发有为 挺膺担当\n全力推动东明高质量发展迈上新台阶\n——东明路街道办事处工作报告\n第一部分 2024年工作回顾\n"
            "过去一年,我们坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert _titles(page) == [(1, "奋发有为 挺膺担当"), (2, "全力推动东明高质量发展迈上新台阶")]


# --- a report site's 相关报告 list ----------------------------------------------------------------------

def test_a_related_reports_list_is_footer():
    page = ("洛阳市政府工作报告(2025年)\n" + TEXT + BODY + "上一篇：(河南省)孟津区人民政府工作报告(2025年)\n"
            "下一篇：(河南省)新安县人民政府工作报告(2025年)\n相关报告\n1、(河南省)洛宁县人民政府工作报告(2025年)\n"
            "2、(河南省)伊川县人民政府工作报告(2025年)\n本站内容来源于各地政府网站公开信息。\n")
    assert [h[0] for h in _headings(page)] == [1, 3, 5]


# --- a lone colon heading whose two phrases hold quotes ------------------------------------------------------

def test_a_lone_colon_heading_with_quoted_phrases_is_whole():
    page = ("某县2023年社会治理工作总结\n" + TEXT + "一、回望攻坚路:以“钉钉子精神”啃下硬骨头,在守正创新中厚植治理底色\n"
            "今年3月,县委、县政府部署开展社会治理重点工作攻坚行动。\n")
    assert _headings(page)[1] == (3, 1, "一、", "回望攻坚路:以“钉钉子精神”啃下硬骨头,在守正创新中厚植治理底色")


def test_a_colon_heading_with_a_quoted_clause_of_body_is_still_cut():
    page = ("某县2023年社会治理工作总结\n" + TEXT
            + "一、攻坚行动:全年开展“钉钉子”专项行动十二次,化解矛盾纠纷三百件,群众满意度明显提升\n" + TEXT)
    assert _headings(page)[1] == (3, 1, "一、", "攻坚行动")
