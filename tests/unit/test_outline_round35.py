"""Outline round 35 (issue 17, session 16): the shapes the blind sets 128–133 showed (towns' summary-plans,
departments' half-year summaries, western provinces' 法治政府 reports, schools and hospitals, police,
印发 notices), written here as small pages in the same forms, each with the near miss it must not change."""

from __future__ import annotations

import pytest

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

PORTAL = "某某区人民政府\n首页 | 政务公开 | 政务服务 | 政民互动\n当前位置:首页 > 政务公开 > 计划总结\n"


# --- the title over the article's header, the text's first section heading under it ----------

HEADER = "发布日期:2025-02-14 20:38 信息来源:高家镇 浏览次数:\n"
SECTION_TEXT = ("2024年是全面贯彻落实党的二十大精神的关键之年，也是实现两个先行的奋进之年，全镇各项工作取得新成效。\n"
                "一年来，我们所有工作始终紧紧围绕区委战略目标来谋划，始终紧贴人民群众对美好生活的向往来布局。\n")
FIELDS = ("索引号: 330803-063/2025-73158 公开方式: 主动公开\n文号: 公开日期: 2025-02-14\n发布单位: 高家镇 有效性:\n统一编号:\n"
          "  • 信息索引号:\n    330803-063/2025-73158\n  • 公开方式:\n    主动公开\n  • 文号:\n  • 公开日期:\n"
          "    2025-02-14\n  • 发布单位:\n    高家镇\n  • 有效性:\n  • 统一编号:\n")  # (the index table, then its bulleted copy)


def test_the_title_over_the_header_is_the_title_not_the_section_under_it():
    page = PORTAL + FIELDS + "2024年度高家镇政府工作报告\n" + HEADER + "2024年工作回顾\n" + SECTION_TEXT
    assert _titles(page) == [(19, "2024年度高家镇政府工作报告")]
    assert (21, 1, "", "2024年工作回顾") in _headings(page)


def test_a_title_with_no_genre_over_no_header_stays_the_title():
    page = PORTAL + FIELDS + "2024年工作回顾\n" + SECTION_TEXT
    assert _titles(page) == [(19, "2024年工作回顾")]


# --- the page's chunk counters 1、2、 and the text's items 1.…9. numbered on through the sections

CHUNKED = ("文档网\n首页 > 工作计划\n乡镇2023年工作要点\n亲,该文档总共5页,到这儿已超出免费预览范围,如果喜欢就下载吧!\n"
           "1、\n乡镇2023年工作要点\n2023年是开局之年，乡党委政府将在县委、县政府的领导下，全力推进各项工作。\n"
           "一、做强产业\n1.做大做强茶产业。依托龙头企业，建设好茶叶基地，创立茶叶品牌。\n"
           "2.深化农村改革，实现土地流转2023亩，推广规模经营。\n二、做美环境\n"
           "3{mark}建设美丽。完善和平新村建设，进一步繁荣场镇；争取项目资\n2、金建设邹岗、前锋幸福美丽新村。\n"
           "4.加大绿化投入。力争路段7.8公里全线绿化美化。\n")


def test_an_item_numbered_on_with_a_dot_is_no_chunk_counter():
    assert (12, 3, "3.", "建设美丽") in _headings(CHUNKED.format(mark="."))
    assert not [h for h in _headings(CHUNKED.format(mark=".")) if h[0] == 13]  # the page's 2、 inside a sentence


def test_a_counter_with_the_chunks_own_mark_after_a_heading_is_still_the_sites():
    assert not [h for h in _headings(CHUNKED.format(mark="、")) if h[0] == 12]


# --- 提纲: over the contents, the title shown again under them ----------------------------------

OUTLINE = ("公寻网\n首页 | 工作总结 | 工作报告\n当前位置：首页 > 工作报告 > 正文\n市政府2025年上半年工作情况报告\n{head}\n"
           "一、工作开展情况\n(一)实施实体经济“大升级”行动\n二、下半年工作安排\n(一)持续推动经济稳定增长\n"
           "市政府2025年上半年工作情况报告\n现在,我代表市人民政府,向大会报告2025年上半年工作情况,请予审议。\n"
           "一、工作开展情况\n今年以来,全市上下坚持稳中求进工作总基调,经济运行持续向好。\n"
           "(一)实施实体经济“大升级”行动\n全市规上工业增加值增长8%。\n二、下半年工作安排\n"
           "(一)持续推动经济稳定增长\n紧盯全年目标,狠抓项目建设。\n")


@pytest.mark.parametrize("head", ["提纲:", "提纲：", "大纲:"])
def test_a_bare_outline_label_with_its_colon_heads_the_contents(head):
    page = OUTLINE.format(head=head)
    assert _titles(page) == [(10, "市政府2025年上半年工作情况报告")]
    assert [h[0] for h in _headings(page) if h[1] > 0] == [12, 14, 16, 17]
    assert _kinds(page)[5] == "chrome"  # (no salutation)


# --- a newspaper's page: its name with the edition, the page bar, the page's other articles --------

PAPER = ("{name}\n首页 | 往期回顾 | 版面导航 | 标题导航\n第A3版：要闻　上一版　下一版\n大连市2024年法治政府建设情况报告\n"
         "2025年03月10日\n2024年,大连市坚持以习近平法治思想为指导,全面推进法治政府建设。\n" + BODY
         + "本版其他文章\n1. 我市召开全市安全生产会议\n2. 全市优化营商环境工作推进会举行\n大连日报社版权所有\n")


def test_a_newspapers_page_bar_and_other_articles_are_chrome():
    page = PAPER.format(name="大连日报数字报")
    assert _titles(page) == [(4, "大连市2024年法治政府建设情况报告")]
    assert not [h for h in _headings(page) if h[0] in (3, 12, 13)]


def test_a_newspapers_name_with_its_edition_is_the_sites():
    page = "浙江法制报 数字报纸\n2021年04月09日 星期五\n上一期 下一期 | 往期回顾 | 版面导航\n00002版:要闻\n上一版 下一版\n" \
           "关于法治政府建设示范地区名单的公示\n近年来,全省各地坚持以习近平法治思想为指导,忠实践行八八战略,深入推进法治政府建设示范创建。\n" + BODY
    assert _titles(page) == [(6, "关于法治政府建设示范地区名单的公示")]
    assert _kinds(page)[1] == "chrome"


def test_a_report_named_as_a_work_report_is_no_newspaper():
    assert _titles("某县司法局工作汇报\n" + BODY) == [(1, "某县司法局工作汇报")]


# --- a news photo's caption naming the title in 《》 over the title ------------------------------

SPEECH = ("定西市人民政府\n当前位置:首页 > 要闻动态\n{caption}\n政府工作报告\n"
          "——2026年1月20日在定西市第五届人民代表大会第六次会议上\n定西市人民政府市长 武和谦\n各位代表:\n"
          "现在,我代表市人民政府,向大会报告工作,请予审议,并请各位政协委员提出意见。\n" + BODY)


def test_a_caption_naming_the_title_in_brackets_is_no_title_line():
    page = SPEECH.format(caption="市长武和谦作《政府工作报告》")
    assert _titles(page) == [(4, "政府工作报告")]
    assert _kinds(page)[3] == "chrome"


def test_a_title_wrapped_over_two_lines_stays_whole():
    page = SPEECH.format(caption="定西市第五届人民代表大会第六次会议")
    assert (3, "定西市第五届人民代表大会第六次会议") in _titles(page) or _kinds(page)[3] != "title"
    assert (4, "政府工作报告") in _titles(page)


# --- a site's stray words over the title (高级, 笔墨写作 / 返回) --------------------------------------

def test_a_search_boxs_button_over_the_title_glued_to_its_widget_row_is_the_sites():
    page = ("威县人民政府\n首页　政务动态　信息公开　政务服务\n您现在的位置：首页 >> 政府信息公开 >> 政策解读\n高级\n"
            "石化街道办事处2023年工作报告 保护视力色: 杏仁黄 秋叶褐 胭脂红 芥末绿 天蓝 雪青 默认 【字体: 打印本页 关闭窗口\n"
            "分享:\n2024年01月25日 来源: 上海金山\n" + BODY)
    assert _titles(page) == [(5, "石化街道办事处2023年工作报告")]


def test_a_bodys_name_over_the_rest_of_its_title_is_no_stray_word():
    page = "某县人民政府\n首页 > 政务公开\n县司法局\n2024年工作总结\n" + BODY
    assert _titles(page) == [(3, "县司法局"), (4, "2024年工作总结")]


# --- sibling headings each two phrases about a colon ---------------------------------------------

PAIRS = ("某中学2024年工作总结\n" + "本学年，学校坚持立德树人根本任务，全面推进各项工作，取得了新的成效。\n"
         "一、强化内部管理,构建规范化运行体系\n(一)干部队伍建设:夯实管理核心\n学校坚持一把手负总责的管理机制，围绕廉政建设与履职能力开展培训。\n"
         "(二)师资队伍建设:{second}\n学校将教师培养作为核心任务，开展分层培训。\n")


def test_sibling_headings_of_two_phrases_about_a_colon_are_whole():
    heads = _headings(PAIRS.format(second="激活育人动能"))
    assert (4, 2, "(一)", "干部队伍建设:夯实管理核心") in heads and (6, 2, "(二)", "师资队伍建设:激活育人动能") in heads


def test_a_sibling_running_its_body_on_after_the_colon_keeps_them_all_cut():
    heads = _headings(PAIRS.format(second="全年组织教师培训12场，覆盖全体教职工，教师队伍素质明显提升"))
    assert (4, 2, "(一)", "干部队伍建设") in heads and (6, 2, "(二)", "师资队伍建设") in heads


# --- a headline with the site's 【精选推荐】 over the title shown again ------------------------------

def test_a_headline_with_the_sites_recommendation_is_a_second_showing():
    page = ("个人图书馆网\n当前位置:首页 > 专题范文 > 工作总结 >\n时间:2023-07-02 11:10:01 浏览次数:\n"
            "2022年县教育局工作总结及2023年工作安排【精选推荐】\n县教育局2022年工作总结及2023年工作安排\n"
            "现将2022年教育工作进展情况及2023年工作安排汇报如下:\n" + BODY)
    assert _titles(page) == [(5, "县教育局2022年工作总结及2023年工作安排")]


# --- a related list of questions, a portal's address with the date, a space before a figure ---------

def test_a_list_of_questions_under_its_head_is_the_footer():
    page = ("某医院2024年上半年工作总结\n" + BODY + "相关问答\n1. 医院上半年工作总结怎么写？\n2. 医院护理工作总结范文\n"
            "关于我们 | 免责声明 | 联系方式\n")
    assert [h for h in _headings(page) if h[0] > 5] == []


def test_a_portals_address_with_the_date_between_the_title_and_the_recipients_is_chrome():
    page = ("某县人民政府门户网站\n首页 > 2024\n发文字号:内政〔2024〕5号\n内乡县人民政府关于印发内乡县2024年度地质灾害防治工作方案的通知\n"
            "内乡政府门户网站  www.neixiangxian.gov.cn   2024-04-30   来源:\n各乡镇人民政府,县政府有关部门:\n"
            "《内乡县2024年度地质灾害防治工作方案》已经县政府同意,现印发给你们,请认真贯彻执行。\n内乡县人民政府\n2024年4月26日\n"
            "内乡县2024年度地质灾害防治工作方案\n" + BODY)
    assert (4, "内乡县人民政府关于印发内乡县2024年度地质灾害防治工作方案的通知") in _titles(page)


@pytest.mark.parametrize("tail,want", [
    ("从即日起日降雨量 50毫米以上或连续大雨3天以上的时段,为地质灾害重点防范时段。", "从即日起日降雨量 50毫米以上或连续大雨3天以上的时段,为地质灾害重点防范时段"),
    ("形式多样、扎实宣传 2017年5月18日,县司法局、民政局、农业局联合在老鹳树村举办了农村法治宣传月活动。", "形式多样、扎实宣传"),
])
def test_a_space_before_a_figure_is_inside_the_sentence_one_before_a_date_ends_the_heading(tail, want):
    page = "某县2024年地质灾害防治工作方案\n" + BODY + "三、" + tail + "\n"
    assert (6, 1, "三、", want) in _headings(page)
