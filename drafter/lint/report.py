"""Lint output: text for people (file:line:col, the line with a ^^^ marker, colours on a terminal),
the pinned JSON, and SARIF 2.1.0 for code-review tools."""

from __future__ import annotations

import json
import os
import unicodedata
from itertools import groupby

from drafter.lint.finding import Finding

SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
SEVERITY_COLOR = {"error": "red", "warning": "yellow", "info": "cyan"}
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
EXCERPT = 24  # characters of context either side of a span


def cell_width(s: str) -> int:
    """Terminal columns: wide and full-width characters take two."""
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def summary(findings: list[Finding]) -> str:
    n = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ZH}
    if not findings:
        return "未发现问题"
    return f"共 {len(findings)} 处：错误 {n['error']}，警告 {n['warning']}，提示 {n['info']}"


def use_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _style(text: str, color: bool, **kw) -> str:
    if not color:
        return text
    import click
    return click.style(text, **kw)


def format_text(path: str, findings: list[Finding], lines: list[str], color: bool = False) -> list[str]:
    """Human output. Findings of one rule on one line are grouped: one excerpt, a marker under
    each occurrence."""
    out: list[str] = []
    key = lambda f: (f.line, f.rule)  # noqa: E731
    ordered = sorted(findings, key=lambda f: (f.line, f.column, f.rule))
    groups: dict[tuple, list[Finding]] = {}
    order: list[tuple] = []
    for f in ordered:
        k = key(f)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(f)
    for k in order:
        group = groups[k]
        f = group[0]
        sev = _style(SEVERITY_ZH.get(f.severity, f.severity), color, fg=SEVERITY_COLOR.get(f.severity), bold=True)
        rule = _style(f.rule, color, bold=True)
        more = f"（本行共 {len(group)} 处）" if len(group) > 1 else ""
        out.append(f"{path}:{f.line}:{f.column}: {sev} {rule} {f.message}{more}")
        shown = {f.message}
        for g in group[1:]:  # every distinct message of the group is shown (老百姓 → 群众, 搞好 → …)
            if g.message not in shown:
                shown.add(g.message)
                out.append(f"{path}:{g.line}:{g.column}: {sev} {rule} {g.message}")
        line = lines[f.line - 1] if 1 <= f.line <= len(lines) else ""
        if line:
            out.extend(_excerpt(line, group, color))
    return out


def _excerpt(line: str, group: list[Finding], color: bool) -> list[str]:
    """The line around the findings' spans, a marker under each; a span longer than the excerpt
    (a whole paragraph copied from last year's report) is shown by its start only."""
    first = group[0].column - 1
    last_end = max(f.column - 1 + min(max(f.length, 1), 2 * EXCERPT) for f in group)
    if last_end - first > 3 * EXCERPT:
        last_end = first + min(max(group[0].length, 1), 2 * EXCERPT)
        group = [f for f in group if f.column - 1 + min(max(f.length, 1), 2 * EXCERPT) <= last_end] or group[:1]
    lo = max(0, first - EXCERPT)
    hi = min(len(line), last_end + (EXCERPT if last_end - first < 2 * EXCERPT else 0))
    seg = line[lo:hi].replace("\t", " ")
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line) else ""
    marks = [" "] * (hi - lo)
    for f in group:
        for j in range(f.column - 1, f.column - 1 + min(max(f.length, 1), 2 * EXCERPT)):
            if lo <= j < hi:
                marks[j - lo] = "^"
    under = []
    for ch, mk in zip(seg, marks):
        under.append(mk * max(cell_width(ch), 1))
    marker = (" " * cell_width(prefix)) + "".join(under).rstrip()
    return ["    " + prefix + seg + suffix, "    " + _style(marker, color, fg="green", bold=True)]


def to_json(results: list[tuple[str, list[Finding]]]) -> dict:
    """The pinned `drafter lint --format json` object (SPEC §3)."""
    return {"version": 1, "files": [{"path": p, "findings": [f.to_json() for f in fs]} for p, fs in results]}


class JsonStream:
    """The pinned JSON object written file by file (each file's entry as soon as it is linted, so
    nothing is kept): the same text as `dumps(to_json(results))`."""

    def __init__(self, write):
        self.write = write
        self.count = 0

    def add(self, path: str, findings: list[Finding]) -> None:
        entry = dumps({"path": path, "findings": [f.to_json() for f in findings]})
        head = '{\n  "version": 1,\n  "files": [\n' if self.count == 0 else ",\n"
        self.write(head + "\n".join("    " + ln for ln in entry.split("\n")))
        self.count += 1

    def close(self) -> None:
        """Write the end (a trailing newline included, as click.echo would)."""
        self.write('{\n  "version": 1,\n  "files": []\n}\n' if self.count == 0 else "\n  ]\n}\n")


def to_sarif(results: list[tuple[str, list[Finding]]], rules: dict, version: str) -> dict:
    used = sorted({f.rule for _p, fs in results for f in fs})
    rule_ids = list(rules) + [r for r in used if r not in rules]
    index = {rid: i for i, rid in enumerate(rule_ids)}
    driver_rules = []
    for rid in rule_ids:
        r = rules.get(rid)
        if r is None:
            driver_rules.append({"id": rid, "name": rid, "shortDescription": {"text": rid}})
            continue
        driver_rules.append({
            "id": rid, "name": r.name,
            "shortDescription": {"text": r.format() if "{" not in r.message else r.message},
            "fullDescription": {"text": f"{r.category_name}：{r.message}（依据：{r.source}）"},
            "defaultConfiguration": {"level": SARIF_LEVEL.get(r.severity, "warning")},
            "properties": {"category": r.category_name, "source": r.source, "fixSafe": r.fix_safe},
        })
    res = []
    for path, fs in results:
        uri = path.replace(os.sep, "/")
        for f in fs:
            region = {"startLine": f.line, "startColumn": f.column, "endColumn": f.column + max(f.length, 0)}
            item = {"ruleId": f.rule, "ruleIndex": index[f.rule], "level": SARIF_LEVEL.get(f.severity, "warning"),
                    "message": {"text": f.message},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
                    "properties": {"severity": f.severity, "source": f.source}}
            if f.fix is not None:
                item["fixes"] = [{"description": {"text": "自动修复"}, "artifactChanges": [{
                    "artifactLocation": {"uri": uri},
                    "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.fix}}]}]}]
            res.append(item)
    return {
        "version": "2.1.0", "$schema": SARIF_SCHEMA,
        "runs": [{
            "tool": {"driver": {"name": "drafter", "version": version, "informationUri": "https://example.invalid/drafter",
                                "rules": driver_rules}},
            "columnKind": "unicodeCodePoints",
            "results": res,
        }],
    }


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


__all__ = ["format_text", "summary", "to_json", "JsonStream", "to_sarif", "dumps", "cell_width", "use_color", "groupby"]
