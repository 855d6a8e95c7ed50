"""Classes of lines the outline parser must tell apart (issue 17, round 13): a document site's file
row written with pipes (格式：PDF | 下载文档 | 收藏) is the site's, and the title under it is the title
at its last showing (letter-spaced around its numbers, or a fuller copy of the headline); a title
copy with the listing's date after it is the site's; an issuer's banner (某某省司法厅文件) and a
发文字号 with its bracket left open are the 版头, never titles, and a title wrapped under them keeps
both lines at level 0. Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from test_outline_round9_classes import BODY, _kinds, _outline  # the same small page and readers


def _titles(page: str) -> list[tuple[int, int, str, str]]:
    return [h for h in _outline(page) if h[1] == 0]


# -- a document site's file row with pipes ---------------------------------------------------------

@pytest.mark.parametrize("row", ["格式：PDF  |  下载文档  |  收藏  |  分享", "文档格式：DOC  |  下载  |  收藏",
                                 "文件格式: DOCX | 立即下载 | 举报"])
def test_a_doc_sites_file_row_with_pipes_is_the_sites_and_the_title_under_it_is_the_title(row):
    page = f"某某文库\n首页 > 工作计划 > 工作要点\n镇2025年工作要点.pdf\n{row}\n镇 2025 年工作要点\n" + BODY
    assert _kinds(page)[4][0] == "chrome", row
    assert _titles(page) == [(5, 0, "", "镇 2025 年工作要点")], row


def test_a_speech_title_under_a_doc_sites_file_row_is_the_title_not_the_shorter_headline():
    page = ("某某文库\n首页 > 党政范文 > 领导讲话\n在全县政法工作会议上讲话\n文档格式：DOC  |  下载  |  收藏\n"
            "在全县政法工作会议上的讲话\n同志们:\n今天召开全县政法工作会议,我讲三点意见。\n一、统一思想\n要提高认识。\n")
    assert _titles(page) == [(5, 0, "", "在全县政法工作会议上的讲话")]
    assert (8, 1, "一、", "统一思想") in _outline(page)


def test_the_same_title_over_and_under_the_file_row_is_taken_at_its_last_showing():
    page = ("某某文库\n首页 > 领导讲话\n创建法治县动员讲话\n文档格式：DOC  |  下载  |  收藏  |  分享\n创建法治县动员讲话\n"
            "县委书记 ×××\n（20××年×月×日）\n同志们:\n今天召开动员大会。\n一、统一思想,提升认识\n要提高认识。\n")
    assert _titles(page) == [(5, 0, "", "创建法治县动员讲话")]


def test_a_real_table_row_with_pipes_stays_out_of_the_chrome():
    page = ("某县司法局2025年工作总结\n2025年，县司法局各项工作取得新成效。\n一、主要工作\n序号 | 工作内容 | 责任单位\n"
            "1 | 普法宣传 | 普法科\n二、下步打算\n持续深化法治建设。\n")
    kinds = _kinds(page)
    assert kinds[4] == ("paragraph", "table-row") and kinds[5] == ("paragraph", "table-row")


# -- a title copy with the listing's date after it -------------------------------------------------

@pytest.mark.parametrize("date", ["2018-06-15", "2024/07/08", "2026年01月08日", "2025-02-09 09:45"])
def test_a_title_copy_with_a_date_over_the_title_is_the_sites_listing(date):
    title = "某某街道办事处2025年工作总结和2026年工作安排"
    page = f"某某区人民政府\n首页 > 政务公开 > 街道信息\n字体：大 中 小    打印    关闭\n{title} {date}\n{title}\n" + BODY
    assert _kinds(page)[4][0] == "chrome", date
    assert _titles(page) == [(5, 0, "", title)], date


def test_a_title_copy_with_a_date_under_the_title_is_the_sites_listing():
    title = "某县司法局2025年法治政府建设情况报告"
    page = f"首页 > 政务公开\n{title}\n{title} 2026-01-20\n" + BODY
    assert _kinds(page)[3][0] == "chrome"
    assert _titles(page) == [(2, 0, "", title)]


def test_a_title_that_names_a_date_in_its_words_keeps_it():
    title = "某县司法局关于2025年12月31日前完成普法考核的通知"
    page = f"首页 > 政务公开\n{title}\n" + BODY
    assert _titles(page) == [(2, 0, "", title)]


# -- the 版头 under a page's headline and chrome ----------------------------------------------------

NOTICE_BODY = ("各镇人民政府,县直各单位:\n为推进公共法律服务平台建设,提出如下意见。\n一、重要意义\n意义重大。\n"
               "二、主要任务\n加快建设。\n")


@pytest.mark.parametrize("number", ["某司〔2025〕12号", "某司〔202512", "某司发〔2025〕3号"])
def test_an_issuers_banner_and_doc_number_under_the_sites_chrome_are_the_head_not_titles(number):
    page = ("首页 > 政务公开 > 政策文件\n某某省司法厅关于推进公共法律服务平台建设的实施意见\n时间 : 2025-12-25 来源 : 某某省司法厅\n"
            f"【字体 : 大 中 小 】 【打印】 【关闭】\n某某省司法厅文件\n{number}\n某某省司法厅关于推进公共法律服务\n"
            "平台建设的实施意见\n" + NOTICE_BODY)
    kinds = _kinds(page)
    assert kinds[5][0] == "issuer-mark" and kinds[6][0] == "doc-number", number
    assert _titles(page) == [(7, 0, "", "某某省司法厅关于推进公共法律服务"), (8, 0, "", "平台建设的实施意见")], number
    assert (11, 1, "一、", "重要意义") in _outline(page)


def test_a_bracketed_number_in_a_titles_words_is_no_damaged_doc_number():
    page = ("某县司法局文件\n某县司法局关于落实〔2025〕12号文件精神的通知\n" + NOTICE_BODY)
    assert _titles(page) == [(2, 0, "", "某县司法局关于落实〔2025〕12号文件精神的通知")]


# -- an un-numbered line heading numbered material -------------------------------------------------

PLAN = "某县2025年法治建设重点任务分解\n为推进法治建设,现将重点任务分解如下。\n"


@pytest.mark.parametrize("line,first,level", [("“十四五”法治建设5项具体任务", "（一）“八五”普法", 1),
                                              ("重点建设项目", "(一)公共法律服务中心建设", 1),
                                              # (no 一、 or （一） in the text: level 1, as sets 89 and 94 label it)
                                              ("年度重点任务", "1.完善普法责任制", 1)])
def test_an_unnumbered_line_over_the_first_item_of_a_numbered_run_heads_it(line, first, level):
    page = PLAN + f"{line}\n{first}\n落实责任。\n"
    assert (3, level, "", line) in _outline(page), line


def test_an_unnumbered_line_inside_a_numbered_section_stays_a_paragraph():
    page = ("某县司法局2025年工作总结\n2025年,各项工作取得新成效。\n一、主要工作\n全年工作扎实推进\n（一）普法宣传\n"
            "全年开展活动80场。\n")
    assert all(h[0] != 4 for h in _outline(page))


def test_an_unnumbered_line_over_a_later_item_stays_a_paragraph():
    page = PLAN + "（一）“八五”普法\n落实责任。\n其他任务\n（二）依法行政\n落实责任。\n"
    assert all(h[0] != 5 for h in _outline(page))
