"""Classes of lines the outline parser must tell apart (issue 17, round 14): the title is its last
showing before the text however many site lines stand between the showings (a doc site's bulleted
counters, a file line with date and size, a 侵权投诉 button); a 一是 list run on to a heading phrase
with no mark between ends the heading; a doc site's segment counter on a line whose line above breaks
off mid-sentence is no heading; the document a 印发 notice sends starts at the line showing the name
the notice gives it in 《》, whatever closing lines stand before it. Pages written here, not copied
from a set."""

from __future__ import annotations

import pytest

from test_outline_round9_classes import BODY, _kinds, _outline  # the same small page and readers


def _titles(page: str) -> list[tuple[int, int, str, str]]:
    return [h for h in _outline(page) if h[1] == 0]


# -- the title at its last showing, whatever site lines stand between -----------------------------

@pytest.mark.parametrize("between", [
    "- 0\n- 0\n- 约4.4千字\n- 约 9页\n- 2026-02-27 发布于四川\n- 举报",
    "• 约 12页\n• 2025-11-03 发布于江苏\n• 举报",
    "2024-12-19 39.29KB 4 页\n侵权投诉",
    "2025-01-08  56KB  7页\n上传者：某某\n侵权投诉",
])
def test_the_title_shown_again_after_site_lines_is_the_title(between):
    title = "某某街道2026年工作计划"
    page = f"某某文档网\n首页 > 党政相关\n{title}\n{between}\n{title}\n" + BODY
    n = 4 + between.count("\n") + 1
    assert _titles(page) == [(n, 0, "", title)], between
    assert _kinds(page)[3][0] == "chrome"
    assert (n + 2, 1, "一、", "主要工作") in _outline(page)


def test_a_speech_title_shown_again_over_its_dateline_after_a_file_line_is_the_title():
    page = ("8686文档网\n首页 > 领导讲话\n某区长在法治政府建设动员会上的讲话\n2024-12-19 39.29KB 4 页\n侵权投诉\n"
            "某区长在法治政府建设动员会上的讲话\n(2024年x月x日)\nXX区区长  xxx\n同志们:\n今天召开动员会。\n"
            "一、强化政治引领\n要提高认识。\n")
    assert _titles(page) == [(6, 0, "", "某区长在法治政府建设动员会上的讲话")]


# -- a 一是 list run on to the heading phrase --------------------------------------------------------

@pytest.mark.parametrize("line, title, body", [
    ("一、主要问题一是法治意识淡薄。二是执法不严。", "主要问题", "一是法治意识淡薄。二是执法不严。"),
    ("二、工作成效一是调解纠纷1200件，二是办理法援案件86件。", "工作成效", "一是调解纠纷1200件，二是办理法援案件86件。"),
    ("（一）存在不足一是宣传形式单一；二是基层力量薄弱。", "存在不足", "一是宣传形式单一；二是基层力量薄弱。"),
])
def test_a_heading_ends_where_its_yishi_list_starts(line, title, body):
    from drafter.core.outline import parse_text
    doc = parse_text("县司法局2025年工作总结\n今年以来，我局扎实开展各项工作。\n" + line + "\n")
    h = next(b for b in doc.blocks if b.kind == "heading")
    assert (h.title, h.body, h.run_in) == (title, body, True)


def test_a_yishi_that_is_no_list_start_stays_in_the_heading():
    from drafter.core.outline import parse_text
    doc = parse_text("县司法局2025年工作总结\n今年以来，我局扎实开展各项工作。\n一、统一是前提\n要提高认识。\n")
    assert next(b for b in doc.blocks if b.kind == "heading").title == "统一是前提"


# -- a segment counter inside a sentence ------------------------------------------------------------

LONG = ("今天我们开这个座谈会，大家都谈了很好的意见，收获很大、感受也很深，依法治县是系统工程，虽然是老话题、"
        "老课题，但也是一直很难做好的工作，我们应该坚决坚")


@pytest.mark.parametrize("counter", ["2、信的是，这是一个治本措施。", "3、时候也失去了尊严。", "2.定不移地抓下去。"])
def test_a_counter_on_a_line_the_line_above_runs_into_is_no_heading(counter):
    page = "依法治县工作座谈会讲话稿\n" + LONG + "\n" + counter + "\n一、主要问题\n要提高认识。\n"
    out = _outline(page)
    assert all(h[0] != 3 for h in out), out
    assert (4, 1, "一、", "主要问题") in out


def test_a_counter_after_a_finished_sentence_is_a_heading():
    page = "依法治县工作座谈会讲话稿\n" + LONG + "持。\n" + "1、加强组织领导\n要提高认识。\n"
    assert (3, 3, "1、", "加强组织领导") in _outline(page)


# -- the document a 印发 notice sends, by the name the notice gives it -------------------------------

@pytest.mark.parametrize("closing, name", [
    ("2024327\n（此件主动公开）", "芜湖市教育局2024年工作要点"),
    ("特此通知。\n上海市司法局\n2018年4月12日", "上海市司法局普法责任清单"),
    ("某某县司法局\n（此件公开发布）", "某某县2025年普法依法治理工作要点"),
])
def test_the_sent_document_starts_at_the_line_showing_its_name(closing, name):
    page = (f"某某网站\n首页 > 信息公开\n关于印发《{name}》的通知\n各科室：\n"
            f"现将《{name}》印发给你们，请结合实际认真贯彻落实。\n{closing}\n{name}\n"
            "2025年全县工作的总体要求是：坚持依法行政。\n一、加强党的领导\n要提高认识。\n")
    n = 6 + closing.count("\n") + 1
    titles = _titles(page)
    assert titles == [(3, 0, "", f"关于印发《{name}》的通知"), (n, 0, "", name)], titles
    assert (n + 2, 1, "一、", "加强党的领导") in _outline(page)
    assert all(h[0] != 1 or h[2] for h in _outline(page))  # the 署名 is no un-numbered heading
