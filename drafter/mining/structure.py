"""The structure model: each document's skeleton with roles, and per role and per kind the section
names a bureau uses — the house style `new` and `lint` build on."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from drafter.core import document as D
from drafter.core.document import Document
from drafter.text.punct import fold

from drafter.mining.config import ROLES, settings
from drafter.mining.text import generalize_years

_CN = re.compile(r"[一二三四五六七八九十百零〇]+")
_DIGITS = re.compile(r"[0-9]+")


def marker_style(marker: str) -> str:
    """The numbering style of a marker: 三、 -> 一、, (二) -> （一）, 12. -> 1., "" -> ""."""
    return _DIGITS.sub("1", _CN.sub("一", fold(marker)))


def skeleton(doc: Document) -> list[dict]:
    return [{"line": b.line, "level": b.level or 0, "marker": fold(b.marker), "text": fold(b.title),
             "role": b.role or "other"} for b in doc.blocks if b.kind == D.HEADING]


def role_sequence(doc: Document, closing_line: int | None) -> list[str]:
    """The roles of the report's body in order of first appearance (closing last when present)."""
    seq: list[str] = []
    for b in doc.content_blocks:
        r = "closing" if b.line == closing_line else (b.role or "other")
        if r not in seq:
            seq.append(r)
    return seq


def document_info(doc: Document, source: str, closing_line: int | None, transition: str,
                  kind: str | None = None) -> dict:
    heads = [b for b in doc.blocks if b.kind == D.HEADING]
    markers: dict[str, Counter] = defaultdict(Counter)
    run_in: Counter = Counter()
    for b in heads:
        markers[str(b.level)][marker_style(b.marker)] += 1
        if b.run_in:
            run_in[str(b.level)] += 1
    return {
        "source": source,
        "kind": kind or doc.kind or "annual",
        "title": fold(doc.title),
        "skeleton": skeleton(doc),
        "roles": role_sequence(doc, closing_line),
        "markers": {lvl: _commonest(c) for lvl, c in sorted(markers.items())},
        "run_in_levels": sorted(int(lvl) for lvl, n in run_in.items() if n * 2 >= sum(markers[lvl].values())),
        "enumerations": sum(len(b.enums) for b in doc.blocks),
        "transition": transition,
    }


def _pattern(text: str) -> str:
    return generalize_years(text)[0]


def aggregate(docs: list[dict]) -> dict:
    """structure.json from the per-document infos (in input order)."""
    levels = set(settings()["heading"]["levels"])
    sections: dict[str, dict[tuple[int, str], dict]] = defaultdict(dict)
    for d in docs:
        for h in d["skeleton"]:
            if h["level"] not in levels:
                continue
            entry = sections[h["role"]].setdefault((h["level"], h["text"]), {
                "text": h["text"], "pattern": _pattern(h["text"]), "level": h["level"], "count": 0,
                "docs": set(), "kinds": set()})
            entry["count"] += 1
            entry["docs"].add(d["source"])
            entry["kinds"].add(d["kind"])
    out_sections = {}
    for role in sorted(sections, key=_role_index):
        rows = [dict(e, docs=sorted(e["docs"]), kinds=sorted(e["kinds"])) for e in sections[role].values()]
        rows.sort(key=lambda e: (-len(e["docs"]), -e["count"], e["level"], e["text"]))
        out_sections[role] = rows

    by_kind: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        by_kind[d["kind"]].append(d)
    from drafter.core.resources import kinds as builtin_kinds
    builtin = builtin_kinds()
    kinds = {}
    for kind, items in sorted(by_kind.items()):
        kinds[kind] = _kind_model(items)
        if kind not in builtin:   # a kind learned from the unit's reports (drafter.mining.kinds)
            kinds[kind].update(learned=True, name=kind)
    documents = [{k: d[k] for k in ("source", "kind", "title", "skeleton", "roles", "markers",
                                     "run_in_levels", "enumerations", "transition")} for d in docs]
    return {"version": 1, "documents": documents, "sections": out_sections, "kinds": kinds}


def _role_index(role: str) -> int:
    return ROLES.index(role) if role in ROLES else len(ROLES)


def _kind_model(items: list[dict]) -> dict:
    """What a report of one kind looks like: the representative document's level-1 sections (the
    one whose role sequence is the commonest), marker styles, enumeration style, transition."""
    n = len(items)
    seqs = Counter(tuple(d["roles"]) for d in items)
    best_seq = max(seqs.items(), key=lambda kv: (kv[1], -_first_index(items, kv[0])))[0]
    rep = next(d for d in items if tuple(d["roles"]) == best_seq)
    role_docs = Counter(r for d in items for r in set(d["roles"]))
    markers: dict[str, Counter] = defaultdict(Counter)
    for d in items:
        for lvl, style in d["markers"].items():
            markers[lvl][style] += 1
    run_in = Counter(lvl for d in items for lvl in d["run_in_levels"])
    transitions = Counter(d["transition"] for d in items if d["transition"])
    top = min((h["level"] for h in rep["skeleton"] if h["level"] >= 1), default=1)
    return {
        "documents": n,
        "example": rep["source"],
        "title": rep["title"],
        "roles": list(best_seq),
        "role_documents": {r: role_docs[r] for r in sorted(role_docs, key=_role_index)},
        "sections": [[h["role"], h["text"]] for h in rep["skeleton"] if h["level"] == top],
        "outline": [{"level": h["level"], "marker": h["marker"], "text": h["text"], "pattern": _pattern(h["text"]),
                     "role": h["role"]} for h in rep["skeleton"] if h["level"] in (top, top + 1)],
        "markers": {lvl: _commonest(c) for lvl, c in sorted(markers.items())},
        "run_in_levels": sorted(lvl for lvl, k in run_in.items() if k * 2 >= n),
        "enumeration_style": "一是" if sum(1 for d in items if d["enumerations"]) * 2 >= n else "",
        "transition": _commonest(transitions) if transitions else "",
    }


def _first_index(items: list[dict], seq: tuple) -> int:
    return next(i for i, d in enumerate(items) if tuple(d["roles"]) == seq)


def _commonest(counter: Counter) -> str:
    """The most frequent key; ties go to the smallest key (deterministic)."""
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
