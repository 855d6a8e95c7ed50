"""`drafter mine`: the phrase bank and structure model mined from the seeds and the corpus."""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS, REPO, SEEDS, assert_clean_error, needs_corpus, run_cli

BANK_FILES = ("phrases.json", "structure.json", "README.md")


@pytest.fixture(scope="module")
def seed_bank(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bank") / "phrasebank"
    proc = run_cli("mine", "seeds/", "-o", str(out), cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    assert "已学习 5 篇报告" in proc.stdout
    return out


def _phrases(folder: Path) -> list[dict]:
    return json.loads((folder / "phrases.json").read_text(encoding="utf-8"))["phrases"]


def _find(phrases: list[dict], text: str, type_: str | None = None) -> dict:
    hits = [p for p in phrases if p["text"] == text and (type_ is None or p["type"] == type_)]
    assert hits, f"{text} not in the bank"
    return hits[0]


def test_mining_twice_is_byte_identical_and_matches_committed_bank(seed_bank, tmp_path):
    again = tmp_path / "again"
    proc = run_cli("mine", "seeds/", "-o", str(again), cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    for name in BANK_FILES:
        first = (seed_bank / name).read_bytes()
        assert first == (again / name).read_bytes(), name
        assert first == (REPO / "phrasebank" / name).read_bytes(), \
            f"phrasebank/{name} is stale: run `python -m drafter mine seeds/ -o phrasebank/`"


def test_bank_records_sources_not_paths(seed_bank):
    data = json.loads((seed_bank / "phrases.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert data["sources"] == sorted(p.name for p in SEEDS.glob("*.txt"))
    raw = "".join((seed_bank / n).read_text(encoding="utf-8") for n in BANK_FILES)
    assert str(REPO) not in raw and "/tmp" not in raw
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", raw)   # no time stamps
    ids = [p["id"] for p in data["phrases"]]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)
    for p in data["phrases"]:
        assert {"id", "text", "type", "role", "kinds", "count", "docs", "example"} <= set(p)
        assert p["type"] in ("parallel", "abac", "aabb", "slogan", "term", "template", "collocation", "formula", "heading", "clause")
        assert p["role"] in ("achievements", "problems", "plans", "duty", "opening", "closing", "transition",
                             "other")
        assert set(p["docs"]) <= set(data["sources"]) and p["count"] >= len(p["docs"]) >= 1
        assert set(p["kinds"]) <= {"annual", "summary-plan", "rule-of-law", "highlights", "half-year"}


def test_seed_bank_has_the_known_phrases(seed_bank):
    phrases = _phrases(seed_bank)
    p = _find(phrases, "固根本、稳预期、利长远", "parallel")
    assert p["role"] == "achievements" and len(p["docs"]) == 2 and "保障作用" in p["example"]
    p = _find(phrases, "入脑入心、见行见效", "parallel")
    assert p["docs"] == ["000_4bfb2d478c95987a.txt"] and p["kinds"] == ["annual"]
    _find(phrases, "小而精、看得到、用得上", "parallel")
    _find(phrases, "政治判断力、政治领悟力、政治执行力", "parallel")
    t = _find(phrases, "在{X}的坚强领导下", "template")
    assert t["slots"]["X"] == ["区委区政府", "市委、市政府"]
    assert "在{X}的正确领导下" in t["variants"] and t["role"] == "opening"
    for slogan in ("“两个确立”", "“两个维护”", "“八五”普法", "“十四五”时期"):
        assert _find(phrases, slogan, "slogan")["docs"]
    for word in ("抓实抓细", "谋深谋细", "走深走实", "不折不扣"):
        _find(phrases, word, "abac")
    assert _find(phrases, "具体工作如下", "formula")["role"] == "transition"
    assert _find(phrases, "现就有关工作情况报告如下", "formula")["role"] == "transition"
    assert _find(phrases, "今年以来", "formula")["role"] == "opening"
    assert _find(phrases, "存在问题及思考", "heading")["role"] == "problems"
    assert _find(phrases, "明年工作思路", "heading")["role"] == "plans"
    h = _find(phrases, "{年份}年主要工作安排", "heading")
    assert h["role"] == "plans" and h["slots"] == {"年份": ["2022"]}


def test_seed_bank_has_no_junk(seed_bank):
    phrases = _phrases(seed_bank)
    texts = [p["text"] for p in phrases]
    assert len(texts) == len(set((p["type"], p["text"]) for p in phrases))
    for p in phrases:
        text = p["text"]
        assert not re.search(r"[0-9０-９]", text), text
        assert not re.match(r"^[一二三四五六七八九十]+是", text), text
        assert len(text) <= 40, text
        if p["type"] == "parallel":
            items = text.split("、")
            assert len(items) >= 2 and len({len(i) for i in items}) == 1, text
            assert all(3 <= len(i) <= 8 and "的" not in i for i in items), text
        if p["type"] == "abac":
            assert len(text) == 4 and text[0] == text[2], text
        if p["type"] == "template":
            assert text.count("{X}") == 1 and text.count("{Y}") <= 1 and len(p["docs"]) >= 2, text
            assert all(s for s in p["slots"]["X"]), text
    # noun lists and half-sentences that look like lists are not parallels
    for junk in ("阿里、网易、大华", "均处全省、全国前列", "行政机关、企业制发", "家事纠纷、相邻关系、小额债务"):
        assert junk not in texts


def test_structure_model_per_kind(seed_bank):
    s = json.loads((seed_bank / "structure.json").read_text(encoding="utf-8"))
    assert s["version"] == 1
    assert [d["source"] for d in s["documents"]] == sorted(p.name for p in SEEDS.glob("*.txt"))
    annual = s["kinds"]["annual"]
    assert annual["documents"] == 1 and annual["enumeration_style"] == "一是"
    assert annual["sections"] == [["achievements", "本年度重点工作"], ["problems", "存在问题及思考"],
                                  ["plans", "明年工作思路"]]
    assert annual["transition"] == "具体工作如下"
    law = s["kinds"]["rule-of-law"]
    assert [r for r, _t in law["sections"]] == ["achievements", "problems", "duty", "plans"]
    assert law["markers"] == {"1": "一、", "2": "（一）"}
    assert s["kinds"]["half-year"]["run_in_levels"] == [2]
    assert s["kinds"]["highlights"]["markers"] == {"1": ""}
    problems = {e["text"]: e for e in s["sections"]["problems"]}
    assert problems["存在问题及思考"]["docs"] == ["000_4bfb2d478c95987a.txt"]
    plans = {e["text"]: e for e in s["sections"]["plans"]}
    assert plans["明年工作思路"]["kinds"] == ["annual"]
    assert plans["2022年主要工作安排"]["pattern"] == "{年份}年主要工作安排"
    doc0 = s["documents"][0]
    assert doc0["skeleton"][0] == {"line": 3, "level": 1, "marker": "一、", "text": "本年度重点工作",
                                   "role": "achievements"}
    assert doc0["roles"] == ["opening", "achievements", "problems", "plans"]


def test_jieba_is_imported_only_by_mining():
    for args in (("outline", "seeds/000_4bfb2d478c95987a.txt"), ("phrases", "法治")):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafter", *args], cwd=REPO,
                              capture_output=True, text=True, encoding="utf-8")
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "jieba" not in proc.stderr, args
    if (REPO / "drafter" / "commands" / "lint.py").is_file():
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafter", "lint",
                               "seeds/000_4bfb2d478c95987a.txt"], cwd=REPO, capture_output=True, text=True,
                              encoding="utf-8")
        assert "jieba" not in proc.stderr


def test_no_jieba_noise_on_stderr(tmp_path):
    proc = run_cli("mine", str(SEEDS / "000_4bfb2d478c95987a.txt"), "-o", str(tmp_path / "b"))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == "", proc.stderr   # small job, not a TTY: no bar, no "Building prefix dict"
    assert "已学习 1 篇报告" in proc.stdout


# --- bad input and overwriting ---------------------------------------------------------------------
def test_unreadable_files_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bad.docx").write_bytes(b"this is not a zip")
    (tmp_path / "in" / "a.txt").write_text((SEEDS / "000_4bfb2d478c95987a.txt").read_text(encoding="utf-8"),
                                           encoding="utf-8")
    proc = run_cli("mine", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr
    assert "bad.docx" in proc.stderr and "missing.txt" in proc.stderr and "警告" in proc.stderr
    assert "Traceback" not in proc.stderr
    data = json.loads((tmp_path / "out" / "phrases.json").read_text(encoding="utf-8"))
    assert data["sources"] == ["a.txt"]


def test_nothing_readable_is_exit_2(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"\x00\x01junk")
    proc = run_cli("mine", str(tmp_path / "bad.docx"), "-o", str(tmp_path / "out"))
    assert_clean_error(proc, "没有一个文件能够读取")
    assert not (tmp_path / "out").exists()
    proc = run_cli("mine", str(tmp_path / "nothing-here"), "-o", str(tmp_path / "out"))
    assert_clean_error(proc, "没有找到可学习的文件")
    proc = run_cli("mine", "-o", str(tmp_path / "out"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_overwrites_its_own_bank_but_not_other_files(tmp_path):
    seed = str(SEEDS / "000_4bfb2d478c95987a.txt")
    out = tmp_path / "bank"
    assert run_cli("mine", seed, "-o", str(out)).returncode == 0
    assert run_cli("mine", seed, "-o", str(out)).returncode == 0     # its own files: no --force needed
    foreign = tmp_path / "project"
    foreign.mkdir()
    (foreign / "README.md").write_text("# 我的项目\n", encoding="utf-8")
    proc = run_cli("mine", seed, "-o", str(foreign))
    assert_clean_error(proc, "README.md", "--force")
    assert (foreign / "README.md").read_text(encoding="utf-8") == "# 我的项目\n"
    assert not (foreign / "phrases.json").exists()
    proc = run_cli("mine", seed, "-o", str(foreign), "--force")
    assert proc.returncode == 0 and (foreign / "phrases.json").is_file()
    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    assert_clean_error(run_cli("mine", seed, "-o", str(a_file)), "不是文件夹")
    assert_clean_error(run_cli("mine", seed, "-o", str(tmp_path / "no" / "such")), "不存在")


def test_does_not_learn_from_its_own_output(tmp_path):
    work = tmp_path / "reports"
    work.mkdir()
    (work / "a.txt").write_text((SEEDS / "002_7456ba8b65555133.txt").read_text(encoding="utf-8"), encoding="utf-8")
    assert run_cli("mine", ".", cwd=work).returncode == 0           # default -o phrasebank inside
    proc = run_cli("mine", ".", cwd=work)
    assert proc.returncode == 0, proc.stderr
    data = json.loads((work / "phrasebank" / "phrases.json").read_text(encoding="utf-8"))
    assert data["sources"] == ["a.txt"]


# --- the corpus -------------------------------------------------------------------------------------
@needs_corpus
def test_mine_corpus_with_progress(tmp_path, record_property):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    proc = run_cli("mine", str(CORPUS), "-o", str(tmp_path / "bank"), timeout=180)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    record_property("mine_corpus_seconds", round(seconds, 2))
    record_property("mine_corpus_peak_rss_mb", round(peak / 1024, 1) if peak > before else None)
    print(f"\nmine corpus: {seconds:.1f} s, peak RSS of a child ≤ {peak / 1024:.0f} MB")
    assert proc.returncode == 0, proc.stderr
    assert "正在学习 31 篇报告" in proc.stderr and "学习完成" in proc.stderr     # the progress bar
    assert "已学习 31 篇报告" in proc.stdout
    phrases = _phrases(tmp_path / "bank")
    texts = {p["text"] for p in phrases}
    assert {"“两个确立”", "“两个维护”", "稳就业、稳企业、稳市场、稳预期"} <= texts
    leadership = [p for p in phrases if p["type"] == "template" and p["text"].startswith("在{X}")
                  and p["text"].endswith("领导下")]
    assert leadership and max(len(p["docs"]) for p in leadership) >= 20
    assert all(len(p["docs"]) >= 4 for p in phrases if p["type"] in ("template", "clause"))
    s = json.loads((tmp_path / "bank" / "structure.json").read_text(encoding="utf-8"))
    # 政府工作报告 are not 年度工作总结: their titles give a learned kind, 工作报告
    assert len(s["documents"]) == 31 and sum(m["documents"] for m in s["kinds"].values()) == 31
    assert s["kinds"]["工作报告"]["learned"] and s["kinds"]["工作报告"]["documents"] >= 25
