"""Classes of lines the outline parser must tell apart (issue 17, round 10): a speech's top matter
broken off by a site's line and shown again over its dateline, placeholders (X, XX) standing for the
names and figures of a dateline and a title, a speech's opening words, a document site's upload and
keyword lines, a heading alone on its line with a trailing comma, a site's name above the title, and
a first line the page's chrome names as the document. Pages written here, not copied from a set."""

from __future__ import annotations

from test_outline_round9_classes import BODY, _kinds, _outline  # the same small page and readers


def test_a_title_shown_again_over_its_placeholder_dateline_after_a_watermark_is_the_title():
    page = ("范文素材网\n首页 > 公文 > 政府工作报告\nXX乡2024年政府工作报告\n"
            "范文素材网:https://www.example.cn/。公众号:写材料的人。整理汇总。\nXX乡2024年政府工作报告\n"
            "（2024年X月X日在XX乡第X届人民代表大会第X次会议上）\nXX乡乡长　XXX\n各位代表:\n" + BODY)
    kinds = _kinds(page)
    assert _outline(page)[0] == (5, 0, "", "XX乡2024年政府工作报告")
    assert kinds[3] == ("chrome", "headline") and kinds[4][0] == "chrome"
    assert kinds[6][0] == "subtitle" and kinds[7][0] == "byline"
    assert [h for h in _outline(page) if h[1] == 1] == [(10, 1, "一、", "主要工作"), (13, 1, "二、", "下步打算")]


def test_a_placeholder_name_on_its_own_line_opens_the_title_and_a_year_month_dateline_is_no_title():
    page = ("文档分享网\n首页 > 讲话致辞\n下载文档 | 收藏 | 举报\nX\n县司法局局长在全县司法行政工作会议上的讲话\n"
            "（2025年2月）\nX县司法局局长　XXX\n刚才,办公室\nX\n主任通报了全年考核情况。\n" + BODY)
    out = _outline(page)
    assert out[:2] == [(4, 0, "", "X"), (5, 0, "", "县司法局局长在全县司法行政工作会议上的讲话")]
    assert all(h[0] not in (6, 7, 8) for h in out), out  # dateline, speaker, the speech's first words


def test_a_dateline_with_a_placeholder_year_is_a_dateline():
    page = "全县依法治县工作会议讲话\n（XX年3月1日）\n县委副书记　XXX\n同志们:\n" + BODY
    kinds = _kinds(page)
    assert kinds[2][0] == "subtitle" and kinds[3][0] == "byline"


def test_an_upload_line_and_a_keyword_line_are_the_sites():
    page = ("范文题库\n首页 > 总结报告\n某县2025年普法工作总结范文\n小明同学发表时间 1234567\n"
            "普法,工作总结,2025\n某县2025年普法工作总结\n" + BODY)
    kinds = _kinds(page)
    assert kinds[4][0] == kinds[5][0] == "chrome"
    assert [h for h in _outline(page) if h[1] == 0] == [(6, 0, "", "某县2025年普法工作总结")]


def test_a_heading_alone_on_its_line_drops_its_trailing_comma():
    page = "某区司法局2025年政务公开工作总结\n一、 加强政务公开工作的组织领导,\n局党组多次召开专题会议。\n"
    assert _outline(page)[1] == (2, 1, "一、", "加强政务公开工作的组织领导")


def test_a_site_name_and_column_above_the_title_are_no_headings():
    page = ("某某区人民政府\n政府信息公开 规章库\n\n索引号: 11440115/2025-00071 分类: 综合政务\n"
            "某某区人民政府办公室关于印发某某区2025年依法行政工作要点的通知\n各镇人民政府，区直各单位：\n"
            "现将《某某区2025年依法行政工作要点》印发给你们，请认真贯彻执行。\n某某区人民政府办公室\n2025年3月1日\n"
            "某某区2025年依法行政工作要点\n" + BODY)
    out = _outline(page)
    assert all(h[0] > 2 for h in out), out
    assert _kinds(page)[1] == ("chrome", "site")


def test_a_lone_first_line_the_pages_metadata_names_is_the_title():
    page = ("某县人民政府\n您所在的位置:首页 » 信息公开 » 安全生产\n\n关于完善全县应急救援体系的思考\n\n"
            "索 引 号: 000014349/2025-001 信息分类:\n名  称: 关于完善全县应急救援体系的思考\n"
            "近年来，我县应急管理工作取得明显成效。\n一、存在的问题\n（一）机构不健全\n基层力量薄弱。\n")
    assert _outline(page)[0] == (4, 0, "", "关于完善全县应急救援体系的思考")
