"""The shared outline parser, measured against hand labels and tricky cases, and `drafter outline`
run as a subprocess on real files in every supported encoding and format."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS, DATA, REPO, SEEDS, assert_clean_error, needs_corpus, run_cli
from drafter.core.outline import parse_file, parse_text

LABELS = sorted((DATA / "labels").glob("*.json"))


def _label_source(label: dict) -> Path:
    src = label["source"]
    return REPO / src if src.startswith("seeds/") else CORPUS / Path(src).name


def _key(h: dict) -> tuple:
    return (h["line"], h["level"], h["marker"], h["text"])


def test_labels_cover_five_seeds_and_five_corpus_reports():
    sources = [json.loads(p.read_text(encoding="utf-8"))["source"] for p in LABELS]
    assert sum(s.startswith("seeds/") for s in sources) == 5
    assert sum(s.startswith("corpora/") for s in sources) == 5


@needs_corpus
def test_heading_precision_and_recall_per_level():
    got_n, lab_n, tp_n = Counter(), Counter(), Counter()
    for path in LABELS:
        label = json.loads(path.read_text(encoding="utf-8"))
        got = {_key(h) for h in parse_file(str(_label_source(label))).outline_json()}
        want = {_key(h) for h in label["headings"]}
        for lv in range(5):
            got_n[lv] += sum(1 for h in got if h[1] == lv)
            lab_n[lv] += sum(1 for h in want if h[1] == lv)
            tp_n[lv] += sum(1 for h in got & want if h[1] == lv)
    for lv in range(5):
        if lab_n[lv] == 0:
            assert got_n[lv] == 0, f"level {lv}: {got_n[lv]} headings found where none are labelled"
            continue
        precision = tp_n[lv] / got_n[lv] if got_n[lv] else 0.0
        recall = tp_n[lv] / lab_n[lv]
        assert precision >= 0.95 and recall >= 0.95, (lv, precision, recall)


CASES = json.loads((DATA / "outline_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_tricky_case(case):
    assert parse_text(case["text"]).outline_json() == case["expect"]


def test_outline_json_is_pinned_shape_for_every_seed():
    for seed in sorted(SEEDS.glob("*.txt")):
        proc = run_cli("outline", str(seed), "--format", "json")
        assert proc.returncode == 0, proc.stderr
        items = json.loads(proc.stdout)
        assert isinstance(items, list) and items
        for it in items:
            assert set(it) == {"line", "level", "marker", "text"}
            assert isinstance(it["line"], int) and 0 <= it["level"] <= 4


def test_outline_text_tree_shows_markers_roles_and_indent():
    proc = run_cli("outline", str(SEEDS / "002_7456ba8b65555133.txt"))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert "法治政府建设情况报告" in lines[0]
    first = next(l for l in lines if "一、主要举措和成效" in l)
    sub = next(l for l in lines if "(一)依法全面履行政府职能" in l)
    assert sub.index("(一)") > first.index("一、")  # indented one level deeper
    assert any("第一责任人履职" in l for l in lines)  # role tag


SEED_001 = SEEDS / "001_b7dfeb0ae88f6300.txt"


def test_seed_001_cover_table_and_duplicate_are_not_content():
    doc = parse_file(str(SEED_001))
    kinds = {b.line: b.kind for b in doc.blocks}
    assert kinds[1] == kinds[2] == kinds[3] == "chrome"          # 索引号 table
    assert [kinds[i] for i in range(4, 9)] == ["cover"] * 5       # 印发 notice
    assert kinds[9] == kinds[10] == "title"
    assert kinds[51] == "imprint"
    assert kinds[55] == "chrome"                                  # the page's duplicate text
    assert doc.kind == "summary-plan"
    roles = {b.line: b.role for b in doc.blocks if b.role}
    assert roles[13] == "achievements" and roles[24] == "problems" and roles[25] == "plans"
    assert roles[27] == "plans"


def test_roles_and_kinds_of_the_seeds():
    expect = {"000": "annual", "001": "summary-plan", "002": "rule-of-law", "003": "highlights", "004": "half-year"}
    for seed in sorted(SEEDS.glob("*.txt")):
        doc = parse_file(str(seed))
        assert doc.kind == expect[seed.name[:3]], seed.name
    doc = parse_file(str(SEEDS / "002_7456ba8b65555133.txt"))
    top = [(h.title[:6], h.role) for h in doc.headings if h.level == 1]
    assert [r for _t, r in top] == ["achievements", "problems", "duty", "plans"]


def test_enumerations_are_recorded_not_headings():
    doc = parse_file(str(SEEDS / "000_4bfb2d478c95987a.txt"))
    enums = [(b.line, e.marker) for b, e in doc.enumerations]
    assert (5, "一是") in enums and (5, "二是") in enums and (5, "三是") in enums
    assert (23, "二是") in enums
    assert all(h.marker != "一是" for h in doc.headings)
    first = next(e for b, e in doc.enumerations if b.line == 5)
    assert first.title == "坚持法治思想重引领"


def test_byline_subtitle_salutation_and_chrome_in_a_provincial_report():
    if not (CORPUS / "上海市.txt").exists():
        pytest.skip("语料不在本机")
    doc = parse_file(str(CORPUS / "上海市.txt"))
    by_line = {b.line: b for b in doc.blocks}
    assert all(by_line[i].kind == "chrome" for i in range(1, 10))
    assert by_line[10].kind == "title"
    assert by_line[11].kind == "subtitle"
    assert by_line[12].kind == by_line[13].kind == "chrome"      # 来源 / 时间
    assert by_line[14].kind == "byline"                          # 上海市市长 龚 正
    assert by_line[15].kind == "salutation"


# --- readers: encodings and formats -------------------------------------------------------

def _expected_seed_outline(seed: Path) -> list[dict]:
    return parse_file(str(seed)).outline_json()


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_outline_detects_encodings(tmp_path, encoding):
    seed = SEEDS / "002_7456ba8b65555133.txt"
    text = seed.read_text(encoding="utf-8")
    target = tmp_path / f"report-{encoding}.txt"
    target.write_bytes(text.encode(encoding))
    proc = run_cli("outline", str(target), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == _expected_seed_outline(seed)


def test_outline_of_crlf_text_keeps_line_numbers(tmp_path):
    seed = SEEDS / "000_4bfb2d478c95987a.txt"
    target = tmp_path / "crlf.txt"
    target.write_bytes(seed.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-8"))
    proc = run_cli("outline", str(target), "--format", "json")
    assert json.loads(proc.stdout) == _expected_seed_outline(seed)


def test_outline_of_markdown(tmp_path):
    md = tmp_path / "总结.md"
    md.write_text("# 滨江区司法局2025年工作总结\n\n今年以来，区司法局**坚持**依法行政。具体工作如下：\n\n"
                  "## 一、本年度重点工作\n\n### （一）法治建设\n\n一是加强学习。二是强化监督。\n\n"
                  "## 二、存在问题\n\n- 基层力量薄弱。\n", encoding="utf-8")
    proc = run_cli("outline", str(md), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [
        {"line": 1, "level": 0, "marker": "", "text": "滨江区司法局2025年工作总结"},
        {"line": 5, "level": 1, "marker": "一、", "text": "本年度重点工作"},
        {"line": 7, "level": 2, "marker": "（一）", "text": "法治建设"},
        {"line": 11, "level": 1, "marker": "二、", "text": "存在问题"},
    ]


def _docx_with_auto_numbering(path: Path) -> None:
    """A Word file whose level-1 headings carry automatic 一、 numbering (numbering.xml)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = docx.Document()
    d.add_paragraph("罗湖区司法局2025年上半年工作总结")
    d.add_paragraph("2025年上半年，罗湖区司法局坚持依法行政，具体情况如下：")
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def numbered(text: str) -> None:
        p = d.add_paragraph(text)
        p_pr = p._p.get_or_add_pPr()
        p_pr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))

    numbered("对标一流，扎实推进法治政府建设")
    d.add_paragraph("（一）着眼全局谋划法治建设。聚力法治建设改革创新。")
    numbered("凝聚合力，推动法律服务高质量发展")
    d.add_paragraph("一是强化统筹。二是优化服务。")
    d.save(str(path))
    assert qn("w:numPr")


def test_outline_of_docx_with_word_auto_numbering(tmp_path):
    path = tmp_path / "上半年.docx"
    _docx_with_auto_numbering(path)
    proc = run_cli("outline", str(path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == [
        {"line": 1, "level": 0, "marker": "", "text": "罗湖区司法局2025年上半年工作总结"},
        {"line": 3, "level": 1, "marker": "一、", "text": "对标一流，扎实推进法治政府建设"},
        {"line": 4, "level": 2, "marker": "（一）", "text": "着眼全局谋划法治建设"},
        {"line": 5, "level": 1, "marker": "二、", "text": "凝聚合力，推动法律服务高质量发展"},
    ]


# --- bad input ----------------------------------------------------------------------------

def test_bad_inputs_exit_2_with_one_chinese_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \n", encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    fake = tmp_path / "fake.docx"
    fake.write_text("这不是 Word 文件", encoding="utf-8")
    corrupt = tmp_path / "corrupt.docx"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    cases = [(tmp_path / "missing.txt", "不存在"), (tmp_path, "文件夹"), (empty, "为空"), (blank, "没有文字"),
             (junk, "不是文本"), (fake, ".docx"), (corrupt, "Word")]
    for path, needle in cases:
        proc = run_cli("outline", str(path))
        assert_clean_error(proc, needle, path.name)
        assert len(proc.stderr.strip().splitlines()) <= 3


def test_doc_and_wps_are_refused_with_a_hint(tmp_path):
    old = tmp_path / "旧版.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert_clean_error(run_cli("outline", str(old)), "另存为 .docx")


def test_help_and_version_in_chinese():
    proc = run_cli("--help")
    assert proc.returncode == 0 and "用法" in proc.stdout and "命令" in proc.stdout
    for sub in ("new", "build", "format", "lint", "outline", "extract", "mine", "phrases"):
        assert sub in proc.stdout
    proc = run_cli("outline", "--help")
    assert proc.returncode == 0 and "显示本帮助并退出" in proc.stdout
    proc = run_cli("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("drafter ")
    proc = run_cli("outline", "--no-such-flag", "x.txt")
    assert_clean_error(proc, "没有这个选项")


@needs_corpus
def test_outline_never_fails_on_the_corpus_and_finds_its_skeleton():
    for path in sorted(CORPUS.glob("*.txt")):
        doc = parse_file(str(path))
        levels = Counter(h["level"] for h in doc.outline_json())
        assert levels[1] >= 3, (path.name, levels)    # every report has 3+ top-level parts
        assert levels[2] >= 5, (path.name, levels)
        assert not any(b.kind == "heading" and b.title in ("下载", "打印", "首页") for b in doc.blocks)
