"""The .docx side of lint: GB/T 9704 format checks (X rules), in-run fixes, Word comments.

Test documents are built here with python-docx: a clerk's typical draft (default Normal style,
宋体 11 pt, 1.15 line spacing, Word's default margins), a compliant one built by hand (styles,
document grid, even/odd page numbers) and drafter's own writer output."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from conftest import REPO, SEEDS, assert_clean_error, run_cli
from drafter.docx.reader import docx_paragraph_texts, paragraph_lines
from drafter.core.errors import InputError
from drafter.lint.annotate import annotate_docx
from drafter.lint.docx_fix import fix_docx, fix_docx_stats
from drafter.lint.run import check_docx_format
from drafter.lint.finding import Finding
from drafter.text.punct import fullwidth_edits

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- building test documents -------------------------------------------------------------------

def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def set_east_asia(rpr_owner, name: str) -> None:
    rpr = rpr_owner.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f"<w:rFonts {nsdecls('w')}/>")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), "Times New Roman")
    rfonts.set(qn("w:hAnsi"), "Times New Roman")


BODY = [f"这一年，我们坚持“法治为民”，推进第{n}项重点工作取得实效。" for n in range(1, 6)]


def clerk_draft(path: Path) -> Path:
    """A draft as clerks write it: Word defaults (A4 with 25.4/31.8 mm margins), Normal = 宋体 11 pt,
    1.15 line spacing, no indent, no page numbers."""
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin = s.bottom_margin = Mm(25.4)
    s.left_margin = s.right_margin = Mm(31.8)
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    set_east_asia(normal.element, "宋体")
    d.add_paragraph("滨江区司法局2025年工作总结")                       # 1 title
    d.add_paragraph("今年以来，区司法局在区委区政府的坚强领导下，各项工作取得新成效。具体工作如下：")  # 2
    d.add_paragraph("一、本年度重点工作")                                # 3
    d.add_paragraph("（一）法治政府建设。全面推进依法行政，取得实效。")      # 4 run-in heading
    for text in BODY:                                                   # 5..9
        d.add_paragraph(text)
    d.add_paragraph("二、存在问题及思考")                                # 10
    d.add_paragraph("一是基层力量不足；二是经费保障紧张。")                 # 11
    d.save(path)
    return path


def add_page_field(paragraph, before: str = "— ", after: str = " —") -> None:
    paragraph.add_run(before)
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {nsdecls("w")}><w:t>1</w:t></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'):
        paragraph._p.append(parse_xml(xml))
    paragraph.add_run(after)


def compliant_by_hand(path: Path) -> Path:
    """GB/T 9704 by the other route: formats in styles (basedOn chain), 22 lines through the
    document grid (linePitch 579, single spacing snapped to it), even/odd page numbers."""
    d = docx.Document()
    s = d.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    grid = s._sectPr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    defaults = d.styles.element.find(qn("w:docDefaults"))
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    ppr.find(qn("w:spacing")).attrib.update({qn("w:after"): "0", qn("w:line"): "240"})
    normal = d.styles["Normal"]
    set_east_asia(normal.element, "仿宋_GB2312")
    normal.font.size = Pt(16)
    body = d.styles.add_style("公文正文", 1)
    body.base_style = normal
    body.paragraph_format.first_line_indent = Pt(32)
    title = d.styles.add_style("公文标题", 1)
    title.base_style = normal
    set_east_asia(title.element, "方正小标宋简体")
    title.font.size = Pt(22)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("滨江区司法局2025年工作总结", style="公文标题")      # 1
    d.add_paragraph("今年以来，区司法局各项工作取得新成效。具体工作如下：", style="公文正文")  # 2
    h1 = d.add_paragraph(style="公文正文")                                # 3
    set_east_asia(h1.add_run("一、本年度重点工作")._r, "黑体")
    h2 = d.add_paragraph(style="公文正文")                                # 4 run-in heading
    set_east_asia(h2.add_run("（一）法治政府建设。")._r, "楷体")
    h2.add_run("全面推进依法行政，取得实效。")
    for text in BODY:
        d.add_paragraph(text, style="公文正文")
    d.add_paragraph("1.完善制度体系", style="公文正文")
    d.settings.odd_and_even_pages_header_footer = True
    odd = s.footer.paragraphs[0]
    add_page_field(odd)
    odd.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    even = s.even_page_footer.paragraphs[0]
    add_page_field(even)
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.save(path)
    return path


def by_rule(findings: list[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.rule, []).append(f)
    return out


# --- format checks -------------------------------------------------------------------------------

def test_clerk_draft_gets_grouped_format_findings(tmp_path):
    path = clerk_draft(tmp_path / "draft.docx")
    lines, _ = docx_paragraph_texts(str(path))
    found = by_rule(check_docx_format(str(path)))
    assert "X001" not in found  # A4 is right
    (margins,) = found["X002"]
    assert (margins.severity, margins.line, margins.column) == ("warning", 1, 1)
    assert "上 25.4 毫米" in margins.message and "右 31.8 毫米" in margins.message
    assert margins.source == "GB/T 9704-2012 第5.2.1条"
    # body font and size: one finding each, on the first body paragraph, with the count
    (font,) = found["X003"]
    assert (font.line, font.length) == (2, len(lines[1]))
    assert "宋体" in font.message and "共 8 段" in font.message  # 2, 5-9, 11 and the run-in body of 4
    (size,) = found["X004"]
    assert size.line == 2 and "11 磅" in size.message
    heads = {f.line: f for f in found["X005"]}
    assert set(heads) == {3, 4}                       # first 一、 heading, first （一） heading
    assert "黑体" in heads[3].message and "共 2 处" in heads[3].message
    assert "楷体" in heads[4].message and "共 1 处" in heads[4].message
    assert found["X006"][0].line == 3 and "共 3 处" in found["X006"][0].message
    (title_font,) = found["X007"]
    assert title_font.severity == "info"              # 宋体: a tolerated stand-in
    assert found["X008"][0].line == 1 and "11 磅" in found["X008"][0].message
    assert found["X009"][0].line == 1 and "左对齐" in found["X009"][0].message
    (spacing,) = found["X011"]
    assert spacing.severity == "warning" and spacing.line == 2
    assert "共 10 段" in spacing.message and "1.15 倍行距" in spacing.message
    (indent,) = found["X015"]
    assert indent.line == 2 and "共 7 段" in indent.message   # body paragraphs 2, 5-9, 11
    (pages,) = found["X012"]
    assert pages.severity == "warning" and pages.source == "GB/T 9704-2012 第7.5条"
    assert all(f.fix is None for fs in found.values() for f in fs)
    for fs in found.values():
        for f in fs:
            assert f.source.startswith("GB/T 9704-2012 第") or f.source == "惯例"
            assert re.search(r"[\u4e00-\u9fff]", f.message)


def test_paper_size(tmp_path):
    letter = docx.Document()  # python-docx's template is US Letter
    letter.add_paragraph("正文")
    letter.save(tmp_path / "letter.docx")
    (x001,) = [f for f in check_docx_format(str(tmp_path / "letter.docx")) if f.rule == "X001"]
    assert x001.severity == "error" and "215.9×279.4" in x001.message and x001.line == 1
    wide = docx.Document()
    wide.sections[0].page_width, wide.sections[0].page_height = Mm(297), Mm(210)
    wide.add_paragraph("正文")
    wide.save(tmp_path / "wide.docx")
    (x001,) = [f for f in check_docx_format(str(tmp_path / "wide.docx")) if f.rule == "X001"]
    assert x001.severity == "warning" and "横向" in x001.message


def test_compliant_by_hand_has_no_findings(tmp_path):
    path = compliant_by_hand(tmp_path / "ok.docx")
    assert check_docx_format(str(path)) == []


def test_drafter_writer_output_passes_and_a_mutation_is_caught(tmp_path):
    writer = pytest.importorskip("drafter.docx.writer")
    from drafter.docx.fonts import FontConfig
    from drafter.core.outline import parse_file

    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    for seed in seeds:
        for preset in ("gb2312", "windows"):
            out = tmp_path / f"{seed.stem}-{preset}.docx"
            writer.write_docx(parse_file(str(seed)), str(out), fonts=FontConfig.preset(preset))
            bad = [f for f in check_docx_format(str(out)) if f.severity in ("error", "warning")]
            assert bad == [], (seed.name, preset, [(f.rule, f.line, f.message) for f in bad])
    # the checks are not vacuous on that output: break one body run and one heading
    out = tmp_path / f"{seeds[0].stem}-gb2312.docx"
    d = docx.Document(str(out))
    lines, _ = docx_paragraph_texts(str(out))
    heading = next(i for i, t in enumerate(lines) if t.startswith("一、"))
    body = next(i for i, t in enumerate(lines) if i > heading and len(t) > 40)
    set_east_asia(d.paragraphs[body].runs[0]._r, "宋体")
    d.paragraphs[heading].runs[0].bold = True
    d.save(tmp_path / "broken.docx")
    found = by_rule(check_docx_format(str(tmp_path / "broken.docx")))
    assert [(f.line, "共 1 段" in f.message) for f in found["X003"]] == [(body + 1, True)]
    assert [f.line for f in found["X010"]] == [heading + 1]
    assert found["X010"][0].severity == "info"


def test_theme_fonts_bold_and_page_number_form(tmp_path):
    d = docx.Document()
    d.sections[0].page_width, d.sections[0].page_height = Mm(210), Mm(297)
    d.add_paragraph("正文第一段。")
    d.add_paragraph("一、总体情况", style="Heading 1")  # theme font majorEastAsia -> 宋体, bold
    p = d.add_paragraph()
    r = p.add_run("二、存在问题")
    set_east_asia(r._r, "黑体")
    r.bold = True
    footer = d.sections[0].footer.paragraphs[0]
    add_page_field(footer, before="第", after="页")
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(tmp_path / "t.docx")
    found = by_rule(check_docx_format(str(tmp_path / "t.docx")))
    (h1,) = found["X005"]
    assert h1.line == 2 and "宋体" in h1.message and "共 1 处" in h1.message
    (bold,) = found["X010"]
    assert bold.line == 3 and bold.severity == "info"
    assert "X012" not in found
    (form,) = found["X013"]
    assert form.severity == "info" and "第 N 页" in form.message
    (align,) = found["X014"]
    assert "奇偶页不同" in align.message


# --- fixes inside the runs -----------------------------------------------------------------------

def punct_findings(lines: list[str]) -> list[Finding]:
    """Mechanical punctuation findings as the text rules give them (same line/column contract)."""
    out = []
    for i, line in enumerate(lines):
        for k, _old, new in fullwidth_edits(line):
            out.append(Finding("P001", "warning", i + 1, k + 1, 1, "中文语境中应使用全角标点",
                               "GB/T 15834-2011 第4章", new))
        quotes = [k for k, c in enumerate(line) if c == '"']
        for n, k in enumerate(quotes):
            out.append(Finding("P002", "warning", i + 1, k + 1, 1, "应使用中文引号",
                               "GB/T 15834-2011 第4.1条", "“" if n % 2 == 0 else "”"))
    return out


def add_chinese_numbering(d) -> str:
    """A Word list numbered 一、二、 (chineseCounting, "%1、"); returns its numId."""
    numbering = d.part.numbering_part.element
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
                     '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
                     '</w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def numbered(d, num_id: str, *texts: str):
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
    for t in texts:
        p.add_run(t)
    return p


def mixed_runs_doc(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("滨江区司法局2025年工作总结")
    p = d.add_paragraph()
    bold = p.add_run('他强调"依法治区,')
    bold.bold = True
    p.add_run('久久为功",成效明显:一是')
    num_id = add_chinese_numbering(d)
    numbered(d, num_id, "工作情况,总体良好")
    numbered(d, num_id, "存在问题;", "需要改进(待补)")
    d.save(path)
    return path


def test_fix_keeps_run_formatting_and_is_idempotent(tmp_path):
    src = mixed_runs_doc(tmp_path / "draft.docx")
    before = sha(src)
    lines, _ = docx_paragraph_texts(str(src))
    assert lines[2:] == ["一、工作情况,总体良好", "二、存在问题;需要改进(待补)"]
    findings = punct_findings(lines)
    out = tmp_path / "fixed.docx"
    assert fix_docx(str(src), findings, str(out), force=False) == len(findings) == 9
    assert sha(src) == before                                  # the source is never touched
    fixed, _ = docx_paragraph_texts(str(out))
    assert fixed == ["滨江区司法局2025年工作总结", "他强调“依法治区，久久为功”，成效明显：一是",
                     "一、工作情况，总体良好", "二、存在问题；需要改进（待补）"]
    runs = docx.Document(str(out)).paragraphs[1].runs
    assert [(r.text, bool(r.bold)) for r in runs] == [("他强调“依法治区，", True), ("久久为功”，成效明显：一是", False)]
    # idempotent: lint the fixed copy again -> nothing left to fix; fixing again changes nothing
    assert punct_findings(fixed) == []
    again = tmp_path / "again.docx"
    assert fix_docx(str(out), findings, str(again), force=False) == 0
    assert docx_paragraph_texts(str(again))[0] == fixed
    # refuses to overwrite without force, works with it
    with pytest.raises(InputError):
        fix_docx(str(src), findings, str(out), force=False)
    assert fix_docx(str(src), findings, str(out), force=True) == 9


def test_fix_span_across_runs_and_unmappable_spans(tmp_path):
    d = docx.Document()
    p = d.add_paragraph()
    a = p.add_run("截止")
    a.italic = True
    p.add_run("目前……")
    h = d.add_paragraph()
    h.add_run("详见")
    link = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} w:anchor="x"><w:r><w:t>网站,</w:t></w:r>'
                     '<w:r><w:t>首页</w:t></w:r></w:hyperlink>')
    h._p.append(link)
    h.add_run(",其他")
    f = d.add_paragraph()
    f.add_run("第")
    add_page_field(f, before="", after="页,共")
    t = d.add_paragraph()
    t.add_run("甲\t,乙")
    num_id = add_chinese_numbering(d)
    numbered(d, num_id, "总体情况")
    d.save(tmp_path / "src.docx")
    lines, _ = docx_paragraph_texts(str(tmp_path / "src.docx"))
    assert lines == ["截止目前……", "详见网站,首页,其他", "第1页,共", "甲 ,乙", "一、总体情况"]
    fs = [Finding("W001", "warning", 1, 1, 3, "用词", "惯例", "截至目"),    # crosses two runs
          Finding("P001", "warning", 2, 5, 1, "半角", "GB", "，"),         # inside the hyperlink
          Finding("P001", "warning", 2, 8, 1, "半角", "GB", "，"),         # after the hyperlink
          Finding("X", "warning", 2, 2, 2, "跨超链接", "GB", "XY"),        # crosses the hyperlink edge
          Finding("F", "warning", 3, 2, 1, "域结果", "GB", "2"),           # a PAGE field's result
          Finding("P001", "warning", 3, 4, 1, "半角", "GB", "，"),
          Finding("T", "warning", 4, 2, 2, "含制表符", "GB", "，"),        # a tab in the span
          Finding("L", "warning", 5, 1, 2, "编号", "GB", "1."),            # the numbering label
          Finding("N", "warning", 5, 3, 2, "有标签", "GB", "整体")]         # after the label
    stats = fix_docx_stats(str(tmp_path / "src.docx"), fs, str(tmp_path / "out.docx"), force=False)
    assert (stats.applied, stats.skipped) == (5, 4)
    out, _ = docx_paragraph_texts(str(tmp_path / "out.docx"))
    assert out == ["截至目前……", "详见网站，首页，其他", "第1页，共", "甲 ,乙", "一、整体情况"]
    first = docx.Document(str(tmp_path / "out.docx")).paragraphs[0].runs
    assert [(r.text, bool(r.italic)) for r in first] == [("截至目", True), ("前……", False)]


# --- Word comments -------------------------------------------------------------------------------

def comment_spans(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(comment id -> text covered by its range in document.xml, comment id -> comment text)."""
    from lxml import etree

    with zipfile.ZipFile(path) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        comments = etree.fromstring(z.read("word/comments.xml"))
    w = f"{{{W_NS}}}"
    covered: dict[str, str] = {}
    open_ids: set[str] = set()
    for el in doc.iter():
        if el.tag == f"{w}commentRangeStart":
            open_ids.add(el.get(f"{w}id"))
            covered.setdefault(el.get(f"{w}id"), "")
        elif el.tag == f"{w}commentRangeEnd":
            open_ids.discard(el.get(f"{w}id"))
        elif el.tag == f"{w}t":
            for cid in open_ids:
                covered[cid] += el.text or ""
    texts = {c.get(f"{w}id"): "".join(t.text or "" for t in c.iter(f"{w}t"))
             for c in comments.iter(f"{w}comment")}
    authors = {c.get(f"{w}author") for c in comments.iter(f"{w}comment")}
    assert authors == {"drafter"}
    return covered, texts


def test_annotate_anchors_each_comment_on_its_span(tmp_path):
    src = mixed_runs_doc(tmp_path / "draft.docx")
    before = sha(src)
    lines, _ = docx_paragraph_texts(str(src))
    findings = punct_findings(lines)
    findings.append(Finding("S001", "warning", 2, 4, 10, "跨越两个文字块的问题", "惯例"))
    findings.append(Finding("X002", "warning", 1, 1, 0, "页边距不符合公文格式", "GB/T 9704-2012 第5.2.1条"))
    findings.append(Finding("H001", "warning", 3, 1, 4, "标题问题", "惯例"))  # 2 chars of label + 工作
    out = tmp_path / "annotated.docx"
    assert annotate_docx(str(src), findings, str(out), force=False) == len(findings) == 12
    assert sha(src) == before
    covered, texts = comment_spans(out)
    assert len(texts) == 12 and len(covered) == 12
    expected = sorted([("[" + f.rule + "]", (lines[f.line - 1][f.column - 1:f.column - 1 + f.length]))
                       for f in findings if f.rule.startswith("P")])
    got = sorted((texts[cid].split(" ")[0], covered[cid]) for cid in texts if texts[cid].startswith("[P"))
    assert got == expected
    by_tag = {texts[cid].split(" ")[0]: covered[cid] for cid in texts}
    assert by_tag["[S001]"] == '"依法治区,久久为功'          # exactly the span, across runs
    assert by_tag["[X002]"] == "滨江区司法局2025年工作总结"         # page level: first run
    assert by_tag["[H001]"] == "工作"                                # label part skipped
    p002 = next(texts[c] for c in texts if texts[c].startswith("[P002]"))
    assert "（依据：GB/T 15834-2011 第4.1条）" in p002 and "建议改为【“】" in p002
    # text and formatting unchanged; the bold run was split into bold pieces
    assert docx_paragraph_texts(str(out))[0] == lines
    runs = [r for r in docx.Document(str(out)).paragraphs[1].runs if r.text]
    assert "".join(r.text for r in runs) == lines[1]
    assert all(r.bold for r in runs if "依法治区" in r.text or r.text == "他强调")
    assert not any(r.bold for r in runs if "久久为功" in r.text)
    # refuses to overwrite, never writes over its input
    with pytest.raises(InputError, match="已存在"):
        annotate_docx(str(src), findings, str(out), force=False)
    with pytest.raises(InputError):
        annotate_docx(str(src), findings, str(src), force=True)
    assert annotate_docx(str(src), findings[:1], str(out), force=True) == 1
    assert sha(src) == before


def test_annotate_format_findings_of_a_clerk_draft(tmp_path):
    src = clerk_draft(tmp_path / "draft.docx")
    findings = check_docx_format(str(src))
    out = tmp_path / "annotated.docx"
    assert annotate_docx(str(src), findings, str(out), force=False) == len(findings)
    covered, texts = comment_spans(out)
    lines, _ = docx_paragraph_texts(str(src))
    x003 = next(c for c in texts if texts[c].startswith("[X003]"))
    assert covered[x003] == lines[1]                       # the whole first body paragraph
    assert "（依据：GB/T 9704-2012 第7.3.3条）" in texts[x003]


# --- bad input -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ["renamed-txt", "corrupt-zip", "zip-without-word"])
def test_bad_docx_gives_input_error(tmp_path, kind):
    path = tmp_path / "bad.docx"
    if kind == "renamed-txt":
        path.write_text("这是一个文本文件，不是 Word 文件。", encoding="utf-8")
    elif kind == "corrupt-zip":
        good = clerk_draft(tmp_path / "good.docx").read_bytes()
        path.write_bytes(good[: len(good) // 2])
    else:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("hello.txt", "不是 docx")
    with pytest.raises(InputError):
        check_docx_format(str(path))
    with pytest.raises(InputError):
        fix_docx(str(path), [], str(tmp_path / "fixed.docx"), force=False)
    with pytest.raises(InputError):
        annotate_docx(str(path), [], str(tmp_path / "ann.docx"), force=False)
    assert not (tmp_path / "fixed.docx").exists() and not (tmp_path / "ann.docx").exists()


def test_word_numbered_headings_are_checked_without_their_label(tmp_path):
    d = docx.Document()
    d.sections[0].page_width, d.sections[0].page_height = Mm(210), Mm(297)
    num_id = add_chinese_numbering(d)
    d.add_paragraph("正文开头一段。")
    for font in ("黑体", "宋体", "黑体"):
        p = numbered(d, num_id)
        set_east_asia(p.add_run("重点工作")._r, font)
    d.save(tmp_path / "n.docx")
    lines, _ = docx_paragraph_texts(str(tmp_path / "n.docx"))
    assert lines[1:] == ["一、重点工作", "二、重点工作", "三、重点工作"]
    (x005,) = [f for f in check_docx_format(str(tmp_path / "n.docx")) if f.rule == "X005"]
    assert x005.line == 3 and "共 1 处" in x005.message and x005.length == len(lines[2])


def test_label_lengths_match_reader(tmp_path):
    src = mixed_runs_doc(tmp_path / "draft.docx")
    lines, hints, labels = paragraph_lines(docx.Document(str(src)))
    assert (lines, hints) == docx_paragraph_texts(str(src))
    assert labels == [0, 0, 2, 2]


# --- through the CLI (once `drafter lint` exists) -------------------------------------------------

def test_cli_lint_docx(tmp_path):
    src = clerk_draft(tmp_path / "draft.docx")
    proc = run_cli("lint", str(src), "--format", "json", cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    rules = {f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]}
    assert {"X002", "X003", "X011", "X012"} <= rules
    proc = run_cli("lint", str(src), "--annotate", str(tmp_path / "ann.docx"), cwd=tmp_path)
    assert proc.returncode in (0, 1) and (tmp_path / "ann.docx").is_file(), proc.stderr
    proc = run_cli("lint", str(src), "--annotate", str(tmp_path / "ann.docx"), cwd=tmp_path)
    assert_clean_error(proc, "ann.docx")


@pytest.mark.parametrize("content", [b"plain text, not a zip", b"PK\x03\x04broken"])
def test_cli_lint_bad_docx_exits_2(tmp_path, content):
    path = tmp_path / "draft.docx"
    path.write_bytes(content)
    assert_clean_error(run_cli("lint", str(path), cwd=tmp_path), "draft.docx")


# --- the X rules in the registry, and the bytes API the library layer calls ---------------------

def test_x_rules_take_the_config_like_text_rules(tmp_path):
    from drafter.lint.config import Config
    path = clerk_draft(tmp_path / "draft.docx")
    found = by_rule(check_docx_format(str(path)))
    assert {"X002", "X003", "X011"} <= set(found)
    cfg = Config(disabled={"X003"}, severities={"X002": "error"})
    tuned = by_rule(check_docx_format(str(path), config=cfg))
    assert "X003" not in tuned and tuned["X002"][0].severity == "error"
    assert set(tuned) == set(found) - {"X003"}
    assert not check_docx_format(str(path), config=Config(disabled={"X"}))


def test_lint_of_bytes_equals_lint_of_the_file(tmp_path):
    from drafter.lint.config import Config
    from drafter.lint.run import lint_docx_bytes, lint_path
    path = clerk_draft(tmp_path / "draft.docx")
    from_file = lint_path(str(path), Config())
    from_bytes = lint_docx_bytes(path.read_bytes(), Config(), path=str(path))
    assert [f.to_json() for f in from_bytes.findings] == [f.to_json() for f in from_file.findings]
    assert {f.rule[0] for f in from_file.findings} >= {"X"}
    with pytest.raises(InputError):
        lint_docx_bytes(b"plain text, not a zip", Config())


def test_annotate_and_fix_of_bytes(tmp_path):
    from drafter.lint.annotate import annotate_docx_bytes
    from drafter.lint.docx_fix import fix_docx_bytes
    src = mixed_runs_doc(tmp_path / "src.docx")
    lines, _hints, _labels = paragraph_lines(docx.Document(str(src)))
    findings = punct_findings(lines)
    fixed = fix_docx_bytes(src.read_bytes(), findings)
    fix_docx(str(src), findings, str(tmp_path / "fixed.docx"), force=False)
    assert docx_paragraph_texts(str(tmp_path / "fixed.docx"))[0] == \
        paragraph_lines(docx.Document(__import__("io").BytesIO(fixed)))[0]
    annotated = annotate_docx_bytes(src.read_bytes(), findings)
    out = tmp_path / "ann.docx"
    out.write_bytes(annotated)
    assert annotate_docx(str(src), findings, str(tmp_path / "ann2.docx"), force=False) == len(findings)
    assert comment_spans(out) == comment_spans(tmp_path / "ann2.docx")
    with pytest.raises(InputError):
        fix_docx_bytes(b"PK\x03\x04broken", findings)
