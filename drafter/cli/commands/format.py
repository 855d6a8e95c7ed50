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
@click.option("-o", "--output", "output", type=click.Path(dir_okay=True), metavar="OUT.docx",
              help="输出的 .docx 文件路径")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它")
@fonts_option()
def command(file: str, output: str | None, force: bool, fonts: str) -> None:
    from drafter.core import document as D
    from drafter.cli.atomic import check_writable
    from drafter.docx.fonts import FontConfig
    from drafter.docx.writer import write_docx
    from drafter.core.errors import InputError
    from drafter.core.outline import parse_file

    src = Path(file)
    out = Path(output) if output else default_output(src)
    if out.suffix.lower() != ".docx":
        raise InputError("输出文件必须是 .docx（format 只生成 Word 公文）", str(out))
    if src.exists() and out.exists() and out.resolve() == src.resolve():
        raise InputError("输出文件不能就是输入文件，请用 -o 另指定文件名", str(out))
    check_writable(out, force)          # refuse before the (slower) parse
    doc = parse_file(file)
    if not doc.of_kind(D.TITLE, D.HEADING, D.PARAGRAPH, D.COVER, D.SALUTATION):
        raise InputError("文件里没有可以排版的正文", file)
    path = write_docx(doc, out, force=force, fonts=FontConfig.preset(fonts))
    if not doc.title_blocks:
        click.echo(f"提示：{file}: 没有识别出公文标题（标题应单独成行、不以句号结尾），已按正文排版", err=True)
    click.echo(f"已排版为公文格式：{path}")
