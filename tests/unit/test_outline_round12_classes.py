"""Classes of lines the outline parser must tell apart (issue 17, round 12): a page's button row that
ends with its share label (打印 关闭 分享到:) is the site's, never a salutation, and the title wrapped
under it is the title at its last showing; a link list's label left bare (解读文件链接:) between a
notice's title and its recipients is the site's; a marker followed only by the page's cut mark
(3.……) is no heading; a dateline left as a form's blanks ((20__年__月__日)) is the subtitle; the
title shown again by a document site between its item counter and its word count (第一篇 …2150字)
is the site's. Pages written here, not copied from a set."""

from __future__ import annotations

from test_outline_round9_classes import BODY, _kinds, _outline  # the same small page and readers


def _titles(page: str) -> list[tuple[int, int, str, str]]:
    return [h for h in _outline(page) if h[1] == 0]


# -- a button row ending with its share label -------------------------------------------------------

def test_a_button_row_with_a_share_label_is_the_sites_and_the_wrapped_title_under_it_is_the_title():
    page = ("某某区人民政府\n首页 > 镇街 > 某某镇 > 法治政府建设年度报告\n某某区某某镇人民政府关于2025年法治政府建设情况的报告\n"
            "日期:2026-03-20 字号:大 中 小\n打印 关闭 分享到:\n某某区某某镇人民政府\n关于2025年法治政府建设情况的报告\n" + BODY)
    kinds = _kinds(page)
    assert kinds[5][0] == "chrome" and kinds[3] == ("chrome", "headline")
    assert _titles(page) == [(6, 0, "", "某某区某某镇人民政府"), (7, 0, "", "关于2025年法治政府建设情况的报告")]
    assert (9, 1, "一、", "主要工作") in _outline(page)


def test_other_button_rows_with_a_share_label_are_the_sites():
    for row in ("【打印】 【关闭】 分享至：", "收藏 打印 分享到：", "[打印] [关闭] 分享到 :"):
        page = f"某县司法局2025年工作总结\n发布时间：2025-12-20\n{row}\n" + BODY
        assert _kinds(page)[3][0] == "chrome", row
        assert _titles(page) == [(1, 0, "", "某县司法局2025年工作总结")], row


def test_a_real_salutation_under_the_title_stays_the_salutation():
    page = "某县司法局2025年工作总结\n县委、县政府：\n" + BODY
    assert _kinds(page)[2][0] == "salutation"


# -- a link list's label left bare --------------------------------------------------------------------

def _notice(label: str) -> str:
    title = "某某县人民政府办公室关于印发某某县“十四五”法治宣传教育规划的通知"
    doc = "某某县“十四五”法治宣传教育规划"
    return (f"某某县人民政府\n首页 > 政府信息公开 > 政府文件\n索引号: 0139/2025-01235\n发布机构: 某某县人民政府办公室\n"
            f"{title}\n发布时间:2025-12-08 字号:[大 中 小] [打印] [关闭]\n{label}\n各乡镇人民政府，县直各部门：\n"
            f"《{doc}》已经县政府同意，现印发你们，请认真组织实施。\n某某县人民政府办公室\n2025年8月30日\n{doc}\n" + BODY)


def test_a_bare_link_label_between_a_notices_title_and_its_recipients_is_the_sites():
    for label in ("解读文件链接:", "相关解读：", "政策解读链接：", "相关文件解读:", "政策解读:"):
        page = _notice(label)
        assert _kinds(page)[7][0] == "chrome", label
        assert _titles(page) == [(5, 0, "", "某某县人民政府办公室关于印发某某县“十四五”法治宣传教育规划的通知"),
                                 (12, 0, "", "某某县“十四五”法治宣传教育规划")], label


def test_the_recipients_line_of_a_notice_is_no_bare_label():
    page = _notice("各镇：").replace("各乡镇人民政府，县直各部门：\n", "")
    assert _kinds(page)[7] == ("cover", "recipients")
    assert _titles(page)[0] == (5, 0, "", "某某县人民政府办公室关于印发某某县“十四五”法治宣传教育规划的通知")


def test_a_heading_that_names_an_interpretation_is_no_link_label():
    page = "某县司法局2025年工作总结\n一、主要工作\n（一）政策解读：全年发布解读文章12篇。\n"
    assert (3, 2, "（一）", "政策解读") in _outline(page)


# -- a marker with only the cut mark after it --------------------------------------------------------

def test_a_marker_followed_only_by_the_cut_mark_is_no_heading():
    for cut in ("3.……", "（三）……", "三、…", "3. ......"):
        page = ("县司法局2025年工作总结\n一、主要工作\n（一）普法宣传\n1.开展宣传活动。全年开展活动80场。\n"
                f"2.建强普法队伍。新增普法志愿者200人。\n{cut}\n扫一扫在手机打开当前页\n")
        assert [h for h in _outline(page) if h[0] == 6] == [], cut


def test_a_heading_cut_off_after_some_text_is_still_a_heading():
    page = "县司法局2025年工作总结\n一、主要工作\n1.开展宣传……\n"
    assert (3, 3, "1.", "开展宣传……") in _outline(page)


# -- a dateline left as a form's blanks -----------------------------------------------------------------

def test_a_dateline_of_blanks_is_the_subtitle_not_a_title():
    for date in ("(20__年__月__日)", "（20__年__月__日）", "(____年__月__日)"):
        page = f"镇长个人述职报告\n{date}\n__镇党委副书记、镇长 ×××\n尊敬的各位领导、同志们：\n" + BODY
        kinds = _kinds(page)
        assert kinds[2][0] == "subtitle", date
        assert _titles(page) == [(1, 0, "", "镇长个人述职报告")], date


# -- the title shown again between a site's item counter and word count -------------------------------

def test_the_title_between_a_doc_sites_item_counter_and_word_count_is_the_sites():
    for line in ("第一篇 镇长个人述职报告2150字", "第1篇 镇长个人述职报告(3200字)", "篇一 镇长个人述职报告 1800字"):
        page = (f"报告大全 > 社会报告 > 述职报告\n镇长个人述职报告十二篇\n发布时间:2024-11-09 热度:55\n镇长个人述职报告\n"
                f"{line}\n尊敬的各位领导、同志们：\n" + BODY)
        assert _kinds(page)[5] == ("chrome", "duplicate"), line
        assert _titles(page) == [(4, 0, "", "镇长个人述职报告")], line


def test_a_compilations_numbered_title_with_no_plain_title_above_is_the_whole_line():
    page = "范文网 > 工作总结\n第一篇:镇政府年度工作报告\n" + BODY
    assert _titles(page) == [(2, 0, "", "第一篇:镇政府年度工作报告")]
