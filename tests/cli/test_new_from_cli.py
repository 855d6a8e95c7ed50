"""`drafter new --from` and the build preflight, run the way a clerk runs them."""

from __future__ import annotations

from pathlib import Path

from conftest import SEEDS, assert_clean_error, run_cli


def test_new_from_docx_then_build(tmp_path):
    assert run_cli("new", "--district", "安吉县", "--year", "2025", "--example", "-o", "a.yaml", cwd=tmp_path).returncode == 0
    assert run_cli("build", "a.yaml", cwd=tmp_path).returncode == 0
    proc = run_cli("new", "--from", "a.docx", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = tmp_path / "安吉县2026年年度工作总结.yaml"
    assert proc.stdout.strip() == str(Path("") / out.name) and out.is_file()
    assert "顺延为 2026 年" in proc.stderr
    again = run_cli("new", "--from", "a.docx", cwd=tmp_path)
    assert_clean_error(again, "已存在")
    built = run_cli("build", out.name, "--format", "txt", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "还有" in built.stderr and "处〔待补〕" in built.stderr
    strict = run_cli("build", out.name, "--format", "txt", "--force", "--strict", cwd=tmp_path)
    assert strict.returncode == 1


def test_new_from_seed_yaml_year_and_kind(tmp_path):
    seed = next(SEEDS.glob("004_*.txt"))
    proc = run_cli("new", "--from", str(seed), "--kind", "annual", "-o", str(tmp_path / "n.yaml"))
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "n.yaml").read_text(encoding="utf-8")
    assert "kind: annual" in text and "year: 2024" in text


def test_new_from_bad_input(tmp_path):
    assert_clean_error(run_cli("new", "--from", str(tmp_path / "missing.yaml")), "不存在")
    (tmp_path / "x.yaml").write_text("kind: annual\nyear: 2025\n", encoding="utf-8")
    assert_clean_error(run_cli("new", "--from", "x.yaml", cwd=tmp_path), "district")
    proc = run_cli("new", "--from", "x.yaml", "--district", "安吉县", cwd=tmp_path)
    assert proc.returncode == 2 and "--from" in proc.stderr


def test_build_preflight_clean_example(tmp_path):
    assert run_cli("new", "--district", "滨江区", "--example", "-o", "e.yaml", cwd=tmp_path).returncode == 0
    proc = run_cli("build", "e.yaml", "--strict", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "没有〔待补〕" in proc.stderr and "须改正" not in proc.stderr
