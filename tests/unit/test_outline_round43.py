"""Outline round 43 (issue 17, session 19): shapes found by the blind sets 184–191, written here as small pages in
the same forms, each with the near miss it must not change."""

from __future__ import annotations

from test_outline_round22 import BODY, _headings
from test_outline_round32 import _kinds, _titles

TEXT = "2023年，县司法局坚持以习近平法治思想为指导，全面推进各项工作，取得了新的成效。\n"
PORTAL = "金口河区人民政府\n首页 | 走进金口河 | 政务公开 | 政务服务\n当前位置：首页 > 政务公开 > 财政信息 > 部门预算\n"


# --- contents ------------------------------------------------------------------------------------------------

def test_a_contents_entry_naming_its_item_after_a_colon_is_an_entry():
    entries = "".join(f"{n}、{name}\n" for n, name in zip("一二三四", ["基本职能及主要工作", "部门预算单位构成",
                                                                  "收支预算情况说明", "名词解释"]))
    page = (PORTAL + "金口河区人社部门2026年部门预算情况说明\n发布日期:2026-02-05\n" + entries
            + "五、附件:人社部门2026年预算公开报表\n1.部门收支总表(公开表1)\n2.部门收入总表(公开表1-1)\n"
              "按照预算管理有关规定，目前部门预算的编制实行综合预算制度。\n一、基本职能及主要工作\n"
              "1、主要职能:参照政府批准的三定方案。\n")
    heads = _headings(page)
    assert [h[0] for h in heads] == [4, 14, 15]


def test_a_run_in_heading_with_a_colon_stays_a_heading():
    page = ("某县司法局2023年工作总结\n" + TEXT + "一、普法宣传:全年开展普法活动五十场\n二、人民调解:全年调解纠纷一千件\n"
            "全县调解组织实现全覆盖。\n")
    assert [h[2] for h in _headings(page)] == ["", "一、", "二、"]


def test_an_outline_with_its_points_closed_by_dots_is_chrome():
    page = ("新文秘网 - 专业文秘写作服务平台\n您的位置:新文秘网>>乡镇社区\n乡镇2021年上半年河长制工作情况汇报\n"
            "发表时间:2022/11/21 15:19:42\n目录/提纲:……\n一、基本概况\n二、河长制工作开展情况\n(一)强化组织领导,加快工作推进\n"
            "二是成立了七条河流22名村级河长的河长制队伍\n(二)严格落实责任,推进工作机制\n三、意见与建议\n"
            "(一)加大执法打击和宣传力度,成立管护执法队伍,对河道违法行为进行严厉打击,营造全社会护河爱河的浓厚氛围\n"
            "(二)持续加大经费保障,尤其是**流域,战线长,任务量大,缺乏车辆、燃油等经费保障\n……\n"
            "乡镇2021年上半年河长制工作情况汇报\n为认真贯彻落实市委、市政府关于全面推行河长制的部署，我乡扎实推进各项工作。\n"
            "一、基本概况\n全乡共有河流七条。\n")
    assert _headings(page) == [(15, 0, "", "乡镇2021年上半年河长制工作情况汇报"), (17, 1, "一、", "基本概况")]


# --- a document site's chunk counters --------------------------------------------------------------------

def test_the_title_under_a_headline_with_a_copy_number_loses_its_counter_and_numbers_the_chunks():
    page = ("裝配圖網 820124.com\n當前位置：首頁 > 總結匯報 > 工作總結\n河長制工作總結 (2)\n"
            "上傳人：tia****nde 文檔編號：110897324\n資源描述：\n1、河長制工作總結\n"
            "本文具有廣泛通用性,歡迎各位根據自己的實際需要修改使用。\n一、工作推進情況\n"
            "1.責任落實到位。一是成立領導機構,由鎮黨委\n2、書記任總河長,主要負責全鎮河長制工作的安排部署。\n")
    heads = _headings(page)
    assert heads[0] == (6, 0, "", "河長制工作總結")
    assert all(h[2] != "2、" for h in heads)


def test_a_skipping_counter_before_the_first_heading_is_a_chunks():
    page = ("万能文库\n当前位置：首页 > 工作总结\n区机关事务服务中心2023年工作总结.docx\n"
            "1、区机关事务服务中心2023年工作总结\n区机关事务服务中心2023年工作总结\n"
            "2023年,我中心在区委区政府的正确领导下,紧紧围绕中心工作,较好地完成了各项任务。\n2、现将具体情况汇报如下:\n"
            "一、工作成绩\n全年保障会议三百场。\n")
    assert all(h[2] != "2、" for h in _headings(page))


def test_a_first_item_before_the_first_heading_on_a_plain_page_stays_a_heading():
    page = ("区机关事务服务中心2023年工作总结\n" + TEXT + "1、强化服务保障\n全年保障会议三百场。\n2、加强资产管理\n"
            "全年清查资产一万件。\n")
    assert [h[2] for h in _headings(page)] == ["", "1、", "2、"]


# --- the site's lists ------------------------------------------------------------------------------------------

def test_a_related_list_under_a_bracketed_head_is_chrome():
    page = ("沙里范文库\n當前位置：首頁 > 範文庫 > 報告\n峪河鎮改善農村人居環境工作匯報\n"
            "峪河鎮轄33個行政村，人口5.1萬人。\n一、加強組織領導\n我鎮成立了改善農村人居環境工作領導小組。\n"
            "【農村人居環境報告相關文章】\n1.農村人居環境整治工作報告\n2.改善農村人居環境工作匯報\n3.鄉鎮人居環境整治工作總結\n"
            "【我要投稿】【收藏本文】【打印本頁】\n")
    assert [h[0] for h in _headings(page)] == [3, 5]


def test_a_listings_next_pieces_are_chrome():
    page = ("总结大全网\n当前位置:总结大全 > 年度总结 > 上半年总结\n2023年林业局上半年工作总结及下半年工作计划十篇\n"
            "发布时间:2024-10-18 查看人数:98\n2023年林业局上半年工作总结及下半年工作计划\n"
            "第一篇 2023年林业局上半年工作总结及下半年工作计划 6102字\n第二篇 2023年县林业局上半年工作总结及下半年工作思路 5120字\n"
            "第三篇 2023年林业局上半年工作总结和下半年工作安排 4380字\n林业局2023年上半年工作总结及下半年工作计划\n"
            "2023年，是新一轮绿化大行动的攻坚之年，我局全力推进各项工作。\n一、主要工作措施及成效\n全年造林一万亩。\n")
    assert _titles(page) == [(9, "林业局2023年上半年工作总结及下半年工作计划")]


def test_a_title_over_a_post_header_with_its_time_is_no_column_name():
    page = ("派擎知识网 - 分享实用范文与生活百科\n首页\n工作总结\n心得体会\n当前位置：首页 » 工作总结 » 扫恶除霸综合治理工作总结\n"
            "扫恶除霸综合治理工作总结\nadmin  发布于 2024-09-12 10:26  分类：工作总结  阅读(1386)\n"
            "近年来，我区高度重视社会治安综合治理工作，现将我区扫恶除霸综合治理工作总结如下:\n工作背景\n"
            "近年来，部分地区出现了一些黑恶势力，严重扰乱了社会秩序。\n工作措施\n加强组织领导，成立专项工作领导小组。\n")
    heads = _headings(page)
    assert heads[:2] == [(6, 0, "", "扫恶除霸综合治理工作总结"), (9, 1, "", "工作背景")]


def test_a_line_under_a_paragraph_running_on_after_its_colon_is_no_heading():
    page = ("某县2023年工作总结\n" + TEXT + "全年主要做了以下工作：\n加强组织领导\n成立了工作领导小组。\n")
    assert all(h[0] != 4 for h in _headings(page))


# --- datelines, notes, full stops ------------------------------------------------------------------------

def test_a_dateline_with_a_templates_year_is_no_title():
    page = ("范文118\n当前位置:范文118 > 政府工作报告\n政 府 工 作 报 告\n20xx年1月24日在长兴县\n第十四届人民代表大会第二次会议上\n"
            "长兴县人民政府县长 章根明\n各位代表:\n现在，我代表县人民政府向大会作工作报告，请予审议。\n一、过去一年的工作回顾\n"
            "全县地区生产总值增长百分之六。\n")
    assert _titles(page) == [(3, "政 府 工 作 报 告")]


def test_a_note_in_brackets_is_no_heading():
    page = ("市森林防火工作总结\n今年入夏以来，我市持续高温干旱，森林防火形势严峻。\n一、下发紧急通知\n(未完,全文共1039字)\n"
            "(请认真阅读下面的提示信息)\n温馨提示：本文为会员文章，注册并登录会员后即可查看全文。\n")
    assert all(h[0] != 5 for h in _headings(page))


def test_a_headings_full_stop_typed_as_a_dot_is_dropped():
    page = ("某镇2023年决算说明\n" + TEXT + "一、收支情况\n（三）国有资本经营预算收支情况.\n我镇无国有资本经营预算收支。\n")
    assert (4, 2, "（三）", "国有资本经营预算收支情况") in _headings(page)


# --- a 成文日期 of figures only ---------------------------------------------------------------------------------

def test_a_date_of_figures_only_under_the_notices_issuer_is_no_title():
    page = ("常山县人民政府\n当前位置：首页 > 政府文件\n常山县人民政府办公室关于印发提升助老三件事服务能力的实施办法的通知\n"
            "各乡(镇)人民政府、街道办事处,县级机关各单位:\n常山县提升助老三件事服务能力的实施办法已经县政府同意,现印发给你们,请认真贯彻执行。\n"
            "常山县人民政府办公室\n2023626\n常山县提升助老三件事服务能力的实施办法\n为积极应对人口老龄化，制定本办法。\n"
            "一、工作目标\n到2025年，全县助老服务能力显著提升。\n")
    titles = _titles(page)
    assert (7, "2023626") not in titles and (8, "常山县提升助老三件事服务能力的实施办法") in titles


def test_the_document_attached_after_a_signature_dated_in_figures_has_its_title():
    page = ("上海市长宁区人民政府\n当前位置：首页 > 政务公开\n关于提请区政府办公室印发《长宁区规划编制工作方案》的请示\n区政府:\n"
            "根据第97次区政府常务会议要求，现申请以区政府办公室名义印发编制工作方案。\n特此请示。\n"
            "附件:《长宁区规划编制工作方案》\n上海市长宁区发展和改革委员会\n2019626\n长宁区规划编制工作方案\n"
            "规划是开启全面建设社会主义现代化国家新征程的重要文件。\n一、指导思想\n坚持以人民为中心。\n")
    heads = _headings(page)
    assert (10, 0, "", "长宁区规划编制工作方案") in heads and all(h[0] != 8 for h in heads)


def test_a_figure_line_in_the_text_stays_text():
    page = ("某县2023年工作总结\n" + TEXT + "一、主要工作\n全年完成投资\n2023626\n万元。\n")
    assert _kinds(page)[5] == "paragraph"


# --- a slogan heading alone on its line ------------------------------------------------------------------

def test_a_comma_pair_over_a_phrase_after_its_colon_is_one_heading():
    page = ("在县妇联2025年度工作总结会议上的讲话\n同志们:\n今天我们召开会议，总结2025年工作，部署2026年任务。\n"
            "一、回顾总结,砥砺奋进:2025年XX妇女事业在实干中彰显新作为\n(一)高擎思想之旗,妇女政治引领达到新高度\n"
            "全年开展宣讲活动一百场。\n")
    assert (4, 1, "一、", "回顾总结,砥砺奋进:2025年XX妇女事业在实干中彰显新作为") in _headings(page)


def test_a_heading_with_its_body_after_the_colon_is_still_cut():
    page = ("某县2023年工作总结\n" + TEXT + "一、普法宣传,人民调解:全年开展普法活动五十场，调解纠纷一千件。\n")
    assert (3, 1, "一、", "普法宣传,人民调解") in _headings(page)
