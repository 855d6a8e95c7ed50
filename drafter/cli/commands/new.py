"""`drafter new --district NAME [--year N] [--bureau NAME] [--kind KIND] [--example] [-o PATH] [--force]`:
a starter report YAML with the kind's skeleton, Chinese comments and phrase-bank suggestions;
`drafter new --from LAST [--year N] [--kind KIND]`: next period's YAML from last period's report."""

from __future__ import annotations

import click

from drafter.cli.util import ChineseCommand


@click.command(cls=ChineseCommand, help="新建报告：生成带骨架、中文说明和常用表述的 YAML 素材文件。\n\n"
               "默认文件名为 {区县}{年份}年{文种名称}.yaml，写在当前文件夹；已存在时不覆盖，除非加 --force。\n"
               "年份默认：年度类报告在 7 月前取上一年，7 月起取当年；上半年总结 5 月起取当年。")
@click.option("--district", default=None, help="区县名称，如 滨江区（用 --from 时取自往年报告）")
@click.option("--from", "from_", metavar="LAST", default=None,
              help="从往年的报告开始：上一年的 YAML，或 .docx/.txt/.md 报告（先提取）；年份顺延，指标的本年数值移为上年数值")
@click.option("--year", type=int, default=None, help="报告所总结的年份（默认见上）")
@click.option("--bureau", default=None, help="正文里对本单位的称呼，如 区司法局（默认按区县名推断）")
@click.option("--kind", metavar="KIND", default=None,
              help="文种：annual 年度工作总结、half-year 上半年工作总结、rule-of-law 法治政府建设情况报告、"
                   "summary-plan 工作总结暨工作思路、highlights 亮点工作回眸；"
                   "也可以是 drafter mine 从本单位报告中学到的文种（如 述职报告）（默认 annual；用 --from 时默认与往年相同）")
@click.option("--example", is_flag=True, help="写出一份完整的示例（虚构数据），而不是空白骨架")
@click.option("-o", "--output", "output", type=click.Path(), default=None, metavar="输出文件",
              help="输出文件路径（.yaml/.yml；- 表示标准输出）")
@click.option("--force", is_flag=True, help="覆盖已存在的文件")
def command(district: str | None, from_: str | None, year: int | None, bureau: str | None, kind: str | None,
            example: bool, output: str | None, force: bool) -> None:
    from pathlib import Path

    from drafter import api
    from drafter.cli import output as O
    from drafter.cli.discovery import bank_for
    from drafter.core.errors import InputError

    if from_:
        if example or district or bureau:
            raise click.UsageError("--from 不能与 --district、--bureau、--example 同时使用（这些都取自往年报告）")
        from drafter.cli.util import read_input
        data = read_input(from_)
        with bank_for(from_):
            text = api.new_from(data, from_, year=year, kind=kind)
        from drafter.report import yamlio
        rolled, _ = yamlio.load("<new>", text=text)
        out = O.resolve(output, Path(from_).parent / api.default_name(
            str(rolled["district"]), int(rolled["year"]), str(rolled.get("kind", "annual"))),
            O.YAML_EXTENSIONS, command="new")
        if out.same_as(from_):
            raise InputError("输出文件不能就是往年的报告，请用 -o 另指定文件名", str(out.path))
        O.check(out, force)
        path = O.write(out, text, force)
        if path is not None:
            click.echo(str(path))
        click.echo(f"已从 {from_} 顺延为 {rolled['year']} 年：指标的今年数值、成文日期待补；标有“请核实”的句子请换成今年的情况。",
                   err=True)
        return
    if not district:
        raise click.UsageError("缺少选项 --district（区县名称，如 滨江区），或用 --from 从往年的报告开始")
    kind = kind or "annual"
    with bank_for(Path(output).parent if output and output != "-" else None):  # learned kinds live in the bank
        default = Path(api.default_name(district, year, kind))
    out = O.resolve(output, default, O.YAML_EXTENSIONS, command="new")
    O.check(out, force)
    with bank_for(out.path.parent if out.path else Path.cwd()):
        text = api.new(district, year, kind, bureau, example)
    path = O.write(out, text, force)
    if path is not None:
        click.echo(str(path))
