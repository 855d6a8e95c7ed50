"""Files -> documents -> phrase bank and structure model.

Each file is read, parsed and analysed once, in two worker processes when the input is large enough
to pay for them (the parent loads jieba first, so the forked workers share its dictionary). Results
come back in input order, so the output does not depend on which worker finished first."""

from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from drafter.core.errors import InputError

SUPPORTED = (".txt", ".md", ".docx")
PARALLEL_MIN_FILES = 4
PARALLEL_MIN_BYTES = 256 * 1024


@dataclass
class Item:
    path: str
    source: str     # the name recorded in the bank: relative to the folder given, or the file name
    size: int
    data: bytes | None = None  # the file's bytes when given in memory (drafter.api.mine)


@dataclass
class Outcome:
    bank: dict
    structure: dict
    documents: int
    chars: int
    warnings: list[str] = field(default_factory=list)


def collect(inputs: list[str]) -> tuple[list[Item], list[str]]:
    """The files to mine, in a fixed order: folders are searched (sorted) for .txt/.md/.docx."""
    items: list[Item] = []
    warnings: list[str] = []
    seen: set[str] = set()
    for arg in inputs:
        p = Path(arg)
        if p.is_dir():
            files = sorted((f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                            and not f.name.startswith((".", "~$"))),
                           key=lambda f: f.relative_to(p).as_posix())
            if not files:
                warnings.append(f"警告：{arg}: 文件夹里没有 .txt、.md 或 .docx 文件")
            for f in files:
                _add(items, seen, f, f.relative_to(p).as_posix())
        elif p.is_file():
            _add(items, seen, p, p.name)
        elif p.exists():
            warnings.append(f"警告：{arg}: 不是普通文件，已跳过")
        else:
            warnings.append(f"警告：{arg}: 文件或文件夹不存在，已跳过")
    return items, warnings


def _add(items: list[Item], seen: set[str], path: Path, source: str) -> None:
    key = str(path.resolve())
    if key in seen:
        return
    seen.add(key)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    items.append(Item(str(path), source, size))


def _work(item: Item):
    """Read, parse and analyse one file (in a worker): ("ok", DocResult) or ("error", message)."""
    from drafter.mining.analyse import analyse_document
    from drafter.core.outline import parse, parse_file
    from drafter.core.readers import read_bytes

    try:
        doc = parse_file(item.path) if item.data is None else parse(read_bytes(item.data, item.path))
        if not doc.content_blocks:
            return "error", f"警告：{item.path}: 没有可学习的正文，已跳过"
        return "ok", analyse_document(doc, item.source)
    except InputError as exc:
        return "error", "警告：" + exc.render().removeprefix("错误：") + "（已跳过）"
    except (OSError, UnicodeError, ValueError) as exc:
        return "error", f"警告：{item.path}: 无法读取（{type(exc).__name__}），已跳过"


def _distinct(results: list, warnings: list[str], warn) -> list:
    """One document per content: the same report given twice (as .txt and as .docx) counts once,
    the first in input order; compared on the folded body text without whitespace."""
    seen: dict[str, str] = {}
    out = []
    for r in results:
        key = r.digest
        if key in seen:
            msg = f"警告：{r.source}: 与 {seen[key]} 内容相同，只算一篇"
            warnings.append(msg)
            if warn:
                warn(msg)
            continue
        seen[key] = r.source
        out.append(r)
    return out


def use_workers(items: list[Item]) -> int:
    if (len(items) >= PARALLEL_MIN_FILES and sum(i.size for i in items) >= PARALLEL_MIN_BYTES
            and (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()):
        return 2
    return 1


def mine(items: list[Item], progress: Callable[[int], None] | None = None, workers: int | None = None,
         warn: Callable[[str], None] | None = None) -> Outcome:
    """Mine the files; `progress(n)` is called with each file's size as it is done."""
    from drafter.mining import bank, ordinary, segment, structure

    segment.init()
    workers = use_workers(items) if workers is None else workers
    results = []
    warnings: list[str] = []

    def take(item: Item, out) -> None:
        status, value = out
        if status == "ok":
            results.append(value)
        else:
            warnings.append(value)
            if warn:
                warn(value)
        if progress:
            progress(max(item.size, 1))

    if workers > 1:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            outs = pool.imap(_work, items, chunksize=1)
            ordinary.nouns()   # the parent's own share, read while the workers cut words
            for item, out in zip(items, outs):
                take(item, out)
    else:
        for item in items:
            take(item, _work(item))
    results = _distinct(results, warnings, warn)
    if not results:
        return Outcome({}, {}, 0, 0, warnings)
    bank_doc = bank.build(results, parallel=workers > 1)
    struct = structure.aggregate([r.info for r in results])
    return Outcome(bank_doc, struct, len(results), sum(r.chars for r in results), warnings)
