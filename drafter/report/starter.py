"""The YAML `drafter new` writes: the kind's conventional skeleton (from the mined structure model
phrasebank/structure.json, falling back to drafter/data/kinds/<kind>.toml), a Chinese comment on every
field, and phrase-bank suggestions per section. `--example` writes a complete fictional example
(drafter/data/example-KIND.txt) instead."""

from __future__ import annotations

import datetime as _dt
import json
import re

from drafter.core.resources import DATA_DIR, bank_file, load_toml
from drafter.mining.kinds import all_kinds

RE_PLAIN_UNSAFE = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|: | #|:$|^(true|false|yes|no|null|on|off|~)$|^[0-9.+-]",
                             re.IGNORECASE)
TBD = "待补"


def q(s: str) -> str:
    """A YAML scalar for s: plain when safe, else double-quoted."""
    if s and not RE_PLAIN_UNSAFE.search(s) and "\n" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def default_year(kind: str, today: _dt.date | None = None) -> int:
    """The year a report started today is about: annual-type reports are written from November to
    March, so before July it is last year's; a half-year report is this year's from May on."""
    today = today or _dt.date.today()
    if kind == "half-year":
        return today.year if today.month >= 5 else today.year - 1
    return today.year if today.month >= 7 else today.year - 1


def default_bureau(district: str) -> str:
    from drafter.report.schema import default_bureau as f
    return f(district)


# --- the mined model ----------------------------------------------------------------------------
def _load_json(name: str) -> dict:
    return bank_file(name)


def _fill_years(text: str, role: str, year: int) -> str:
    y = year + 1 if role == "plans" else year
    text = text.replace("{年份}", str(y))
    return re.sub(r"(?<!\d)(19|20)\d{2}(?=年)", str(y), text)


def skeleton(kind: str, year: int) -> tuple[list[dict], str]:
    """[{role, heading, groups, refs, group_refs}] in order, and where it came from."""
    builtin = all_kinds()[kind]
    b_sections = builtin["sections"]
    b_by_role: dict[str, dict] = {}
    for s in b_sections:
        b_by_role.setdefault(s["role"], s)
    model = _load_json("structure.json").get("kinds", {}).get(kind)
    out: list[dict] = []
    if model and model.get("roles"):
        outline = model.get("outline", [])
        top = min((o["level"] for o in outline), default=1)
        roles = [r for r in model["roles"] if r in ("achievements", "problems", "plans", "duty", "other")]
        for s in b_sections:  # a conventional part the mined reports happen to lack (下半年工作计划)
            if s["role"] not in roles:
                roles.append(s["role"])
        for role in roles:
            spec = b_by_role.get(role, {})
            specific = spec.get("heading") == "〔待补〕" or spec.get("specific", False)
            heads: list[dict] = []
            cur = None
            for o in outline:
                if o.get("role") != role:
                    continue
                if o["level"] == top:
                    cur = {"text": _fill_years(o.get("pattern") or o["text"], role, year), "groups": []}
                    heads.append(cur)
                elif cur is not None:
                    cur["groups"].append(_fill_years(o.get("pattern") or o["text"], role, year))
                else:  # groups of an unheaded section
                    cur = {"text": "", "groups": [_fill_years(o.get("pattern") or o["text"], role, year)]}
                    heads.append(cur)
            if not heads and role in model["roles"]:
                heads = [{"text": "", "groups": []}]
            elif not heads:  # not in the mined model: the built-in heading
                h = spec.get("heading", "")
                heads = [{"text": TBD if h == "〔待补〕" else h.format(year=year, next_year=year + 1),
                          "groups": []}]
                specific = False
            conventional_groups = bool(spec.get("groups")) and "〔待补〕" not in spec.get("groups", [])
            if specific and any(h["text"] for h in heads):
                refs = [h["text"] for h in heads if h["text"]]
                group_refs = [g for h in heads for g in h["groups"]]
                for _ in range(min(len(refs), 2)):
                    out.append({"role": role, "heading": TBD, "groups": [TBD] if group_refs else [],
                                "refs": refs, "group_refs": group_refs[:6]})
                continue
            for h in heads:
                groups = h["groups"] if conventional_groups else ([TBD] if h["groups"] else [])
                out.append({"role": role, "heading": h["text"], "groups": groups, "refs": [],
                            "group_refs": [] if conventional_groups else h["groups"][:6]})
        if out:
            return out, "structure.json"
    for s in b_sections:
        heading = s.get("heading", "")
        out.append({"role": s["role"], "heading": TBD if heading == "〔待补〕" else heading.format(
            year=year, next_year=year + 1), "groups": [TBD if g == "〔待补〕" else g for g in s.get("groups", [])],
            "refs": [], "group_refs": []})
    return out, f"data/kinds/{kind}.toml"


def _bank_phrases() -> list[dict]:
    return [p for p in _load_json("phrases.json").get("phrases", []) if isinstance(p, dict)
            and isinstance(p.get("text"), str)]


def _best(phrases: list[dict], kind: str) -> list[dict]:
    """The same kind's phrases first, then the most widespread (documents, count), then by id."""
    return sorted(phrases, key=lambda p: (kind not in (p.get("kinds") or []), -len(p.get("docs") or []),
                                          -int(p.get("count") or 0), str(p.get("id", ""))))


# the types that are a section's formulas (sentences to write with), best kind first
FORMULA_TYPES = ("template", "collocation", "formula", "parallel", "clause")
TERM_TYPES = ("term", "slogan")


def suggestions(role: str, kind: str, year: int, limit: int = 3) -> tuple[list[str], list[str], list[str]]:
    """(other headings used for this role, the role's best formulas, the unit's quoted terms used in
    this role) from the phrase bank, best first. Formulas are slotted templates and set phrases of
    the role (not headings, not ordinary words); terms are the unit's recurring quoted 提法 and
    brands (“枫桥经验”, “亲清码”)."""
    struct = _load_json("structure.json").get("sections", {}).get(role, [])
    entries = [s for s in struct if isinstance(s, dict) and s.get("level") == 1 and isinstance(s.get("text"), str)]
    if kind != "highlights":  # news-style slogans (争做…的“排头兵”) suit only the highlights form
        entries = [s for s in entries if (s.get("kinds") or []) != ["highlights"]]
    entries.sort(key=lambda s: (kind not in (s.get("kinds") or []), -len(s.get("docs") or []), s["text"]))
    heads = list(dict.fromkeys(_fill_years(s.get("pattern") or s["text"], role, year) for s in entries))[:limit]
    bank = _bank_phrases()
    mine = [p for p in bank if p.get("role") == role]
    formulas = [p for p in mine if p.get("type") in FORMULA_TYPES]
    # templates and formulas before parallels and set clauses (a stable sort keeps _best's order)
    formulas = sorted(_best(formulas, kind), key=lambda p: p["type"] not in ("template", "formula"))
    terms = _best([p for p in mine if p.get("type") in TERM_TYPES], kind)
    formulas += _best(_bank_frames(role), kind)
    return heads, [p["text"] for p in formulas[:limit]], [p["text"] for p in terms[:limit + 2]]


def _bank_frames(role: str) -> list[dict]:
    """The bank's bare verb frames of a role (持续深化{X}, 着力推进{X}: phrases.json "frames"), which
    come after the role's own formulas."""
    return [p for p in _load_json("phrases.json").get("frames", []) if isinstance(p, dict)
            and isinstance(p.get("text"), str) and p.get("role") == role]


def formula_suggestions(role: str, kind: str, limit: int = 3) -> list[str]:
    phrases = [p for p in _bank_phrases() if p.get("role") == role and p.get("type") in ("formula", "template")]
    return [p["text"] for p in (_best(phrases, kind) + _best(_bank_frames(role), kind))[:limit]]


# --- the starter --------------------------------------------------------------------------------
def _c(text: str, indent: int = 0) -> str:
    return " " * indent + "# " + text


def starter(kind: str, district: str, year: int, bureau: str | None = None) -> str:
    """The commented starter YAML for kind."""
    f = load_toml("report_fields.toml")
    top, sec, blk, met = f["top"], f["section"], f["block"], f["metric"]
    roles = f["roles"]
    spec = all_kinds()[kind]
    bureau = bureau or default_bureau(district)
    secs, source = skeleton(kind, year)
    from drafter.report.unit import localise, unit
    u = unit(district)

    def loc(items):
        """Suggestions learned from other units' reports, in this unit's wording (全区 → 全县 …)."""
        return [localise(t, u) for t in items] if isinstance(items, list) else localise(items, u)
    for s in secs:
        s["heading"] = loc(s["heading"]) if s["heading"] else s["heading"]
        s["refs"], s["groups"], s["group_refs"] = loc(s["refs"]), loc(s["groups"]), loc(s["group_refs"])
    examples = [("杭州市滨江区司法局", f"{district}司法局"), ("龙湾区司法局", f"{district}司法局"),
                ("区司法局", u.bureau), ("滨江区", district), ("区委、区政府", u.leaders),
                ("区委政法委", f"{u.party}政法委")]

    def _c(text: str, indent: int = 0) -> str:
        """A comment; the field docs' examples (written for a 区) in this unit's words."""
        for a, b in examples:
            text = text.replace(a, b)
        return " " * indent + "# " + text
    L: list[str] = []
    add = L.append

    def formula_field(key: str, label: str) -> None:
        """opening/transition/closing: the field's comment, phrase-bank suggestions, empty value."""
        refs = loc(formula_suggestions(key, kind))
        add(_c(top[key]))
        if refs:
            add(_c(f"{label}：" + "；".join(refs)))
        add(f"{key}:")
    add(f"# {district}{year}年{spec['name']} —— drafter 报告素材（YAML）")
    add("# 填好后运行：drafter build 本文件.yaml   （生成公文 .docx；加 --format txt 可先看文字稿）")
    add("# 写法：“#”后面是说明，不进入报告；缩进一律用空格（不要用 Tab）；键后面用英文冒号加空格“: ”。")
    add("# 暂时不知道的事实写 待补，报告里显示为〔待补〕提醒补全 —— drafter 不会替你编造任何事实。")
    add("# 文字里引用指标：【指标:ID】写出“名称+数值+单位，同比…”，【数值:ID】只写数值和单位，")
    add("#   【同比:ID】只写同比变化，【上年:ID】写上年数值。完整说明：drafter help yaml。")
    add(f"# 骨架来源：{'往年报告学习所得的结构模型 ' + source if source == 'structure.json' else '内置骨架 ' + source}")
    add("")
    add(f"kind: {kind}  {_c(top['kind'])}")
    add(f"district: {q(district)}  {_c(top['district'])}")
    add(f"bureau: {q(bureau)}  {_c(top['bureau'])}")
    add(f"issuer: {TBD}  {_c(top['issuer'])}")
    add(f"year: {year}  {_c(top['year'])}")
    add(f"date: {TBD}  {_c(top['date'])}")
    add(_c(top["title"]))
    add("title:")
    if kind == "highlights":
        add(f"byline: 通讯员 〔待补〕  {_c(top['byline'])}")
    else:
        add(_c(top["recipients"]))
        add(f"# recipients: {u.leaders}")
    if kind == "summary-plan":
        cf = f["cover"]
        add(_c(top["cover"]))
        add("cover:")
        add(_c("index: " + cf["index"] + "（不需要可删去）", 2))
        add("  index:")
        add(f"    索引号: {TBD}")
        add("    组配分类: 计划总结")
        add(f"    发布机构: {q(bureau)}")
        add(f"    生成日期: {TBD}")
        add("    公开方式: 主动公开")
        add(_c("notice: " + cf["notice"], 2))
        add("  notice:")
        add(f"  note: （此件公开发布）  {_c(cf['note'])}")
        add(_c("recipients: " + cf["recipients"], 2))
        add(f"  recipients: {TBD}")
        add(_c(top["doc_number"]))
        add(f"doc_number: {TBD}")
        add(_c(top["imprint"]))
        add(f"imprint: {TBD}")
        add(_c(top["cc"]))
        add("# cc: [市司法局]")
    add("")
    add(_c(top["metrics"]))
    add("metrics:")
    add("  法律援助:  # 指标的 ID，在文字里写【指标:法律援助】引用")
    add(f"    label: 受理法律援助案件  {_c(met['label'])}")
    add(f"    value: {TBD}  {_c(met['value'])}")
    add(f"    unit: 件  {_c(met['unit'])}")
    add(f"    previous: {TBD}  {_c(met['previous'])}")
    add(f"    digits: 2  {_c(met['digits'])}")
    add("")
    formula_field("opening", "常用开头")
    if kind != "highlights":
        formula_field("transition", "常用过渡句")
    add("")
    add(_c(top["sections"]))
    add("sections:")
    for s in secs:
        role = s["role"]
        add(f"  - role: {role}  {_c(roles.get(role, role))}")
        heads, phrases, terms = (loc(x) for x in suggestions(role, kind, year))
        if s["heading"]:
            add(f"    heading: {q(s['heading'])}  {_c(sec['heading'])}")
        else:
            add(_c("本部分没有标题（段落直接接在上文之后）；需要标题时写 heading: …", 4))
        if s["refs"]:
            add(_c("往年报告的标题参考：" + "；".join(s["refs"][:6]), 4))
        others = [h for h in heads if h != s["heading"]]
        if others:
            add(_c("其他常见标题：" + "；".join(others), 4))
        if phrases:
            add(_c("常用句式：" + "；".join(phrases), 4))
        if terms:
            add(_c("本单位常用提法：" + "；".join(terms), 4))
        if kind == "highlights":
            add(f"    numbered: false  {_c(sec['numbered'])}")
        add(f"    content:  {_c(sec['content'])}")
        if s["groups"]:
            if s["group_refs"]:
                add(_c("往年小标题参考：" + "；".join(s["group_refs"]), 6))
            run_in = kind == "half-year"
            for g in s["groups"]:
                add(f"      - group: {q(g)}  {_c(blk['group'])}")
                if run_in:
                    add(f"        run_in: true  {_c(blk['run_in'])}")
                    add(f"        text: {TBD}  {_c(blk['text'])}")
                else:
                    add(f"        items:  {_c(blk['items'])}")
                    add(f"          - title: {TBD}")
                    add(f"            text: {TBD}")
        elif role == "achievements" and kind == "annual":
            add(f"      - theme: {TBD}  {_c(blk['theme'])}")
            add(f"        text: {TBD}  {_c(blk['text'])}")
            add(f"        items:  {_c(blk['items'])}")
            add(f"          - title: {TBD}  {_c(f['item']['title'])}")
            add(f"            text: {TBD}  {_c(f['item']['text'])}")
        elif role in ("problems",):
            add(f"      - text: {TBD}  {_c(blk['text'])}")
            add(f"        items:  {_c(blk['items'])}")
            add(f"          - {TBD}")
            add(f"          - {TBD}")
        elif role == "plans":
            add(f"      - {TBD}  {_c('开头一段：明年工作的总体思路')}")
            add(f"      - items:  {_c('没有 text 时每条单独成段：一是……。二是……。')}")
            add(f"          - title: {TBD}")
            add(f"            text: {TBD}")
        else:
            add(f"      - {TBD}  {_c(blk['text'])}")
    add("")
    formula_field("closing", "常用结尾")
    return "\n".join(L) + "\n"


def example(kind: str, district: str, year: int, bureau: str | None = None) -> str:
    """The complete fictional example for kind, for this district and year."""
    text = (DATA_DIR / f"example-{kind}.txt").read_text(encoding="utf-8")
    bureau = bureau or default_bureau(district)
    from drafter.report.unit import unit
    u = unit(district)
    subs = {"__DISTRICT__": district, "__SHORT__": u.stem, "__BUREAU__": bureau, "__YEAR__": str(year),
            "__NEXT__": str(year + 1), "__PREV__": str(year - 1), "__SCOPE__": u.level or "区",
            "__TOWN__": u.town, "__TOWN1__": u.town1, "__VILLAGE__": u.village, "__VILLAGE1__": u.village1}
    for k, v in subs.items():
        text = text.replace(k, v)
    return text
