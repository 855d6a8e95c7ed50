"""One document -> what the miners need from it (runs in a worker process).

The document is parsed once (drafter.core.outline) and each body block is cut into words once (jieba);
parallels, repeats, slogans, formulas and headings are collected with the role of their block, and
the clauses are handed on (with their word boundaries) for the cross-document template search."""

from __future__ import annotations

import bisect
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Document
from drafter.text.punct import fold

from drafter.mining import formulas, kinds, local, patterns, segment, structure, terms
from drafter.mining.config import settings
from drafter.mining.text import clause_spans, example_for, generalize_years


@dataclass
class Observation:
    """One phrase as seen in one document."""
    type: str
    key: str                 # aggregation key
    text: str                # as written (slogans: with quotes when quoted)
    count: int = 0
    roles: Counter = field(default_factory=Counter)
    example: str = ""
    quoted: bool = False
    level: int | None = None
    years: list[str] = field(default_factory=list)
    forms: Counter = field(default_factory=Counter)   # terms: the characters before the quote
    examples: list[str] = field(default_factory=list)


@dataclass
class DocResult:
    source: str
    kind: str
    info: dict                              # structure.document_info
    observations: list[Observation]
    clauses: list[tuple[str, str, tuple[int, ...], int]]   # (text, role, inner boundaries, count)
    chars: int = 0
    digest: str = ""                        # of the body's folded text without whitespace (one document per content)
    places: frozenset[str] = frozenset()    # the divisions the document names, with their stems (drafter.mining.local)


class _Collector:
    def __init__(self) -> None:
        self.obs: dict[tuple[str, str], Observation] = {}

    def add(self, type_: str, key: str, text: str, role: str, example: str, **extra) -> None:
        o = self.obs.get((type_, key))
        if o is None:
            o = self.obs[(type_, key)] = Observation(type_, key, text, example=example, **extra)
        o.count += 1
        o.roles[role] += 1
        if extra.get("quoted") and not o.quoted:
            o.quoted, o.text = True, text


def analyse_document(doc: Document, source: str) -> DocResult:
    cfg = settings()
    col = _Collector()
    close = formulas.closing_block(doc)
    close_line = close.line if close is not None else None
    clauses: dict[str, list] = {}
    transition = ""
    first_opening = True
    cmin, cmax = cfg["clauses"]["min_chars"], cfg["clauses"]["max_chars"]
    heading_levels = set(cfg["heading"]["levels"])
    chars = 0
    units: list[str] = []

    for b in doc.content_blocks:
        role = "closing" if b.line == close_line else (b.role or "other")
        if b.kind == D.HEADING:
            title = fold(b.title)
            text, years = generalize_years(title)
            if b.level in heading_levels and len(text) <= cfg["heading"]["max_chars"] and not cfg.is_junk(text):
                col.add("heading", text, text, role, title, level=b.level, years=years)
            unit = fold(b.text[len(b.marker):])
        else:
            unit = fold(b.text)
        if not unit:
            continue
        chars += len(unit)
        bounds = segment.boundaries(unit)
        bset = set(bounds)
        spans = clause_spans(unit)

        # formulas
        for text, s, e in formulas.transitions(unit):
            col.add("formula", text, text, "transition", example_for(unit, s, e))
            transition = transition or text
        if role == "opening" and b.kind == D.PARAGRAPH and first_opening:
            first_opening = False
            lead = formulas.opening_lead(unit)
            if lead:
                col.add("formula", lead[0], lead[0], "opening", example_for(unit, lead[1], lead[2]))
        if role == "closing":
            for text, s, e in formulas.closing_sentences(unit):
                col.add("formula", text, text, "closing", unit[s:e])

        # patterns inside the text
        for h in patterns.parallels(unit, bset, spans):
            col.add("parallel", h.text, h.text, role, example_for(unit, h.start, h.end))
        quoted = terms.quoted_spans(unit)
        for h in patterns.repeats(unit, bounds):
            if any(qs < h.start and h.end < qe and qe - qs - 2 > h.end - h.start for qs, qe in quoted):
                continue   # a part of a quoted name (“双建双争·共进共富”), not a free pattern
            col.add(h.kind, h.text, h.text, role, example_for(unit, h.start, h.end))
        for h in patterns.slogans(unit, bset):
            col.add("slogan", h.key, h.text, role, example_for(unit, h.start, h.end), quoted=h.quoted)
        for t in terms.quotes(unit, bounds):
            ex = example_for(unit, t.start, t.end)
            col.add("term", t.key, f"“{t.key}”", role, ex, quoted=not t.item)
            o = col.obs[("term", t.key)]
            if t.prefix:
                o.forms[t.prefix] += 1
            if ex not in o.examples and len(o.examples) < cfg["term"]["max_examples"]:
                o.examples.append(ex)
        units.append(unit)

        # clauses for templates
        for s, e in spans:
            lead = cfg.clause_lead.match(unit, s, e)   # 一是… / 其次…: the clause starts after it
            if lead:
                s = lead.end()
            if not cmin <= e - s <= cmax:
                continue
            text = unit[s:e]
            if cfg.is_junk(text):
                continue
            entry = clauses.get(text)
            if entry is None:
                inner = tuple(x - s for x in bounds[bisect.bisect_right(bounds, s):bisect.bisect_left(bounds, e)])
                clauses[text] = [role, inner, 1]
            else:
                entry[2] += 1

    body = "\n".join(units)
    for o in col.obs.values():
        if o.type == "term":
            n = terms.bare_counts([o.key], body).get(o.key, 0)
            o.count = max(o.count, n)
    info = structure.document_info(doc, source, close_line, transition, kinds.kind_of(doc))
    observations = sorted(col.obs.values(), key=lambda o: (o.type, o.key))
    clause_list = [(t, r, inner, n) for t, (r, inner, n) in clauses.items()]
    return DocResult(source=source, kind=info["kind"], info=info, observations=observations,
                     clauses=clause_list, chars=chars, places=local.places(body),
                     digest=hashlib.sha1("".join(body.split()).encode("utf-8")).hexdigest())
