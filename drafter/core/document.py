"""The one model in the middle: a parsed official document.

Readers produce lines; `drafter.core.outline.parse` turns them into a `Document`; the linter, the miner,
`extract` and the .docx writer all work on it. A document is a flat list of `Block`s in source
order (one per source line, blank lines included), plus a section tree built from the headings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

# Block kinds
TITLE = "title"          # level-0 title line(s)
SUBTITLE = "subtitle"    # ——2026年1月26日在…会议上
BYLINE = "byline"        # 通讯员 …, 上海市市长 龚 正
SALUTATION = "salutation"  # 主送机关 / 各位代表：
HEADING = "heading"
PARAGRAPH = "paragraph"
SIGNATURE = "signature"  # 署名 (issuer)
DATE = "date"            # 成文日期
COVER = "cover"          # the 印发 notice before the title (seed 001)
IMPRINT = "imprint"      # 版记: …办公室 2023年1月13日印发
ATTACHMENT = "attachment"  # 附件1 (the label before an attached document)
CHROME = "chrome"        # web-page residue: 下载/打印/【字号】/索引号 table/来源/时间/duplicates
BLANK = "blank"
# Elements of a document that goes out as a 公文 (GB/T 9704-2012), made by `build` from the YAML and
# recognised by the parser where a draft carries them:
ISSUER_MARK = "issuer-mark"   # 版头: 发文机关标志 (…司法局文件), red, centred
DOC_NUMBER = "doc-number"     # 版头: 发文字号 龙司发〔2023〕3号 (the red rule follows it)
ATTACHMENT_NOTE = "attachment-note"  # 附件说明: 附件：1.…（one block per attachment line）
CC = "cc"                     # 版记: 抄送：…
TABLE = "table"               # a table (Block.table); its cells are also CELL blocks for lint
CELL = "cell"                 # one paragraph inside a table cell (Block.where says which cell)

ROLES = ("opening", "achievements", "problems", "plans", "duty", "closing", "other")


class Note(NamedTuple):
    """Something the clerk should know about a place in the input that is not plain text: what
    cannot be carried over (a picture, a chart, an equation), an unaccepted revision, a comment, a
    heading numbered only by Word. (1-based line, where for people, message in Chinese, kind).
    kind: "object", "revision", "comment", "textbox", "table", "numbering-auto", "numbering-missing"."""
    line: int
    where: str
    message: str
    kind: str = ""


@dataclass
class Enumeration:
    """One 一是/二是 item run into a paragraph."""
    marker: str      # "一是"
    ordinal: int     # 1
    offset: int      # character offset of the marker in the block's text
    title: str       # the item's lead sentence without its 。 (may be the whole rest)


@dataclass
class Table:
    """A table: an optional caption, rows of cell texts (a cell may hold several lines joined by
    "\n"), and how many leading rows are header rows."""
    rows: list[list[str]]
    caption: str = ""
    header_rows: int = 1

    @property
    def columns(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class Block:
    kind: str
    line: int                 # 1-based line (or .docx paragraph) number
    text: str                 # the line as written, without surrounding whitespace
    indent: int = 0           # characters of leading whitespace stripped from the source line
    level: int | None = None  # headings: 1..4 (title blocks: 0)
    marker: str = ""          # numbering as written: "一、", "(一)", "1.", "" for none
    title: str = ""           # heading text without marker; a run-in heading stops before its 。
    body: str = ""            # a run-in heading: the paragraph text after the heading sentence
    run_in: bool = False
    ordinal: int | None = None  # the heading's number (一 -> 1), None when un-numbered
    role: str | None = None   # section role of the block (achievements, problems, plans, duty, …)
    detail: str = ""          # sub-kind, e.g. chrome "index-table", cover "notice"
    enums: list[Enumeration] = field(default_factory=list)
    table: Table | None = None  # kind TABLE
    where: str = ""           # for people: "表格1 第2行第3列", "脚注3", "文本框" (SPEC §3 `where`)

    @property
    def column(self) -> int:
        """1-based column of the block's first character in the source line."""
        return self.indent + 1

    @property
    def is_heading(self) -> bool:
        return self.kind in (HEADING, TITLE)

    def content_text(self) -> str:
        """Running text of the block: a run-in heading's body, a paragraph's text."""
        if self.kind == HEADING:
            return self.body
        return self.text


@dataclass
class Section:
    heading: Block | None            # None for the root
    blocks: list[Block] = field(default_factory=list)      # paragraphs directly under the heading
    children: list["Section"] = field(default_factory=list)

    @property
    def level(self) -> int:
        return self.heading.level if self.heading is not None and self.heading.level is not None else 0

    @property
    def role(self) -> str | None:
        return self.heading.role if self.heading is not None else None

    def walk(self) -> Iterator["Section"]:
        yield self
        for c in self.children:
            yield from c.walk()


@dataclass
class Document:
    path: str | None
    lines: list[str]
    blocks: list[Block]
    format: str = "txt"
    kind: str | None = None   # guessed document kind (annual, summary-plan, rule-of-law, …)
    # Signature layout (GB/T 9704 7.3.5): True 加盖印章 (7.3.5.1), False 不加盖印章 (7.3.5.2),
    # None: the kind's default (data/kinds/<kind>.toml `seal`).
    seal: bool | None = None
    structured: bool = False  # True: the blocks come from the report model (build), not a guess
    notes: list[Note] = field(default_factory=list)  # the reader's notes (drafter.core.readers.attach_structure)

    # --- views -------------------------------------------------------------------------------
    def of_kind(self, *kinds: str) -> list[Block]:
        return [b for b in self.blocks if b.kind in kinds]

    @property
    def title_blocks(self) -> list[Block]:
        return self.of_kind(TITLE)

    @property
    def title(self) -> str:
        return "".join(b.text for b in self.title_blocks)

    @property
    def headings(self) -> list[Block]:
        """Title lines and headings in document order: the outline. The title of a 印发 notice
        (关于印发《…》的通知, a COVER block) is a document title too, as is the 印发ed document's own."""
        return [b for b in self.blocks if b.kind in (TITLE, HEADING) or (b.kind == COVER and b.detail == "title")]

    @property
    def paragraphs(self) -> list[Block]:
        return self.of_kind(PARAGRAPH)

    @property
    def content_blocks(self) -> list[Block]:
        """Headings and paragraphs of the body (no chrome, cover, title, signature)."""
        return [b for b in self.blocks if b.kind in (HEADING, PARAGRAPH)]

    @property
    def signature(self) -> str:
        return "".join(b.text for b in self.of_kind(SIGNATURE))

    @property
    def date(self) -> str:
        ds = self.of_kind(DATE)
        return ds[-1].text if ds else ""

    @property
    def enumerations(self) -> list[tuple[Block, Enumeration]]:
        return [(b, e) for b in self.blocks for e in b.enums]

    def body_text(self) -> str:
        """The report's own text: title, headings, paragraphs, signature and date, one per line."""
        keep = (TITLE, SUBTITLE, BYLINE, SALUTATION, HEADING, PARAGRAPH, SIGNATURE, DATE, ATTACHMENT)
        return "\n".join(b.text for b in self.blocks if b.kind in keep)

    def sections(self) -> Section:
        """The heading tree. Deeper headings nest under the nearest shallower one; a level skip
        (1. directly under 一、) nests just the same."""
        root = Section(heading=None)
        stack: list[Section] = [root]
        for b in self.blocks:
            if b.kind == HEADING:
                sec = Section(heading=b)
                while len(stack) > 1 and stack[-1].level >= (b.level or 1):
                    stack.pop()
                stack[-1].children.append(sec)
                stack.append(sec)
            elif b.kind == PARAGRAPH:
                stack[-1].blocks.append(b)
        return root

    def outline_json(self) -> list[dict]:
        """The pinned `drafter outline --format json` objects (SPEC §3)."""
        return [{"line": b.line, "level": b.level if b.level is not None else 0,
                 "marker": b.marker, "text": b.title if b.kind == HEADING else b.text}
                for b in self.headings]
