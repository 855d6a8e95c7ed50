"""More drafting residue (data: drafter/data/lint/residue.toml, tables R007–R010):

R007  review comments and editors' notes left in the text (【批注：…】, [修改意见], （张三：这里再核实）).
R008  Markdown markup in a plain-text or Word draft (## 标题, **加粗**, - 列表); not for .md input,
      whose markup the reader has already read.
R009  a chatbot's preamble or closing (好的，以下是…, 作为一个AI, 希望对您有帮助).
R011  a letter standing for a number (N件, x人): a warning, since “N个” is also slang for “many”.
R010  a request for instructions (妥否，请批示; 请予审批; 以上请示) in a document whose title makes it a
      报告 or 总结 (or an excerpt with no title that does not call itself a 请示): a report must not
      carry a 请示 matter.

Each is one regex with a literal gate or a fast skip to the characters a match can begin with."""

from __future__ import annotations

import functools

from drafter.core.resources import load_toml
from drafter.lint.context import Context
from drafter.lint.registry import rule
from drafter.lint.wordlists import ExistenceList


@functools.cache
def _data(rule_id: str) -> dict:
    return load_toml("lint/residue.toml")[rule_id]


@functools.cache
def _list(rule_id: str) -> ExistenceList:
    d = _data(rule_id)
    entries = d.get("entry") or [{"pattern": d["pattern"]}]
    return ExistenceList(entries, tuple(d.get("gate", ())), d.get("starts", ""))


@rule("R007")
def review_comment(ctx: Context):
    """【批注：…】 and （张三：这里再核实）: a reviewer's note left in the text. A named note is
    reported from its opening bracket; label words (（说明：…）, （注：…）) are not names."""
    text = ctx.text
    hits = list(_list("R007").hits("R007", text))
    not_names = tuple(_data("R007_name")["not_names"])
    for h in _list("R007_name").hits("R007", text):
        a = max(text.rfind(c, max(0, h.start - 4), h.start) for c in "（(【[")
        if a < 0 or text[a + 1:h.start].startswith(not_names):
            continue
        h.length += h.start - a
        h.start = a
        h.args["found"] = text[a:a + h.length]
        hits.append(h)
    return sorted(hits, key=lambda h: h.start)


@rule("R008")
def markdown_markup(ctx: Context):
    """Markdown markup in a .txt or .docx draft."""
    if ctx.doc.format == "md" or not any(m in ctx.text for m in _data("R008")["gate"]):
        return []
    return _list("R008").hits("R008", ctx.text)


@rule("R009")
def chatbot_text(ctx: Context):
    """A chatbot's preamble or closing sentence."""
    return _list("R009").hits("R009", ctx.text)


@rule("R011")
def letter_placeholder(ctx: Context):
    """N件, x人: a letter where a figure should be."""
    return _list("R011").hits("R011", ctx.text)


def is_report(title: str) -> bool:
    d = _data("R010")
    return any(w in title for w in d["title_words"]) and not any(w in title for w in d["not_title_words"])


@rule("R010")
def request_in_report(ctx: Context):
    """妥否，请批示 in a 报告/总结, or in an excerpt without a title that is not a 请示."""
    title = ctx.doc.title
    if not is_report(title) and (title or "请示" in ctx.text[:200]):
        return []
    return _list("R010").hits("R010", ctx.text)
