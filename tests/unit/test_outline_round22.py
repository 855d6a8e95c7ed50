"""Outline round 22 (issue 17): the title the top matter missed because the site's lines around it
read as body (index-table values printed again, 访问次数:, 匹配度/排序, a doc site's 由会员分享 blurb) is
the last whole title over the text's start; a menu row after 首页 is the site's whatever its words; a
site's watermark after a line's text is cut off; the first sub-item glued to a heading ends it; 一、三级
联动 is a heading; a quote closing a phrase at the line's end ends no sentence; 2 .全面… is a level-3
marker; a doc site's numbered notice is the site's even without its label. Pages written here, not
copied from a set."""

from __future__ import annotations

from drafter.core.outline import parse_text


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


BODY = ("一、主要工作\n"
        "全年办理法律援助案件三百件，开展普法活动五十场，调解矛盾纠纷一千二百件。\n"
        "二、存在问题\n"
        "基层法治力量仍然薄弱，普法形式有待创新。\n")
OPENING = "2025年以来，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。现将有关情况报告如下：\n"


def test_the_title_under_index_values_printed_again_is_found():
    page = ("某某县人民政府\n首页 > 政务公开 > 部门信息公开 > 县司法局\n"
            "索引号: | 02165835-010/2025-76619 | 公开方式: | 主动公开 |\n"
            "02165835-010/2025-76619\n主动公开\n某某县司法局\n访问次数:\n"
            "某某县司法局2025年工作总结及2026年工作思路\n" + BODY)
    hs = _headings(page)
    assert hs[0] == (8, 0, "", "某某县司法局2025年工作总结及2026年工作思路")
    assert (9, 1, "一、", "主要工作") in hs


def test_the_title_over_a_salutation_after_a_dash_field_list_is_found():
    page = ("某某县人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n- 乡镇信息公开\n-\n索引号xxzf/2026-00001\n-\n"
            "发布机构某某县新华乡人民政府\n-\n时效性有效\n新华乡2025年法治政府建设工作情况报告\n"
            "县委全面依法治县委员会办公室:\n" + OPENING + BODY)
    hs = _headings(page)
    assert hs[0] == (10, 0, "", "新华乡2025年法治政府建设工作情况报告")


def test_a_doc_sites_blurb_does_not_hide_the_title_and_a_speech_keeps_its_top_matter():
    page = ("某某文库\n首页 > 办公文档 > 工作计划\n县教育局2026年工作要点.docx\n"
            "《县教育局2026年工作要点.docx》由会员分享,可在线阅读,更多相关《县教育局2026年工作要点.docx》请在某某文库上搜索。\n"
            "县教育局2026年工作要点\n" + BODY)
    assert _headings(page)[0] == (5, 0, "", "县教育局2026年工作要点")
    speech = ("网站客服:3074922707\n2023\n常务\n副县长\n讲话\n常务副县长在调解工作会上讲话\n县人民政府常务副县长 ×××\n"
              "(2023年×月×日)\n同志们:\n今天召开全县人民调解工作现场会，主要任务是总结经验、部署工作。\n" + BODY)
    hs = _headings(speech)
    assert hs[0] == (6, 0, "", "常务副县长在调解工作会上讲话")
    assert all(h[0] != 7 and h[0] != 8 for h in hs)


def test_no_title_is_made_up_from_a_body_line():
    """No whole title over the text's start: nothing is taken for one."""
    page = "访问次数:\n" + OPENING + BODY
    assert all(h[1] != 0 for h in _headings(page))


def test_a_menu_after_the_home_page_is_the_sites_whatever_its_words():
    page = ("sanweiyuan.com 范文网\n首页 | 讲话稿 | 工作总结 | 工作计划 | 心得体会\n当前位置:首页 > 讲话稿 > 正文\n"
            "县委书记在全县人民调解员培训会议上的讲话\nxx县委书记 xxx\n(20xx年x月x日)\n同志们:\n"
            "近年来，我县人民调解工作取得了突出成绩。\n" + BODY)
    hs = _headings(page)
    assert hs[0] == (4, 0, "", "县委书记在全县人民调解员培训会议上的讲话")
    assert not any(h[0] == 2 for h in hs)


def test_a_watermark_after_a_lines_text_is_cut_off():
    page = ("某某县司法局2025年法治政府建设情况报告\n" + OPENING + "公文汇 www.gongwenhui.com\n"
            "一、主要举措和成效 公文汇 www.gongwenhui.com\n"
            "(一)坚持党的领导,深入学习贯彻习近平法治思想 公文汇,办公文档之家\n"
            "我局组织学习了党的二十大报告和习近平法治思想。 公文汇,办公文档之家\n"
            "(二)提高决策水平,规范执行合法性审查工作 稿子汇 www.gaozihui.com\n"
            "我局严格贯彻落实党组会议议事决策制度。\n")
    hs = _headings(page)
    assert (4, 1, "一、", "主要举措和成效") in hs
    assert (5, 2, "(一)", "坚持党的领导,深入学习贯彻习近平法治思想") in hs
    assert (7, 2, "(二)", "提高决策水平,规范执行合法性审查工作") in hs


def test_a_tail_shown_once_and_a_site_name_before_its_address_stay():
    wrapped = "关于公开征集2025年政府工作和 民生实事建议的公告\n为起草好政府工作报告，现公开征集意见。\n一、征集时间\n从公告之日起。\n"
    assert _headings(wrapped)[0][3] == "关于公开征集2025年政府工作和 民生实事建议的公告"
    heading = "一、加强队伍建设 提升能力水平\n全年培训调解员三百人次。\n二、强化保障 夯实基础\n全年投入经费十万元。\n"
    assert _headings(heading)[0] == (1, 1, "一、", "加强队伍建设 提升能力水平")


def test_the_first_sub_item_glued_to_a_heading_ends_it():
    page = ("某某县行政执法三项制度实施方案\n为全面推行行政执法三项制度，结合我县实际，制定本方案。\n"
            "一、总体要求以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。\n"
            "二、主要任务和具体措施(一)全面推行行政执法公示制度\n强化事前公开。\n")
    hs = _headings(page)
    assert (3, 1, "一、", "总体要求") in hs
    assert (4, 1, "二、", "主要任务和具体措施") in hs


def test_one_three_level_is_a_heading_one_two_level_is_not():
    page = ("某某区司法局2025年工作总结\n" + OPENING + "一、三级联动,法治建设同频一体推进\n全年召开联席会议四次。\n"
            "二、普法宣传\n一、二级调解组织全面建成，全年调解纠纷三百件。\n")
    hs = _headings(page)
    assert (3, 1, "一、", "三级联动,法治建设同频一体推进") in hs
    assert not any(h[0] == 6 for h in hs)


def test_a_phrase_closed_by_a_quote_at_the_lines_end_runs_on():
    page = ("某某区普法工作总结\n" + OPENING + "一、主要成效\n中心、服务大局，提升普法宣传质效，为全区营造了良好的法治环境。\n"
            "五年来,我区累计开展普法活动 XX 场,培育“法律明白人”\nXX 人,建成法治文化阵地 XX 个,市级青少年法治教育实践基\n"
            "地 X 个。\n")
    assert not any(h[0] == 5 for h in _headings(page))


def test_a_number_spaced_from_its_mark_is_a_level_three_marker():
    page = ("县教育局2026年工作要点\n1.全面坚持党对教育工作的领导。加快推动党的组织全覆盖。\n"
            "2 .全面落实立德树人根本任务。全面贯彻党的教育方针。\n3 .推进各级各类教育高质量发展。促进学前教育普及普惠发展。\n")
    hs = _headings(page)
    assert (3, 3, "2 .", "全面落实立德树人根本任务") in hs
    assert (4, 3, "3 .", "推进各级各类教育高质量发展") in hs


def test_a_doc_sites_numbered_notice_without_its_label_is_the_sites():
    page = ("在全县2026年教育工作会议上的讲话\n" + BODY +
            "文稿预览结束,查看原文请点击下方加入会员全站免费下载\n"
            "1. 本文稿内容较多,请先下载后再完整阅读内容或进行编辑。\n"
            "2. 为防止用户资源被随意传播,本站部分文稿需要会员才可阅读或下载,请予谅解与支持!\n"
            "3. 本站所有资源来源于用户上传或网络,仅作为参考学习使用,如有侵权请联系站长删除!\n")
    assert not any(h[0] >= 7 for h in _headings(page))
    # a report's own numbered items that name its station stay headings
    report = ("某某镇农技站2025年工作总结\n" + OPENING + "1.加强技术推广。本站全年推广新品种十个。\n"
              "2.强化培训服务。全年培训农民五百人次。\n")
    hs = _headings(report)
    assert (3, 3, "1.", "加强技术推广") in hs and (4, 3, "2.", "强化培训服务") in hs


def test_a_notices_title_over_the_sites_leftovers_is_the_notices_title():
    page = ("某某县人民政府\n首页 >> 公开信息内容\n某某县人民政府办公室关于印发某某县突发环境事件应急预案(试行)的通知\n"
            "索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理\n某政办发〔201746\n"
            "各乡镇人民政府,县级有关部门:\n经县人民政府同意,现将《某某县突发环境事件应急预案(试行)》印发给你们,请认真贯彻执行。\n"
            "某某县人民政府办公室\n某某县突发环境事件应急预案(试行)\n一、总则\n为健全突发环境事件应对工作机制，制定本预案。\n")
    hs = _headings(page)
    assert hs[0] == (3, 0, "", "某某县人民政府办公室关于印发某某县突发环境事件应急预案(试行)的通知")


def test_the_document_a_notice_sent_after_its_banji_is_read():
    page = ("某某街道关于印发《某某街道法治建设三年行动计划(2024-2026年)》的通知\n各部门(单位)、各居民区:\n"
            "《某某街道法治建设三年行动计划(2024-2026年)》已经研究通过,现印发给你们,请认真贯彻执行。\n"
            "某某街道办事处\n2024年11月25日\n某某街道党政办公室2024年12月3日印发\n"
            "浦东新区某某街道法治建设三年行动计划(2024-2026年)\n基层法治建设是全面依法治国的深厚基础。\n"
            "一、总体要求\n(一)指导思想\n以习近平法治思想为指导。\n")
    hs = _headings(page)
    assert (7, 0, "", "浦东新区某某街道法治建设三年行动计划(2024-2026年)") in hs
    assert (9, 1, "一、", "总体要求") in hs and (10, 2, "(一)", "指导思想") in hs
    # after a 版记 that sent no named document, the rest stays the page's
    tail = page.replace("浦东新区某某街道法治建设三年行动计划(2024-2026年)\n", "相关链接\n")
    assert not any(h[0] >= 7 for h in _headings(tail))


def test_a_reports_part_named_over_its_first_section_is_a_part_heading():
    page = ("某某区司法局2017年工作总结\n2017年是基础建设年，我局在区委、区政府正确领导下，扎实推进各项工作。\n2017年工作情况\n"
            "一、维护和谐稳定大局\n(一)人民调解工作日趋完善\n全年调解纠纷三百件，调解成功率百分之九十八。\n"
            "二、法治宣传\n全年开展普法活动五十场。\n")
    hs = _headings(page)
    assert (3, 1, "", "2017年工作情况") in hs and (4, 1, "一、", "维护和谐稳定大局") in hs
    # a line of other words there is no part heading
    other = page.replace("2017年工作情况\n", "全局干部职工共同努力\n")
    assert not any(h[0] == 3 for h in _headings(other))


def test_a_reports_parts_are_level_one_and_their_sections_number_afresh():
    page = ("某某县司法局2024年工作总结和2025年工作计划\n2024年以来，县司法局全面推进各项工作，取得了新的成效。\n"
            "第一部分 2024年工作总结\n一、加强法治建设\n全年召开会议四次，印发文件十件。\n二、推进依法行政\n全年审查文件二十件。\n"
            "第二部分：2025年工作计划\n一、强化普法\n全年开展普法活动五十场。\n")
    hs = _headings(page)
    assert (3, 1, "第一部分", "2024年工作总结") in hs and (8, 1, "第二部分", "2025年工作计划") in hs
    assert (9, 1, "一、", "强化普法") in hs
    from drafter.lint.engine import lint_text
    assert not [f for f in lint_text(page) if f.rule == "S001"]
    skipped = page.replace("二、推进依法行政", "三、推进依法行政")  # a gap inside a part is still one
    assert [f.line for f in lint_text(skipped) if f.rule == "S001"] == [6]


def test_a_table_of_contents_listing_parts_is_the_pages_and_the_title_over_it_is_found():
    page = ("某某县人民政府\n当前位置：首页 > 信息公开 > 部门决算\n索引号 | 01525903-1/20250918-00009 | 发布机构 | 某某县财政局 |\n"
            "监督索引号53052100131501000\n某某县司法局2024年度部门决算\n目录\n第一部分 部门概况\n一、主要职责\n二、基本情况\n"
            "第二部分 2024年度部门决算表\n一、收入支出决算表\n二、收入决算表\n第一部分 部门概况\n一、主要职责\n"
            "县司法局在履行职责过程中坚持和维护党中央集中统一领导，主要职责是统筹推进法治建设。\n")
    hs = _headings(page)
    assert hs[0] == (5, 0, "", "某某县司法局2024年度部门决算")
    assert [h[0] for h in hs[1:]] == [13, 14]


def test_a_date_line_with_its_time_is_never_a_title_line_and_a_notice_issued_with_xianyu_yinfa():
    page = ("某某市人民政府门户网站\n当前位置：首页 > 市政府公报 > 2011年第5期\n关于印发《某某市人民政府工作规则》的通知\n"
            "2011-06-18 00:00:00 来源: 本站原创\n某府〔2011〕33号\n各区人民政府,市政府直属各单位:\n"
            "    《某某市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过,现予印发。\n"
            "                                                 二○一一年四月八日\n某某市人民政府工作规则\n第一章  总  则\n"
            "    一、根据《中华人民共和国宪法》的规定,结合本市实际,制定本规则。\n")
    hs = _headings(page)
    assert hs[:2] == [(3, 0, "", "关于印发《某某市人民政府工作规则》的通知"), (9, 0, "", "某某市人民政府工作规则")]


def test_a_zhuanfa_notices_title_without_guanyu_is_the_notices_title():
    page = ("瑞政办〔2011〕129号\n某某市人民政府办公室\n转发某某市推行说理性行政处罚文书\n指导意见及操作规范的通知\n"
            "市政府直属各单位:\n现将《某某市推行说理性行政处罚文书指导意见及操作规范》转发给你们，请认真贯彻执行。\n二○一一年八月九日\n"
            "某某市推行说理性行政处罚文书指导意见及操作规范\n一、目的和意义\n推行说理性行政处罚文书是规范执法的要求。\n")
    hs = _headings(page)
    assert [h[:2] for h in hs[:3]] == [(2, 0), (3, 0), (4, 0)]
    assert (8, 0, "", "某某市推行说理性行政处罚文书指导意见及操作规范") in hs


def test_a_doc_sites_chat_group_ad_is_never_the_title():
    page = ("《老笔杆子》公文库网址www.example.com\n添加客服微信abc123进免费材料分享群\n县长在全县2023年安全生产工作会上的讲话\n"
            "县长 ×××\n（2023年×月×日）\n同志们:\n为期三天的全县安全生产工作会今天召开。\n一、充分认识安全生产的重要性\n"
            "安全生产事关人民群众生命财产安全。\n")
    assert _headings(page)[0] == (3, 0, "", "县长在全县2023年安全生产工作会上的讲话")


def test_a_title_wrapped_under_a_bare_label_is_not_the_labels_value():
    page = ("某某自治区人民政府\n首页 | 政务公开 | 政务服务 | 互动交流\n标      题 某某自治区政府国资委2023年度信息公开工作报告\n"
            "索引号 000014349/2024-00162 文      号\n时间: 2024-01-29 15:53:27 来源:\n背景色:\n某某自治区政府国资委2023年度\n"
            "信息公开工作报告\n根据《中华人民共和国政府信息公开条例》，现公布本年度报告。\n一、总体情况\n全年主动公开信息三百条。\n")
    hs = _headings(page)
    assert hs[:2] == [(7, 0, "", "某某自治区政府国资委2023年度"), (8, 0, "", "信息公开工作报告")]


def test_markers_with_a_space_before_their_mark_and_a_short_letter_spaced_chapter():
    page = ("某某县司法局2025年工作总结\n" + OPENING + "一 、彰显法治力量,服务保障大局展现新作为\n全年办理案件三百件。\n"
            "二、强化队伍建设\n全年培训干部五十人次。\n")
    assert (3, 1, "一 、", "彰显法治力量,服务保障大局展现新作为") in _headings(page)
    rules = "某某县人民政府工作规则\n第一章 总 则\n一、为规范县政府工作，制定本规则。\n第二章 组成人员职责\n二、县政府由县长、副县长组成。\n"
    hs = _headings(rules)
    assert hs[0] == (1, 0, "", "某某县人民政府工作规则") and (2, 1, "第一章", "总 则") in hs


def test_the_title_shown_again_over_two_lines_is_its_last_showing():
    page = ("某某文库\n首页 > 工作总结 > 县应急管理局2022工作总结和2023年工作思路\n县应急管理局2022工作总结和2023年工作思路\n"
            "admin 分享 时间: 加入收藏\n县应急管理局2022工作总结和2023年\n工作思路\n一、2022年特色亮点工作\n"
            "全年开展安全检查三百次，整改隐患一千处。\n")
    hs = _headings(page)
    assert hs[:2] == [(5, 0, "", "县应急管理局2022工作总结和2023年"), (6, 0, "", "工作思路")]


def test_a_sites_list_of_related_titles_after_the_text_is_the_sites():
    page = ("某某司法局2022年工作总结\n" + OPENING + BODY + "亲,该文档总共3页,到这已经超出免费预览范围,如果喜欢就直接下载吧~\n"
            "相关资源\n1. 司法局2022年上半年工作总结及下半年工作计划\n2. 公共法律服务中心2022年工作总结\n3. 法律援助中心上半年工作汇报\n")
    hs = _headings(page)
    assert max(h[0] for h in hs) == 5
    # the report's own last numbered items stay
    own = "某某司法局2022年工作计划\n" + OPENING + "1.强化普法宣传\n全年开展普法活动五十场。\n2.深化人民调解工作\n"
    assert (3, 3, "1.", "强化普法宣传") in _headings(own)


def test_a_part_named_over_the_first_second_level_heading_is_a_part_heading():
    page = ("百花洲街道2021年工作总结及2022年工作计划\n在区委、区政府的正确领导下，街道各项工作取得新成效。\n2021年工作总结\n"
            "(一)优化营商环境,打造数字经济高地。全年引进企业三十家。\n(二)提升城市管理水平。全年整治背街小巷二十条。\n")
    assert (3, 1, "", "2021年工作总结") in _headings(page)


def test_a_title_wrapped_after_its_ji_under_the_sites_lines_is_whole():
    page = ("某某县人民政府\n首页 | 新闻中心 | 政务公开 | 政务服务 | 互动交流\n当前位置:首页 > 县政府工作部门 > 县应急管理局 > 规划计划\n"
            "2020年度上半年应急管理工作总结及\n下半年重点工作计划\n发布时间:2020-07-02  来源:县应急管理局  【字体:大 中 小】\n"
            "今年上半年以来，我县牢固树立安全发展理念和底线思维，统筹发展和安全，全力防范化解重大安全风险。\n一、上半年工作开展情况\n(一)高度重视、全面部署\n"
            "全年召开专题会议十次。\n")
    hs = _headings(page)
    assert hs[:2] == [(4, 0, "", "2020年度上半年应急管理工作总结及"), (5, 0, "", "下半年重点工作计划")]


def test_the_first_chunks_number_glued_to_the_files_headline_is_the_sites():
    page = ("文库首页 > 行业资料 > 党政相关\n人民代表大会乡长政府工作报告.docx\n【下载文档】 【收藏】 【分享】\n"
            "1、人民代表大会乡长政府工作报告\nxx乡第十届人民代表大会第二次会议政府工作报告\n(2023年2月22日)\n乡人民政府乡长xx\n"
            "各位代表、 同志们:\n现在，我代表乡人民政府向大会作政府工作报告，请予审议，并请列席的各位同志提出意见。\n二0一二年工作回顾\n"
            "一年来，在县委、县政府和乡党委的正确领导下，乡政府团结带领全乡干部群众，各项工作取得新成效。\n")
    hs = _headings(page)
    assert hs[0] == (5, 0, "", "xx乡第十届人民代表大会第二次会议政府工作报告")
    assert not any(h[0] == 4 for h in hs)


def test_a_sites_menu_printed_as_numbered_lists_is_the_sites():
    page = ("某某旗人民政府\n首页 | 走进后旗 | 政务公开 | 政务服务 | 互动交流\n政府信息公开\n    1. 现行有效行政规范性文件库\n"
            "    1. 目录\n    2. 旗人民政府\n    3. 旗人民政府办公室\n    1. 旗政府工作部门\n    2. 苏木镇人民政府\n"
            "    1. 国民经济和社会发展规划\n    2. 专项规划\n某某旗农牧局2025年工作总结\n" + OPENING + BODY)
    hs = _headings(page)
    assert hs[0] == (12, 0, "", "某某旗农牧局2025年工作总结") and all(h[0] >= 12 for h in hs)
    crumb = ("某某县人民政府\n1. 当前位置:\n  2. 首页 > 政务公开 > 某某县人民政府 > 政府工作报告\n  3. > 正文\n"
             "2022年某某县政府工作报告\n" + OPENING + BODY)
    assert [h[0] for h in _headings(crumb)][:2] == [5, 7]
    # a text's own short list that numbers once stays
    own = ("某某县司法局2025年工作要点\n" + OPENING + "1.强化普法宣传\n2.深化人民调解\n3.加强社区矫正\n4.优化法律服务\n")
    assert len([h for h in _headings(own) if h[1] == 3]) == 4
