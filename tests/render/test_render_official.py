"""The GB/T 9704 elements of the writer's output rendered by LibreOffice and measured in the PDF:
版头 (发文机关标志, 发文字号, red rule), the 印发 notice, balanced titles, pagination (no heading at
the foot of a page, no signature page without two body lines), both signature layouts, 附件说明, tables,
and the 版记 on the bottom of the type area of an even last page — over all five kinds at several
lengths. Documents are built directly as `Document` objects (tests/docx_samples.py) and rendered in
one LibreOffice run for the module."""

from __future__ import annotations

import re

import pytest

import docx_samples as S
from drafter.docx import geometry as G
from drafter.docx.writer import BLANK, NEXT, SHARE, docx_bytes, imprint_placement
from render import (AREA_BOTTOM, AREA_LEFT, AREA_RIGHT, AREA_TOP, LINE_PITCH_MM, check_layout, docx_flow,
                    measure, needs_renderer, render_pdfs, rules, text_boxes)

pytestmark = pytest.mark.render

TOL = 1.0
CENTRE = (AREA_LEFT + AREA_RIGHT) / 2      # 106 mm: margins 28 left, 26 right


def _summary_plan_with(where: str):
    """The first summary-plan length whose 版记 goes `where` (share / next / blank)."""
    for sections in range(1, 7):
        for paras in range(1, 6):
            doc = S.summary_plan(paras, sections)
            if imprint_placement(doc) == where:
                return doc
    raise AssertionError(f"no sample length puts the 版记 {where}")


def _documents() -> dict:
    docs = {f"summary-plan-{w}": _summary_plan_with(w) for w in (SHARE, NEXT, BLANK)}
    docs["rule-of-law-sealed"] = S.report("rule-of-law", paras=2, sections=4, subsections=2, seal=True,
                                          attachments=3, long_title=True)
    for n in (1, 3, 5):
        docs[f"annual-unsealed-{n}"] = S.report("annual", paras=n, sections=3, seal=False, attachments=1,
                                                last_short=True)
    docs["half-year"] = S.half_year(paras=3)
    docs["highlights"] = S.highlights(paras=4)
    return docs


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    """name -> (Document, docx path, pdf path, pages)."""
    needs_renderer()
    out = tmp_path_factory.mktemp("official")
    docs = _documents()
    paths = {}
    for name, doc in docs.items():
        paths[name] = out / f"{name}.docx"
        paths[name].write_bytes(docx_bytes(doc))
    pdfs = render_pdfs(list(paths.values()), out)
    return {name: (docs[name], paths[name], pdf, measure(pdf)) for name, pdf in zip(docs, pdfs)}


def _norm(s: str) -> str:
    return re.sub(r"\s", "", s)


# --- 版头 and notice (7.2, 7.3.1) ----------------------------------------------------------------
def test_notice_has_its_head(rendered):
    _doc, _docx, pdf, _pages = rendered[f"summary-plan-{SHARE}"]
    lines = text_boxes(pdf, 1)
    mark, number = lines[0], lines[1]
    assert mark.text == "温州市龙湾区司法局文件"
    assert mark.color[:3] == (1, 0, 0) or (mark.color[0] > 0.8 and mark.color[1] < 0.2)   # red
    assert abs(mark.top - (AREA_TOP + 35)) <= TOL, mark.top                  # 上边缘距版心 35 mm
    assert abs((mark.x0 + mark.x1) / 2 - CENTRE) <= TOL and mark.x0 >= AREA_LEFT - 0.5 and mark.x1 <= AREA_RIGHT + 0.5
    assert number.text == "龙司发〔2023〕3号"
    assert abs((number.x0 + number.x1) / 2 - CENTRE) <= TOL                       # centred
    gap = number.top - mark.bottom                                             # 下空二行
    assert 2 * LINE_PITCH_MM - TOL <= gap <= 3 * LINE_PITCH_MM, gap
    red = [r for r in rules(pdf) if r.page == 1 and r.red]
    assert len(red) == 1
    rule = red[0]
    assert abs(rule.length - 156) <= 0.5 and abs(rule.x0 - AREA_LEFT) <= 0.5
    assert abs(rule.y - number.bottom - 4) <= TOL, rule.y - number.bottom     # 4 mm below the 发文字号
    title = lines[2]
    assert title.text.startswith("关于印发《") and abs(title.size - 22) < 0.5
    assert 2 * LINE_PITCH_MM - TOL <= title.top - rule.y <= 2 * LINE_PITCH_MM + 3, title.top - rule.y
    texts = [g.text for g in lines]
    assert any(t.startswith("各司法所") for t in texts)
    assert "（此件公开发布）" in texts
    # the 印发ed document starts on page 2
    assert text_boxes(pdf, 2)[0].text == "2022年全区司法行政工作总结"


# --- 版记 (7.4) ------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", [SHARE, NEXT, BLANK])
def test_imprint_on_bottom_of_even_last_page(rendered, where):
    _doc, docx, pdf, pages = rendered[f"summary-plan-{where}"]
    last = len(pages)
    assert last % 2 == 0, f"版记在第{last}页（奇数页）"
    page_rules = [r for r in rules(pdf) if r.page == last and not r.red and r.width > 0.2]   # not a table
    assert len(page_rules) == 3, page_rules
    first, middle, final = page_rules
    for r in page_rules:
        assert abs(r.length - 156) <= 0.5 and abs(r.x0 - AREA_LEFT) <= 0.5, r
    assert abs(first.width - 0.35) <= 0.05 and abs(final.width - 0.35) <= 0.05
    assert abs(middle.width - 0.25) <= 0.05
    assert abs((final.y + final.width / 2) - AREA_BOTTOM) <= 0.5, final.y     # flush with the 版心 bottom
    texts = [g for g in text_boxes(pdf, last) if first.y < g.top < final.y]
    assert [t.text[:3] for t in texts] == ["抄送：", "温州市"]
    assert all(abs(t.size - 14) < 0.5 for t in texts)                        # 4号
    imprint_line = texts[1]
    assert imprint_line.text.endswith("2023年1月13日印发")
    assert abs(AREA_RIGHT - imprint_line.x1 - 14 * 25.4 / 72) <= TOL           # 印发日期右空一字
    assert abs(imprint_line.x0 - AREA_LEFT - 14 * 25.4 / 72) <= TOL            # 印发机关左空一字
    flow = docx_flow(docx)
    if where == SHARE:
        assert any(ln.text and not ln.text.startswith(("抄送", "温州市龙湾区司法局办公室"))
                   for ln in pages[-1].lines), "body text shares the 版记 page"
        assert pages[-1].page_number is not None
    elif where == NEXT:
        assert pages[-1].page_number is not None and flow.unnumbered_tail == 0
    else:
        assert not pages[-2].lines and pages[-2].page_number is None           # a blank page,
        assert pages[-1].page_number is None and flow.unnumbered_tail == 2     # both unnumbered
    rep = check_layout(pdf, docx)
    assert not rep.problems, rep.problems[:10]


# --- pagination --------------------------------------------------------------------------------
def test_no_heading_is_the_last_line_of_a_page(rendered):
    checked = 0
    for name, (_doc, docx, _pdf, pages) in rendered.items():
        heads = docx_flow(docx).headings
        for page in pages[:-1]:
            if page.lines:
                last = _norm(page.lines[-1].text)
                assert not any(h.startswith(last[:10]) for h in heads), (name, page.number, last)
                checked += 1
    assert checked >= 15


def test_signature_page_carries_two_body_lines(rendered):
    seen = 0
    for name, (_doc, docx, _pdf, pages) in rendered.items():
        for sig in docx_flow(docx).signatures:
            for page in pages:
                idx = next((k for k, ln in enumerate(page.lines) if _norm(ln.text) == sig), None)
                if idx is None:
                    continue
                above = [ln for ln in page.lines[:idx] if ln.height_pt < 24]
                assert len(above) >= 2, (name, page.number, sig)
                seen += 1
    assert seen >= 8


def test_layout_of_every_sample(rendered):
    for name, (_doc, docx, pdf, _pages) in rendered.items():
        rep = check_layout(pdf, docx)
        assert not rep.problems, (name, rep.problems[:10])


# --- signature layouts (7.3.5) ----------------------------------------------------------------------
def _line(pages, text: str):
    for page in pages:
        for k, ln in enumerate(page.lines):
            if _norm(ln.text) == text:
                return page, k, ln
    raise AssertionError(text)


def test_sealed_signature_centred_over_date_four_characters_in(rendered):
    _doc, _docx, _pdf, pages = rendered["rule-of-law-sealed"]
    page, k, sig = _line(pages, "杭州市滨江区司法局")
    date = page.lines[k + 1]
    assert _norm(date.text) == "2026年1月15日"
    char = 16 * 25.4 / 72
    assert abs(AREA_RIGHT - date.x1 - 4 * char) <= TOL                          # 右空四字
    assert abs((sig.x0 + sig.x1) / 2 - (date.x0 + date.x1) / 2) <= TOL          # 署名以日期居中
    # room for the seal: two empty lines between the 附件说明 and the signature
    above = page.lines[k - 1]
    assert abs((sig.y0 - above.y0) - 3 * LINE_PITCH_MM) <= TOL


def test_unsealed_signature_two_in_date_two_right_of_it(rendered):
    for n in (1, 3, 5):
        _doc, _docx, _pdf, pages = rendered[f"annual-unsealed-{n}"]
        page, k, sig = _line(pages, "杭州市滨江区司法局")
        date = page.lines[k + 1]
        char = 16 * 25.4 / 72
        assert abs(date.x0 - sig.x0 - 2 * char) <= TOL                         # 日期首字右移二字
        # 署名右空二字; a date longer than that keeps 右空二字 and the signature moves in
        assert abs(min(AREA_RIGHT - sig.x1, AREA_RIGHT - date.x1) - 2 * char) <= TOL
        assert abs((sig.y0 - page.lines[k - 1].y0) - 2 * LINE_PITCH_MM) <= TOL  # 正文下空一行


# --- 附件说明 (7.3.6) -----------------------------------------------------------------------------
def test_attachment_notes_aligned(rendered):
    _doc, _docx, _pdf, pages = rendered["rule-of-law-sealed"]
    lines = [ln for page in pages for ln in page.lines]
    k = next(i for i, ln in enumerate(lines) if _norm(ln.text).startswith("附件：1."))
    first, second, third, fourth = lines[k:k + 4]
    char = 16 * 25.4 / 72
    assert abs(first.x0 - AREA_LEFT - 2 * char) <= TOL                          # 左空二字
    assert _norm(second.text).startswith("2.") and _norm(fourth.text).startswith("3.")
    label = 3 * (16 - 0.25) * 25.4 / 72                                         # “附件：”
    assert abs(second.x0 - (first.x0 + label)) <= TOL                           # 2. under 1.
    # the long second name wraps: its continuation starts under the name's first character
    name_start = second.x0 + G.advance("2.") / 20 * 25.4 / 72
    assert abs(third.x0 - name_start) <= TOL, (third.x0, name_start)


# --- titles (7.3.1) ------------------------------------------------------------------------------
def test_long_title_is_balanced_and_fits(rendered):
    _doc, docx, _pdf, pages = rendered["rule-of-law-sealed"]
    titles = [ln for ln in pages[0].lines if ln.height_pt > 24]
    written = [h for h in docx_flow(docx).headings if h.startswith(("中共", "全面", "2025"))]
    assert len(titles) == len(written) == 3                   # LibreOffice wrapped nothing further
    widths = [t.x1 - t.x0 for t in titles]
    for t in titles:
        assert t.x0 >= AREA_LEFT - 0.5 and t.x1 <= AREA_RIGHT + 0.5
        assert abs((t.x0 + t.x1) / 2 - CENTRE) <= TOL            # centred
    # 梯形 or 菱形: no line shorter than both its neighbours
    assert not (widths[1] < widths[0] and widths[1] < widths[2])
    assert "".join(_norm(t.text) for t in titles) == "中共杭州市滨江区委全面依法治区委员会办公室关于2025年度法治政府建设工作情况的报告"


# --- tables -------------------------------------------------------------------------------------
def test_table_within_the_type_area_with_caption_above(rendered):
    _doc, _docx, pdf, pages = rendered[f"summary-plan-{SHARE}"]
    page, k, caption = _line(pages, "表12022年主要业务数据")
    assert abs((caption.x0 + caption.x1) / 2 - CENTRE) <= TOL
    grid = [r for r in rules(pdf) if r.page == page.number and r.y > caption.y1]
    assert len(grid) >= 6                                     # header + 4 rows: 6 horizontal rules
    assert all(abs(r.x0 - AREA_LEFT) <= 0.5 and abs(r.x1 - AREA_RIGHT) <= 0.5 for r in grid)
    boxes = text_boxes(pdf, page.number)
    cells = [g for g in boxes if g.top > caption.y1 and abs(g.size - 14) < 0.5]
    assert any(g.text.startswith("项目") for g in cells)
    row = next(g for g in cells if g.text.startswith("新收行政诉讼案件"))
    assert row.text.endswith("-53.79%")
