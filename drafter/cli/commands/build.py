"""`drafter build FILE.yaml [-o OUT] [--format docx|txt|md] [--template PATH] [--force]`:
YAML -> validation -> Jinja template -> official plain text -> (outline parser -> .docx writer)."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli.util import ChineseCommand
from drafter.docx.fonts import fonts_option


@click.command(cls=ChineseCommand, help="生成报告：校验 YAML 素材，按文种模板渲染成公文，写出 .docx（或 txt/md）。\n\n"
               "默认输出在 YAML 旁边，同名 .docx/.txt/.md；已存在的文件不会被覆盖，除非加 --force。")
@click.argument("file", type=click.Path(dir_okay=True), metavar="FILE.yaml")
@click.option("-o", "--output", "output", type=click.Path(), default=None, help="输出文件路径")
@click.option("--format", "fmt", type=click.Choice(["docx", "txt", "md"]), default=None,
              help="输出格式（默认按 -o 的扩展名，否则 docx）")
@click.option("--template", "template", type=click.Path(), default=None,
              help="使用自己的 Jinja 模板（在沙箱中渲染）")
@click.option("--force", is_flag=True, help="覆盖已存在的输出文件")
@fonts_option()
def command(file: str, output: str | None, fmt: str | None, template: str | None, force: bool,
            fonts: str | None) -> None:
    from drafter.cli.atomic import check_writable, write_text
    from drafter.report.render import render_text
    from drafter.report.schema import load_report, missing_roles
    from drafter.core.resources import role_names

    src = Path(file)
    if fmt is None:
        ext = Path(output).suffix.lower().lstrip(".") if output else ""
        fmt = ext if ext in ("docx", "txt", "md") else "docx"
    out = Path(output) if output else src.with_suffix(f".{fmt}")
    if out.resolve() == src.resolve():
        from drafter.core.errors import InputError
        raise InputError("输出文件不能与输入的 YAML 相同", str(out))
    check_writable(out, force)  # refuse early, before any work

    report = load_report(src)
    text = render_text(report, template)
    for role in missing_roles(report):
        click.echo(f"提示：{src}: 文种“{report.kind_name}”通常应有“{role_names().get(role, role)}”部分，"
                   "本文件没有", err=True)
    if fmt == "txt":
        write_text(out, text, force=force)
    elif fmt == "md":
        from drafter.core.outline import parse_text
        from drafter.report.markdown import to_markdown
        write_text(out, to_markdown(parse_text(text, path=str(src))), force=force)
    else:
        from drafter.core.outline import parse_text
        from drafter.docx.fonts import FontConfig
        from drafter.docx.writer import write_docx
        write_docx(parse_text(text, path=str(src)), out, force=force, fonts=FontConfig.preset(fonts))
    click.echo(str(out))
