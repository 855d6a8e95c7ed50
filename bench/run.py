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


def _run_once(cmd: list[str], cwd: Path) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if code not in (0, 1):
        raise SystemExit(f"命令失败（{code}）：{' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024


def measure(cmds: list[list[str]], runs: int, cwd: Path) -> list[tuple[float, float]]:
    """For each command: (median wall seconds, peak RSS MiB of the process tree's largest process)
    over `runs` runs, after one warm-up run each. Several commands are run interleaved (A B A B …),
    so a drifting machine load falls on both sides of a comparison alike."""
    times: list[list[float]] = [[] for _ in cmds]
    peaks: list[list[float]] = [[] for _ in cmds]
    for k in range(runs + 1):
        for i, cmd in enumerate(cmds):
            t, m = _run_once(cmd, cwd)
            if k:
                times[i].append(t)
                peaks[i].append(m)
    return [(statistics.median(t), max(m)) for t, m in zip(times, peaks)]


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

    def row(name: str, cmd: list[str], note: str = "") -> tuple[float, float]:
        return pair(name, cmd)[0]

    def pair(name: str, cmd: list[str], peer_name: str | None = None, peer_cmd: list[str] | None = None,
             target: str = "") -> list[tuple[float, float]]:
        """Measure a command, and its peer interleaved with it; the ratio goes in the table."""
        cmds = [cmd] + ([peer_cmd] if peer_cmd else [])
        res = measure(cmds, runs, work)
        note = f"= {res[0][0] / res[1][0]:.2f}× {target}" if peer_cmd else ""
        rows.append((name, res[0][0], res[0][1], note))
        if peer_cmd:
            rows.append((peer_name, res[1][0], res[1][1], ""))
        for n, (t, m) in zip([name, peer_name], res):
            print(f"{n:<48} {t * 1000:9.0f} ms {m:8.1f} MiB", file=sys.stderr)
        return res

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
    pair("drafter build（示例 → docx）",
         drafter + ["build", str(example), "-o", str(work / "example.docx"), "--force"],
         "对照：python -c \"import docx\"", [PY, "-c", "import docx"], "导入下限（目标 ≤ 2.5×）")

    # format of a long report, and pandoc on the same text
    fmt_cmd = drafter + ["format", str(long_md), "-o", str(work / "long.docx"), "--force"]
    if shutil.which("pandoc"):
        pair("drafter format（长篇报告 md → docx）", fmt_cmd,
             "对照：pandoc md → docx（同一文本）", ["pandoc", str(long_md), "-o", str(work / "long-pandoc.docx")],
             "pandoc")
    else:
        row("drafter format（长篇报告 md → docx）", fmt_cmd)

    # lint throughput on the 610k-character corpus (31 files, one process) vs autocorrect-py
    files = [str(p) for p in corpus_files]
    lint_cmd = drafter + ["lint", "--format", "json", *files]
    try:
        import autocorrect_py  # noqa: F401
        ac = ("import sys, autocorrect_py\n"
              "for p in sys.argv[1:]:\n"
              "    autocorrect_py.lint_for(open(p, encoding='utf-8').read(), p)\n")
        pair(f"drafter lint（31 篇语料，{len(corpus_text):,} 字）", lint_cmd,
             "对照：autocorrect-py lint_for（同样 31 篇）", [PY, "-c", ac, *files], "autocorrect（目标 ≤ 2.0×）")
        pair("drafter lint（同上，单进程 DRAFTER_JOBS=1）", ["env", "DRAFTER_JOBS=1", *lint_cmd],
             "对照：autocorrect-py lint_for（同样 31 篇）", [PY, "-c", ac, *files], "autocorrect")
    except ImportError:
        print("未安装 autocorrect-py，跳过对照（pip install autocorrect-py）", file=sys.stderr)
        row(f"drafter lint（31 篇语料，{len(corpus_text):,} 字）", lint_cmd)

    # lint stays linear: four reports with 。！？； replaced by ， (no sentence end on any line) vs
    # the same reports punctuated; and a text just under the readers' 10 MB limit
    four = "\n".join((CORPUS / f"{n}.txt").read_text(encoding="utf-8") for n in ("浙江省", "安徽省", "贵州省", "湖南省"))
    unpunctuated = four.translate(str.maketrans("。！？；", "，，，，"))
    (work / "four.txt").write_text(four, encoding="utf-8")
    (work / "four-unpunctuated.txt").write_text(unpunctuated, encoding="utf-8")
    pair(f"drafter lint（4 篇报告去掉句末标点，{len(four):,} 字）",
         drafter + ["lint", "--format", "json", str(work / "four-unpunctuated.txt")],
         "对照：drafter lint（同样 4 篇，原文）", drafter + ["lint", "--format", "json", str(work / "four.txt")],
         "原文（目标 ≤ 2.0×）")
    big, size = [], 0
    while size + len(corpus_text.encode("utf-8")) + 1 < 10 * 1024 * 1024 - 4096:
        big.append(corpus_text)
        size += len(corpus_text.encode("utf-8")) + 1
    (work / "big.txt").write_text("\n".join(big), encoding="utf-8")
    row(f"drafter lint（{size / 1024 / 1024:.1f} MB 文本，{len(corpus_text) * len(big):,} 字）",
        drafter + ["lint", "--format", "json", str(work / "big.txt")])

    # mining throughput vs bare jieba
    jb = ("import sys, jieba, logging; jieba.setLogLevel(logging.WARNING); "
          "t = open(sys.argv[1], encoding='utf-8').read(); jieba.lcut(t)")
    pair("drafter mine（31 篇语料）", drafter + ["mine", str(CORPUS), "-o", str(work / "bank"), "--force"],
         "对照：jieba.lcut（同一文本）", [PY, "-c", jb, str(corpus_txt)], "jieba（目标 ≤ 3.0×）")

    # jieba stays off the interactive paths (python -X importtime)
    checks = []
    for name, cmd_args in (("outline", ["outline", str(seed)]), ("lint", ["lint", str(seed)]),
                       ("build", ["build", str(example), "-o", str(work / "x.docx"), "--force"])):
        proc = subprocess.run([PY, "-X", "importtime", "-m", "drafter", *cmd_args], cwd=work, env=ENV,
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
            "有对照的两项交替运行（A B A B …），先各热身一次；按安装后的实际情况保留字节码缓存。"
            "多个大文件的 lint 会用上两个核，单进程的数字另列一行。峰值内存是进程树中最大的单个进程。\n"
            f"命令：`python bench/run.py --runs {runs} --write`\n\n{out}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
