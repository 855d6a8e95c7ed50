"""Outline round 26 (issue 17, session 9, sets 59–63): a compilation-like outline before the title with
longer entries, a draft's note and a plan's period under its title, an issuer's name over a spaced 工 作
报 告, a speaker's name with wide spaces, the site's stamp lines under a headline (a date with few words,
a news agency's dateline, an uploader), a headline ending with a colon, a heading ended by a space, 2、1-11月
as a heading, 猜你感兴趣 over a related list. Pages written here, not copied from a set."""

from __future__ import annotations

from test_outline_round22 import BODY, OPENING, _headings
from test_outline_round24 import _kind, _titles


def test_an_outline_before_the_title_with_a_longer_entry_is_contents():
    title = "某县委政法委员会关于近五年工作情况的汇报"
    page = ("某某文档网\n首页 | 工作汇报\n" + title + "\n上传者：文档用户 | 页数：×页\n一、主要工作情况\n(一)强化理论武装\n"
            "(二)聚焦主责主业\n二、存在问题\n(一)学习贯彻落实习近平总书记关于政法工作重要论述以及党中央决策部署和省委市委工作要求方面\n"
            "(二)履行主责主业方面\n" + title + "\n根据县委巡察工作统一部署,现将有关情况汇报如下。\n一、主要工作情况\n"
            "近五年来,县委政法委坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert _titles(page) == [(11, 0, "", title)]
    assert [h[0] for h in _headings(page)] == [11, 13]


def test_a_plans_period_and_draft_note_under_its_title():
    page = ("某某论坛\n发表于 2026-1-30 21:58:56 | 只看该作者\n某公安分局智慧警务三年发展规划\n(2026-2028)\n(征求意见稿)\n"
            "一、规划背景\n按照大数据发展要求,立足本区实际,制定本规划。\n")
    assert _titles(page) == [(3, 0, "", "某公安分局智慧警务三年发展规划"), (4, 0, "", "(2026-2028)")]
    assert _kind(page, 5) == "subtitle"


def test_an_issuers_name_over_a_spaced_genre_is_one_title_and_the_speaker_has_wide_spaces():
    page = ("某市党政门户网\n首页 | 政务公开 | 两会专题\n中国人民政治协商会议某市第十一届委员会常务委员会工作报告\n"
            "来源:中国人民政治协商会议某市委员会     时间:2027-03-02\n【字体：大 中 小】 【打印】\n中国人民政治协商会议\n"
            "某市第十一届委员会常务委员会\n工 作 报 告\n—在3月2日政协某市第十一届委员会第五次会议上\n段  鸣\n各位委员、同志们:\n"
            "我代表政协某市第十一届委员会常务委员会,向大会报告工作,请予审议。\n" + BODY)
    assert [h[0] for h in _titles(page)] == [6, 7, 8]
    assert _kind(page, 10) == "byline" and _kind(page, 11) == "salutation"


def test_stamp_lines_under_a_headline_are_the_sites():
    for stamp in ("2026-11-×× ×次阅读", "2027-02-23 01:42:29 政府报告", "52fw.cn 06-15 次遇见", "新华社北京3月17日电",
                  "佩珊分享", "某某日报/2026 /1 /30 /001"):
        page = ("某某范文网\n首页 > 工作总结\n某区农业农村局2026年工作总结\n" + stamp + "\n" + OPENING + BODY)
        assert _titles(page) == [(3, 0, "", "某区农业农村局2026年工作总结")], stamp
        assert _kind(page, 4) == "chrome", stamp


def test_a_headline_ending_with_a_colon_is_no_salutation():
    page = ("某某范文网\n首页 工作总结 工作计划\n您现在的位置：某某范文网 > 总结\n“八五”普法工作经验交流发言:\n"
            "时间：2026-06-02 09:31:17 来源：网友投稿\n“八五”普法工作经验交流发言\n" + OPENING + BODY)
    assert _titles(page) == [(6, 0, "", "“八五”普法工作经验交流发言")]


def test_a_heading_ended_by_a_space_before_its_paragraph():
    page = ("某县2026年农村法治宣传教育月活动总结\n" + OPENING
            + "一、高度重视、全面部署 接到通知后,县依法治县领导小组办公室迅速向有关领导汇报,明确了此次活动的主题、内容和目标。\n"
            + "二、紧扣主题、突出重点 今年的活动紧紧围绕:“深化农村法治宣传教育”的这一主题,重点宣传宪法和村委会组织法。\n")
    assert [h[1:] for h in _headings(page)][1:] == [(1, "一、", "高度重视、全面部署"), (1, "二、", "紧扣主题、突出重点")]


def test_a_range_of_months_may_open_a_numbered_heading():
    page = ("某县公安局交警大队2026年工作总结\n一、2026年工作总体情况\n1、交通违法行为查处情况。全年共查处交通违法行为一万起。\n"
            "2、1-11月交通事故情况。全县共发生各类道路交通事故三百起。\n3、1-11月车驾管工作情况。全年办理车驾管业务两万笔。\n")
    assert [h[1:] for h in _headings(page)][3:] == [(3, "2、", "1-11月交通事故情况"), (3, "3、", "1-11月车驾管工作情况")]


def test_a_related_list_under_a_guess_you_like_head_is_chrome():
    page = ("某镇政法工作会议讲话\n同志们:\n" + BODY + "猜你感兴趣：\n1.镇综治维稳工作会议讲话稿\n2.乡镇政法工作会议讲话稿\n"
            "3.在全镇综治工作会议上的讲话\n")
    assert all(h[1] != 3 for h in _headings(page))


def test_a_bare_number_before_a_phrase_with_a_quoted_name_is_a_heading():
    page = ("某乡镇2026年上半年工作总结\n" + OPENING + "一、上半年工作开展情况\n(一)粮食等重要农产品实现稳产保供\n"
            "1保障粮油生产。集中主要精力抓春耕生产。\n2稳定“菜篮子”工程。实施今冬明春蔬菜生产保供行动。\n")
    assert [h[1:3] for h in _headings(page)][-2:] == [(3, "1"), (3, "2")]


def test_a_section_name_after_a_paragraph_announcing_it_is_a_heading():
    page = ("全国人民代表大会常务委员会工作报告(摘要)\n新华社北京3月7日电 受全国人大常委会委托,委员长向大会作工作报告。报告摘要如下:\n"
            "过去一年及五年的主要工作\n党的十八大以来,全国人大常委会依法履职,取得新成效。\n")
    assert (3, 1, "", "过去一年及五年的主要工作") in _headings(page)


def test_a_sentence_with_clock_times_is_no_stamp_line():
    page = "窗口9:00-12:00受理申请。\n一、主要工作\n全年办理业务一千件。\n"
    assert _kind(page, 1) != "chrome"


def test_a_metadata_field_with_its_value_is_never_a_title_line():
    page = ("某某文档网\n首页 | 应用文书\n当前位置：首页 > 应用文书 > 工作报告\n2026人民调解工作调研报告 (12) .doc\n"
            "文档编号：48651646    上传时间：2026-09-12    格式：DOC    页数：8\n下载积分：8 金币\n【立即下载】  【加入收藏】  【举报】\n"
            "1、人民调解工作调研报告\n人民调解工作调研报告\n" + OPENING + BODY)
    assert _titles(page) == [(9, 0, "", "人民调解工作调研报告")]
    assert _kind(page, 6) == "chrome" and _kind(page, 8) == "chrome"


def test_an_article_header_with_buttons_under_the_title_is_the_sites():
    page = ("某某家园\n网站首页 | 工作总结\n您的位置：首页 >> 工作总结\n某县林业局2026年工作总结及2027年工作计划\n"
            "【以稿换稿】【收藏】 作者: 佚名 来源: 作者原创 阅读 次 【小 中 大】【加入会员】\n" + OPENING + BODY)
    assert _titles(page) == [(4, 0, "", "某县林业局2026年工作总结及2027年工作计划")]


def test_a_sites_notice_of_itself_closes_the_footer():
    page = ("某某县司法局2026年工作总结\n" + OPENING + BODY + "相关资源\n2026人民调解工作调研报告 (10) .doc\n"
            "2026年乡镇人民调解工作总结.doc\n关于我们 - 网站声明 - 网站地图\n"
            "本站为文档C2C交易模式，即用户上传的文档直接被用户下载，本站只是中间服务平台。\n")
    assert [h[3] for h in _headings(page)] == ["某某县司法局2026年工作总结", "主要工作", "存在问题"]


def test_joint_issuers_over_a_late_title_are_title_lines():
    page = ("某区人民政府\n[ 索引号 ] 11500381/2026-0001\n[ 发布机构 ] 某区某镇人民政府\n[ 成文日期 ] 2026-01-19\n"
            "发布日期:2026-01-19 11:09:04 大 中 小\n中共某区某镇委员会\n某区某镇人民政府\n关于2025年法治政府建设情况的报告\n"
            "区委,区政府:\n" + OPENING + BODY)
    assert [h[0] for h in _titles(page)] == [6, 7, 8]


def test_the_breadcrumbs_last_item_over_a_longer_title_is_the_sites():
    page = ("某市人民政府\n您所在的位置：首页 > 专题专栏 > 2026法治政府建设报告 > 2026法治政府建设情况报告公示\n"
            "2026法治政府建设情况报告公示\n某市某镇人民政府2026年度法治政府建设情况报告\n  • 信息来源:某镇\n"
            "  • 发布日期:2027-03-06 10:46\n" + BODY)
    assert _titles(page) == [(4, 0, "", "某市某镇人民政府2026年度法治政府建设情况报告")]


def test_a_numbered_phrase_before_a_space_and_an_enumeration_is_a_heading():
    page = ("某旗农牧业局2026年上半年工作总结\n" + OPENING + "一、畜牧业生产进展情况\n(一)畜牧业产业化发展势头良好\n"
            "1、乳业发展呈现出好的态势 二是奶源基地建设稳步推进,新建标准化牧场三处,全旗奶牛存栏稳定增长,鲜奶产量同比提高。\n2、稳步发展肉源基地建设\n")
    assert (5, 3, "1、", "乳业发展呈现出好的态势") in _headings(page)


def test_a_menu_printed_one_item_a_line_is_the_sites():
    page = ("某某范文网\n首页\n工作总结\n工作计划\n心得体会\n讲话稿\n当前位置：首页 > 工作计划 > 正文\n县2026年法治政府建设工作计划\n"
            "时间：2026-03-16 10:25:31 来源：网友投稿\n- 1 -\nXX 县 2026 年法治政府建设工作计划\n" + OPENING + BODY)
    assert _titles(page) == [(11, 0, "", "XX 县 2026 年法治政府建设工作计划")]
    assert [_kind(page, n) for n in (2, 3, 4, 10)] == ["chrome"] * 4


def test_a_pdfs_cover_one_word_a_line_over_the_whole_title_is_the_sites():
    title = "某县文旅广体局2026年上半年工作总结"
    page = ("某某文档网\n文档分类 > 党政/组织/人事 > 工作总结\n" + title + ".docx\n• 上传时间:2026-07-03\n• 格式:DOCX\n网站客服:3074922707\n"
            "某县文旅广体局\n2026\n上半年\n工作总结\n" + title + "\n" + OPENING + BODY)
    assert _titles(page) == [(11, 0, "", title)]
    assert [_kind(page, n) for n in (6, 7, 8, 9, 10)] == ["chrome"] * 5


def test_the_pages_fields_split_by_bars_under_the_headline_are_the_sites():
    title = "某县林业局上半年工作总结及下一步工作计划"
    page = ("某某文库\n首页 范文大全 工作总结\n" + title + "\n网站:某某文库 | 时间:2026-06-21 10:37:19 | 移动端\n" + title + "\n"
            + OPENING + BODY)
    assert _titles(page) == [(5, 0, "", title)]


def test_a_sites_line_is_never_a_title_line_whatever_reads_it_so():
    for line in ("【会员享300最新资料/每天稳定更新】", "某某网 发表于2026-01-08 19:25:07", "www.example.com 范文网",
                 "【以稿换稿】【收藏】"):
        page = "某某文库\n首页 > 调研报告 > 正文\n" + line + "\n某街道2026年工作总结\n" + OPENING + BODY
        assert [h[3] for h in _titles(page)] == ["某街道2026年工作总结"], line


def test_fields_whose_labels_the_copy_cut_short_are_the_sites():
    page = ("某市人民政府\n您当前的位置: 首页 >> 公开信息内容\n号: cxs039-/2027-0407001 信息分类: 政府工作报告\n"
            "发文日期: 2027-04-07\n发布机构: 某市某镇 生成日期:\n称: 政府工作报告--——在某镇第十二届人民代表大会第三次会议上\n号:\n"
            "政府工作报告--——在某镇第十二届人民代表大会第三次会议上\n发表时间:2027-04-07\n政府工作报告\n"
            "——在某镇第十二届人民代表大会第三次会议上\n某镇人民政府镇长  刘文明\n各位代表:\n"
            "现在,我代表镇人民政府向大会报告工作,请予审议。\n" + BODY)
    assert _titles(page) == [(10, 0, "", "政府工作报告")]
    assert [_kind(page, n) for n in (6, 7, 12)] == ["chrome", "chrome", "byline"]


def test_a_doc_sites_download_help_over_its_numbered_list_is_the_sites():
    title = "2026年社区文明创建活动的半年度工作总结报告"
    page = ("第一文库网\n首页 | 分类 | 精品文档\n当前位置：首页 > 行业资料 > 工作总结\n" + title + "\n"
            "预览加载中,请您耐心等待几秒...\n10 金币\n下载此文档\n如果您无法下载资料,请参考说明:\n"
            "1、部分资料下载需要金币,请确保您的账户上有足够的金币\n2、已购买过的文档,再次下载不重复扣费\n"
            "3、资料包下载后请先用软件解压,在使用对应软件打开\n" + title + "\n" + BODY)
    assert _titles(page) == [(12, 0, "", title)]
    assert all(h[1] != 3 for h in _headings(page))


def test_the_title_again_after_a_preview_of_the_opening_is_the_title():
    title = "2026年上半年社区工作总结"
    page = ("某某范文网\n首页 工作总结 工作计划\n当前位置：首页 > 工作总结\n" + title + "\n"
            "2026年上半年在街道党工委、办事处的领导下,社区各项工作稳步推进。\n" + title + "\n" + BODY)
    assert _titles(page) == [(6, 0, "", title)]


def test_a_title_the_copy_ran_on_into_a_tables_border_is_read_without_it():
    title = "某区某街道2026年政府信息公开工作年度报告"
    page = ("某区人民政府\n文 号: | 关键字: | 信息,公开 | |\n所属机构: | 某区 | 发布机构: |\n" + title + " | |||||||||||||\n"
            "信息来源:某区某街道办事处\n发布时间:2027-01-05 11:19\n" + OPENING + BODY)
    assert _titles(page) == [(4, 0, "", title)]
