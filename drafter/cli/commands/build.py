"""`drafter build FILE.yaml [-o OUT] [--format docx|pdf|txt|md] [--template PATH] [--force]`:
arguments -> the phrase bank beside the YAML -> drafter.api.build -> atomic write."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli.util import ChineseCommand
from drafter.docx.fonts import fonts_option

FORMATS = ("docx", "pdf", "txt", "md")
EXTENSIONS = {f".{f}": f for f in FORMATS}


@click.command(cls=ChineseCommand, help="生成报告：校验 YAML 素材，按文种模板渲染成公文，写出 .docx（或 pdf/txt/md）。\n\n"
               "默认输出在 YAML 旁边，同名 .docx/.pdf/.txt/.md；输出的类型由扩展名决定；"
               "-o - 把 txt/md 写到标准输出。已存在的文件不会被覆盖，除非加 --force；只读文件从不替换。")
@click.argument("file", type=click.Path(dir_okay=True), metavar="FILE.yaml")
@click.option("-o", "--output", "output", type=click.Path(), default=None, metavar="输出文件",
              help="输出文件路径（.docx/.pdf/.txt/.md；- 表示标准输出）")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="输出格式（默认按 -o 的扩展名，否则 docx；-o - 时默认 txt）")
@click.option("--template", "template", type=click.Path(), default=None,
              help="使用自己的 Jinja 模板（在沙箱中渲染）")
@click.option("--force", is_flag=True, help="覆盖已存在的输出文件")
@click.option("--strict", is_flag=True, help="还有〔待补〕或检查发现错误时以退出码 1 结束（文件照常写出）")
@fonts_option()
def command(file: str, output: str | None, fmt: str | None, template: str | None, force: bool,
            strict: bool, fonts: str | None) -> int:
    from drafter import api
    from drafter.cli import output as O
    from drafter.cli.discovery import bank_for
    from drafter.core.errors import InputError
    from drafter.core.resources import role_names

    src = Path(file)
    out = O.resolve(output, src.with_suffix(f".{fmt or 'docx'}"), EXTENSIONS, fmt, "build")
    if out.path is not None and out.path.resolve() == src.resolve():
        raise InputError("输出文件不能与输入的 YAML 相同", str(out.path))
    O.check(out, force)  # refuse early, before any work
    from drafter.report.yamlio import read_text
    text = read_text(src)
    with bank_for(src):
        built = api.build(text, str(src), fmt=out.fmt, template=template, fonts=fonts)
    for role in built.missing_roles:
        click.echo(f"提示：{src}: 文种“{built.report.kind_name}”通常应有“{role_names().get(role, role)}”部分，"
                   "本文件没有", err=True)
    path = O.write(out, built.data, force)
    if path is not None:
        click.echo(str(path))
    return _preflight(built, src, strict)


def _preflight(built, src: Path, strict: bool) -> int:
    """Say what is left to do: the 〔待补〕 by section, and the lint errors of what was written."""
    from drafter.cli.discovery import load_config
    places = built.tbd_by_section()
    if places:
        click.echo(f"还有 {built.tbd} 处〔待补〕：" + "；".join(f"{w} {n} 处" for w, n in places), err=True)
    else:
        click.echo("没有〔待补〕。", err=True)
    errors = built.preflight(load_config(None, src))
    lines = built.text.split("\n")
    for f in errors[:20]:
        where = lines[f.line - 1][max(0, f.column - 9):f.column + f.length + 8] if 0 < f.line <= len(lines) else ""
        click.echo(f"  第 {f.line} 段：{f.rule} {f.message}（…{where}…）", err=True)
    if len(errors) > 20:
        click.echo(f"  …… 共 {len(errors)} 处，用 drafter lint 查看全部", err=True)
    if errors:
        click.echo(f"检查：发现 {len(errors)} 处须改正的问题（drafter lint 可查看详情）。", err=True)
    return 1 if strict and (places or errors) else 0
