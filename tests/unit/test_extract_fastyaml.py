"""extract's direct YAML writer (drafter.extract.fastyaml) writes exactly what the ruamel path
(emit.tree + emit.text_of) writes, or declines: checked on the real seeds and corpus reports, the
extraction (YAML text, build's text of it, the figures) being the same either way."""

from __future__ import annotations

import pytest

import drafter.extract as extract_mod
from conftest import CORPUS, SEEDS
from drafter import api
from drafter.extract import emit, fastyaml

REPORTS = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def _both(path, monkeypatch):
    fast = api.extract(path.read_bytes(), path.name)
    with monkeypatch.context() as m:
        m.setattr(fastyaml, "text", lambda top, header: None)   # the ruamel path only
        slow = api.extract(path.read_bytes(), path.name)
    return fast, slow


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_the_direct_writer_gives_the_ruamel_text(path, monkeypatch):
    fast, slow = _both(path, monkeypatch)
    assert fast.yaml_text == slow.yaml_text
    assert fast.rendered == slow.rendered
    assert fast.body_ratio == slow.body_ratio


def test_most_real_reports_take_the_direct_writer(monkeypatch):
    tops = []
    real = extract_mod._write_and_check
    monkeypatch.setattr(extract_mod, "_write_and_check", lambda top, h, o: tops.append((top, h)) or real(top, h, o))
    for path in REPORTS:
        api.extract(path.read_bytes(), path.name)
    direct = [fastyaml.text(top, h) is not None for top, h in tops]
    assert sum(direct) >= 0.8 * len(direct)
    for (top, h), ok in zip(tops, direct):
        if ok:
            assert fastyaml.text(top, h) == emit.text_of(emit.tree(top), h)


@pytest.mark.parametrize("value, written", [
    ("", "''"), ("%", "'%'"), ("2.5", "'2.5'"), ("2023-01-20", "'2023-01-20'"), ("run-in", "run-in"),
    ("滨江区", "滨江区"), ("2025年是关键的一年", "2025年是关键的一年"), (45, "45"), (171.7, "171.7"),
    (False, "false"), ("“法治”建设", "“法治”建设"),
])
def test_scalars_are_written_as_ruamel_writes_them(value, written):
    assert fastyaml.scalar(value) == written
    assert emit.text_of(emit.tree([("k", value, "", "")]), "h") == f"# h\n\nk: {written}\n"


@pytest.mark.parametrize("value", ["true", "no", "a: b", "x #y", "1e5", "0x1F", "a/b", " 前导空格", "-开头",
                                   "多行\n文字", "year：2025", "tab\t", 1e20])
def test_what_it_cannot_prove_it_declines(value):
    assert fastyaml.text([("k", value, "", "")], "h") is None
