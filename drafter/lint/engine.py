"""Run the rules over a parsed `Document` and turn their hits into `Finding`s.

Text rules scan the whole document text at once ("\\n".join(doc.lines)) with precompiled regular
expressions — one pass per rule family — and report offsets; the engine turns an offset into the
source line and column (for .docx input the line is the paragraph number), drops hits on lines that
are not report text (page chrome, blank lines) and inside protected spans, and applies the config
(disabled rules, changed severities)."""

from __future__ import annotations

import bisect
import importlib
import re
from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Document
from drafter.lint.config import Config
from drafter.lint.finding import Finding
from drafter.lint.rules import CATEGORY_MODULES, catalogue

# Block kinds whose text is report text (checked by the text rules).
TEXT_KINDS = frozenset({D.TITLE, D.SUBTITLE, D.BYLINE, D.SALUTATION, D.HEADING, D.PARAGRAPH, D.SIGNATURE,
                        D.DATE, D.COVER, D.IMPRINT, D.ATTACHMENT})
BODY_KINDS = frozenset({D.HEADING, D.PARAGRAPH, D.TITLE, D.SUBTITLE, D.SALUTATION, D.COVER})


@dataclass
class Hit:
    """What a rule reports: a span of the document text (start offset, length) or, for document
    rules, an explicit line/column."""
    rule: str
    start: int = -1
    length: int = 1
    fix: str | None = None
    args: dict = field(default_factory=dict)
    line: int | None = None     # explicit position (structure and document rules)
    column: int | None = None
    kinds: frozenset | None = None  # the block kinds this hit may sit on (default TEXT_KINDS)


class Context:
    """Everything a rule may look at."""

    def __init__(self, doc: Document, config: Config, previous: Document | None = None):
        self.doc = doc
        self.config = config
        self.previous = previous
        self.lines = doc.lines
        self.text = "\n".join(doc.lines)
        starts = [0]
        for ln in doc.lines:
            starts.append(starts[-1] + len(ln) + 1)
        self.starts = starts
        kinds = [D.BLANK] * len(doc.lines)
        self.block_at: list = [None] * len(doc.lines)
        for b in doc.blocks:
            if 1 <= b.line <= len(kinds):
                kinds[b.line - 1] = b.kind
                self.block_at[b.line - 1] = b
        self.kinds = kinds
        self._year: int | None | bool = False
        self._folded: str | None = None
        self.exact_spans: list[tuple[int, int]] | None = None  # canonical formulations (set by F rules)

    @property
    def folded(self) -> str:
        """The text with ASCII , ; : ( ) ! ? as full-width marks (same length, same offsets)."""
        if self._folded is None:
            from drafter.text.punct import fold
            self._folded = fold(self.text)
        return self._folded

    def line_of(self, offset: int) -> int:
        """0-based line index of a text offset."""
        return bisect.bisect_right(self.starts, offset) - 1

    def line_text(self, index: int) -> str:
        return self.lines[index]

    def text_lines(self, kinds=TEXT_KINDS):
        """(0-based index, line) of the lines whose block kind is in `kinds`."""
        for i, ln in enumerate(self.lines):
            if self.kinds[i] in kinds:
                yield i, ln

    @property
    def year(self) -> int | None:
        """The year the report covers (None when unknown)."""
        if self._year is False:
            self._year = report_year(self.doc)
        return self._year  # type: ignore[return-value]


_YEAR = re.compile(r"((?:19|20)\d{2})年")


def report_year(doc: Document) -> int | None:
    """The year a report covers: the year in its title (a 政府工作报告 titled 2026 reviews 2025);
    else the year of its date (a report dated early in a year covers the year before)."""
    title = doc.title
    m = _YEAR.search(title)
    if m:
        y = int(m.group(1))
        return y - 1 if "政府工作报告" in title else y
    date = doc.date
    m = re.match(r"((?:19|20)\d{2})年(\d{1,2})月", date)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return y - 1 if mo <= 6 else y
    return None


_MODULES: dict[str, object] = {}


def _module(letter: str):
    mod = _MODULES.get(letter)
    if mod is None:
        mod = importlib.import_module(f"drafter.lint.{CATEGORY_MODULES[letter]}")
        _MODULES[letter] = mod
    return mod


def protected_spans(ctx: Context) -> list[tuple[int, int]]:
    """Spans no non-formulation rule may report inside: exact canonical formulations and the
    bureau's own protected terms."""
    from drafter.lint.formulations import exact_spans
    spans = list(ctx.exact_spans if ctx.exact_spans is not None else exact_spans(ctx.text))
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


def run_rules(ctx: Context) -> list[Finding]:
    """All enabled rules over one document, sorted by position."""
    cat = catalogue()
    cfg = ctx.config
    letters = [c for c in CATEGORY_MODULES if c != "V" or ctx.previous is not None]
    hits: list[Hit] = []
    for letter in letters:
        if all(not cfg.enabled(rid) for rid in cat if rid[0] == letter) and letter != "F":
            continue
        hits.extend(_module(letter).check(ctx))
    spans = protected_spans(ctx)
    span_starts = [s for s, _e in spans]
    out: list[Finding] = []
    seen: set[tuple] = set()
    for h in hits:
        rule = cat.get(h.rule)
        if rule is None or not cfg.enabled(h.rule):
            continue
        if h.line is not None:
            line, col = h.line, h.column or 1
            if not (1 <= line <= len(ctx.lines)):
                line = max(1, min(line, len(ctx.lines)))
        else:
            idx = ctx.line_of(h.start)
            if idx < 0 or idx >= len(ctx.lines):
                continue
            if ctx.kinds[idx] not in (h.kinds or TEXT_KINDS):
                continue
            if h.rule[0] != "F" and spans and _inside(spans, span_starts, h.start, h.start + h.length):
                continue
            line, col = idx + 1, h.start - ctx.starts[idx] + 1
        key = (h.rule, line, col)
        if key in seen:
            continue
        seen.add(key)
        message = rule.format(**h.args) if h.args else rule.format()
        out.append(Finding(rule=h.rule, severity=cfg.severity(h.rule, rule.severity), line=line, column=col,
                           length=max(h.length, 0), message=message, source=rule.source,
                           fix=h.fix if rule.fix_safe else None))
    out.sort(key=lambda f: (f.line, f.column, f.rule))
    return out


def lint_document(doc: Document, config: Config | None = None, previous: Document | None = None) -> list[Finding]:
    return run_rules(Context(doc, config or Config(), previous))


def lint_text(text: str, config: Config | None = None, previous_text: str | None = None) -> list[Finding]:
    """Lint a text given as a string (tests, --fix re-checks)."""
    from drafter.core.outline import parse_text
    doc = parse_text(text)
    prev = parse_text(previous_text) if previous_text else None
    return lint_document(doc, config, prev)


def positions(text: str, chars: str) -> list[int]:
    """Offsets of each of the given (rare) characters, sorted: str.find is much faster on long
    Chinese text than a regex scan."""
    out: list[int] = []
    for c in chars:
        i = text.find(c)
        while i >= 0:
            out.append(i)
            i = text.find(c, i + 1)
    out.sort()
    return out
