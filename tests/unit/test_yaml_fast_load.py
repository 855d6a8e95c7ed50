"""build reads the report YAML through libyaml (drafter.report.yamlio `_fast_load`, `comments=False`):
the same data — types, values, tags, line and column of every key, value and item — as the pure
round-trip loader, and on every file it cannot read the same way (an error, tabs, tags, anchors,
empty values, deep nesting) the pure loader's answer, so every message keeps its file, line and
column. Checked on every example kind, the starter, hand-written mistakes and seeded mutations."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from drafter import api
from drafter.core.errors import InputError
from drafter.report import yamlio
from drafter.report.schema import build_report

clib = pytest.importorskip("_ruamel_yaml", reason="ruamel.yaml.clib (libyaml) not installed")

KINDS = ("annual", "half-year", "rule-of-law", "summary-plan", "highlights")
EXAMPLES = {k: api.new("滨江区", 2026, kind=k, example=True) for k in KINDS}


def _pos(f, *args):
    try:
        return f(*args)
    except Exception as exc:  # noqa: BLE001 — a missing position is part of the picture
        return type(exc).__name__


def shape(node, path="", out=None) -> list:
    """Every node of the loaded data with its type, value, tag and positions."""
    out = [] if out is None else out
    lc = getattr(node, "lc", None)
    out.append((path, type(node).__name__, None if isinstance(node, (dict, list)) else repr(node),
                (lc.line, lc.col) if lc is not None else None,
                getattr(getattr(node, "tag", None), "value", None)))
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((path, "key", repr(k), _pos(node.lc.key, k), _pos(node.lc.value, k)))
            shape(v, f"{path}/{k}", out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((path, "item", i, _pos(node.lc.item, i)))
            shape(v, f"{path}/{i}", out)
    return out


def outcome(text: str, comments: bool):
    """What build gets from the text: the data's shape and the validated report, or the error."""
    try:
        data, _ = yamlio.load("t.yaml", text=text, comments=comments)
    except InputError as exc:
        return ("yaml", str(exc), exc.line, exc.column, exc.hint)
    try:
        report = repr(build_report(data, "t.yaml", text))
    except InputError as exc:
        report = ("schema", str(exc), exc.line, exc.column, exc.hint)
    return ("ok", shape(data), report)


@pytest.mark.parametrize("kind", KINDS)
def test_the_examples_are_read_by_libyaml_with_the_same_data(kind):
    text = EXAMPLES[kind]
    assert yamlio._fast_load(text) is not None, "the example must take the fast path"
    assert outcome(text, False) == outcome(text, True)


def test_the_starter_gives_the_same_data():
    text = api.new("滨江区", 2026, kind="annual")
    assert outcome(text, False) == outcome(text, True)


MISTAKES = [
    "year: 2025\n\tdistrict: x\n", "year: 2025\nyear: 2026\n", "year: 2025\n  district: x\n", "year：2025\n",
    "district:滨江区\n", "-2027年要做好工作\n", "title: '未闭合\n", "title: [a, b\n", "title: {a: b\n",
    "date: 2026-02-30\n", "x: !!python/object:os.system a\n", "x: !foo a\n", "a: &x 1\nb: *x\n", "a: *y\n",
    "a: {b: 1}\nc:\n  <<: {b: 2}\n  d: 3\n", "a: 1\r\nb: 2\r\n", "\ufeffa: 1\n", "a: 1\n---\nb: 2\n",
    "a: yes\nb: no\nc: on\n", "a: 1_000\nb: 0o12\nc: 012\nd: 0x1f\ne: .inf\nf: ~\ng: 1.50\nh: 1e3\n",
    "法律援助：\n  - 100\n", "中文键: 值\n  错: 缩进\n", "a: |\n  多行\n  文字\n b: 1\n", "a: >\n  折叠\n  文字\n",
    "%YAML 1.1\n---\na: yes\n", "a: b: c\n", "- a\nb: 1\n", "a:\n- 1\n - 2\n", "a: 'x'y'\n", 'a: "x\\qy"\n',
    "a: @x\n", "a: `x\n", "", "# only a comment\n", "a\n", "[1, 2]\n", "a: 1\n  # c\n b: 2\n", "? a\n: b\n",
    "a: !!str 2025\n", "a: 2025-01-05\n", "a: x\t# tab\n", "a:\n\t- 1\n", "a: 1\n...\nb: 2\n",
    "a:\nb: 1\n", "x:\n  a:  # c\ny: 1\n", "x:\n  - a:\n  - b\n", "a: {b: }\n", "title:\nyear: 2026\n",
    # columns after characters beyond the BMP (one code point each, in both readers)
    "title: 😀𠀀文字\nyear: 二〇二五\n", "a: [😀, 𠀀]\nb: {c: 😀}\n", "😀: 1\n𠀀x: [1, 2]\nyear: 二\n",
]


@pytest.mark.parametrize("text", MISTAKES, ids=range(len(MISTAKES)))
def test_mistakes_and_odd_files_give_the_same_answer(text):
    assert outcome(text, False) == outcome(text, True)


def _mutants(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    marks = ["\t", ":", "：", " ", "-", "'", '"', "[", "]", "{", "}", "\n", "#", "&", "*", "!", "|", ">",
             "  ", "%", "@", "?", ",", "\u3000"]
    base = list(EXAMPLES.values())
    out = []
    for _ in range(n):
        t = rng.choice(base)
        for _k in range(rng.randint(1, 3)):
            i = rng.randrange(len(t))
            op = rng.random()
            if op < 0.4:
                t = t[:i] + rng.choice(marks) + t[i:]
            elif op < 0.7:
                t = t[:i] + t[i + rng.randint(1, 3):]
            else:
                lines = t.split("\n")
                lines.insert(rng.randrange(len(lines)), lines[rng.randrange(len(lines))])
                t = "\n".join(lines)
        out.append(t)
    return out


def test_mutated_examples_give_the_same_answer():
    mutants = _mutants(120)
    answers = [(outcome(t, False), outcome(t, True)) for t in mutants]
    assert {a[0] for a, _b in answers} == {"ok", "yaml"}   # both kinds of file are in the sample
    assert sum(yamlio._fast_load(t) is not None for t in mutants) >= 10   # and the fast path is taken
    for t, (fast, pure) in zip(mutants, answers):
        assert fast == pure, t


# (short ids: pytest puts the test's id in the environment, PYTEST_CURRENT_TEST, and a 600k-character
# id would make every subprocess fail to start with E2BIG)
@pytest.mark.parametrize("text", ["a: " + "[" * 300_000 + "]" * 300_000, "- " * 300_000 + "x\n"],
                         ids=["flow-300k", "block-300k"])
def test_deep_nesting_is_refused_not_a_crash(text):
    # libyaml's composer recurses in C: such a file must go the pure way (a fresh process, so that a
    # crash would show as a signal, not take pytest down)
    probe = ("import sys\nfrom drafter.report import yamlio\nfrom drafter.core.errors import InputError\n"
             "try:\n    yamlio.load('t.yaml', text=sys.stdin.read(), comments=False)\n"
             "except InputError as e:\n    print(e)\n")
    run = subprocess.run([sys.executable, "-c", probe], input=text, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-500:]
    assert "嵌套过深" in run.stdout
