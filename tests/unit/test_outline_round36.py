"""Outline round 36 (issue 17, session 16): the shapes the blind sets 130, 134 and 136 showed (police and fire
brigades, older reports of 2014–2021, older speeches and plans), written here as small pages in the same forms,
each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

SPEECH_TEXT = "同志们:\n从二月份开始,县委、县政府召开了一系列全县性会议,对今年的工作作了全面部署,今天召开这次会议,主要任务是总结工作。\n"


# --- a site's slogan with its address glued over the title -----------------------------------------

def test_a_slogan_with_the_sites_address_is_no_text_over_the_title():
    page = ("携笔同道公文写作范文宝典:www.xiebitongdao.com在全市消防\n首页 | 讲话致辞 | 工作总结 | 工作计划\n"
            "当前位置：首页 > 讲话致辞 > 正文\n携笔同道公文写作范文宝典:www.xiebitongdao.com\n在全市消防工作会上的讲话\n"
            "一、肯定成绩,正视不足,切实把消防安全工作这项政治任务抓紧抓好\n2019年,全市上下围绕市委市政府确定的目标要求,进一步加强消防工作。\n")
    assert _titles(page) == [(5, "在全市消防工作会上的讲话")]


def test_running_text_with_an_address_in_it_still_opens_the_text():
    page = ("某县人民政府\n首页 > 政务公开\n关于政府网站建设情况的说明\n"
            "本年度，县政府门户网站www.xx.gov.cn共发布信息1200余条，较上年增长百分之二十，网站运行平稳。\n" + BODY)
    assert _titles(page) == [(3, "关于政府网站建设情况的说明")]


# --- a breadcrumb that lost its > separators, its last item long ------------------------------------

def test_a_home_row_ending_with_a_long_column_name_is_the_sites():
    page = ("淄博市淄川区人民政府\n首页 | 走进淄川 | 政务公开 | 政务服务\n首页 政务公开 政府信息公开 法治政府建设 法治政府建设年度报告\n"
            "发布日期:2024-01-12\n中共淄博市公安局交通警察支队\n淄川大队总支部委员会\n关于2023年法治政府建设工作情况的报告\n"
            "淄公交川政〔2023〕12号\n区委、区政府:\n2023年,淄川大队坚持以习近平法治思想为指导,全面推进法治公安建设,现将有关情况报告如下:\n"
            + BODY)
    assert _kinds(page)[3] == "chrome"
    assert [t for _, t in _titles(page)] == ["中共淄博市公安局交通警察支队", "淄川大队总支部委员会", "关于2023年法治政府建设工作情况的报告"]


def test_a_title_opening_with_the_home_pages_word_is_no_home_row():
    page = "首页工程建设2024年工作总结\n" + BODY
    assert _titles(page) == [(1, "首页工程建设2024年工作总结")]


# --- an encyclopedia page: its box label and its related entries -------------------------------------

WIKI = ("牛顿网\n首页 | 百科 | 知识 | 分类\n当前位置：首页 > 百科 > 社会 > 政府报告\n保定市人民政府关于2016年度法治政府建设情况的报告\n"
        "基本介绍\n• 中文名:保定市人民政府关于2016年度法治政府建设情况的报告\n• 发布单位:保定市人民政府\n"
        "河北省人民政府:\n2016年,在省委、省政府的正确领导下,我市认真贯彻落实法治政府建设实施纲要,现将有关情况报告如下:\n" + BODY
        + "相关词条\n1. 石家庄市人民政府关于2016年度法治政府建设情况的报告\n2. 法治政府建设实施纲要(2015—2020年)\n"
        "© 牛顿网 版权所有 | 关于我们\n")


def test_an_encyclopedias_box_label_and_related_entries_are_chrome():
    heads = _headings(WIKI)
    assert [h for h in heads if h[1] == 0] == [(4, 0, "", "保定市人民政府关于2016年度法治政府建设情况的报告")]
    assert not [h for h in heads if h[0] == 5 or h[0] > 14]


# --- the author's name over the dateline, the headline the only title ------------------------------

AUTHOR = ("兰州报告速 lanzhou.baogaosu.com\n首页 | 新闻 | 本地 | 政务\n当前位置：首页 > 新闻 > 年度依法行政\n"
          "陇南市2014年度依法行政工作情况报告\n18.03.2015  13:07\n{name}\n(2015年1月10日)\n"
          "2014年,在省委、省政府的坚强领导和省法制办的精心指导下,我市深入推进依法行政,现将有关情况报告如下。\n" + BODY)


def test_the_authors_name_over_the_dateline_leaves_the_headline_the_title():
    page = AUTHOR.format(name="陇南市人民政府")
    assert _titles(page) == [(4, "陇南市2014年度依法行政工作情况报告")]
    assert _kinds(page)[6] == "byline"


def test_a_title_over_the_dateline_stays_the_title():
    page = AUTHOR.format(name="陇南市2014年度依法行政工作情况报告")
    assert _titles(page) == [(6, "陇南市2014年度依法行政工作情况报告")]


# --- a column's name over the article's header; a PDF's text lines under the title ------------------

def test_a_columns_name_over_the_header_is_no_headline_and_the_pdf_title_is_found():
    page = ("岳阳楼区人民政府门户网站\n首页 要闻动态 政府信息公开 政务服务\n当前位置:首页 > 政府信息公开 > 街道信息公开\n进入老年模式\n"
            "政府信息公开\n来源: 枫桥湖街道办事处 发布时间: 2022-12-08 13:53 浏览次数:\n县交通运输局 2024 年度工作总结\n"
            "2024 年,在县委、县政府及各级主管单位的坚强\n领导下,县交通运输局紧紧围绕年度目标任务,\n全面推进各项工作,取得了较好成效。\n"
            + BODY)
    assert _titles(page) == [(7, "县交通运输局 2024 年度工作总结")]


# --- a contents listing two pieces of the same name; a related list of long titles -----------------

def test_a_contents_of_two_pieces_of_the_same_name_is_the_contents():
    page = ("老笔杆子 - 公文写作素材库\n首页  讲话稿  工作总结\n您现在的位置：首页 » 讲话稿 » 信访维稳\n在全县信访联席会议上的讲话(2篇)\n"
            "发布时间：2024-03-02 阅读：120 次\n目录\n1.在全县信访联席会议上的讲话\n2.在全县信访联席会议上的讲话\n"
            "在全县信访联席会议上的讲话\n" + SPEECH_TEXT + BODY)
    heads = _headings(page)
    assert [h for h in heads if h[1] == 0] == [(9, 0, "", "在全县信访联席会议上的讲话")]
    assert not [h for h in heads if h[0] in (7, 8)]


def test_a_related_list_of_long_numbered_titles_is_the_footer():
    page = ("某省人民政府关于打赢脱贫攻坚战的决定\n" + BODY + "相关新闻\n"
            "1. 中共云南省委 云南省人民政府关于深入贯彻落实党中央国务院脱贫攻坚重大战略部署的决定\n"
            "2. 中共四川省委关于集中力量打赢扶贫开发攻坚战 确保同步全面建成小康社会的决定\n关于我们 | 联系我们 | 网站声明\n")
    assert [h for h in _headings(page) if h[0] > 5] == []


def test_a_long_numbered_item_of_the_text_at_the_end_stays_a_heading():
    page = ("某县2024年工作要点\n" + BODY + "三、下一步工作\n"
            "1. 深入推进法治政府建设示范创建活动并认真做好迎接省级法治政府建设示范评估的各项准备工作\n")
    assert (7, 3, "1.", "深入推进法治政府建设示范创建活动并认真做好迎接省级法治政府建设示范评估的各项准备工作") in _headings(page)


# --- a doc site's note of what the download holds ---------------------------------------------------

def test_a_doc_sites_note_of_the_download_is_chrome():
    page = ("淘豆网 taodocs.com\n首页 | 文档分类 | 上传文档\n乡镇秸秆禁烧工作实施方案.docx\n格式:docx   大小:13KB   页数:5页\n"
            "下载后只包含 1 个 DOCX 格式的文档,没有任何的图纸或源代码,查看文件列表\n乡镇秸秆禁烧工作实施方案\n"
            "为深入贯彻落实市、区关于秸秆禁烧和综合利用工作的文件精神,切实做好我镇秸秆禁烧工作,特制定本方案。\n" + BODY)
    assert not [h for h in _headings(page) if h[0] == 5]
    assert _titles(page) == [(6, "乡镇秸秆禁烧工作实施方案")]


# --- set 135: a title with the listing's date after it, a showing wrapped anywhere, bracketed datelines --

def test_a_title_with_the_sites_date_after_it_loses_the_date():
    page = "上海市杨浦区人民政府\n首页 | 政务公开 | 政务服务\n当前位置：首页 > 政务公开\n五角场街道2015年工作总结和2016年工作安排 2016-03-07\n" + BODY
    assert _titles(page) == [(4, "五角场街道2015年工作总结和2016年工作安排")]


def test_a_line_ending_with_a_date_that_is_no_whole_title_keeps_it():
    page = "某县人民政府\n首页 > 政务公开\n某县司法局工作动态 2016-03-07\n" + BODY
    assert not [h for h in _headings(page) if h[0] == 3 and h[3] == "某县司法局工作动态"]  # (not cut: no 文种 to end on)


WRAPPED_AGAIN = ("第一范文网\n首页 > 工作总结 > 其他总结\n镇政府2019年工作总结及2020年工作安排\n来源：网友投稿　　时间：2019-12-05　　阅读：12次\n"
                 "{first}\n{second}\n2019年是新中国成立70周年,是决胜全面建成小康社会的冲刺之年,全镇经济社会保持了健康良好的发展势头。\n" + BODY)


def test_the_title_shown_again_wrapped_anywhere_is_its_last_showing():
    page = WRAPPED_AGAIN.format(first="镇政府", second="2019年工作总结及2020年工作安排")
    assert _titles(page) == [(5, "镇政府"), (6, "2019年工作总结及2020年工作安排")]


def test_two_lines_that_join_to_another_title_are_no_showing():
    page = WRAPPED_AGAIN.format(first="镇政府", second="2019年工作总结")
    assert (3, "镇政府2019年工作总结及2020年工作安排") in _titles(page)


def test_a_bracketed_occasion_and_a_dated_speaker_line_are_the_dateline():
    page = ("攸县人民政府门户网站\n首页 | 政务公开 | 网上办事\n您当前的位置：首页 > 政务公开 > 乡镇（街道）\n政府工作报告\n"
            "2016年11月2日  王四平\n(长湖乡第六届人民代表大会第一次会议上)\n各位代表:\n"
            "现在,我代表长湖乡人民政府向大会作工作报告,请予审议,并请各位列席人员提出意见。\n" + BODY)
    assert _titles(page) == [(4, "政府工作报告")]
    assert _kinds(page)[5] == _kinds(page)[6] == "subtitle"


# --- a numbered list of titles with no head, under the page's toolbar, over the footer -------------

TAIL = ("扫一扫在手机打开当前页\n[打印本页] [关闭窗口]\n{first}\n2. 甘州区城市管理局2025年政府信息公开工作年度报告\n"
        "网站标识码：6207020001　陇ICP备05000392号　主办：张掖市甘州区人民政府办公室\n")


ITEMS = ("三、主要措施\n1.建立和保障制度落实。各学校建立健全奖惩制度,将法治教育工作与绩效考评相挂钩。\n"
         "2.强化行政权力制约监督。全面推进政务公开,提高信息透明度,接受群众监督。\n")


def test_titles_numbered_under_the_toolbar_are_the_sites_related_list():
    page = "某县司法局2024年工作总结\n" + BODY + ITEMS + TAIL.format(first="1. 甘州区城市管理局2024年法治政府建设情况的报告")
    assert [h for h in _headings(page) if h[0] > 8] == []


def test_a_list_that_is_no_run_of_titles_stays_the_texts():
    page = "某县司法局2024年工作总结\n" + BODY + ITEMS + TAIL.format(first="1. 加强队伍建设")
    assert (11, 3, "1.", "加强队伍建设") in _headings(page)


# --- sets 137–138: a doc site's Word watermark, file badges glued on, an item opening with …以来 ------

def test_a_doc_sites_word_watermark_on_the_first_chunk_is_chrome():
    page = ("淘文阁\n首页 > 工作总结\n卫生健康局关于2022年工作总结暨工作计划范文\n点击查看更多>>\n1、文本为Word版本,下载可任意编辑\n"
            "卫生健康局关于2022年工作总结暨工作计划范文\n卫生健康局关于2022年工作总结暨工作计划范文\n" + BODY)
    heads = _headings(page)
    assert not [h for h in heads if h[0] == 5]
    assert [h for h in heads if h[1] == 0] == [(7, 0, "", "卫生健康局关于2022年工作总结暨工作计划范文")]


def test_a_file_headline_with_badges_glued_on_is_chrome():
    page = ("笔杆子家园网 | 首页 | 工作总结\n当前位置:首页 > 工作总结 > 部门总结\n卫生健康局2023年工作总结.docxVIP专享VIP免费原创\n"
            "上传时间:2024-01-02 页数:12 格式:docx\n卫生健康局2023年工作总结\n" + BODY)
    assert _titles(page) == [(5, "卫生健康局2023年工作总结")]


def test_an_item_opening_with_since_the_campaign_began_is_one_sentence():
    page = ("某社区2023年创建文明城市工作总结\n" + BODY + "三、主要做法\n"
            "1、创城活动开展以来,社区党总支组织召开了社区创建文明城市工作动员大会,安排部署社区的创建文明城市具体工作。\n"
            "2、加强宣传,营造氛围。社区利用宣传栏、横幅等广泛宣传创城知识。\n")
    heads = _headings(page)
    assert (7, 3, "1、", "创城活动开展以来,社区党总支组织召开了社区创建文明城市工作动员大会,安排部署社区的创建文明城市具体工作") in heads
    assert (8, 3, "2、", "加强宣传,营造氛围") in heads


def test_a_long_items_first_clause_stating_a_measure_is_no_heading_phrase():
    page = ("某镇2023年林业工作总结\n" + BODY + "三、主要成效\n"
            "1、完成人工造林 27亩,其中长防林3亩,农发生态示范林0亩,造林补贴试点2亩,石质山造林4亩,其它造林11亩;完成森林经营10亩,补植造林15亩。\n"
            "2、强化林长制落实,压实护林责任,全镇聘用护林员32名,实现林区巡护全覆盖,全年未发生森林火灾和重大林业案件。\n")
    heads = _headings(page)
    assert [len(h[3]) > 20 for h in heads if h[0] == 7] == [True]  # (whole to its 。, not 完成人工造林 27亩)
    assert (8, 3, "2、", "强化林长制落实,压实护林责任") in heads


# --- set 140: an article's authors under its headline -------------------------------------------

ARTICLE = ("参考网\n首页 | 期刊 | 搜索\n首页 > 政治法律 > 正文\n浅析我国乡镇法治政府的制度建设\n2019-02-21王振宇\n{who}\n"
           "(1.中共山东省委党校(山东行政学院),山东 济南 250001;2.山东农业工程学院党委宣传部,山东 济南 250100)\n"
           "相较与传统的人治政府,法治政府就是指行政权力的取得和行使都必须依法进行,乡镇政府是我国最基层的政府。\n" + BODY)


def test_an_articles_authors_leave_the_headline_the_title():
    page = ARTICLE.format(who="王振宇,陈 浩")
    assert _titles(page) == [(4, "浅析我国乡镇法治政府的制度建设")]
    assert _kinds(page)[6] == "byline"


def test_a_short_phrase_with_a_comma_is_no_list_of_authors():
    assert not _authors_like("加强领导,压实责任")


def _authors_like(f: str) -> bool:
    from drafter.core.outline.topmatter import _authors
    return _authors(f)
