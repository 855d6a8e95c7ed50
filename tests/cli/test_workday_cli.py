"""A working day's other trip-ups, run the way a clerk runs the commands: build from another folder,
the skeleton's 待补 signature and date, what `format` changed, and extracting a 政府工作报告."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, needs_corpus, run_cli

OWN_OPENING = "今年以来，本局紧紧围绕中心工作，统筹推进法治建设各项任务，取得了新的明显成效。"


# --- item 8: the same input gives the same output from any folder --------------------------------
def _bank_with_opening(folder: Path, opening: str) -> None:
    """A copy of the built-in phrase bank whose best opening formula is `opening`."""
    shutil.copytree(REPO / "phrasebank", folder / "phrasebank")
    path = folder / "phrasebank" / "phrases.json"
    bank = json.loads(path.read_text(encoding="utf-8"))
    bank["phrases"].append({"id": "own1", "text": opening, "role": "opening", "type": "formula",
                            "docs": [f"d{i}.txt" for i in range(50)], "count": 500})
    path.write_text(json.dumps(bank, ensure_ascii=False), encoding="utf-8")


def test_build_from_another_folder_gives_the_same_output(tmp_path):
    project, elsewhere = tmp_path / "本局材料", tmp_path / "别处"
    project.mkdir()
    elsewhere.mkdir()
    _bank_with_opening(project, OWN_OPENING)
    _bank_with_opening(elsewhere, "别处的表述库不应被使用，这一句出现就说明找错了表述库的位置。")
    (project / "drafter.toml").write_text("[lint]\ndisable = []\n", encoding="utf-8")
    (project / "r.yaml").write_text("kind: annual\ndistrict: 滨江区\nyear: 2025\n", encoding="utf-8")
    here = run_cli("build", "r.yaml", "--format", "txt", "-o", "-", cwd=project)
    there = run_cli("build", str(project / "r.yaml"), "--format", "txt", "-o", "-", cwd=elsewhere)
    relative = run_cli("build", "../本局材料/r.yaml", "--format", "txt", "-o", "-", cwd=elsewhere)
    assert here.returncode == there.returncode == relative.returncode == 0, (here.stderr, there.stderr)
    assert OWN_OPENING in here.stdout  # the bank beside the YAML is used …
    assert here.stdout == there.stdout == relative.stdout  # … from whichever folder
    assert here.stderr.count("〔待补〕") == there.stderr.count("〔待补〕")
    # the .docx too
    assert run_cli("build", "r.yaml", "-o", "a.docx", cwd=project).returncode == 0
    assert run_cli("build", str(project / "r.yaml"), "-o", str(project / "b.docx"), cwd=elsewhere).returncode == 0
    import docx
    a = [(p.style.name, p.text) for p in docx.Document(str(project / "a.docx")).paragraphs]
    b = [(p.style.name, p.text) for p in docx.Document(str(project / "b.docx")).paragraphs]
    assert a == b


# --- item 10: the skeleton's 待补 signature and date ---------------------------------------------
def test_skeleton_signature_and_date_stand_in_place(tmp_path):
    assert run_cli("new", "--district", "某县", "--year", "2025", "-o", "s.yaml", cwd=tmp_path).returncode == 0
    text = (tmp_path / "s.yaml").read_text(encoding="utf-8")
    assert "\nissuer: 待补" in text and "\ndate: 待补" in text
    assert run_cli("build", "s.yaml", cwd=tmp_path).returncode == 0
    import docx
    paras = [p for p in docx.Document(str(tmp_path / "s.docx")).paragraphs if p.text.strip()]
    assert [(p.style.name, p.text) for p in paras[-2:]] == [("署名", "〔待补〕"), ("成文日期", "〔待补〕")]
    body = [p for p in paras if p.style.name == "公文正文"]
    assert body and all(p.text != "〔待补〕" for p in body[-2:])
    txt = run_cli("build", "s.yaml", "--format", "txt", "-o", "-", cwd=tmp_path)
    lines = txt.stdout.rstrip("\n").split("\n")
    assert lines[-2:] == ["〔待补〕", "〔待补〕"]
    assert lines[-3].startswith("新的一年")  # right after the closing, where the signature stands
    assert "落款和日期 2 处" in txt.stderr


# --- item 13: format says what it changed ---------------------------------------------------------
def test_format_reports_what_it_normalised(tmp_path):
    (tmp_path / "d.txt").write_text("滨江区司法局2026年工作总结\n\n今年以来,我局(五)做了很多工作。。。１２件\"专家\"\n\n"
                                    "滨江区司法局\n2026年01月05日\n", encoding="utf-8")
    proc = run_cli("format", "d.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "已统一 3 处标点为全角" in proc.stderr and "“,→，”" in proc.stderr
    assert "成文日期“2026年01月05日”写为“2026年1月5日”" in proc.stderr
    assert "drafter lint --fix" in proc.stderr  # the rest is left to lint --fix, and said so
    import docx
    texts = [p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs]
    assert "今年以来，我局（五）做了很多工作。。。１２件\"专家\"" in texts  # wording left alone
    (tmp_path / "clean.txt").write_text("滨江区司法局2026年工作总结\n\n今年以来，我局做了很多工作。\n", encoding="utf-8")
    clean = run_cli("format", "clean.txt", cwd=tmp_path)
    assert clean.returncode == 0 and "已统一" not in clean.stderr


# --- item 14: extracting a 政府工作报告 -------------------------------------------------------------
@needs_corpus
@pytest.mark.parametrize("name,bureau", [("上海市", "市政府"), ("浙江省", "省政府"), ("广西壮族自治区", "自治区政府")])
def test_extract_government_report(tmp_path, name, bureau):
    proc = run_cli("extract", str(CORPUS / f"{name}.txt"), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    top = dict(line.split(":", 1) for line in proc.stdout.splitlines()
               if line[:1].isalpha() and ":" in line and not line.startswith(" "))
    assert top["bureau"].split("#")[0].strip() == bureau
    assert top["year"].split("#")[0].strip() == "2025"
    assert "回顾的是 2025 年" in top["year"]
    assert "司法局" not in "".join(ln for ln in proc.stdout.splitlines() if ln.startswith("# issuer:"))


def test_extract_bureau_report_year_is_its_title_year(tmp_path):
    seed = next((REPO / "seeds").glob("000_*.txt"))
    proc = run_cli("extract", str(seed), "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "\nbureau: 区司法局" in proc.stdout
