"""extract checks its YAML by building the tree it wrote in memory instead of parsing the text
again: that is only sound if loading the text gives back exactly that tree. Checked on the real
seeds and corpus reports (numbers, dates, quotes, long lines, comments)."""

from __future__ import annotations

import json

import pytest

import drafter.extract as extract_mod
from conftest import CORPUS, SEEDS
from drafter import api
from drafter.report import yamlio

REPORTS = sorted(SEEDS.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))[:12]


def _plain(node) -> str:
    return json.dumps(node, ensure_ascii=False, sort_keys=True, default=lambda v: f"{type(v).__name__}:{v}")


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_loading_the_extracted_text_gives_the_tree_it_was_checked_on(path, monkeypatch):
    checked = []   # (tree, text) pairs the self-check built
    real = extract_mod._render
    monkeypatch.setattr(extract_mod, "_render", lambda tree, text, out: checked.append((tree, text)) or real(tree, text, out))
    got = api.extract(path.read_bytes(), path.name)
    assert checked and checked[-1][1] == got.yaml_text, "extract checked no tree of the text it wrote"
    loaded, _text = yamlio.load("x.yaml", text=got.yaml_text)
    assert _plain(loaded) == _plain(checked[-1][0])
    # and the text builds to the report the self-check measured
    assert api.build(got.yaml_text, path.with_suffix(".yaml").name, "txt").text.strip()
