"""Searching the phrase bank (`drafter phrases QUERY`): phrases ranked by where the query is found.

Tiers, best first: the query in the phrase itself; a related word (drafter/data/mining_related.toml:
法律援助 ↔ 援助案件, 应援尽援) in the phrase; the query, then a related word, in a slot filler or a
variant; the phrase sharing the query's character bigrams (营商环境 ~ 法护营商); the query or a related
word only in the phrase's examples — so a hit through an example alone never stands before a better
one. Within a tier: the phrase's primary role matching --role first, then documents, count, id.
Without a query, --role lists the role's formulas and templates before its terms, patterns and
headings. Pure Python on the loaded bank: no jieba."""

from __future__ import annotations

import functools

from drafter.core.resources import load_toml

# scores of the tiers (shown by `phrases --format json` as `score`)
EXACT, RELATED, SLOT, SLOT_RELATED, NEAR, EXAMPLE, EXAMPLE_RELATED = 100.0, 90.0, 80.0, 75.0, 60.0, 40.0, 35.0
# with --role and no query: the types a clerk writes a section with come first
ROLE_TYPE_ORDER = ("formula", "template", "collocation", "clause", "term", "slogan", "parallel", "abac", "aabb", "heading")


@functools.cache
def _groups() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(g["words"]) for g in load_toml("mining_related.toml").get("group", []))


def related(query: str) -> list[str]:
    """The words related to the query (not the query itself), in the data file's order."""
    out: list[str] = []
    for words in _groups():
        if query in words or any(w in query for w in words if len(w) >= 2):
            out += [w for w in words if w != query and w not in query and w not in out]
    return out


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _first(words: list[str], hay: list[str]) -> int | None:
    """The index (at most 9) of the first of `words` found in any of `hay`."""
    for k, w in enumerate(words):
        if any(w in h for h in hay):
            return min(k, 9)
    return None


def _weight(p: dict) -> tuple:
    return (-len(p.get("docs") or []), -int(p.get("count") or 0), str(p.get("id", "")))


def search(phrases: list[dict], query: str | None, role: str | None = None, type_: str | None = None,
           limit: int | None = 20) -> list[tuple[dict, str, float]]:
    """(phrase, how, score), best first; `how` is exact | related | slot | near | example ("" when
    there is no query)."""
    pool = [p for p in phrases if (role is None or p.get("role") == role or role in (p.get("roles") or {}))
            and (type_ is None or p.get("type") == type_)]

    def secondary(p: dict) -> int:
        return 0 if role is None or p.get("role") == role else 1

    if not query or not query.strip():
        def order(p: dict) -> tuple:
            t = p.get("type")
            ti = ROLE_TYPE_ORDER.index(t) if role is not None and t in ROLE_TYPE_ORDER else 0
            return (secondary(p), ti, *_weight(p))
        out = [(p, "", 100.0) for p in sorted(pool, key=order)]
        return out[:limit] if limit else out

    q = query.strip()
    rel = related(q)
    qgrams = _bigrams(q)
    hits: list[tuple[dict, str, float]] = []
    for p in pool:
        text = str(p.get("text", ""))
        fillers = [str(v) for vals in (p.get("slots") or {}).values() if isinstance(vals, list) for v in vals]
        fillers += [str(v) for v in p.get("variants") or []]
        examples = [str(p.get("example", ""))] + [str(e) for e in p.get("examples") or []]
        if q in text:
            # a shorter phrase is closer to the query itself
            hits.append((p, "exact", EXACT - min(len(text) - len(q), 9) * 0.1))
        elif (k := _first(rel, [text])) is not None:
            hits.append((p, "related", RELATED - k * 0.5))   # the data file lists closer words first
        elif any(q in f for f in fillers):
            hits.append((p, "slot", SLOT))
        elif (k := _first(rel, fillers)) is not None:
            hits.append((p, "slot", SLOT_RELATED - k * 0.5))
        elif len(qgrams) >= 2 and len(qgrams & _bigrams(text)) * 2 >= len(qgrams):
            hits.append((p, "near", NEAR + 10.0 * len(qgrams & _bigrams(text)) / len(qgrams)))
        elif any(q in e for e in examples):
            hits.append((p, "example", EXAMPLE))
        elif any(w in e for e in examples for w in rel):
            hits.append((p, "example", EXAMPLE_RELATED))
    hits.sort(key=lambda h: (-h[2], secondary(h[0]), *_weight(h[0])))
    return hits[:limit] if limit else hits
