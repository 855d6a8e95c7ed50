"""`drafter phrases`: searching the phrase bank."""

from __future__ import annotations

import json
import shutil

from conftest import REPO, SEEDS, assert_clean_error, run_cli

BANK = REPO / "phrasebank"


def _json(*args, cwd=REPO):
    proc = run_cli("phrases", *args, "--format", "json", cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, list)
    return data


def test_exact_matches_first_with_the_bank_fields():
    hits = _json("固根本")
    assert hits[0]["text"] == "固根本、稳预期、利长远" and hits[0]["type"] == "parallel"
    assert hits[0]["match"] == "exact"
    for h in hits:
        assert {"id", "text", "type", "role", "count", "docs", "example", "kinds"} <= set(h)
        assert "固根本" in h["text"] + "".join(h.get("slots", {}).get("X", []))


def test_slot_values_are_searched():
    hits = _json("区委区政府")
    assert any(h["text"] == "在{X}的坚强领导下" for h in hits)


def test_near_matches_after_exact_ones():
    hits = _json("两个确力")          # a typo still finds the slogan
    assert hits and hits[0]["text"] == "“两个确立”" and hits[0]["match"] == "near"


def test_no_match_is_an_empty_list():
    assert _json("量子引力弦论") == []
    proc = run_cli("phrases", "量子引力弦论", cwd=REPO)
    assert proc.returncode == 0 and "没有找到" in proc.stdout


def test_role_filter_and_limit():
    hits = _json("--role", "plans", "--limit", "5")
    assert 0 < len(hits) <= 5
    assert all(h["role"] == "plans" or "plans" in h.get("roles", {}) for h in hits)
    assert _json("--role", "开头", "--limit", "3")      # the Chinese role name works too
    hits = _json("--type", "slogan", "--limit", "50")
    assert hits and {h["type"] for h in hits} == {"slogan"}
    assert [h["text"] for h in _json("问题", "--role", "problems", "--type", "heading")] == ["存在问题及思考"]
    assert [h["text"] for h in _json("不足", "--type", "heading")] == ["存在的不足"]


def test_unknown_role_is_exit_2_with_the_roles():
    proc = run_cli("phrases", "法治", "--role", "foo", cwd=REPO)
    assert_clean_error(proc, "foo", "opening", "achievements", "problems", "plans", "closing")
    assert_clean_error(run_cli("phrases", "--type", "bar", cwd=REPO), "parallel", "template")
    assert_clean_error(run_cli("phrases", "--limit", "0", cwd=REPO))


def test_text_output_reads_well():
    proc = run_cli("phrases", "领导", cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "在{X}的坚强领导下" in out and "句式" in out and "开头" in out
    assert "{X}：区委区政府；市委、市政府" in out and "又作：在{X}的正确领导下" in out
    assert "例：" in out and "来源：" in out and "\x1b[" not in out   # no colours when not a TTY


def test_local_bank_wins_over_builtin(tmp_path):
    # without ./phrasebank the built-in bank answers
    assert any(h["text"] == "固根本、稳预期、利长远" for h in _json("固根本", cwd=tmp_path))
    one = tmp_path / "one.txt"
    shutil.copy(SEEDS / "003_07ba9a062298d3ea.txt", one)
    assert run_cli("mine", "one.txt", cwd=tmp_path).returncode == 0
    assert _json("固根本", cwd=tmp_path) == []            # ./phrasebank is used now
    assert _json("“两个确立”", cwd=tmp_path)[0]["docs"] == ["one.txt"]
    assert _json("固根本", "--bank", str(BANK), cwd=tmp_path)


def test_missing_or_broken_bank_is_exit_2(tmp_path):
    assert_clean_error(run_cli("phrases", "x", "--bank", str(tmp_path)), "phrases.json")
    (tmp_path / "phrases.json").write_text("{broken", encoding="utf-8")
    assert_clean_error(run_cli("phrases", "x", "--bank", str(tmp_path)), "phrases.json", "JSON")
