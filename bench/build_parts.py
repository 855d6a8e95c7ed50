"""Where a build's time goes, part by part, in fresh processes (medians).

    python bench/build_parts.py [--runs 9] [--yaml FILE] [--python OTHER_PYTHON ...]

Each run is a new interpreter that times, in order: the third-party imports (click, jinja2,
ruamel.yaml), drafter's build modules, the YAML read, the validation, the render, the .docx,
the preflight lint and the exit (the interpreter's teardown, measured by the parent); plus the
whole `drafter build` process and `python -c "import docx"` beside it. With `--python`, the same
is measured for other interpreters (e.g. a venv of main), interleaved, for an A/B table."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = r"""
import gc, json, sys, time
t = [time.perf_counter()]
import click, jinja2, ruamel.yaml
t.append(time.perf_counter())
from drafter.api.drafting import Built, build
from drafter.report import yamlio
from drafter.report.schema import build_report
from drafter.report.render import render
from drafter.api.documents import docx_bytes
from drafter.cli.discovery import load_config
t.append(time.perf_counter())
path = sys.argv[1]
text = yamlio.read_text(path)
import inspect
fast = "comments" in inspect.signature(yamlio.load).parameters
data, text = yamlio.load(path, text=text, comments=False) if fast else yamlio.load(path, text=text)
t.append(time.perf_counter())
report = build_report(data, path, text)
t.append(time.perf_counter())
official, doc = render(report, None)
t.append(time.perf_counter())
out = docx_bytes(doc, None)
t.append(time.perf_counter())
Built(out, "docx", official, doc, report).preflight(load_config(None, __import__("pathlib").Path(path)))
t.append(time.perf_counter())
import drafter.cli.commands.build as command
if "gc.freeze()" in inspect.getsource(command):   # the exit as the build command leaves it
    gc.freeze()
print(json.dumps({"t": t, "end": time.time()}))
"""
PARTS = ("third-party imports", "drafter imports", "yaml", "schema", "render", "docx", "preflight")


def env() -> dict:
    e = dict(os.environ)
    e.pop("PYTHONDONTWRITEBYTECODE", None)
    return e


def parts_once(py: str, yaml: str, cwd: str) -> dict[str, float]:
    out = subprocess.run([py, "-c", PROBE, yaml], capture_output=True,
                         text=True, env=env(), cwd=cwd, check=True)
    done = time.time()
    got = json.loads(out.stdout)
    t = got["t"]
    row = {name: (b - a) * 1000 for name, a, b in zip(PARTS, t, t[1:])}
    row["exit"] = (done - got["end"]) * 1000
    return row


def whole_once(cmd: list[str], cwd: str) -> float:
    s = time.perf_counter()
    subprocess.run(cmd, capture_output=True, env=env(), cwd=cwd)
    return (time.perf_counter() - s) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    ap.add_argument("--yaml", default=None)
    ap.add_argument("--python", nargs="*", default=[], help="other interpreters to compare with")
    args = ap.parse_args()
    pys = [sys.executable] + args.python
    with tempfile.TemporaryDirectory() as work:
        yaml = args.yaml or str(Path(work) / "example.yaml")
        if not args.yaml:
            subprocess.run([sys.executable, "-m", "drafter", "new", "--district", "滨江区", "--example", "-o", yaml,
                            "--force"], check=True, capture_output=True, env=env(), cwd=work)
        rows: dict[str, list[dict]] = {py: [] for py in pys}
        whole: dict[str, list[float]] = {py: [] for py in pys + ["import docx"]}
        for _ in range(args.runs):
            for py in pys:
                rows[py].append(parts_once(py, yaml, work))
                whole[py].append(whole_once([py, "-m", "drafter", "build", yaml, "-o", str(Path(work) / "x.docx"),
                                             "--force"], work))
            whole["import docx"].append(whole_once([sys.executable, "-c", "import docx"], work))
    names = list(PARTS) + ["exit"]
    print("| part | " + " | ".join(Path(py).parent.parent.name or py for py in pys) + " |")
    print("|---|" + "---:|" * len(pys))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{statistics.median(r[name] for r in rows[py]):.0f} ms" for py in pys) + " |")
    docx = statistics.median(whole["import docx"])
    print("| whole `drafter build` | " + " | ".join(
        f"{statistics.median(whole[py]):.0f} ms ({statistics.median(whole[py]) / docx:.2f}× import docx)"
        for py in pys) + " |")
    print(f"| `python -c \"import docx\"` | {docx:.0f} ms |")


if __name__ == "__main__":
    main()
