"""Classes of lines the outline parser must tell apart (issue 17, round 8): a Markdown metadata table
whose rule row stands under its first row, the 发文字号 a portal prints between a 印发 notice's title
and its recipients or in brackets after the title, a page's reading-aid picker, a document site's
name with its menu word or its date, an article's headline ending in 来了, a site's preview of the
text under the headline, the lines of a text hard-wrapped at a fixed width, a counted label's colon
inside a heading, and a section's own short name (引言). Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text

BODY = ("2025年，县司法局坚持依法行政，各项工作取得新成效。\n一、主要工作\n（一）普法宣传\n全年开展活动80场。\n"
        "二、下步打算\n持续深化法治建设。\n")
TITLE = "安平县司法局2025年政府信息公开工作年度报告"


def _kinds(text: str) -> dict[int, tuple[str, str]]:
    return {b.line: (b.kind, b.detail) for b in parse_text(text).blocks if b.kind != "blank"}


def _outline(text: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h["marker"], h["text"]) for h in parse_text(text).outline_json()]


def test_a_metadata_table_with_its_rule_row_under_the_first_row_is_chrome_and_the_site_over_it():
    page = (f"安平县人民政府\n| 标题： | {TITLE} | | |\n| --- | --- | --- | --- |\n"
            "| 索引号： | 11370306/2026-0012 | 文号： | 无 |\n| 发布日期： | 2026-01-20 | 发布机构： | 安平县司法局 |\n"
            f"{TITLE}\n{BODY}")
    kinds = _kinds(page)
    assert [kinds[n][0] for n in (1, 2, 3, 4, 5)] == ["chrome"] * 5
    assert _outline(page)[0] == (6, 0, "", TITLE)


NOTICE = ("各镇人民政府、街道办事处，县直各部门：\n《2026年安平县普法工作要点》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
          "安平县人民政府办公室\n2026年3月2日\n2026年安平县普法工作要点\n2026年普法工作的总体要求是：坚持以人民为中心。\n"
          "一、抓好重点对象学法\n（一）领导干部学法。全年组织集中学法4次。\n")


def test_the_doc_number_between_the_notices_title_and_its_recipients_leaves_both_title_lines_level_0():
    page = f"安平县人民政府办公室\n关于印发2026年安平县普法工作要点的通知\n安政办发〔2026〕5号\n{NOTICE}"
    assert _outline(page)[:3] == [(1, 0, "", "安平县人民政府办公室"), (2, 0, "", "关于印发2026年安平县普法工作要点的通知"),
                                  (8, 0, "", "2026年安平县普法工作要点")]
    assert _kinds(page)[3][0] == "doc-number"


def test_a_headline_with_its_doc_number_in_brackets_and_a_reading_aid_picker_under_it():
    page = (f"安平县人民政府\n当前位置：首页 > 政务公开 > 文件\n"
            "安平县人民政府办公室关于印发2026年安平县普法工作要点的通知（安政办发〔2026〕5号）\n"
            f"来源：县政府办 日期：2026-03-02 字号：【大 中 小】\n视力保护色：\n{NOTICE}")
    kinds = _kinds(page)
    assert kinds[5][0] == "chrome"
    assert _outline(page)[:2] == [(3, 0, "", "安平县人民政府办公室关于印发2026年安平县普法工作要点的通知"),
                                  (10, 0, "", "2026年安平县普法工作要点")]


@pytest.mark.parametrize("site", ["好文章范文网 导航", "某某文档 · 文库", "公文范文网 | 首页"])
def test_a_document_sites_name_with_its_menu_or_section_word_is_the_sites_line(site):
    page = f"{site}\n{TITLE}\n{BODY}"
    assert _kinds(page)[1][0] == "chrome"
    assert _outline(page)[0] == (2, 0, "", TITLE)


def test_a_document_sites_name_with_its_date_under_the_title_is_chrome():
    page = f"{TITLE}\n好文章范文网 2025-11-03 09:12:40\n{BODY}"
    assert _kinds(page)[2][0] == "chrome"
    assert [h[0] for h in _outline(page)] == [1, 4, 5, 7]


def test_an_articles_headline_ending_in_lai_le_is_its_title():
    page = f"首页 > 资讯\n2026年乡镇普法工作任务清单来了\n发布时间： 阅读：\n{BODY}"
    assert _outline(page)[0] == (2, 0, "", "2026年乡镇普法工作任务清单来了")


def test_a_sites_preview_of_the_text_under_the_headline_is_chrome_and_the_title_is_its_last_showing():
    speech = "县长在全县依法行政工作会议上的讲话"
    page = (f"某某文档 · 文库\n{speech}\n{speech} 同志们: 今天召开全县依法行政工作会议,主要任务是总结去年工作,部署今年任务\n"
            f"{speech}\n同志们:\n今天召开全县依法行政工作会议,主要任务是总结去年工作。\n一、统一思想,提高认识\n"
            "依法行政是政府工作的基本准则。\n")
    kinds = _kinds(page)
    assert kinds[3][0] == "chrome"
    assert _outline(page) == [(4, 0, "", speech), (7, 1, "一、", "统一思想,提高认识")]


def test_the_lines_of_a_text_hard_wrapped_at_a_fixed_width_are_no_slogan_headings():
    lines = ["过去的一年,是全乡上下团结一心、攻坚克难、加", "快发展的一年,也是农业农村工作取得明显进展",
             "的一年。", "今天我们召开全乡农业农村工作会议,主要是总", "结去年的工作,分析当前形势,安排部署今年的",
             "农业农村工作。刚才,李明同志通报了去年情况,", "并对今年的农业农村工作作了具体的安排部署",
             "希望大家认真抓好落实。"]
    page = "乡长在全乡农业农村工作会议上的讲话\n同志们:\n" + "\n".join(lines) + "\n一、正视成绩,认清形势\n今年全乡粮食总产再创新高。\n"
    assert _outline(page) == [(1, 0, "", "乡长在全乡农业农村工作会议上的讲话"), (11, 1, "一、", "正视成绩,认清形势")]


@pytest.mark.parametrize("label", ["案例一", "亮点二", "经验3"])
def test_a_counted_labels_colon_stays_inside_a_short_heading(label):
    page = f"{TITLE}\n{BODY}三、典型案例\n1. {label}：送法进农家\n某村邀请律师为村民讲解民法典,反响良好。\n"
    assert (9, 3, "1.", f"{label}：送法进农家") in _outline(page)


def test_a_run_in_heading_still_ends_at_a_colon_after_a_heading_phrase():
    page = f"{TITLE}\n{BODY}三、典型经验\n1. 深化诉源治理：全年化解矛盾纠纷320件。\n"
    assert (9, 3, "1.", "深化诉源治理") in _outline(page)


@pytest.mark.parametrize("name", ["引言", "前言", "结束语"])
def test_a_sections_own_short_name_is_an_un_numbered_heading_and_not_the_title(name):
    page = (f"首页 > 工作计划\n2026年司法行政工作计划\n更新时间:2026-01 分类:工作计划\n{name}\n"
            "2026年是“十五五”开局之年,司法行政工作承担着重要使命。\n一、总体目标\n全面提升司法行政工作水平。\n")
    assert _outline(page) == [(2, 0, "", "2026年司法行政工作计划"), (4, 1, "", name), (6, 1, "一、", "总体目标")]
