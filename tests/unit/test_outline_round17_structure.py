"""Structural rules of the outline parser (issue 17, round 17) that need no chrome vocabulary: a
heading heads running text (an un-numbered line followed only by short lines, links or the page's
end heads nothing), and a toolbar-shaped line (items split by | > or short items split by spaces)
is never an un-numbered heading. The chrome phrases below are invented, so that no word list could
know them. Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


BODY = ("某区司法局2025年工作总结\n"
        "2025年，区司法局坚持以习近平法治思想为指导，全面推进各项工作。\n"
        "一、主要工作\n"
        "全年办理法律援助案件三百件，开展普法活动五十场。\n")


# -- a heading heads running text ---------------------------------------------------------------------

@pytest.mark.parametrize("footer", [
    "本页相关阅读\n链接:https://example.org/a/1.html",
    "手机扫一扫继续阅读\n网站地图",
    "……(试读到此为止)\n文档信息\n文档编号:A-1024",
])
def test_an_unnumbered_line_after_the_text_that_heads_no_running_text_is_no_heading(footer):
    assert _headings(BODY + footer + "\n") == [(1, 0, "", "某区司法局2025年工作总结"), (3, 1, "一、", "主要工作")]


@pytest.mark.parametrize("lead", ["本站专题导览\n在线服务中心\n", "信息公开专栏\n"])
def test_short_lines_over_the_title_that_head_nothing_are_no_headings_and_the_title_is_the_title(lead):
    page = "平安某区\n" + lead + BODY
    top = lead.count("\n") + 2
    assert _headings(page) == [(top, 0, "", "某区司法局2025年工作总结"), (top + 2, 1, "一、", "主要工作")]


def test_an_unnumbered_heading_over_running_text_stays():
    page = BODY + "二、存在问题\n队伍建设\n基层司法所人员不足，业务能力有待提升。\n"
    assert (6, 3, "", "队伍建设") in _headings(page) or (6, 2, "", "队伍建设") in _headings(page)


# -- toolbar shapes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("toolbar", [
    "前一条  后一条",
    "专题专栏 > 在全区2025年法治工作会议上的讲话",
    "收藏本页 | 打印本页",
])
def test_a_toolbar_shaped_line_is_no_heading_even_over_running_text(toolbar):
    page = BODY + toolbar + "\n本站内容仅供参考，转载请注明出处并保留原文链接。\n"
    assert _headings(page) == [(1, 0, "", "某区司法局2025年工作总结"), (3, 1, "一、", "主要工作")]


# -- what a title can be ------------------------------------------------------------------------------

@pytest.mark.parametrize("sep", [" |", " >", " ｜"])
def test_a_titles_trailing_site_separator_is_the_sites(sep):
    page = "某县人民政府\n首页 > 信息公开\n某镇2025年工作总结和2026年工作思路" + sep + "\n" + BODY.split("\n", 1)[1]
    assert _headings(page)[0] == (3, 0, "", "某镇2025年工作总结和2026年工作思路")


@pytest.mark.parametrize("pager", ["上一页 1 2 3 下一页", "首页 1 2 3 4 5 尾页", "« 1 2 3 4 »"])
def test_a_pager_is_no_title(pager):
    page = "范文网\n某局2025年工作总结(第2页)\n" + pager + "\n（二）强化执法监督\n全年开展执法检查十二次，整改问题四十项。\n"
    assert all(text != pager for _l, _lv, _m, text in _headings(page))


@pytest.mark.parametrize("speaker", ["×××", "XXX", "＊＊＊"])
def test_a_speakers_placeholder_is_no_title(speaker):
    page = ("范文网\n在全县2025年政法工作会议上的讲话\n" + speaker + "\n同志们：\n"
            "今天我们召开全县政法工作会议，主要任务是总结工作、部署任务。\n一、认清形势\n过去一年，我们取得了成绩，成效明显。\n")
    assert [h for h in _headings(page) if h[1] == 0] == [(2, 0, "", "在全县2025年政法工作会议上的讲话")]
