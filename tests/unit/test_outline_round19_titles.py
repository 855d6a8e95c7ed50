"""How the outline parser chooses the title (issue 17, round 19): a field line carrying a copy of
the title is metadata, not the text's start; a showing of the title after the page's date line is
still a showing; lines that are never a title (a bracketed dateline with a place, a body's name
alone under the title, a site's short generic lines). Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


TEXT = ("2025年以来，区司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
        "一、主要工作\n"
        "全年办理法律援助案件三百件，开展普法活动五十场。\n")


# -- c: lines that are never a title ------------------------------------------------------------------

@pytest.mark.parametrize("dateline", ["（2023年5月日区政府第三会议室）", "（2024年6月12日镇文化中心礼堂）"])
def test_a_bracketed_dateline_with_a_place_is_no_title(dateline):
    page = "范文之家\n首页 > 讲话 > 领导讲话\n在全区调解工作推进会上的讲话\n" + dateline + "\n同志们：\n" + TEXT
    hs = _headings(page)
    assert hs[0] == (3, 0, "", "在全区调解工作推进会上的讲话")
    assert not any(h[3] == dateline for h in hs)


@pytest.mark.parametrize("body", ["XX区司法局", "某某县人民政府"])
def test_a_bodys_name_over_a_placeholder_date_is_no_title(body):
    page = ("文书网 首页 > 政法 > 司法行政\n在全市人民调解工作会议上的交流发言\n标签:调解 交流发言\n"
            "在全市人民调解工作会议上的交流发言\n" + body + "\n（20XX年X月X日）\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(4, 0, "", "在全市人民调解工作会议上的交流发言")]


@pytest.mark.parametrize("lines", [("栏目导航", "热门推荐"), ("相关文章",), ("栏目索引", "相关内容")])
def test_short_generic_lines_after_the_headline_are_no_title(lines):
    page = ("公文范文网\n当前位置:首页 > 范文 >\n某区司法局2025年上半年工作总结\n"
            "时间:2025-08-21  来源:未知  作者:admin  点击:\n" + "\n".join(lines) + "\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(3, 0, "", "某区司法局2025年上半年工作总结")]


# -- a: a field line is never the text's start --------------------------------------------------------

@pytest.mark.parametrize("label", ["摘要:", "简介：", "导读:", "内容摘要："])
def test_a_field_line_with_a_copy_of_the_title_is_no_text(label):
    page = ("范文网 首页 | 报告 | 总结\n当前位置:首页 > 报告\n某镇2025年法治建设工作情况报告\n"
            "发布时间:2025-07-25|范文网|人气:\n"
            + label + "某镇2025年法治建设工作情况报告 现将有关情况报告如下。 一、主要工作 全年办理……\n"
            "某镇2025年法治建设工作情况报告\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(6, 0, "", "某镇2025年法治建设工作情况报告")]


# -- b: a showing after the page's date line ----------------------------------------------------------

def test_the_title_shown_again_after_the_pages_date_is_the_title():
    title = "区政府常务会议议题解读：关于2025年度法治政府建设情况的汇报"
    page = ("无障碍 关怀版 返回首页\n政府信息公开\n" + title + "\n11370105MB0000000X/2025-0000001\n区政府办公室\n"
            "2025-12-20\n" + title + "\n字号:\n打印整页 打印内容 分享\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(7, 0, "", title)]


# -- d: a title glued to the site's widget row --------------------------------------------------------

@pytest.mark.parametrize("row", ["护眼模式: 浅绿 米黄 默认 【字号: 大 中 小】", "背景色： 杏仁黄 秋叶褐 默认 打印本页"])
def test_a_title_glued_to_a_widget_row_ends_before_the_widget_label(row):
    page = "政务网 首页 > 政务公开 > 计划总结\n某某镇人民政府2025年工作报告 " + row + "\n分享:\n" + TEXT
    hs = _headings(page)
    assert hs[0] == (2, 0, "", "某某镇人民政府2025年工作报告")


def test_a_dated_field_line_after_the_glued_title_is_no_title():
    page = ("政务网 首页 > 政务公开 > 计划总结\n某某镇人民政府2025年工作报告 背景色： 杏仁黄 秋叶褐 默认 打印本页\n"
            "分享:\n2025年01月20日 来源: 某某镇\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(2, 0, "", "某某镇人民政府2025年工作报告")]


def test_a_short_body_name_that_opens_the_headline_stays_the_titles_first_line():
    page = ("招标网 > 资讯 > 政府公告\n某县人民政府2025年度法治政府建设情况报告\n"
            "发布时间:2026-03-28  来源:某县人民政府  浏览:\n某县人民政府\n2025年度法治政府建设情况报告\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(4, 0, "", "某县人民政府"), (5, 0, "", "2025年度法治政府建设情况报告")]
