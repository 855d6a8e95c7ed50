"""Outline round 27 (issue 17, session 11, sets 73–77): a sample site's collection headline in its
other forms (…(精选多篇), …【5篇】, …(汇总4篇)) and its decorated headline (…【完整版】) over the document's
own title or its first piece (第一篇:…, …【第一篇】, …模板1 under the site's lines); the title shown
again under the site's blurb; a site's name that holds a report word (找总结网) and a breadcrumb ending
with the page's title; a title a PDF broke off, the headline above it whole. Pages written here, not
copied from a set."""

from __future__ import annotations

import pytest

from test_outline_round22 import BODY, OPENING, _headings
from test_outline_round24 import _kind, _titles


@pytest.mark.parametrize("headline", ["某镇上半年宣传思想工作总结及下半年工作思路(精选多篇)",
                                      "某镇上半年宣传思想工作总结及下半年工作思路【5篇】",
                                      "某镇上半年宣传思想工作总结及下半年工作思路(汇总4篇)",
                                      "某镇上半年宣传思想工作总结及下半年工作思路【完整版】"])
def test_a_collection_or_decorated_headline_over_the_documents_own_title(headline):
    own = "某镇2026年上半年宣传思想工作总结和下半年工作思路"
    page = "某某范文网\n首页 > 工作总结 > 半年总结\n" + headline + "\n发布时间：2026-07-18\n" + headline + "\n" + own + "\n" + OPENING + BODY
    assert _titles(page) == [(6, 0, "", own)]
    assert _kind(page, 5) == "chrome"


@pytest.mark.parametrize("piece", ["第一篇:某乡镇2026年法治政府建设工作方案", "某乡镇2026年法治政府建设工作方案【第一篇】"])
def test_a_collections_first_piece_is_the_title(piece):
    head = "某乡镇2026年法治政府建设工作方案【5篇】"
    page = "某某文创\n您的位置：首页 > 实施方案 > 正文\n" + head + "\n阅读：×次  【立即下载】\n" + head + "\n" + piece + "\n" + OPENING + BODY
    assert _titles(page) == [(6, 0, "", piece)]


def test_a_piece_under_the_sites_lines_and_a_blurb_is_the_title():
    page = ("学习某网\n首页 | 作文 | 总结 | 计划\n2026年乡村建设工作总结报告模板5篇\n小编分享\n"
            "美丽的农村建设工作主要是为了让我们的人民有一个更好的生活环境，下面是小编整理的范文，欢迎阅读。\n"
            "2026年乡村建设工作总结报告模板5篇\n2026年乡村建设工作总结报告模板1\n" + OPENING + BODY)
    assert _titles(page) == [(7, 0, "", "2026年乡村建设工作总结报告模板1")]


def test_a_pieces_own_number_is_no_collection():
    """第1篇 after a title is one piece's number, not a count of pieces: the line stays the title."""
    page = "某某网\n首页 > 年终总结\n法律援助工作2025年总结2026年计划第1篇\n" + OPENING + BODY
    assert _titles(page) == [(3, 0, "", "法律援助工作2025年总结2026年计划第1篇")]


def test_the_title_shown_again_under_the_sites_blurb():
    title = "某村村容整洁及绿色村庄工作总结"
    blurb = "天可补，海可填，南山可移。日月既往，不可复追。下面是小编整理的工作总结，欢迎阅读。"
    page = "某某范文网\n首页 | 工作总结 | 工作计划\n当前位置：首页 > 工作总结\n" + title + "\n发布时间: 2026.08.12\n" + blurb + "\n" + title + "\n" + OPENING + BODY
    assert _titles(page) == [(7, 0, "", title)]


def test_a_repeat_after_a_real_opening_with_nothing_under_it_is_not_the_title():
    """The blurb rule needs running text under the second showing: a title repeated as the last
    line (a footer's 本文标题 without its label) leaves the first showing the title."""
    title = "某村村容整洁及绿色村庄工作总结"
    page = "当前位置：首页 > 工作总结\n" + title + "\n" + OPENING.strip() + "\n" + title + "\n"
    assert _titles(page)[0] == (2, 0, "", title)


def test_a_sites_name_with_a_report_word_and_a_breadcrumb_ending_with_the_title():
    title = "某镇政府2025年工作总结和2026年工作计划"
    page = ("找总结网\n首页 | 工作总结 | 工作计划 | 心得体会 | 述职报告\n找总结网 > 工作计划 > 年度工作计划 > " + title + "\n"
            + title + "\n" + OPENING + BODY)
    assert _kind(page, 1) == "chrome" and _kind(page, 3) == "chrome"
    assert _titles(page) == [(4, 0, "", title)]


def test_a_title_whose_tail_a_pdf_broke_off_under_the_whole_headline():
    page = ("某文档 - 专业文书写作范文服务资料分享网站\n首页 > 工作总结 > 其他工作总结\n2025年农口工作总结及2026年工作思路范文\n"
            "文档来源：用户上传 上传时间：2026-01-05 阅读：×次\n2025年农口工作总结及2026年工作思\n路范文\n" + OPENING + BODY)
    assert _titles(page) == [(5, 0, "", "2025年农口工作总结及2026年工作思"), (6, 0, "", "路范文")]


def test_a_short_line_under_a_title_that_does_not_complete_the_headline_is_no_title():
    page = ("某文档\n首页 > 工作总结\n2025年农口工作总结及2026年工作思路范文\n2025年农口工作总结及2026年工作思路\n"
            "路范文\n" + OPENING + BODY)
    assert 5 not in [t[0] for t in _titles(page)]  # (…思路 + 路范文 is not the headline)


def test_a_file_row_of_buttons_with_pipes_is_the_sites():
    page = ("文档之家\n当前位置：文档之家 › 工作范文 › 总结汇报\n区政府2026年下半年工作报告\n- 格式:docx\n- 大小:30.11 KB\n"
            "文档下载 | 收藏 | 分享 | 举报\nXX经济开发区2026年上半年工作总结暨下半年工作安排\n" + BODY)
    assert _kind(page, 6) == "chrome"
    assert _titles(page) == [(7, 0, "", "XX经济开发区2026年上半年工作总结暨下半年工作安排")]


@pytest.mark.parametrize("speaker,dateline", [("县委副书记", "今年月日"), ("中共 XX 县委常委、组织部长张伟强", "(2026 年 5 月 13 日)"),
                                              ("县司法局局长", "（2026年1月15日）")])
def test_a_speakers_line_over_the_dateline_is_the_byline(speaker, dateline):
    title = "在全县村级组织换届选举工作会议上的讲话"
    page = "某某文秘网\n首页 > 讲话致辞\n" + title + "\n" + speaker + "\n" + dateline + "\n同志们:\n" + OPENING + BODY
    assert _titles(page) == [(3, 0, "", title)]
    assert _kind(page, 4) == "byline" and _kind(page, 5) == "subtitle"


def test_a_name_alone_over_a_dateline_is_not_taken_for_a_speaker_by_this_look():
    """Two characters over a dateline may be a site's button (保存): the line before the dateline
    needs an office to be the speaker's."""
    page = "某某县人民政府\n首页 > 工作报告\n政府工作报告\n字号:\n保存\n——在某镇第四届人民代表大会第三次会议上\n镇长 张三\n(2026年4月20日)\n各位代表:\n" + OPENING + BODY
    assert _kind(page, 5) != "byline"


def test_a_titles_word_count_broken_over_two_lines():
    page = ("某公文网\n首页 > 讲话稿\n在2026全县优化营商环境推进会上的讲话\nVIP专免\n县长在 2026 全县优化营商环境推进会上的讲话(7158\n"
            "字)\n同志们:\n" + OPENING + BODY)
    assert [t[0] for t in _titles(page)] == [5, 6]


def test_a_doc_sites_fold_is_the_sites():
    page = "某县2026年上半年工作总结\n" + OPENING + "一、主要工作\n(1)经济指标实现开门红。\n展开阅读全文\n"
    assert _kind(page, 5) == "chrome"


def test_a_menu_one_link_a_line_with_bars_between():
    page = ("站群导航\n|\n加入收藏\n|\n设为首页\n|\n手机版\n某县人民政府门户网\n当前位置：首页 > 政府信息公开 > 政策文件\n"
            "某县人民政府办公室关于印发《某县森林火灾应急预案》的通知\n各乡镇人民政府,县直有关单位:\n"
            "《某县森林火灾应急预案》已经县政府同意,现予印发,请认真贯彻执行。\n")
    assert all(_kind(page, n) == "chrome" for n in (1, 3, 5, 7))
    assert _titles(page) == [(10, 0, "", "某县人民政府办公室关于印发《某县森林火灾应急预案》的通知")]


def test_a_title_beside_a_lone_bar_stays_the_title():
    page = "某县人民政府网\n当前位置：首页 > 政务公开 > 镇政府工作报告\n分享到:\n|\n政府工作报告\n—2026年2月17日在某镇第十七届人民代表大会第四次会议上\n各位代表:\n" + OPENING + BODY
    assert _titles(page) == [(5, 0, "", "政府工作报告")]


def test_a_joint_notice_with_its_issuers_on_the_title_line():
    title = ("某市发展和改革委员会 中共某市委社会工作部 某市规划和自然资源局 某市住房和城乡建设局 "
             "关于印发某市城市社区嵌入式服务设施建设工程实施方案的通知")
    page = "某某资讯网\n您的位置：首页 » 政策法规 » 正文\n" + title + "\n各区(市)县政府,市级有关部门:\n现将《某市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请认真贯彻执行。\n"
    assert _titles(page) == [(3, 0, "", title)]


# --- the text opening at its title (a draft from Word, a page copied from its title down) ---

def test_a_first_line_over_the_opening_paragraph_is_the_title_without_a_title_word():
    page = "街道(乡镇)“枫桥式司法所”建设经验介绍\n" + OPENING + BODY
    assert _titles(page) == [(1, 0, "", "街道(乡镇)“枫桥式司法所”建设经验介绍")]


def test_joint_issuers_over_a_spaced_genre_at_the_top_of_a_draft():
    page = "中共某某县委\n某某县人民政府\n关于某某县2025年度法治政府建设工作的\n报 告\n中共某某市委、市人民政府:\n" + OPENING + BODY
    assert [t[0] for t in _titles(page)] == [1, 2, 3, 4]


def test_a_slogan_title_over_two_lines_and_its_subtitle_at_the_top_of_a_draft():
    page = "拼搏赶超  砥砺前行\n奋力夺取疫情防控和社会经济发展双胜利\n——某镇2026年上半年工作总结及下半年工作计划\n" + OPENING + BODY
    assert [t[0] for t in _titles(page)] == [1, 2]


def test_a_spaced_title_at_the_top_of_a_draft():
    page = "黄 门 镇 2 0 2 5 年 工 作 总 结\n中共黄门镇委员会 黄门镇人民政府\n(2026年1月)\n" + OPENING + BODY
    assert _titles(page)[0][0] == 1


def test_a_first_line_under_the_sites_lines_is_not_read_as_opening_the_text():
    """A site's name on the first line with its menu under it: the text does not open there."""
    page = "文客某某\n首页 分类 文库 上传 登录\n2026年上半年某乡政府工作总结工作总结\n下载文档 加入收藏 举报\n2026年上半年某乡政府工作总结\n" + OPENING + BODY
    assert 1 not in [t[0] for t in _titles(page)]


def test_a_slogan_heading_mid_text_is_not_a_title():
    page = "某县司法局2025年工作总结\n" + OPENING + "坚持党建引领\n全年开展党建活动二十次，党员教育覆盖率达到百分之百。\n" + BODY
    assert [t[0] for t in _titles(page)] == [1]


# --- one-character markers ---

def test_enclosed_markers_are_levels_two_three_and_four():
    page = ("某林业局2026年上半年工作总结\n" + OPENING + "一、主要工作\n㈠以绿满某县为契机,绿化美化成效明显\n⒈统筹推进绿满行动\n"
            "全年植树造林一万亩，森林覆盖率提高一个百分点。\n⑴完成义务植树\n全年义务植树五十万株。\n㈡以治理为突破,森林管护日趋规范\n")
    hs = {h[0]: h[:3] for h in _headings(page)}
    assert hs[4] == (4, 2, "㈠") and hs[5] == (5, 3, "⒈") and hs[7] == (7, 4, "⑴") and hs[9] == (9, 2, "㈡")


# --- tables of contents of disclosed budgets ---

def test_a_contents_with_glued_parts_and_no_sentence_before_the_text():
    toc = ["第一部分某县司法局概况", "一、部门主要职责", "二、机构设置及人员情况", "第二部分2025年度部门决算表", "一、收入支出决算总表",
           "二、收入决算表", "第三部分名词解释"]
    page = ("某县人民政府\n您当前所在位置: 首页 > 部门信息公开\n某县司法局2025年度部门决算\n" + "\n".join(toc)
            + "\n第一部分 某县司法局概况\n一、部门主要职责\n(一)承担全面依法治县重大问题的政策研究。\n")
    hs = _headings(page)
    assert [h[0] for h in hs if h[1] >= 1] == [11, 12, 13]
    assert all(_kind(page, n) == "chrome" for n in range(4, 11))


def test_a_contents_under_its_heading_with_a_field_and_unnumbered_entries():
    page = ("某区人民政府\n当前位置：首页 > 政务公开\n某区司法局2025年度部门决算\n目录\n公开时间:2026年9月26日\n一、概况\n(一)部门职责\n"
            "二、2025年度部门决算公开表\n2025年度收入支出决算总表\n2025年度收入决算表(分单位)\n三、名词解释\n一、概况\n(一)部门职责\n"
            "承担全区法治建设的统筹协调工作。\n")
    hs = _headings(page)
    assert [h[0] for h in hs if h[1] >= 1] == [12, 13]


# --- the site's lists and clouds ---

def test_a_related_list_under_the_sites_buttons_after_the_text():
    page = ("某区人民政府\n当前位置：首页 > 政务公开\n某区城市管理局2025年法治政府建设情况的报告\n" + OPENING + BODY
            + "[打印本页] [关闭窗口]\n1. 某区城市管理局2024年法治政府建设情况的报告\n2. 某区城市管理局2025年政府信息公开工作年度报告\n"
            "网站标识码：1234567890\n")
    assert [h[0] for h in _headings(page)] == [3, 5, 7]


def test_a_related_list_where_most_items_are_titles():
    page = ("某某范文网\n当前位置：首页 > 工作总结\n某县水利局2026年上半年工作总结\n" + OPENING + BODY
            + "上一篇：水利局2025年上半年工作汇报\n你可能感兴趣的文章\n1、乡镇水利工作总结\n2、水利局半年工作情况汇报\n"
            "3、农田水利建设工作总结\n4、水利系统上半年工作小结\n")
    assert [h[0] for h in _headings(page)] == [3, 5, 7]


def test_the_texts_own_closing_list_of_titles_right_under_its_paragraph_stays():
    """A numbered list of documents right under the text's last paragraph, no site line between,
    is the text's (its attachments or the plans it names)."""
    page = ("某县司法局2026年工作要点\n" + OPENING + "一、主要工作\n全年制定配套文件三份，分别是：\n1. 某县法律援助工作实施办法\n"
            "2. 某县人民调解工作规范\n")
    assert [h[0] for h in _headings(page) if h[1] == 3] == [5, 6]


def test_a_keyword_cloud_over_the_title_is_the_sites():
    title = "县融媒体中心2026年上半年总结和下一步工作安排"
    page = ("某某文网\n当前位置：首页 > 工作总结\n" + title + ".docx\n立即下载　加入收藏　举报\n媒体\n中心\n2026\n上半年\n总结\n"
            "下一步\n工作\n安排\n" + title + "\n" + OPENING + BODY)
    assert _titles(page) == [(13, 0, "", title)]
    assert all(_kind(page, n) == "chrome" for n in range(5, 13))


def test_an_ordinal_word_with_its_comma_over_numbered_headings_is_a_part():
    page = "某区水利局2026年上半年工作总结及下半年工作计划\n第一、上半年工作总结\n一、重点水利工程建设。全年在建工程十项，完成投资两亿元。\n二、认真做好防汛抗旱准备。排查险工险段二十处。\n"
    hs = _headings(page)
    assert hs[0][0] == 1 and hs[1] == (2, 1, "第一、", "上半年工作总结")


def test_a_doc_sites_notice_list_whose_first_item_is_already_the_sites():
    page = ("某县2026年上半年工作总结\n" + OPENING + BODY + "立即下载（¥5.00）\n1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
            "2、\"仅部分预览\"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。\n")
    assert all(h[1] != 3 for h in _headings(page))


def test_a_placeholder_date_and_a_page_counter_are_the_sites():
    head = "区教育局2026年上半年工作总结汇报"
    own = "xx区教育局2026年上半年工作总结"
    page = "某某文库\n首页 > 工作总结\n" + head + "\n编号:658229379\n" + head + "\n201X/X/XX\n" + own + "\n" + OPENING + BODY
    assert _titles(page) == [(7, 0, "", own)]
    page2 = ("某某文库\n首页 > 工作总结\n2026年区教育局上半年工作总结\n2026年区教育局上半年工作总结_第1页\n1/7\n"
             "2026年区教育局上半年工作总结_第2页\n2/7\n区教育局上半年工作总结\n" + OPENING + BODY)
    assert _titles(page2) == [(8, 0, "", "区教育局上半年工作总结")]


def test_a_summary_and_plan_title_over_two_lines_each_with_its_year():
    page = "某街道2025年工作总结\n2026年重点工作安排\n" + OPENING + BODY
    assert [t[0] for t in _titles(page)] == [1, 2]


def test_the_same_title_shown_twice_in_a_row_is_still_one_showing():
    page = "某乡政府工作报告\n政府工作报告\n各位代表:\n" + OPENING + BODY
    assert [t[0] for t in _titles(page)] == [2]


def test_a_title_with_a_note_in_brackets_holding_commas():
    title = "2026年村级“两委”换届“回头看”工作总结(覆盖18个村,平均参选率89%)"
    page = title + "\n为严格贯彻上级关于村级“两委”换届后“回头看”的工作部署,\n现将有关情况总结如下。\n一、基本情况\n全年完成十八个村的回头看工作。\n"
    assert _titles(page) == [(1, 0, "", title)]


def test_a_sample_sites_essay_label_before_the_red_header_and_its_number():
    page = ("某某文库\n当前位置：某某文库 > 公文范文 > 通知\n某省人民政府办公厅文件\n时间:2019-05-14 10:45:55 作者:会员上传\n"
            "第一篇:某省人民政府办公厅文件\n某省人民政府办公厅文件\n某政办发〔2026〕24号\n某省人民政府办公厅关于加强普通高等学校\n"
            "毕业生就业工作的通知\n各市州、县市区人民政府,省政府各厅委:\n根据国务院办公厅的要求，现就有关事项通知如下。\n")
    assert [t[0] for t in _titles(page)] == [8, 9]
    assert _kind(page, 7) == "doc-number"


def test_handling_marks_over_a_government_work_report():
    page = ("某某范文网\n当前位置：首页 > 公文范文\n2026年《政府工作报告》征求意见稿\n1 内部资料\n注意保存\n政府工作报告\n"
            "( 2026 年 xx 月 xx 日在某区第二届人民代表大会第六次会议上)\n(征求意见稿)\n代区长\n各位代表:\n"
            "现在,我代表区人民政府向大会报告工作,请予审议。\n一、过去五年的工作\n过去五年，全区经济稳步增长。\n")
    assert _titles(page) == [(6, 0, "", "政府工作报告")]
    assert _kind(page, 4) == "chrome" and _kind(page, 7) == "subtitle"


def test_a_forum_posts_header_and_a_speechs_slogan_title_over_its_salutation():
    page = ("某某之家\n某某之家 › 论坛 › 文库 › 公文写作 › 查看帖子\n楼主 | 发表于 ×-×-× | 只看该作者\n狠抓安全管理\n构建和谐环境\n尊敬的各位领导:\n"
            "下面我代表镇政府，就我镇的安全生产情况向各位领导做一汇报。\n一、强化认识，建立高效组织网络体系\n全镇建立安全生产网格一百个。\n")
    assert _kind(page, 3) == "chrome"
    assert [t[0] for t in _titles(page)] == [4, 5]


def test_a_part_with_its_name_glued_after_the_contents_is_a_heading_not_the_title():
    toc = ["第一部分部门概况", "一、部门职责", "二、机构设置", "第二部分2025年度部门决算情况说明", "一、收入支出决算总体情况说明"]
    page = ("某区人民政府\n当前位置：首页 > 政务公开\n2025年度某区司法局部门决算公开\n目录\n公开时间:2026年9月26日\n" + "\n".join(toc)
            + "\n第一部分部门概况\n一、部门职责\n承担全区法治建设的统筹协调工作。\n")
    assert _titles(page) == [(3, 0, "", "2025年度某区司法局部门决算公开")]
    assert (11, 1, "第一部分", "部门概况") in _headings(page)


def test_a_compilations_name_stays_a_title_with_its_first_pieces():
    page = ("某某范文网\n首页 > 工作总结 > 政协工作\n政协系统2025年工作综述材料汇编(4篇)\n发布时间：×   浏览：×次\n"
            "政协系统2025年工作综述材料汇编(4篇)\n目录\n1.市政协2025年工作总结 2\n2.县政协2025年工作总结 11\n"
            "市政协2025年工作总结\n" + OPENING + BODY)
    assert [t[0] for t in _titles(page)] == [5, 9]


def test_a_site_named_like_a_compilation_is_no_title():
    page = ("政府工作报告汇编\n首页 | 华北 | 东北 | 华东\n当前位置：首页 > 华中 > 正文\n某县2026年政府工作报告\n发布时间：2026-02-××\n"
            "政府工作报告\n——2026年2月2日在某县第十八届人民代表大会第五次会议上\n各位代表:\n" + OPENING + BODY)
    assert [t[0] for t in _titles(page)] == [6]


def test_a_plain_notices_recipients_without_their_colon_joined_by_commas():
    page = ("某县人民政府办公室关于开展2026年“政务开放日”活动的通知\n各镇人民政府、某某街道办事处,县政府相关部门(单位)\n"
            "为深化政务公开，推进阳光政府建设，现就有关事项通知如下。\n一、工作目标\n坚持以人民为中心的发展思想。\n")
    assert _titles(page) == [(1, 0, "", "某县人民政府办公室关于开展2026年“政务开放日”活动的通知")]
    assert _kind(page, 2) == "salutation"


def test_a_body_named_alone_under_the_headline_is_not_the_documents_title():
    page = ("某区人民政府门户网站\n当前位置：首页 > 政府信息公开\n某区教育局2025年法治政府建设年度报告\n2026-01-03\n某区教育局\n"
            + OPENING + BODY)
    assert _titles(page) == [(3, 0, "", "某区教育局2025年法治政府建设年度报告")]


def test_the_sites_name_glued_once_with_its_code():
    page = ("乡村百科 — 为乡村振兴助力\n首页 > 工作总结\n某镇2025年工作总结和2026年工作计划\n" + OPENING
            + "一、2025年主要工作s12乡村百科--为乡村振兴助力\n2025年是极不平凡的一年，全镇经济稳步增长。\n")
    assert (5, 1, "一、", "2025年主要工作") in _headings(page)


def test_a_link_to_the_picture_version_under_the_title_is_the_sites():
    page = ("某镇人民政府\n当前位置：首页 > 政务公开\n某镇政府工作报告\n一图读懂:某镇政府工作报告的政策解读\n"
            "——2026年2月26日在某镇第四届人民代表大会第八次会议上\n各位代表:\n" + OPENING + BODY)
    assert _titles(page) == [(3, 0, "", "某镇政府工作报告")]
