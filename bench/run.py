"""drafter benchmarks: every row of the speed table (issue 11) measured side by side with its peer
in one run, plus the scaling rows, written to bench/RESULTS.md (Chinese).

    python bench/run.py [--runs 5] [--write] [--only lint,build,...]

Each row is a command and its peer, whole processes, run interleaved (A B A B …) after one
warm-up run of each; the row gives the medians and their ratio. The machine may be shared, so
absolute times drift: the ratios, measured under the same load, are what the goals compare.
Scaling rows run the sizes interleaved too and fit the exponent k of time ∝ size^k (least squares
on the logarithms): lint and outline on the corpus repeated 1×, 2× and 4× in one file, mine on
8, 16 and 31 documents. Peak memory is the largest single process of the tree (ru_maxrss).
No timed assertions live in the tests; numbers live here."""

from __future__ import annotations

import argparse
import datetime as _dt
import math
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

# Measure as installed software runs: with its bytecode cache (pip writes .pyc files on install)
# and its data cache (drafter.core.datacache), both warmed by the warm-up run.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

AUTOCORRECT = ("import sys, autocorrect_py\n"
               "for p in sys.argv[1:]:\n"
               "    autocorrect_py.lint_for(open(p, encoding='utf-8').read(), p)\n")
JIEBA = ("import sys, jieba, logging; jieba.setLogLevel(logging.WARNING); "
         "t = '\\n'.join(open(p, encoding='utf-8').read() for p in sys.argv[1:]); jieba.lcut(t)")


def _run_once(cmd: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"命令失败（{code}）：{' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024


def measure(cmds: list[tuple[list[str], dict]], runs: int, cwd: Path) -> list[tuple[float, float]]:
    """For each (command, extra env): (median wall seconds, peak RSS MiB) over `runs` runs after one
    warm-up run each, the commands interleaved so that a drifting load falls on all alike."""
    times: list[list[float]] = [[] for _ in cmds]
    peaks: list[list[float]] = [[] for _ in cmds]
    for k in range(runs + 1):
        for i, (cmd, extra) in enumerate(cmds):
            t, m = _run_once(cmd, cwd, {**ENV, **extra})
            if k:
                times[i].append(t)
                peaks[i].append(m)
    return [(statistics.median(t), max(m)) for t, m in zip(times, peaks)]


def exponent(sizes: list[float], times: list[float]) -> float:
    """k of time ∝ size^k, least squares on the logarithms."""
    xs, ys = [math.log(s) for s in sizes], [math.log(t) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    ap = argparse.ArgumentParser(description="drafter 基准测试")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--write", action="store_true", help="写入 bench/RESULTS.md")
    ap.add_argument("--corpus", default=str(CORPUS), help="语料文件夹（默认 ../shared/corpora/provincial-2026）")
    ap.add_argument("--only", default="", help="只测这些项（逗号分隔：lint,build,extract,unpunct,mine,version,scale）")
    args = ap.parse_args()
    runs, only = args.runs, {s for s in args.only.split(",") if s}
    load_start = os.getloadavg()[0]
    want = (lambda name: not only or name in only)
    work = Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    drafter = [PY, "-m", "drafter"]
    corpus = Path(args.corpus)
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise SystemExit(f"语料文件夹里没有 .txt：{corpus}")
    corpus_text = "\n".join(p.read_text(encoding="utf-8") for p in files)
    goals: list[tuple[str, str, float, float, str, float, float, float, float]] = []
    scales: list[tuple[str, list[str], list[float], list[float], float, str]] = []

    def goal(name: str, cmd, peer_name: str, peer, target: float, env: dict | None = None,
             peer_env: dict | None = None) -> None:
        (a, ma), (b, mb) = measure([(cmd, env or {}), (peer, peer_env or {})], runs, work)
        goals.append((name, peer_name, a, b, f"≤ {target:g}", a / b, target, ma, mb))
        print(f"{name:<44} {a * 1000:8.0f} ms  {peer_name:<30} {b * 1000:8.0f} ms  = {a / b:5.2f}× "
              f"(目标 ≤ {target:g}) {'✓' if a / b <= target else '✗'}", file=sys.stderr)

    def scale(name: str, labels: list[str], sizes: list[float], cmds: list[list[str]], target: str) -> None:
        res = measure([(c, {}) for c in cmds], runs, work)
        ts = [t for t, _m in res]
        k = exponent(sizes, ts)
        scales.append((name, labels, ts, [m for _t, m in res], k, target))
        print(f"{name:<44} " + "  ".join(f"{lb} {t * 1000:.0f} ms" for lb, t in zip(labels, ts))
              + f"  指数 {k:.2f}", file=sys.stderr)

    has_ac = True
    try:
        import autocorrect_py  # noqa: F401
    except ImportError:
        has_ac = False
        print("未安装 autocorrect-py，跳过 lint 对照（pip install -e '.[bench]'）", file=sys.stderr)
    paths = [str(p) for p in files]
    lint_cmd = drafter + ["lint", "--format", "json", *paths]
    if has_ac and want("lint"):
        ac = [PY, "-c", AUTOCORRECT, *paths]
        goal(f"lint 语料（{len(files)} 篇 {len(corpus_text):,} 字），DRAFTER_JOBS=1", lint_cmd,
             "autocorrect-py lint_for", ac, 1.2, {"DRAFTER_JOBS": "1"})
        goal("lint 语料，默认进程数", lint_cmd, "autocorrect-py lint_for", ac, 1.0)

    if want("build"):
        example = work / "example.yaml"
        subprocess.run(drafter + ["new", "--district", "滨江区", "--example", "-o", str(example), "--force"],
                       cwd=work, check=True, capture_output=True, env=ENV)
        goal("build 示例 → docx", drafter + ["build", str(example), "-o", str(work / "example.docx"), "--force"],
             "python -c \"import docx\"", [PY, "-c", "import docx"], 1.5)

    if want("extract"):
        longest = max(files, key=lambda p: p.stat().st_size)
        goal(f"extract 最长的报告（{longest.stem}）",
             drafter + ["extract", str(longest), "-o", str(work / "longest.yaml"), "--force"],
             "outline 同一文件", drafter + ["outline", str(longest)], 2.0)

    if want("unpunct"):
        four = "\n".join((corpus / f"{n}.txt").read_text(encoding="utf-8") for n in ("浙江省", "安徽省", "贵州省", "湖南省"))
        (work / "four.txt").write_text(four, encoding="utf-8")
        (work / "four-unpunctuated.txt").write_text(four.translate(str.maketrans("。！？；", "，，，，")),
                                                    encoding="utf-8")
        goal(f"lint {len(four) // 1000}k 字去掉句末标点（。！？；→，）",
             drafter + ["lint", "--format", "json", str(work / "four-unpunctuated.txt")],
             "lint 同一文本（原文）", drafter + ["lint", "--format", "json", str(work / "four.txt")], 2.0)

    if want("mine"):
        goal(f"mine 语料（{len(files)} 篇）", drafter + ["mine", str(corpus), "-o", str(work / "bank"), "--force"],
             "jieba.lcut 同一文本", [PY, "-c", JIEBA, *paths], 1.3)

    if want("version"):
        goal("drafter --version", drafter + ["--version"], "python -c \"import click\"", [PY, "-c", "import click"], 1.05)

    if want("scale"):
        times_n = (1, 2, 4)
        for n in times_n:
            (work / f"corpus-{n}x.txt").write_text("\n".join([corpus_text] * n), encoding="utf-8")
        labels = [f"{n}×" for n in times_n]
        scale("lint 语料 1×/2×/4×（一个文件）", labels, list(times_n),
              [drafter + ["lint", "--format", "json", str(work / f"corpus-{n}x.txt")] for n in times_n], "≈ 1")
        scale("outline 语料 1×/2×/4×（一个文件）", labels, list(times_n),
              [drafter + ["outline", str(work / f"corpus-{n}x.txt")] for n in times_n], "≈ 1")
        piece = ["关于印发《某县第{i}号工作方案》的通知", "各乡镇人民政府：", "现将《某县第{i}号工作方案》印发给你们，请认真贯彻执行。",
                 "某县司法局", "2023年5月6日", "某县第{i}号工作方案", "为推进依法治县工作，制定本方案。", "一、工作目标",
                 "全年办理案件一百件。"]
        sizes = (400, 800, 1600)  # a page attaching that many notices, each with its 署名, date and document
        for n in sizes:
            lines = ["某县司法局文件汇编"] + [line.format(i=i) for i in range(n) for line in piece]
            (work / f"notices-{n}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        scale("outline 印发通知汇编 400/800/1600 份", [f"{n} 份" for n in sizes], list(sizes),
              [drafter + ["outline", str(work / f"notices-{n}.txt")] for n in sizes], "≈ 1")
        counts = (8, 16, len(files))
        dirs = []
        for n in counts:
            d = work / f"docs-{n}"
            d.mkdir(exist_ok=True)
            for p in files[:n]:
                shutil.copy(p, d / p.name)
            dirs.append(d)
        scale(f"mine 8/16/{len(files)} 篇", [f"{n} 篇" for n in counts], list(counts),
              [drafter + ["mine", str(d), "-o", str(work / f"bank-{d.name}"), "--force"] for d in dirs],
              "4 倍文档 ≤ 5 倍时间（指数 ≤ 1.16）")

    # jieba stays off the interactive paths (python -X importtime)
    checks = []
    seed = REPO / "seeds" / "000_4bfb2d478c95987a.txt"
    example = work / "example.yaml"
    if not example.exists():
        subprocess.run(drafter + ["new", "--district", "滨江区", "--example", "-o", str(example), "--force"],
                       cwd=work, check=True, capture_output=True, env=ENV)
    for name, cmd_args in (("outline", ["outline", str(seed)]), ("lint", ["lint", str(seed)]),
                           ("build", ["build", str(example), "-o", str(work / "x.docx"), "--force"])):
        proc = subprocess.run([PY, "-X", "importtime", "-m", "drafter", *cmd_args], cwd=work, env=ENV,
                              capture_output=True, text=True)
        mods = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
        heavy = sorted(m for m in ("jieba", "rapidfuzz", "xml.sax.saxutils") if m in mods)
        checks.append(f"{name}：{'导入了 ' + '、'.join(heavy) + ' ✗' if heavy else '未导入 jieba、rapidfuzz、xml.sax ✓'}")
    print("；".join(checks), file=sys.stderr)

    table = ["| 测量项 | 耗时（中位数） | 对照 | 对照耗时 | 比值 | 目标 | 达成 | 峰值内存（本项 / 对照） |",
             "|---|---:|---|---:|---:|---:|:-:|---:|"]
    for name, peer_name, a, b, tgt, ratio, target, ma, mb in goals:
        table.append(f"| {name} | {a * 1000:.0f} ms | {peer_name} | {b * 1000:.0f} ms | {ratio:.2f}× | {tgt}× | "
                     f"{'✓' if ratio <= target else '✗'} | {ma:.0f} / {mb:.0f} MiB |")
    scale_table = ["| 扩展性 | 各规模耗时（中位数） | 峰值内存 | 拟合指数 | 期望 |", "|---|---|---:|---:|---|"]
    for name, labels, ts, ms, k, target in scales:
        scale_table.append(f"| {name} | " + "，".join(f"{lb} {t * 1000:.0f} ms" for lb, t in zip(labels, ts))
                           + f" | {max(ms):.0f} MiB | {k:.2f} | {target} |")
    out = "\n".join(table) + "\n\n" + ("\n".join(scale_table) + "\n\n" if scales else "") + "；".join(checks) + "（`python -X importtime`）"
    print(out)
    if args.write:
        stamp = _dt.date.today().isoformat()
        machine = f"{platform.machine()}，{os.cpu_count()} 核，Python {platform.python_version()}，{platform.system()}"
        where = subprocess.run([PY, "-c", "import drafter; print(drafter.__file__)"], capture_output=True, text=True,
                               cwd=work, env=ENV).stdout.strip()
        machine += f"；同机负载（1 分钟平均）：开始 {load_start:.1f}，结束 {os.getloadavg()[0]:.1f}"
        machine += "；安装方式：" + ("pip install -e（源码目录）" if where.startswith(str(REPO)) else "pip install .（安装到 site-packages）")
        (REPO / "bench" / "RESULTS.md").write_text(
            f"# 基准测试结果\n\n日期：{stamp}；机器：{machine}；命令：`python bench/run.py --runs {runs} --write`。\n\n"
            f"每一行是整进程的耗时：本项和对照交替运行（A B A B …），各先热身一次，再各运行 {runs} 次取中位数；"
            "按安装后的实际情况保留字节码缓存和数据缓存（热身一次即写好）。这台机器同时有别的任务在跑，"
            "绝对耗时会漂移，因此目标比较的是同一负载下交替测得的比值。"
            "扩展性各行的几个规模也交替运行，按 耗时 ∝ 规模^指数 用对数最小二乘拟合指数（1 为线性）。"
            "峰值内存是进程树中最大的单个进程。\n\n"
            f"{out}\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
