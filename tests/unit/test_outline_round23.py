"""Outline round 23 (issue 17): the top matter of doc sites and speeches (a blurb naming the file in 《》
however long, the first chunk number alone over the title, the file's stats line, a byline with its
date in brackets, a dateline whose closing bracket wrapped away), a speech's title kept when its speaker
line and dateline follow the site's date line, a notice's title printed inside 《》 or longer than a
title line, a part named after a paragraph ending 如下：. Pages written here, not copied from a set."""

from __future__ import annotations

from drafter.core.outline import parse_text

from test_outline_round22 import BODY, OPENING, _headings


def test_a_doc_sites_blurb_and_the_bare_first_chunk_number_are_the_sites():
    title = "某某县民政局2026年上半年工作总结及下半年工作安排"
    page = ("某某文库\n首页 > 行业资料 > 工作总结\n" + title + "(20260619).docx\n页数：13　大小：32.5KB　格式：DOCX\n"
            "下载文档　收藏　举报\n《" + title + "(20260619).docx》由会员分享，可在线阅读，更多相关《" + title
            + "(20260619).docx(13页珍藏版)》请在某某文库上搜索。\n1、\n" + title + "\n" + OPENING + BODY)
    hs = _headings(page)
    assert hs[0] == (8, 0, "", title) and [h[0] for h in hs if h[1] == 0] == [8]
    kinds = {b.line: b.kind for b in parse_text(page).blocks}
    assert kinds[6] == "chrome" and kinds[7] == "chrome"


def test_a_file_stats_line_and_badges_under_the_headline_are_the_sites():
    title = "某区交通运输局2025年工作总结和2026年工作思路"
    page = ("某某文库 首页 > 工作总结 > 部门总结\n" + title + "\nVIP专免\n2026-05-19 999+ 16.44KB 13 页 海报\n侵权投诉\n"
            + title.replace("2025", " 2025 ").replace("2026", " 2026 ") + "\n" + OPENING + BODY)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(6, 0, "", title.replace("2025", " 2025 ").replace("2026", " 2026 "))]
    assert all(h[3] not in ("VIP专免", "侵权投诉") for h in hs)


def test_a_byline_with_its_date_in_brackets_is_no_title_line():
    page = ("首页 > 信息公开 > 规划计划\n某某县自然资源局2025年主要工作完成情况和2026年重点工作计划\n"
            "某某县自然资源局 (2026年2月25日)\n" + BODY)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(2, 0, "", "某某县自然资源局2025年主要工作完成情况和2026年重点工作计划")]
    assert parse_text(page).blocks[2].kind == "byline"


def test_a_dateline_without_its_closing_bracket_is_no_title():
    page = ("某某县人民政府\n首页 > 政务公开 > 政府工作报告\n2025年某某县政府工作报告\n"
            "索  引  号 K45899617/2026-00501 主题分类\n发布机构 某某县人民政府 发布日期 2026-01-31 18:42\n"
            "名        称 2025年某某县政府工作报告\n(2026年1月10日在某某县第十七届人民代表大会第三次会议上\n"
            "县长 张某某\n各位代表:\n现在，我代表县人民政府向大会作工作报告，请予审议。\n" + BODY)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(3, 0, "", "2025年某某县政府工作报告")]
    assert parse_text(page).blocks[6].kind == "subtitle"


def test_a_speechs_title_stands_when_the_sites_date_line_breaks_its_top_matter():
    page = ("某市 | 首页 > 新闻 > 正文\n建章立制  服务大局全力推进政府立法工作创新发展\n\n20.05.2026  21:11\n"
            "市政府法制办党组成员、副主任 张某某\n(2026年5月18日)\n同志们:\n"
            "这次全市政府立法工作座谈会是市政府同意召开的。\n" + BODY)
    hs = _headings(page)
    assert hs[0] == (2, 0, "", "建章立制  服务大局全力推进政府立法工作创新发展")
    kinds = [b.kind for b in parse_text(page).blocks]
    assert kinds[4:7] == ["byline", "subtitle", "salutation"]


def test_a_notice_title_printed_inside_book_marks_over_its_chrome_number_is_the_title():
    page = ("某府办发〔2026〕10号《某市人民政府办公厅关于转发市发展改革委某市生活垃圾分类实施方案的通知\n"
            "浏览量:时间:2026-07-07 06:20:54\n"
            "《某市人民政府办公厅关于转发市发展改革委某市生活垃圾分类实施方案的通知》\n某府办发〔2026〕10号\n"
            "各区、市、县政府，市政府各工作部门：\n"
            "市发展改革委《某市生活垃圾分类实施方案》已经市人民政府同意，现转发给你们，请认真贯彻执行。\n"
            "某市人民政府办公厅\n2026年7月1日\n某市生活垃圾分类实施方案\n" + BODY)
    hs = _headings(page)
    assert [h[:2] for h in hs if h[1] == 0] == [(3, 0), (9, 0)]


def test_a_long_notice_title_with_the_sites_lines_under_it_is_the_title():
    title = ("某自治区农牧厅关于印发《某自治区农牧厅中央预算内直接投资农业建设项目实施细则》"
             "《某自治区农牧厅中央预算内投资补助农业建设项目实施细则》的通知")
    page = ("首页 > 政务公开 > 通知公告\n" + title + "\n发布日期:2026-10-27 09:45 字体: 访问量:207 分享到: 微信\n"
            "微博 qq 空间\n各盟市农牧局，相关单位:\n"
            "为进一步加强和规范中央预算内投资农业建设项目管理，我厅修订了两个实施细则，现印发给你们，请遵照执行。\n"
            "某自治区农牧厅\n2026年7月24日\n某自治区农牧厅中央预算内直接投资农业建设项目实施细则\n第一章 总则\n"
            "一、为加强项目管理，制定本细则。\n")
    assert len(title) > 60
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0][0] == (2, 0, "", title)
    assert (11, 1, "一、", "为加强项目管理，制定本细则") in hs


def test_a_part_name_under_a_paragraph_announcing_it_heads_the_part():
    page = ("某某街道2025年工作总结及2026年工作计划\n"
            "在区委、区政府的正确领导下，街道较好地完成了各项任务，现将工作总结和计划报告如下：\n"
            "2025年工作总结\n（一）优化营商环境\n街道创新招商方式，全年引进企业十二家。\n"
            "（二）改善民生\n全年新增就业岗位三百个。\n")
    hs = _headings(page)
    assert (3, 1, "", "2025年工作总结") in hs
    # the announcing paragraph is the text's first, no salutation
    assert parse_text(page).blocks[1].kind == "paragraph"


def test_a_part_name_right_under_a_whole_title_is_the_first_parts_heading():
    for title, part in [("某某街道办事处工作报告", "2025年工作回顾"),
                        ("某某街道2026年半年度工作总结及下半年工作安排", "上半年总体工作情况")]:
        page = (f"首页 > 政务公开 > 规划计划\n{title}\n{part}\n"
                "2025年，街道办事处坚持以人民为中心，全面完成各项目标任务。\n一年来，我们重点做了以下工作：\n" + BODY)
        hs = _headings(page)
        assert [h for h in hs if h[1] == 0] == [(2, 0, "", title)]
        assert (3, 1, "", part) in hs
    # a title that does not end as a whole title wraps on: 某某县关于 / 2025年工作情况
    page = "某某县司法局关于\n2025年工作情况的报告\n" + OPENING + BODY
    assert [h[3] for h in _headings(page) if h[1] == 0] == ["某某县司法局关于", "2025年工作情况的报告"]


def test_a_notice_whose_recipients_line_lost_its_colon_has_its_title_over_it():
    page = ("上海某区\n当前位置：首页 > 政务公开 > 区政府文件\n某区人民政府关于印发《某区人民政府工作规则》的通知\n"
            "索引号 SY-310115-2026-00371\n文件编号 某府〔2026〕1号\n发布机构 区政府\n发布时间 2026-01-29\n"
            "某区人民政府关于印发\n《某区人民政府工作规则》的通知\n"
            "区政府各委、办、局,各管理局(管委会),各直属企业,各街道办事处、镇政府\n"
            "《某区人民政府工作规则》已经区政府第1次常务会议审议通过,现予印发。\n(此件公开发布)\n"
            "某区人民政府工作规则\n第一章总则\n一、为规范区政府工作,制定本规则。\n第二章工作职责\n"
            "二、区政府全体组成人员要忠实履行职责。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(8, 0, "", "某区人民政府关于印发"), (9, 0, "", "《某区人民政府工作规则》的通知"),
                                          (13, 0, "", "某区人民政府工作规则")]
    assert (14, 1, "第一章", "总则") in hs and (16, 1, "第二章", "工作职责") in hs
    assert (15, 1, "一、", "为规范区政府工作,制定本规则") in hs
    # a sentence that opens with 第一章 is no chapter, glued or not
    assert all(h[2] != "第一章" for h in _headings("某某县工作总结\n第一章节的内容已经完成修订。\n" + BODY))


def test_a_title_opened_by_its_joint_issuers_one_a_line_is_whole():
    page = ("某某县人民政府\n当前位置：首页 > 政务公开 > 法治政府建设\n"
            "中共某某县委 某某县人民政府关于某某县2025年度法治政府建设工作的报告\n"
            "发布时间：2026-01-05 09:00    信息来源：某某县司法局\n中共某某县委\n某某县人民政府\n"
            "关于某某县2025年度法治政府建设工作的\n报 告\n中共某某市委、市人民政府:\n" + OPENING + BODY)
    assert [h[0] for h in _headings(page) if h[1] == 0] == [5, 6, 7, 8]


def test_a_joint_notice_under_a_portals_empty_fields_is_read_whole():
    page = ("欢迎访问某某县政府门户网站!\n当前位置: 首页 > 政务公开 > 政策文件 > 县委文件\n索 引 号:104/2026-00780\n"
            "发文机关:\n发布时间:2026-03-22\n有效时间:\n所属主题:\n公开对象:\n发文类型:\n公开部门:\n状 态:\n"
            "关于印发《某某县深入推进法治政府建设实施方案》的通知\n"
            "某某县政府门户网站 www.mmx.gov.cn更新时间:2026-03-22作者:字体[ ]\n"
            "中共某某县委\n某某县人民政府\n关于印发《某某县深入推进法治政府建设\n实施方案》的通知\n"
            "各镇党委和人民政府,县直机关各单位:\n"
            "现将《某某县深入推进法治政府建设实施方案》印发给你们,请结合实际认真贯彻执行。\n"
            "中共某某县委\n某某县人民政府\n2026年3月22日\n某某县深入推进法治政府建设实施方案\n"
            "为全面贯彻落实《法治政府建设实施纲要》精神,制定本方案。\n一、总体要求\n坚持依法行政。\n")
    hs = _headings(page)
    assert [h[0] for h in hs if h[1] == 0] == [14, 15, 16, 17, 23]
    assert (25, 1, "一、", "总体要求") in hs
    kinds = {b.line: b.kind for b in parse_text(page).blocks}
    assert all(kinds[n] == "chrome" for n in range(3, 14))


def test_a_dateline_that_lost_its_year_and_month_marks_is_no_title():
    page = ("某某区人民政府\n当前位置：首页 > 镇街信息公开 > 某某镇 > 政府工作报告\n某某镇2025年政府工作报告\n"
            "发布机构: 某某区某某镇 发文日期: 2026-08-19 16:45 字体: []\n"
            "2026312日在某某区某某镇第十届人民代表大会第一次全体会议上\n某某镇党委副书记、镇长 张某\n各位代表、同志们:\n"
            "现在,我代表镇人民政府向大会报告工作,请予审议。\n" + BODY)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(3, 0, "", "某某镇2025年政府工作报告")]


def test_a_doc_sites_name_with_its_slogan_after_a_dash_is_no_title():
    title = "2025年XX镇政府工作报告"
    page = ("某某文库 - 文档分享平台\n首页 | 行业资料 | 党政工作 | 工作总结 | 工作报告 | 计划方案\n" + title + "(20260127).docx\n"
            "11 页 | 大小：×× KB | 上传时间：2026-××-××\n下载文档  收藏  分享\n1、\n" + title + "\n各位代表:\n"
            "现在,我代表XX镇人民政府,向大会作工作报告,请予审议。\n" + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(7, 0, "", title)]


def test_a_sent_documents_title_wrapped_after_its_bodys_name_is_whole():
    page = ("某某旗人民政府\n当前位置:首页 > 政务公开 > 部门文件\n"
            "标  题: 某某旗安全生产委员会关于印发《某某旗安全生产委员会2026年工作要点》的通知\n"
            "索 引 号: 11150621MB1688871X/2026-3653124 发文字号: 某安委会发〔2026〕8号\n"
            "某某旗安全生产委员会关于印发《某某旗安全生产委员会2026年工作要点》的通知\n"
            "各苏木镇人民政府,各街道办事处,旗安委会各成员单位:\n"
            "现将《某某旗安全生产委员会2026年工作要点》印发给你们,请认真抓好落实。\n某某旗安全生产委员会\n2026613日\n"
            "某某旗安全生产委员会\n2026年工作要点\n"
            "某某旗安全生产委员会2026年的主要任务是:深入贯彻落实安全生产重要指示精神。\n一、强化安全生产责任落实\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0][-2:] == [(10, 0, "", "某某旗安全生产委员会"), (11, 0, "", "2026年工作要点")]
    assert (13, 1, "一、", "强化安全生产责任落实") in hs


def test_a_summary_and_plan_title_wrapped_at_its_second_part_under_a_dated_headline():
    page = ("上海某区\n首页 > 政务公开 > 街道信息公开 > 某某路街道 > 计划总结\n"
            "某某路街道2025年工作总结和2026年重点工作安排 2026-10-19\n某某路街道2025年工作总结\n2026年重点工作安排\n"
            "2025年是全面完成“十四五”规划的收官之年。街道坚持党建引领，各项工作稳步推进。\n"
            "2025年工作总结\n一、社区党建扎实推进\n全年新建党群服务站点三个。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(4, 0, "", "某某路街道2025年工作总结"), (5, 0, "", "2026年重点工作安排")]
    assert (7, 1, "", "2025年工作总结") in hs
    # with the site's line between, a whole title's part under the title is the first part's heading
    page = ("某某街道办事处\n首页 > 政务公开 > 计划总结\n2026年某某街道办事处政府工作报告\n"
            "发布时间:2026-01-11 10:12 来源:某某街道 浏览次数:\n2025年工作总结\n"
            "2025年，某某街道在区委、区政府的正确领导下，圆满完成了全年目标任务。\n一、智慧经济初具规模\n全年新增企业十家。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(3, 0, "", "2026年某某街道办事处政府工作报告")]
    assert (5, 1, "", "2025年工作总结") in hs


def test_a_flattened_tables_row_labels_are_cells_not_headings():
    page = ("某某区人民政府\n当前位置：首页 > 政府信息公开 > 政府信息公开年报\n"
            "某某镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n"
            "2025年，某某镇严格按照《中华人民共和国政府信息公开条例》要求，做好政府信息公开工作。\n"
            "二、主动公开政府信息情况\n第二十条第\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n0\n0\n0\n"
            "行政规范性文件\n0\n0\n0\n三、收到和处理政府信息公开申请情况\n"
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n"
            "一、本年新收政府信息公开申请数量\n0\n0\n0\n二、上年结转政府信息公开申请数量\n0\n0\n0\n"
            "三、本年度办理结果\n（一）予以公开\n0\n0\n0\n四、存在的主要问题及改进情况\n"
            "信息公开的及时性有待提高。\n")
    hs = _headings(page)
    assert [(h[2], h[3]) for h in hs if h[1] == 1] == [
        ("一、", "总体情况"), ("二、", "主动公开政府信息情况"), ("三、", "收到和处理政府信息公开申请情况"),
        ("四、", "存在的主要问题及改进情况")]
    assert all(h[1] != 2 for h in hs)
    # the cells are kept as text, none dropped
    doc = parse_text(page)
    assert [b.text for b in doc.blocks if b.detail == "table-cell"][:3] == ["第二十条第", "信息内容", "本年制发件数"]
    # a report whose headings stand over paragraphs has no cells
    assert not [b for b in parse_text("某某县司法局2025年工作总结\n" + OPENING + BODY).blocks if b.detail == "table-cell"]


def test_a_title_under_its_joint_issuers_repeats_the_headline_and_is_the_title():
    page = ("某某县人民政府\n首页 > 乡镇街道 > 某某镇 > 政务公开 > 法治政府建设\n索引号：11500235/2026-00001\n"
            "发布机构：某某县某某镇人民政府\n成文日期：2026-01-28\n关于2025年法治政府建设情况的报告\n"
            "日期：2026-01-28  【大 中 小】  分享到：\n中共某某县某某镇委员会\n某某县某某镇人民政府\n"
            "关于2025年法治政府建设情况的报告\n县委、县政府:\n" + OPENING + BODY)
    assert [h[0] for h in _headings(page) if h[1] == 0] == [8, 9, 10]


def test_a_section_name_after_the_headline_and_a_wrapped_breadcrumb_is_no_title():
    page = ("某某市人民政府\n首页 > 政务公开 > 政府信息公开年报 > 2025年度 >\n乡镇(街道办)\n"
            "某某镇2025年政府信息公开工作年度报告\n• 信息来源:某某市某某镇\n• 发布日期:2026-01-23 16:56\n• 浏览次数:\n"
            "总体情况\n根据《中华人民共和国政府信息公开条例》要求，现将本年度政府信息公开工作报告如下。\n"
            "（一）主动公开\n动态优化主动公开目录，全年主动公开信息二百条。\n（二）依申请公开\n全年未收到申请。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(4, 0, "", "某某镇2025年政府信息公开工作年度报告")]
    assert (8, 1, "", "总体情况") in hs
    assert parse_text(page).blocks[2].kind == "chrome"


def test_a_notice_title_over_its_bracketed_number_and_a_letter_spaced_genre():
    page = ("法律法规文库\n当前位置:首页 > 地方规范性文件\n某市人民政府关于印发2026年度政府工作目标考核办法的通知\n"
            "发布部门:某市人民政府\n发文字号:某政发〔2026〕26号\n【字体:大 中 小】 【打印】\n"
            "某市人民政府关于印发2026年度政府工作目标考核办法的通知\n(某政发〔2026〕26号)\n"
            "各县(市、区)人民政府,市政府各部门:\n现将《2026年度政府工作目标考核办法》印发给你们,请遵照执行。\n"
            "二○二六年五月十二日\n2026年度政府工作目标考核办法\n一、考核对象\n各县(市、区)人民政府。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(7, 0, "", "某市人民政府关于印发2026年度政府工作目标考核办法的通知"),
                                          (12, 0, "", "2026年度政府工作目标考核办法")]
    assert parse_text(page).blocks[7].kind == "doc-number"
    spaced = ("某区人民政府\n当前位置:首页 > 政务公开 > 政策\n区人民政府办公室 关于印发2026年区政府重点工作责任分解的通知\n"
              "区人民政府办公室\n关于印发2026年区政府重点工作责任分解的\n通 知\n各新区、区政府各部门:\n"
              "《2026年区政府重点工作责任分解》已经区政府研究同意,现印发给你们,请认真贯彻落实。\n2026年6月28日\n"
              "2026年区政府重点工作责任分解\n一、抓好疫情防控\n")
    assert [h[0] for h in _headings(spaced) if h[1] == 0] == [4, 5, 6, 10]


def test_a_speech_heading_that_answers_its_question_after_the_colon_is_whole():
    page = ("某区委书记在全区生态环境保护工作会议上的讲话\n同志们:\n今天，区委、区政府召开全区环保工作会议。\n"
            "一、去年环保工作怎么看:成效较为明显,问题不容忽视\n过去一年，全区上下认真学习贯彻生态文明思想。\n"
            "二、今年环保工作怎么干\n")
    hs = _headings(page)
    assert (4, 1, "一、", "去年环保工作怎么看:成效较为明显,问题不容忽视") in hs
    # a heading phrase before its colon still ends there
    assert (2, 2, "（一）", "普法宣传") in _headings("一、主要工作\n（一）普法宣传：全年开展法治讲座50场。\n")


def test_a_speechs_top_matter_with_the_sites_stamp_lines_and_a_glued_speaker():
    page = ("某某网\n位置: 某某网 > 某某县 > 正文\n2025年某某县政府工作报告\n2026/8/7 23:36:09 点击:\n"
            "来源时间为:2025-06-08\n2025年政府工作报告\n——2025年4月27日在某某县第十七届人民代表大会第五次会议上\n"
            "县长王某某\n各位代表:\n现在，我代表县人民政府向大会作工作报告，请予审议。\n" + BODY)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(6, 0, "", "2025年政府工作报告")]
    kinds = [b.kind for b in parse_text(page).blocks]
    assert kinds[3:5] == ["chrome", "chrome"] and kinds[7] == "byline"
    # a doc site's name with its date, the day left as placeholders, is no title line either
    page = ("某某范文网\n当前位置:首页 > 优质范文 > 正文\n某区委书记在全区生态环境保护工作会议上的讲话\n"
            "某某范文网 2025-××-××\n同志们:\n今天，区委、区政府召开全区环保工作会议。\n" + BODY)
    assert [h[0] for h in _headings(page) if h[1] == 0] == [3]


def test_the_title_with_the_first_chunks_number_glued_on_is_the_title_without_it():
    title = "2026年上半年乡镇信访工作总结"
    page = ("万能文库\n文档分类 > 党政司法 > 信访维稳\n" + title + ".docx\n| 格式 | 页数 | 大小 |\n| DOCX | 3 | 18.6KB |\n"
            "《" + title + ".docx》由会员分享，可在线阅读，更多相关《" + title + ".docx》请在万能文库上搜索。\n1、" + title + "\n"
            "今年以来，某某乡认真贯彻落实上级关于加强信访工作的要求，确保社会稳定。\n一、加强信访工作的领导\n"
            "乡党委抓住乡村两级信访工作责任这一关键，层层落实责任\n2、制，对各村实行村支书负责制。\n"
            "二、健全信访各项工作制度\n为使信访工作纳入制度化的轨道，我乡在信访工作\n3、制度的建立方面下了很大功夫。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(7, 0, "", title)]
    assert [h[3] for h in hs if h[1] >= 1] == ["加强信访工作的领导", "健全信访各项工作制度"]
    doc = parse_text(page)
    assert doc.blocks[6].text == title and doc.blocks[6].column == 3  # (the column stays the text's)


def test_a_year_may_follow_a_level3_marker_and_a_date_clause_ends_no_heading():
    page = ("一、主要工作\n（一）矛盾纠纷大调解工作开展情况\n"
            "1、2025年度,我镇通过摸排、下级报送等方式共调处矛盾纠纷53件。其中重大案件4件。\n"
            "2、健全组织机构,完善工作机制\n1、2月份全县共受理案件12件。\n")
    hs = _headings(page)
    assert (3, 3, "1、", "2025年度,我镇通过摸排、下级报送等方式共调处矛盾纠纷53件") in hs
    assert all(h[0] != 5 for h in hs)  # 1、2月份: January and February, no heading


def test_a_reports_occasion_under_its_title_and_speaker_is_its_subtitle():
    page = ("某某市人民政府\n当前位置:首页 > 信息公开 > 政府工作报告\n发布时间:2026-03-18 08:55\n"
            "2026年某某镇人民政府工作报告\n某某镇人民政府镇长 张某某\n在某某镇第十七届人民代表大会第五次会议上的报告\n"
            "各位代表:\n现在，我代表镇人民政府向大会报告政府工作，请予审议。\n" + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(4, 0, "", "2026年某某镇人民政府工作报告")]
    assert [b.kind for b in parse_text(page).blocks][4:6] == ["byline", "subtitle"]
    # standing alone at the top, such a line is the speech's title
    alone = "在全县政法工作会议上的讲话\n同志们：\n今天召开全县政法工作会议。\n" + BODY
    assert _headings(alone)[0] == (1, 0, "", "在全县政法工作会议上的讲话")


def test_the_joint_issuers_on_one_line_over_a_late_title_open_it():
    page = ("某某县人民政府\n首页 > 乡镇街道 > 某某乡\n| 索引号 | 6207250036/2026-00078 | 发文字号 | |\n"
            "| 生成日期 | 2026-02-11 11:19:10 | 是否有效 |\n中共某某乡委员会 某某乡人民政府\n"
            "关于2025年法治政府建设情况的报告\n县委依法治县办:\n" + OPENING + BODY)
    assert [h[0] for h in _headings(page) if h[1] == 0] == [5, 6]


def test_a_tables_header_row_under_the_headline_is_no_title():
    page = ("某某区人民政府\n当前位置:首页 > 政务公开 > 重点工作\n名称: 某某区2026年政府工作报告重点工作任务分解表\n"
            "发布日期: 2026-03-28\n某某区2026年政府工作报告重点工作任务分解表\n"
            "发布时间:2026-03-28 16:00 信息来源:某某区委督查考核办\n序号 重点工作任务 主要责任单位 协同配合单位\n"
            "一、2026年经济社会发展的主要预期目标\n1 地区生产总值增长6.5%左右。 区发改委 区政府各部门\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(5, 0, "", "某某区2026年政府工作报告重点工作任务分解表")]


def test_a_metadata_label_cut_short_and_an_index_number_glued_to_its_label_are_the_sites():
    page = ("某某县人民政府\n当前位置：首页 > 政府信息公开 > 法定主动公开内容\n索 引 号 发布机构\n文  号 〔〕号 有效性\n"
            "公开日\n某某县2025年度法治政府建设工作报告\n发布时间: 2026-03-12     浏览次数:    【字体:\n" + OPENING + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(6, 0, "", "某某县2025年度法治政府建设工作报告")]
    page = ("某某县人民政府\n您当前的位置：首页 > 信息公开 > 财政信息 > 部门决算\n某某县政务服务管理局2025年度部门决算\n"
            "来源:某某县政务服务管理局 作者: 时间:2026-10-22 点击率:\n监督索引号53092200643401000\n"
            "某某县政务服务管理局2025年度部门决算\n第一部分 部门概况\n一、主要职能\n负责全县政务服务工作。\n")
    assert [h for h in _headings(page) if h[1] == 0] == [(6, 0, "", "某某县政务服务管理局2025年度部门决算")]


def test_a_contents_ends_where_its_first_entry_shows_again_numbered_otherwise():
    page = ("某某区人民政府\n当前位置：首页 > 政务公开 > 财政资金\n2026年度某某区财政局预算公开\n"
            "发布时间：2026-02-26　来源：某某区财政局\n2026年度某某区财政局预算公开情况说明\n目 录\n一、部门主要职责\n"
            "二、机构设置情况\n三、预算收支安排情况\n第一部分  部门主要职责\n（一）制订全区财政预算。\n（二）拟定全区中长期财政规划。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(5, 0, "", "2026年度某某区财政局预算公开情况说明")]
    assert (10, 1, "第一部分", "部门主要职责") in hs


def test_a_form_field_a_bracketed_office_and_an_attachment_list_are_no_title_lines():
    page = ("来源:某某镇   2026-09-28 20:14\n某某县2025年度部门整体支出\n绩效评价自评报告\n"
            "部门(单位)名称:某某县某某镇政府\n预算编码:\n评价方式:部门(单位)绩效自评\n一、部门(单位)基本概况\n"
            "某某镇政府是县政府的派出机关。\n")
    assert [h[0] for h in _headings(page) if h[1] == 0] == [2, 3]
    page = ("某某区人民政府关于某某区2026年上半年国民经济和社会发展计划执行情况的报告\n"
            "——2026年8月31日在区第十七届人大常委会第十五次会议上\n某某区人民政府副区长(提名人选) 张某某\n"
            "尊敬的赵主任、各位副主任、各位委员:\n受区长委托，我代表区人民政府向本次会议报告。\n" + BODY)
    assert parse_text(page).blocks[2].kind == "byline"
    assert all(h[1] != 1 or h[2] for h in _headings(page))  # (the speaker line is no un-numbered heading)


def test_a_level_one_number_with_a_space_for_its_mark_and_a_reference_to_a_table():
    page = ("乌当区乡镇调研报告\n一 调研背景\n乡镇是我国最基层的行政单位。\n二 乌当区2乡6镇整体概况\n"
            "（一）乌当区2乡6镇基本情况,如表3所示\n表3 乌当区2乡6镇基本情况\n")
    hs = _headings(page)
    assert (2, 1, "一", "调研背景") in hs and (4, 1, "二", "乌当区2乡6镇整体概况") in hs
    assert (5, 2, "（一）", "乌当区2乡6镇基本情况,如表3所示") in hs
    # a letter-spaced line or 一 是 is no such heading
    assert all(h[2] != "一" for h in _headings("某某县工作总结\n一 是加强组织领导\n" + BODY))


def test_a_word_ending_in_wei_opens_no_glued_body_and_a_chunk_number_before_a_comma_is_no_marker():
    hs = _headings("一、主要工作\n（三）行政执法行为全面规范,权力运行阳光透明。执法队伍专业化建设。\n"
                   "2、,降雨时空分布相对匀称,未出现大范围集中降雨。\n")
    assert (2, 2, "（三）", "行政执法行为全面规范,权力运行阳光透明") in hs
    assert all(h[0] != 3 for h in hs)


def test_link_labels_a_tools_ad_and_a_listing_date_with_a_site_are_no_title_lines():
    page = ("某某乡人民政府\n当前位置:首页 > 政务公开 > 计划总结\n某某乡2025年工作总结和2026年工作计划\n"
            "发布时间:2026-01-05\n原文链接:点击查看源文件\n政策解读链接:点击查看政策解读\n2025年工作总结\n"
            "一、主要工作\n全年办理案件12件。\n")
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(3, 0, "", "某某乡2025年工作总结和2026年工作计划")]
    assert (7, 1, "", "2025年工作总结") in hs
    page = ("某某公文网\n当前位置：首页 > 领导讲话 > 经济工作讲话\n公文高手,超级方便的公文写作神器! 立即了解\n"
            "区长在经济观摩会发言\n作者：佚名  来源：网络  更新时间：2026-01-05\n通过“三看三比”展示各镇街的发展成效。\n"
            "一、合力拼搏,抢抓机遇\n")
    assert [h for h in _headings(page) if h[1] == 0] == [(4, 0, "", "区长在经济观摩会发言")]
    page = ("德育素材网 首页\n当前位置：首页 > 讲话稿 > 领导讲话\n区委书记在全区一季度经济工作会议上的讲话\n"
            "10-28 德育素材网\n同志们:\n今天,我们召开全区一季度经济工作会议。\n" + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(3, 0, "", "区委书记在全区一季度经济工作会议上的讲话")]


def test_the_columns_name_from_the_menu_over_the_title_is_the_sites():
    page = ("范文参考网\n首页 工作总结 工作计划 心得体会 述职报告\n工作总结\n乡镇应急管理年度工作总结范文参考(三篇)\n"
            "发布时间:2026-11-14 15:22:49\n篇一\n近年来，在县委、政府的正确领导下，我镇应急管理工作取得成效。\n一、主要工作成效\n")
    assert [h for h in _headings(page) if h[1] == 0] == [(4, 0, "", "乡镇应急管理年度工作总结范文参考(三篇)")]
    # a title that is a menu's item too stays the title
    page = ("某某镇人民政府\n首页 | 政务公开 | 政府工作报告 | 互动交流\n政府工作报告\n"
            "——2026年1月5日在某某镇第十八届人民代表大会第五次会议上\n各位代表：\n现在，我代表镇人民政府作工作报告。\n" + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(3, 0, "", "政府工作报告")]


def test_a_doc_sites_page_images_and_buttons_and_the_counted_title_under_them():
    name = "2025年x镇政府工作报告"
    page = ("万能文库\n首页 | 分类 | 排行 | 专题\n收藏 分享(赏)\n" + name + ".docx\n上传人:la****1 文档编号:517352 上传时间:2026-04-08\n"
            "下载 相关 举报\n" + "".join(f"{name}.docx_第{i}页\n第{i}页 / 共12页\n" for i in (1, 2, 3))
            + "资源描述\n1、" + name + "\n各位代表:\n现在,我代表x镇人民政府向大会报告工作,请予审议。\n" + BODY)
    hs = _headings(page)
    assert [h for h in hs if h[1] == 0] == [(14, 0, "", name)]


def test_a_first_section_named_by_its_period_after_the_headline_and_its_fields():
    page = ("某某县人民政府\n首页 > 政务公开 > 乡镇(街道)政府信息公开 > 某某镇\n某某镇2025年政府工作报告\n"
            "索  引  号: yishui2441108/2025-0000032 主  题  词: 公开方式: 主动公开\n"
            "标       题: 某某镇2025年政府工作报告\n“十四五”时期经济社会发展回顾\n"
            "“十四五”期间，是全面建成小康社会的决胜阶段。\n过去五年，我们高举发展争先大旗，地区生产总值年均增长6%。\n")
    hs = _headings(page)
    assert hs == [(3, 0, "", "某某镇2025年政府工作报告"), (6, 1, "", "“十四五”时期经济社会发展回顾")]


def test_widgets_badges_and_counters_one_a_line_are_the_sites_and_the_title_shows_again_wrapped():
    page = ("公文帮\n首页 > 讲话发言 > 领导讲话\n县长在全县打造一流营商环境动员部署会上的讲话\nVIP专免\n2026-06-10\n999+\n"
            "20.57KB\n14 页\n海报\n侵权投诉\n县长在全县打造一流营商环境动员部署会\n上的讲话\n同志们:\n刚才，部长通报了评价情况。\n"
            + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(11, 0, "", "县长在全县打造一流营商环境动员部署会"), (12, 0, "", "上的讲话")]
    page = ("某某区人民政府\n当前位置：首页 > 政务公开 > 法治政府建设\n某某区机关事务中心关于2025年法治政府建设情况的报告\n"
            "发表时间 : 2026-03-18 16:56:43\n用微信扫描二维码\n分享至好友和朋友圈\n语音合成中,请耐心等待...\n进入播报模式\n语音播报\n"
            + OPENING + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(3, 0, "", "某某区机关事务中心关于2025年法治政府建设情况的报告")]


def test_a_title_under_its_number_and_the_portals_filing_lines_printed_first():
    page = ("某某县人民政府\n首页 政务公开 政务服务 政民互动\n当前位置: 首页 >> 政府信息公开 >> 法治政府建设\n"
            "网站标识码:6302230002 主办单位:某某县人民政府办公室\n某公网安备 63022302000103号 备案号:某ICP备16000286号-1\n"
            "索 引 号:hzx/2025-00008 | 发文字号: |\n某政〔2025〕64号\n某某县人民政府\n关于2025年某某县法治政府建设工作\n"
            "开展情况的报告\n某某市人民政府:\n" + OPENING + BODY)
    assert [h[0] for h in _headings(page) if h[1] == 0] == [8, 9, 10]


def test_the_sites_name_glued_to_its_lines_is_cut_off_them():
    page = ("乡村百科--为乡村振兴助力\n首页 乡镇总结 街道总结 工作计划\n当前位置：首页 > 街道总结\n"
            "某某街道2025年工作总结及2026年工作计划\n  2025年以来，某某街道深入学习贯彻党的二十大精神。EiW乡村百科--为乡村振兴助力\n"
            "  一、2025年工作总结EiW乡村百科--为乡村振兴助力\n  (一)逆势奋战交出优异答卷EiW乡村百科--为乡村振兴助力\n"
            "  1.强化人员摸排，抓好源头防控。全年排查人员一万人次。\n")
    hs = _headings(page)
    assert (6, 1, "一、", "2025年工作总结") in hs and (7, 2, "(一)", "逆势奋战交出优异答卷") in hs


def test_a_title_under_a_font_pickers_label_and_a_joint_notice_opened_by_its_issuers_verb():
    page = ("某县人民政府门户网站\n当前位置：首页 > 政务公开 > 政府工作报告\n2025年某县人民政府工作报告\n"
            "发布时间:2025-01-04 17:20 信息来源:某县人民政府\n字体:\n政府工作报告\n——2024年12月23日在某县第十七届\n"
            "人民代表大会第二次会议上\n某县人民政府县长 张某\n各位代表：\n现在，我代表县人民政府向大会作工作报告。\n" + BODY)
    assert [h for h in _headings(page) if h[1] == 0] == [(6, 0, "", "政府工作报告")]
    page = ("某市人民政府\n首页 > 政务公开 > 政府文件\n某政发〔2025〕4号\n某市人民政府 某市中级人民法院印发\n"
            "关于完善“府院联动”机制的意见的通知\n各县(区)人民政府、法院,市政府各部门:\n"
            "《某市人民政府 某市中级人民法院关于完善“府院联动”机制的意见》已经研究同意，现印发给你们，请认真贯彻执行。\n"
            "某市人民政府 某市中级人民法院\n2025年5月6日\n关于完善“府院联动”机制的意见\n一、总体要求\n")
    assert [h[0] for h in _headings(page) if h[1] == 0] == [4, 5, 10]


def test_an_articles_authors_with_their_unit_are_no_heading():
    page = ("深化乡镇法治化综合改革的探索\n徐某某 冯 某(某省司法厅)\n近年来，某省司法行政系统全面推进乡镇法治化综合改革。\n"
            "一、改革的主要做法\n各地建立乡镇合法性审查机制。\n")
    hs = _headings(page)
    assert all(h[0] != 2 for h in hs) and (4, 1, "一、", "改革的主要做法") in hs


def test_a_sample_sites_first_piece_title_under_its_collection_headline_is_the_title():
    page = ("九九公文网\n首页 | 工作总结 | 工作计划\n当前位置：首页 > 工作计划\n某镇政府2026年工作计划8篇\n"
            "时间：2026-01-05 作者：九九公文网\n在日常工作中，定期检查和更新工作计划是非常重要的。\n某镇政府2026年工作计划篇1\n"
            "一、工作思路\n坚持以解放思想为先导。\n")
    assert [h for h in _headings(page) if h[1] == 0] == [(7, 0, "", "某镇政府2026年工作计划篇1")]
    # a headline without a count is the site's too, the piece's showing the title, its last (session 17)
    page = page.replace("8篇\n", "\n")
    assert [h for h in _headings(page) if h[1] == 0] == [(7, 0, "", "某镇政府2026年工作计划篇1")]
