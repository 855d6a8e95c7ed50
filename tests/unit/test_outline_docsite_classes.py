"""Classes of lines on document-sharing pages and in rules that the outline parser must tell apart
from titles and headings (issue 17, round 6): a site's description label, disclaimer, copy button,
bracketed font picker and upload blurb; a site's chunk counters glued to the text; a dateline whose
digits a PDF lost and a speaker line with only the office; a compilation's 第一篇: before the title;
chapter headings of rules and the articles under them. Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text

BODY = ("2025年，县司法局坚持依法行政，各项工作取得新成效。\n一、主要工作\n（一）普法宣传\n全年开展活动80场。\n"
        "二、下步打算\n持续深化法治建设。\n")
TITLE = "平安镇2025年司法所工作总结"


def _kinds(text: str) -> dict[int, str]:
    return {b.line: b.kind for b in parse_text(text).blocks if b.kind != "blank"}


def _outline(text: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h["marker"], h["text"]) for h in parse_text(text).outline_json()]


@pytest.mark.parametrize("line", [
    "资源描述：",                                   # a description label over the blurb
    "文档简介:",
    "提示：本文仅供预览，部分内容可能不全，下载后的文档与预览一致，" * 3,   # a long disclaimer
    "复制全文",                                     # a copy button alone
    "【 字号：大 中 小 】 [ 打印 ]  [ 关闭 ]",        # a font picker among bracketed buttons
    "上传者 分享 时间: 收藏 全文约3000字，预计阅读时长10分钟。",   # a reading-time counter
    "《平安镇工作总结》由会员上传分享，免费在线阅读，更多内容在本站",  # an upload blurb
])
def test_a_document_sites_lines_between_headline_and_title_are_chrome(line):
    page = f"某某范文网\n首页 > 工作总结\n{TITLE}\n{line}\n{TITLE}\n" + BODY
    kinds = _kinds(page)
    assert kinds[4] == "chrome", kinds
    assert _outline(page)[0] == (5, 0, "", TITLE)   # the title is its last showing, under the site's lines
    assert [lv for _l, lv, _m, _t in _outline(page)] == [0, 1, 2, 1]


def test_a_disclaimer_label_without_a_site_word_stays_text():
    page = TITLE + "\n说明：本总结所列数据截至2025年11月底，全年数据待统计后另行报送。\n" + BODY
    assert _kinds(page)[2] == "paragraph"


def test_a_document_sites_chunk_counters_are_not_headings():
    page = ("某某文库\n首页 > 党政相关\n平安镇人民政府工作报告\n"
            "1、平安镇人民政府工作报告\n政府工作报告\n各位代表：\n"
            "现在，我代表镇人民政府向大会报告工作，请予审议。\n"
            "一、过去一年的工作\n全镇完成财政收入3000万元，比上年增长百分之八，按可比价\n"
            "2、计算增长百分之六；固定资产投资增长较快。\n（一）农业生产稳中有进\n粮食总产保持稳定。\n")
    got = _outline(page)
    assert got == [(5, 0, "", "政府工作报告"), (8, 1, "一、", "过去一年的工作"), (11, 2, "（一）", "农业生产稳中有进")]
    assert _kinds(page)[4] == "chrome"
    # without a first counter before the title, a numbered line after a broken line is a heading
    plain = ("平安镇2025年工作要点\n一、重点工作\n认真落实上级部署，全力推进法治建设，持续提升群众\n"
             "1、普法宣传\n全年开展活动。\n")
    assert (4, 3, "1、", "普法宣传") in _outline(plain)


def test_a_dateline_without_its_digits_and_a_speaker_line_with_only_the_office():
    page = ("平安镇政府工作报告\n年月日在平安镇第十届\n人民代表大会第三次会议上\n平安镇代镇长\n各位代表：\n"
            "现在，我代表镇人民政府向大会报告工作。\n过去一年的工作回顾\n一年来，全镇经济平稳发展。\n"
            "今年的主要任务\n全力抓好项目建设。\n")
    kinds = _kinds(page)
    assert [kinds[i] for i in (2, 3, 4, 5)] == ["subtitle", "subtitle", "byline", "salutation"]
    assert _outline(page) == [(1, 0, "", "平安镇政府工作报告"), (7, 1, "", "过去一年的工作回顾"),
                              (9, 1, "", "今年的主要任务")]


@pytest.mark.parametrize("prefix", ["第二篇：", "篇三:", "第一篇:"])
def test_a_compilations_number_before_the_title_stays_in_the_title(prefix):
    # the title is the whole line as the page prints it (label brief rule 1; sets 24, 54)
    page = f"某某文库\n首页 > 工作总结\n{TITLE}\n简介：小编为你整理了多篇相关的总结，供大家参考。\n{prefix}{TITLE}\n" + BODY
    assert _outline(page)[0] == (5, 0, "", prefix + TITLE)


def test_chapter_headings_are_level_one_and_their_articles_are_named_by_their_sentence():
    rules = ("平安县人民政府工作规则\n第一章  总  则\n一、为规范县政府工作，根据有关法律法规，制定本规则。\n"
             "二、县政府工作的准则是依法行政，实事求是，务实清廉。\n三、县政府工作的指导思想：坚持依法行政。\n"
             "第二章 工作职责\n一、县政府全体人员要忠实履行职责。\n")
    # an article is headed by its marker; no comma ends its name, a colon opening its body does
    assert _outline(rules) == [(1, 0, "", "平安县人民政府工作规则"), (2, 1, "第一章", "总  则"),
                               (3, 1, "一、", "为规范县政府工作，根据有关法律法规，制定本规则"),
                               (4, 1, "二、", "县政府工作的准则是依法行政，实事求是，务实清廉"),
                               (5, 1, "三、", "县政府工作的指导思想"),
                               (6, 1, "第二章", "工作职责"), (7, 1, "一、", "县政府全体人员要忠实履行职责")]
    # a plan's sections under its chapters are phrases: headings, not articles
    plan = ("平安县法治建设规划\n第一章 发展基础\n一、发展成就\n全县法治建设取得明显成效。\n二、面临形势\n"
            "任务依然艰巨。\n")
    assert [(lv, m, t) for _l, lv, m, t in _outline(plan)] == [
        (0, "", "平安县法治建设规划"), (1, "第一章", "发展基础"), (1, "一、", "发展成就"), (1, "二、", "面临形势")]
    # 第一章 inside a sentence is no heading
    assert _kinds("平安县工作总结\n第一章节的内容已经完成修订。\n" + BODY)[2] == "paragraph"


@pytest.mark.parametrize("notice", [
    ["版权声明", "作者原创，不允许二次传播，一经发现收回"],
    ["免责声明：", "本文由网友上传，仅作交流", "如有不妥请来信告知"],
])
def test_a_notice_under_its_own_head_at_the_end_is_footer(notice):
    page = f"{TITLE}\n" + BODY + "微信扫一扫在手机阅读、分享本文\n" + "\n".join(notice) + "\n"
    outline = _outline(page)
    assert [lv for _l, lv, _m, _t in outline] == [0, 1, 2, 1], outline
    kinds = _kinds(page)
    assert all(kinds[n] == "chrome" for n in range(len(page.splitlines()) - len(notice) + 1,
                                                    len(page.splitlines()) + 1)), kinds


def test_a_heading_named_like_a_notice_with_a_long_section_stays():
    body = "三、版权保护\n" + "全年查处侵权案件12件，开展版权宣传活动8场。\n" * 5
    outline = _outline(f"{TITLE}\n" + BODY + body)
    assert (8, 1, "三、", "版权保护") in outline, outline
