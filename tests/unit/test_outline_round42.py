"""Outline round 42 (issue 17, session 19): shapes found by the blind sets 176–183, written here as small pages in
the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
PORTAL = "某某县人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n当前位置：首页 > 政务公开 > 财政预决算\n"
DOCSITE = "汇文网\n当前位置：首页 > 办公文档 > 工作总结\n"


# --- a table's cells that kept their borders ------------------------------------------------------------------

def test_a_column_of_bordered_cells_is_no_heading():
    page = ("关于某县2023年预算执行情况的报告\n" + TEXT + "一、本级收入 |\n260586 |\n一、本级支出 |\n763133 |\n"
            "二、转移性收入 |\n146914 |\n三、债务转贷收入 |\n95810 |\n" + BODY)
    assert [h[2] for h in _headings(page)] == ["", "一、", "二、"]


def test_a_title_with_a_border_over_the_pages_fields_stays_the_title():
    page = (PORTAL + "东柳街道2023年工作总结和2024年工作思路 |\n发布日期: 2024-03-21 11:04 信息来源: 东柳街道 |\n"
            "字体:[ 大 中 小 ]  打印  关闭\n" + TEXT + BODY)
    assert _titles(page) == [(4, "东柳街道2023年工作总结和2024年工作思路")]


# --- contents lists ---------------------------------------------------------------------------------------

def test_contents_with_a_parts_colon_and_lost_numerals_are_no_headings():
    page = (PORTAL + "板城镇人民政府2025年部门预算编制说明\n第一部分:部门概况\n一、主要职责\n二、机构设置情况\n"
            "第二部分:2025年部门预算情况说明\n一、2025年收支总体情况\n、政府采购预算安排情况\n、国有资产占用情况说明\n"
            "第三部分:名词解释\n第一部分:部门概况\n一、主要职责\n板城镇人民政府主要负责全镇经济社会事务的统筹协调。\n")
    heads = _headings(page)
    assert heads[0] == (4, 0, "", "板城镇人民政府2025年部门预算编制说明")
    assert [h[0] for h in heads[1:]] == [13, 14]


def test_a_headed_contents_ends_where_its_parts_count_from_the_first_again():
    page = (PORTAL + "2023年某州机关事务管理局部门决算公开说明\n目录\n第一部分:部门概况\n一、部门职责\n第二部分:部门决算表\n"
            "一、收入支出决算总表\n第三部分:名词解释\n第一部分某州机关事务管理局概况\n一、部门职责\n"
            "（1）贯彻执行国家有关机关事务工作的法规政策。\n")
    assert [(h[0], h[2]) for h in _headings(page)[1:]] == [(11, "第一部分"), (12, "一、"), (13, "（1）")]


# --- a share row broken over lines ---------------------------------------------------------------------------

def test_a_share_row_broken_over_lines_is_chrome():
    page = ("钦北区人民政府门户网站\n首页  政府信息公开  政务服务  政民互动\n当前位置:首页 > 政府信息公开 > 财政预决算 > 部门预算\n"
            "板城镇人民政府2025年部门预算及“三公”经费预算编制说明\n2025-04-28 17:04     来源:钦北区财政局\n"
            "收藏 我要收藏 公共资源调用站点 文章分享\n分享 微信\n头条\n微博 空间 qq\n【字体: 打印\n"
            "板城镇人民政府2025年部门\n预算及三公经费预算编制说明\n第一部分:部门概况\n一、主要职责\n"
            "负责全镇经济社会事务的统筹协调，组织实施各项惠民政策。\n")
    assert _titles(page) == [(11, "板城镇人民政府2025年部门"), (12, "预算及三公经费预算编制说明")]
    assert _kinds(page)[8] == _kinds(page)[9] == "chrome"


# --- a heading's marker alone on its line -----------------------------------------------------------------

def test_a_marker_alone_takes_the_words_on_the_next_line():
    page = ("某县人民检察院2023年第四季度检察业务数据\n" + TEXT + "一、\n总体情况\n全年共受理各类案件292件。\n"
            "二、\n刑事检察工作\n全年审查起诉案件99件。\n")
    assert _headings(page)[1:] == [(3, 1, "一、", "总体情况"), (6, 1, "二、", "刑事检察工作")]


def test_a_marker_alone_over_a_sentence_keeps_no_words():
    page = ("某县人民检察院2023年工作总结\n" + TEXT + "一、\n全年共受理各类案件292件，同比上升百分之五。\n")
    assert (3, 1, "一、", "") in _headings(page)


# --- a title's name over its period ---------------------------------------------------------------------

def test_a_name_over_its_period_after_the_headline_is_the_title():
    page = ("盱眙县人民检察院\n江苏检察网·盱眙检察\n首页　本院概况　检察动态　检务公开　案件信息公开　检察服务\n"
            "当前位置：首页 > 检务公开 > 办案数据\n听新闻\n放大镜\n盱眙县人民检察院2023年第四季度检察业务数据\n"
            "2024-07-11 09:30:00  来源:盱眙县人民检察院\n检察机关业务工作基本情况\n(2023年 4季度)\n一、总体情况\n"
            "全年共受理刑事、民事、行政、公益诉讼等各类案件292件。\n")
    titles = _titles(page)
    assert (9, "检察机关业务工作基本情况") in titles and (7, "盱眙县人民检察院2023年第四季度检察业务数据") not in titles


def test_a_section_name_after_the_headline_is_still_no_title():
    page = (PORTAL + "昌荣镇2025年政府信息公开工作年度报告\n发布日期:2025-01-20\n总体情况\n"
            "2024年，昌荣镇认真贯彻落实政府信息公开条例，全年主动公开信息三百条。\n一、主动公开政府信息情况\n全年公开规范性文件三件。\n")
    assert _titles(page) == [(4, "昌荣镇2025年政府信息公开工作年度报告")]


# --- the headline's words reordered -------------------------------------------------------------------------

def test_the_documents_own_title_with_the_headlines_words_reordered_is_the_title():
    page = ("江苏检察网 | 苏州市吴中区人民检察院\n首页　检察要闻　检务公开　案件信息　检察业务\n"
            "当前位置：首页 > 检务公开 > 办案数据\n听新闻\n放大镜\n2022年吴中区检察院二季度办案数据公开\n"
            "2022-08-17 16:06:00  来源:苏州吴中检察院\n  吴中区检察院2022年二季度办案数据公开\n  一、刑事检察工作\n"
            "  （一）审查逮捕工作\n  1.受案情况\n  2022年二季度，共受理各类审查逮捕案件21件24人。\n")
    assert _titles(page) == [(8, "吴中区检察院2022年二季度办案数据公开")]
    assert _kinds(page)[4] == _kinds(page)[5] == "chrome"


# --- a body's name over a year-led title ----------------------------------------------------------------------

def test_a_bodys_name_over_a_year_led_title_under_the_breadcrumb_is_its_first_line():
    page = ("如皋市人民政府\n网站首页 | 走进如皋 | 政务动态 | 信息公开\n您的位置：首页 > 部门网站 > 如皋市气象局 > 工作总结\n"
            "如皋市气象局\n2021年工作总结和2022年工作谋划\n来源: 如皋市气象局 发布时间:2022-10-18 15:05\n" + TEXT + BODY)
    assert _titles(page) == [(4, "如皋市气象局"), (5, "2021年工作总结和2022年工作谋划")]


def test_a_librarys_name_over_its_year_led_title_is_its_first_line():
    page = ("武乡县图书馆 · 数字图书馆\n首页 | 本馆概况 | 新闻动态\n当前位置：首页 > 新闻动态 > 本馆新闻\n"
            "2022年武乡县图书馆年度工作总结及2023年工作计划\n• 发布时间:2022-12-05 16:53:44\n• 阅读次数:194次\n"
            "武乡县图书馆\n2022年工作总结暨2023年工作计划\n" + TEXT + BODY)
    assert _titles(page) == [(7, "武乡县图书馆"), (8, "2022年工作总结暨2023年工作计划")]


def test_a_slogan_ending_in_a_word_for_a_pattern_is_no_byline():
    page = ("奈曼旗人民政府\n当前位置：首页 > 部门公开 > 旗红十字会\n奈曼旗红十字会2020全年工作报告\n发布日期:2021-03-29\n"
            "汇聚人道力量 弘扬博爱精神\n凝心聚力勇创奈曼红十字事业发展新格局\n一、2020年工作开展情况\n"
            "旗红十字会在上级红十字会关心指导下，全年募集善款一百万元。\n")
    assert _kinds(page)[6] == "title"


# --- parts and buttons ----------------------------------------------------------------------------------------

def test_a_part_named_by_its_period_and_qualifier_heads_the_text():
    page = ("武昌区人民法院2024年上半年工作情况的报告\n" + TEXT + "上半年重点工作\n一、增强大局意识\n全年审结各类案件一万件。\n")
    assert (3, 1, "", "上半年重点工作") in _headings(page)


def test_a_spaced_years_part_name_is_a_heading():
    page = ("县林业局 2019 年工作计划\n2018 年，全县林业工作紧紧围绕县委、县政府的部署，生态建设保持了良好的发展态势。\n"
            "2019 年工作计划\n我局认真贯彻落实中央加快推进生态文明建设的战略部署，确定了以下工作任务。\n"
            "（一）大力实施祁连山生态修复工程\n1.2018 年祁连山浅山区生态治理修复工程。建设任务五百亩。\n"
            "2.2018 年三北防护林工程。建设任务三百亩。\n")
    heads = _headings(page)
    assert (3, 1, "", "2019 年工作计划") in heads
    assert (6, 3, "1.", "2018 年祁连山浅山区生态治理修复工程") in heads


def test_a_decimal_figure_after_a_number_is_still_no_heading():
    page = ("县林业局2019年工作计划\n" + TEXT + "一、主要工作\n1.5万亩林地完成抚育。\n")
    assert all(h[0] != 4 for h in _headings(page))


# --- a document site's chunk counters and file names ------------------------------------------------------

def test_the_first_chunk_counter_on_the_title_shown_again_is_the_sites():
    page = (DOCSITE + "第4页 / 共4页\n资源描述\n1、县林业局 2019 年工作计划\n县林业局 2019 年工作计划\n"
            "2018 年，全县林业工作紧紧围绕县委、县政府部署，全面完成明年全县造林绿化各\n2、项工作任务。\n一、主要工作\n"
            "全年造林一万亩。\n")
    heads = _headings(page)
    assert heads[0] == (6, 0, "", "县林业局 2019 年工作计划")
    assert all(h[2] != "2、" for h in heads)


def test_the_first_chunk_counter_on_the_first_piece_of_a_collection_is_cut():
    page = ("淘文阁 - 分享文档赚钱的网站\n当前位置：首页 > 应用文书 > 工作总结\n2022年纳税服务工作总结三篇.docx\n"
            "1、2022纳税服务工作总结三篇篇一\n纳税服务是税务机关依据税收法律、行政法规的规定，在纳税人依法履行纳税义务过程中提供的服务。\n"
            "一、当前基层纳税服务存在的问题\n服务理念有待转变。\n")
    assert _titles(page) == [(4, "2022纳税服务工作总结三篇篇一")]


def test_the_counter_on_a_title_named_like_the_file_is_cut_after_a_mobile_sites_name():
    page = ("汇文网手机版\n收藏 分享(赏)\n民政局的工作报告.docx\n第1页 / 共9页\n资源描述\n1、民政局的工作报告\n"
            "2023年，我县民政工作在省市民政部门的精心指导下，认真贯彻落实各项民生政策。\n一、社会救助工作\n全年发放低保金一千万元。\n")
    assert _titles(page) == [(6, "民政局的工作报告")]
    assert _kinds(page)[1] == "chrome"


def test_a_bracketed_piece_number_matches_the_files_name():
    page = ("多多文档\n当前位置：首页 > 办公文档 > 年终总结\nXX 年某县残联年终工作总结(1).doc\n第1页 / 共5页\n资源描述\n"
            "1、XX 年某县残联年终工作总结(1)\nXX 年，我会组织宣传工作在县委、县政府的领导下，取得了新的成绩。\n"
            "一、组织建设工作\n全年新建基层残协十个。\n")
    assert _titles(page) == [(6, "XX 年某县残联年终工作总结(1)")]


def test_a_sites_watermark_with_its_slogan_is_no_title():
    page = ("秘书之家 - 公文写作资源网\n首页 > 讲话发言 > 汇报发言 > 交通运输\n在2025年全区交通运输工作推进会上的汇报发言\n"
            "发布时间：2025-06-11　作者：秘书之家编辑部　阅读：(868)\n【会员专享】本文为原创文档，下载后可编辑\n"
            "秘书之家—全网资源每日更新 www.mishuzj.com\n在 2025 年全区交通运输工作推进会上的汇报发言\n"
            "尊敬的各位领导,同志们:大家好!今天,我们在这里召开全区交通运输工作推进会,意义重大。\n一、工作回顾:交通先行,成效斐然\n"
            "全年完成交通投资十亿元。\n")
    assert _titles(page) == [(7, "在 2025 年全区交通运输工作推进会上的汇报发言")]


def test_a_title_opening_with_the_sites_name_without_a_dash_stays_a_title():
    page = ("秘书之家 - 公文写作资源网\n首页 > 工作总结\n秘书之家网站2023年运营工作总结\n" + TEXT + BODY)
    assert _titles(page) == [(3, "秘书之家网站2023年运营工作总结")]


# --- a 部门决算's cover fields, a PDF's wrapped text, a list on one line ----------------------------------------

def test_a_final_accounts_cover_fields_are_no_title_lines():
    page = (PORTAL + "柞水县审计局2020年部门决算\n保密审查情况:已审查\n部门主要负责人审签情况:已审签\n" + TEXT + BODY)
    assert _titles(page) == [(4, "柞水县审计局2020年部门决算")]


def test_a_pdfs_line_at_the_wrap_width_under_a_whole_title_is_the_texts():
    lines = ["干部教育培训是建设高素质干部队伍的先导性、基础性、战", "略性工程。为全面贯彻落实习近平总书记关于“培养造就一支高",
             "素质专业化干部队伍”的重要指示精神，以及全国、全省、全市", "《干部教育培训规划》部署要求，我县党委高度重视，周密部",
             "署，强化落实，以推动新时代干部教育培训工作高质量发展，为", "县现代化建设提供坚强组织保证和人才支撑。现将情况汇报如下。"]
    page = ("公文库\n您的位置：首页 > 调研报告 > 正文\n县委关于干部教育培训规划贯彻落实情况评估报告\n" + "\n".join(lines)
            + "\n一、主要做法与阶段成效\n全年培训干部一千人次。\n")
    assert _titles(page) == [(3, "县委关于干部教育培训规划贯彻落实情况评估报告")]


def test_level_2_items_run_together_on_one_line_are_a_list():
    page = ("2020年区政府重点工作目标安排\n一、推动区域发展规划实施\n"
            "（一）开展区“十四五”规划编制。（二）大力实施“全球服务商计划”。（三）推进重点区域开发建设。\n"
            "二、推动区域经济高质量发展\n全年区级一般公共预算收入同比增长百分之一。\n")
    assert [h[2] for h in _headings(page)] == ["", "一、", "二、"]


def test_a_level_2_heading_naming_the_next_item_once_is_still_a_heading():
    page = ("某县2023年工作总结\n" + TEXT + "一、主要工作\n（一）强化普法宣传。全年开展活动五十场，详见（二）。\n")
    assert (4, 2, "（一）", "强化普法宣传") in _headings(page)
