"""Classes of lines the outline parser must tell apart (issue 17, round 16): a font-size picker's
buttons (字号:A+ A-) and a PDF's page counter (第1页共4页) are chrome; a speech's occasion line
without its date (在…会议上) is a dateline, so the title stays the headline over it; the body lines
of a PDF copy wrapped at a fixed width (a sentence with commas running on into the next line) are
neither title nor heading; a title's later showings (glued to the text's start, wrapped over lines
after …的) make the last showing the title. Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


def _titles(page: str) -> list[tuple[int, str]]:
    return [(line, text) for line, level, _m, text in _headings(page) if level == 0]


# -- toolbars and page counters -----------------------------------------------------------------------

@pytest.mark.parametrize("toolbar", [
    "[复制全文] [下载Word] 字号:A+ A-",
    "【复制全文】【下载Word文档】 字号：A+ A－",
    "字号:A+ A- [复制全文]",
])
def test_a_font_size_pickers_buttons_are_no_title(toolbar):
    page = ("范文网 公文写作\n首页 > 公文 > 领导讲话\n局长在2025年全县司法行政工作会议上的讲话\n\n"
            f"更新时间:2026-02 来源:网友投稿\n{toolbar}\n\n今天我们召开全县司法行政工作会议，主要任务是总结工作。\n"
            "一、认清形势\n过去一年，我们取得了成绩。\n")
    assert _headings(page) == [(3, 0, "", "局长在2025年全县司法行政工作会议上的讲话"), (9, 1, "一、", "认清形势")]


@pytest.mark.parametrize("counter", ["第1页共4页", "第 2 页 共 6 页", "共4页 第1页", "第3页/共12页"])
def test_a_pdfs_page_counter_is_no_heading(counter):
    page = ("某镇2025年工作计划\n一、工作目标\n全年完成各项任务，推动发展。\n二、主要措施\n"
            "（一）强化组织领导\n要提高认识。\n" + counter + "\n（二）加强督促检查\n要抓好落实。\n")
    got = _headings(page)
    assert (7, 2, "", counter) not in got and got[-1] == (8, 2, "（二）", "加强督促检查")


# -- a speech's occasion line ---------------------------------------------------------------------------

@pytest.mark.parametrize("occasion", [
    "在白鹤镇第十八届人民代表大会第七次会议上",
    "（在全县政法工作会议上）",
    "在2025年全区法治政府建设推进会上",
])
def test_an_occasion_line_is_a_dateline_not_the_title(occasion):
    page = ("某县人民政府\n首页 > 政府信息公开 > 政府工作报告\n索引号: 113310230026834587/2025-131372\n"
            "2025年某镇政府工作报告\n时间:2025-03-12 10:06 来源:某镇 浏览次数:\n【字号:大 中 小】 【打印】 【关闭】\n\n"
            f"{occasion}\n\n张 舒\n\n各位代表:\n\n现在，我代表镇人民政府向大会报告工作，请予审议。\n\n一、2024年工作回顾\n\n"
            "这一年，我们全面突围抓指标。\n")
    assert _headings(page) == [(4, 0, "", "2025年某镇政府工作报告"), (16, 1, "一、", "2024年工作回顾")]


def test_a_speech_title_ending_in_the_occasion_stays_the_title():
    page = "在全县政法工作会议上的讲话\n同志们：\n今天召开会议。\n一、认清形势\n形势很好。\n"
    assert _titles(page) == [(1, "在全县政法工作会议上的讲话")]


# -- a PDF copy's body lines wrapped at a fixed width --------------------------------------------------

def test_wrapped_body_lines_under_the_title_are_no_title_lines():
    page = ("某区政府信息公开\n首页 > 法治政府建设情况年度报告\n【字号:大 中 小】 【打印】 【关闭】\n"
            "某区司法局2024年法治政府建设情况报告\n"
            "2024年，某区司法局在区委、区政府的坚强领导下，以习近平新时代中国特色社会\n"
            "主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，深入学习贯\n"
            "彻习近平法治思想，扎实推进法治政府建设并取得积极成效，现报告如下：\n"
            "一、主要举措和成效\n（一）全面贯彻落实习近平法治思想。深入学习贯彻习近平法治思想。\n")
    assert _headings(page) == [(4, 0, "", "某区司法局2024年法治政府建设情况报告"), (8, 1, "一、", "主要举措和成效"),
                               (9, 2, "（一）", "全面贯彻落实习近平法治思想")]


def test_a_wrapped_body_line_under_a_heading_is_no_heading():
    page = ("2024年某镇建设项目推进工作方案\n一、背景与目标\n"
            "随着城市化进程的不断推进，本镇面临着经济发展、生态环\n"
            "境改善、社会建设等方面的挑战和机遇。为了更好地推进镇级建\n"
            "设项目的推进工作，制定本方案。\n二、推进措施\n要抓好落实。\n")
    assert _headings(page) == [(1, 0, "", "2024年某镇建设项目推进工作方案"), (2, 1, "一、", "背景与目标"),
                               (6, 1, "二、", "推进措施")]


def test_a_summing_up_line_over_a_whole_paragraph_stays_a_heading():
    page = ("某区2023年政府工作报告\n各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n"
            "2022年是极具挑战、极为不易的一年。全区上下坚持稳中求进，各项工作取得新成效。\n"
            "这一年，我们坚定不移强产业、稳增长，发展质量稳步提高\n"
            "项目建设加速推进。深入推进项目大会战三年行动，实施总投资365.76亿元的68个重大重点项目建设，"
            "投资完成率129.8%，全市排名第五。\n")
    assert (6, 2, "", "这一年，我们坚定不移强产业、稳增长，发展质量稳步提高") in _headings(page)


# -- a title's later showings: wrapped after …的, glued to the text's start ---------------------------

@pytest.mark.parametrize("first, second", [
    ("在某镇新一届村干部履职尽责动员大会上的", "讲话"),
    ("某县司法局关于加强基层法治建设的", "实施意见"),
    ("在全县政法工作会议上的", "讲  话"),
])
def test_a_title_wrapped_after_de_under_a_doc_sites_headline_is_the_title(first, second):
    title = first + "".join(second.split())
    page = (f"公文库 - 公文写作范文大全\n首页 > 领导讲话 > 乡镇讲话\n{title}\n"
            "上传时间:2026-01-05 页数:6 格式:PDF 下载:需积分\n免费预览前2页 | 举报 | 收藏\n"
            f"{first}\n{second}\n同志们:\n今天，我们在这里召开会议。\n一、认清形势\n形势很好。\n")
    assert _titles(page) == [(6, first), (7, second)]


def test_a_line_ending_in_de_over_body_text_is_no_wrapped_title():
    page = "某县2025年工作总结\n今年以来，全县各项工作取得的\n成绩令人鼓舞，群众满意度提高。\n一、主要成效\n成效明显。\n"
    assert _titles(page) == [(1, "某县2025年工作总结")]


@pytest.mark.parametrize("preview", [
    "2024年某镇建设项目推进工作方案一、背景与目标随着城市化进程的不断推进，本镇面临着挑战和机遇。为了更好地推进",
    "2024年某镇建设项目推进工作方案为进一步推进全镇建设项目，提高整体发展水平，结合本镇实际，制定本方案。一、背景",
])
def test_a_preview_glued_to_the_title_makes_the_copy_after_it_the_title(preview):
    page = ("腾讯文库\n首页 > 文档 > 工作计划\n2024年某镇建设项目推进工作方案\n"
            f"{preview}\n2024年某镇建设项目推进工作方案\n一、背景与目标\n随着城市化进程的不断推进，本镇面临着挑战。\n")
    assert _headings(page) == [(5, 0, "", "2024年某镇建设项目推进工作方案"), (6, 1, "一、", "背景与目标")]


# -- a doc site's contents before the text ---------------------------------------------------------

def test_an_unheaded_contents_with_decimal_entries_is_chrome():
    toc = "\n".join(["1.1政策背景", "1.2现状与挑战", "二、目标设定与自查范围", "2.1总体目标", "2.2具体目标",
                     "三、自查方法与流程", "3.1组织架构", "（一）数据收集", "（二）实施步骤", "四、保障措施", "（一）组织保障"])
    page = ("人人文库\n首页 > 行业资料 > 其它\n某县普法自查工作方案\n文档简介\n某县普法自查工作方案一、背景分析\n"
            f"{toc}\n一、背景分析\n1.1政策背景 普法规划作为法治建设的重要阶段性部署，明确提出要求。\n展开阅读全文\n")
    got = _headings(page)
    # (the text's own 1.1 under its 一、 is a section, level 2, as sets 18, 89 and 110 label it; the contents' are chrome)
    assert [h for h in got if h[1] > 0] == [(17, 1, "一、", "背景分析"), (18, 2, "1.1", "政策背景")]
