"""Kinds learned from the unit's own reports (述职报告, 工作要点, …) beside the five built-in ones.

`mine` names each document's kind: a built-in kind when its title names one (data/kinds/<kind>.toml
`detect`), else the genre its title ends with (述职报告, 工作要点; drafter/data/mining.toml [kinds]),
else the kind the outline parser guessed. A learned kind's model in structure.json carries
`learned: true`; `learned_spec` turns it into a dict shaped like a data/kinds/<kind>.toml file, so
drafting renders it through the same templates/report.j2.

This module is on the path of `new` and `build`: it imports neither jieba nor rapidfuzz."""

from __future__ import annotations

import re

from drafter.core.resources import bank_file, kinds, load_toml

YEAR_SLOT = "{年份}"
_RX_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?=年)")


def _cfg() -> dict:
    return load_toml("mining.toml")["kinds"]


def genre(title: str) -> str | None:
    """The genre a title ends with that is not a built-in kind: 局长2023年度述职报告 -> 述职报告."""
    title = re.sub(r"\s+", "", title or "")
    if not title:
        return None
    for kind, spec in kinds().items():
        if any(re.search(p, title) for p in spec.get("detect", [])):
            return None
    cfg = _cfg()
    for g in cfg["genres"]:
        if re.search(g["pattern"], title):
            return g["name"]
    m = re.search(cfg["fallback"], title)
    return m.group(1) if m else None


def kind_of(doc) -> str:
    """The kind `mine` files a parsed document under."""
    from drafter.text.punct import fold
    return genre(fold(doc.title or "")) or doc.kind or "annual"


# --- drafting: learned kinds as kind specs -----------------------------------------------------
def learned_models(structure: dict | None = None) -> dict[str, dict]:
    """The learned kinds' models of structure.json (default: the bank in use)."""
    struct = bank_file("structure.json") if structure is None else structure
    models = struct.get("kinds") if isinstance(struct, dict) else None
    if not isinstance(models, dict):
        return {}
    return {k: m for k, m in models.items() if isinstance(m, dict) and m.get("learned") and k not in kinds()}


def learned_spec(kind: str, structure: dict | None = None) -> dict | None:
    """A learned kind's spec, shaped like a data/kinds/<kind>.toml dict (name, template, required,
    detect, seal, title, theme_lead, numbered, sections); None when the bank has no such kind."""
    model = learned_models(structure).get(kind)
    if model is None:
        return None
    n = max(int(model.get("documents") or 1), 1)
    role_docs = model.get("role_documents") or {}
    required = [r for r in ("achievements", "problems", "plans", "duty")
                if int(role_docs.get(r, 0)) * 2 > n and r in (model.get("roles") or [])]
    sections = []
    for item in model.get("sections") or []:
        if not (isinstance(item, list) and len(item) == 2):
            continue
        role, text = item
        heading = _placeholders(str(text), str(role))
        sections.append({"role": str(role), "heading": heading})
    if not sections:
        sections = [{"role": "achievements", "heading": ""}]
    return {
        "name": str(model.get("name") or kind),
        "order": 99,
        "template": "report.j2",
        "required": required,
        "detect": [re.escape(kind)],
        "seal": False,
        "title": [_title(model, kind)],
        "theme_lead": "",
        "numbered": True,
        "sections": sections,
        "learned": True,
    }


def _placeholders(text: str, role: str) -> str:
    """A heading with its year as a slot of the kind spec ({year}; {next_year} in plans)."""
    text = text.replace("{", "{{").replace("}", "}}")
    slot = "{next_year}" if role == "plans" else "{year}"
    return _RX_YEAR.sub(slot, text.replace(YEAR_SLOT, "0000"))


def _title(model: dict, kind: str) -> str:
    title = str(model.get("title") or "")
    lead = "{issuer}{year}年度" if "年度" in title else "{issuer}{year}年"
    return lead + str(model.get("name") or kind)


def all_kinds() -> dict[str, dict]:
    """The built-in kinds, then the kinds learned in the bank in use (`drafter new --kind`, build)."""
    out = dict(kinds())
    for k in learned_models():
        spec = learned_spec(k)
        if spec is not None:
            out[k] = spec
    return out
