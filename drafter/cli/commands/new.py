"""`drafter new --district NAME [--year N] [--bureau NAME] [--kind KIND] [--example] [-o PATH] [--force]`:
a starter report YAML with the kind's skeleton, Chinese comments and phrase-bank suggestions."""

from __future__ import annotations

import click

from drafter.cli.util import ChineseCommand


@click.command(cls=ChineseCommand, help="新建报告：生成带骨架、中文说明和常用表述的 YAML 素材文件。\n\n"
               "默认文件名为 {区县}{年份}年{文种名称}.yaml，写在当前文件夹；已存在时不覆盖，除非加 --force。\n"
               "年份默认：年度类报告在 7 月前取上一年，7 月起取当年；上半年总结 5 月起取当年。")
@click.option("--district", required=True, help="区县名称，如 滨江区")
@click.option("--year", type=int, default=None, help="报告所总结的年份（默认见上）")
@click.option("--bureau", default=None, help="正文里对本单位的称呼，如 区司法局（默认按区县名推断）")
@click.option("--kind", metavar="KIND", default="annual", show_default=True,
              help="文种：annual 年度工作总结、half-year 上半年工作总结、rule-of-law 法治政府建设情况报告、"
                   "summary-plan 工作总结暨工作思路、highlights 亮点工作回眸；"
                   "也可以是 drafter mine 从本单位报告中学到的文种（如 述职报告）")
@click.option("--example", is_flag=True, help="写出一份完整的示例（虚构数据），而不是空白骨架")
@click.option("-o", "--output", "output", type=click.Path(), default=None, help="输出文件路径")
@click.option("--force", is_flag=True, help="覆盖已存在的文件")
def command(district: str, year: int | None, bureau: str | None, kind: str, example: bool,
            output: str | None, force: bool) -> None:
    from pathlib import Path

    from drafter import api
    from drafter.cli.atomic import check_writable, write_text
    from drafter.cli.discovery import bank_for

    with bank_for(Path(output).parent if output else None):   # learned kinds live in the bank
        out = Path(output) if output else Path(api.default_name(district, year, kind))
    check_writable(out, force)
    with bank_for(out.parent):
        text = api.new(district, year, kind, bureau, example)
    write_text(out, text, force=force)
    click.echo(str(out))
