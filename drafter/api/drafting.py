"""Drafting (api: `new`, `build`, `extract`): the report YAML in and out."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core.document import Document
from drafter.core.errors import InputError

BUILD_FORMATS = ("docx", "pdf", "txt", "md")


def kinds() -> dict[str, str]:
    """Every kind `new` can scaffold, id → Chinese name: the built-in kinds (data/kinds/), then the
    kinds learned from the unit's own reports in the phrase bank in use (`drafter mine`)."""
    from drafter.mining.kinds import all_kinds
    return {kind: spec["name"] for kind, spec in all_kinds().items()}


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


def new_from(data: bytes, name: str, year: int | None = None, kind: str | None = None) -> str:
    """Next period's report YAML from last period's: `data` is last year's YAML, or a .docx/.txt/.md
    report that is extracted first (see drafter/report/rollover.py for what changes per field)."""
    from pathlib import Path

    from drafter.report import yamlio
    from drafter.report.rollover import roll_forward

    if Path(name).suffix.lower() in (".yaml", ".yml"):
        text = yamlio.decode(data, name)
    else:
        text = extract(data, name).yaml_text
    return roll_forward(text, name, year=year, kind=kind, source=Path(name).name)


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

    def tbd_by_section(self) -> list[tuple[str, int]]:
        """(where, count) of the 〔待补〕 left, in document order: 标题和开头, each 一、 section, 落款 …"""
        from drafter.core import document as D
        out: dict[str, int] = {}
        where = "标题和开头"
        for b in self.document.blocks:
            if b.kind == D.HEADING and b.level == 1:
                where = (b.marker + b.title)[:20]
            elif b.kind in (D.SIGNATURE, D.DATE):
                where = "落款和日期"
            elif b.kind in (D.COVER, D.ISSUER_MARK, D.DOC_NUMBER, D.CHROME):
                where = "印发通知"
            elif b.kind in (D.CC, D.IMPRINT):
                where = "版记"
            n = b.text.count("〔待补〕") + sum("".join(r).count("〔待补〕") for r in (b.table.rows if b.table else []))
            n += b.body.count("〔待补〕") if b.kind == D.HEADING and b.run_in else 0
            if n:
                out[where] = out.get(where, 0) + n
        return list(out.items())

    def preflight(self, config=None) -> list:
        """The lint errors of the built text (what a reviewer would catch first), apart from the
        〔待补〕 themselves (counted by `tbd_by_section`). Linted on the structure the writer got
        (`document`, whose lines are the lines of `text`): nothing is parsed again, and a YAML
        heading is a heading here too."""
        from drafter.lint.config import Config
        from drafter.lint.engine import errors_only, lint_document
        findings = lint_document(self.document, errors_only(config or Config()), lazy=True)
        return [f for f in findings if f.severity == "error" and "待补" not in f.message]


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
    data, text = yamlio.load(name, text=yaml_text, comments=False)
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
