"""drafter.api: bytes and text in, values out; no current-folder lookups, no writes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import docx
import pytest

from drafter import api
from drafter.core.errors import InputError

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
SEED_000 = next(SEEDS.glob("000_*.txt"))


@pytest.fixture
def empty_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_new_build_roundtrip_without_writing(empty_cwd):
    yaml_text = api.new("安吉县", 2026, "annual", example=True)
    assert yaml_text.startswith("#") and "district: 安吉县" in yaml_text
    built = api.build(yaml_text, "安吉县.yaml", fmt="docx")
    assert built.data[:2] == b"PK" and built.format == "docx"
    d = docx.Document(io.BytesIO(built.data))
    assert d.paragraphs[0].text == "安吉县司法局2026年工作总结"
    txt = api.build(yaml_text, "安吉县.yaml", fmt="txt")
    assert txt.data.decode("utf-8") == txt.text == built.text
    md = api.build(yaml_text.encode("utf-8"), "安吉县.yaml", fmt="md").data.decode("utf-8")
    assert md.startswith("# 安吉县司法局2026年工作总结\n") and "\n## 一、" in md
    assert _files(empty_cwd) == set()  # nothing written


def test_build_reports_tbd_and_missing_roles():
    yaml_text = "kind: rule-of-law\ndistrict: 安吉县\nyear: 2026\nmetrics:\n  cases: {label: 法律援助案件, value: 待补, unit: 件}\n" \
                "sections:\n  - role: achievements\n    heading: 主要举措\n    content:\n      - 办理【数值:cases】。\n"
    built = api.build(yaml_text, "r.yaml", fmt="txt")
    assert built.tbd >= 1 and "〔待补〕" in built.text
    assert set(built.missing_roles) == {"problems", "duty", "plans"}


def test_build_error_has_line_and_column():
    with pytest.raises(InputError) as info:
        api.build("kind: annual\ndistrict: 安吉县\nyear：2026\n", "bad.yaml")
    assert info.value.path == "bad.yaml" and info.value.line == 3


def test_build_rejects_unknown_format():
    with pytest.raises(InputError):
        api.build(api.new("安吉县", 2026), "a.yaml", fmt="odt")


def test_lint_bytes_equals_lint_of_the_file():
    from drafter.lint.config import Config
    from drafter.lint.run import lint_path
    data = SEED_000.read_bytes()
    by_bytes = api.lint(data, str(SEED_000))
    by_path = lint_path(str(SEED_000), Config())
    assert [f.to_json() for f in by_bytes.findings] == [f.to_json() for f in by_path.findings]
    report = api.lint_json([by_bytes])
    assert report["version"] == 1 and report["files"][0]["path"] == str(SEED_000)
    json.dumps(report, ensure_ascii=False)


def test_lint_docx_bytes_has_format_findings():
    built = api.build(api.new("安吉县", 2026, example=True), "a.yaml")
    linted = api.lint(built.data, "a.docx")
    assert linted.format == "docx"
    assert not [f for f in linted.findings if f.rule.startswith("X")]  # drafter's own output is in format
    assert not [f for f in linted.findings if f.severity == "error"]


def test_lint_previous_as_bytes():
    data = SEED_000.read_bytes()
    linted = api.lint(data, "this.txt", previous=(data, "last.txt"))
    assert any(f.rule.startswith("V") for f in linted.findings)


def test_fix_text_keeps_encoding_and_is_idempotent():
    text = "一、总体情况\r\n全年办理案件12件,同比增长5%。。\r\n"
    data = text.encode("gb18030")
    fixed = api.fix(data, "a.txt")
    out = fixed.data.decode("gb18030")
    assert "\r\n" in out and "，" in out and "。。" not in out and fixed.applied >= 2
    again = api.fix(fixed.data, "a.txt")
    assert again.data == fixed.data and again.applied == 0


def test_fix_and_annotate_docx():
    built = api.format_document("一、总体情况\n全年办理案件12件,截止目前同比增长5%。\n".encode("utf-8"), "a.txt")
    fixed = api.fix(built.data, "a.docx")
    texts = [p.text for p in docx.Document(io.BytesIO(fixed.data)).paragraphs]
    assert any("12件，截止" in t for t in texts)
    annotated = api.annotate(built.data, "a.docx")
    names = __import__("zipfile").ZipFile(io.BytesIO(annotated)).namelist()
    assert "word/comments.xml" in names
    with pytest.raises(InputError):
        api.annotate(b"text", "a.txt")


def test_outline_and_read():
    items = api.outline(SEED_000.read_bytes(), SEED_000.name)
    assert [i["marker"] for i in items if i["level"] == 1] == ["一、", "二、", "三、"]
    assert api.read(SEED_000.read_bytes(), SEED_000.name).kind == "annual"


def test_format_document_bad_input():
    with pytest.raises(InputError):
        api.format_document(b"", "empty.txt")
    with pytest.raises(InputError):
        api.format_document(b"PK\x03\x04broken", "x.docx")


def test_extract_bytes_roundtrips():
    result = api.extract(SEED_000.read_bytes(), SEED_000.name)
    assert result.kind == "annual" and result.body_ratio == 1.0
    built = api.build(result.yaml_text, "x.yaml", fmt="txt")
    assert built.text == result.rendered


def test_mine_and_phrases_with_explicit_bank(tmp_path, empty_cwd):
    docs = [(p.name, p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    mined = api.mine(docs, workers=1)
    assert mined.documents == 5 and set(mined.files) == {"phrases.json", "structure.json", "README.md"}
    assert _files(empty_cwd) == set()
    bank = tmp_path / "bank"
    bank.mkdir()
    for name, text in mined.files.items():
        (bank / name).write_text(text, encoding="utf-8")
    hits = api.phrases("固根本", bank_dir=bank)
    assert hits and all({"text", "match", "score"} <= set(h) for h in hits)


def test_no_current_folder_lookup(empty_cwd):
    """A phrasebank/ in the current folder does not change what the library produces."""
    base = api.new("安吉县", 2026, "half-year")
    (empty_cwd / "phrasebank").mkdir()
    (empty_cwd / "phrasebank" / "phrases.json").write_text('{"version": 1, "phrases": []}', encoding="utf-8")
    (empty_cwd / "phrasebank" / "structure.json").write_text(
        '{"kinds": {"half-year": {"documents": 9, "roles": {"achievements": {"headings": '
        '[{"text": "自定义的标题", "count": 9}]}}}}}', encoding="utf-8")
    assert api.new("安吉县", 2026, "half-year") == base
    with api.use_bank(empty_cwd / "phrasebank"):
        assert api.new("安吉县", 2026, "half-year") != base


def test_api_import_is_light():
    import subprocess
    import sys
    code = "import sys, drafter.api; print(sorted(m for m in ('jieba', 'docx', 'rapidfuzz', 'jinja2', 'ruamel') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ))
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
