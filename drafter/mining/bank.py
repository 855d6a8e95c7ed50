"""The phrase bank: merging per-document observations into phrases, the files (phrases.json,
structure.json, README.md), loading them back, and searching them.

The files are deterministic: keys sorted, lists in a fixed order, no time stamps, sources as given
(names relative to the folder that was mined)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from drafter.core.errors import InputError, describe_os_error

from drafter.mining.config import ROLES, TYPES, settings
from drafter.mining import collocations, fork, frames, local, ordinary, reuse, terms
from drafter.mining.templates import Found, collect_clauses, templates, verbatim

VERSION = 1
PHRASES, STRUCTURE, README = "phrases.json", "structure.json", "README.md"
README_MARK = "<!-- drafter mine: 本文件由 drafter mine 生成，重新学习时会被覆盖 -->"

TYPE_NAMES = {"heading": "标题", "formula": "套语", "template": "句式", "collocation": "常用搭配", "parallel": "排比",
              "abac": "ABAC 式", "aabb": "AABB 式", "slogan": "数字提法", "term": "提法品牌",
              "clause": "常用句"}


def role_names() -> dict[str, str]:
    from drafter.core.resources import role_names as base
    return base()


def _role_of(roles: Counter) -> str:
    """The commonest role; ties go to the earlier role in a report."""
    def idx(r: str) -> int:
        return ROLES.index(r) if r in ROLES else len(ROLES)
    return sorted(roles.items(), key=lambda kv: (-kv[1], idx(kv[0])))[0][0] if roles else "other"


def _norm_role(role: str) -> str:
    return role if role in ROLES else "other"


# --- building --------------------------------------------------------------------------------------
def build(results: list, parallel: bool = False) -> dict:
    """phrases.json from the per-document results (in input order). With `parallel`, the template
    search runs in a forked child while this process merges the observations and finds the formulas
    and collocations (drafter.mining.fork); the result is the same either way."""
    sources = [r.source for r in results]
    clauses = collect_clauses([r.clauses for r in results])
    template_list = fork.beside(templates, clauses, len(results), parallel=parallel)
    kinds = [r.kind for r in results]
    found: list[Found] = []
    known = set(settings()["slogan"]["known"])

    merged: dict[tuple[str, str], dict] = {}
    for d, r in enumerate(results):
        for o in r.observations:
            m = merged.get((o.type, o.key))
            if m is None:
                m = merged[(o.type, o.key)] = {"text": o.text, "docs": [], "roles": Counter(), "count": 0,
                                               "example": o.example, "example_doc": d, "quoted": False,
                                               "level": o.level, "years": set(), "forms": Counter(),
                                               "examples": [], "per_doc": []}
            m["docs"].append(d)
            m["roles"].update({_norm_role(k): v for k, v in o.roles.items()})
            m["count"] += o.count
            m["per_doc"].append(o.count)
            m["years"].update(o.years)
            m["forms"].update(o.forms)
            if o.examples and len(m["examples"]) < settings()["term"]["max_examples"]:
                m["examples"].append(o.examples[0])
            if o.quoted and not m["quoted"]:
                m["quoted"], m["text"] = True, o.text
    for (type_, key), m in merged.items():
        if type_ in ("slogan", "term"):
            if type_ == "slogan" and not m["quoted"] and key not in known:
                continue
            if not any(k in key for k in known) and not (
                    terms.recurs(len(set(m["docs"])), max(m["per_doc"])) if type_ == "slogan"
                    else terms.term_recurs(key, len(set(m["docs"])))):
                continue
        n_docs = len(set(m["docs"]))
        if type_ == "term" and (not m["quoted"] or reuse.plain_term(key, n_docs) or reuse.dated(key)):
            # (not quoted: only ever a member of a quoted list, 法护营商 of “法迎亚运、法护营商、法护平安”)
            continue
        if type_ in ("abac", "aabb") and ordinary.ordinary_repeat(key, type_):
            continue
        if type_ == "abac" and not reuse.abac_ok(key):
            continue
        if type_ == "parallel" and (ordinary.ordinary_parallel(key) or not reuse.parallel_ok(key, m["example"], n_docs)):
            continue
        f = Found(type_, m["text"], m["docs"], m["roles"], m["count"], m["example"], m["example_doc"])
        if type_ == "heading":
            f.slots = {"年份": sorted(m["years"])} if m["years"] else None
            f.level = m["level"]
        if type_ == "term":
            f.variants = terms.variants(m["forms"], key, ordinary.nouns()) or None
            f.examples = m["examples"]
        found.append(f)

    found.extend(verbatim(clauses, len(results)))
    formula_list = frames.formulas(clauses, len(results))
    colloc_list = collocations.collocations(clauses)
    ends = reuse.ClauseEnds(c.text for c in clauses)
    found_templates = template_list()
    found.extend(found_templates)
    have = {f.text for f in found if f.type == "template"}
    found.extend(f for f in formula_list if f.text not in have)
    found, bare_frames = _reusable_templates(found, ends)
    found.extend(colloc_list)
    places = [getattr(r, "places", frozenset()) for r in results]

    phrases = []
    for f in found:
        if f.type not in ("template", "heading", "formula") and settings().is_junk(f.text):
            continue
        if local.local(f.text, [places[d] for d in sorted(set(f.docs))]):
            continue
        roles = Counter({_norm_role(k): v for k, v in f.roles.items() if v})
        p = {"text": f.text, "type": f.type, "role": _role_of(roles),
             "roles": {k: roles[k] for k in sorted(roles, key=ROLES.index)},
             "kinds": sorted({kinds[d] for d in f.docs}), "count": f.count,
             "docs": [sources[d] for d in sorted(set(f.docs))], "example": f.example}
        if f.slots:
            p["slots"] = f.slots
        if f.variants:
            p["variants"] = f.variants
        if getattr(f, "level", None) is not None:
            p["level"] = f.level
        if f.examples:
            p["examples"] = f.examples
        phrases.append(p)
    phrases.sort(key=lambda p: (TYPES.index(p["type"]), ROLES.index(p["role"]), -len(p["docs"]), -p["count"],
                                p["text"]))
    width = max(4, len(str(len(phrases))))
    for n, p in enumerate(phrases, 1):
        p["id"] = f"p{n:0{width}d}"
    return {"version": VERSION, "sources": sources, "phrases": phrases,
            "frames": _role_frames(bare_frames, sources, kinds)}


def _role_frames(items: list[Found], sources: list[str], kinds: list[str]) -> list[dict]:
    """The bare verb frames (持续深化{X}, 着力推进{X}: fixed words only generic, drafter.mining.reuse
    .template_meaningful) as role formulas for `drafter new`, by role then the most widespread; they
    are not phrases of the bank (not searched, not sampled)."""
    out = []
    for f in items:
        roles = Counter({_norm_role(k): v for k, v in f.roles.items() if v})
        out.append({"text": f.text, "role": _role_of(roles), "docs": [sources[d] for d in sorted(set(f.docs))],
                    "kinds": sorted({kinds[d] for d in f.docs}), "count": f.count, "example": f.example,
                    "slots": f.slots})
    out.sort(key=lambda p: (ROLES.index(p["role"]), -len(p["docs"]), -p["count"], p["text"]))
    return out


def _reusable_templates(found: list[Found], ends_clause: reuse.ClauseEnds) -> tuple[list[Found], list[Found]]:
    """(the phrases with the templates a clerk would not reuse left out (drafter.mining.reuse), the
    kept templates' slots reduced to their usable fillers; the bare verb frames among the templates,
    whose fixed words are only generic: role formulas, not phrases)."""
    out, bare = [], []
    for f in found:
        if f.type == "template":
            if not reuse.template_frame_ok(f.text):
                continue
            slots = reuse.template_fillers(f.text, f.variants or [], f.slots or {}, ends_clause)
            if slots is None:
                continue
            f.slots = slots
            if not reuse.template_meaningful(f.text):
                bare.append(f)
                continue
        out.append(f)
    return out, bare


# --- files -----------------------------------------------------------------------------------------
def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def summary(phrases: list[dict]) -> tuple[Counter, Counter, Counter]:
    by_type = Counter(p["type"] for p in phrases)
    by_role = Counter(p["role"] for p in phrases)
    by_kind = Counter(k for p in phrases for k in p["kinds"])
    return by_type, by_role, by_kind


def readme(bank: dict, struct: dict) -> str:
    """A short human-readable account of the bank (generated)."""
    from drafter.core.resources import kinds as kind_specs

    phrases = bank["phrases"]
    by_type, by_role, by_kind = summary(phrases)
    rnames = role_names()
    knames = {k: v.get("name", k) for k, v in kind_specs().items()}
    lines = [README_MARK, "", "# 表述库", "",
             f"由 `drafter mine` 从 {len(bank['sources'])} 篇往年报告中学习得到，共 {len(phrases)} 条表述。"
             "用 `drafter phrases 关键词` 查找；重新运行 `drafter mine` 会覆盖本目录的 phrases.json、"
             "structure.json 和本文件。", "", "## 按类型", "", "| 类型 | 条数 |", "|---|---|"]
    lines += [f"| {TYPE_NAMES.get(t, t)}（{t}） | {by_type[t]} |" for t in TYPES if by_type[t]]
    lines += ["", "## 按用途（在报告中的位置）", "", "| 用途 | 条数 |", "|---|---|"]
    lines += [f"| {rnames.get(r, r)}（{r}） | {by_role[r]} |" for r in ROLES if by_role[r]]
    lines += ["", "## 按文种", "", "| 文种 | 报告篇数 | 表述条数 |", "|---|---|---|"]
    for kind, model in struct["kinds"].items():
        lines.append(f"| {knames.get(kind, kind)}（{kind}） | {model['documents']} | {by_kind[kind]} |")
    lines += ["", "## 示例", ""]
    for t in TYPES:
        top = [p for p in phrases if p["type"] == t]
        top.sort(key=lambda p: (-len(p["docs"]), -p["count"], p["id"]))
        if top:
            lines.append(f"- {TYPE_NAMES[t]}：" + "；".join(p["text"] for p in top[:5]))
    lines += ["", "## 来源", ""] + [f"- {s}" for s in bank["sources"]]
    return "\n".join(lines) + "\n"


def render_files(bank: dict, struct: dict) -> dict[str, str]:
    return {PHRASES: dumps(bank), STRUCTURE: dumps(struct), README: readme(bank, struct)}


def ours(path: Path) -> bool:
    """Whether an existing file in the output folder was written by `drafter mine`."""
    try:
        if path.name == README:
            with open(path, encoding="utf-8") as fh:
                return fh.readline().strip() == README_MARK
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return isinstance(data, dict) and data.get("version") == VERSION and (
            "phrases" in data if path.name == PHRASES else "documents" in data)
    except (OSError, ValueError):
        return False


# --- loading and searching -------------------------------------------------------------------------
def load(folder: str | Path) -> dict:
    path = Path(folder) / PHRASES
    if not path.is_file():
        raise InputError("这里没有表述库（缺少 phrases.json），请先运行 drafter mine", str(folder))
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except UnicodeDecodeError:
        raise InputError("表述库不是 UTF-8 编码的 JSON", str(path)) from None
    except json.JSONDecodeError as exc:
        if not exc.doc.strip():
            raise InputError("表述库文件是空的，请重新运行 drafter mine", str(path)) from None
        raise InputError("表述库不是有效的 JSON 文件（可能被手工改坏了），请重新运行 drafter mine",
                         str(path), exc.lineno, exc.colno) from None
    except OSError as exc:
        raise InputError(f"无法读取表述库：{describe_os_error(exc)}", str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("phrases"), list):
        raise InputError("表述库格式不对：缺少 phrases 列表", str(path))
    for i, p in enumerate(data["phrases"]):
        bad = _bad_field(p)
        if bad:
            raise InputError(f"表述库格式不对：第 {i + 1} 条表述{bad}，请重新运行 drafter mine", str(path))
    return data


# the fields a phrase may have and their JSON types (what search and display rely on)
_FIELD_TYPES = {"text": str, "type": str, "role": str, "example": str, "id": (str, int),
                "count": int, "docs": list, "variants": list, "roles": dict, "slots": dict}


def _bad_field(p) -> str | None:
    """Why a phrase entry cannot be used (None when it can)."""
    if not isinstance(p, dict):
        return "不是一个对象"
    if not isinstance(p.get("text"), str):
        return "缺少文字 text"
    for key, types in _FIELD_TYPES.items():
        v = p.get(key)
        if v is not None and (not isinstance(v, types) or isinstance(v, bool)):
            return f"的字段 {key} 类型不对"
    if any(not isinstance(v, list) for v in (p.get("slots") or {}).values()):
        return "的字段 slots 类型不对"
    return None


def search(phrases: list[dict], query: str | None, role: str | None = None, type_: str | None = None,
           limit: int | None = 20) -> list[tuple[dict, str, float]]:
    """(phrase, how, score), best first (drafter.mining.search)."""
    from drafter.mining.search import search as ranked
    return ranked(phrases, query, role=role, type_=type_, limit=limit)
