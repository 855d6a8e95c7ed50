"""Classes of lines the outline parser must tell apart from titles and headings (issue 17, round 7):
a portal's validity badge, a download button naming the file's format, bulleted chrome items and
empty bullets between headline and title, a counter label the page left bare over the title, a link
list's head left empty, the notice's title shown above the 印发 cover; and three run-in classes: a
work report's part heading summing its part up after a colon, and the items of a list of tasks.
Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text

BODY = ("2025年，县司法局坚持依法行政，各项工作取得新成效。\n一、主要工作\n（一）普法宣传\n全年开展活动80场。\n"
        "二、下步打算\n持续深化法治建设。\n")
TITLE = "平安县司法局2025年法治政府建设年度报告"


def _kinds(text: str) -> dict[int, tuple[str, str]]:
    return {b.line: (b.kind, b.detail) for b in parse_text(text).blocks if b.kind != "blank"}


def _outline(text: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h["marker"], h["text"]) for h in parse_text(text).outline_json()]


@pytest.mark.parametrize("badge", ["文件已失效", "此件已失效", "已废止", "现行有效", "【已失效】"])
def test_a_validity_badge_under_the_headline_is_chrome_and_the_headline_is_the_title(badge):
    page = f"平安县人民政府\n首页 > 信息公开 > 年度报告\n{TITLE}\n来源：平安县司法局 发布时间：2026-01-20\n{badge}\n{BODY}"
    assert _kinds(page)[5][0] == "chrome"
    assert _outline(page)[0] == (3, 0, "", TITLE)


@pytest.mark.parametrize("buttons", ["【下载Word文档】【收藏】【举报】", "下载PDF 收藏 分享", "[原文下载] [打印]"])
def test_a_download_button_naming_the_files_format_is_a_toolbar(buttons):
    page = f"某某文库 首页 > 工作总结\n{TITLE}\n{buttons}\n{TITLE}\n{BODY}"
    assert _kinds(page)[3][0] == "chrome"
    assert _outline(page)[0] == (4, 0, "", TITLE)


def test_bulleted_chrome_items_and_empty_bullets_stand_between_headline_and_title():
    page = (f"平安县人民政府\n首页 > 乡镇街道 > 政务公开\n平安镇人民政府2025年政府信息公开工作年度报告\n- 日期:2026-01-21\n-\n"
            f"大\n中\n小\n- 分享到 :\n平安镇人民政府\n2025年政府信息公开工作年度报告\n{BODY}")
    kinds = _kinds(page)
    assert all(kinds[i][0] == "chrome" for i in range(4, 10)), kinds
    assert [h[:2] for h in _outline(page)[:2]] == [(10, 0), (11, 0)]   # the wrapped title, one entry per line


def test_a_bulleted_list_of_the_text_stays_text():
    page = f"{TITLE}\n2025年主要做法如下。\n- 开展普法活动80场\n- 调处纠纷120件\n{BODY}"
    assert _kinds(page)[3][0] == _kinds(page)[4][0] == "paragraph"


def test_a_counter_label_left_bare_does_not_take_the_title_under_it():
    page = (f"平安县人民政府\n首页 > 信息公开 > 工作总结\n索引号：1134172/202601-00021\n发布机构：平安县司法局\n"
            f"生成日期：2026-01-12\n浏览次数：\n{TITLE}\n字号：大 中 小　　打印　　关闭\n{BODY}")
    assert _kinds(page)[7] == ("title", "")
    page = f"平安县人民政府\n首页 > 信息公开\n发布时间:2026-01-12\n浏览次数：\n1203\n{TITLE}\n{BODY}"
    assert _kinds(page)[5][0] == "chrome" and _outline(page)[0] == (6, 0, "", TITLE)


def test_a_link_heads_empty_list_is_chrome():
    page = f"{TITLE}\n来源:平安县司法局  发布时间:2026-01-12\n访问量:\n关联稿件:\n{TITLE}\n{BODY}"
    assert _kinds(page)[4][0] == "chrome"
    assert _outline(page)[0] == (5, 0, "", TITLE)


def test_the_notices_title_shown_above_the_cover_is_the_headline():
    notice = "关于印发《2025年平安县普法工作要点》的通知"
    lines = ["平安县司法局", "首页 > 政务公开 > 重点工作", notice, "发布日期:2025-04-17 | 发布机构:平安县司法局",
             notice[:15], notice[15:], "各乡镇司法所：", "现将《2025年平安县普法工作要点》印发给你们，请认真贯彻落实。",
             "平安县司法局", "2025年4月12日", "2025年平安县普法工作要点"]
    page = "\n".join(lines) + "\n" + BODY
    assert _kinds(page)[3] == ("chrome", "headline")   # the headline, not a heading over the cover
    assert [h[:2] for h in _outline(page)[:3]] == [(5, 0), (6, 0), (11, 0)]


def test_a_part_heading_summing_up_after_its_colon_is_whole():
    text = "平安县政府工作报告\n各位代表：\n一、回顾2025年：我们坚持稳中求进、担当作为，交出一份合格答卷\n过去一年，全县经济稳中向好。\n"
    assert _outline(text)[1] == (3, 1, "一、", "回顾2025年：我们坚持稳中求进、担当作为，交出一份合格答卷")


@pytest.mark.parametrize("line, title", [
    ("一、普法宣传：全年开展活动80场", "普法宣传"),                       # body text after the colon
    ("一、回顾2025年：我们坚持稳中求进。全年生产总值增长6%。", "回顾2025年"),   # a sentence: run in
])
def test_a_colon_before_body_text_still_ends_the_heading(line, title):
    assert _outline(f"{TITLE}\n{line}\n持续深化。\n")[1][3] == title


def test_the_items_of_a_list_of_tasks_stay_whole_though_they_run_long():
    item2 = "抓好领导干部应知应会党内法规和法律法规清单制度的落实落地，在党校相关培训班次中开设习近平法治思想相关课程。"
    text = (f"2025年平安县普法工作要点\n一、深化学习宣传\n（一）组织习近平法治思想巡讲，开展进社区活动。（责任单位：县法宣办）\n"
            f"（二）{item2}\n")
    assert _outline(text)[3] == (4, 2, "（二）", item2[:-1])
    # without a sibling naming who leads it, a sentence that long is a paragraph with its heading run in —
    # when its first clause is a short heading phrase (抓好清单落实); a longer one opens a one-sentence item
    assert _outline(f"{TITLE}\n一、深化学习宣传\n（一）{item2}\n")[2][3] == item2[:-1]
    short = "抓好清单落实，在党校相关培训班次中开设习近平法治思想相关课程，组织全县领导干部集中学法，并将学法情况纳入年度考核。"
    assert _outline(f"{TITLE}\n一、深化学习宣传\n（一）{short}\n")[2][3] == "抓好清单落实"
