"""A parsed past report (`Document`) -> the content of the report YAML (plain dicts and lists).

Top matter (title lines, byline, 主送), the 印发 cover with its 索引号 table, the opening, sections
by role with their groups (（一） / 1. / （1）) and paragraphs, signature, date and 版记. Headings keep
drafter's automatic numbering when it gives back the marker as written; otherwise the marker is
kept verbatim in the heading (numbered: false). What the model cannot express (an attachment, a
stray line) is kept verbatim as paragraphs, so nothing of the report is lost."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Block, Document
from drafter.extract.paragraphs import clean, content_nodes, same
from drafter.text.punct import fold
from drafter.report.filters import marker, sentence
from drafter.report.schema import ROLES

TOP_MATTER = (D.TITLE, D.SUBTITLE, D.BYLINE, D.SALUTATION)
TURN_ROLES = ("problems", "plans", "duty")


@dataclass
class Group:
    level: int                    # the heading's level in the source
    block: Block
    node: dict
    raw: list[Block] = field(default_factory=list)   # paragraphs directly under the heading
    children: list["Group"] = field(default_factory=list)
    order: list = field(default_factory=list)        # raw blocks and child groups, in order


@dataclass
class SectionDraft:
    role: str
    heading: Block | None
    node: dict
    order: list = field(default_factory=list)


@dataclass
class Content:
    title: list[str] = field(default_factory=list)
    byline: str = ""
    recipients: str = ""
    cover: dict | None = None
    opening: list[str] = field(default_factory=list)
    sections: list[dict] = field(default_factory=list)
    imprint: str = ""
    counts: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)   # what was kept verbatim, for the summary


def _role(r: str | None) -> str:
    return r if r in ROLES else "other"


def _index_rows(blocks: list[Block]) -> dict | list | None:
    """The 索引号 table (chrome lines before the title) -> cover.index (a mapping when it can be)."""
    rows = []
    for b in blocks:
        cells = [c.strip() for c in re.split(r"[|｜]", b.text) if c.strip()]
        if cells:
            rows.append(cells)
    if not rows:
        return None
    pairs = []
    for r in rows:
        if len(r) % 2:
            return rows
        pairs += [(r[i], r[i + 1]) for i in range(0, len(r), 2)]
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        return rows
    head = [p for p in pairs if p[0] == "索引号"]
    rest = [p for p in pairs if p[0] != "索引号"]
    rebuilt = [list(p) for p in head] + [[c for p in rest[i:i + 2] for c in p] for i in range(0, len(rest), 2)]
    return dict(pairs) if rebuilt == rows else rows


def _heading_node(b: Block, key: str, level: int, expected: int, numbered_default: bool,
                  allow_auto: bool = True) -> tuple[dict, bool]:
    """{heading|group: …, numbered?, run_in?} for a heading rendered at `level` as ordinal `expected`;
    the second value says whether it takes drafter's automatic number (else its marker is kept
    verbatim in the heading text and numbered is false)."""
    head_line = b.text[: len(b.text) - len(b.body)].strip() if b.run_in else b.text
    auto = (allow_auto and bool(b.marker)
            and fold(marker(expected, level)) == fold(b.marker).replace(" ", ""))
    prefix = marker(expected, level) if auto else ""
    rest = head_line[len(b.marker):].strip() if auto else head_line
    run_in = b.run_in and key in ("group", "heading")
    title = rest
    if b.run_in:
        title = rest[:-1] if fold(rest).endswith("。") else rest
        if run_in and not same(prefix + sentence(title), head_line):
            title = rest
    node: dict = {key: clean(title)}
    if auto != numbered_default:
        node["numbered"] = auto
    if run_in:
        node["run_in"] = True
    return node, auto


class Builder:
    def __init__(self, doc: Document, kind: str, theme_lead: str, numbered_default: bool):
        self.doc = doc
        self.kind = kind
        self.theme_lead = theme_lead
        self.numbered_default = numbered_default
        self.content = Content()
        self.counts = {"sections": 0, "groups": 0, "items": 0, "verbatim": 0}

    # --- the whole document ----------------------------------------------------------------------
    def build(self) -> Content:
        c = self.content
        blocks = [b for b in self.doc.blocks if b.kind != D.BLANK]
        first_body = next((k for k, b in enumerate(blocks)
                           if b.kind in (D.HEADING, D.PARAGRAPH, D.ATTACHMENT)), len(blocks))
        index = [b for b in blocks[:first_body] if b.kind == D.CHROME and b.detail == "index-table"]
        cover = [b for b in blocks if b.kind == D.COVER]
        if cover:
            c.cover = {}
            rows = _index_rows(index)
            if rows:
                c.cover["index"] = rows
            for b in cover:
                if b.detail == "recipients":
                    c.cover["recipients"] = clean(b.text).rstrip("：:")
                elif b.detail in ("notice", "issuer", "date", "note"):
                    c.cover[b.detail] = clean(b.text)
        main: list[Block] = []
        started = False
        for b in blocks:
            if b.kind in (D.CHROME, D.COVER, D.BLANK, D.CELL):  # a cell's text is in its TABLE block
                continue
            if not started and b.kind in TOP_MATTER:
                if b.kind in (D.TITLE, D.SUBTITLE):
                    c.title.append(clean(b.text))
                elif b.kind == D.BYLINE:
                    c.byline = (c.byline + " " + clean(b.text)).strip()
                else:
                    c.recipients = clean(b.text).rstrip("：:")
                continue
            if b.kind in (D.SIGNATURE, D.DATE):
                continue
            if b.kind == D.IMPRINT:
                c.imprint = clean(b.text)
                continue
            started = True
            main.append(b)
        self._body(main)
        c.counts = self.counts
        return c

    def _body(self, blocks: list[Block]) -> None:
        c = self.content
        attach = next((k for k, b in enumerate(blocks) if b.kind == D.ATTACHMENT), len(blocks))
        body, appendix = blocks[:attach], blocks[attach:]
        levels = [b.level for b in body if b.kind == D.HEADING and b.level]
        top = min(levels) if levels else 1
        drafts: list[SectionDraft] = []
        cur: SectionDraft | None = None
        stack: list[Group] = []
        n_sections = 0
        for b in body:
            if b.kind == D.HEADING and b.level == top:
                expected = n_sections + 1
                node, auto = _heading_node(b, "heading", 1, expected, self.numbered_default)
                if auto:
                    n_sections += 1
                cur = SectionDraft(role=_role(b.role), heading=b, node=node)
                if b.run_in and b.body:
                    cur.order.append(_BodyOf(b))
                drafts.append(cur)
                stack = []
            elif b.kind == D.HEADING:
                if cur is None:
                    cur = SectionDraft(role=_role(b.role), heading=None, node={})
                    drafts.append(cur)
                while stack and stack[-1].level >= (b.level or 2):
                    stack.pop()
                siblings = stack[-1].order if stack else cur.order
                depth = 2 + len(stack)
                g = Group(level=b.level or depth, block=b, node={})
                g.depth = depth  # type: ignore[attr-defined]
                siblings.append(g)
                stack.append(g)
            else:
                if cur is None and b.role in ("opening", None) and b.kind == D.PARAGRAPH:
                    c.opening.append(clean(b.text))
                    continue
                if cur is None or (b.kind == D.PARAGRAPH and b.role in TURN_ROLES and b.role != cur.role):
                    cur = SectionDraft(role=_role(b.role), heading=None, node={})
                    drafts.append(cur)
                    stack = []
                (stack[-1].order if stack else cur.order).append(b)
        if appendix:
            sec = SectionDraft(role="other", heading=None, node={})
            sec.order = [_Verbatim(b) for b in appendix]
            drafts.append(sec)
            self.counts["verbatim"] += len(appendix)
            c.notes.append(f"附件等 {len(appendix)} 行按原文保留")
        for d in drafts:
            node = {"role": d.role}
            node.update(d.node)
            node["content"] = self._content(d.order)
            if not node["content"]:
                del node["content"]
            c.sections.append(node)
        self.counts["sections"] = len(drafts)

    def _content(self, order: list) -> list:
        out: list = []
        run: list[Block] = []
        n_groups = 0

        def flush() -> None:
            if run:
                nodes = content_nodes(run, self.theme_lead)
                for nd in nodes:
                    if isinstance(nd, dict):
                        self.counts["items"] += len(nd.get("items", []))
                out.extend(nodes)
                run.clear()

        for x in order:
            if isinstance(x, Group):
                flush()
                node, auto = _heading_node(x.block, "group", x.depth, n_groups + 1, True,
                                           allow_auto=x.level == x.depth)
                if auto:
                    n_groups += 1
                self.counts["groups"] += 1
                inner = ([_BodyOf(x.block)] if x.block.run_in and x.block.body else []) + x.order
                sub = self._content(inner)
                if sub:
                    node["content"] = sub
                out.append(node)
            elif isinstance(x, _Verbatim):
                flush()
                out.append(clean(x.block.text) if x.block.kind != D.TABLE else table_node(x.block.table))
            elif isinstance(x, Block) and x.kind == D.TABLE:
                flush()
                if x.table is not None:
                    out.append(table_node(x.table))
                    self.counts["tables"] = self.counts.get("tables", 0) + 1
            elif isinstance(x, _BodyOf):
                run.append(x.block)
            else:
                run.append(x)
        flush()
        return out


def table_node(table) -> dict:
    """A `Table` -> `{table: {caption, header, rows}}` (the report YAML's table; one header row,
    every row as wide as the widest)."""
    width = max(table.columns, 1)
    rows = [[clean(c) for c in r] + [""] * (width - len(r)) for r in table.rows]
    node: dict = {}
    if table.caption:
        node["caption"] = clean(table.caption)
    if table.header_rows and len(rows) > 1:
        node["header"] = rows[0]
        rows = rows[1:]
    node["rows"] = rows
    return {"table": node}


class _BodyOf:
    """The run-in body of a heading, as the first paragraph under it."""

    def __init__(self, block: Block):
        self.block = block


class _Verbatim:
    def __init__(self, block: Block):
        self.block = block


def build(doc: Document, kind: str, theme_lead: str, numbered_default: bool) -> Content:
    return Builder(doc, kind, theme_lead, numbered_default).build()
