"""The outline parser on real report pages with their chrome (tests/data/outline_pages: 22 pages
copied whole from portals and document sites, hand-labelled; see its README), and on the forms of
chrome it has to know in general — written here with other names and wordings than those pages."""

from __future__ import annotations

import pytest

from conftest import DATA
from drafter.core.outline import parse_text
from outline_measure import measure

PAGES = DATA / "outline_pages"
PAGES2 = DATA / "outline_pages2"
PAGES3 = DATA / "outline_pages3"

# The title is its last showing before the text (the document's own title; the page's headline above
# it is chrome): outline_pages labels so, and outline_pages2/3 were relabelled to it (their READMEs).


def _figures(score) -> dict[int, tuple[int, int, int]]:
    return {lv: (score.labelled[lv], score.found[lv], score.right[lv]) for lv in score.levels()}


def test_heading_precision_and_recall_per_level_on_the_real_pages():
    score = measure(PAGES)
    # (labelled, found, right) per level; before this work: L0 8/26 right, L1 31/76, L2 22/33,
    # L3 32/39 and 6 false level-4 headings
    # (15's level-1 heading ending in a half-width colon drops it since a heading alone on its line
    # is its text without a trailing ：, the convention shared by the sets; 广东省's glossary labels
    # in tests/data/labels were relabelled to it; 15's title keeps its page number (3) since the later
    # sets' labellers keep it, four pages to this set's one: the title is the whole line as printed)
    assert _figures(score) == {0: (23, 22, 21), 1: (32, 32, 32), 2: (25, 25, 25), 3: (35, 35, 35)}
    for lv in (0, 1, 2, 3):
        assert score.precision(lv) >= 0.95 and score.recall(lv) >= 0.9, (lv, score.misses)
    # what is left: a title run into the first paragraph as 【…】, and 15's title with its (3)
    misses = sorted((name, what, key[0]) for name, what, key in score.misses)
    assert misses == [("15.txt", "extra", 2), ("15.txt", "missed", 2), ("20.txt", "missed", 3)]


def test_heading_precision_and_recall_per_level_on_the_second_set_of_real_pages():
    score = measure(PAGES2)
    # (labelled, found, right) per level; before this work: L0 36/30/24, L1 37/46/37, L3 22/22/21.
    # 06 prints its title twice on consecutive lines: labelled at the second since outline4 (the
    # last showing before the text, the convention the set was relabelled to; its README says so)
    assert _figures(score) == {0: (37, 37, 37), 1: (37, 37, 37), 2: (43, 43, 43), 3: (22, 22, 22)}
    assert score.misses == []


def test_heading_precision_and_recall_per_level_on_the_third_set_of_real_pages():
    score = measure(PAGES3)
    # (labelled, found, right) per level; before this work: L0 26/26/17, L1 32/36/30, L2 26/26/25,
    # L4 1/1/0 (the set was labelled before the parser was tuned to it). Left: a speech whose
    # report name runs into the speaker's line (10) is taken for the title. 04 prints the notice's
    # title twice on consecutive lines: labelled at the second since outline4 (the last showing). 17 shows
    # its title again wrapped over two lines under the headline: taken at that last showing since round 22
    # (the convention of the later sets, 31/11), labelled at the headline here. 04's 二、 item of one long
    # sentence is labelled at its first clause (28 characters): taken whole since session 8, as the issue's
    # rule (a comma ends a run-in heading after a short heading phrase) and the later sets read it.
    # 11 labels a work report's summing-up sentence (一年来，我们…。) as a heading: none since session 8 (SPEC §3).
    assert _figures(score) == {0: (28, 29, 26), 1: (32, 32, 31), 2: (26, 25, 25), 3: (8, 8, 8), 4: (1, 1, 1)}
    assert [(name, what, key[0]) for name, what, key in score.misses] == [
        ("04.txt", "missed", 12), ("04.txt", "extra", 12),
        ("10.txt", "missed", 3), ("10.txt", "extra", 6), ("11.txt", "missed", 22), ("17.txt", "missed", 4), ("17.txt", "extra", 6),
        ("17.txt", "extra", 7)]


def test_all_three_sets_together_reach_the_goal_at_every_level():
    scores = [measure(p) for p in (PAGES, PAGES2, PAGES3)]
    levels = sorted({lv for s in scores for lv in s.levels()})
    for lv in levels:
        labelled = sum(s.labelled[lv] for s in scores)
        found = sum(s.found[lv] for s in scores)
        right = sum(s.right[lv] for s in scores)
        assert right / found >= 0.95 and right / labelled >= 0.95, lv


def _kinds(text: str) -> dict[int, tuple[str, str]]:
    return {b.line: (b.kind, b.detail) for b in parse_text(text).blocks if b.kind != "blank"}


def _outline(text: str) -> list[tuple[int, int, str]]:
    return [(h["line"], h["level"], h["text"]) for h in parse_text(text).outline_json()]


BODY = ("2025年，区司法局坚持依法行政，各项工作取得新成效。\n一、主要工作\n（一）普法宣传\n全年开展活动120场。\n"
        "二、下步打算\n持续深化法治建设。\n")


@pytest.mark.parametrize("site", [
    "滨海县人民政府门户网站", "滨海新区人民政府 政务公开", "平阳县司法局 政府信息公开", "平阳县人民政府网",
])
def test_a_site_name_with_the_portal_words_is_chrome(site):
    kinds = _kinds(f"{site}\n平阳县司法局2025年工作总结\n{BODY}")
    assert kinds[1][0] == "chrome"
    assert _outline(f"{site}\n平阳县司法局2025年工作总结\n{BODY}")[0] == (2, 0, "平阳县司法局2025年工作总结")


def test_a_body_name_alone_is_the_site_only_over_the_site_chrome():
    page = f"平阳县人民政府\n位置：首页 > 信息公开 > 计划总结\n平阳县司法局2025年工作总结\n{BODY}"
    assert _kinds(page)[1] == ("chrome", "site")
    # a draft whose title opens with the issuer's name on its own line keeps it as a title line
    draft = f"平阳县司法局\n2025年法治政府建设情况报告\n{BODY}"
    assert [(line, lv) for line, lv, _t in _outline(draft)][:2] == [(1, 0), (2, 0)]


@pytest.mark.parametrize("crumb", [
    "您现在的位置：首页 > 信息公开", "你的位置: 首页 » 通知公告", "当前所在位置 : 首页>>部门信息", "您目前所在的位置：首页",
    "滨海新闻网 > 要闻 > 法治", "首页 / 政务公开 / 工作总结",
])
def test_breadcrumbs_in_all_their_wordings_are_chrome(crumb):
    assert _kinds(f"{crumb}\n平阳县司法局2025年工作总结\n{BODY}")[1][0] == "chrome"


def test_lines_above_the_breadcrumb_are_the_site_header():
    page = (f"滨海政务\n法治滨海 幸福家园\n首页 > 政务公开 > 工作总结\n滨海县司法局2025年工作总结\n{BODY}")
    assert _kinds(page)[1][0] == _kinds(page)[2][0] == "chrome"
    assert _outline(page)[0] == (4, 0, "滨海县司法局2025年工作总结")


def test_menus_window_titles_and_column_names_are_chrome():
    page = ("2025年工作总结 - 滨海县人民政府门户网站\n首页 | 走进滨海 | 政务公开 | 互动交流\n"
            "滨海县人民政府门户网站 | 无障碍 | 关怀版\n2025年1月6日 星期一\n工作总结\n"
            "您所在的位置：首页 > 政务公开 > 工作总结\n滨海县司法局2025年工作总结\n" + BODY)
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in range(1, 7)), kinds
    assert _outline(page)[0] == (7, 0, "滨海县司法局2025年工作总结")


@pytest.mark.parametrize("meta", [
    "索 引 号：330000/2025-1\n发 布 机 构：滨海县司法局\n有 效 性：有效",
    "[ 索引号 ] 330000/2025-1 [ 发布机构 ] 滨海县司法局\n[ 成文日期 ] 2025-01-06",
    "发文机构：滨海县司法局\n公开类别：主动公开",
    "2025-01-06 来源：滨海县司法局 阅读：321",
    "上传者：文档君 页数：5 大小：23KB",
])
def test_metadata_of_any_portal_and_document_site_is_chrome(meta):
    n = meta.count("\n") + 1
    kinds = _kinds(f"{meta}\n滨海县司法局2025年工作总结\n{BODY}")
    assert all(kinds[i][0] == "chrome" for i in range(1, n + 1)), kinds
    assert kinds[n + 1][0] == "title"


def test_a_label_in_a_table_row_does_not_take_the_title_under_the_table_as_its_value():
    kinds = _kinds("索引号：\t330000/2025-1\t发布机构：\t滨海县司法局\n主题词：\t\n滨海县司法局2025年工作总结\n" + BODY)
    assert kinds[3] == ("title", "")


def test_the_title_is_its_last_showing_before_the_text_and_the_headline_is_chrome():
    page = ("滨海镇2025年政府工作报告\n发布时间：2025-01-06 来源：滨海镇\n政 府 工 作 报 告\n"
            "——2025年1月5日在滨海镇第十届人民代表大会第三次会议上\n镇长 王 五\n各位代表：\n" + BODY)
    kinds = _kinds(page)
    assert kinds[1] == ("chrome", "headline") and kinds[3] == ("title", "")
    assert [kinds[i][0] for i in (4, 5, 6)] == ["subtitle", "byline", "salutation"]
    # a letter-spaced title right under the headline, and the title again after the article's header
    page = "平阳县2025年政府工作报告\n政 府 工 作 报 告\n——在平阳县第十届人民代表大会第五次会议上\n" + BODY
    assert _kinds(page)[1] == ("chrome", "headline") and _kinds(page)[2] == ("title", "")
    page = "平阳县司法局2025年工作总结\n来源：平阳县司法局 发布时间：2026-01-06\n平阳县司法局2025年工作总结\n" + BODY
    assert _outline(page)[0] == (3, 0, "平阳县司法局2025年工作总结") and _kinds(page)[1] == ("chrome", "headline")
    # the headline with a site's word after it stays chrome under the title
    page = "平阳县司法局2025年工作总结\n来源：平阳县司法局\n平阳县司法局2025年工作总结范文\n" + BODY
    assert _outline(page)[0] == (1, 0, "平阳县司法局2025年工作总结")
    # no headline: the spaced title is the title
    assert _kinds("政 府 工 作 报 告\n——在平阳县第十届人民代表大会第五次会议上\n" + BODY)[1] == ("title", "")


def test_a_notices_closing_then_the_document_it_sends():
    page = ("滨海县人民政府办公室关于印发滨海县2025年普法工作要点的通知\n各乡镇人民政府，县政府各部门：\n"
            "《滨海县2025年普法工作要点》已经县政府同意，现下发给你们，请认真贯彻执行。\n"
            "滨海县人民政府办公室\n2025年3月1日\n（此件公开发布）\n滨海县2025年普法工作要点\n" + BODY)
    kinds = _kinds(page)
    assert kinds[1] == ("cover", "title")
    assert [kinds[i] for i in (4, 5, 6)] == [("cover", "issuer"), ("cover", "date"), ("cover", "note")]
    doc = parse_text(page)
    assert doc.title == "滨海县2025年普法工作要点"
    assert _outline(page)[:3] == [(1, 0, "滨海县人民政府办公室关于印发滨海县2025年普法工作要点的通知"),
                                  (7, 0, "滨海县2025年普法工作要点"), (9, 1, "主要工作")]
    # a closing at the end of the text, or before more text that has no title, stays the closing
    assert "cover" not in {k for k, _d in _kinds("滨海县司法局2025年工作总结\n" + BODY + "滨海县司法局\n2025年12月1日\n").values()}
    # the site's 相关链接 with its link on the same line is the footer, not a title after the date
    tail = "滨海县司法局\n2025年12月1日\n相关链接：滨海县司法局关于印发2024年工作要点的通知\n"
    kinds = _kinds("滨海县司法局2025年工作总结\n" + BODY + tail)
    n = 1 + BODY.count("\n")
    assert [kinds[n + i][0] for i in (1, 2, 3)] == ["signature", "date", "chrome"]


def test_a_long_run_in_paragraph_heading_ends_at_its_first_comma_after_a_short_phrase():
    text = ("滨海镇2025年工作要点\n一、各村要将全年重点任务分解到人、落实到岗，每季度报告一次进展情况，"
            "镇党政办将对各项任务的落实情况进行全程跟踪督办，并适时通报有关办理落实情况。\n"
            "（一）健全基层治理指标体系，重点指标纳入年度考核……\n"
            "（二）坚持党建引领，立足镇情实际，建强组织堡垒。全镇建成示范支部5个。\n"
            "1.实现农村劳动力转移就业800人以上，开展技能培训600人次，帮扶就业困难人员就业20人以上，"
            "全面完成县里下达的各项目标任务，确保群众满意（牵头单位：社保所）。\n"
            "2.为全镇60岁以上老年人开展免费健康体检，建立健康档案，做到应检尽检，"
            "并将体检结果及时反馈本人和家属（牵头单位：卫生院）。")
    # (session 8: a first clause longer than a short heading phrase opens an item that is one sentence, whole
    # to its 。, as the rule and the label brief read; a line the page cut off keeps its first clause)
    assert [t for _l, _lv, t in _outline(text)][1:] == [
        "各村要将全年重点任务分解到人、落实到岗，每季度报告一次进展情况，镇党政办将对各项任务的落实情况进行全程跟踪督办，"
        "并适时通报有关办理落实情况", "健全基层治理指标体系", "坚持党建引领，立足镇情实际，建强组织堡垒",
        "实现农村劳动力转移就业800人以上，开展技能培训600人次，帮扶就业困难人员就业20人以上，全面完成县里下达的各项目标任务，确保群众满意（牵头单位：社保所）",
        "为全镇60岁以上老年人开展免费健康体检，建立健康档案，做到应检尽检，并将体检结果及时反馈本人和家属（牵头单位：卫生院）"]


def test_a_summing_up_sentence_is_no_heading_nor_a_lead_in():
    # SPEC §3: an un-numbered line ending in 。 is no heading, a work report's summing-up sentence neither
    # (session 8; set 45's labeller reads it so, set 3/11 labels one and keeps it as a miss)
    text = ("滨海镇2025年政府工作报告\n一、2025年工作回顾\n过去一年，全镇经济社会平稳发展。\n"
            "一年来，我们坚持产业强镇，经济发展稳中有进。\n全年完成固定资产投资3亿元。\n"
            "一年来，主要做了以下工作。\n一是抓项目。全年开工项目12个。")
    assert _outline(text)[2:] == []
    # nor a run of such lines (they are the paragraphs), nor one over a —— list
    text = ("滨海镇2025年政府工作报告\n一、2025年工作回顾\n这一年，我们坚持产业强镇，经济稳中有进。\n"
            "这一年，我们坚持生态立镇，环境持续改善。\n这一年，我们坚持民生为本，群众更加满意。\n"
            "五年来，我们推动全镇发展取得新成就。\n——经济实力稳步提升，年均增长6%。\n二、2026年工作安排")
    assert [lv for _l, lv, _t in _outline(text)] == [0, 1, 1]


def _chrome_then_title(page: str, chrome, title: tuple[int, int, str]) -> None:
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in chrome), kinds
    assert _outline(page)[0] == title


def test_document_site_headers_labels_and_wrapped_breadcrumbs_are_chrome():
    page = ("好文库\n滨海镇2025年工作总结.docxVIP\n• 12\n• 约 6页\n• 2026-01-02 发布于江苏\n滨海镇2025年工作总结.docx\n"
            "滨海镇2025年工作总结\n" + BODY)
    _chrome_then_title(page, range(1, 7), (7, 0, "滨海镇2025年工作总结"))
    # a draft that opens with bullets, with no site above them, keeps them as text
    assert _kinds("□□街道司法所获评先进。\n滨海镇2025年工作总结\n" + BODY)[1][0] == "paragraph"
    assert _kinds("• 全年办案120件\n滨海镇2025年工作总结\n" + BODY)[1][0] == "paragraph"
    page = ("当前位置： 首页\n>信息公开 >计划总结 >本局文件\n【政策解读】滨海镇2025年工作总结\n【摘要】\n"
            "本文为你整理了滨海镇2025年工作总结，供参考。\n【正文】\n" + BODY)
    # a tag in 【】 before the title stays in the title's text as written (the convention of the
    # labelled set 5: 【文字解读】《…》文件解读 is the page's title); a site's column before | is cut
    _chrome_then_title(page, (2, 4, 5, 6), (3, 0, "【政策解读】滨海镇2025年工作总结"))


def test_metadata_labels_spread_over_a_wide_cell_and_a_size_picker_with_a_space():
    page = ("文      号 滨政办〔2025〕1号 信息分类： 综合政务\n发布机构 滨海县人民政府办公室 有 效 性 有效\n"
            "标     题 滨海县2025年普法工作要点\n字号 ： 大 | 中 | 小\n滨海县2025年普法工作要点\n" + BODY)
    _chrome_then_title(page, range(1, 5), (5, 0, "滨海县2025年普法工作要点"))


def test_the_title_with_a_sites_word_after_it_is_chrome_and_the_title_stays():
    page = ("滨海镇2025年上半年工作总结\n时间：2025-07-01 我要投稿\n滨海镇2025年上半年工作总结精选\n"
            "上半年，全镇上下扎实工作。\n滨海镇2025年上半年工作总结精选\n一、主要工作\n全年完成。")
    kinds = _kinds(page)
    assert kinds[1] == ("title", "") and kinds[3][0] == kinds[5][0] == "chrome"


def test_site_lines_and_cuts_in_the_top_matter():
    page = ("工作总结|滨海镇2025年工作总结[此文共1024字]\n滨海县人民政府 2025年01月08日\n" + BODY)
    doc = parse_text(page)
    title = doc.title_blocks[0]
    assert (title.text, title.column) == ("滨海镇2025年工作总结", len("工作总结|") + 1)
    assert _kinds(page)[2][0] == "chrome"
    # a sample site's number after the title (page or piece: …总结(2)) is printed on the title's line and
    # stays in it, as sets 43, 66, 69 and 107 label it
    page = "工作总结|滨海镇2025年工作总结(2)\n滨海县人民政府 2025年01月08日\n" + BODY
    assert parse_text(page).title_blocks[0].text == "滨海镇2025年工作总结(2)"


def test_a_table_of_contents_before_the_text_is_chrome():
    page = ("目 录\n一、主要工作\n（一）普法宣传\n二、下步打算\n滨海县司法局2025年工作总结\n" + BODY)
    outline = _outline(page)
    assert outline[0] == (5, 0, "滨海县司法局2025年工作总结")
    assert [line for line, _lv, _t in outline[1:]] == [7, 8, 10]


@pytest.mark.parametrize("tail", [
    "（预览结束，请下载后阅读全文）\n免费下载本文档\n猜你喜欢\n1. 司法所工作总结\n2. 普法工作总结\n本站资料均由网友上传，如有侵权请联系删除",
    "【打印本页】 【关闭窗口】\n上一条：滨海县司法局2024年工作总结\n下一条：滨海县司法局2026年工作要点\n本文标签：工作总结 司法局",
    "附件下载：\n滨海县司法局2025年工作总结.docx\n您是本站第1024位访客",
    "收藏 分享 举报\n【滨海县司法局工作总结】相关文章：\n司法局工作总结范文\n上一页 1 2 下一页",
])
def test_doc_site_and_portal_footers_are_chrome(tail):
    page = "滨海县司法局2025年工作总结\n" + BODY + tail
    n_body = 1 + BODY.count("\n")
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in kinds if i > n_body), kinds
    assert [lv for _l, lv, _t in _outline(page)] == [0, 1, 2, 1]


def test_a_long_heading_line_without_a_sentence_end_ends_at_its_first_comma():
    text = ("滨海镇2025年工作总结\n一、社会事业\n1、农村道路建设，今年以来，全镇在完成主干道通达工程后，积极将水泥路向边远村推进，"
            "向村与组连接推进，对道路进行硬化，总投资达300万元\n2、实现城镇新增就业1800人以上，发布就业岗位5000个以上，"
            "开展职业技能培训4000人次，帮扶困难人员就业300人（牵头单位：人社局）")
    assert [t for _l, _lv, t in _outline(text)][2:] == [
        "农村道路建设",
        "实现城镇新增就业1800人以上，发布就业岗位5000个以上，开展职业技能培训4000人次，帮扶困难人员就业300人（牵头单位：人社局）"]


def test_a_bare_marker_and_a_lost_parenthesis_are_still_headings_and_pipe_rows_are_not():
    text = "滨海镇2025年工作总结\n一、主要工作\n（一）\n1.园区建设\n二）普法宣传\n序号 | 工作内容 | 说明 |\n全年完成。"
    assert [(line, lv) for line, lv, _t in _outline(text)] == [(1, 0), (2, 1), (3, 2), (4, 3), (5, 2)]


@pytest.mark.parametrize("line", [
    "平阳县人民政府 2025年1月6日星期一", "2025-01-06 09:30 平阳县人民政府", "平阳县司法局 2025-01-06 09:30",
])
def test_a_bodys_name_with_the_date_in_either_order_is_the_sites_line(line):
    page = f"{line}\n平阳县司法局2025年工作总结\n{BODY}"
    assert _kinds(page)[1][0] == "chrome"
    assert _outline(page)[0] == (2, 0, "平阳县司法局2025年工作总结")
    page = f"平阳县司法局2025年工作总结\n{line}\n{BODY}"  # under the headline too
    assert _kinds(page)[2][0] == "chrome" and _outline(page)[0] == (1, 0, "平阳县司法局2025年工作总结")


def test_menus_as_bullets_and_as_a_row_of_links_are_chrome():
    page = ("- 设为首页\n- 收藏本站\n- 长者版\n法治建设 | 政策文件 | 信息公开年报 | 依申请公开\n"
            "平阳县司法局2025年工作总结\n" + BODY)
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in range(1, 5)), kinds
    assert _outline(page)[0] == (5, 0, "平阳县司法局2025年工作总结")


def test_metadata_labels_spaced_wide_joined_by_a_slash_or_bulleted_without_values():
    page = ("- 索 引 号： 3303/2025-1\n- 备注/文号： 平司〔2025〕5号\n- 公文生成日期： 2025-02-07\n时效：\n"
            "平阳县司法局2025年工作总结\n" + BODY)
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in range(1, 5)), kinds
    assert kinds[5] == ("title", "")
    page = "索引号\n3303/2025-1\n发布机构\n平阳县司法局\n文    号\n无\n平阳县司法局2025年工作总结\n" + BODY
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in range(1, 7)), kinds
    assert kinds[7] == ("title", "")
    # a bulleted label without its value does not take the title under the list as its value
    page = "• 索引号\n• 3303/2025-1\n• 主题分类\n• 服务对象\n平阳县司法局2025年工作总结\n" + BODY
    assert _kinds(page)[5] == ("title", "")


def test_the_version_head_under_the_sites_chrome_and_a_conference_documents_mark():
    page = ("平阳县人民政府\n首页 | 政务公开 | 政务服务\n平政办〔2025〕3号\n平阳县人民政府办公室\n"
            "关于印发平阳县2025年法治政府建设\n工作要点的通知\n各乡镇人民政府：\n"
            "现将《平阳县2025年法治政府建设工作要点》印发你们，请认真贯彻落实。\n平阳县人民政府办公室\n2025年3月1日\n"
            "平阳县2025年法治政府建设工作要点\n" + BODY)
    kinds = _kinds(page)
    assert kinds[3] == ("doc-number", "")
    assert [kinds[i] for i in (4, 5, 6, 7, 8)] == [("cover", "title")] * 3 + [("cover", "recipients"), ("cover", "notice")]
    assert _outline(page)[:4] == [(4, 0, "平阳县人民政府办公室"), (5, 0, "关于印发平阳县2025年法治政府建设"),
                                  (6, 0, "工作要点的通知"), (11, 0, "平阳县2025年法治政府建设工作要点")]
    page = ("平阳县人民政府门户网站\n发布时间：2025-03-01\n平阳县第十届人民代表大会第五次会议文件\n政府工作报告\n"
            "——2025年2月20日在平阳县第十届人民代表大会第五次会议上\n" + BODY)
    kinds = _kinds(page)
    assert kinds[3] == ("issuer-mark", "conference") and kinds[4] == ("title", "")
    assert _kinds("平阳县十届人大五次会议文件\n政府工作报告\n" + BODY)[1] == ("issuer-mark", "conference")


def test_a_run_in_heading_without_a_mark_ends_where_the_bodys_clause_opens():
    text = ("平阳县司法局2025年工作总结\n一、主要工作\n1. 队伍建设规范有序持续深化政治建设、业务建设和作风建设，"
            "以过硬队伍保障司法行政工作高质量发展，全年组织培训十二期\n2. 坚持依法行政全面推进政务公开")
    assert [t for _l, _lv, t in _outline(text)][2:] == ["队伍建设规范有序", "坚持依法行政全面推进政务公开"]


# --- outline4: forms of the unseen set outline-dev4, written here with other names and wordings ---

def test_the_title_shown_again_right_under_itself_is_the_title_at_its_last_showing():
    # the same line twice, and another whole title under it (both end with a 文种)
    page = "滨海镇2025年工作总结\n滨海镇2025年工作总结\n" + BODY
    assert _kinds(page)[1] == ("chrome", "headline") and _outline(page)[0] == (2, 0, "滨海镇2025年工作总结")
    page = "滨海镇上半年工作总结及下半年工作打算\n滨海镇半年工作总结\n" + BODY
    assert _outline(page)[0] == (2, 0, "滨海镇半年工作总结")
    # a title wrapped over two lines stays one title over two lines
    for first, second in [("滨海县司法局关于印发", "2025年普法工作要点的通知"), ("滨海县司法局2025年工作总结", "暨2026年工作计划")]:
        assert [(line, lv) for line, lv, _t in _outline(f"{first}\n{second}\n" + BODY)][:2] == [(1, 0), (2, 0)]


def test_an_addressee_without_its_colon_and_a_template_dateline_and_speaker_are_top_matter():
    page = "滨海镇半年工作总结\n镇党委、镇政府\n" + BODY
    assert _kinds(page)[2][0] == "salutation" and [lv for _l, lv, _t in _outline(page)] == [0, 1, 2, 1]
    page = "滨海镇政府工作报告\n2025年 月 日\n镇长 XX\n各位代表：\n" + BODY
    assert [_kinds(page)[i][0] for i in (2, 3, 4)] == ["subtitle", "byline", "salutation"]
    page = "政府工作报告\n——在**镇第*届人民代表大会第*次会议上的\n讲话\n***\n（二0**年*月*日）\n各位代表：\n" + BODY
    assert [_kinds(page)[i][0] for i in range(2, 7)] == ["subtitle", "subtitle", "byline", "subtitle", "salutation"]


def test_sample_essay_site_blurbs_labels_and_tags_are_chrome():
    page = ("范文大全 > 工作总结\n滨海镇2025年工作总结\n| 总结 |\n【www.example.com--总结】\n"
            "以下是小编精心整理的滨海镇2025年工作总结，供大家参考。\n篇一：滨海镇2025年工作总结\n"
            "来源:网友投稿 | 时间:2025-12-20 | 移动端:滨海镇2025年工作总结\n滨海镇2025年工作总结\n" + BODY)
    _chrome_then_title(page, range(1, 8), (8, 0, "滨海镇2025年工作总结"))


def test_bulleted_metadata_labels_take_the_values_indented_under_them():
    page = "  • 索引号：\n    3303/2025-1\n  • 发布日期：\n    2025年01月08日\n滨海镇2025年工作总结\n" + BODY
    _chrome_then_title(page, range(1, 5), (5, 0, "滨海镇2025年工作总结"))


def test_a_table_of_contents_without_its_head_line_is_chrome():
    page = ("滨海镇2025年工作总结\n一、主要工作\n1.普法宣传\n2.人民调解\n二、下步打算\n滨海镇2025年工作总结\n"
            "2025年，镇司法所坚持依法行政。\n一、主要工作\n1.普法宣传。全年开展活动120场。\n二、下步打算\n持续深化。")
    assert [(line, lv) for line, lv, _t in _outline(page)] == [(6, 0), (8, 1), (9, 3), (10, 1)]
    # an outline that is the whole text (a plan's items, not repeated) stays headings
    plan = "滨海镇2025年工作要点\n一、主要工作\n1.普法宣传\n2.人民调解\n二、下步打算\n持续深化法治建设。"
    assert [lv for _l, lv, _t in _outline(plan)] == [0, 1, 3, 3, 1]


def test_numbered_markers_in_odd_forms_and_field_lines():
    text = ("滨海镇2025年工作总结\n一、主要工作\n（一）、普法宣传\n1普法阵地建设提质。全年新建阵地5个。\n"
            "2调解工作扎实开展。全年调处纠纷120件。\n（二）主要情况\n1.上半年领导调研情况:\n会议时间:3月19日常务会(第5次)\n"
            "2.上半年获得的荣誉：无。")
    assert _outline(text)[2:] == [(3, 2, "普法宣传"), (4, 3, "普法阵地建设提质"), (5, 3, "调解工作扎实开展"),
                                  (6, 2, "主要情况"), (7, 3, "上半年领导调研情况"), (9, 3, "上半年获得的荣誉")]
    doc = parse_text(text)
    assert [h.marker for h in doc.headings][2:5] == ["（一）、", "1", "2"]
    # a number with its unit opens a sentence, not a heading
    assert _outline("滨海镇2025年工作总结\n一、主要工作\n1人获评先进个人。全镇上下扎实工作。")[2:] == []


@pytest.mark.parametrize("tail", [
    "滨海县司法局\n2025年12月1日\n【打印本页】【关闭窗口】\n滨海县司法局2024年工作总结\n滨海县司法局2026年工作要点\n",
    "推荐文章\n滨海县司法局2024年上半年工作总结\n滨海县司法局2026年工作要点\n本文来源：http://example.com/1.html\n",
])
def test_other_documents_titles_under_the_text_are_no_headings_and_the_closing_stays(tail):
    page = "滨海县司法局2025年工作总结\n" + BODY + tail
    assert [lv for _l, lv, _t in _outline(page)] == [0, 1, 2, 1]
    kinds = _kinds(page)
    n = 1 + BODY.count("\n")
    if tail.startswith("滨海县司法局\n"):
        assert [kinds[n + 1][0], kinds[n + 2][0]] == ["signature", "date"]


def test_the_title_shown_again_after_a_time_stamp_and_a_traditional_copy():
    # the ASCII colon of a stamp is folded like the text's (16:25:42): the stamp is chrome, and the
    # title shown again under it is the title, the headline above it chrome
    page = ("首页 > 政府信息公开目录\n滨海镇2025年法治政府建设年度报告\n2026-01-23 16:25:42\n来源:本网\n"
            "滨海镇2025年法治政府建设年度报告\n" + BODY)
    _chrome_then_title(page, (1, 2, 3, 4), (5, 0, "滨海镇2025年法治政府建设年度报告"))
    # a transcoded traditional copy: its chrome and 文种 read as the simplified words
    trad = ("首頁 > 政務公開 > 鄉鎮政務公開\n小龍門鄉2024年法治政府建設情況報告\n發布時間:2025-04-11 16:33 信息來源:小龍門鄉\n"
            "【字體:大 中 小】 【打印】\n小龍門鄉2024年法治政府建設情況報告\n2024年，小龍門鄉在縣委的領導下開展工作。\n"
            "一、主要舉措和成效\n（一）加強職能轉變\n全年開展活動120場。\n")
    assert _outline(trad)[:2] == [(5, 0, "小龍門鄉2024年法治政府建設情況報告"), (7, 1, "主要舉措和成效")]
    # a simplified page with a few traditional characters (a quoted name) is not taken for a copy
    from drafter.core.outline.vocab import vocab
    assert vocab().is_traditional(trad.splitlines())
    assert not vocab().is_traditional(["滨海镇2025年工作總結，學習《臺灣》。", BODY])


def test_doc_site_lines_a_spaced_dateline_and_a_hard_wrapped_heading():
    page = ("购物车\n我的足迹\n加入Vip免费下载 立即下载\n市司法局党组书记在全市司法行政系统 2025\n年度政治工作会议上的讲话\n"
            "同志们:\n今天,我们召开会议。\n一、总结成绩,认清形势,切实增强做好新时代司法行政工\n作的责任感使命感\n"
            "去年,全市司法行政系统在市委、市政府的坚强领导和省司\n法厅的有力指导下,各项工作取得了新成效。\n")
    assert _outline(page) == [(4, 0, "市司法局党组书记在全市司法行政系统 2025"), (5, 0, "年度政治工作会议上的讲话"),
                              (8, 1, "总结成绩,认清形势,切实增强做好新时代司法行政工")]
    # a dateline without its 上 under a spaced title is the subtitle, not a title line
    speech = "政 府 工 作 报 告\n2019年2月26日在镇第十四届人民代表大会第三次会议\n镇长 杨杰\n各位代表:\n" + BODY
    assert _kinds(speech)[2][0] == "subtitle"


def test_an_outline_line_and_joined_chunks_of_a_doc_site_are_no_headings():
    page = ("【提纲】一、工作总结。(一)工作成效。(二)主要做法。二、工作谋划。\n县应急管理局工作总结及工作谋划\n"
            "一、工作总结\n五年来成效显著。\n")
    assert _outline(page) == [(2, 0, "县应急管理局工作总结及工作谋划"), (3, 1, "工作总结")]
    chunk = "1、" + "乡人民政府工作报告 各位代表、 同志们:" + "现在,我代表乡人民政府向大会作政府工作报告,请予审议。" * 6
    assert all(h["level"] != 3 for h in parse_text(chunk + "\n" + BODY).outline_json())
