"""`drafter format FILE(.txt|.md|.docx) [-o OUT.docx] [--force] [--fonts gb2312|windows]`:
typeset a draft written elsewhere as an official GB/T 9704-2012 .docx (SPEC §3, §5)."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli.util import ChineseCommand
from drafter.docx.fonts import fonts_option

DOCX_SUFFIX = ".排版.docx"   # default output name for a .docx input: 原名.排版.docx


def default_output(src: Path) -> Path:
    """`draft.txt` → `draft.docx` beside it; `draft.docx` → `draft.排版.docx` (never the input)."""
    if src.suffix.lower() == ".docx":
        return src.with_name(src.stem + DOCX_SUFFIX)
    return src.with_suffix(".docx")


@click.command(cls=ChineseCommand, help=(
    "排版：把已写好的文稿排成 GB/T 9704-2012 公文格式的 Word 文件。\n\n"
    "FILE 可以是 .txt（任意常见中文编码）、.md 或 .docx。识别标题、一级至四级标题、正文、"
    "署名和成文日期，按国家标准设置 A4 版面、每页 22 行、每行 28 字、字体字号和页码。\n\n"
    "默认输出到原文件旁边：draft.txt → draft.docx；原文件是 .docx 时为 draft.排版.docx"
    "（不会覆盖原文件）。输出文件已存在时不覆盖，除非加 --force。"))
@click.argument("file", type=click.Path(dir_okay=True), metavar="FILE")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=True), metavar="输出文件",
              help="输出的 .docx 文件路径")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它")
@fonts_option()
def command(file: str, output: str | None, force: bool, fonts: str) -> None:
    from drafter import api
    from drafter.cli import output as O
    from drafter.cli.util import read_input
    from drafter.core.errors import InputError

    src = Path(file)
    out = O.resolve(output, default_output(src), {".docx": "docx", ".pdf": "pdf"}, command="format")
    if out.same_as(src):
        raise InputError("输出文件不能就是输入文件，请用 -o 另指定文件名", str(out.path))
    O.check(out, force)          # refuse before the (slower) parse
    result = api.format_document(read_input(file), file, fonts=fonts, pdf=out.fmt == "pdf")
    path = O.write(out, result.data, force)
    for note in result.notes:
        click.echo(note, err=True)
    click.echo(f"已排版为公文格式：{path}")
