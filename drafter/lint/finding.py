"""A lint finding, as pinned in SPEC §3 (`drafter lint --format json`)."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}


@dataclass
class Finding:
    rule: str            # "P001"
    severity: str        # error | warning | info
    line: int            # 1-based line (for .docx: paragraph number)
    column: int          # 1-based, counts characters
    length: int          # characters covered
    message: str         # Chinese
    source: str          # "GB/T 15834-2011 第5章" or "惯例"
    fix: str | None = None  # replacement text for the covered span, or None
    where: str = ""      # for people, .docx only: "表格1 第2行第3列", "脚注3", "文本框" (SPEC §3, optional)

    def to_json(self) -> dict:
        out = {"rule": self.rule, "severity": self.severity, "line": self.line, "column": self.column,
               "length": self.length, "message": self.message, "source": self.source, "fix": self.fix}
        if self.where:
            out["where"] = self.where
        return out
