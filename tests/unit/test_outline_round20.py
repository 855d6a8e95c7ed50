"""Outline round 20 (issue 17): a line a field label opens is never a title, with or without its
colon, even with a copy of the title in it; a doc site's notice list after the text that restarts
the text's numbering is chrome. Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


TITLE = "某镇司法所2025年工作总结"
TEXT = ("2025年以来，镇司法所坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
        "一、主要工作\n"
        "全年办理法律援助案件三百件，开展普法活动五十场。\n")


@pytest.mark.parametrize("field", ["内容概述 " + TITLE, "导读: " + TITLE + "2025年以来，镇司法所认真贯彻",
                                   "概述 " + TITLE])
def test_a_field_line_is_never_the_title(field):
    page = f"范文网\n首页 > 工作总结\n{TITLE}\n发布时间:2026-01-17 15:00 阅读次数:\n{field}\n{TITLE}\n" + TEXT
    hs = _headings(page)
    assert hs[0] == (6, 0, "", TITLE)
    assert not any(h[3].startswith(("内容概述", "导读", "概述")) for h in hs)


def test_a_field_line_after_the_headline_gives_the_headline_back_when_no_copy_follows():
    page = f"开发区\n当前位置:首页 > 重点工作\n{TITLE}\n文件下载\n内容概述 {TITLE}\n" + TEXT
    hs = _headings(page)
    assert not any(h[3].startswith("内容概述") for h in hs)


NOTICE = ("2. 为防止用户资源被随意传播，本站部分文稿需要会员才可阅读或下载，请予谅解与支持！\n"
          "3. 本站所有资源来源于用户上传或网络，仅作为参考学习使用，如有侵权请联系站长删除！\n"
          "工作总结 >" + TITLE + "\n")


def test_a_notice_list_restarting_at_two_after_the_text_is_chrome():
    page = (f"范文网\n{TITLE}\n" + TEXT + "（一）抓好普法宣传。全年开展活动五十场，覆盖群众两万人次……\n" + NOTICE)
    hs = _headings(page)
    assert not any("本站" in h[3] for h in hs)
    assert (6, 2, "（一）", "抓好普法宣传") in hs


def test_the_texts_own_items_at_its_end_stay_headings():
    items = ("（一）抓好普法宣传。全年开展活动五十场。\n"
             "1. 开展宪法宣传，覆盖群众两万人次。\n2. 开展民法典宣传，覆盖群众一万人次。\n")
    hs = _headings(f"{TITLE}\n" + TEXT + items)
    assert [h[2] for h in hs if h[1] == 3] == ["1.", "2."]
    items2 = ("（一）抓好普法宣传。\n开展宣传活动。\n2. 开展宪法宣传。覆盖群众两万人次。\n3. 开展民法典宣传。覆盖群众一万人次。\n")
    hs = _headings(f"{TITLE}\n" + TEXT + items2)
    assert [h[2] for h in hs if h[1] == 3] == ["2.", "3."]
