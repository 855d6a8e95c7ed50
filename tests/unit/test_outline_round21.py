"""Outline round 21 (issue 17): a doc site's notice list under its label (温馨提示: 1. … 2. …) and its
chunk counter glued to the title (1、<title> over the document's own copy) are never headings; a
site's 文章标题: line restating the title does not start a new showing; a recipients line of bodies
joined by 、 and a product ad line with no 文种 word are never the title. Pages written here, not
copied from a set."""

from __future__ import annotations

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


TEXT = ("2025年以来，镇司法所坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
        "一、主要工作\n"
        "全年办理法律援助案件三百件，开展普法活动五十场。\n"
        "二、存在问题\n"
        "基层法治力量仍然薄弱，普法形式有待创新。\n")

DOCSITE = ("文档网\n首页 | 文档分类 | 公文范文 | 讲话报告\n在全镇调解工作会议上的讲话.docx\n分享\n下载文档\n"
           "ID:123456\n格式:DOCX\n温馨提示:\n"
           "1. 部分包含数学公式的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题,请放心下载。\n"
           "2. 本文档由用户上传,版权归属用户,文档网负责整理代发布。\n")


def test_a_notice_list_under_its_label_is_never_a_heading():
    for page in (DOCSITE + "某镇司法所2025年工作总结\n" + TEXT, DOCSITE + TEXT.split("\n", 1)[1]):
        hs = _headings(page)
        assert not any(h[3].startswith(("部分包含", "本文档由用户上传", "温馨提示")) for h in hs)
        assert hs[0][1] in (0, 1) and hs[0][0] == 11


def test_a_numbered_list_after_a_label_that_speaks_of_nothing_on_the_site_stays():
    page = "某镇司法所2025年工作总结\n" + TEXT + "提示:\n1. 加强人民调解员培训。\n2. 完善普法工作机制。\n"
    hs = _headings(page)
    assert any(h[3].startswith("加强人民调解员培训") for h in hs)


def test_a_chunk_counter_glued_to_the_title_is_chrome_and_the_wrapped_title_is_the_title():
    page = DOCSITE + ("1、在全镇人民调解工作会议上的讲话\n在全镇人民调解工作会议上的\n讲话\n"
                      "文章标题:在全镇人民调解工作会议上的讲话\n同志们:\n") + TEXT
    hs = _headings(page)
    assert hs[:2] == [(12, 0, "", "在全镇人民调解工作会议上的"), (13, 0, "", "讲话")]
    assert not any(h[2] == "1、" for h in hs)


def test_a_recipients_line_after_the_articles_header_is_not_the_title():
    title = "某县交通运输局关于2025年度法治政府建设情况的报告"
    page = ("某县人民政府\n首页 | 政务公开 | 政务服务\n" + title + "\n时间:2026-02-28 16:51\n"
            "【字体:大 中 小】 【打印】 【关闭】\n中共某县委、某县人民政府\n" + TEXT)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(3, 0, "", title)]


def test_a_product_ad_over_the_title_is_not_the_title():
    page = "文库网\n首页 > 讲话致辞\n页数:4 大小:22KB 格式:DOC 下载\n环保抗震结构砖\n镇党委书记讲话\n镇党委书记 ×××\n" + TEXT
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(5, 0, "", "镇党委书记讲话")]


def test_a_title_wrapped_after_a_body_name_keeps_both_lines():
    page = "某县司法局\n2025年工作总结\n" + TEXT
    hs = _headings(page)
    assert [h[3] for h in hs if h[1] == 0] == ["某县司法局", "2025年工作总结"]


def test_a_title_a_pdf_broke_at_its_figures_is_one_title_one_entry_per_line():
    page = "文档网\n首页 > 工作总结\n县司法局\n2025\n年工作总结和\n2026\n年工作思路\n" + TEXT
    hs = _headings(page)
    assert [h[3] for h in hs if h[1] == 0] == ["县司法局", "2025", "年工作总结和", "2026", "年工作思路"]


def test_a_menu_and_font_buttons_one_a_line_do_not_hide_a_wrapped_title():
    page = ("某盟司法局\n首页 | 机构概况 | 政务公开 | 业务工作 | 法治建设\n当前位置：首页 > 业务工作\n-\n字大\n-\n字小\n"
            "某盟司法局2022年度法治政府\n建设情况报告\n" + TEXT)
    hs = _headings(page)
    assert [h[3] for h in hs if h[1] == 0] == ["某盟司法局2022年度法治政府", "建设情况报告"]


def test_contents_under_joined_heads_with_enum_items_and_dots_is_chrome_and_the_copy_after_is_the_title():
    page = ("文秘网\n首页 > 工作汇报\n县2025年司法行政工作汇报\n目录/提纲:……\n一、聚焦普法宣传,展现新作为\n"
            "一是普法队伍不断壮大\n二是普法阵地广泛覆盖\n二、聚焦人民调解,夯实基层根基\n一是调解组织全面覆盖\n……\n"
            "**县2025年司法行政工作汇报\n" + TEXT)
    hs = _headings(page)
    assert hs[0] == (11, 0, "", "**县2025年司法行政工作汇报")
    assert not any(h[0] < 11 for h in hs)


def test_a_notice_title_shown_only_as_the_pages_headline_with_the_site_joined_is_the_notice_title():
    notice_title = "关于印发2025年全县普法依法治理工作要点的通知"
    page = ("某县司法局\n当前位置:首页 > 通知公告\n" + notice_title + "-某某网站\n发布时间:  来源:县司法局\n"
            "字号:大 中 小  打印  关闭\n各乡镇法治宣传教育工作领导小组:\n"
            "《2025年全县普法依法治理工作要点》已经县法治宣传教育工作领导小组同意,现印发给你们,请认真贯彻落实。\n"
            "某县法治宣传教育工作领导小组\n2025年3月31日\n2025年全县普法依法治理工作要点\n" + TEXT)
    hs = _headings(page)
    assert [h[:4] for h in hs if h[1] == 0] == [(3, 0, "", notice_title), (10, 0, "", "2025年全县普法依法治理工作要点")]
