"""Metrics recognised in sentences where it is safe: 受理法律援助案件1312件 -> a metric with label
受理法律援助案件, value 1312, unit 件, and the span replaced by 【指标:ID】, which build expands back
to the same characters. For a rate followed by its change in 个百分点 (败诉率5.5%，同比下降5.87个百分点)
the previous value follows exactly (5.5 + 5.87) and the whole span becomes the placeholder.

Only the clean cases are taken: a label that is a whole clause of Chinese characters (no digits,
no 、), not ending in 逾/超/约/达… (an estimate or a change), a number written without thousands
separators or trailing zeros, a unit from the list, not followed by 以上/余/多…, not inside 《》 or
quotes. Each candidate is rendered with drafter.report.metrics and kept only when the characters
come back identical. At most `max` metrics (extract.toml), preferring labels that open with a verb
of the trade (受理, 办理, 调解 …)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from drafter.extract.config import data
from drafter.text.punct import fold
from drafter.report import metrics as M

RE_NUM = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)")
RE_RATE_CHANGE = re.compile(r"^，同比(上升|下降)(\d+(?:\.\d+)?)个百分点")


@dataclass
class Candidate:
    text_id: int          # which text (index into the list given to find())
    start: int
    end: int
    label: str
    value: Decimal
    unit: str
    previous: Decimal | None
    digits: int
    score: int
    id: str = ""


def _inside_quotes(text: str, pos: int) -> bool:
    before = text[:pos]
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


def _candidates_in(text: str, text_id: int) -> list[Candidate]:
    cfg = data()["metrics"]
    units = sorted(cfg["units"], key=len, reverse=True)
    f = fold(text)
    out = []
    for m in RE_NUM.finditer(f):
        num = m.group(1)
        rest = f[m.end():]
        unit = next((u for u in units if rest.startswith(u)), None)
        if unit is None or unit in cfg["skip_units"]:
            continue
        end = m.end() + len(unit)
        after = f[end:]
        if after[:1].isdigit() or any(after.startswith(w) for w in cfg["bad_after"]):
            continue
        if after[:1] and "\u4e00" <= after[0] <= "\u9fff":
            continue  # 任命7名行政复议员: what is counted follows the unit, the label is incomplete
        if unit != "%" and after[:1] in ("次", "件") and unit in ("人", "件", "场"):
            continue  # 人次, 件次 spelt out after a shorter unit
        start = m.start()
        while start > 0 and f[start - 1] not in cfg["clause_marks"] and not f[start - 1].isdigit() \
                and not f[start - 1].isascii():
            start -= 1
        if start > 0 and (f[start - 1].isdigit() or f[start - 1].isascii() and f[start - 1] not in " \t"):
            continue
        label = text[start:m.start()]
        if not (cfg["label_min"] <= len(label) <= cfg["label_max"]):
            continue
        if not all("\u4e00" <= ch <= "\u9fff" for ch in label):
            continue
        if label.endswith(tuple(cfg["bad_label_end"])) or label.startswith(tuple(cfg["bad_label_start"])):
            continue
        if _inside_quotes(f, start):
            continue
        value = Decimal(num)
        if M.format_number(value) != num:
            continue
        if M.label_is_rate(label) != (unit == "%"):
            continue  # a rate needs %, and a % needs a label naming the rate
        previous, digits = None, M.DEFAULT_DIGITS
        mc = RE_RATE_CHANGE.match(after) if unit == "%" else None
        if mc:
            change = Decimal(mc.group(2))
            previous = value - change if mc.group(1) == "上升" else value + change
            exp = -change.as_tuple().exponent if change.as_tuple().exponent < 0 else 0
            digits = max(exp, 0)
            metric = M.Metric(id="x", label=label, value=value, unit=unit, previous=previous,
                              has_previous=True, digits=digits)
            span_end = end + mc.end()
            if fold(metric.text) == f[start:span_end] and previous >= 0:
                end = span_end
            else:
                previous, digits = None, M.DEFAULT_DIGITS
        metric = M.Metric(id="x", label=label, value=value, unit=unit, previous=previous,
                          has_previous=previous is not None, digits=digits)
        if fold(metric.text) != f[start:end]:
            continue
        if any(ch in label for ch in cfg["label_joiners"]):
            continue
        score = 0
        if label.startswith(tuple(cfg["verbs"])) or any(label[k:].startswith(v) for k in (1, 2)
                                                          for v in cfg["verbs"]):
            score += 2
        elif unit == "%" and M.label_is_rate(label):
            score += 2
        if score < 2 or len(label) < cfg["label_min"] or len(_stem(label)) < 2:
            continue
        if start > 0 and f[start - 1] == "、":
            continue  # 法律援助、帮助案件2.8万件: the label is only the last of a list
        if 4 <= len(label) <= 10:
            score += 1
        if previous is not None:
            score += 1
        out.append(Candidate(text_id, start, end, label, value, unit, previous, digits, score))
    return out


def _stem(label: str) -> str:
    """What is counted, without the leading scope and verb: 全区共化解矛盾纠纷 -> 矛盾纠纷."""
    cfg = data()["metrics"]
    base = label
    for _ in range(2):
        for lead in cfg["scopes"]:
            if base.startswith(lead):
                base = base[len(lead):]
        for v in sorted(cfg["verbs"], key=len, reverse=True):
            if base.startswith(v):
                base = base[len(v):]
                break
    return base if not base.endswith(("率", "比")) or len(base) > 1 else label


def _id_for(label: str, taken: set[str]) -> str:
    base = _stem(label)
    if len(base) < 2 or base in data()["metrics"]["scopes"]:
        base = label
    base = base[:10]
    mid, n = base, 2
    while mid in taken:
        mid, n = f"{base}{n}", n + 1
    taken.add(mid)
    return mid


def find(texts: list[str]) -> list[Candidate]:
    """The metrics to take from these texts (at most `max`), with IDs, in text order."""
    cands = [c for i, t in enumerate(texts) for c in _candidates_in(t, i)]
    limit = data()["metrics"]["max"]
    chosen = sorted(cands, key=lambda c: (-c.score, c.text_id, c.start))[:limit]
    chosen.sort(key=lambda c: (c.text_id, c.start))
    taken: set[str] = set()
    for c in chosen:
        c.id = _id_for(c.label, taken)
    return chosen


def replace(text: str, cands: list[Candidate]) -> str:
    """Put 【指标:ID】 in place of each candidate's span (candidates of this one text)."""
    for c in sorted(cands, key=lambda c: c.start, reverse=True):
        text = text[: c.start] + f"【指标:{c.id}】" + text[c.end:]
    return text


def to_yaml(c: Candidate) -> dict:
    node: dict = {"label": c.label, "value": int(c.value) if c.value == c.value.to_integral_value()
                  and "." not in str(c.value) else float(str(c.value)), "unit": c.unit}
    if c.previous is not None:
        node["previous"] = (int(c.previous) if c.previous == c.previous.to_integral_value()
                            and "." not in M.format_number(c.previous) else float(M.format_number(c.previous)))
        if c.digits != M.DEFAULT_DIGITS:
            node["digits"] = c.digits
    return node
