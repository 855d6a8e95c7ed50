"""The validated report: what the templates see. Every attribute always exists (templates run
with StrictUndefined); text is final (metric placeholders expanded, 待补 -> 〔待补〕), but not yet
converted to full-width punctuation (done once on the rendered text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.report.metrics import Metric


@dataclass
class Item:
    """一是… : a lead title (ends the sentence with 。) and free text; or only text."""
    title: str = ""
    text: str = ""


@dataclass
class Block:
    """One element of a section's content, in the clerk's order.

    type "paragraph": `text` (a newline starts a new paragraph);
    type "items":     `text` lead (theme first), then `items`, run into the lead's last paragraph
                      (layout run-in) or one paragraph per item (layout separate);
    type "table":     a statistics table: `caption`, `rows` (the header row first), `header_rows`;
    type "group":     a （一） heading `heading`, `run_in` (the first paragraph follows the heading on
                      its line), `blocks` below it; `level` 2 for （一）, 3 for 1., 4 for （1）."""
    type: str
    text: str = ""
    items: list[Item] = field(default_factory=list)
    layout: str = "run-in"
    heading: str = ""
    number: int | None = None
    numbered: bool = True
    run_in: bool = False
    level: int = 2
    blocks: list["Block"] = field(default_factory=list)
    # type "table": a caption, the header row(s) and the rows, cells as text
    caption: str = ""
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 1


@dataclass
class Section:
    role: str
    heading: str = ""            # "" : unheaded (its paragraphs follow the previous section)
    numbered: bool = True        # False: a slogan heading without 一、
    number: int | None = None    # 1 for 一、 (counted over numbered, headed sections)
    blocks: list[Block] = field(default_factory=list)
    run_in: bool = False         # 一、标题。正文… on one line


@dataclass
class Cover:
    """The 印发 notice of a summary-plan (seed 001), printed before the title. With a 发文字号 it has
    its 版头: 发文机关标志 (`issuer_mark`), 发文字号 (`doc_number`) and the notice title (`title`)."""
    index: list[list[str]] = field(default_factory=list)  # 索引号 table rows (cells)
    issuer_mark: str = ""
    doc_number: str = ""
    title: str = ""
    recipients: str = ""
    notice: str = ""
    issuer: str = ""
    date: str = ""
    note: str = ""


@dataclass
class Report:
    path: str
    kind: str
    kind_name: str
    district: str
    bureau: str
    issuer: str
    year: int
    next_year: int
    date: str                    # 2026年1月15日, "" when not given
    title_lines: list[str]
    recipients: str
    byline: str
    cover: Cover | None
    imprint: str
    opening: list[str]           # paragraphs
    transition: str
    sections: list[Section]
    closing: list[str]
    signature: bool              # print issuer and date at the end
    metrics: dict[str, Metric]
    theme_lead: str
    doc_number: str = ""         # 发文字号 (SPEC §4)
    cc: list[str] = field(default_factory=list)           # 抄送机关
    attachments: list[str] = field(default_factory=list)  # 附件名称
    seal: bool | None = None     # True 7.3.5.1, False 7.3.5.2, None the kind's default
