"""`drafter lint FILE...`: check drafts against the national standards and the house style."""

from __future__ import annotations

import sys

import click

from drafter.cli.util import ChineseCommand

HELP = """检查文稿：标点（GB/T 15834-2011）、数字（GB/T 15835-2011）、结构层次（GB/T 9704-2012）、
统计表述、规范提法、起草残留、重复，以及 .docx 的版式。

\b
FILE 可以是 .txt（任意常见中文编码）、.md 或 .docx，可一次检查多个文件。
退出码：0 没有达到 --fail-on 级别的问题；1 有；2 输入错误。

\b
--fix 只做机械修复（标点全半角、直引号、省略号、重复标点、日期补零、范围连接号、全角数字），
从不改动汉字，可重复执行：
  --fix -o OUT     修复结果写入 OUT（已存在时需 --force）
  --fix --in-place 直接改写原文件（保留原文件的编码和换行符）
  --fix            只有一个 .txt/.md 文件时，把修复后的全文输出到标准输出
                   （问题统计输出到标准错误）；.docx 必须用 -o 或 --in-place
--annotate OUT.docx 把每处问题作为 Word 批注写入 .docx 的副本，原文件不动。

配置：当前文件夹及上级文件夹中的 drafter.toml（或 pyproject.toml 的 [tool.drafter]），
可停用规则、调整严重程度、添加本单位的禁用词和保护词；--config 指定配置文件，--disable 追加停用。"""


@click.command(cls=ChineseCommand, help=HELP)
@click.argument("files", nargs=-1, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True,
              help="输出格式：text 供阅读，json 为固定结构，sarif 为 SARIF 2.1.0")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default="error", show_default=True,
              help="有此级别及以上的问题时退出码为 1")
@click.option("--fix", is_flag=True, help="自动修复机械性问题（见上）")
@click.option("-o", "--output", "output", metavar="OUT", help="--fix 的输出文件")
@click.option("--in-place", is_flag=True, help="--fix 时直接改写原文件")
@click.option("--annotate", metavar="OUT.docx", help="把问题作为批注写入 .docx 副本")
@click.option("--previous", metavar="OLD", help="上年的报告（.txt/.md/.docx）：查照搬段落和未更新的年份")
@click.option("--config", "config_path", metavar="PATH", help="配置文件（默认向上查找 drafter.toml）")
@click.option("--disable", metavar="RULE,...", multiple=True, help="停用规则（编号或类别字母，逗号分隔）")
@click.option("--force", is_flag=True, help="允许覆盖已存在的输出文件")
@click.option("--list-rules", is_flag=True, help="列出全部规则后退出")
def command(files, fmt, fail_on, fix, output, in_place, annotate, previous, config_path, disable, force,
            list_rules) -> int:
    from drafter.core.errors import InputError

    if list_rules:
        from drafter.lint.catalog import list_rules_text, rules_json
        if fmt == "text":
            click.echo(list_rules_text())
        else:
            from drafter.lint.report import dumps
            click.echo(dumps(rules_json()))
        return 0
    if not files:
        raise click.UsageError("缺少参数 FILE（要检查的文件）")
    if (output or in_place) and not fix:
        raise click.UsageError("-o 和 --in-place 只与 --fix 一起使用")
    if output and in_place:
        raise click.UsageError("-o 与 --in-place 只能选一个")
    if output and len(files) > 1:
        raise click.UsageError("-o 只能用于单个文件；多个文件请用 --in-place")
    if fix and not output and not in_place and len(files) > 1:
        raise click.UsageError("多个文件的 --fix 需要 --in-place")
    if annotate and (len(files) != 1 or not files[0].lower().endswith(".docx")):
        raise InputError("--annotate 只能用于单个 .docx 文件", files[0] if files else None)

    from drafter.cli.discovery import bank_for, load_config
    from drafter.lint.finding import SEVERITY_RANK
    from drafter.lint.report import JsonStream, dumps, format_text, summary, to_sarif, use_color
    from drafter.lint.run import lint_many, read_previous

    cfg = load_config(config_path, files[0])
    for d in disable:
        cfg.disable(d.split(","))
    if previous and _same_file(previous, files):
        click.echo(f"警告：--previous 指向的就是要检查的文稿（{previous}），已不作上年对照，只做一般检查", err=True)
        previous = None
    prev_doc = read_previous(previous) if previous else None

    # Each file's result is written out as soon as it is linted and then let go (a batch of large
    # files does not pile up in memory); only SARIF, one object with every rule used, keeps the
    # findings (not the lines) until the end.
    threshold = SEVERITY_RANK[fail_on]
    failing = False
    input_errors = 0
    to_stdout = fix and (output == "-" or (not output and not in_place))   # the fixed text is the output
    stdout_text = None
    stdout_summaries: list[str] = []
    sarif_results: list[tuple[str, list]] = []
    sarif_docx = False
    stream = JsonStream(lambda s: click.echo(s, nl=False)) if fmt == "json" and not to_stdout else None
    color = use_color(sys.stdout)
    with bank_for(files[0]):
        batch = lint_many(list(files), cfg, prev_doc) if not (fix or annotate) else None
        for path in files:
            try:
                if batch is not None:
                    linted = next(batch)
                    if isinstance(linted, InputError):
                        raise linted
                elif fix:
                    linted, fixed_text = _fix(path, cfg, prev_doc, None if output == "-" else output, in_place, force)
                    if fixed_text is not None:
                        stdout_text = fixed_text
                else:
                    linted = _annotate(path, cfg, prev_doc, annotate, force)
            except InputError as exc:
                click.echo(exc.render() if exc.path else InputError(exc.message, path, exc.line, exc.column,
                                                                     exc.hint).render(), err=True)
                input_errors += 1
                continue
            failing = failing or any(SEVERITY_RANK.get(f.severity, 0) >= threshold for f in linted.findings)
            if to_stdout:
                stdout_summaries.append(f"{linted.path}: 修复后{summary(linted.findings)}")
            elif stream is not None:
                stream.add(linted.path, linted.findings)
            elif fmt == "sarif":
                sarif_results.append((linted.path, linted.findings))
                sarif_docx = sarif_docx or linted.format == "docx"
            else:
                for ln in format_text(linted.path, linted.findings, linted.lines, color):
                    click.echo(ln)
                click.echo(f"{linted.path}: {summary(linted.findings)}")
            del linted

    if to_stdout and stdout_text is not None:
        sys.stdout.write(stdout_text)
        sys.stdout.flush()
        for line in stdout_summaries:
            click.echo(line, err=True)
    elif to_stdout and fmt == "json":  # the file could not be fixed: an empty report, as for any batch
        JsonStream(lambda s: click.echo(s, nl=False)).close()
    elif stream is not None:
        stream.close()
    elif fmt == "sarif":
        from drafter import __version__
        from drafter.lint.rules import all_rules, catalogue
        rules = all_rules() if sarif_docx else catalogue()
        click.echo(dumps(to_sarif(sarif_results, rules, __version__)))
    if input_errors:
        return 2
    return 1 if failing else 0


TEXT_SUFFIXES = (".txt", ".md", ".markdown")


def _check_fix_output(src: str, out: str) -> None:
    """The fixed file keeps the input's type, and the output's extension must say so."""
    from pathlib import Path

    from drafter.core.errors import InputError
    s, o = Path(src).suffix.lower(), Path(out).suffix.lower()
    if s == ".docx" and o != ".docx":
        raise InputError("修复 .docx 文件只能输出 .docx（输出文件的扩展名须与类型一致）", out)
    if s != ".docx" and o not in TEXT_SUFFIXES:
        raise InputError("修复文本文件只能输出 .txt 或 .md（输出文件的扩展名须与类型一致；写入 Word 请用 drafter format）",
                         out)


def _same_file(previous: str, files) -> bool:
    import os
    for f in files:
        try:
            if os.path.samefile(previous, f):
                return True
        except OSError:
            continue
    return False


def _read(path: str) -> bytes:
    from drafter.cli.util import read_input
    return read_input(path)


def _refuse_read_only(path: str) -> None:
    """A read-only file is never replaced (SPEC §3), whoever runs the command: the mode bits say
    so even where the file system would let root write."""
    import os
    import stat

    from drafter.core.errors import InputError
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise InputError("文件是只读的，未改写（请先取消只读属性）", path)


def _annotate(path: str, cfg, prev_doc, out: str, force: bool):
    from drafter import api
    from drafter.cli.atomic import check_writable, write_bytes
    check_writable(out, force)
    if force:
        _refuse_read_only(out)
    data = _read(path)
    linted = api.lint(data, path, cfg, prev_doc)
    write_bytes(out, api.annotate(data, path, cfg, prev_doc, linted=linted), force=force)
    click.echo(f"已写入批注：{out}（{len(linted.findings)} 处）", err=True)
    return linted


def _fix(path: str, cfg, prev_doc, output, in_place, force):
    """Apply the mechanical fixes (drafter.api.fix) and write the result. Returns what lint finds
    in the fixed text and, when the fixed text goes to standard output, that text."""
    from drafter import api
    from drafter.cli.atomic import check_writable, write_bytes
    from drafter.core.errors import InputError

    docx = path.lower().endswith(".docx")
    if docx and not output and not in_place:
        raise InputError(".docx 的 --fix 需要 -o OUT.docx 或 --in-place", path)
    target = path if in_place else output
    if in_place:
        _refuse_read_only(path)
    elif target:
        check_writable(target, force)
        if force:
            _refuse_read_only(target)
    fixed = api.fix(_read(path), path, cfg, prev_doc)   # a bad input is refused first
    if output:
        _check_fix_output(path, output)
    if fixed.note:
        click.echo(f"注意：{fixed.note}", err=True)
    linted = fixed.linted
    if target is None:
        enc = linted.encoding or "utf-8"
        text = fixed.data.decode(enc, errors="replace").lstrip("\ufeff")
        return linted, text.replace("\r\n", "\n").replace("\r", "\n")
    write_bytes(target, fixed.data, force=True if in_place else force)
    click.echo(f"已修复 {fixed.applied} 处，写入 {target}", err=True)
    linted.path = target
    return linted, None
