"""`drafter phrases [QUERY] [--role ROLE] [--limit N] [--format text|json]`: look up formulations in
the phrase bank (./phrasebank when it holds one, else the built-in bank)."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli.util import ChineseCommand, echo_json
from drafter.core.errors import InputError


@click.command(cls=ChineseCommand, help=(
    "查表述：在表述库中查找常用提法、排比、句式模板、开头结尾套语和标题。\n\n"
    "先列出表述本身包含 QUERY 的，再列出包含相关词（如 法律援助 与 援助案件、应援尽援）的，"
    "然后是句式填空内容中包含的、字面相近的，最后才是只在例句中出现的；同一档内按出现的报告篇数和次数排序。"
    "不给 QUERY 时列出最常用的表述（加 --role 时先列该用途的句式和套语）。默认使用当前文件夹下的 phrasebank/（由 drafter mine 生成），"
    "没有时使用内置表述库。\n\n"
    "\b\n用途（--role，英文或中文名均可）：\n"
    "  opening 开头、transition 过渡、achievements 主要工作及成效、problems 存在问题、\n"
    "  duty 第一责任人履职、plans 工作思路、closing 结尾、other 其他\n\n"
    "\b\n类型（--type）：\n"
    "  heading 标题、formula 套语、template 句式、parallel 排比、abac ABAC 式、\n"
    "  aabb AABB 式、slogan 数字提法、term 提法品牌（本单位反复使用的带引号提法）、clause 常用句"))
@click.argument("query", required=False)
@click.option("--role", metavar="ROLE", help="只看某一用途的表述（见上）")
@click.option("--type", "type_", metavar="TYPE", help="只看某一类型的表述（见上）")
@click.option("--limit", type=int, default=20, metavar="N", help="最多列出几条（默认 20）")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="输出格式：text 便于阅读（默认），json 为表述对象的列表")
@click.option("--bank", "bank_dir", metavar="DIR", default=None, help="使用指定文件夹中的表述库")
def command(query: str | None, role: str | None, type_: str | None, limit: int, fmt: str,
            bank_dir: str | None) -> None:
    from drafter.mining import bank
    from drafter.mining.config import ROLES, TYPES
    from drafter.cli.discovery import find_bank
    from drafter.core.resources import builtin_phrasebank_dir

    names = bank.role_names()
    if limit < 1:
        raise InputError(f"--limit 至少为 1（收到 {limit}）")
    if role is not None:
        role = _resolve(role, ROLES, names, "用途")
    if type_ is not None:
        type_ = _resolve(type_, TYPES, bank.TYPE_NAMES, "类型")
    folder = Path(bank_dir) if bank_dir else (find_bank() or builtin_phrasebank_dir())
    data = bank.load(folder)
    hits = bank.search(data["phrases"], query, role=role, type_=type_, limit=limit)
    if fmt == "json":
        echo_json([dict(p, match=how or "top", score=round(score, 1)) for p, how, score in hits])
        return
    if not hits:
        what = f"与“{query}”相关的" if query else ""
        click.echo(f"表述库（{folder}）中没有找到{what}表述。")
        return
    head = f"“{query}”：" if query else "最常用的表述："
    click.echo(f"{head}{len(hits)} 条（表述库 {folder}，共 {len(data['phrases'])} 条）")
    for p, how, _score in hits:
        _show(p, query if how in ("exact", "example") else None, names, bank.TYPE_NAMES)


def _resolve(value: str, allowed: tuple[str, ...], names: dict[str, str], what: str) -> str:
    if value in allowed:
        return value
    for key in allowed:
        if names.get(key) == value:
            return key
    listing = "、".join(f"{k}（{names.get(k, k)}）" for k in allowed)
    raise InputError(f"没有这个{what}：{value}；可选：{listing}")


def _mark(text: str, query: str | None) -> str:
    if not query or query not in text:
        return text
    return click.style(query, fg="red", bold=True).join(text.split(query))


def _show(p: dict, query: str | None, roles: dict[str, str], types: dict[str, str]) -> None:
    docs = p.get("docs", [])
    tag = f"{types.get(p.get('type'), p.get('type'))}｜{roles.get(p.get('role'), p.get('role'))}"
    click.echo("")
    click.echo(f"{click.style(_mark(str(p.get('text', '')), query), bold=True)}  〔{tag}〕 "
               f"{p.get('count', 0)} 次，{len(docs)} 篇")
    for key, values in (p.get("slots") or {}).items():
        click.echo(f"  {{{key}}}：" + "；".join(_mark(v, query) for v in values))
    if p.get("variants"):
        click.echo("  又作：" + "；".join(p["variants"][:5]))
    if p.get("example") and p.get("example") != p.get("text"):
        click.echo(f"  例：{_mark(p['example'], query)}")
    if docs:
        more = f" 等 {len(docs)} 篇" if len(docs) > 3 else ""
        click.echo(f"  来源：{'、'.join(docs[:3])}{more}")
