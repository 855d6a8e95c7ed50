"""Drafting (api: `new`, `build`, `extract`): the report YAML in and out."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core.document import Document
from drafter.core.errors import InputError

BUILD_FORMATS = ("docx", "pdf", "txt", "md")


def new(district: str, year: int | None = None, kind: str = "annual", bureau: str | None = None,
        example: bool = False) -> str:
    """The starter YAML of `kind` for a unit (or, with `example`, a complete fictional example)."""
    from drafter.mining.kinds import all_kinds
    from drafter.report import starter

    kinds = all_kinds()   # the built-in kinds and those learned in the bank in use
    district = (district or "").strip()
    if not district or any(c in district for c in "/\\:*?\"<>|"):
        raise InputError(f"区县名称“{district}”不能为空，也不能含有 / \\ : * ? \" < > | 等字符")
    if kind not in kinds:
        raise InputError(f"没有这种文种：{kind}（可选：{'、'.join(kinds)}）")
    if year is None:
        year = starter.default_year(kind)
    if not 1949 <= int(year) <= 2200:
        raise InputError(f"年份 {year} 不像是报告年份（请写四位数字，如 2025）")
    return (starter.example if example else starter.starter)(kind, district, int(year), bureau)


def default_name(district: str, year: int | None, kind: str) -> str:
    """The starter's default file name: {district}{year}年{kind name}.yaml."""
    from drafter.mining.kinds import all_kinds
    from drafter.report import starter
    year = year if year is not None else starter.default_year(kind)
    spec = all_kinds().get(kind)
    if spec is None:
        raise InputError(f"没有这种文种：{kind}（可选：{'、'.join(all_kinds())}）")
    return f"{district.strip()}{year}年{spec['name']}.yaml"


@dataclass
class Built:
    data: bytes                 # the document in the requested format
    format: str                 # docx | pdf | txt | md
    text: str                   # the official plain text (what lint checks)
    document: Document          # the structure handed to the writer (headings as the YAML has them)
    report: object              # the validated drafter.report.model.Report
    missing_roles: list[str] = field(default_factory=list)  # sections the kind expects and the YAML lacks

    @property
    def tbd(self) -> int:
        """How many 〔待补〕 remain in the document."""
        return self.text.count("〔待补〕")


def build(yaml_text: str | bytes, name: str = "report.yaml", fmt: str = "docx", template: str | None = None,
          fonts: str | None = None) -> Built:
    """Validate the report YAML, render it through its kind's template (or the user's `template`,
    sandboxed) and write the document in `fmt`. The .docx keeps the YAML's structure: a YAML
    heading is a heading and a YAML paragraph a body paragraph, whatever it looks like."""
    from drafter.report import yamlio
    from drafter.report.render import render
    from drafter.report.schema import build_report, missing_roles

    if fmt not in BUILD_FORMATS:
        raise InputError(f"不支持的输出格式：{fmt}（可选：{'、'.join(BUILD_FORMATS)}）", name)
    if isinstance(yaml_text, bytes):
        yaml_text = yamlio.decode(yaml_text, name)
    data, text = yamlio.load(name, text=yaml_text)
    report = build_report(data, name, text)
    official, doc = render(report, template)
    if fmt == "txt":
        out = official.encode("utf-8")
    elif fmt == "md":
        from drafter.report.markdown import to_markdown
        out = to_markdown(doc).encode("utf-8")
    else:
        from drafter.api.documents import docx_bytes, to_pdf
        out = docx_bytes(doc, fonts)
        if fmt == "pdf":
            out = to_pdf(out, name)
    return Built(data=out, format=fmt, text=official, document=doc, report=report,
                 missing_roles=missing_roles(report))


def extract(data: bytes, name: str):
    """Last year's report (.txt/.md/.docx bytes) -> `drafter.extract.Extraction` (YAML text with
    comments, the counts, and `body_ratio`: how close building it comes to the source)."""
    from drafter.api.documents import read
    from drafter.extract import extract_document
    return extract_document(read(data, name), name)
