"""Run the registered rules over a parsed `Document` and turn their hits into `Finding`s.

Only the enabled rules run (a disabled family costs nothing: its patterns are never compiled).
Text rules scan the whole document text at once ("\\n".join(doc.lines)) and report offsets; the
engine turns an offset into the source line and column (for .docx input the line is the paragraph
number), drops hits on lines that are not report text (page chrome, blank lines) and inside
protected spans, and applies the config (disabled rules, changed severities). The .docx format
rules (X) run on the python-docx document when one is given.

DRAFTER_PROFILE=1 in the environment prints, at exit, the time each text rule took (on stderr;
a family's shared pass is charged to the first of its rules that runs): for bench/ and profiling,
never part of the output."""

from __future__ import annotations

import bisect
import functools
import importlib
import os
import sys
import threading
import time

from drafter.core.document import Document
from drafter.lint.config import Config
from drafter.lint.context import TEXT_KINDS, Context, Hit
from drafter.lint.finding import Finding
from drafter.lint.registry import DOCX, Check, registered
from drafter.lint.rules import RULE_MODULES, Rule, all_rules


_REGISTERING = threading.Lock()


def checks() -> dict[str, Check]:
    """Every check by id, in run order: the rule modules' (in RULE_MODULES order), then the
    catalogue's data-declared ones. Each catalogue rule has exactly one check. Thread-safe: the
    first call registers under a lock (the workbench lints in several threads at once)."""
    with _REGISTERING:
        return _checks()


@functools.cache
def _checks() -> dict[str, Check]:
    for name in RULE_MODULES:
        importlib.import_module(f"drafter.lint.{name}")
    _register_declared()
    cat = all_rules()
    reg = registered()
    missing = [rid for rid in cat if rid not in reg]
    unknown = [rid for rid in reg if rid not in cat]
    if missing or unknown:
        raise RuntimeError(f"rule catalogue and registry differ: no check for {missing}, not catalogued {unknown}")
    order = _canonical_order(reg)
    return {rid: reg[rid] for rid in order} if order is not None else dict(reg)


def _register_declared() -> None:
    """The catalogue's data-declared checks, each registered once (a lazy load may have done it)."""
    from drafter.lint.wordlists import register_declared
    reg = registered()
    register_declared({rid: {"check": r.check, "data": r.data, "section": r.section or None}
                       for rid, r in all_rules().items() if r.check and rid not in reg})


_DECLARED = "drafter.lint.wordlists"   # the module whose functions run the data-declared checks


def _owner(check: Check) -> str | None:
    """The RULE_MODULES member that registers `check` ("" for a data-declared one), or None."""
    mod = getattr(check.run, "__module__", "") or ""
    if mod == _DECLARED:
        return ""
    name = mod.rpartition(".")[2]
    return name if mod == f"drafter.lint.{name}" and name in RULE_MODULES else None


def _canonical_order(reg: dict[str, Check]) -> list[str] | None:
    """The run order of a full load (RULE_MODULES order, then the declared checks) whatever order
    the modules were imported in; None when a check's owner is unknown."""
    owner = {rid: _owner(c) for rid, c in reg.items()}
    if None in owner.values():
        return None
    rank = {name: i for i, name in enumerate(RULE_MODULES)}
    return sorted(reg, key=lambda rid: rank.get(owner[rid], len(rank)))   # stable: registration order within


def owners() -> list[list] | None:
    """[rule id, owner module ("" = data-declared), target, needs_previous] of every check, in run
    order, without importing any rule module when the disk cache (drafter.core.datacache) holds
    it: keyed by the sources of the rule modules, the registry, the declared checks and the
    catalogue. None when a check's owner cannot be told (then only the full load is safe)."""
    from pathlib import Path

    from drafter.core.datacache import files_table
    from drafter.core.resources import DATA_DIR
    here = Path(__file__).resolve().parent
    paths = [here / f"{name}.py" for name in RULE_MODULES]
    paths += [here / "registry.py", here / "wordlists.py", here / "rules.py", DATA_DIR / "rules.toml"]

    def build() -> list[list] | None:
        out = [[rid, _owner(c), c.target, c.needs_previous] for rid, c in checks().items()]
        return None if any(own is None for _r, own, _t, _p in out) else out

    try:
        return files_table("lint.owners", paths, build, code_of=__file__)
    except OSError:   # a source file missing: no safe key
        return build()


def _load_only(ids: list[str], table: list[list]) -> dict[str, Check] | None:
    """The checks of `ids`, importing only the rule modules that register them (and the
    catalogue's declared checks when one of them is wanted); None when one is still missing."""
    want = set(ids)
    wanted = {own for rid, own, _t, _p in table if rid in want}
    with _REGISTERING:
        for name in RULE_MODULES:
            if name in wanted:
                importlib.import_module(f"drafter.lint.{name}")
        if "" in wanted:
            _register_declared()
    reg = registered()
    return {rid: reg[rid] for rid in ids} if all(rid in reg for rid in ids) else None


def enabled_checks(config: Config, target: str, previous: bool = False, lazy: bool = False) -> list[Check]:
    """The checks that run, in run order. `lazy`: import only the rule modules that register
    them (see `owners`): the same checks in the same order, for a few enabled rules (build's
    preflight) at a fraction of the start-up."""
    if lazy and _checks.cache_info().currsize == 0:
        table = owners()
        if table is not None:
            ids = [rid for rid, _o, tgt, prev in table
                   if tgt == target and config.enabled(rid) and (previous or not prev)]
            found = _load_only(ids, table)
            if found is not None:
                return list(found.values())
    return [c for c in checks().values()
            if c.target == target and config.enabled(c.id) and (previous or not c.needs_previous)]


def errors_only(config: Config) -> Config:
    """A copy of `config` with every text rule disabled that cannot report an error (neither its
    severity, nor a variant's, nor the config's override for it is "error"): the same error
    findings for a fraction of the work (build's preflight lists only errors)."""
    import dataclasses

    def can_err(rule: Rule) -> bool:
        if rule.id in config.severities:
            return config.severities[rule.id] == "error"
        return rule.severity == "error" or any(
            k.startswith("severity_") and v == "error" for k, v in rule.variants.items())

    quiet = {rid for rid, r in all_rules().items() if r.category != "X" and not can_err(r)}
    return dataclasses.replace(config, disabled=set(config.disabled) | quiet)


def protected_spans(ctx: Context) -> list[tuple[int, int]]:
    """Spans no non-formulation rule may report inside: exact canonical formulations and the
    bureau's own protected terms."""
    from drafter.lint.formulations import exact_spans
    spans = list(exact_spans(ctx))
    for term in ctx.config.protected:
        if not term:
            continue
        i = ctx.text.find(term)
        while i >= 0:
            spans.append((i, i + len(term)))
            i = ctx.text.find(term, i + 1)
    spans.sort()
    return spans


def _inside(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_right(starts, a) - 1
    return k >= 0 and spans[k][0] <= a and b <= spans[k][1]


def finding(rule: Rule, h: Hit, config: Config, line: int, col: int) -> Finding:
    message = rule.format(h.variant, **h.args)
    return Finding(rule=rule.id, severity=config.severity(rule.id, rule.severity_of(h.variant)), line=line,
                   column=col, length=max(h.length, 0), message=message, source=rule.source,
                   fix=h.fix if rule.fix_safe else None)


_PROFILE = bool(os.environ.get("DRAFTER_PROFILE"))
_SPENT: dict[str, float] = {}


def _timed(check: Check, ctx: Context) -> list:
    """`check.run(ctx)` with its time added to the DRAFTER_PROFILE table (a shared family pass is
    charged to the first rule that asks for it)."""
    t0 = time.perf_counter()
    hits = list(check.run(ctx) or ())
    _SPENT[check.id] = _SPENT.get(check.id, 0.0) + time.perf_counter() - t0
    return hits


def _report_profile() -> None:
    total = sum(_SPENT.values())
    print(f"DRAFTER_PROFILE: text rules {total * 1000:.0f} ms", file=sys.stderr)
    for rid, t in sorted(_SPENT.items(), key=lambda kv: -kv[1])[:40]:
        print(f"  {rid}  {t * 1000:7.1f} ms", file=sys.stderr)


if _PROFILE:
    import atexit
    atexit.register(_report_profile)


def run_rules(ctx: Context, lazy: bool = False) -> list[Finding]:
    """All enabled text rules over one document, sorted by position (`lazy`: see `enabled_checks`)."""
    cat = all_rules()
    cfg = ctx.config
    spans: list | None = None
    span_starts: list[int] = []
    out: list[Finding] = []
    seen: set[tuple] = set()
    n_lines = len(ctx.lines)
    for check in enabled_checks(cfg, "text", ctx.previous is not None, lazy):
        rule = cat[check.id]
        formulation = check.id[0] == "F"
        for h in (_timed(check, ctx) if _PROFILE else check.run(ctx)) or ():
            if h.rule != check.id:
                raise RuntimeError(f"rule {check.id} reported a hit of {h.rule}")
            if h.line is not None:
                line, col = h.line, h.column or 1
                if not (1 <= line <= n_lines):
                    line = max(1, min(line, n_lines))
            else:
                idx = ctx.line_of(h.start)
                if idx < 0 or idx >= n_lines:
                    continue
                if ctx.kinds[idx] not in (h.kinds or TEXT_KINDS):
                    continue
                if not formulation:
                    if spans is None:
                        spans = protected_spans(ctx)
                        span_starts = [s for s, _e in spans]
                    if spans and _inside(spans, span_starts, h.start, h.start + h.length):
                        continue
                line, col = idx + 1, h.start - ctx.starts[idx] + 1
            key = (h.rule, line, col)
            if key in seen:
                continue
            seen.add(key)
            out.append(finding(rule, h, cfg, line, col))
    out.sort(key=lambda f: (f.line, f.column, f.rule))
    return out


def run_docx_rules(docx_doc, outline: Document, config: Config, path: str = "<docx>") -> list[Finding]:
    """The enabled .docx format rules (X) over an opened python-docx document and its parsed
    outline, sorted by (line, rule)."""
    wanted = enabled_checks(config, DOCX)
    if not wanted:
        return []
    from drafter.lint.docx_format import DocxContext
    dctx = DocxContext(docx_doc, outline, path)
    cat = all_rules()
    out = []
    for check in wanted:
        for h in check.run(dctx) or ():
            out.append(finding(cat[check.id], h, config, h.line or 1, h.column or 1))
    out.sort(key=lambda f: (f.line, f.rule))
    return out


def lint_document(doc: Document, config: Config | None = None, previous: Document | None = None,
                  lazy: bool = False) -> list[Finding]:
    """The text findings of a document; a finding on a block that says where it stands in a Word
    file (a table cell, a footnote, a text box) carries that `where`. `lazy`: see `enabled_checks`."""
    ctx = Context(doc, config or Config(), previous)
    findings = run_rules(ctx, lazy)
    for f in findings:
        b = ctx.block_at[f.line - 1] if 0 < f.line <= len(ctx.block_at) else None
        if b is not None and b.where:
            f.where = b.where
    return findings


def lint_text(text: str, config: Config | None = None, previous_text: str | None = None) -> list[Finding]:
    """Lint a text given as a string (tests, --fix re-checks)."""
    from drafter.core.outline import parse_text
    doc = parse_text(text)
    prev = parse_text(previous_text) if previous_text else None
    return lint_document(doc, config, prev)
