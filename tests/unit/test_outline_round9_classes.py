"""Classes of lines the outline parser must tell apart (issue 17, round 9): a document site's pay
wall across the text, a site's preface to a sample essay, the body that wrote the text alone under
the title, a portal's headline naming a document by its 发文字号 and 《name》, a traditional mirror's
pinyin noise (印發(fā)), two quoted phrases of one heading with a space between them, and a heading's
sentence ended by 。 on a paragraph the page cut off with ……. Pages written here, not copied from a set."""

from __future__ import annotations

from drafter.core.outline import parse_text

BODY = ("2025年，县司法局坚持依法行政，各项工作取得新成效。\n一、主要工作\n（一）普法宣传\n全年开展活动80场。\n"
        "二、下步打算\n持续深化法治建设。\n")


def _kinds(text: str) -> dict[int, tuple[str, str]]:
    return {b.line: (b.kind, b.detail) for b in parse_text(text).blocks if b.kind != "blank"}


def _outline(text: str) -> list[tuple[int, int, str, str]]:
    return [(h["line"], h["level"], h["marker"], h["text"]) for h in parse_text(text).outline_json()]


def test_a_pay_wall_under_the_title_is_chrome_and_the_title_stays_the_title():
    title = "县司法局2025年工作总结和2026年工作打算"
    page = (f"范文库 fanwenku.cn\n首页 > 总结 > 工作总结\n{title}\n\n{title}\n本文为会员专享,开通会员后付费阅读\n9.9\n"
            f"立即付费查看\n{BODY}登录后查看全文\n")
    kinds = _kinds(page)
    assert kinds[6][0] == "chrome"
    assert kinds[8][0] == "chrome"
    outline = _outline(page)
    assert [h for h in outline if h[1] == 0] == [(5, 0, "", title)]
    assert [h[3] for h in outline if h[1] == 1] == ["主要工作", "下步打算"]


def test_a_long_heading_that_names_a_membership_is_no_pay_wall():
    page = f"县司法局2025年工作总结\n{BODY}（二）规范律师协会年度会员管理工作\n全年新发展会员15人。\n"
    assert (8, 2, "（二）", "规范律师协会年度会员管理工作") in _outline(page)


def test_a_sites_preface_between_headline_and_title_makes_the_later_title_the_title():
    title = "关于推进法治乡镇建设的实施意见"
    page = (f"公文范文网\n首页 > 范文中心 > 正文\n{title}\n"
            f"引言:本站为您整理了{title}范文,希望能为您的写作带来帮助。\n{title}\n"
            f"各村(社区),镇直各单位:\n为推进法治乡镇建设,结合我镇实际,提出如下意见。\n一、总体要求\n（一）指导思想\n坚持依法治镇。\n")
    kinds = _kinds(page)
    assert kinds[3][0] == "chrome" and kinds[4][0] == "chrome"
    outline = _outline(page)
    assert outline[0] == (5, 0, "", title)
    assert not any(h[1] == 1 and h[3] == title for h in outline)


def test_the_body_that_wrote_the_text_alone_under_the_title_is_a_byline():
    page = f"石门县司法局2025年工作总结\n石门县司法局\n{BODY}"
    kinds = _kinds(page)
    assert kinds[2][0] == "byline"
    assert [h for h in _outline(page) if h[1] == 0] == [(1, 0, "", "石门县司法局2025年工作总结")]


def test_a_title_wrapped_after_the_bodys_name_is_still_one_title_over_two_lines():
    page = f"石门县司法局\n2025年法治政府建设情况报告\n{BODY}"
    assert [h for h in _outline(page) if h[1] == 0] == [(1, 0, "", "石门县司法局"), (2, 0, "", "2025年法治政府建设情况报告")]


def test_a_portal_headline_of_a_doc_number_and_a_name_is_chrome():
    page = ("县人民政府门户网站\n首页 > 政务公开 > 政策文件\n石政发〔2024〕7号《石门县人民政府关于加强行政执法监督的意见》\n"
            "发布时间：2024-05-06 来源：县司法局\n石门县人民政府关于加强行政执法监督的意见\n石政发〔2024〕7号\n"
            "各乡镇人民政府，县直各单位：\n现就加强行政执法监督提出如下意见。\n一、明确监督重点\n（一）规范执法程序\n严格落实三项制度。\n")
    kinds = _kinds(page)
    assert kinds[3][0] == "chrome"
    outline = _outline(page)
    assert outline[0] == (5, 0, "", "石门县人民政府关于加强行政执法监督的意见")
    assert [h[1] for h in outline] == [0, 1, 2]


TRADITIONAL = ("法規資料庫\n首頁 > 規範性文件 > 司法行政\n"
               "省司法廳關(guān)於印發(fā)《全省公共法律服務(wù)體系建設規劃》的通知\n"
               "司發(fā)〔2022〕5號\n各市、縣司法局:\n現將《全省公共法律服務(wù)體系建設規劃》印發(fā)給你們,請認真貫徹執行。\n"
               "省司法廳\n2022年3月1日\n全省公共法律服務(wù)體系建設規劃\n"
               "為加快建設公共法律服務(wù)體系,結合全省實(shí)際,制定本規劃。\n一、總體要求\n"
               "1.明確建設目標(biāo)。到2025年,全面建成覆蓋城鄉的公共法律服務(wù)網(wǎng)絡(luò)……\n"
               "二、主要任務(wù)\n")


def test_pinyin_noise_of_a_traditional_mirror_is_read_past_and_kept_in_the_outline():
    outline = _outline(TRADITIONAL)
    assert outline[:2] == [(3, 0, "", "省司法廳關(guān)於印發(fā)《全省公共法律服務(wù)體系建設規劃》的通知"),
                           (9, 0, "", "全省公共法律服務(wù)體系建設規劃")]
    assert (12, 3, "1.", "明確建設目標(biāo)") in outline
    kinds = _kinds(TRADITIONAL)
    assert kinds[4][0] == "doc-number"  # 司發(fā)〔2022〕5號 is the 发文字号, no title


def test_a_bracketed_latin_word_on_a_simplified_page_is_kept_as_text():
    page = f"县司法局2025年工作总结\n{BODY}（二）推进“互联网+(online)”调解\n上线调解平台。\n"
    assert (8, 2, "（二）", "推进“互联网+(online)”调解") in _outline(page)


def test_two_quoted_phrases_of_one_heading_with_a_space_between_stay_one_heading():
    long_body = "按照分级分类、动态监测和常态帮扶的要求," * 8
    page = f"县司法局2025年工作总结\n一、主要工作\n（一）普法宣传\n2. 打造“法治夜市” “法润乡村”。 {long_body}\n"
    assert (4, 3, "2.", "打造“法治夜市” “法润乡村”") in _outline(page)


def test_a_numbered_chunk_joined_by_a_space_is_still_no_heading():
    long_body = "全年办理法律援助案件1200件,挽回经济损失300万元," * 6
    page = f"县司法局2025年工作总结\n一、主要工作\n1、在改革攻坚中实现新突破 一年来,{long_body}。\n"
    assert not any(h[1] == 3 for h in _outline(page))


def test_a_headings_sentence_ended_by_its_full_stop_stays_whole_on_a_cut_off_paragraph():
    page = ("县司法局2025年工作总结\n一、主要工作\n"
            "1.深入推进严格规范公正文明执法。全面落实行政执法三项制度,持续开展执法监督……\n")
    assert (3, 3, "1.", "深入推进严格规范公正文明执法") in _outline(page)
