"""`new --from`: next period's report YAML from last period's (SPEC §3).

What changes, per field (the clerk edits facts, not dates):
- `year` moves on (to `year=` if given; a half-year report rolled into an annual-type kind keeps
  its year); `kind` changes with `kind=`;
- `date`, the notice's date and the 版记's 印发日期 become 待补; the 索引号表's 生成日期 too;
- years in the title, the notice, the notice title, the 发文字号 and the 版记 move on by the same
  number of years (last year's 2025 → 2026, its "next year" 2026 → 2027);
- every metric's `value` becomes its `previous`, and the new `value` is 待补;
- the opening and closing (which speak of "this year" and "next year") have their years moved;
- last year's plans are carried, as a comment before the achievements, as guidance for what this
  year's report must account for; the plans section stays, its years moved, marked for rewriting;
- every kept sentence that carries a figure or a year gets a 请核实 comment; a frozen 同比 right
  after a metric reference (【指标:…】 brings its own, computed) is dropped, any other is marked.
"""

from __future__ import annotations

import re

from drafter.core.errors import InputError

TBD = "待补"
RE_YEAR = re.compile(r"(?<![\d—\-－～~])((?:19|20)\d{2})(?=年(?![\d—\-－～~]))")
RE_FULL_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*(\d{1,2}\s*)?日")
RE_DOCNO_YEAR = re.compile(r"([〔\[［（(])((?:19|20)\d{2})([〕\]］）)])")
RE_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
RE_PLACEHOLDER = re.compile(r"【(?:指标|数值|同比|上年|名称)[:：][^】]+】")
RE_FROZEN_AFTER_REF = re.compile(
    r"(【指标[:：][^】]+】)([，,]?[^，,。；;【]{0,6}?同比(?:增长|下降|上升|减少|提高|降低|增加)\d+(?:\.\d+)?(?:%|个百分点))")
RE_FROZEN = re.compile(r"同比(?:增长|下降|上升|减少|提高|降低|增加)\d+(?:\.\d+)?(?:%|个百分点)")
HALF_TO_FULL = {"annual", "summary-plan", "rule-of-law", "highlights"}
TEXT_KEYS = ("text", "theme", "title", "group")


def _shift_years(text: str, years: dict[int, int]) -> str:
    return RE_YEAR.sub(lambda m: str(years.get(int(m.group(1)), int(m.group(1)))), text)


def _check_note(text: str) -> str:
    """请核实：… for a kept text with years or figures ("" when it has none)."""
    bare = RE_PLACEHOLDER.sub("", text)
    years = sorted(set(RE_YEAR.findall(bare)))
    figures = len(RE_NUMBER.findall(bare)) - len(RE_YEAR.findall(bare))
    parts = []
    if years:
        parts.append(f"去年的句子里有 {'、'.join(years)} 年")
    if figures > 0:
        parts.append(f"{figures} 处数字是去年的")
    frozen = RE_FROZEN.findall(bare)
    if frozen:
        parts.append(f"“{frozen[0]}”是去年的同比")
    return ("请核实：" + "，".join(parts) + "，请换成今年的情况") if parts else ""


class _Roller:
    def __init__(self, old: int, new: int):
        self.years = {old: new, old + 1: new + 1}
        self.plans: list[str] = []
        self.dropped = 0

    def text(self, s: str, move: bool) -> str:
        s = _shift_years(s, self.years) if move else s

        def drop(m: re.Match) -> str:
            self.dropped += 1
            return m.group(1)
        return RE_FROZEN_AFTER_REF.sub(drop, s)

    def content(self, seq, col: int, move: bool, collect: bool = False) -> None:
        """Roll a content list (dashes at col): texts, items, groups; comment what needs checking."""
        for i, node in enumerate(list(seq)):
            if isinstance(node, str):
                seq[i] = self.text(node, move)
                if collect:
                    self.plans.append(node)
                note = _check_note(seq[i])
            elif isinstance(node, dict):
                for k in TEXT_KEYS:
                    if isinstance(node.get(k), str):
                        node[k] = self.text(node[k], move)
                if collect and node.get("group"):
                    self.plans.append(f"（小标题）{node['group']}")
                for it in node.get("items") or []:
                    if isinstance(it, dict):
                        for k in ("title", "text"):
                            if isinstance(it.get(k), str):
                                it[k] = self.text(it[k], move)
                        if collect:
                            self.plans.append(it.get("title") or it.get("text", ""))
                    if collect and isinstance(it, str):
                        self.plans.append(it)
                if isinstance(node.get("items"), list):
                    for j, it in enumerate(node["items"]):
                        if isinstance(it, str):
                            node["items"][j] = self.text(it, move)
                if node.get("content"):
                    self.content(node["content"], col + 4, move, collect)
                note = "" if node.get("group") else _check_note(
                    "\n".join(str(node.get(k, "")) for k in TEXT_KEYS) + "\n".join(
                        str(it.get("text", "")) if isinstance(it, dict) else str(it) for it in node.get("items") or []))
            else:
                continue
            seq.ca.items.pop(i, None)
            if note:
                seq.yaml_set_comment_before_after_key(i, before=note, indent=col)


def roll_forward(yaml_text: str, name: str, year: int | None = None, kind: str | None = None,
                 source: str | None = None) -> str:
    """Next period's report YAML (see the module doc). `source` names last year's file in the header."""
    from drafter.core.resources import kinds
    from drafter.extract.emit import comment_text
    from drafter.report import yamlio
    from drafter.report.schema import build_report

    data, text = yamlio.load(name, text=yaml_text)
    build_report(data, name, text)  # last year's file must be valid: its errors, with line and column
    old = int(data["year"])
    old_kind = data.get("kind", "annual")
    if kind is not None and kind not in kinds():
        raise InputError(f"没有这种文种：{kind}（可选：{'、'.join(kinds())}）")
    new_kind = kind or old_kind
    if year is None:
        year = old if old_kind == "half-year" and new_kind in HALF_TO_FULL else old + 1
    if not 1949 <= year <= 2200:
        raise InputError(f"年份 {year} 不像是报告年份（请写四位数字，如 2026）")
    r = _Roller(old, year)
    data["year"] = year
    if kind is not None:
        data["kind"] = kind
    data.yaml_add_eol_comment(f"由 {old} 年的报告顺延；请核对", "year", column=24)
    if "date" in data:
        data["date"] = TBD
        data.yaml_add_eol_comment(f"成文日期：请填写，如 {year + 1}-01-15", "date", column=24)
    for key in ("title", "imprint", "doc_number", "byline"):
        v = data.get(key)
        if isinstance(v, str):
            data[key] = r.text(v, True)
        elif isinstance(v, list):
            for i, x in enumerate(v):
                if isinstance(x, str):
                    v[i] = r.text(x, True)
    if "title" in data and data.get("title"):
        data.ca.items.pop("title", None)
        data.yaml_add_eol_comment("标题的年份已顺延，请核对", "title", column=24)
    if isinstance(data.get("imprint"), str):
        data["imprint"] = RE_FULL_DATE.sub("〔待补〕", data["imprint"])
        data.yaml_add_eol_comment("版记：印发日期待补", "imprint", column=24)
    if isinstance(data.get("doc_number"), str):
        data["doc_number"] = RE_DOCNO_YEAR.sub(lambda m: m.group(1) + str(r.years.get(int(m.group(2)), m.group(2)))
                                               + m.group(3), data["doc_number"])
        data.yaml_add_eol_comment("发文字号：年份已顺延，请改为今年的序号", "doc_number", column=24)
    cover = data.get("cover")
    if isinstance(cover, dict):
        for key in ("notice", "title", "note", "issuer_mark"):
            if isinstance(cover.get(key), str):
                cover[key] = r.text(cover[key], True)
        if "date" in cover:
            cover["date"] = TBD
        index = cover.get("index")
        if isinstance(index, dict):
            for k in list(index):
                if "日期" in str(k):
                    index[k] = TBD
                elif isinstance(index[k], str):
                    index[k] = re.sub(r"/(\d{4})-", lambda m: f"/{r.years.get(int(m.group(1)), m.group(1))}-", index[k])
    metrics = data.get("metrics")
    if isinstance(metrics, dict):
        for mid, m in metrics.items():
            if not isinstance(m, dict):
                continue
            value = m.get("value")
            m["previous"] = value if value is not None else TBD
            m["value"] = TBD
            m.ca.items.pop("value", None)
            m.yaml_add_eol_comment(f"今年的数值（去年 {value}）", "value", column=24)
    for key in ("opening", "closing", "transition"):
        v = data.get(key)
        if isinstance(v, str):
            data[key] = r.text(v, True)
        elif isinstance(v, list):
            r.content(v, 2, move=True)
    sections = data.get("sections") or []
    first_achievement = None
    for i, s in enumerate(sections):
        if not isinstance(s, dict):
            continue
        role = s.get("role", "other")
        move = role in ("plans", "problems")
        if isinstance(s.get("heading"), str):
            s["heading"] = r.text(s["heading"], move or bool(RE_YEAR.search(s["heading"])))
        if s.get("content"):
            r.content(s["content"], 6, move=move, collect=role == "plans")
        if role == "achievements" and first_achievement is None:
            first_achievement = i
        if role == "plans":
            sections.ca.items.pop(i, None)
            sections.yaml_set_comment_before_after_key(
                i, before=f"工作思路：这是去年写的 {old + 1} 年安排（年份已改为 {year + 1} 年），请按新一年的安排改写", indent=2)
    if r.plans and first_achievement is not None:
        lines = [f"去年（{old} 年的报告）提出的 {old + 1} 年工作安排，今年的成效部分应逐项回应："]
        lines += [f"  - {p[:80]}" for p in r.plans[:30] if p]
        if len(r.plans) > 30:
            lines.append(f"  …… 共 {len(r.plans)} 条")
        sections.ca.items.pop(first_achievement, None)
        sections.yaml_set_comment_before_after_key(first_achievement, before=comment_text("\n".join(lines)), indent=2)
    return _dump(data, source or name, old, year, r)


def _dump(data, source: str, old: int, new: int, r: _Roller) -> str:
    from drafter.extract.emit import comment_text
    from drafter.report.yamlio import dump
    body = dump(data)
    # the old header comments (extract's) describe last year's file: keep only ours
    body = re.sub(r"\A(#[^\n]*\n)+\n?", "", body)
    # extract's "请更新" notes on content are last year's advice; the 请核实 notes replace them
    body = re.sub(r"(?m)^[ \t]*# 请更新：[^\n]*\n(?=[ \t]*# 请核实)", "", body)
    head = [f"由 drafter new --from 从 {source} 生成：{old} 年的报告顺延为 {new} 年。",
            "指标的 value 已移到 previous（上年数值），今年的 value 待补；成文日期、印发日期待补；",
            "标题、通知和版记的年份已顺延；标有“请核实”的句子是去年的内容，请换成今年的情况。"]
    if r.dropped:
        head.append(f"已删去 {r.dropped} 处紧跟在指标后面的去年同比（指标会按新数值重新计算同比）。")
    return "\n".join("# " + comment_text(h) for h in head) + "\n\n" + body
