"""`drafter new` and `drafter build` as a clerk runs them: starters for every kind, complete examples
built to txt/md/docx, the outline of the built text, refusal to overwrite, the template sandbox."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, assert_clean_error, run_cli

KINDS = ["annual", "half-year", "rule-of-law", "summary-plan", "highlights"]
NAMES = {"annual": "年度工作总结", "half-year": "上半年工作总结", "rule-of-law": "法治政府建设情况报告",
         "summary-plan": "工作总结暨工作思路", "highlights": "亮点工作回眸"}
# level-1 section roles of each kind's example, in order (consecutive repeats collapsed)
EXAMPLE_ROLES = {"annual": ["achievements", "problems", "plans"],
                 "half-year": ["achievements", "problems", "plans"],
                 "rule-of-law": ["achievements", "problems", "duty", "plans"],
                 "summary-plan": ["achievements"],
                 "highlights": ["achievements"]}


def load_yaml(path: Path):
    from ruamel.yaml import YAML
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def outline(path: Path):
    from drafter.core.outline import parse_file
    return parse_file(str(path))


def collapse(xs):
    out = []
    for x in xs:
        if not out or out[-1] != x:
            out.append(x)
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_new_starter(tmp_path: Path, kind: str):
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", "--kind", kind, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / f"滨江区2025年{NAMES[kind]}.yaml"
    assert proc.stdout.strip() == path.name
    text = path.read_text(encoding="utf-8")
    data = load_yaml(path)
    assert data["kind"] == kind and data["district"] == "滨江区" and data["year"] == 2025
    assert data["bureau"] == "区司法局"
    roles = [s["role"] for s in data["sections"]]
    for role in {"annual": ["achievements", "problems", "plans"],
                 "rule-of-law": ["achievements", "problems", "duty", "plans"],
                 "summary-plan": ["achievements", "problems", "plans"],
                 "half-year": ["achievements"], "highlights": ["achievements"]}[kind]:
        assert role in roles
    # Chinese comments on the fields
    for key in ("kind:", "district:", "bureau:", "issuer:", "year:", "date:", "label:", "value:", "unit:",
                "previous:", "role:", "content:"):
        line = next(ln for ln in text.splitlines() if ln.strip().startswith(key) or f" {key}" in ln)
        assert "#" in line or "#" in text.splitlines()[text.splitlines().index(line) - 1], line
    if kind == "rule-of-law":
        heads = [s.get("heading") for s in data["sections"]]
        assert heads[0] == "主要举措和成效" and heads[-1] == "2026年主要工作安排"
        assert any("第一责任人" in (h or "") for h in heads)
    if kind == "summary-plan":
        assert "cover" in data and data["cover"]["index"]["公开方式"] == "主动公开"
    if kind == "highlights":
        assert all(s.get("numbered") is False for s in data["sections"])
    # the starter builds as is (every unknown fact shows as 〔待补〕)
    proc = run_cli("build", path.name, "--format", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "〔待补〕" in path.with_suffix(".txt").read_text(encoding="utf-8")


def test_new_refuses_to_overwrite(tmp_path: Path):
    assert run_cli("new", "--district", "滨江区", "--year", "2025", cwd=tmp_path).returncode == 0
    path = tmp_path / "滨江区2025年年度工作总结.yaml"
    path.write_text("我的修改\n", encoding="utf-8")
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", cwd=tmp_path)
    assert_clean_error(proc, path.name, "--force")
    assert path.read_text(encoding="utf-8") == "我的修改\n"
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", "--force", cwd=tmp_path)
    assert proc.returncode == 0
    assert "kind: annual" in path.read_text(encoding="utf-8")


def test_new_options(tmp_path: Path):
    out = tmp_path / "sub.yaml"
    proc = run_cli("new", "--district", "昌平县", "--bureau", "县司法局", "--kind", "half-year", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = load_yaml(out)
    assert data["bureau"] == "县司法局" and data["kind"] == "half-year" and isinstance(data["year"], int)
    proc = run_cli("new", "--district", "滨江区", "--kind", "yearly", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    proc = run_cli("new", "--district", "a/b", cwd=tmp_path)
    assert_clean_error(proc, "a/b")


def test_new_uses_mined_structure(tmp_path: Path):
    """The skeleton comes from phrasebank/structure.json (a local bank wins over the built-in one)."""
    bank = tmp_path / "phrasebank"
    bank.mkdir()
    (bank / "phrases.json").write_text(json.dumps({"version": 1, "sources": ["x.txt"], "phrases": [
        {"id": "p1", "text": "推动{X}走深走实", "type": "template", "role": "plans", "kinds": ["annual"],
         "count": 3, "docs": ["x.txt"], "example": "推动改革走深走实"},
        {"id": "p2", "text": "具体情况汇报如下", "type": "formula", "role": "transition", "kinds": ["annual"],
         "count": 1, "docs": ["x.txt"], "example": "具体情况汇报如下"}]}, ensure_ascii=False), encoding="utf-8")
    (bank / "structure.json").write_text(json.dumps({"version": 1, "documents": [], "sections": {}, "kinds": {
        "annual": {"documents": 1, "roles": ["opening", "achievements", "problems", "plans"],
                   "sections": [["achievements", "一年来工作回顾"], ["problems", "短板和不足"],
                                ["plans", "2024年工作打算"]],
                   "outline": [{"level": 1, "marker": "一、", "text": "一年来工作回顾", "pattern": "一年来工作回顾",
                                "role": "achievements"},
                               {"level": 1, "marker": "二、", "text": "短板和不足", "pattern": "短板和不足",
                                "role": "problems"},
                               {"level": 1, "marker": "三、", "text": "2024年工作打算",
                                "pattern": "{年份}年工作打算", "role": "plans"}]}}}, ensure_ascii=False),
        encoding="utf-8")
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "滨江区2025年年度工作总结.yaml"
    text = path.read_text(encoding="utf-8")
    data = load_yaml(path)
    assert [s.get("heading") for s in data["sections"]] == ["一年来工作回顾", "短板和不足", "2026年工作打算"]
    assert "推动{X}走深走实" in text  # a phrase-bank suggestion as a comment
    assert "structure.json" in text
    # the transition formula comes from the phrase bank where the clerk gave none
    proc = run_cli("build", path.name, "--format", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "具体情况汇报如下：" in path.with_suffix(".txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", KINDS)
def test_example_builds_to_text_with_the_kinds_sections(tmp_path: Path, kind: str):
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", "--kind", kind, "--example",
                   "-o", "ex.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = load_yaml(tmp_path / "ex.yaml")
    assert data["metrics"] and any("previous" in m for m in data["metrics"].values())
    proc = run_cli("build", "ex.yaml", "--format", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ex.txt"
    out = tmp_path / "ex.txt"
    text = out.read_text(encoding="utf-8")
    assert "〔待补〕" not in text and "【" not in text and "{{" not in text
    assert not any(c in text for c in ",;:()") or "http" in text  # full-width punctuation
    doc = outline(out)
    assert doc.kind == kind
    level1 = [b for b in doc.headings if b.level == 1]
    assert collapse([b.role for b in level1]) == EXAMPLE_ROLES[kind]
    assert "同比" in text or "与上年持平" in text
    if kind not in ("highlights", "summary-plan"):  # summary-plan signs its 印发 cover instead
        assert doc.signature and doc.date.endswith("日")
    if kind == "highlights":
        assert all(b.marker == "" for b in level1) and doc.of_kind("byline")
    if kind == "summary-plan":
        assert doc.of_kind("cover") and doc.of_kind("imprint")
        assert [b.text for b in doc.title_blocks] == ["2025年全区司法行政工作总结", "暨2026年工作思路"]
        assert [b.marker for b in doc.headings if b.level == 2] == ["（一）", "（二）", "（三）"]
    if kind == "rule-of-law":
        assert "现就有关工作情况报告如下：" in text
        assert [b.marker for b in level1] == ["一、", "二、", "三、", "四、"]
    if kind == "half-year":
        assert any(b.run_in for b in doc.headings if b.level == 2)
    if kind == "annual":
        assert "这一年，我们" in text and "一是" in text
        assert "受理法律援助案件1312件，同比增长14.6%" in text
        assert "行政诉讼败诉率10.65%，同比下降2.16个百分点" in text
        assert "审查区级行政规范性文件22件，与上年持平" in text


def test_build_markdown(tmp_path: Path):
    run_cli("new", "--district", "滨江区", "--year", "2025", "--kind", "rule-of-law", "--example", "-o", "r.yaml",
            cwd=tmp_path)
    proc = run_cli("build", "r.yaml", "--format", "md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert md.startswith("# 滨江区2025年法治政府建设情况报告\n")
    assert "\n## 一、主要举措和成效\n" in md and "\n### （一）依法全面履行政府职能\n" in md


@pytest.mark.parametrize("kind", ["annual", "summary-plan"])
def test_build_docx(tmp_path: Path, kind: str):
    import docx

    run_cli("new", "--district", "滨江区", "--year", "2025", "--kind", kind, "--example", "-o", "r.yaml",
            cwd=tmp_path)
    proc = run_cli("build", "r.yaml", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    d = docx.Document(str(tmp_path / "r.docx"))
    texts = [p.text for p in d.paragraphs if p.text.strip()]
    assert any(t.startswith("一、") for t in texts)
    assert any("同比" in t for t in texts)
    # refuses to overwrite; -o elsewhere works
    assert_clean_error(run_cli("build", "r.yaml", cwd=tmp_path), "r.docx")
    assert run_cli("build", "r.yaml", "-o", "other.docx", cwd=tmp_path).returncode == 0


def test_build_stays_light(tmp_path: Path):
    """build never imports jieba or rapidfuzz (interactive start-up time)."""
    run_cli("new", "--district", "滨江区", "--year", "2025", "--example", "-o", "r.yaml", cwd=tmp_path)
    code = ("import sys, runpy\nsys.argv = ['drafter', 'build', 'r.yaml', '--format', 'txt']\n"
            "try:\n    runpy.run_module('drafter', run_name='__main__')\nexcept SystemExit as e:\n"
            "    assert not e.code, e.code\n"
            "print(sorted(m for m in ('jieba', 'rapidfuzz') if m in sys.modules))\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]"


def test_clerk_text_is_kept_and_formulas_fill_gaps(tmp_path: Path):
    src = tmp_path / "r.yaml"
    src.write_text("""kind: annual
district: 滨江区
year: 2025
issuer: 杭州市滨江区司法局
date: 2026-01-15
opening: 今年以来,区司法局坚持……(略)。
sections:
  - role: achievements
    heading: 本年度重点工作
    content:
      - theme: 统筹有力，纵深推进法治建设持续向好
        text: 以打造更高水平的法治滨江为出发点。
        items:
          - title: 坚持法治思想重引领
            text: 起草制发工作方案。
          - 二是坚持依法行政重监督。
  - role: problems
    content:
      - 但对照一流目标，仍存在一些问题。
  - role: plans
    heading: 明年工作思路
    content:
      - group: 聚焦政治建设
        run_in: true
        text: |
          第一段。
          第二段。
closing: ""
""", encoding="utf-8")
    proc = run_cli("build", str(src), "--format", "txt")
    assert proc.returncode == 0, proc.stderr
    lines = (tmp_path / "r.txt").read_text(encoding="utf-8").splitlines()
    assert lines == [
        "杭州市滨江区司法局2025年工作总结",
        "今年以来，区司法局坚持……（略）。具体工作如下：" if "具体工作如下" in lines[1]
        else lines[1],
        "一、本年度重点工作",
        "这一年，我们统筹有力，纵深推进法治建设持续向好。以打造更高水平的法治滨江为出发点。"
        "一是坚持法治思想重引领。起草制发工作方案。二是坚持依法行政重监督。",
        "但对照一流目标，仍存在一些问题。",
        "二、明年工作思路",
        "（一）聚焦政治建设。第一段。",
        "第二段。",
        "杭州市滨江区司法局",
        "2026年1月15日",
    ]
    assert lines[1].startswith("今年以来，区司法局坚持……（略）。") and lines[1].endswith("：")


@pytest.mark.parametrize("kind", KINDS)
def test_example_output_passes_own_lint(tmp_path: Path, kind: str):
    """drafter's own output has no lint error (SPEC: drafter must pass its own lint)."""
    engine = pytest.importorskip("drafter.lint.engine")
    for district in ("滨江区", "昌平县"):
        run_cli("new", "--district", district, "--year", "2024", "--kind", kind, "--example", "-o", "e.yaml",
                "--force", cwd=tmp_path)
        proc = run_cli("build", "e.yaml", "--format", "txt", "--force", cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
        findings = engine.lint_text((tmp_path / "e.txt").read_text(encoding="utf-8"))
        bad = [(f.rule, f.line, f.message) for f in findings if f.severity == "error"]
        assert not bad, bad
