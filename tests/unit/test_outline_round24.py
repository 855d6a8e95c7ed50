"""Outline rounds 24–25 (issue 17, session 9, sets 53–58): a PDF copy's unprintable glyphs (a ? after a space
at line ends, ? for full-width spaces), a report's whole top matter shown twice, a speaker line with a
colon, a list of parallel measures in one sentence, related lists under any head sites build (热门资讯),
第一， as a speech's marker, 1是 as an enumeration, a doc site's headline shown again over the document's own
title (with the first chunk's number, with 范文 after it), a page stamp of figures, a compilation's prefix
kept in the title, a site's name glued on with other dashes, the site's name with its 首页 link, a spaced
title with its year, the site's name again under the title, a row of 【】 buttons, a portal's 责任部门 rows,
a plan's title after the news opening that names it, a cover's year and month; a compilation's contents
with page numbers, a field line in brackets, a site's word count after the title, a time of placeholders,
the file headline wrapped over two lines, a portal's empty fields, a title wrapped before its tail, the
title under its issuer after the headline. Pages written here, not copied from a set."""

from __future__ import annotations

from drafter.core.outline import parse_text

from test_outline_round22 import BODY, OPENING, _headings


def _titles(page: str) -> list[tuple[int, int, str, str]]:
    return [h for h in _headings(page) if h[1] == 0]


def _kind(page: str, line: int) -> str:
    return parse_text(page).blocks[line - 1].kind


def test_a_glyph_the_copy_could_not_print_after_a_space_is_no_part_of_the_text():
    page = ("某某文库\n首页 > 工作报告\n政府工作报告 ?\n2026 年 1 月 27 日在某县第十八届人民代表大会第五次会议上 ?\n"
            "某县人民政府县长 张三 ?\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n"
            "一、过去五年,我们众志成城,砥砺前行 ?\n五年来,全县地区生产总值年均增长百分之六。\n")
    hs = _headings(page)
    assert hs == [(3, 0, "", "政府工作报告"), (8, 1, "一、", "过去五年,我们众志成城,砥砺前行")]
    assert _kind(page, 4) == "subtitle" and _kind(page, 5) == "byline"


def test_a_question_mark_alone_in_a_line_is_no_glyph():
    page = "某县司法局2026年工作总结\n" + OPENING + "一、为什么要抓好普法?\n全年开展普法活动五十场。\n"
    assert (3, 1, "一、", "为什么要抓好普法") in _headings(page)


def test_question_marks_printed_for_full_width_spaces_read_as_spaces():
    page = ("某省人民政府工作规则\n第一章?总?则\n第一条?为规范省政府工作,制定本规则。\n"
            "第二条?省政府工作的准则是依法行政。\n第二章?组成人员职责\n第三条?省政府组成人员要忠实履行职责。\n")
    hs = _headings(page)
    assert (2, 1, "第一章", "?总?则") in hs and (5, 1, "第二章", "?组成人员职责") in hs


def test_the_whole_top_matter_shown_twice_is_the_document_at_its_last_showing():
    top = "2026年某某县人民政府工作报告\n——2026年1月5日在某某县第十六届人民代表大会第六次会议上\n某某县人民政府县长:李四\n"
    page = "某某制度网\n首页 > 文档中心 > 政府工作报告\n" + top + top + "各位代表:\n" + OPENING + BODY
    assert _titles(page) == [(6, 0, "", "2026年某某县人民政府工作报告")]
    assert [_kind(page, n) for n in (3, 4, 5, 7, 8)] == ["chrome", "chrome", "chrome", "subtitle", "byline"]


def test_an_item_listing_parallel_measures_in_one_sentence_stays_whole():
    item = ("1.深入推进司法体制改革,完善司法权力运行机制,探索司法责任追究机制,构建严格科学的司法审判程序,"
            "推动司法公开创新发展,加强司法解释制度建设。")
    page = "某县司法局2026年工作要点\n" + OPENING + "一、主要任务\n" + item + "\n"
    assert (4, 3, "1.", item[2:-1]) in _headings(page)


def test_a_long_item_whose_second_clause_is_narrative_is_cut_at_its_first_comma():
    item = ("1.加强日常监管,尤其是在春节、两会期间,落实重点时段管控措施,从严审批社区矫正对象外出请假,"
            "通过查询定位信息,掌握社区矫正对象的活动情况。")
    page = "某县司法局2026年工作总结\n" + OPENING + "一、社区矫正\n" + item + "\n"
    assert (4, 3, "1.", "加强日常监管") in _headings(page)


def test_a_related_list_under_any_head_a_site_builds_is_chrome():
    for head in ("热门资讯", "相关热门：", "热门文档", "最新动态"):
        page = ("某某县司法局2026年工作总结\n" + OPENING + BODY + "上一篇：某某县司法局2025年工作总结\n" + head
                + "\n1. 某县2026年重点项目名单公布\n2. 某县招商引资推介会举行\n3. 2026年中考时间安排\n")
        assert [h[3] for h in _headings(page)] == ["某某县司法局2026年工作总结", "主要工作", "存在问题"], head


def test_a_speechs_ordinal_word_is_its_marker():
    page = ("在全县信访工作会议上的讲话\n同志们:\n今天召开会议,主要任务是部署全年工作。下面,我再强调三点意见:\n"
            "第一,认识要再提升,把政治责任“担起来”\n信访工作是党的群众工作的重要组成部分,各级要高度重视。\n"
            "第二,措施要再细化,把工作责任“扛起来”\n各地要逐案落实包案领导,限期化解。\n")
    hs = _headings(page)
    assert (4, 1, "第一,", "认识要再提升,把政治责任“担起来”") in hs and (6, 1, "第二,", "措施要再细化,把工作责任“扛起来”") in hs


def test_an_enumeration_written_with_figures_is_no_heading():
    page = ("在全县招商引资工作会议上的讲话\n同志们:\n一、要统一思想\n招商引资是推动发展的关键举措之一。\n"
            "1是主攻工业的需要。主攻工业的主要着力点在招商。\n2是扭转被动局面的需要。当前形势非常严峻。\n")
    assert [h[0] for h in _headings(page)] == [1, 3]


def test_the_headline_shown_again_over_the_documents_own_title_is_the_sites():
    page = ("某某文库\n首页 | 分类 | 上传文档\n2026年在全县招商引资工作会议上的讲话范文\n文档页数：4  上传时间：2026-01-05\n"
            "资源描述\n2026年在全县招商引资工作会议上的讲话范文\n在全县招商引资工作会议上的讲话\n同志们:\n"
            "一、要统一思想\n招商引资是推动发展的关键举措之一。\n")
    assert _titles(page) == [(7, 0, "", "在全县招商引资工作会议上的讲话")]


def test_a_page_stamp_and_the_headline_with_the_first_chunks_number_are_the_sites():
    page = ("某某报告网\n首页 | 工作报告\n2026年某县政府工作报告(全文)\n时间：2026-04-19  来源：网络整理\n"
            "1 1 2026 最新修订(可编辑)\n1 2026 年某县政府工作报告(全文)\n政府工作报告\n"
            "2026年1月27日在某县第十八届人民代表大会第五次会议上\n某县人民政府县长 王五\n各位代表:\n" + BODY)
    assert _titles(page) == [(7, 0, "", "政府工作报告")]
    assert _kind(page, 5) == "chrome" and _kind(page, 6) == "chrome"


def test_a_sites_name_glued_to_lines_with_other_dashes_is_cut_off():
    name = "AFi乡村百科--为乡村振兴助力"
    page = ("乡村百科 - 为乡村振兴助力\n首页 > 乡镇总结\n某镇政府工作报告" + name + "\n各位代表:" + name + "\n"
            "现在,我代表镇人民政府向大会报告工作。\n一、2025年工作回顾" + name + "\n全镇经济平稳增长。\n"
            "二、2026年工作安排" + name + "\n全镇要抓好项目建设。\n")
    assert _headings(page) == [(3, 0, "", "某镇政府工作报告"), (6, 1, "一、", "2025年工作回顾"),
                               (8, 1, "一、".replace("一", "二"), "2026年工作安排")]


def test_the_sites_name_with_its_home_link_is_the_sites():
    title = "2026年街道办事处四城同创工作总结汇报"
    page = ("公文素材库 首页\n首页 | 工作总结 | 工作计划 | 讲话稿 | 汇报材料 | 心得体会\n" + title
            + "\n时间:2026-12-02 09:53:57 网站:公文素材库\n" + title + "\n" + OPENING + BODY)
    assert _titles(page) == [(5, 0, "", title)]


def test_a_spaced_title_with_its_year_spaced_too_is_the_title():
    page = ("某某县人民政府\n当前位置:首页 >> 政务公开 >> 乡镇政务\n某镇2026年工作总结\n发布时间:2027-01-05 来源:某镇\n"
            "某 某 镇 2 0 2 6 年 工 作 总 结\n中共某某镇委员会 某某镇人民政府\n(2027年1月)\n" + OPENING + BODY)
    assert _titles(page) == [(5, 0, "", "某 某 镇 2 0 2 6 年 工 作 总 结")]


def test_the_sites_name_again_under_the_title_and_a_row_of_buttons_are_the_sites():
    page = ("三味园范文网\n首页 > 范文大全 > 讲话稿\n在全县安全生产工作会议上的讲话\n三味园范文网\n2026-04-02\n"
            "同志们:\n" + BODY)
    assert _titles(page) == [(3, 0, "", "在全县安全生产工作会议上的讲话")]
    page = ("阿扣范文网\n首页 | 工作总结 | 讲话稿\n2026年在全市重点项目建设推进会讲话[VIP]\n发布时间:2026-4-25\n"
            "相关文章】 【现金奖励投稿】 【扣点券查看全文】\n2026年在全市重点项目建设推进会讲话\n同志们:\n" + BODY)
    assert _titles(page) == [(6, 0, "", "2026年在全市重点项目建设推进会讲话")]


def test_a_portals_rows_split_by_spaces_are_its_metadata():
    page = ("杭州市某区人民政府\n首页 | 政务公开 | 政务服务\n信息索引号 001008001003040/2026-20657 文件编号\n"
            "责任部门 某镇 公开形式 主动公开\n责任科室 某镇 公开范围 面向社会\n成文日期 2026-03-21 公开时限 长期公开\n"
            "某镇法治政府建设年度报告(2025年度)\n来源:党政   发布时间: 2026-03-21 09:39\n" + OPENING + BODY)
    assert _titles(page) == [(7, 0, "", "某镇法治政府建设年度报告(2025年度)")]


def test_a_plans_title_after_the_news_opening_that_names_it_is_the_title():
    page = ("法治某省网\n首页 | 法治要闻\n当前位置:首页 > 法治要闻 > 正文\n发布时间:2026-11-30 来源:某省日报\n"
            "近日,中共某省委印发了《法治某省建设规划(2026—2030年)》,并发出通知,要求各地认真贯彻落实。\n"
            "法治某省建设规划(2026—2030年)\n为建设更高水平的法治某省,制定本规划。\n"
            "一、坚定不移走中国特色社会主义法治道路\n党的十八大以来,全省法治建设取得重大成就。\n")
    assert _titles(page) == [(6, 0, "", "法治某省建设规划(2026—2030年)")]


def test_a_covers_year_and_month_is_never_a_title():
    page = ("某某街道国民经济和社会发展第十五个五年规划纲要\n二〇二六年八月\n前 言\n"
            "“十五五”时期是全面建设社会主义现代化国家的关键时期。\n一、发展基础\n全街道经济总量稳步增长。\n")
    assert all(h[3] != "二〇二六年八月" for h in _headings(page))


def test_a_compilations_contents_with_page_numbers_are_no_headings():
    page = ("某某文库\n首页 > 工作总结\n(3篇)林业局2026年度工作总结汇编\n"
            "1.某区林业局2026年度工作总结2\n2.某市林业局2026年工作总结及2027年工作计划11\n3.某县林业局2026年政务公开工作总结22\n"
            "某区林业局2026年度工作总结\n2026年以来,我局全面推进林长制工作,取得新的成效。\n" + BODY)
    kinds = parse_text(page).blocks
    assert [kinds[n - 1].detail for n in (4, 5, 6)] == ["toc"] * 3
    assert all(h[1] != 3 for h in _headings(page))


def test_the_source_line_in_brackets_and_the_text_label_are_the_sites():
    page = ("某某信息网\n首页 某某信息 某某资讯\n2026年某市政府工作报告\n(来源:网站编辑 2026-02-06 13:14)\n文章正文\n"
            "现在,我代表市政府向大会报告工作,请予审议。\n" + BODY)
    assert _titles(page) == [(3, 0, "", "2026年某市政府工作报告")]


def test_a_title_with_a_sites_word_count_after_it_is_the_title_at_its_last_showing():
    title = "某县交通运输局2026年工作总结3790字范文"
    page = ("欢迎来到某某报告网!\n特惠加入VIP会员\n首页 | 工作总结 | 工作计划 | 述职报告\n当前位置: 首页 > 工作总结 > "
            + title[:12] + "\n" + title + "\n  " + title + "\n" + OPENING + BODY)
    assert _titles(page) == [(6, 0, "", title)]


def test_a_date_line_with_placeholders_for_its_time_is_the_sites():
    page = ("某某网\n首页 教育资讯 工作总结 范文大全\n您的位置：首页 > 工作总结 > 正文\n普法工作总结\n"
            "2026-09-×× ×:× 来源：网络整理 阅读：×\n【普法工作总结】\n" + OPENING + BODY)
    assert _titles(page) == [(6, 0, "", "【普法工作总结】")]


def test_the_file_headline_shown_again_over_two_lines_over_the_own_title_is_the_sites():
    head = "【七五普法调研报告】“七五”普法工作情况调研报告-20260728131819"
    page = ("某某文档\n首页 | 分类 | 精选\n" + head + ".docx\n- 约1.98千字\n- 约 4页\n" + head[:17] + "\n" + head[17:]
            + "\n2026 年“七五”普法工作情况调研报告(县级)\n今年是普法收官之年,县人大常委会组织调研组开展了专题调研。\n" + BODY)
    assert _titles(page) == [(8, 0, "", "2026 年“七五”普法工作情况调研报告(县级)")]


def test_a_portals_empty_fields_are_no_salutation():
    page = ("某旗人民政府\n首页 | 政府信息公开 | 政务服务\n索引号: 152900000000033/2026-01583 发布机构: 某旗人民政府\n"
            "公开方式: 主动公开 组配分类: 规划计划\n公文时效:\n某旗2026年上半年国民经济和社会发展计划执行情况\n"
            "一、上半年计划执行情况\n2026年上半年,全旗地区生产总值完成16.29亿元,同比增长5%。\n")
    assert _titles(page) == [(6, 0, "", "某旗2026年上半年国民经济和社会发展计划执行情况")]
    assert _kind(page, 5) == "chrome"


def test_a_title_wrapped_before_its_short_tail_keeps_both_lines():
    page = ("某某学院\n学院首页 | 学院概况 | 通知公告\n当前位置: 学院首页 > 通知公告 > 正文\n某省2026年度法治政府建设工作\n"
            "【来源:某省2026年度法治政府建设工作 | 发布日期:2027-03-02】\n某省2026年度法治政府建设工作\n情况报告\n"
            + OPENING + BODY)
    assert _titles(page) == [(6, 0, "", "某省2026年度法治政府建设工作"), (7, 0, "", "情况报告")]


def test_the_title_under_its_issuer_after_the_headline_and_the_metadata_is_found():
    title = "2026年法治政府建设工作情况报告"
    page = ("某市某区人民政府\n当前位置: 政府机构 >> 某镇 >> 信息公开\n" + title + "\n• 索引号:1495410037/gyz1/2027-00021\n"
            "• 发文字号:\n• 名 称:" + title + "\n• 公文时效:\n• 发布日期:2027-03-31\n【字体:大 中 小】 【打印】 【关闭】\n"
            "某市某区某镇人民政府\n" + title + "\n2026年我镇深入贯彻落实上级部门关于加强法治政府建设的部署,取得新成效。\n" + BODY)
    assert _titles(page) == [(10, 0, "", "某市某区某镇人民政府"), (11, 0, "", title)]


def test_the_same_figure_twice_is_a_heading_not_a_range():
    page = "某镇2026年第一季度工作总结和第二季度工作计划\n" + OPENING + "一、一季度工作总结\n全镇经济平稳运行。\n二、二季度工作计划\n全镇要抓好项目建设。\n"
    assert [h[:3] for h in _headings(page)][1:] == [(3, 1, "一、"), (5, 1, "二、")]


def test_a_spaced_out_dateline_is_no_page_stamp():
    page = ("某某报告网\n首页 | 工作报告\n2026年某县政府工作报告(全文)\n1 1 2026 最新修订(可编辑)\n政府工作报告\n"
            "2026 年 1 月 27 日在某县第十八届人民代表大会第五次会议上\n某县人民政府县长 王五\n各位代表:\n" + BODY)
    assert _kind(page, 4) == "chrome" and _kind(page, 6) == "subtitle"


def test_a_collections_first_piece_with_a_bare_number_is_the_title():
    page = ("某某范文网\n首页 | 工作总结 | 工作汇报\n当前位置:首页 > 专题范文 > 正文\n2026年社区矫正工作调研报告3篇\n"
            "某某网络 发表于2026-01-08 19:25:07 本文已影响 ×人\n2026年社区矫正工作调研报告3篇\n社区矫正工作调研报告1\n"
            "社区矫正是与监禁矫正相对应的行刑方式,我市自试点以来稳步推进。\n" + BODY)
    assert _titles(page) == [(7, 0, "", "社区矫正工作调研报告1")]
    assert _kind(page, 5) == "chrome"


def test_a_news_pages_headline_over_its_article_header_is_the_title():
    page = ("微信热点\n首页　时事　职场　科技　生活\n【聚力2026】强化普法宣传教育 提升依法治理水平\n职场   2027-01-07 15:44   江西\n"
            "2026年是全面落实“八五”普法规划的关键之年。一年来,全市普法工作取得新成效。\n一、地域法治品牌有了新内涵\n"
            "紧扣本土法治品牌宣传推广,线上线下双向发力。\n")
    assert _titles(page) == [(3, 0, "", "【聚力2026】强化普法宣传教育 提升依法治理水平")]
    assert _kind(page, 4) == "chrome"


def test_joint_issuers_over_a_title_opening_with_about_are_title_lines():
    page = ("某某学院党委宣传部\n首页 | 部门概况 | 理论学习\n当前位置: 首页 >> 理论学习 >> 正文\n省委宣传部、省司法厅\n"
            "关于开展法治宣传教育的第九个五年规划\n(2026—2030年)\n来源:中共某省委新闻网\n发布时间：2026-12-20　点击数：×\n"
            "全民普法是建设社会主义法治国家的基础性工作,事关全面依法治国的长远发展。\n一、始终坚持以习近平法治思想引领全民普法工作\n"
            "全省各级各部门要深入学习宣传习近平法治思想。\n")
    assert [h[0] for h in _titles(page)] == [4, 5, 6]
