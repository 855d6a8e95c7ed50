"""drafter benchmarks: whole-process wall time (median of N runs) and peak memory, each measured
side by side with a peer in the same run. Prints a Markdown table; `--write` also updates
bench/RESULTS.md with the machine and the date.

    python bench/run.py [--runs 5] [--write]

Peers: autocorrect-py (lint speed), `python -c "import docx"` (build's floor), pandoc (md → docx),
bare `jieba.lcut` (mining). No timed assertions live in the tests; numbers live here."""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"
PY = sys.executable


# Measure as installed software runs: with its bytecode cache (pip writes .pyc files on install).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(cmd: list[str], runs: int, cwd: Path, setup=None) -> tuple[float, float]:
    """(median wall seconds, peak RSS MiB) over `runs` runs of a whole process, after one warm-up
    run (file cache, bytecode cache)."""
    times, peaks = [], []
    for k in range(runs + 1):
        if setup:
            setup()
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
        if proc.returncode not in (0, 1):
            raise SystemExit(f"命令失败（{proc.returncode}）：{' '.join(cmd)}\n{err}")
        if k == 0:
            continue
        times.append(elapsed)
        peaks.append(usage.ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


def main() -> None:
    ap = argparse.ArgumentParser(description="drafter 基准测试")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="写入 bench/RESULTS.md")
    args = ap.parse_args()
    runs = args.runs
    work = Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    drafter = [PY, "-m", "drafter"]
    seed = REPO / "seeds" / "000_4bfb2d478c95987a.txt"
    rows: list[tuple[str, float, float, str]] = []

    def row(name: str, cmd: list[str], note: str = "", setup=None) -> tuple[float, float]:
        t, m = measure(cmd, runs, work, setup)
        rows.append((name, t, m, note))
        print(f"{name:<48} {t * 1000:9.0f} ms {m:8.1f} MiB  {note}", file=sys.stderr)
        return t, m

    # corpus as one text for the side-by-side runs
    corpus_files = sorted(CORPUS.glob("*.txt"))
    corpus_text = "\n".join(p.read_text(encoding="utf-8") for p in corpus_files)
    corpus_txt = work / "corpus.txt"
    corpus_txt.write_text(corpus_text, encoding="utf-8")
    long_md = work / "long.md"
    long_md.write_text((CORPUS / "浙江省.txt").read_text(encoding="utf-8"), encoding="utf-8")

    row("drafter --help", drafter + ["--help"])
    row("drafter outline（典型报告）", drafter + ["outline", str(seed)])
    row("drafter lint（典型报告）", drafter + ["lint", str(seed), "--fail-on", "error"])

    # build vs the bare import floor
    example = work / "example.yaml"
    subprocess.run(drafter + ["new", "--district", "滨江区", "--example", "-o", str(example), "--force"],
                   cwd=work, check=True, capture_output=True)
    t_build, _ = row("drafter build（示例 → docx）",
                     drafter + ["build", str(example), "-o", str(work / "example.docx"), "--force"])
    t_floor, _ = row("对照：python -c \"import docx\"", [PY, "-c", "import docx"])
    rows[-2] = rows[-2][:3] + (f"= {t_build / t_floor:.2f}× 导入下限（目标 ≤ 2.5×）",)

    # format of a long report, and pandoc on the same text
    row("drafter format（长篇报告 md → docx）",
        drafter + ["format", str(long_md), "-o", str(work / "long.docx"), "--force"])
    if shutil.which("pandoc"):
        row("对照：pandoc md → docx", ["pandoc", str(long_md), "-o", str(work / "long-pandoc.docx")])

    # lint throughput on the 610k-character corpus (31 files, one process) vs autocorrect-py
    files = [str(p) for p in corpus_files]
    t_lint, _ = row(f"drafter lint（31 篇语料，{len(corpus_text):,} 字）",
                    drafter + ["lint", "--format", "json", *files])
    try:
        import autocorrect_py  # noqa: F401
        ac = ("import sys, autocorrect_py\n"
              "for p in sys.argv[1:]:\n"
              "    autocorrect_py.lint_for(open(p, encoding='utf-8').read(), p)\n")
        t_ac, _ = row("对照：autocorrect-py lint_for（同样 31 篇）", [PY, "-c", ac, *files])
        rows[-2] = rows[-2][:3] + (f"= {t_lint / t_ac:.2f}× autocorrect（目标 ≤ 2.0×）",)
    except ImportError:
        print("未安装 autocorrect-py，跳过对照（pip install autocorrect-py）", file=sys.stderr)

    # mining throughput vs bare jieba
    t_mine, _ = row("drafter mine（31 篇语料）", drafter + ["mine", str(CORPUS), "-o", str(work / "bank")])
    jb = ("import sys, jieba, logging; jieba.setLogLevel(logging.WARNING); "
          "t = open(sys.argv[1], encoding='utf-8').read(); jieba.lcut(t)")
    t_jb, _ = row("对照：jieba.lcut（同一文本）", [PY, "-c", jb, str(corpus_txt)])
    rows[-2] = rows[-2][:3] + (f"= {t_mine / t_jb:.2f}× jieba（目标 ≤ 3.0×）",)

    # jieba stays off the interactive paths (python -X importtime)
    checks = []
    for name, args in (("outline", ["outline", str(seed)]), ("lint", ["lint", str(seed)]),
                       ("build", ["build", str(example), "-o", str(work / "x.docx"), "--force"])):
        proc = subprocess.run([PY, "-X", "importtime", "-m", "drafter", *args], cwd=work, env=ENV,
                              capture_output=True, text=True)
        imported = any(line.rstrip().endswith(("| jieba", "|   jieba")) or line.split("|")[-1].strip() == "jieba"
                       for line in proc.stderr.splitlines())
        checks.append(f"{name}：{'导入了 jieba ✗' if imported else '未导入 jieba ✓'}")
    print("；".join(checks), file=sys.stderr)

    stamp = _dt.date.today().isoformat()
    machine = f"{platform.machine()}，{os.cpu_count()} 核，Python {platform.python_version()}，{platform.system()}"
    table = ["| 测量项 | 中位耗时 | 峰值内存 | 对照 |", "|---|---:|---:|---|"]
    for name, t, m, note in rows:
        table.append(f"| {name} | {t * 1000:.0f} ms | {m:.1f} MiB | {note} |")
    out = "\n".join(table) + "\n\n" + "；".join(checks) + "（`python -X importtime`）"
    print(out)
    if args.write:
        (REPO / "bench" / "RESULTS.md").write_text(
            f"# 基准测试结果\n\n日期：{stamp}；机器：{machine}；每项 {runs} 次，取中位数（整进程耗时）。\n"
            f"命令：`python bench/run.py --runs {runs} --write`\n\n{out}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
