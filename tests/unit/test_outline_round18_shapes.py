"""Structural rules of the outline parser (issue 17, round 18): lines that are never a title or a
heading by their shape (a date in any writing, a 发文字号, a speaker's office line, a toolbar of
several buttons, a breadcrumb), a title found after such lines (in 《》 too, over a 印发 notice's
cover lines), and a site's numbered notice list over the title. The chrome words are invented, so
that no word list could know them. Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


TEXT = ("2025年，区司法局坚持以习近平法治思想为指导，全面推进各项工作。\n"
        "一、主要工作\n"
        "全年办理法律援助案件三百件，开展普法活动五十场。\n")


# -- shapes never a title or a heading ----------------------------------------------------------------

@pytest.mark.parametrize("date", ["二〇一九年三月十二日", "（2024年x月x日）", "2023118日）"])
def test_a_date_under_the_title_lines_is_no_title(date):
    page = "某区人民政府\n2024年法治政府建设年度报告\n" + date + "\n" + TEXT
    assert _headings(page) == [(1, 0, "", "某区人民政府"), (2, 0, "", "2024年法治政府建设年度报告"),
                               (5, 1, "一、", "主要工作")]


@pytest.mark.parametrize("line", ["某市政办发〔2021〕7号", "XX镇党委书记、镇长", "×县委常委、副县长"])
def test_a_doc_number_or_an_office_line_under_a_heading_line_is_no_heading(line):
    page = "法规查询\n关于某区2025年法治工作情况的报告\n" + line + "\n" + TEXT
    hs = _headings(page)
    assert not any(h[3] == line for h in hs)
    assert (5, 1, "一、", "主要工作") in hs


@pytest.mark.parametrize("bar", ["放大文字 缩小文字 添加收藏 分享本文", "大字号 中字号 小字号 打印本页 关闭"])
def test_a_toolbar_of_several_buttons_is_no_title(bar):
    page = "某区司法局\n某区司法局2025年工作总结\n" + bar + "\n\n某区司法局2025年工作总结\n\n" + TEXT
    hs = _headings(page)
    assert not any(h[3] == bar for h in hs)
    assert (8, 1, "一、", "主要工作") in hs


@pytest.mark.parametrize("line, shape", [
    ("政 府 工 作 报 告", ""), ("镇 2025 年工作要点", ""), ("某区司法局 2025年工作总结", ""),
    ("加大字体 缩小字体 收藏 取消收藏 打印", "toolbar"), ("二ОО六年二月二十一日", "date"),
    ("京政办发〔2016〕26号", "doc_number"), ("xx县委副书记、县长", "office"), ("县司法局局长", ""),
    ("首页 > 计划总结 > 年终总结", "breadcrumb"), ("在全县政法工作会议上的讲话", ""),
])
def test_shapes(line, shape):
    from drafter.core.outline.shapes import never_structure
    from drafter.core.outline.vocab import vocab
    assert never_structure(line, vocab()) == shape


@pytest.mark.parametrize("crumb", ["1. 本站 » 范文大全 » 工作总结 » 司法所工作总结",
                                   "2. 资料库 › 总结汇报 › 年度总结"])
def test_a_numbered_breadcrumb_is_no_heading(crumb):
    page = crumb + "\n某镇司法所2025年工作总结\n" + TEXT
    hs = _headings(page)
    assert not any(h[2] in ("1. ", "1.", "2.", "2. ") for h in hs)
    assert (4, 1, "一、", "主要工作") in hs


# -- the title after such lines -----------------------------------------------------------------------

def test_a_speech_title_over_its_dateline_and_office_line_is_the_title():
    page = ("首页 > 资料中心 > 讲话\n正文预览:\n副区长在全区2025年法治工作会议上的讲话\n（2025年x月x日）\n"
            "xx区委常委、副区长\n同志们:\n" + TEXT)
    assert _headings(page)[0] == (3, 0, "", "副区长在全区2025年法治工作会议上的讲话")


def test_a_notice_title_in_book_title_marks_over_its_doc_number_is_the_title():
    page = ("文件库\n首页 > 文件 > 某市\n《某市人民政府办公室关于印发〈某市2025年法治工作要点〉的通知》\n"
            "某政办发〔2025〕3号\n各区县人民政府，市政府各部门：\n"
            "《某市2025年法治工作要点》已经市政府同意，现印发给你们，请认真贯彻落实。\n"
            "某市人民政府办公室\n2025年3月1日\n" + TEXT)
    hs = _headings(page)
    assert hs[0] == (3, 0, "", "《某市人民政府办公室关于印发〈某市2025年法治工作要点〉的通知》")
    assert not any(h[3] == "某政办发〔2025〕3号" for h in hs)


# -- a notice list over the title ---------------------------------------------------------------------

@pytest.mark.parametrize("notice", [
    "1. 本页内容为网友分享，仅供学习参考，请勿用于商业用途。\n2. 预览效果可能与原文不同，以下载的文件为准。\n",
    "1.下载前请先预览，确认内容后再付费。\n2.资料由会员上传，如有疑问请联系管理员处理。\n3.本站不保证资料完整。\n",
])
def test_a_numbered_notice_list_over_the_title_is_no_heading(notice):
    page = "某某文库\n友情提示:\n" + notice + "客服热线:4000000000\n某区司法局2025年工作总结\n" + TEXT
    hs = _headings(page)
    assert all(h[1] != 3 for h in hs)
    assert hs[-1][2:] == ("一、", "主要工作")
