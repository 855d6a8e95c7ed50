"""The writer's GB/T 9704 elements checked in the XML, and the package against the Open XML schema
(`openxml-audit --policy strict`). Rendering is measured in test_render_official.py."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import zipfile

import pytest

import docx_samples as S
from conftest import SEEDS
from drafter.core import document as D
from drafter.core.errors import InputError
from drafter.core.outline import parse_file
from drafter.docx import geometry as G
from drafter.docx.fonts import FontConfig
from drafter.docx.signature import default_seal, sealed_indents, unsealed_indents
from drafter.docx.title import FORBIDDEN, balance_title, break_costs
from drafter.docx.writer import BLANK, NEXT, SHARE, docx_bytes, imprint_placement

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W, "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}


def _doc_xml(data: bytes):
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read("word/document.xml"))


def _w(el, name):
    return el.get(f"{{{W}}}{name}")


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iterfind("w:r/w:t", NS))


def _paras(root):
    return root.findall(".//w:body/w:p", NS)


# --- geometry and fonts have one home each ---------------------------------------------------
def test_geometry_derived_from_millimetres():
    assert (G.PAGE_W, G.PAGE_H) == (11906, 16838)
    assert (G.MARGIN_TOP, G.MARGIN_BOTTOM, G.MARGIN_LEFT, G.MARGIN_RIGHT) == (2098, 1984, 1587, 1474)
    assert G.TEXT_WIDTH == 8845 and G.LINE_PITCH == 579 and G.BODY_SPACING == -5
    assert G.LINES * G.LINE_PITCH <= G.TEXT_HEIGHT < (G.LINES + 1) * G.LINE_PITCH
    assert G.border_eighths(0.35) == 8 and G.border_eighths(0.25) == 6


def test_fonts_come_only_from_fonts_toml():
    assert all(f.default is dataclasses.MISSING for f in dataclasses.fields(FontConfig))
    with pytest.raises(TypeError):
        FontConfig()  # type: ignore[call-arg]
    assert FontConfig.preset().body == "仿宋_GB2312"


# --- the package passes the Open XML SDK schema, strict -----------------------------------------
def test_openxml_audit_strict(tmp_path):
    exe = shutil.which("openxml-audit")
    if exe is None:
        pytest.skip("openxml-audit 未安装（pip install openxml-audit）")
    docs = {"summary-plan": S.summary_plan(2, 3), "rule-of-law": S.report("rule-of-law", attachments=3, seal=True),
            "half-year": S.half_year(), "highlights": S.highlights(),
            "blank-imprint": next(S.summary_plan(p, s) for s in range(1, 7) for p in range(1, 6)
                                  if imprint_placement(S.summary_plan(p, s)) == BLANK)}
    for seed in sorted(SEEDS.glob("*.txt")):
        docs[seed.stem[:3]] = parse_file(str(seed))
    for name, doc in docs.items():
        (tmp_path / f"{name}.docx").write_bytes(docx_bytes(doc, FontConfig.preset("windows" if "0" in name else None)))
    proc = subprocess.run([exe, "--policy", "strict", "-r", str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert proc.stdout.count("Errors: 0") >= len(docs) or "Errors:" not in proc.stdout.replace("Errors: 0", ""), \
        proc.stdout[-3000:]


# --- signature layouts (7.3.5) ---------------------------------------------------------------------
def test_seal_defaults_by_kind_and_document_seal_wins():
    assert default_seal("summary-plan") is True and default_seal("annual") is False
    assert default_seal(None) is False

    def indents(doc):
        paras = _paras(_doc_xml(docx_bytes(doc)))
        sig = next(p for p in paras if _text(p) == "杭州市滨江区司法局")
        date = next(p for p in paras if _text(p) == "2026年1月15日")
        return int(_w(sig.find("w:pPr/w:ind", NS), "right")), int(_w(date.find("w:pPr/w:ind", NS), "right"))

    assert indents(S.report("annual", seal=True)) == sealed_indents("杭州市滨江区司法局", "2026年1月15日")
    assert indents(S.report("annual", seal=False)) == unsealed_indents("杭州市滨江区司法局", "2026年1月15日")
    assert indents(S.report("annual")) == indents(S.report("annual", seal=False))         # kind default
    assert indents(S.report("summary-plan")) == indents(S.report("annual", seal=True))


def test_unsealed_rules():
    name = "杭州市滨江区人民政府办公室"
    sig, date = unsealed_indents(name, "2026年1月5日")       # the date is shorter: 署名右空二字
    assert sig == 2 * G.CHAR
    assert (G.TEXT_WIDTH - date - G.advance("2026年1月5日")) - (G.TEXT_WIDTH - sig - G.advance(name)) \
        == 2 * G.ADVANCE                                             # 日期首字比署名首字右移二字
    sig, date = unsealed_indents("区司法局", "2026年12月31日")          # the date is longer: 日期右空二字
    assert date == 2 * G.CHAR and sig > 2 * G.CHAR


def test_sealed_notice_and_unsealed_document_under_it():
    doc = S.summary_plan(1, 1)
    doc.blocks.insert(doc.blocks.index(doc.of_kind(D.IMPRINT)[0]) - 1,
                      D.Block(kind=D.SIGNATURE, line=0, text="温州市龙湾区司法局"))
    paras = _paras(_doc_xml(docx_bytes(doc)))
    sigs = [p for p in paras if _text(p) == "温州市龙湾区司法局" and _w(p.find("w:pPr/w:pStyle", NS), "val") == "GwSignature"]
    assert len(sigs) == 2
    notice_right = int(_w(sigs[0].find("w:pPr/w:ind", NS), "right"))
    assert notice_right == sealed_indents("温州市龙湾区司法局", "2023年1月13日")[0]
    assert int(_w(sigs[1].find("w:pPr/w:ind", NS), "right")) == 2 * G.CHAR        # no date: 右空二字


# --- 附件说明 (7.3.6) -------------------------------------------------------------------------------
def test_attachment_note_indents():
    paras = _paras(_doc_xml(docx_bytes(S.report("annual", attachments=3))))
    notes = [p for p in paras if _w(p.find("w:pPr/w:pStyle", NS), "val") == "GwAttachNote"]
    assert [_text(n)[:4] for n in notes] == ["附件：1", "2.20", "3.20"]
    ind = [(int(_w(n.find("w:pPr/w:ind", NS), "left")), int(_w(n.find("w:pPr/w:ind", NS), "hanging"))) for n in notes]
    two = 2 * G.CHAR
    assert ind[0][0] - ind[0][1] == two                               # 左空二字
    assert ind[0][0] == two + G.advance("附件：") + G.advance("1.")   # continuation under the name
    for left, hang in ind[1:]:
        assert left == ind[0][0]                                      # names aligned
        assert left - hang == two + G.advance("附件：")                # 2. under 1.
    prev = paras[paras.index(notes[0]) - 1]
    assert _text(prev) == ""                                          # 正文下空一行


# --- titles (7.3.1) --------------------------------------------------------------------------------
@pytest.mark.parametrize("title", [
    "中共杭州市滨江区委全面依法治区委员会办公室关于2025年度法治政府建设工作情况的报告",
    "关于印发《2022年全区司法行政工作总结暨2023年工作思路》的通知",
    "杭州市滨江区司法局关于2025年法治政府建设情况的报告",
    "关于深入学习贯彻习近平新时代中国特色社会主义思想推进法治政府建设工作情况的报告",
])
def test_balanced_title_never_breaks_inside_a_word(title):
    lines = balance_title(title)
    assert "".join(lines) == title and len(lines) >= 2
    cap = 20
    assert all(G.text_width(line) <= cap for line in lines)
    costs = break_costs(title)
    pos = 0
    for line in lines[:-1]:
        pos += len(line)
        assert costs[pos] != FORBIDDEN, (title, lines)
    widths = [G.text_width(line) for line in lines]
    assert max(widths) - min(widths) <= 10, lines
    if len(widths) >= 3:
        assert not any(widths[k] < widths[k - 1] and widths[k] < widths[k + 1] for k in range(1, len(widths) - 1))
    for word in ("司法局", "法治政府建设", "工作总结", "2025年", "委员会", "办公室"):
        if word in title:
            assert any(word in line for line in lines), (word, lines)


def test_short_title_is_one_line_and_title_paragraphs_keep_with_next():
    assert balance_title("2022年全区司法行政工作总结") == ["2022年全区司法行政工作总结"]
    paras = _paras(_doc_xml(docx_bytes(S.report("rule-of-law", long_title=True))))
    titles = [p for p in paras if _w(p.find("w:pPr/w:pStyle", NS), "val") == "GwTitle"]
    assert len(titles) == 3


# --- tables ----------------------------------------------------------------------------------------
def test_table_xml():
    root = _doc_xml(docx_bytes(S.summary_plan(1, 1)))
    tbl = root.find(".//w:body/w:tbl", NS)
    widths = [int(_w(c, "w")) for c in tbl.iterfind("w:tblGrid/w:gridCol", NS)]
    assert sum(widths) == G.TEXT_WIDTH and len(widths) == 4
    rows = tbl.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    header_fonts = {_w(r, "eastAsia") for r in rows[0].iterfind(".//w:rFonts", NS)}
    assert header_fonts == {"黑体"}
    cell_p = rows[1].findall("w:tc/w:p", NS)
    assert [_w(p.find("w:pPr/w:jc", NS), "val") for p in cell_p] == ["left", "right", "right", "right"]
    assert {_w(s, "val") for s in rows[1].iterfind(".//w:sz", NS)} == {"28"}          # 4号
    caption = tbl.getprevious()
    assert _text(caption) == "表1　2022年主要业务数据" and _w(caption.find("w:pPr/w:pStyle", NS), "val") == "GwTableCaption"


# --- 版记 (7.4) ------------------------------------------------------------------------------------
def _sample(where: str) -> D.Document:
    return next(S.summary_plan(p, s) for s in range(1, 7) for p in range(1, 6)
                if imprint_placement(S.summary_plan(p, s)) == where)


def test_imprint_box_anchored_at_the_bottom_with_rules():
    root = _doc_xml(docx_bytes(_sample(SHARE)))
    anchor = root.find(".//wp:anchor", NS)
    pos = anchor.find("wp:positionV", NS)
    assert pos.get("relativeFrom") == "margin" and pos.find("wp:align", NS).text == "bottom"
    assert anchor.find("wp:wrapTopAndBottom", NS) is not None
    assert int(anchor.find("wp:extent", NS).get("cx")) == G.TEXT_WIDTH * 635
    rows = anchor.findall(".//w:tbl/w:tr", NS)
    assert len(rows) == 2
    borders = [{side: _w(r.find(f"w:tc/w:tcPr/w:tcBorders/w:{side}", NS), "sz") for side in ("top", "bottom")}
               for r in rows]
    assert borders == [{"top": "8", "bottom": "6"}, {"top": None, "bottom": "8"}]     # 0.35 / 0.25 / 0.35 mm
    assert all(_w(r.find("w:trPr/w:trHeight", NS), "val") == "579" for r in rows)
    texts = ["".join(t.text for t in r.iterfind(".//w:t", NS)) for r in rows]
    assert texts == ["抄送：区委办公室，区政府办公室，市司法局。", "温州市龙湾区司法局办公室2023年1月13日印发"]
    sizes = {_w(s, "val") for s in anchor.iterfind(".//w:rPr/w:sz", NS)}
    assert sizes == {"28"}                                                           # 4号
    assert not anchor.findall(".//w:rPr/w:spacing", NS)                              # no 3号 condensing


def test_imprint_placements():
    share, nxt, blank = (_doc_xml(docx_bytes(_sample(w))) for w in (SHARE, NEXT, BLANK))
    anchor_p = lambda root: next(p for p in _paras(root) if p.find(".//wp:anchor", NS) is not None)  # noqa: E731
    assert anchor_p(share).find("w:pPr/w:pageBreakBefore", NS) is None
    assert anchor_p(nxt).find("w:pPr/w:pageBreakBefore", NS) is not None
    assert len(nxt.findall(".//w:sectPr", NS)) == 1
    # a blank page and the 版记 page in a section of their own with empty footers
    sects = blank.findall(".//w:sectPr", NS)
    assert len(sects) == 2 and anchor_p(blank).find("w:pPr/w:pageBreakBefore", NS) is not None
    first_refs = {_w(r, "type"): r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
                  for r in sects[0].iterfind("w:footerReference", NS)}
    last_refs = {r.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
                 for r in sects[1].iterfind("w:footerReference", NS)}
    assert len(last_refs) == 1 and not last_refs & set(first_refs.values())


def test_no_imprint_no_box():
    assert imprint_placement(S.report("annual")) is None
    assert _doc_xml(docx_bytes(S.report("annual"))).find(".//wp:anchor", NS) is None


# --- 版头 (7.2) ------------------------------------------------------------------------------------
def test_head_xml():
    paras = _paras(_doc_xml(docx_bytes(S.summary_plan(1, 1))))
    mark, number = paras[0], paras[1]
    assert _text(mark) == "温州市龙湾区司法局文件"
    rpr = mark.find("w:r/w:rPr", NS)
    assert _w(rpr.find("w:color", NS), "val") == "FF0000"
    assert _w(rpr.find("w:rFonts", NS), "eastAsia") == "方正小标宋简体"
    size = int(_w(rpr.find("w:sz", NS), "val"))
    assert size * 10 * G.text_width("温州市龙湾区司法局文件") <= G.TEXT_WIDTH and size <= G.SIZE_MARK_MAX
    assert _text(number) == "龙司发〔2023〕3号"
    rule = number.find("w:pPr/w:pBdr/w:bottom", NS)
    assert _w(rule, "color") == "FF0000" and _w(rule, "val") == "single"
    assert _w(paras[2].find("w:pPr/w:pStyle", NS), "val") == "GwTitle"


# --- PDF -------------------------------------------------------------------------------------------
def test_pdf_without_libreoffice_says_what_to_install(monkeypatch):
    from drafter.docx import pdf

    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf, "_PLACES", ())
    with pytest.raises(InputError) as exc:
        pdf.docx_to_pdf(b"PK", "报告.docx")
    assert "libreoffice-writer" in exc.value.message and "LibreOffice" in exc.value.message
    assert exc.value.path == "报告.docx"


def test_pdf_with_libreoffice():
    from drafter.docx.pdf import docx_to_pdf, soffice

    if soffice() is None:
        pytest.skip("本机没有 LibreOffice")
    data = docx_to_pdf(docx_bytes(S.report("annual", paras=1, sections=1)))
    assert data.startswith(b"%PDF")
