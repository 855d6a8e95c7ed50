"""Where output goes (SPEC §3), run the way a clerk runs the commands: `-o -` writes text to standard
output, an output's type follows its extension (or is refused), a read-only file or folder is never
written, `--force` notwithstanding."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import SEEDS, assert_clean_error, run_cli

YAML = "kind: annual\ndistrict: 滨江区\nyear: 2025\ntitle: 滨江区司法局2025年工作总结\nopening: 今年以来，各项工作稳步推进。\n"
OLD = "旧内容，不得改动\n"


@pytest.fixture
def report(tmp_path: Path) -> Path:
    p = tmp_path / "r.yaml"
    p.write_text(YAML, encoding="utf-8")
    return p


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


# --- item 1: -o - ------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_build_to_stdout(tmp_path, report, fmt):
    before = _files(tmp_path)
    proc = run_cli("build", "r.yaml", "--format", fmt, "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "滨江区司法局2025年工作总结" in proc.stdout
    assert "今年以来，各项工作稳步推进。" in proc.stdout
    assert _files(tmp_path) == before  # no file named "-", nothing else written
    assert "r.txt" not in proc.stdout and "〔待补〕" not in proc.stdout.splitlines()[0]


def test_build_to_stdout_defaults_to_txt_and_refuses_binary(tmp_path, report):
    proc = run_cli("build", "r.yaml", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("滨江区司法局2025年工作总结\n")
    for fmt in ("docx", "pdf"):
        bad = run_cli("build", "r.yaml", "--format", fmt, "-o", "-", cwd=tmp_path)
        assert_clean_error(bad, "标准输出", f"-o 文件名.{fmt}")
        assert bad.stdout == ""
    assert not (tmp_path / "-").exists()


def test_new_and_extract_to_stdout(tmp_path):
    proc = run_cli("new", "--district", "滨江区", "--year", "2025", "-o", "-", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "district: 滨江区" in proc.stdout and "year: 2025" in proc.stdout
    assert _files(tmp_path) == set()
    seed = next(SEEDS.glob("000_*.txt"))
    shutil.copy(seed, tmp_path / "last.txt")
    ex = run_cli("extract", "last.txt", "-o", "-", cwd=tmp_path)
    assert ex.returncode == 0, ex.stderr
    assert "kind: annual" in ex.stdout and "回建核对" not in ex.stdout  # the summary goes to stderr
    assert "回建核对" in ex.stderr
    assert _files(tmp_path) == {"last.txt"}
    # what went to standard output is a report YAML that builds
    (tmp_path / "piped.yaml").write_text(ex.stdout, encoding="utf-8")
    assert run_cli("build", "piped.yaml", "--format", "txt", cwd=tmp_path).returncode == 0


# --- item 2: the type follows the extension ------------------------------------------------------
@pytest.mark.parametrize("args,needles", [
    (["new", "--district", "滨江区", "-o", "n.docx"], ("n.docx", ".yaml、.yml")),
    (["extract", "last.txt", "-o", "x.docx"], ("x.docx", ".yaml、.yml")),
    (["build", "r.yaml", "-o", "x.doc"], ("x.doc", ".docx、.pdf、.txt、.md")),
    (["build", "r.yaml", "-o", "noext"], ("noext", "没有扩展名")),
    (["build", "r.yaml", "-o", "a.txt", "--format", "md"], ("a.txt", "--format md", "不一致")),
    (["format", "last.txt", "-o", "x.txt"], ("x.txt", ".docx、.pdf")),
])
def test_extension_that_does_not_fit_is_refused(tmp_path, report, args, needles):
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "last.txt")
    before = _files(tmp_path)
    proc = run_cli(*args, cwd=tmp_path)
    assert_clean_error(proc, *needles)
    assert _files(tmp_path) == before


def test_extension_names_the_type(tmp_path, report):
    assert run_cli("build", "r.yaml", "-o", "a.md", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.md").read_text(encoding="utf-8").startswith("# 滨江区司法局2025年工作总结")
    assert run_cli("build", "r.yaml", "-o", "a.TXT", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.TXT").read_text(encoding="utf-8").startswith("滨江区司法局2025年工作总结\n")
    assert run_cli("build", "r.yaml", "-o", "a.docx", cwd=tmp_path).returncode == 0
    assert (tmp_path / "a.docx").read_bytes()[:2] == b"PK"
    assert run_cli("new", "--district", "滨江区", "-o", "n.yml", cwd=tmp_path).returncode == 0


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="需要 LibreOffice")
def test_build_pdf_through_libreoffice(tmp_path, report):
    proc = run_cli("build", "r.yaml", "-o", "x.pdf", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = (tmp_path / "x.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 1000
    if shutil.which("pdftotext"):
        import subprocess
        text = subprocess.run(["pdftotext", str(tmp_path / "x.pdf"), "-"], capture_output=True, text=True).stdout
        assert "各项工作稳步推进" in text.replace(" ", "")


# --- item 3: read-only files and folders ---------------------------------------------------------
def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def test_read_only_output_is_never_replaced(tmp_path, report):
    """Decided by the mode bits, so that it holds for root too (the tests run as root here)."""
    ro = tmp_path / "ro.txt"
    ro.write_text(OLD, encoding="utf-8")
    ro.chmod(0o444)
    try:
        for args in (["build", "r.yaml", "-o", "ro.txt", "--force"],
                     ["build", "r.yaml", "-o", "ro.txt"]):
            proc = run_cli(*args, cwd=tmp_path)
            assert_clean_error(proc, "ro.txt", "只读", "--force 也不行")
        ro_yaml = tmp_path / "ro.yaml"
        ro_yaml.write_text(OLD, encoding="utf-8")
        ro_yaml.chmod(0o444)
        assert_clean_error(run_cli("new", "--district", "滨江区", "-o", "ro.yaml", "--force", cwd=tmp_path), "只读")
        assert ro.read_text(encoding="utf-8") == OLD and _mode(ro) == 0o444
        assert ro_yaml.read_text(encoding="utf-8") == OLD
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    finally:
        for p in tmp_path.iterdir():
            p.chmod(0o644)


def test_read_only_input_is_never_replaced_in_place(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("今年以来,我局做了很多工作。\n", encoding="utf-8")
    draft.chmod(0o444)
    try:
        proc = run_cli("lint", "draft.txt", "--fix", "--in-place", cwd=tmp_path)
        assert_clean_error(proc, "draft.txt", "只读")
        assert draft.read_text(encoding="utf-8") == "今年以来,我局做了很多工作。\n"
    finally:
        draft.chmod(0o644)


def test_read_only_folder_names_the_target(tmp_path, report):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        for args in (["build", "r.yaml", "-o", "locked/x.docx"], ["format", "r.yaml", "-o", "locked/x.docx"]):
            proc = run_cli(*args, cwd=tmp_path)
            assert proc.returncode == 2, proc.stderr
            assert "x.docx" in proc.stderr and "只读" in proc.stderr and ".tmp" not in proc.stderr, proc.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o755)


def test_mode_bits_decide_even_for_root(tmp_path):
    from drafter.cli.atomic import is_read_only
    f = tmp_path / "f"
    f.write_text("x")
    f.chmod(0o444)
    assert is_read_only(f)
    f.chmod(0o644)
    assert not is_read_only(f)
    if os.geteuid() == 0:  # root may write a 0o444 file; drafter still treats it as read-only
        f.chmod(0o444)
        assert os.access(f, os.W_OK) and is_read_only(f)
