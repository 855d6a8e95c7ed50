"""`drafter mine DIR_OR_FILE... [-o DIR]`: learn the phrase bank and the structure model from past
reports (SPEC §7)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from drafter.cli.util import ChineseCommand
from drafter.core.errors import InputError

LONG_WORK_FILES = 10
LONG_WORK_BYTES = 500 * 1024


@click.command(cls=ChineseCommand, help=(
    "学习：从往年报告中提炼表述库和结构模型。\n\n"
    "DIR_OR_FILE 可以是文件夹（读取其中所有 .txt、.md、.docx，按文件名排序）或单个文件，可以给多个。"
    "结果写入输出文件夹的 phrases.json（表述库：排比、ABAC/AABB、句式模板、各部分的常用句式、数字提法、"
    "本单位的提法和品牌、开头结尾套语、标题）、structure.json（各文种的结构模型；标题不属于内置五种文种的报告，"
    "如 述职报告、工作要点，会学成新的文种，可用 drafter new --kind 述职报告 起草）和 README.md（统计说明）。"
    "同一篇报告的 .txt 和 .docx 只算一篇。\n\n"
    "重新学习会覆盖输出文件夹中这三个由 drafter mine 生成的文件，不会改动其他文件；"
    "若同名文件不是 drafter mine 生成的，则拒绝覆盖（加 --force 才覆盖）。"
    "当前文件夹下的 phrasebank/ 会被 new、lint、phrases 优先使用。"))
@click.argument("inputs", nargs=-1, required=True, metavar="DIR_OR_FILE...")
@click.option("-o", "--output", default="phrasebank", metavar="DIR",
              help="输出文件夹，默认为当前文件夹下的 phrasebank（不存在时自动创建）")
@click.option("--force", is_flag=True, help="输出文件夹中的同名文件即使不是 drafter mine 生成的也覆盖")
def command(inputs: tuple[str, ...], output: str, force: bool) -> None:
    from drafter.cli import atomic
    from drafter.mining import bank, runner

    out = Path(output)
    if out.exists() and not out.is_dir():
        raise InputError("输出路径已存在且不是文件夹", output)
    if not out.exists() and not out.parent.exists():
        raise InputError(f"输出文件夹的上级文件夹不存在：{out.parent}", output)
    targets = [out / name for name in (bank.PHRASES, bank.STRUCTURE, bank.README)]
    for t in targets:
        if t.exists() and not force and (t.is_dir() or not bank.ours(t)):
            raise InputError("这个文件不是 drafter mine 生成的，未覆盖（请换一个输出文件夹，或加 --force）", str(t))

    items, warnings = runner.collect(list(inputs))
    if out.exists():  # never learn from the bank being written
        inside = out.resolve()
        items = [i for i in items if inside not in Path(i.path).resolve().parents]
    for w in warnings:
        click.echo(w, err=True)
    if not items:
        raise InputError("没有找到可学习的文件（支持 .txt、.md、.docx）", " ".join(inputs))

    total = sum(max(i.size, 1) for i in items)
    long_work = len(items) >= LONG_WORK_FILES or total >= LONG_WORK_BYTES
    show = sys.stderr.isatty() or long_work
    if show:
        with click.progressbar(length=total, label=f"正在学习 {len(items)} 篇报告", file=sys.stderr,
                               show_eta=False) as bar:
            outcome = runner.mine(items, progress=bar.update)
    else:
        outcome = runner.mine(items)
    for w in outcome.warnings:
        click.echo(w, err=True)
    if not outcome.documents:
        raise InputError("没有一个文件能够读取，未生成表述库", " ".join(inputs))
    if show:
        click.echo("学习完成。", err=True)

    files = bank.render_files(outcome.bank, outcome.structure)
    out.mkdir(exist_ok=True)
    atomic.write_files({out / name: text for name, text in files.items()}, force=True)  # all or none
    _summary(outcome, out)


def _summary(outcome, out: Path) -> None:
    from drafter.mining import bank
    from drafter.mining.config import ROLES, TYPES

    phrases = outcome.bank["phrases"]
    by_type, by_role, _by_kind = bank.summary(phrases)
    names = bank.role_names()
    click.echo(f"已学习 {outcome.documents} 篇报告（{outcome.chars} 字），得到 {len(phrases)} 条表述，写入 {out}/")
    click.echo("  按类型：" + "，".join(f"{bank.TYPE_NAMES[t]} {by_type[t]}" for t in TYPES if by_type[t]))
    click.echo("  按用途：" + "，".join(f"{names.get(r, r)} {by_role[r]}" for r in ROLES if by_role[r]))
    kinds = outcome.structure.get("kinds", {})
    from drafter.core.resources import kinds as kind_specs
    specs = kind_specs()
    click.echo("  结构模型：" + "，".join(f"{specs.get(k, {}).get('name', k)} {m['documents']} 篇"
                                      for k, m in kinds.items()))
