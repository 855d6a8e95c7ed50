"""`drafter outline FILE [--format text|json]`: the heading skeleton of a report."""

from __future__ import annotations

import click

from drafter.cli.util import ChineseCommand, echo_json


@click.command(cls=ChineseCommand, help="显示文稿的标题层级骨架（标题、一、（一）、1.、（1））。\n\n"
               "FILE 可以是 .txt（任意常见中文编码）、.md 或 .docx。")
@click.argument("file", type=click.Path(dir_okay=True), metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="输出格式：text 为缩进树，json 为每个标题一个对象")
def command(file: str, fmt: str) -> None:
    from drafter import api
    from drafter.cli.util import read_input
    from drafter.core.resources import kinds, role_names

    doc = api.read(read_input(file), file)
    items = doc.outline_json()
    if fmt == "json":
        echo_json(items)
        return
    kind_name = kinds().get(doc.kind or "", {}).get("name", "")
    click.echo(f"{file}（{kind_name}，{len([h for h in items if h['level'] > 0])} 个标题）")
    if not items:
        click.echo("  （没有找到标题）")
        return
    names = role_names()
    width = len(str(max(h["line"] for h in items)))
    last_role = None
    for h, b in zip(items, doc.headings):
        indent = "  " * max(h["level"] - 1, 0)
        tag = ""
        if h["level"] >= 1 and b.role and b.role != last_role:
            tag = click.style(f"  〔{names.get(b.role, b.role)}〕", fg="cyan")
            last_role = b.role
        gap = " " if h["marker"].endswith(("章", "部分")) and h["text"] else ""  # 第一部分 2024年工作总结
        text = h["marker"] + gap + h["text"]
        if h["level"] == 0:
            text = click.style(text, bold=True)
        elif h["level"] == 1:
            text = click.style(text, bold=True)
        click.echo(f"{h['line']:>{width}}  {indent}{text}{tag}")
