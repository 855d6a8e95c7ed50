"""`drafter extract FILE(.txt|.md|.docx) [-o OUT.yaml] [--force]`: last year's report -> report YAML."""

from __future__ import annotations

import click

from drafter.cli.util import ChineseCommand


@click.command(cls=ChineseCommand, help="提取：把往年的报告（txt/md/docx）转成可编辑的 YAML 素材。\n\n"
               "识别标题、各部分及其用途、小标题、一是二是条目和句子里的指标（如 受理法律援助案件1312件），"
               "其余文字原样保留；用中文注释标出推测的值和需要更新的年份、数字。\n"
               "默认输出在原文件旁边，同名 .yaml；已存在时不覆盖，除非加 --force。")
@click.argument("file", type=click.Path(dir_okay=True), metavar="FILE")
@click.option("-o", "--output", "output", type=click.Path(), default=None, metavar="输出文件",
              help="输出的 YAML 文件路径（.yaml/.yml；- 表示标准输出）")
@click.option("--force", is_flag=True, help="覆盖已存在的输出文件")
def command(file: str, output: str | None, force: bool) -> None:
    from pathlib import Path

    from drafter import api
    from drafter.cli import output as O
    from drafter.cli.util import read_input
    from drafter.core.errors import InputError
    from drafter.core.resources import kinds

    src = Path(file)
    if not src.exists():
        raise InputError("文件不存在", str(src))
    if src.is_dir():
        raise InputError("这是一个文件夹，请指定一个报告文件（.txt、.md 或 .docx）", str(src))
    out = O.resolve(output, src.with_suffix(".yaml"), O.YAML_EXTENSIONS, command="extract")
    if out.same_as(src):
        raise InputError("输出文件不能与输入文件相同", str(out.path), hint="请用 -o 指定另一个文件名")
    O.check(out, force)  # refuse early, before any work

    result = api.extract(read_input(str(src)), str(src))
    for w in result.warnings:
        click.echo(f"警告：{src}: {w}", err=True)
    path = O.write(out, result.yaml_text, force)
    say = out.to_stdout  # the YAML itself went to standard output: the summary goes to stderr
    c = result.counts
    if path is not None:
        click.echo(str(path))
    click.echo(f"文种：{kinds()[result.kind]['name']}；{c['sections']} 个部分、{c['groups']} 个小标题、"
               f"{c['items']} 个条目、{len(result.metrics)} 个指标", err=say)
    for note in result.notes:
        click.echo(f"说明：{note}", err=say)
    if result.guessed:
        click.echo("推测的项：" + "、".join(result.guessed) + "（见文件中带“推测”的注释，请核对）", err=say)
    click.echo(f"回建核对：drafter build 后与原文一致度 {result.body_ratio:.1%}", err=say)
