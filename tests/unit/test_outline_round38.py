"""Outline round 38 (issue 17, session 18): shapes found by the blind sets 150–155, written here as small pages in
the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
DOC_SITE = "范文大全网\n首页 > 范文大全 > 公文范文\n"


# --- a template's XX is no site code ----------------------------------------------------------------------

def test_a_templates_xx_before_repeated_words_is_kept():
    title = "政协主席在中国人民政治协商会议XX县委员会常务委员会工作报告"
    page = (DOC_SITE + title + "\n时间：2022-01-12 16:20:35　　来源：网友投稿\n"
            f"下面是小编为大家整理的{title}，供大家参考。\n" + title + "\n各位委员、同志们:\n" + TEXT + BODY
            + f"上一篇：{title}\n")
    assert _titles(page) == [(6, title)]


def test_a_site_code_before_its_slogan_is_still_cut():
    tail = "N6h县情资料网---有深度、有态度、接地气的县域县情站点"
    page = (f"某某镇2023年政府工作报告{tail}\n各位代表:{tail}\n" + TEXT + f"一、2023年工作回顾{tail}\n" + TEXT
            + f"二、2024年工作安排{tail}\n" + TEXT)
    assert _headings(page) == [(1, 0, "", "某某镇2023年政府工作报告"), (4, 1, "一、", "2023年工作回顾"),
                               (6, 1, "二、", "2024年工作安排")]


# --- a lone | after the page's fields is no menu ----------------------------------------------------------

def test_a_pipe_left_after_the_fields_leaves_the_title_line_under_it():
    page = ("政协北京市某某区委员会\n首页 | 政协概况 | 政协要闻 | 提案工作\n您当前的位置：首页 > 政协会议\n"
            "中国人民政治协商会议北京市某某区第七届委员会常务委员会关于提案工作情况的报告\n"
            "发布时间：2025-12-31　　来源：区政协提案委　　【字号：大 中 小】\n|\n"
            "中国人民政治协商会议\n北京市某某区第七届委员会常务委员会\n关于提案工作情况的报告\n"
            "各位委员：\n" + TEXT + BODY)
    assert [t for _l, t in _titles(page)] == ["中国人民政治协商会议", "北京市某某区第七届委员会常务委员会", "关于提案工作情况的报告"]


def test_links_on_both_sides_of_a_lone_pipe_are_a_menu():
    page = "站群导航\n|\n加入收藏\n|\n设为首页\n某县司法局2023年工作总结\n" + TEXT + BODY
    kinds = _kinds(page)
    assert kinds[1] == kinds[3] == kinds[5] == "chrome"
    assert _titles(page) == [(6, "某县司法局2023年工作总结")]


# --- a traditional copy's menu is read as folded ---------------------------------------------------------

def test_a_traditional_sites_name_over_its_menu_is_chrome():
    page = ("天天看點\n首頁 | 國內 | 國際 | 社會 | 財經 | 地方 | 教育\n某縣司法局2023年工作總結\n"
            "2023年,縣司法局堅持以習近平法治思想為指導,全面推進各項工作,取得了新的成效。\n"
            "一、主要工作\n全年辦理法律援助案件三百件,開展普法活動五十場。\n")
    kinds = _kinds(page)
    assert kinds[1] == kinds[2] == "chrome"
    assert _titles(page) == [(3, "某縣司法局2023年工作總結")]


# --- a 民主生活会's 对照检查材料 is a title -----------------------------------------------------------------

def test_a_comparison_and_check_material_is_a_title():
    page = ("公文库 gongwk.com\n首页 | 党建材料 | 工作总结 | 讲话致辞\n当前位置：首页 > 党建材料 > 民主生活会 > 正文\n"
            "乡镇领导班子2025年度民主生活会对照检查材料(含典型案例剖析)\n浏览量:34\n发布时间:2026-01-30\n"
            "根据上级党委关于召开2025年度民主生活会的统一部署，班子紧扣会议主题，扎实开展会前准备工作。\n"
            "一、存在的主要问题\n对照重点查摆的五个方面，班子深刻检视，发现仍存在一些问题。\n")
    assert _titles(page) == [(4, "乡镇领导班子2025年度民主生活会对照检查材料(含典型案例剖析)")]
    assert _headings(page)[1] == (8, 1, "一、", "存在的主要问题")


def test_a_heading_about_materials_stays_a_heading():
    page = "某县司法局2023年工作总结\n" + TEXT + "一、规范档案材料\n全年整理卷宗三百卷，归档及时完整。\n"
    assert _headings(page)[1] == (3, 1, "一、", "规范档案材料")


# --- 4.个别约谈。 is a heading; 4.个 is still a count -------------------------------------------------------

def test_a_numbered_item_opening_with_geibie_is_a_heading():
    page = ("某县纪委监委专项整治工作汇报\n" + TEXT + "一、工作开展情况\n1.数据分析。对近三年公务接待费用支出进行分析。\n"
            "2.个别约谈。与单位负责人和财务人员进行个别约谈,了解相关情况。\n")
    assert _headings(page)[-1] == (5, 3, "2.", "个别约谈")


def test_a_figure_broken_before_its_measure_word_is_no_heading():
    page = "某县司法局2023年工作总结\n" + TEXT + "一、主要工作\n全年共调解矛盾纠纷1\n2.个，其中重大纠纷五件，全部调解成功。\n"
    assert [h[0] for h in _headings(page)] == [1, 3]


# --- a listing's date in brackets after the title ---------------------------------------------------------

def test_a_bracketed_listing_date_after_the_title_is_dropped():
    page = ("上海普陀\n首页　要闻　政务公开　办事服务\n首页 > 要闻\n"
            "中共上海市普陀区委员会关于十二届市委第二轮巡视集中整改进展情况的通报 (2024-07-26)\n来源: 上海普陀\n"
            + TEXT + BODY)
    assert _titles(page) == [(4, "中共上海市普陀区委员会关于十二届市委第二轮巡视集中整改进展情况的通报")]


def test_a_year_in_brackets_after_a_plan_stays():
    page = "某县人民政府\n首页 > 政务公开\n某县法治宣传教育第八个五年规划 (2021-2025年)\n" + TEXT + BODY
    assert _titles(page) == [(3, "某县法治宣传教育第八个五年规划 (2021-2025年)")]


# --- 贯彻落实 is one word: no body opens at its 落实 -----------------------------------------------------

LONG = ("(二)认真贯彻落实国家、省、市关于环境污染防治攻坚的各项决策部署,全面推进落实蓝天保卫战三年行动计划各项重点任务,"
        "加大对影响环境行为的监管与执法力度。\n")


def test_a_long_item_with_guanche_luoshi_is_whole():
    page = "某镇关于大气污染防治专项审计问题整改情况的报告\n" + TEXT + "一、下步计划\n(一)加大宣传力度。\n" + LONG
    assert _headings(page)[-1] == (5, 2, "(二)", LONG[3:LONG.index("。")])


def test_a_body_opening_with_luoshi_after_the_heading_phrase_is_still_cut():
    line = ("(二)规范执法行为落实行政执法三项制度,全面推行执法公示、执法全过程记录和重大执法决定法制审核,"
            "全年开展执法案卷评查两次,评查案卷一百二十卷,发现问题十二个并全部整改到位。\n")
    page = "某县司法局2023年工作总结\n" + TEXT + "一、主要工作\n(一)加强队伍建设。\n" + line
    assert _headings(page)[-1] == (5, 2, "(二)", "规范执法行为")


# --- the site's name printed again over a title that names its place ------------------------------------

PORTAL = "深圳市罗湖区人民政府\n无障碍　长者助手　简体|繁体\n首页　政务公开　政务服务　互动交流\n当前位置：首页 > 政务公开 > 审计报告\n"


def test_the_sites_name_over_a_title_naming_its_place_is_chrome():
    page = (PORTAL + "深圳市罗湖区人民政府\n罗湖区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
            "来源:罗湖区审计局 发布时间:2025-06-18\n区人大常委会:\n" + TEXT + BODY)
    assert _titles(page) == [(6, "罗湖区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告")]
    assert _kinds(page)[5] == "chrome"


def test_the_issuer_over_guanyu_stays_the_titles_first_line():
    page = (PORTAL + "深圳市罗湖区人民政府\n关于2023年度法治政府建设情况的报告\n来源:罗湖区司法局 发布时间:2024-03-18\n"
            + TEXT + BODY)
    assert _titles(page) == [(5, "深圳市罗湖区人民政府"), (6, "关于2023年度法治政府建设情况的报告")]


# --- a line of dots closes the contents: the title after it is the text's ----------------------------------

def test_the_title_after_the_contents_dots_is_the_title():
    toc = "".join(f"{n}、{t}\n(一){t}的情况\n" for n, t in (("一", "主要指标和完成情况"), ("二", "特色亮点做法"),
                                                           ("三", "存在的主要问题")))
    page = ("新文秘网\n首页 | 工作总结 | 工作计划\n县2023年招商引资工作总结\n发表时间:2023/12/8 9:26:41\n"
            "目录/提纲:……\n" + toc + "……\n县2023年招商引资工作总结\n一、主要指标和完成情况\n"
            "全年签约项目三十个，到位资金五十亿元。\n")
    assert _titles(page) == [(13, "县2023年招商引资工作总结")]
    assert _headings(page)[1] == (14, 1, "一、", "主要指标和完成情况")


def test_contents_printed_again_without_dots_are_still_contents():
    entries = "一、部门主要职责\n二、部门机构设置\n三、部门决算收支情况\n"
    page = ("某县司法局2023年部门决算\n目录\n" + entries + "2023年度收入决算表\n" + entries
            + "本部门的主要职责是负责全县司法行政工作。\n")
    assert _headings(page)[0] == (1, 0, "", "某县司法局2023年部门决算")
    assert [h[0] for h in _headings(page)[1:]] == [7, 8, 9]


# --- a sample site's piece label over the piece's own title --------------------------------------------------

KOOMAO = ("酷猫写作\n首页 范文大全 工作总结 工作计划\n酷猫写作 > 范文大全 > 工作总结 > 信访工作总结\n"
          "2022年度信访维稳工作总结范文(通用6篇)\n时间:2022-12-19 10:41:26 热度:297\n")


def test_a_piece_label_over_its_own_title_is_the_sites():
    page = KOOMAO + "第1篇 2022年度信访维稳工作总结范文\n2022年年度信访维稳工作总结一\n" + TEXT + BODY
    assert _titles(page) == [(7, "2022年年度信访维稳工作总结一")]
    assert _kinds(page)[6] == "chrome"


def test_a_piece_label_over_the_text_is_the_title():
    page = KOOMAO + "第1篇 2022年度信访维稳工作总结范文\n" + TEXT + BODY
    assert _titles(page) == [(6, "第1篇 2022年度信访维稳工作总结范文")]


# --- the site's name before its slogan, printed again under the title ---------------------------------------

def test_the_sites_name_under_the_title_is_chrome():
    page = ("笔杆子素材库 - 机关公文写作素材分享\n首页　工作总结　工作计划　讲话致辞\n首页 » 工作总结 » 部门总结\n"
            "区文化旅游广电体育局工作总结及工作思路\n笔杆子素材库\n2025-04-20\n" + TEXT + BODY)
    assert _titles(page) == [(4, "区文化旅游广电体育局工作总结及工作思路")]


def test_a_second_title_line_that_starts_like_the_site_stays():
    page = ("笔杆子 - 机关公文写作素材分享\n首页　工作总结　工作计划\n区文化旅游广电体育局\n笔杆子工程实施情况的报告\n"
            + TEXT + BODY)
    assert [t for _l, t in _titles(page)] == ["区文化旅游广电体育局", "笔杆子工程实施情况的报告"]


# --- a title wrapped mid-word, no headline above to show it whole (found by the chrome swap) ----------------

INDEX = ("温州市鹿城区人民政府\n首页 > 政府信息公开 > 乡镇街道 > 山福镇 > 部门文件\n"
         "索引号 | 001008003001086/2020-42401 | 发布机构 | 山福镇 |\n生成日期 | 2020-10-22 | 公开方式 | 主动公开 |\n")


def test_a_title_wrapped_mid_word_is_one_title():
    page = INDEX + "镇党委领导班子2025年度民主生活会对照检\n查材料(含案例)\n" + TEXT + BODY
    assert _titles(page) == [(5, "镇党委领导班子2025年度民主生活会对照检"), (6, "查材料(含案例)")]


def test_a_speakers_name_under_an_unfinished_title_is_no_title_line():
    page = INDEX + "在全镇安全生产工作会议上的\n讲话\n镇长 张三\n" + TEXT + BODY
    assert _titles(page) == [(5, "在全镇安全生产工作会议上的"), (6, "讲话")]
