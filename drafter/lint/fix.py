"""`--fix` for text: apply the fix-safe findings' replacements. Mechanical only (punctuation
width, quotes, ellipsis, doubled marks, date zero-padding, range dashes, full-width digits):
never a Chinese character changes (asserted), and fixing is repeated until nothing fix-safe is
left, so a second --fix changes nothing (idempotent)."""

from __future__ import annotations

import re

from drafter.lint.finding import Finding
from drafter.text.punct import is_cjk

MAX_ROUNDS = 5


def cjk_projection(text: str) -> str:
    """The Chinese characters of a text, in order: what --fix must never change."""
    return "".join(ch for ch in text if is_cjk(ch))


def apply_to_lines(lines: list[str], findings: list[Finding]) -> tuple[list[str], int]:
    """Apply the fixes of `findings` (line/column are 1-based in `lines`); overlapping fixes after
    the first are left for the next round. Returns the new lines and the number applied."""
    by_line: dict[int, list[Finding]] = {}
    for f in findings:
        if f.fix is not None and 1 <= f.line <= len(lines):
            by_line.setdefault(f.line, []).append(f)
    out = list(lines)
    applied = 0
    for ln, fs in by_line.items():
        text = out[ln - 1]
        fs.sort(key=lambda f: (f.column, -f.length))
        chosen: list[Finding] = []
        end = -1
        for f in fs:
            s = f.column - 1
            if s < end or s + f.length > len(text):
                continue
            chosen.append(f)
            end = s + f.length
        for f in reversed(chosen):
            s = f.column - 1
            text = text[:s] + f.fix + text[s + f.length:]
        if cjk_projection(text) != cjk_projection(out[ln - 1]):
            raise AssertionError(f"--fix would change Chinese characters on line {ln}")
        out[ln - 1] = text
        applied += len(chosen)
    return out, applied


# the line breaks the readers split on (drafter.core.readers.split_lines): findings count lines this way
_LINE_BREAK = re.compile("(\r\n|\r|\n|\u2028|\u2029)")


def fix_text(text: str, lint) -> tuple[str, int]:
    """Fix `text` until no fix-safe finding remains. `lint(text)` returns the findings for a text.
    Lines are split as the readers split them (\\r\\n, \\r, \\n, U+2028/9, a leading BOM skipped),
    so a finding's line is the line fixed; every line break and the BOM are written back as found."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    parts = _LINE_BREAK.split(text[len(bom):])
    lines, breaks = parts[0::2], parts[1::2]
    total = 0
    for _ in range(MAX_ROUNDS):
        findings = [f for f in lint("\n".join(lines)) if f.fix is not None]
        if not findings:
            break
        lines, n = apply_to_lines(lines, findings)
        total += n
        if n == 0:
            break
    return bom + lines[0] + "".join(br + ln for br, ln in zip(breaks, lines[1:])), total
