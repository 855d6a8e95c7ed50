"""One paragraph of a past report -> a content node of the report YAML, exactly.

A paragraph becomes structure (a themed paragraph 这一年，我们…, 一是…二是… items) only when the
templates render that structure back to the same characters; otherwise it stays verbatim text.
The check uses the very filters the templates use (drafter.report.filters)."""

from __future__ import annotations

import re

from drafter.core.document import Block, Enumeration
from drafter.text.punct import fold, to_fullwidth
from drafter.report.filters import enum, item_text
from drafter.report.model import Item

SENT_END = "。；！？"
_WS = re.compile(r"\s+")


def same(a: str, b: str) -> bool:
    """Equal once punctuation width and whitespace are set aside (how build's output is compared)."""
    return _WS.sub("", fold(a)) == _WS.sub("", fold(b))


def clean(text: str) -> str:
    """Text as drafter writes it into the YAML: full-width punctuation in Chinese context."""
    return to_fullwidth(text.strip())


def split_item(span: str) -> str | dict | None:
    """The text after 一是 up to the next marker -> an item node ("…。" or {title, text}), or None
    when item_text() would not give the same characters back."""
    span = span.strip()
    if not span:
        return None
    f = fold(span)
    cut = next((i for i, ch in enumerate(f) if ch in SENT_END), None)
    if cut is None or not span[cut + 1:].strip():
        node = clean(span)
        return node if same(item_text(Item(text=node)), span) else None
    title = span[:cut] if f[cut] == "。" else span[:cut + 1]
    body = span[cut + 1:]
    node = {"title": clean(title), "text": clean(body)}
    if not node["title"] or not same(item_text(Item(title=node["title"], text=node["text"])), span):
        return None
    return node


def split_items(text: str, enums: list[Enumeration]) -> tuple[str, list] | None:
    """(lead, items) of a paragraph with 一是…二是… run in, or None when not exact."""
    if not enums or [e.ordinal for e in enums] != list(range(1, len(enums) + 1)):
        return None
    items = []
    for i, e in enumerate(enums):
        start = e.offset + len(e.marker)
        end = enums[i + 1].offset if i + 1 < len(enums) else len(text)
        node = split_item(text[start:end])
        if node is None:
            return None
        items.append(node)
    return text[: enums[0].offset], items


def _item_of(node) -> Item:
    return Item(title=node["title"], text=node["text"]) if isinstance(node, dict) else Item(text=node)


def render_items(lead: str, items: list) -> str:
    return lead + "".join(enum(i + 1) + item_text(_item_of(n)) for i, n in enumerate(items))


def split_theme(text: str, theme_lead: str) -> tuple[str, str] | None:
    """这一年，我们统筹有力，…。rest -> (theme, rest) when the paragraph opens with the kind's lead."""
    f = fold(text)
    lead = fold(theme_lead)
    if not theme_lead or not f.startswith(lead):
        return None
    end = f.find("。", len(lead))
    if end <= len(lead):
        return None
    theme = text[len(lead):end]
    if any(ch in fold(theme) for ch in "；！？"):
        return None
    return theme, text[end + 1:]


def paragraph_node(b: Block, theme_lead: str):
    """A paragraph block -> a content node: str, {theme, text, items}, {text, items} or {items}."""
    text = b.content_text()
    enums = b.enums
    if b.kind == "heading":  # a run-in heading's body: enumeration offsets are in the whole line
        off = len(b.text) - len(b.body)
        enums = [Enumeration(e.marker, e.ordinal, e.offset - off, e.title) for e in b.enums]
    theme = split_theme(text, theme_lead)
    node: dict = {}
    lead_text = text
    if theme is not None:
        node["theme"] = clean(theme[0])
        lead_text = theme[1]
        shift = len(text) - len(lead_text)
        enums = [Enumeration(e.marker, e.ordinal, e.offset - shift, e.title) for e in enums if e.offset >= shift]
    split = split_items(lead_text, enums) if enums else None
    if split is not None:
        lead, items = split
        if lead.strip():
            node["text"] = clean(lead)
        node["items"] = items
        if "theme" not in node and "text" not in node:
            node["layout"] = "run-in"
    elif lead_text.strip():
        node["text"] = clean(lead_text)
    if "theme" in node:
        rendered = theme_lead + node["theme"] + "。" + (render_items(node.get("text", ""), node["items"])
                                                       if "items" in node else node.get("text", ""))
        if not same(rendered, text):
            return clean(text)
        return node
    if "items" in node and same(render_items(node.get("text", ""), node["items"]), text):
        return node
    return clean(text)


def separate_items(blocks: list[Block]) -> list | None:
    """Paragraphs that each open with the next of 一是、二是… (one marker each) -> items, or None."""
    items = []
    for i, b in enumerate(blocks):
        es = b.enums
        if b.kind != "paragraph" or len(es) != 1 or es[0].offset != 0 or es[0].ordinal != i + 1:
            return None
        node = split_item(b.text[len(es[0].marker):])
        if node is None or not same(enum(i + 1) + item_text(_item_of(node)), b.text):
            return None
        items.append(node)
    return items


def content_nodes(blocks: list[Block], theme_lead: str) -> list:
    """The paragraphs under one heading -> content nodes; runs of 一是/二是 paragraphs become one
    items block laid out one item per paragraph."""
    out: list = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        es = b.enums
        if b.kind == "paragraph" and len(es) == 1 and es[0].offset == 0 and es[0].ordinal == 1:
            j = i + 1
            while (j < len(blocks) and blocks[j].kind == "paragraph" and len(blocks[j].enums) == 1
                   and blocks[j].enums[0].offset == 0 and blocks[j].enums[0].ordinal == j - i + 1):
                j += 1
            if j - i >= 2:
                items = separate_items(blocks[i:j])
                if items is not None:
                    out.append({"items": items})
                    i = j
                    continue
        out.append(paragraph_node(b, theme_lead) if b.kind in ("paragraph", "heading") else clean(b.text))
        i += 1
    return out
