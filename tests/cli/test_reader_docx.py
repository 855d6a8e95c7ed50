"""The .docx reader on real-shaped Word files (raw WordprocessingML, tests/reader_samples.py):
reading order, tables as cells, text boxes once, insertions not deletions, notes, line breaks,
fields, heading styles; format, extract → build and lint on them; .odt/.doc through LibreOffice."""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import docx
import pytest

from conftest import assert_clean_error, run_cli
from drafter import api
from drafter.core import document as D
from drafter.core.readers import read_source
from reader_samples import CELLS, write_docx


@pytest.fixture
def sample(tmp_path):
    return write_docx(tmp_path / "某县总结.docx")


def test_reading_order_and_where(sample):
    src = read_source(str(sample))
    lines = src.lines
    # the text box at its anchor, read once (not again from the VML fallback)
    assert lines[1:3] == ["某县司法局文件", "纪要"]
    assert sum(ln == "纪要" for ln in lines) == 1
    assert src.where[1] == "文本框"
    # the manual line break keeps the title one line, without a space
    assert lines[3] == "某县司法局2026年工作总结"
    assert src.breaks[3] == [5]
    # the tracked insertion is text, the deletion is not; the footnote reference adds nothing
    assert lines[6] == "全年办理法律援助案件1312件，同比增长29.4%。"
    assert "删去的旧数字" not in src.text
    # cells in document order, each its own line with its table/row/column
    cells = [c for row in CELLS for c in row]
    assert lines[8:17] == cells
    assert src.where[8] == "表格1 第1行第1列" and src.where[16] == "表格1 第3行第3列"
    # a field's visible result, never its instruction
    assert lines[18].endswith("第3页") and "PAGE" not in src.text
    # footnotes then endnotes, last
    assert lines[-2:] == [" 数据来源：县统计局。", " 活动名单见附件。"]
    assert (src.where[len(lines) - 2], src.where[len(lines) - 1]) == ("脚注1", "尾注1")
    # the comment is not body text
    assert "场次请核实" not in src.text


def test_notes_name_what_is_not_plain_text(sample):
    notes = {n.kind: n for n in read_source(str(sample)).notes}
    assert notes["revision"].line == 7 and "同比增长29.4%" in notes["revision"].message \
        and "删去的旧数字" in notes["revision"].message
    assert notes["comment"].line == 19 and "李主任" in notes["comment"].message and "场次请核实" in notes["comment"].message
    assert notes["object"].line == 20 and "图片" in notes["object"].message
    assert notes["textbox"].line == 2


def test_tables_and_heading_styles_in_the_document(sample):
    doc = api.read(sample.read_bytes(), sample.name)
    (tb,) = doc.of_kind(D.TABLE)
    assert tb.table.rows == CELLS and tb.table.caption == "表1 主要指标完成情况" and tb.line == 9
    cells = doc.of_kind(D.CELL)
    assert [(b.line, b.where) for b in cells if b.text == "法制思想宣传"] == [(16, "表格1 第3行第2列")]
    # the caption is the table's, not a heading
    assert next(b for b in doc.blocks if b.line == 8).kind == D.CELL
    heads = {b.text: b.level for b in doc.of_kind(D.HEADING)}
    assert heads["总体情况"] == 1 and heads["法治宣传"] == 2 and heads["存在问题"] == 1
    assert next(b for b in doc.blocks if b.line == 4).kind == D.TITLE
    missing = [n for n in doc.notes if n.kind == "numbering-missing"]
    assert {n.line for n in missing} >= {6, 18, 21}


def test_format_keeps_the_table_and_numbers_style_headings(sample, tmp_path):
    out = tmp_path / "out.docx"
    proc = run_cli("format", str(sample), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "图片" in proc.stderr and "第 20 段" in proc.stderr      # named, with its place
    assert "修订" in proc.stderr and "批注" in proc.stderr
    d = docx.Document(str(out))
    (t,) = d.tables
    assert [[c.text for c in r.cells] for r in t.rows] == CELLS
    texts = [p.text for p in d.paragraphs]
    assert "一、总体情况" in texts and "（一）法治宣传" in texts and "二、存在问题" in texts
    assert "表1 主要指标完成情况" in texts                           # the caption above the table


def test_extract_build_keeps_the_table_and_checks_all_text(sample, tmp_path):
    result = api.extract(sample.read_bytes(), sample.name)
    assert "table:" in result.yaml_text and "header: [指标, 2025年, 2026年]" in result.yaml_text
    assert any("图片" in w and "第 20 段" in w for w in result.warnings)
    built = api.build(result.yaml_text, "x.yaml")
    (tb,) = built.document.of_kind(D.TABLE)
    assert tb.table.rows == CELLS
    assert result.body_ratio > 0.97
    # the self-check sees the cells and the text box: dropping the table lowers it
    from drafter.extract import roundtrip
    doc = api.read(sample.read_bytes(), sample.name)
    without = "\n".join(ln for ln in result.rendered.split("\n") if "\t" not in ln)
    assert roundtrip.compare(doc, without)[0] < result.body_ratio - 0.05
    assert "某县司法局文件" in roundtrip.report_text(doc)


def test_lint_reads_cells_with_their_lines(sample):
    proc = run_cli("lint", str(sample), "--format", "json")
    findings = json.loads(proc.stdout)["files"][0]["findings"]
    lines = {f["line"] for f in findings}
    assert 15 in lines and 16 in lines        # 截止 / XX in 表格1 第3行第1列, 法制思想 in 第3行第2列


def test_lint_engine_checks_cell_blocks(sample):
    """After attach_structure the cell lines are CELL blocks; the text rules must see them."""
    from drafter.lint.config import Config
    from drafter.lint.engine import lint_document
    doc = api.read(sample.read_bytes(), sample.name)
    found = lint_document(doc, Config())
    assert {15, 16} <= {f.line for f in found}
    assert {f.where for f in found if f.line in (15, 16)} == {"表格1 第3行第1列", "表格1 第3行第2列"}
    as_json = api.lint_json([api.lint(sample.read_bytes(), sample.name)])["files"][0]["findings"]
    assert any(f.get("where", "").startswith("表格1") for f in as_json)


def test_word_numbering_only_is_noted(tmp_path):
    d = docx.Document()
    d.add_paragraph("某县司法局2026年工作总结", style="Title")
    d.add_paragraph("总体情况", style="List Number")
    d.add_paragraph("今年以来，我局坚持依法治县。")
    path = tmp_path / "num.docx"
    d.save(path)
    doc = api.read(path.read_bytes(), path.name)
    src = read_source(str(path))
    if not src.labels:
        pytest.skip("python-docx's default template has no numbering for List Number")
    assert any(n.kind == "numbering-auto" for n in doc.notes)


def test_deleted_paragraph_text_and_fallback_only_box(tmp_path):
    from reader_samples import para, run
    vml_only = '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + para(run("框中文字")) + \
               '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    body = para(run("正文。")) + para(vml_only) + para(
        '<w:del w:id="3" w:author="x"><w:r><w:delText>整段删除</w:delText></w:r></w:del>')
    path = write_docx(tmp_path / "v.docx", body)
    src = read_source(str(path))
    assert src.lines[:3] == ["正文。", "", "框中文字"] and "整段删除" not in src.text


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice not installed")
@pytest.mark.parametrize("fmt", ["odt", "doc"])
def test_converted_through_libreoffice(sample, tmp_path, fmt):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run([exe, "--headless", f"-env:UserInstallation={profile}", "--convert-to", fmt,
                    "--outdir", str(tmp_path), str(sample)], check=True, capture_output=True, timeout=180)
    converted = tmp_path / f"{sample.stem}.{fmt}"
    src = read_source(str(converted))
    assert src.format == "docx"
    assert "法制思想宣传" in src.lines and "同比增长29.4%" in src.text
    assert any(w.startswith("表格1") for w in src.where.values())
    out = tmp_path / f"out-{fmt}.docx"
    proc = run_cli("format", str(converted), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert len(docx.Document(str(out)).tables) == 1


def test_damaged_legacy_files_exit_2(tmp_path):
    for name, data in (("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100), ("x.odt", b"plain text"),
                       ("y.wps", b"not a wps file at all")):
        path = tmp_path / name
        path.write_bytes(data)
        proc = run_cli("format", str(path), "-o", str(tmp_path / "o.docx"))
        assert_clean_error(proc, ".docx")


def test_missing_libreoffice_names_what_to_install(monkeypatch, tmp_path):
    from drafter.core import convert
    from drafter.core.errors import InputError
    monkeypatch.setattr("drafter.docx.pdf.soffice", lambda: None)
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000
    with pytest.raises(InputError) as exc:
        convert.to_docx(data, "old.doc")
    assert "LibreOffice" in exc.value.message and "apt install libreoffice-writer" in exc.value.message


def test_markdown_table_becomes_a_table():
    md = "# 某区司法局2026年工作总结\n\n## 主要工作\n\n| 指标 | 2025年 |\n|---|---|\n| 案件 | 截止XX |\n\n正文。\n"
    doc = api.read(md.encode(), "a.md")
    (tb,) = doc.of_kind(D.TABLE)
    assert tb.table.rows == [["指标", "2025年"], ["案件", "截止XX"]]
    assert [b.where for b in doc.of_kind(D.CELL)] == ["表格1 第1行", "表格1 第2行"]


def test_runs_count_like_the_reader(sample):
    """--fix and --annotate map offsets through drafter.docx.runs: its text is the reader's."""
    from drafter.docx.reader import reading
    from drafter.docx.runs import paragraph_pieces
    r = reading(docx.Document(io.BytesIO(sample.read_bytes())))
    for ln in r.lines:
        pieces = paragraph_pieces(ln.p)
        text = "".join((pc.el.text or "")[: pc.length] if pc.is_text else " " * pc.length for pc in pieces)
        assert text == ln.text[ln.label:]
