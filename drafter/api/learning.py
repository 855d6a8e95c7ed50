"""Learning from past reports (api: `mine`, `phrases`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable


@dataclass
class Mined:
    files: dict[str, str]       # phrasebank file name -> text (phrases.json, structure.json, README.md)
    bank: dict
    structure: dict
    documents: int
    chars: int
    warnings: list[str] = field(default_factory=list)


def mine(documents: list[tuple[str, bytes]], progress: Callable[[int], None] | None = None,
         workers: int | None = None) -> Mined:
    """Learn a phrase bank and structure model from past reports given as (name, bytes) pairs
    (the name is what the bank records as the source). Documents that cannot be read are skipped
    with a warning; none readable is an InputError."""
    from drafter.core.errors import InputError
    from drafter.mining import bank, runner

    items = [runner.Item(path=name, source=Path(name).name if "/" not in name else name, size=len(data),
                         data=data) for name, data in documents]
    if not items:
        raise InputError("没有可学习的文件（支持 .txt、.md、.docx）")
    outcome = runner.mine(items, progress=progress, workers=workers)
    if not outcome.documents:
        raise InputError("没有一个文件能够读取，未生成表述库：" + "；".join(outcome.warnings))
    return Mined(files=bank.render_files(outcome.bank, outcome.structure), bank=outcome.bank,
                 structure=outcome.structure, documents=outcome.documents, chars=outcome.chars,
                 warnings=outcome.warnings)


def phrases(query: str | None = None, role: str | None = None, type_: str | None = None, limit: int = 10,
            bank_dir: str | Path | None = None) -> list[dict]:
    """The `phrases --format json` list: phrase objects with `match` and `score`, best first, from
    the bank in `bank_dir` (default: the one in use, see drafter.core.resources.use_bank)."""
    from drafter.core.errors import InputError
    from drafter.core.resources import phrasebank_dir
    from drafter.mining import bank

    if limit < 1:
        raise InputError(f"limit 至少为 1（收到 {limit}）")
    data = bank.load(phrasebank_dir(str(bank_dir) if bank_dir else None))
    hits = bank.search(data["phrases"], query, role=role, type_=type_, limit=limit)
    return [dict(p, match=how or "top", score=round(score, 1)) for p, how, score in hits]
