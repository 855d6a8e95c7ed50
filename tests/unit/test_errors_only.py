"""Build's preflight lints with `errors_only(config)`: only the rules that can report an error
run, and the errors found are exactly those of a full lint, also when the config raises a
warning rule to an error or lowers an error rule."""

from __future__ import annotations

import pytest

from drafter.lint.config import Config
from drafter.lint.engine import errors_only, lint_text
from drafter.lint.rules import all_rules

TEXT = "\n".join(r.bad for r in all_rules().values() if r.bad and r.category != "X")


def _errors(findings):
    return [(f.rule, f.line, f.column, f.length, f.message, f.fix) for f in findings if f.severity == "error"]


@pytest.mark.parametrize("severities", [{}, {"S004": "error", "P003": "warning", "N004": "error"}])
def test_errors_only_finds_the_same_errors(severities):
    cfg = Config(severities=dict(severities), forbidden={"老百姓": "群众"})
    full = _errors(lint_text(TEXT, cfg))
    quick_cfg = errors_only(cfg)
    quick = lint_text(TEXT, quick_cfg)
    assert full and _errors(quick) == full
    # a rule left on may still say a warning in its other variants (N004 warns of mixed numerals
    # and errs on a letter O in a year): only rules with some error variant report anything
    with_error_variant = {rid for rid, r in all_rules().items()
                          if any(k.startswith("severity_") and v == "error" for k, v in r.variants.items())}
    assert {f.rule for f in quick if f.severity != "error"} <= with_error_variant | set(severities)
    assert len(quick_cfg.disabled) > 20
    if severities:
        assert "S004" not in quick_cfg.disabled and "P003" in quick_cfg.disabled
    assert cfg.disabled == set()         # the caller's config is not changed


@pytest.mark.parametrize("kind", ["annual", "half-year", "rule-of-law", "summary-plan", "highlights"])
def test_build_preflight_on_the_structure_finds_what_linting_the_text_finds(kind):
    # the preflight lints the Document the writer got instead of parsing the built text again:
    # the same errors at the same places, on every kind's example with mistakes typed into it
    from drafter import api
    yaml_text = api.new("滨江区", 2025, kind, example=True)
    yaml_text = yaml_text.replace("习近平法治思想", "习近平法制思想", 1).replace("。", "，截止目前已评估XX件。", 1)
    built = api.build(yaml_text, "例.yaml", "txt")
    from_text = [f for f in lint_text(built.text, errors_only(Config()))
                 if f.severity == "error" and "待补" not in f.message]
    got = built.preflight()
    assert got and [(f.rule, f.line, f.column) for f in got] == [(f.rule, f.line, f.column) for f in from_text]
