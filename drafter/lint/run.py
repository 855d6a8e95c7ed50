"""Lint a file as the command does: read it (txt in any encoding, md, docx), parse, run the rules,
add the .docx format checks, and map Markdown columns back to the raw source lines.

The library layer (drafter.api) calls: `lint_document(doc, config, previous, docx_doc)`,
`lint_source_text(text, fmt, config, previous, path)`, `lint_docx_bytes(data, config, previous)`,
`lint_path(path, config, previous)` and `lint_many(paths, config, previous)` (a generator: each
file's result is yielded as soon as it is linted, so a caller can write it out and let it go)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from drafter.core.document import Document
from drafter.lint.config import Config
from drafter.lint import engine
from drafter.lint.finding import Finding


@dataclass
class Linted:
    path: str
    format: str                       # txt | md | docx
    lines: list[str]                  # the lines the findings' line/column refer to
    findings: list[Finding] = field(default_factory=list)
    encoding: str = "utf-8"


def align(stripped: str, raw: str) -> list[int]:
    """For each character of a Markdown line with its syntax stripped, its index in the raw line
    (the stripped line is a subsequence of the raw one); -1 where it cannot be placed."""
    out: list[int] = []
    j = 0
    for ch in stripped:
        k = raw.find(ch, j)
        if k < 0:
            out.append(-1)
            continue
        out.append(k)
        j = k + 1
    return out


def map_markdown(findings: list[Finding], stripped: list[str], raw: list[str]) -> list[Finding]:
    """Move columns from the stripped lines onto the raw Markdown lines; a fix whose span is not
    contiguous in the raw line (it crosses ** or a link) is dropped."""
    cache: dict[int, list[int]] = {}
    for f in findings:
        i = f.line - 1
        if not (0 <= i < len(stripped) and i < len(raw)) or stripped[i] == raw[i]:
            continue
        m = cache.get(i)
        if m is None:
            m = cache[i] = align(stripped[i], raw[i])
        a = f.column - 1
        if 0 <= a < len(m) and m[a] >= 0:
            b = a + max(f.length, 1) - 1
            end = m[b] if b < len(m) else -1
            f.column = m[a] + 1
            if f.length and (end < 0 or end - m[a] + 1 != f.length):
                f.fix = None
                f.length = max(end - m[a] + 1, 1) if end >= 0 else f.length
    return findings


def lint_document(doc: Document, config: Config | None = None, previous: Document | None = None,
                  docx_doc=None) -> list[Finding]:
    """The findings of a parsed document: the text rules, plus the .docx format rules (X) when
    `docx_doc` (the opened python-docx document `doc` was read from) is given; sorted by position."""
    config = config or Config()
    findings = engine.lint_document(doc, config, previous)
    if docx_doc is not None:
        findings.extend(engine.run_docx_rules(docx_doc, doc, config, getattr(doc, "path", None) or "<docx>"))
        findings.sort(key=lambda f: (f.line, f.column, f.rule))
    return findings


def check_docx_format(path: str, docx_doc=None, outline: Document | None = None,
                      config: Config | None = None) -> list[Finding]:
    """The X findings of a .docx file (GB/T 9704-2012 format), sorted by (line, rule). InputError
    for a bad file."""
    if docx_doc is None:
        from drafter.docx.reader import open_docx
        docx_doc = open_docx(path)
    return engine.run_docx_rules(docx_doc, outline, config or Config(), path)


def lint_source_text(text: str, fmt: str, config: Config, previous: Document | None = None,
                     path: str = "<text>") -> tuple[list[Finding], list[str], Document]:
    """Lint decoded text of a .txt or .md file. Returns findings (columns in raw lines), the raw
    lines and the parsed document."""
    from drafter.core.outline import parse
    from drafter.core.readers import Source, markdown_to_lines, split_lines
    raw = split_lines(text)
    if fmt == "md":
        lines, hints = markdown_to_lines(text)
        doc = parse(Source(path=path, lines=lines, format="md", hints=hints))
        findings = map_markdown(lint_document(doc, config, previous), lines, raw)
    else:
        doc = parse(Source(path=path, lines=raw, format="txt"))
        findings = lint_document(doc, config, previous)
    return findings, raw, doc


def read_previous(path: str) -> Document:
    from drafter.core.outline import parse_file
    return parse_file(path)


def lint_docx_bytes(data: bytes, config: Config, previous: Document | None = None,
                    path: str = "<docx>") -> Linted:
    """Lint a .docx given as bytes: text rules and format rules (InputError for a bad file)."""
    from drafter.core.readers import parse_source, read_docx_bytes
    src, docx_doc = read_docx_bytes(data, path)
    doc = parse_source(src)
    return Linted(path=path, format="docx", lines=src.lines,
                  findings=lint_document(doc, config, previous, docx_doc=docx_doc))


def lint_path(path: str, config: Config, previous: Document | None = None) -> Linted:
    """Lint one file. InputError for a file that cannot be read."""
    from drafter.core.readers import parse_source as parse
    from drafter.core.readers import read_source
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from drafter.core.readers import read_docx
        src, docx_doc = read_docx(path)
        doc = parse(src)
        return Linted(path=path, format="docx", lines=src.lines,
                      findings=lint_document(doc, config, previous, docx_doc=docx_doc))
    src = read_source(path)  # validates: exists, not empty, text, size, encoding
    if src.format == "md":
        from drafter.core.readers import read_text_file
        raw = read_text_file(path).lines
        doc = parse(src)
        findings = map_markdown(lint_document(doc, config, previous), src.lines, raw)
        return Linted(path=path, format="md", lines=raw, findings=findings, encoding=src.encoding)
    doc = parse(src)
    return Linted(path=path, format="txt", lines=src.lines, findings=lint_document(doc, config, previous),
                  encoding=src.encoding)


def read_raw(path: str) -> tuple[str, str, str]:
    """(decoded text, encoding, newline) of a text file, for --fix."""
    from drafter.core.readers import decode_bytes
    text, enc = decode_bytes(Path(path).read_bytes(), path)
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text else "\n")
    return text, enc, newline


# --- batch: many files over both cores ---------------------------------------------------------

PARALLEL_MIN_FILES = 4
PARALLEL_MIN_BYTES = 256 * 1024

_batch_config: Config | None = None
_batch_previous: Document | None = None


def _lint_one(path: str):
    from drafter.core.errors import InputError
    try:
        return lint_path(path, _batch_config, _batch_previous)
    except InputError as exc:
        return ("error", exc.message, exc.path or path, exc.line, exc.column, exc.hint)


def lint_many(paths: list[str], config: Config, previous: Document | None = None):
    """Lint files in order, yielding a `Linted` or an `InputError` per file as soon as it is done
    (nothing is kept: the caller writes each result out and lets it go). A batch of several large
    files is spread over the machine's cores (fork, after warming the rule caches so the workers
    inherit compiled patterns); a few small files are linted right here."""
    import os

    from drafter.core.errors import InputError

    global _batch_config, _batch_previous
    _batch_config, _batch_previous = config, previous
    size = 0
    for p in paths:
        try:
            size += os.path.getsize(p)
        except OSError:
            pass
    try:  # DRAFTER_JOBS=1 keeps lint in one process
        workers = max(1, int(os.environ.get("DRAFTER_JOBS", "0"))) if os.environ.get("DRAFTER_JOBS") else 0
    except ValueError:
        workers = 0
    workers = workers or min(os.cpu_count() or 1, 4)
    parallel = False
    if len(paths) >= PARALLEL_MIN_FILES and size >= PARALLEL_MIN_BYTES and workers > 1:
        import multiprocessing
        parallel = "fork" in multiprocessing.get_all_start_methods()
    if not parallel:
        for p in paths:
            out = _lint_one(p)
            yield InputError(*out[1:]) if isinstance(out, tuple) else out
        return
    import multiprocessing

    engine.lint_text("一、总体情况\n今年以来，区司法局坚持“两个确立”，截至2025年受理案件12件，同比增长5%。", config)
    from drafter.lint.lexicon import LazyPattern
    LazyPattern.compile_all()   # the patterns the sample did not reach: compiled once, not in every worker
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for out in pool.imap(_lint_one, paths, chunksize=1):
            yield InputError(*out[1:]) if isinstance(out, tuple) else out
