"""The `drafter` command. Each subcommand lives in drafter/cli/commands/<name>.py and is imported only
when it runs."""

from __future__ import annotations

import click

from drafter import __version__
from drafter.cli.util import LazyGroup, run

COMMANDS = {
    "new": ("drafter.cli.commands.new:command", "新建报告：生成带骨架和说明的 YAML 素材文件"),
    "build": ("drafter.cli.commands.build:command", "生成报告：把 YAML 素材渲染为公文 .docx（或 txt/md）"),
    "format": ("drafter.cli.commands.format:command", "排版：把已有文稿（txt/md/docx）排成 GB/T 9704 公文格式"),
    "lint": ("drafter.cli.commands.lint:command", "检查：按国家标准和惯例检查文稿的标点、数字、结构和表述"),
    "outline": ("drafter.cli.commands.outline:command", "提纲：显示文稿的标题层级骨架"),
    "extract": ("drafter.cli.commands.extract:command", "提取：把往年报告转成可编辑的 YAML 素材"),
    "mine": ("drafter.cli.commands.mine:command", "学习：从往年报告中提炼常用表述库和结构模型"),
    "phrases": ("drafter.cli.commands.phrases:command", "查表述：在表述库中查找常用提法"),
    "serve": ("drafter.cli.commands.serve:command", "工作台：在浏览器中起草、检查、排版（不用命令行）"),
    "help": ("drafter.cli.commands.help:command", "说明书：离线查看素材写法、检查规则、模板和排版的说明"),
}


@click.group(cls=LazyGroup, lazy=COMMANDS, invoke_without_command=False,
             help="drafter —— 区县机关工作总结、法治政府建设报告的离线起草助手。\n\n"
                  "起草（new/build）、排版（format）、检查（lint）、提纲（outline）、"
                  "提取往年报告（extract）、学习文风（mine/phrases）。全部离线运行。\n\n"
                  "使用说明：drafter help（离线，随程序安装）。",
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="drafter",
                      message="%(prog)s %(version)s", help="显示版本并退出")
def cli() -> None:
    pass


def main() -> None:
    run(cli)
