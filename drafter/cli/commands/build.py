"""`drafter build FILE.yaml [-o OUT] [--format docx|pdf|txt|md] [--template PATH] [--force]`:
arguments -> the phrase bank beside the YAML -> drafter.api.build -> atomic write."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli.util import ChineseCommand
from drafter.docx.fonts import fonts_option

FORMATS = ("docx", "pdf", "txt", "md")


@click.command(cls=ChineseCommand, help="生成报告：校验 YAML 素材，按文种模板渲染成公文，写出 .docx（或 pdf/txt/md）。\n\n"
               "默认输出在 YAML 旁边，同名 .docx/.pdf/.txt/.md；已存在的文件不会被覆盖，除非加 --force。")
@click.argument("file", type=click.Path(dir_okay=True), metavar="FILE.yaml")
@click.option("-o", "--output", "output", type=click.Path(), default=None, help="输出文件路径")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="输出格式（默认按 -o 的扩展名，否则 docx）")
@click.option("--template", "template", type=click.Path(), default=None,
              help="使用自己的 Jinja 模板（在沙箱中渲染）")
@click.option("--force", is_flag=True, help="覆盖已存在的输出文件")
@fonts_option()
def command(file: str, output: str | None, fmt: str | None, template: str | None, force: bool,
            fonts: str | None) -> None:
    from drafter import api
    from drafter.cli.atomic import check_writable, write_bytes
    from drafter.cli.discovery import bank_for
    from drafter.core.errors import InputError
    from drafter.core.resources import role_names

    src = Path(file)
    if fmt is None:
        ext = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = ext if ext in FORMATS else "docx"
    out = Path(output) if output else src.with_suffix(f".{fmt}")
    if out.resolve() == src.resolve():
        raise InputError("输出文件不能与输入的 YAML 相同", str(out))
    check_writable(out, force)  # refuse early, before any work
    from drafter.report.yamlio import read_text
    text = read_text(src)
    with bank_for(src):
        built = api.build(text, str(src), fmt=fmt, template=template, fonts=fonts)
    for role in built.missing_roles:
        click.echo(f"提示：{src}: 文种“{built.report.kind_name}”通常应有“{role_names().get(role, role)}”部分，"
                   "本文件没有", err=True)
    write_bytes(out, built.data, force=force)
    click.echo(str(out))
