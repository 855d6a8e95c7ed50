"""Classes of lines the outline parser must tell apart (issue 17, round 11): a news item's headline
over the article's header line (来源/日期/发布时间 with the page's date) is its title, whatever its
words; the site's header line with the headline run on after it; a page's reading-aid labels
(页面: 字体: 对比度:) above the headline; a 目录 link with no contents under it. Pages written
here, not copied from a set."""

from __future__ import annotations

from test_outline_round9_classes import BODY, _kinds, _outline  # the same small page and readers

NEWS = ("6月11日，县司法局举办全县人民调解员培训班，各乡镇调解员80余人参加培训。\n"
        "培训中，授课老师结合典型案例讲解了调解技巧。\n下一步，县司法局将持续加强调解队伍建设。\n")


def _titles(page: str) -> list[tuple[int, int, str, str]]:
    return [h for h in _outline(page) if h[1] == 0]


def test_a_news_headline_over_the_articles_header_line_is_the_title():
    page = ("某某县人民政府\n首页 > 新闻中心 > 部门动态\n县司法局举办人民调解员培训班\n"
            "发布时间：2025-06-12 09:30 来源：县司法局 浏览次数：56\n" + NEWS + "打印\n关闭\n")
    assert _outline(page) == [(3, 0, "", "县司法局举办人民调解员培训班")]


def test_a_news_headline_over_a_source_and_time_line_is_the_title():
    page = ("某市司法局\n当前位置：首页 > 工作动态\n全市律师行业党建工作推进会召开\n"
            "来源：某某日报　　时间：2025-03-04 10:01:19　　浏览：-\n" + NEWS)
    assert _outline(page) == [(3, 0, "", "全市律师行业党建工作推进会召开")]


def test_a_news_headline_shown_again_after_the_header_is_the_title_at_its_last_showing():
    page = ("某区人民政府\n首页 > 部门动态\n区司法局开展法律援助宣传月活动\n日期: 2024-12-05 浏览量:117 来源:某区宣传\n"
            "区司法局开展法律援助宣传月活动\n" + NEWS)
    assert _outline(page) == [(5, 0, "", "区司法局开展法律援助宣传月活动")]


def test_a_slogan_heading_under_a_title_stays_a_heading():
    page = "某县司法局2025年工作总结\n发布时间：2025-12-20 来源：县司法局\n" + BODY
    out = _outline(page)
    assert out[0] == (1, 0, "", "某县司法局2025年工作总结") and (4, 1, "一、", "主要工作") in out


def test_the_sites_header_line_with_the_headline_run_on_is_the_sites():
    page = ("某某市人民政府门户网站 某某市司法局 工作动态 全市司法行政工作会议召开:奋力推进高质量发展\n"
            "全市司法行政工作会议召开:奋力推进高质量发展\n来源:某某日报   时间:2024-03-04 11:01:19\n" + NEWS)
    assert _outline(page) == [(2, 0, "", "全市司法行政工作会议召开:奋力推进高质量发展")]
    assert _kinds(page)[1][0] == "chrome"


def test_a_portal_name_and_column_run_into_the_headline_of_a_report():
    title = "某区司法局2025年法治政府建设情况报告"
    page = f"某区人民政府网 信息公开 法治政府建设 {title}\n{title}\n" + BODY
    assert _titles(page) == [(2, 0, "", title)]


def test_a_line_ending_like_the_next_without_a_sites_name_in_front_is_not_the_sites_header():
    page = "全面推进 依法治县 县司法局召开推进会\n县司法局召开推进会\n" + NEWS
    assert _kinds(page)[1] != ("chrome", "site")


def test_reading_aid_labels_above_the_headline_are_the_sites():
    page = ("页面:\n    字体:\n    对比度:\n县司法局召开2025年度工作总结会\n发布时间：2025-12-30 10:00\n" + NEWS)
    assert _outline(page) == [(4, 0, "", "县司法局召开2025年度工作总结会")]
    assert _kinds(page)[1][0] == _kinds(page)[3][0] == "chrome"


def test_a_contents_link_with_no_contents_under_it_is_the_sites():
    page = ("某某县人民政府\n您的位置: 首页 >专题专栏>创建工作动态>详细内容\n目录\n某某县法治政府建设示范创建推进会召开\n"
            "来源:县司法局 发布时间:2023-11-24 17:39:40 浏览次数:\n" + NEWS)
    assert _outline(page) == [(4, 0, "", "某某县法治政府建设示范创建推进会召开")]
    assert _kinds(page)[3][0] == "chrome"


def test_a_table_of_contents_under_its_head_stays_one():
    page = ("某县2025年工作总结\n目录\n一、主要工作\n二、存在问题\n三、下步打算\n"
            "一、主要工作\n全年开展活动80场。\n二、存在问题\n队伍建设不足。\n三、下步打算\n持续深化。\n")
    assert [h[0] for h in _outline(page) if h[1] == 1] == [6, 8, 10]


REPORT = "一、主要工作\n（一）普法宣传\n全年开展活动80场。\n二、下步打算\n持续深化法治建设。\n"


def test_a_doc_sites_reading_progress_and_copyright_note_are_the_sites_and_the_title_follows():
    page = ("原创力文档\n某镇司法所工作总结_第1页\n某镇司法所工作总结_第2页\n已阅读5页,还剩18页未读, 继续免费阅读\n下载本文档\n"
            "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n文档简介\n"
            "某镇司法所工作总结\n" + REPORT)
    out = _outline(page)
    assert out[0] == (8, 0, "", "某镇司法所工作总结") and [h[0] for h in out if h[1] == 1] == [9, 12]
    assert _kinds(page)[4][0] == _kinds(page)[6][0] == "chrome"


def test_reading_progress_lines_of_other_doc_sites_are_the_sites():
    for line in ("还剩12页未读，继续阅读", "剩余10页未读，点击继续阅读", "试读已结束，继续阅读请付费", "已阅读到文档的结尾了"):
        page = f"文库网\n{line}\n县司法局2025年工作总结\n" + REPORT
        assert _kinds(page)[2][0] == "chrome", line
        assert _titles(page) == [(3, 0, "", "县司法局2025年工作总结")], line


def test_a_heading_that_names_reading_is_no_progress_line():
    page = "县司法局2025年工作总结\n一、推进全民阅读与普法融合\n全年开展读书活动12场。\n"
    assert _outline(page)[1] == (2, 1, "一、", "推进全民阅读与普法融合")


def _notice(title: str, doc: str) -> str:
    return (f"{title}\n各镇人民政府，县直各单位：\n现将《{doc}》印发给你们，请认真贯彻落实。\n某某县司法局\n2025年3月27日\n"
            f"{doc}\n" + REPORT)


def test_a_notice_title_that_ends_with_the_documents_name_is_the_notices_title():
    for title, doc in (("楚雄州司法局关于印发《关于深化普法强基专项行动的实施意见(2024—2025年)》",
                        "关于深化普法强基专项行动的实施意见(2024—2025年)"),
                       ("某县司法局关于印发《某县2025年普法依法治理工作要点》", "某县2025年普法依法治理工作要点")):
        assert _titles(_notice(title, doc)) == [(1, 0, "", title), (6, 0, "", doc)], title


def test_a_notice_title_under_its_headline_on_a_portal_is_the_notices_title():
    title = "某某市司法局关于印发《某某市“八五”普法中期评估工作方案》"
    doc = "某某市“八五”普法中期评估工作方案"
    page = f"某某市人民政府\n首页 > 通知公告\n索引号:1153/2024-0403001 发布机构:某某市司法局\n标 题:\n{title}\n" + _notice(title, doc)
    assert _titles(page) == [(6, 0, "", title), (11, 0, "", doc)]


def test_a_heading_the_page_cut_off_inside_its_phrase_keeps_the_cut_mark():
    page = ("县司法局2025年工作总结\n一、加强组织保障\n（一）健全挂联机制。明确挂联领导和联络员。\n（二）加强考……\n"
            "二、完善工作机制\n1.完善人民调解工作机……\n（存储副本至此截断）\n")
    out = _outline(page)
    assert (4, 2, "（二）", "加强考……") in out and (6, 3, "1.", "完善人民调解工作机……") in out, out


def test_a_heading_cut_off_after_its_comma_still_ends_at_the_comma():
    page = "县司法局2025年工作总结\n一、主要工作\n（1）构建法治指标体系，重点指标纳入考核……\n"
    assert (3, 4, "（1）", "构建法治指标体系") in _outline(page)


def test_a_clause_of_examples_after_a_list_items_phrase_is_its_body():
    page = ("乡镇普法工作会议纪要\n一、会议内容\n1. 工作部署\n（1）明确普法工作重点领域，包括宪法、民法典等。\n"
            "（2）利用新媒体平台，如微信公众号、短视频等，开展线上普法活动。\n"
            "（3）结合乡镇实际，开展特色普法活动，例如“法律进校园”等。\n")
    out = _outline(page)
    assert [h[3] for h in out if h[1] == 4] == ["明确普法工作重点领域", "利用新媒体平台", "结合乡镇实际，开展特色普法活动"]


def test_a_clause_opening_with_a_word_of_ru_stays_in_the_heading_phrase():
    page = "县司法局2025年工作总结\n一、主要工作\n（一）坚持实事求是，如实反映法治建设成效。\n全年开展活动80场。\n"
    assert (3, 2, "（一）", "坚持实事求是，如实反映法治建设成效") in _outline(page)


def test_a_deadline_before_the_comma_of_a_long_run_in_sentence_is_its_phase_heading():
    page = ("某市基层政务公开标准化规范化工作实施方案\n一、工作目标\n"
            "（一）2024年年底前，全面完成全市基层政务公开标准目录编制工作，政务公开制度持续规范，组织保障更加有力，群众满意度明显提升。\n"
            "（二）2026年3月底前，各乡镇完成辖区内政务公开事项清单的梳理和公布工作并报市政务公开办备案审核，逐月更新\n")
    assert [h[3] for h in _outline(page) if h[1] == 2] == ["2024年年底前", "2026年3月底前"]


def test_a_news_headline_over_other_forms_of_the_articles_header_is_the_title():
    for header in ("来源：县司法局　作者：李明　点击数：235", "【发布时间：2024年12月05日】【来源：县司法局】",
                   "2024-12-05 10:20:31", "信息来源：县司法局 | 发布日期：2024-12-05 | 浏览次数：88"):
        page = "某某县人民政府\n首页 > 部门动态\n县司法局开展“宪法进万家”主题活动\n" + header + "\n" + NEWS
        assert _outline(page) == [(3, 0, "", "县司法局开展“宪法进万家”主题活动")], header
