"""build's preflight imports only the rule modules of the rules it runs (drafter.lint.engine,
`lazy=True`): the same error findings as the full load, the same run order afterwards, and the
modules of rules it does not run stay unimported. Each case runs in a fresh interpreter, since a
process that has loaded every rule module never takes the lazy path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

# a built text with errors of several families: unpaired quote and bracket (P), an impossible
# date (N), a sum that does not add up (T)
_PROBE = textwrap.dedent("""
    import json, sys
    from drafter.core.outline import parse_text
    from drafter.lint import engine
    from drafter.lint.config import Config
    text = ("关于2026年工作总结\\n一、主要工作\\n全年组织学法12次，抓住“关键少数，（见附件。\\n"
            "截至2026年13月32日，共受理案件3件、调解4件，合计8件。\\n")
    doc = parse_text(text)
    cfg = engine.errors_only(Config())
    lazy = [f.__dict__ for f in engine.lint_document(doc, cfg, lazy=True)]
    loaded = sorted(m for m in sys.modules if m.startswith("drafter.lint."))
    full = [f.__dict__ for f in engine.lint_document(doc, cfg)]
    order = list(engine.checks())
    print(json.dumps({"lazy": lazy, "full": full, "loaded": loaded, "order": order}, ensure_ascii=False))
""")


def _probe(cache: str) -> dict:
    env = {**os.environ, "DRAFTER_CACHE_DIR": cache}
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    cache = str(tmp_path_factory.mktemp("cache"))
    first = _probe(cache)    # the owner table is built (a full load) and stored
    second = _probe(cache)   # the owner table comes from the disk cache: the lazy path
    off = _probe("off")      # no cache: a full load
    return first, second, off


def test_the_lazy_preflight_finds_the_same_errors(runs):
    first, second, off = runs
    assert second["lazy"], "the probe text must produce error findings"
    assert {f["rule"][0] for f in second["lazy"]} >= {"P", "N"}
    for run in (first, second, off):
        assert run["lazy"] == run["full"]
    assert second["lazy"] == off["lazy"]


def test_the_lazy_preflight_leaves_other_rule_modules_unimported(runs):
    _first, second, off = runs
    assert "drafter.lint.repetition" not in second["loaded"]     # no error rule lives there
    assert "drafter.lint.punctuation" in second["loaded"]        # P003-P005 do
    assert "drafter.lint.repetition" in off["loaded"]            # without the owner table: everything


def test_the_run_order_is_the_same_after_a_lazy_load(runs):
    first, second, off = runs
    assert second["order"] == off["order"] == first["order"]
