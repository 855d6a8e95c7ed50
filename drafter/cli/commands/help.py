"""`drafter help [yaml|rules|template|format]`: the manual, offline, in Chinese (SPEC §3); with a
command's name, that command's --help."""

from __future__ import annotations

import click

from drafter.cli.util import ChineseCommand


@click.command(cls=ChineseCommand, help="说明书：离线查看 drafter 的使用说明（随程序安装，不需要上网）。\n\n"
               "不带主题时列出全部主题；主题也可以是命令名（如 drafter help build，等同 drafter build --help）。")
@click.argument("topic", required=False, metavar="[主题]")
def command(topic: str | None) -> None:
    from drafter import api

    if topic is None:
        click.echo("drafter 使用说明（离线）。用法：drafter help 主题\n")
        click.echo("主题：")
        for name, what in api.manual_topics():
            click.echo(f"  {name:<10}{what}")
        click.echo("\n各命令的用法：drafter 命令 --help（或 drafter help 命令），如 drafter help build")
        return
    from drafter.api.manual import topic_name
    from drafter.cli import COMMANDS
    ctx = click.get_current_context()
    if topic_name(topic) is None and topic in COMMANDS and ctx.parent is not None:
        sub = ctx.parent.command.get_command(ctx.parent, topic)
        with sub.make_context(topic, ["--help"], parent=ctx.parent, resilient_parsing=True) as sub_ctx:
            click.echo(sub.get_help(sub_ctx))
        return
    click.echo(api.manual(topic).rstrip("\n"))
