"""Outline round 37 (issue 17, session 17): shapes found by swapping chrome between labelled pages and by the
blind sets 143–146, written here as small pages in the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"


# --- a portal's owner named with 网站 first, under a sample site's related list -------------------------

RELATED = ("相关范文推荐\n1. 人民调解工作总结范文(精选10篇)\n2. 司法所人民调解工作调研报告\n"
           "本站部分内容来源于网络,如有侵权请联系删除。  © 某某范文网  ICP备××××××××号\n")


def test_the_sites_owner_line_with_its_address_is_footer():
    page = ("某县司法局2023年工作总结\n" + TEXT + BODY + RELATED + "扫一扫在手机打开当前页\n【打印】【关闭】\n"
            "网站主办：某某县人民政府办公室　地址：某某县人民路1号\n网站标识码：3500000001　闽ICP备00000000号\n")
    heads = _headings(page)
    assert [h[0] for h in heads] == [1, 3, 5]
    assert _kinds(page)[13] == "chrome"


def test_a_heading_about_the_site_owner_stays_a_heading():
    page = "某县司法局2023年工作总结\n" + TEXT + "一、网站主办单位建设情况\n全年更新信息一千条，网站运行平稳，未发生安全事故。\n"
    assert _headings(page)[1] == (3, 1, "一、", "网站主办单位建设情况")


# --- a site's slogan glued after its code, where the code follows a figure or a sign ------------------

def test_a_slogan_after_a_code_is_cut_where_the_code_follows_a_bracket_or_a_colon():
    tail = "AFi乡村百科--为乡村振兴助力"
    page = ("某县人民政府\n首页 > 政务公开 > 镇街信息公开\n"
            f"  平头镇政府工作报告{tail}\n  ——在平头镇第五届人民代表大会第三次会议上{tail}\n  (2022年3月31日){tail}\n"
            f"  平头镇党委副书记、镇长 贾 磊{tail}\n  各位代表:{tail}\n"
            "  现在,我谨代表平头镇人民政府,向大会报告2021年度政府工作,请予审议。\n"
            f"  一、2021年工作回顾{tail}\n  2021年是“十四五”开局之年,也是本届政府履职的第一年。\n")
    assert _headings(page) == [(3, 0, "", "平头镇政府工作报告"), (9, 1, "一、", "2021年工作回顾")]


def test_a_figure_before_the_repeated_words_is_no_code():
    # the same words after a bare number on three lines are the text's own (no letter: no site code)
    page = ("某镇2023年工作总结\n" + TEXT + "一、主要工作\n(1)2023年完成造林面积\n(2)2024年完成造林面积\n(3)2025年完成造林面积\n"
            "全年完成造林三千亩，森林覆盖率稳步提高。\n")
    assert _headings(page)[1] == (3, 1, "一、", "主要工作")
    assert [h[3] for h in _headings(page) if h[1] == 4] == ["2023年完成造林面积", "2024年完成造林面积", "2025年完成造林面积"]


# --- a sample site's piece under its headline: the piece's showing is the title --------------------------

SAMPLE = ("范文派\n首页 总结范文 工作计划 心得体会\n当前位置:范文派>总结范文>工作总结>县科协工作总结\n{head}\n"
          "时间:2024-09-10 08:58:21 工作总结 我要投稿\n{head}\n"
          "  总结是在一段时间内对学习和工作生活等表现加以总结和概括的一种书面材料,它可以促使我们思考,快快来写一份总结吧。"
          "那么你知道总结如何写吗?以下是小编为大家收集的范文,仅供参考,大家一起来看看吧。\n"
          "{again}\n{piece}\n  2023年县科协以贯彻实施科学素质纲要为主线,全面推进公民科学素质建设,取得了新的成效。\n"
          "  一、加强组织建设\n  县科协充分发挥桥梁和纽带作用,认真履行职责。\n")


def test_a_bare_number_after_the_headlines_words_is_the_title_not_both():
    page = SAMPLE.format(head="县科协工作总结", again="县科协工作总结", piece="县科协工作总结1")
    assert _titles(page) == [(9, "县科协工作总结1")]


def test_a_collections_count_shown_again_over_its_first_piece_is_the_sites():
    page = SAMPLE.format(head="对乡村的调查报告模板5篇", again="对乡村的调查报告模板5篇", piece="对乡村的调查报告篇1")
    assert _titles(page) == [(9, "对乡村的调查报告篇1")]


def test_a_counted_collection_over_a_piece_of_another_year_keeps_both():
    # (a piece named on its own, another year: the collection's name stands with it, as set 109 labels it)
    page = SAMPLE.format(head="2024年政治生态监督评价情况的报告5篇", again="2024年政治生态监督评价情况的报告5篇",
                         piece="2022年政治生态监督评价情况的报告【第一篇】")
    assert [t for _, t in _titles(page)] == ["2024年政治生态监督评价情况的报告5篇", "2022年政治生态监督评价情况的报告【第一篇】"]


def test_a_headline_with_no_count_over_the_pieces_showing_is_the_sites():
    page = SAMPLE.format(head="乡村振兴调查报告", again="乡村振兴调查报告14篇", piece="乡村振兴调查报告1")
    assert _titles(page) == [(9, "乡村振兴调查报告1")]


def test_a_compilations_first_piece_labelled_under_its_blurb_is_a_title_too():
    page = ("08585范文网\n首页 工作总结 工作计划 汇报体会\n现在位置:首页> 汇报体会 > 调研报告\n矛盾纠纷多元化解工作的调研报告汇编3篇\n"
            "时间:2023-03-16 08:12:45  来源:网友投稿  作者:admin\n"
            "报告使用范围很广。按照上级部署或工作计划,每完成一项任务,一般都要向上级写报告,反映工作中的基本情况。\n"
            "第1篇: 矛盾纠纷多元化解工作的调研报告\n  为认真贯彻落实关于完善矛盾纠纷多元化解机制的意见,县委政法委组织开展了专题调研。\n"
            "  一、我县矛盾纠纷多元化解工作开展情况\n  全县共建成调解组织三百个。\n")
    assert [t for _, t in _titles(page)] == ["矛盾纠纷多元化解工作的调研报告汇编3篇", "第1篇: 矛盾纠纷多元化解工作的调研报告"]


# --- the document's own title worded a little otherwise under the headline ---------------------------

REWORDED = ("阿拉题库 - 范文大全\n首页 | 工作总结 | 工作计划 | 方案\n当前位置：首页 > 范文 > 方案 > 正文\n{head}\n"
            "更新时间：2023-08-21　　阅读：1286\n"
            "镇集中开展矛盾纠纷排查化解,明确责任,强化措施,确保问题及时发现与妥善处置,维护社会和谐稳定。"
            "全面排查化解矛盾纠纷,推动形成共建共治共享的社会治理格局,为全镇经济社会发展营造良好环境。\n{own}\n"
            "为着力防范化解社会矛盾纠纷,按照全市统一安排和全区加强基层治理推动平安建设的部署要求,结合我镇实际,"
            "特制定本方案。\n一、指导思想\n认真贯彻落实党的精神。\n")


def test_the_documents_own_title_worded_a_little_otherwise_is_the_title():
    page = REWORDED.format(head="镇集中开展矛盾纠纷“大排查大起底大化解”专项行动具体实施方案",
                           own='XX镇集中开展矛盾纠纷"大排查大起底大化解"专项行动实施方案')
    assert _titles(page) == [(7, 'XX镇集中开展矛盾纠纷"大排查大起底大化解"专项行动实施方案')]


def test_another_documents_title_under_the_headline_is_no_showing_of_it():
    page = REWORDED.format(head="镇集中开展矛盾纠纷“大排查大起底大化解”专项行动具体实施方案",
                           own="镇2023年安全生产大检查工作总结")
    assert (4, "镇集中开展矛盾纠纷“大排查大起底大化解”专项行动具体实施方案") in _titles(page)


# --- a doc site's first chunk naming the file with its word, the document's own title under it -----------

def test_a_first_chunk_naming_the_file_with_the_sites_word_is_no_heading():
    page = ("金锄头文库\n首页　|　分类　|　搜索\nxx镇2023年森林防火工作预案2.docx\n第1页 / 共4页\n资源描述\n"
            "1、2023年XX镇2023年森林防火工作预案范文\nxx镇2023年森林防火工作预案\n"
            "xx镇林地面积69627亩,占土地面积的41.7%,森林防火任务十分繁重。\n一、森林防火工作的基本原则\n"
            "1、预防为主、积极消灭。进一步加强森林防火组织建设。\n")
    heads = _headings(page)
    assert [h for h in heads if h[1] == 0] == [(7, 0, "", "xx镇2023年森林防火工作预案")]
    assert not [h for h in heads if h[0] == 6]


def test_a_first_item_naming_a_sample_is_a_heading_without_a_title_under_it():
    page = ("某镇2023年工作总结\n" + TEXT + "一、主要工作\n1、学习范文\n全镇干部认真学习各地的经验做法，取得了良好效果。\n")
    assert (4, 3, "1、", "学习范文") in _headings(page)


# --- a related list whose bullets the copy turned into ?, a pager after the page counter --------------------

def test_question_mark_bullets_of_a_related_list_are_chrome():
    page = ("2018年红十字会工作总结\n" + TEXT + BODY + "下载本文 | 收藏 | 纠错\n第1页/共3页  下一页\n相关推荐:\n"
            "? 2018年社区红十字会工作总结\n? 红十字会2019年工作计划\n? 县红十字会年度工作总结范文\n"
            "Copyright © 三一文库 版权所有 苏ICP备16042596号\n")
    kinds = _kinds(page)
    assert [kinds[n] for n in range(7, 13)] == ["chrome"] * 6
    assert [h[0] for h in _headings(page)] == [1, 3, 5]


# --- a run-in heading of two phrases ended by a space -------------------------------------------------

def test_two_phrases_ended_by_a_space_are_the_heading():
    page = ("2018年红十字会工作总结\n" + TEXT + "一、加强宣传活动,努力营造红十字事业发展氛围 社会事业局坚持以宣传教育为导向,"
            "充分利用世界红十字日等时机,开展系列宣传活动。\n")
    assert _headings(page)[1] == (3, 1, "一、", "加强宣传活动,努力营造红十字事业发展氛围")


def test_a_pdf_space_inside_the_second_clause_does_not_end_the_heading():
    page = ("某县2023年工作总结\n" + TEXT + "一、强化组织领导,在县委领导和 指导下全面开展各项工作,全年共召开专题会议十二次,研究解决重大问题。\n")
    # (the space parts no heading of two phrases: the line reads as before, the comma's clause whole)
    assert _headings(page)[1] == (3, 1, "一、", "强化组织领导,在县委领导和 指导下全面开展各项工作")


# --- a heading glued to its body, a time opener after a longer phrase ---------------------------------

def test_a_longer_heading_phrase_ends_where_its_time_opener_starts():
    page = ("县妇联2020年上半年工作总结\n" + TEXT + "一、围绕时代主题,推进妇联改革有新成效\n"
            "1、抓好妇联改革调研和方案制定今年以来,县委高度重视妇联改革工作,多次听取妇联改革思路汇报。\n"
            "2、全面开展乡镇妇联组织区域化建设工作5月中旬开始,对全县12个乡镇的妇联工作进行全面调研。\n")
    assert [h[3] for h in _headings(page) if h[1] == 3] == ["抓好妇联改革调研和方案制定", "全面开展乡镇妇联组织区域化建设工作"]


def test_a_month_inside_a_long_heading_phrase_is_not_cut_short():
    page = ("某县2023年工作总结\n" + TEXT + "一、主要工作\n1、全面完成全年各项目标任务。全县5月份召开动员大会。\n")
    assert (4, 3, "1、", "全面完成全年各项目标任务") in _headings(page)


# --- a day with its occasion opens a sentence ------------------------------------------------------

def test_a_day_with_its_occasion_before_the_comma_is_no_heading_phrase():
    page = ("安乡县图书馆2014年工作总结\n" + TEXT + "一、全民阅读活动\n"
            "1、三月五号“雷锋纪念日”,我馆采购了精美的图书前往特殊学校为小朋友们捐赠了500册图书。\n")
    assert (4, 3, "1、", "三月五号“雷锋纪念日”,我馆采购了精美的图书前往特殊学校为小朋友们捐赠了500册图书") in _headings(page)


def test_a_heading_phrase_before_the_comma_still_ends_the_heading():
    page = ("安乡县图书馆2014年工作总结\n" + TEXT + "一、全民阅读活动\n"
            "1、强化阅读推广,全年举办读书活动三十场,吸引读者三千余人参加。\n")
    assert (4, 3, "1、", "强化阅读推广") in _headings(page)


# --- the meeting that adopted a report, under its title ----------------------------------------------

def test_the_adopting_meetings_line_under_the_title_is_a_dateline():
    page = ("天等县人民政府\n首页 > 信息公开 > 财政预决算\n2023年天等县决算(草案)的报告\n"
            "2024年10月18日天等县第十七届人民代表大会常务委员会第二十四次会议通过\n主任、副主任、各位委员:\n"
            "受县人民政府委托,我代表县人民政府报告2023年天等县决算草案,请予审议。\n一、2023年天等县决算总体情况\n"
            "2023年,全县财政运行总体平稳。\n")
    assert _titles(page) == [(3, "2023年天等县决算(草案)的报告")]
    assert _kinds(page)[4] == "subtitle"


# --- a congress's file label wrapped over two lines over the report it prints ------------------------------

def test_a_congress_file_label_wrapped_over_two_lines_is_no_title_line():
    page = ("武汉市黄陂区人民政府\n首页 > 政府信息公开 > 规划计划\n黄陂区第六届人民代表大会\n第二次会议文件(6\n"
            "关于黄陂区2022年国民经济和社会发展\n计划执行情况与2023年国民经济\n和社会发展计划草案的报告\n"
            "20221227日在黄陂区第六届人民代表大会第二次会议上\n各位代表:\n"
            "受区人民政府委托,现将黄陂区2022年国民经济和社会发展计划执行情况报告如下,请予审议。\n"
            "一、2022年国民经济和社会发展计划执行情况\n全区经济运行总体平稳。\n")
    assert [line for line, _ in _titles(page)] == [5, 6, 7]


def test_a_congress_name_alone_over_a_title_stays_its_first_line():
    page = ("黄陂区第六届人民代表大会\n第二次会议主席团关于代表议案处理意见的报告\n各位代表:\n"
            "大会主席团对代表提出的议案进行了认真审议,现将处理意见报告如下。\n一、议案的基本情况\n共收到议案十件。\n")
    assert [line for line, _ in _titles(page)] == [1, 2]


# --- blind sets 147–149: the index table's 名称 value, a slogan after the site's address, a lone colon pair ----

def test_the_headline_under_the_index_tables_name_value_is_the_title():
    page = ("伊春市金林区人民政府\n首页　政务公开　政务服务\n您当前的位置：首页 > 政务公开 > 法治政府建设\n索 引 号:\n"
            "发文机关:\n发布日期:\n名  称:\n金林区卫生健康局2025年度法治政府建设述法报告\n"
            "金林区卫生健康局2025年度法治政府建设述法报告\n发布时间:2025-12-30 10:31来源:访问量:\n字体:\n"
            "一、主要负责人履行推进法治建设第一责任人职责情况\n局党组书记、局长切实履行法治政府建设第一责任人职责,把法治建设摆在全局工作的重要位置。\n")
    assert _titles(page) == [(9, "金林区卫生健康局2025年度法治政府建设述法报告")]


def test_a_headline_printed_twice_under_the_site_line_stays_one_title():
    page = ("某县司法局\n首页 > 工作动态\n某县司法局2023年工作总结\n某县司法局2023年工作总结\n" + TEXT + BODY)
    assert _titles(page) == [(4, "某县司法局2023年工作总结")]


def test_a_slogan_after_the_sites_address_is_cut_off_the_title():
    page = ("稿子汇 www.gaozihui.com 公文汇,办公文档之家\n首页 | 工作总结 | 工作计划\n当前位置：稿子汇 > 工作总结 > 半年工作总结\n"
            "司法局XX年上半年工作总结暨下半年工作思路 公文汇,办公文档之家\n"
            "今年以来,全市司法行政系统按照上级司法行政会议部署,认真履行职责,各项工作展开顺利。主要有以下几个特点: 公文汇,办公文档之家\n"
            "一、学习调研引领全局\n学理论,明重点。采取典型引路、集中宣讲等多种形式,深入开展学习活动。\n")
    assert _titles(page) == [(4, "司法局XX年上半年工作总结暨下半年工作思路")]


def test_a_lone_heading_with_two_phrases_after_its_colon_is_whole():
    page = ("2026年社区居民议事会年度工作计划\n" + TEXT + "一、民生服务提质行动:精准对接需求,织密幸福保障网\n"
            "1.养老服务精细化工程\n全年开展助老服务一百场。\n")
    assert _headings(page)[1] == (3, 1, "一、", "民生服务提质行动:精准对接需求,织密幸福保障网")


def test_a_lone_heading_with_a_statement_after_its_colon_is_cut():
    page = ("某镇矛盾纠纷调研报告\n" + TEXT + "一、主要特点\n(一)群众性:乡镇居民素质参差不齐\n调解工作难度较大,需要耐心细致。\n")
    assert (4, 2, "(一)", "群众性") in _headings(page)
