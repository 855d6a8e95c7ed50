"""Every regular expression the interactive paths compile (lint with every rule, outline, build's
render) has the same source under two hash seeds: a pattern built from a set of words must sort
them by (length, text), never leave them in hash order. Each run is a fresh subprocess that
records the source of every `re.compile` call."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO

# Records every str pattern compiled from here on, then lints every rule's bad example (with a
# bureau's own forbidden and protected words), parses an outline and renders the example report.
_CODE = r"""
import json, re
seen = set()
_compile = re.compile
def recording(pattern, flags=0):
    if isinstance(pattern, str):
        seen.add(f"{int(flags)}:{pattern}")
    return _compile(pattern, flags)
re.compile = recording

from drafter.lint.config import Config
from drafter.lint.engine import lint_text
from drafter.lint.rules import all_rules
from drafter.core.outline import parse_text
from drafter.report import starter, yamlio
from drafter.report.render import render
from drafter.report.schema import build_report

text = "\n".join(r.bad for r in all_rules().values() if r.bad and r.category != "X")
lint_text(text, Config(forbidden={"老百姓": "群众", "搞好": ""}, protected=["法制办"]))
parse_text(text)
example = starter.example("annual", "滨江区", 2025, None)
data, raw = yamlio.load("example.yaml", text=example)
render(build_report(data, "example.yaml", raw))
print(json.dumps(sorted(seen), ensure_ascii=False))
"""


def _sources(seed: str) -> list[str]:
    # the data cache off: a cold cache compiles what a warm one loads (the first run would differ)
    env = dict(os.environ, PYTHONHASHSEED=seed, DRAFTER_CACHE_DIR="off")
    proc = subprocess.run([sys.executable, "-c", _CODE], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=180)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_compiled_patterns_do_not_depend_on_the_hash_seed():
    a, b = _sources("1"), _sources("2")
    assert len(a) > 200          # the rules, the outline parser and the templates' filters ran
    only_a, only_b = sorted(set(a) - set(b)), sorted(set(b) - set(a))
    assert not only_a and not only_b, (only_a[:3], only_b[:3])
