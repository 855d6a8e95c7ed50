"""`drafter serve [--host 127.0.0.1] [--port 8765] [--no-open] [--token T]`: the local workbench
(SPEC §9). The web stack is imported only when this command runs."""

from __future__ import annotations

import click

from drafter.cli.util import ChineseCommand


@click.command(cls=ChineseCommand, help=(
    "工作台：在本机启动网页版 drafter，并用默认浏览器打开。\n\n"
    "在网页上起草报告（表单、实时同比、常用表述、文字预览，下载 .docx/PDF/YAML）、"
    "检查文稿（问题清单、带批注的副本、自动修正）、排版和查常用表述，不需要使用命令行。"
    "所有网页和文件都来自本机，不连接互联网；按 Ctrl+C 停止。\n\n"
    "在哪个文件夹里启动，就使用那里的 phrasebank/（drafter mine 生成的本单位表述库和文种）"
    "和 drafter.toml（本单位的检查规则）。"))
@click.option("--host", default="127.0.0.1", metavar="HOST",
              help="监听的地址（默认 127.0.0.1，只有本机能访问）；不是本机地址时必须同时给出 --token")
@click.option("--port", type=int, default=8765, metavar="PORT", help="端口（默认 8765）；0 表示自动选择空闲端口")
@click.option("--no-open", "no_open", is_flag=True, help="不自动打开浏览器")
@click.option("--token", default=None, metavar="TOKEN",
              help="访问令牌（至少 8 位字母数字）；设置后每个请求都必须带上它")
def command(host: str, port: int, no_open: bool, token: str | None) -> None:
    from drafter.cli.discovery import find_bank, find_config, load_config
    from drafter.web.server import serve
    # the unit's own files in the folder the workbench is started from (as `new`, `build`, `lint` do)
    found = find_config(None)
    serve(host=host, port=port, token=token, open_browser=not no_open,
          bank=find_bank(None), config=load_config(str(found) if found else None, None), config_file=found)
