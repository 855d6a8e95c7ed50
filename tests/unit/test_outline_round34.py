"""Outline round 34 (issue 17, session 15): the shapes the blind sets 123–127 showed (briefing materials,
task ledgers, courts' reports, the latest reports, self-assessments), written here as small pages in the
same forms, each with the near miss it must not change."""

from __future__ import annotations

from drafter.core.outline import parse_text
from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles


# --- a decorated headline, a preview, the title again, a related list closed by the site's notice --

DECORATED = ("范文大全 - bobulaisi.com\n首页 | 工作总结 | 工作汇报\n当前位置：首页 > 工作汇报 > 正文\n{head}\n"
             "时间：2024-05-06   来源：网友投稿   浏览：12次\n"
             "乡镇创城工作汇报自接到创城通知后,我乡立即确定专职人员负责此项工作,制定了工作方案,明确了责任分工。\n"
             "乡镇创城工作汇报\n自接到创城通知后,我乡立即确定专职人员负责此项工作,制定了工作方案,明确了工作责任。\n"
             + BODY + "上一篇：乡镇创建文明城市工作总结\n相关推荐\n创城工作汇报材料(精选)\n乡镇创城迎检工作汇报\n"
             "本站内容来源于网络，如有侵权请联系删除。\n")


def test_the_title_shown_again_under_a_headline_with_the_sites_words():
    page = DECORATED.format(head="乡镇创城工作汇报范本(范文推荐)")
    assert _titles(page) == [(7, "乡镇创城工作汇报")]


def test_a_related_list_over_the_sites_notice_is_the_footer():
    page = DECORATED.format(head="乡镇创城工作汇报范本(范文推荐)")
    assert [h for h in _headings(page) if h[0] > 12] == []


def test_a_headline_naming_another_title_keeps_the_later_line_a_heading():
    page = DECORATED.format(head="乡镇人居环境整治工作总结范本(范文推荐)")
    assert (7, "乡镇创城工作汇报") not in _titles(page)


# --- a slogan title shown twice over the salutation ------------------------------------------

SLOGAN = ("公文帮 - 公文写作范文分享平台\n当前位置：首页 > 汇报材料 > 正文\n创建国家卫生镇共建美丽新家园\nVIP专免\n"
          "2024-04-05 999+ 17.24KB 14 页 海报\n侵权投诉\n{again}\n尊敬的各位评估组专家,各位领导:\n"
          "金叶知秋,凉风有信。在这初秋时节,各位专家、领导莅临我镇指导创建国家卫生镇工作,我们深感压力也备受鼓舞。\n" + BODY)


def test_a_slogan_title_shown_again_over_the_salutation_is_the_title():
    assert _titles(SLOGAN.format(again="创建国家卫生镇共建美丽新家园")) == [(7, "创建国家卫生镇共建美丽新家园")]


def test_a_slogan_shown_only_once_is_no_title():
    assert (7, "巩固创建成果共建美丽家园") not in _titles(SLOGAN.format(again="巩固创建成果共建美丽家园"))


# --- member walls ----------------------------------------------------------------------------

def test_a_member_walls_lines_are_chrome():
    page = "某县司法局2025年工作总结\n" + BODY + "隐藏内容\n此处内容需要权限查看\n"
    kinds = _kinds(page)
    assert kinds[6] == kinds[7] == "chrome"


# --- a task ledger's header row ----------------------------------------------------------------

LEDGER = ("方城县人民政府\n首页 >>政府信息公开 >>法定主动公开内容\n方城县行政执法三年行动(2023-2025年)重点工作台账\n"
          "发布时间:2024-04-29\n方城县贯彻落实提升行政执法质量三年行动实施方案(2023-2025年)重点工作台账\n"
          "{header}\n一、全面提升行政执法人员能力素质\n(一)着力提高政治能力\n"
          "1.将习近平法治思想纳入各级行政执法部门学习重要内容。\n①各乡镇(街道)、各行政执法部门要组织学习。\n"
          "县司法局、各行政执法部门\n2025年年底前完成并长期推进\n")


def test_a_ledgers_header_cells_are_no_title_lines():
    page = LEDGER.format(header="任务清单\n重点任务\n具体工作措施\n责任单位\n完成时限")
    assert _titles(page) == [(5, "方城县贯彻落实提升行政执法质量三年行动实施方案(2023-2025年)重点工作台账")]
    assert [h[0] for h in _headings(page) if h[1] > 0] == [11, 12, 13]


def test_two_header_words_alone_are_no_row():
    page = "某县司法局2025年工作总结\n" + BODY + "责任单位\n完成时限\n县司法局负责，年底前完成。\n"
    details = {b.line: b.detail for b in parse_text(page).blocks}
    assert details[6] != "table-cell" and details[7] != "table-cell"
    page = "某县司法局2025年工作总结\n" + BODY + "重点任务\n责任单位\n完成时限\n县司法局负责，年底前完成。\n"
    details = {b.line: b.detail for b in parse_text(page).blocks}
    assert details[6] == details[7] == details[8] == "table-cell"


# --- the document's own note after the title, a heading repeating a contents entry --------------

ABSTRACT = ("公文搜\n当前位置：首页 > 法院 > 正文\n2021年滁州市中级人民法院工作报告\n时间：2021-01-20　来源：网络整理\n"
            "2021年滁州市中级人民法院工作报告{note}\n——二〇二一年一月十九日在滁州市第六届人民代表大会第五次会议上\n"
            "各位代表:\n现在,我代表市中级人民法院向大会报告工作,请予审议。\n" + BODY)


def test_the_documents_own_note_after_the_title_makes_it_the_last_showing():
    assert _titles(ABSTRACT.format(note="(摘要)")) == [(5, "2021年滁州市中级人民法院工作报告(摘要)")]


def test_a_sites_word_after_the_title_stays_the_sites():
    assert _titles(ABSTRACT.format(note="(精选)")) == [(3, "2021年滁州市中级人民法院工作报告")]


def test_a_heading_repeating_a_contents_entry_at_the_texts_end_is_the_texts():
    page = ("某市中级人民法院\n目录/提纲:……\n一、近三年来行政审判工作的回顾\n(一)行政审判职能不断强化\n二、存在的问题和不足\n"
            "……\n行政审判工作情况报告\n主任、各位副主任、秘书长:\n我受院长委托,向市人大常委会主任会议报告行政审判工作。\n"
            "一、近三年来行政审判工作的回顾\n【下载本文】 【打印】 【关闭】\n")
    assert (10, 1, "一、", "近三年来行政审判工作的回顾") in _headings(page)


# --- set 127: a self-assessment's cover fields, chunks under a dated file name, inline lists, notes --

def test_a_self_assessments_cover_fields_are_no_title_lines():
    page = ("徐闻县人民政府门户网站\n当前位置：首页 > 政务公开 > 镇级政府信息公开\n前山镇部门整体支出绩效自评报告\n"
            "信息来源：徐闻县前山镇人民政府 发布时间：2025-11-20\n前山镇部门整体支出绩效自评报告\n评价年度:2024\n"
            "评价单位(公章):徐闻县前山镇人民政府\n填报日期:202511\n"
            "根据县财政局关于开展2024年度县级财政资金绩效自评工作的通知要求,现将自评情况报告如下。\n" + BODY)
    assert _titles(page) == [(5, "前山镇部门整体支出绩效自评报告")]


def test_a_chunk_counter_under_a_heading_once_the_first_chunk_named_the_dated_file():
    page = ("淘文阁 - 分享文档赚钱的网站\n淘文阁 > 应用文书 > 工作报告\n2022县推进依法行政工作情况自查报告 .doc\n"
            "上传人:飞**** 文档编号:49493816 上传时间:2022-10-08 格式:DOC\n1、县推进依法行政工作情况自查报告\n"
            "在市委、市政府的坚强领导下,我县以贯彻落实法治政府建设实施纲要为主线,全面推进依法行政。\n一、工作开展情况\n"
            "(一)关于依法行政工作组织\n2、领导情况(自查得分 14分)。\n1.强化组织领导,保障依法行政工作有序开展。县委高度重视。\n")
    got = _headings(page)
    assert not [h for h in got if h[0] == 9]
    assert (10, 3, "1.", "强化组织领导,保障依法行政工作有序开展") in got


def test_items_numbered_inside_one_line_are_no_headings():
    page = ("某镇2024年度部门决算\n一、部门职责\n"
            "(1)党政办负责处理政府机关日常事务;(2)党群工作办公室负责党的建设等工作;(3)人大办公室负责人大工作\n"
            "二、机构设置\n镇设党政办等九个内设机构。\n")
    assert [h[0] for h in _headings(page) if h[1] > 0] == [2, 4]


def test_an_item_with_one_later_number_inside_stays_a_heading():
    page = "某镇2024年度部门决算\n一、部门职责\n(1)党政办负责处理政府机关日常事务;(2)党群工作办公室负责党的建设\n"
    assert 3 in [h[0] for h in _headings(page)]


def test_a_headline_with_its_project_note_over_the_title_wrapped_before_the_note():
    page = ("保山市人民政府\n当前位置：首页 > 政府信息公开 > 部门信息公开\n• 发布机构\n• 保山市卫生健康委员会\n"
            "保山市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)\n保山市卫生健康委员会2022项目绩效自评报告\n"
            "(春节慰问经费项目)\n" + BODY)
    assert _titles(page) == [(6, "保山市卫生健康委员会2022项目绩效自评报告"), (7, "(春节慰问经费项目)")]
