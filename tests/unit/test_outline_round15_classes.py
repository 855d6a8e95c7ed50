"""Classes of lines the outline parser must tell apart (issue 17, round 15): a heading glued to its
body with no mark between (a copy that lost its line break: 时间安排11月30日…) ends where the body
begins; 〔一〕 is a level-2 marker like （一）; a decimal outline's number (1.1目的依据, 1.3.1…) is
none of GB/T 9704's levels, so no heading; a date in Chinese numerals written with ○ is no heading.
Pages written here, not copied from a set."""

from __future__ import annotations

import pytest

from drafter.core.outline import parse_text

HEAD = "某县2025年法治宣传教育活动方案\n为深入学习宣传宪法，制定本方案。\n"


def _headings(page: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h.get("marker", ""), h["text"]) for h in parse_text(page).outline_json()]


def _heading(line: str):
    doc = parse_text(HEAD + line + "\n要提高认识。\n")
    return next(b for b in doc.blocks if b.kind == "heading")


# -- a heading glued to its body ----------------------------------------------------------------------

@pytest.mark.parametrize("line, title, body", [
    ("一、时间安排11月30日（周一）——12月6日（周日）", "时间安排", "11月30日（周一）——12月6日（周日）"),
    ("二、活动主题深入学习宣传习近平法治思想大力弘扬宪法精神", "活动主题", "深入学习宣传习近平法治思想大力弘扬宪法精神"),
    ("四、具体安排结合疫情防控工作实际，今年不集中组织大型线下宣传活动。", "具体安排", "结合疫情防控工作实际，今年不集中组织大型线下宣传活动。"),
    ("三、组织领导各乡镇要成立工作专班，明确专人负责。", "组织领导", "各乡镇要成立工作专班，明确专人负责。"),
    ("（一）宣传周启动仪式11月30日上午10点，县司法局举办启动仪式。", "宣传周启动仪式", "11月30日上午10点，县司法局举办启动仪式。"),
    ("（二）国家宪法日座谈会12月4日，组织召开座谈会。", "国家宪法日座谈会", "12月4日，组织召开座谈会。"),
    ("（三）宪法学习宣传主题活动根据县委关于推动宪法学习宣传教育的有关精神，举办七进活动。", "宪法学习宣传主题活动",
     "根据县委关于推动宪法学习宣传教育的有关精神，举办七进活动。"),
])
def test_a_heading_glued_to_its_body_ends_where_the_body_begins(line, title, body):
    h = _heading(line)
    assert (h.title, h.body, h.run_in) == (title, body, True)


@pytest.mark.parametrize("line, title", [
    ("一、工作目标任务", "工作目标任务"),                       # a section noun that goes on as a noun
    ("（一）强化乡村振兴和新型城镇化有机结合", "强化乡村振兴和新型城镇化有机结合"),   # 结合 inside a phrase
    ("二、开展2025年宪法宣传周活动", "开展2025年宪法宣传周活动"),       # a year is no date that opens a body
])
def test_a_heading_phrase_that_only_looks_glued_stays_whole(line, title):
    assert _heading(line).title == title


# -- 〔一〕 ------------------------------------------------------------------------------------------

def test_tortoise_shell_brackets_mark_level_two():
    page = HEAD + "一、主要任务\n〔一〕加强组织领导\n要提高认识。\n〔二〕强化宣传引导\n要扩大覆盖。\n"
    assert _headings(page)[1:] == [(3, 1, "一、", "主要任务"), (4, 2, "〔一〕", "加强组织领导"),
                                   (6, 2, "〔二〕", "强化宣传引导")]


def test_a_doc_number_year_in_tortoise_shell_brackets_is_no_marker():
    page = HEAD + "〔2020〕12号文件要求加强组织领导。\n"
    assert _headings(page)[1:] == []


# -- decimal outlines -----------------------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    "1总则\n1.1编制目的\n规范应对突发事件行为，提高应对能力。\n1.2编制依据\n根据有关法律法规制定本预案。\n",
    "1.总则\n1.1 目的依据\n提高处置突发公共事件的能力。\n1.2 现状特点\n本镇地处山区，灾害多发。\n",
    "2 组织体系\n2.1 领导机构\n镇政府是本镇应急管理工作的行政领导机构。\n2.1.1 应急指挥部\n由镇长任总指挥。\n",
])
def test_decimal_outline_numbers_are_no_headings(lines):
    page = "某镇突发事件总体应急预案\n" + lines
    got = _headings(page)
    assert not any(t[3][:1].isdigit() for t in got), got


# -- a date in Chinese numerals --------------------------------------------------------------------

@pytest.mark.parametrize("date", ["二○一一年八月九日", "二〇二五年十二月三十一日", "二O二四年一月五日"])
def test_a_date_in_chinese_numerals_is_no_heading(date):
    page = HEAD + "一、主要任务\n要提高认识。\n某县人民政府办公室\n" + date + "\n"
    assert [t for t in _headings(page) if date in t[3]] == []


# -- a site's watermark with its address ---------------------------------------------------------

@pytest.mark.parametrize("mark", ["秘书之家—全网资源每日更新www.mishuzj.com", "范文网 fanwen.cn", "公文库-免费下载 https://www.gwk.net/"])
def test_a_watermark_with_the_site_address_is_chrome_not_the_title(mark):
    title = "某县人民政府关于2025年度法治政府建设情况的报告"
    page = f"某某文档网\n首页 > 文档\n{title}\n发布时间:2025-03-20 阅读:12\n{mark}\n{title}\n2025年，县政府坚持依法行政。\n一、坚持党的领导\n要提高认识。\n"
    assert [h for h in _headings(page) if h[1] == 0] == [(6, 0, "", title)]
    assert parse_text(page).blocks[4].kind == "chrome"


# -- a document site's chunk counters ---------------------------------------------------------------

DOCSITE = "咨信网 zixin.com.cn\n首页 > 工作总结\n某街道2025年工作总结.doc\n下载 收藏 举报\n"


@pytest.mark.parametrize("banner", ["1、-精品合同推荐-", "1、——更多精品范文——", "1.~精选文档~"])
def test_a_counter_before_a_site_banner_is_no_heading_and_the_title_follows(banner):
    page = DOCSITE + banner + "\n某街道2025年工作总结\n一年来，街道办事处扎实开展各项工作。\n一、加大环境整治力度\n要提高认识。\n"
    got = _headings(page)
    assert got[0] == (6, 0, "", "某街道2025年工作总结"), got
    assert not any(banner in h[3] or h[3] in banner for h in got)


@pytest.mark.parametrize("above, counted", [
    ("社区是居民的生活地，居民对社区的环境倍加关注。街", "2、道办事处针对居民的这一要求，切实担负起整治环境的责任。"),
    ("全年调处纠纷1200件，调解成功率98%。我们坚", "2、持把矛盾化解在基层，群众满意度不断提高。"),
    ("我局开展普法活动40场。下一", "3、步，将继续深化法治宣传。"),
])
def test_a_counter_that_cuts_the_sentence_of_the_line_above_is_no_heading(above, counted):
    page = DOCSITE + "某街道2025年工作总结\n一年来，街道办事处扎实开展各项工作。\n一、加大环境整治力度\n" + above + "\n" + counted + "\n"
    assert [h for h in _headings(page) if h[1] == 3] == []


@pytest.mark.parametrize("line, title", [
    ("二、健全机制,确保基层工作切实加强为了有效加强基层工作,我们建立了联席会议制度。", "健全机制,确保基层工作切实加强"),
    ("（二）强化监督，确保执法规范有序根据县委部署，开展执法检查12次。", "强化监督，确保执法规范有序"),
])
def test_short_parallel_clauses_glued_to_the_body_are_the_heading(line, title):
    assert _heading(line).title == title
