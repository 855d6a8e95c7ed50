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

    from drafter.lint.config import load_config
    from drafter.lint.finding import SEVERITY_RANK
    from drafter.lint.report import JsonStream, dumps, format_text, summary, to_sarif, use_color
    from drafter.lint.run import lint_path, read_previous

    cfg = load_config(config_path)
    for d in disable:
        cfg.disable(d.split(","))
    prev_doc = read_previous(previous) if previous else None

    # Each file's result is written out as soon as it is linted and then let go (a batch of large
    # files does not pile up in memory); only SARIF, one object with every rule used, keeps the
    # findings (not the lines) until the end.
    threshold = SEVERITY_RANK[fail_on]
    failing = False
    input_errors = 0
    to_stdout = fix and not output and not in_place   # the fixed text is the output
    stdout_text = None
    stdout_summaries: list[str] = []
    sarif_results: list[tuple[str, list]] = []
    sarif_docx = False
    stream = JsonStream(lambda s: click.echo(s, nl=False)) if fmt == "json" and not to_stdout else None
    color = use_color(sys.stdout)
    from drafter.lint.run import lint_many
    batch = lint_many(list(files), cfg, prev_doc) if not (fix or annotate) else None
    for path in files:
        try:
            if batch is not None:
                linted = next(batch)
                if isinstance(linted, InputError):
                    raise linted
            else:
                linted = lint_path(path, cfg, prev_doc)
            if annotate:
                _annotate(linted, annotate, force)
            if fix:
                linted, fixed_text = _fix(linted, cfg, prev_doc, output, in_place, force)
                if fixed_text is not None:
                    stdout_text = fixed_text
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


def _annotate(linted, out: str, force: bool) -> None:
    from drafter.cli.atomic import check_writable
    from drafter.core.errors import InputError
    check_writable(out, force)
    try:
        from drafter.lint.annotate import annotate_docx
    except ImportError:
        raise InputError("此版本尚不支持 --annotate（缺少批注模块）", linted.path) from None
    annotate_docx(linted.path, linted.findings, out, force)
    click.echo(f"已写入批注：{out}（{len(linted.findings)} 处）", err=True)


def _fix(linted, cfg, prev_doc, output, in_place, force):
    """Apply the mechanical fixes. Returns the re-linted result (findings left after fixing) and,
    when the fixed text goes to stdout, that text."""
    from drafter.cli.atomic import check_writable, write_bytes
    from drafter.core.errors import InputError
    from drafter.lint.fix import fix_text
    from drafter.lint.run import Linted, lint_path, lint_source_text, read_raw

    if linted.format == "docx":
        if not output and not in_place:
            raise InputError(".docx 的 --fix 需要 -o OUT.docx 或 --in-place", linted.path)
        target = linted.path if in_place else output
        if not in_place:
            check_writable(target, force)
        try:
            from drafter.lint.docx_fix import fix_docx
        except ImportError:
            raise InputError("此版本尚不支持 .docx 的 --fix（缺少修复模块）", linted.path) from None
        fixable = [f for f in linted.findings if f.fix is not None]
        fix_docx(linted.path, fixable, target, True if in_place else force)
        click.echo(f"已修复 {len(fixable)} 处，写入 {target}", err=True)
        return lint_path(target, cfg, prev_doc), None

    text, enc, newline = read_raw(linted.path)
    fmt = linted.format

    def relint(t: str):
        return lint_source_text(t, fmt, cfg, prev_doc, linted.path)[0]

    body = text.replace("\r\n", "\n").replace("\r", "\n")
    bom = body.startswith("\ufeff")
    if bom:
        body = body[1:]
    fixed, n = fix_text(body, relint)
    findings, raw, _doc = lint_source_text(fixed, fmt, cfg, prev_doc, linted.path)
    if not output and not in_place:
        return Linted(path=linted.path, format=fmt, lines=raw, findings=findings, encoding=enc), fixed
    target = linted.path if in_place else output
    out_text = ("\ufeff" if bom and enc == "utf-8" else "") + fixed.replace("\n", newline)
    try:
        data = out_text.encode(enc)
    except (UnicodeEncodeError, LookupError):
        data = out_text.encode("utf-8")
        click.echo(f"注意：修复后的文字无法用原编码 {enc} 保存，已改用 UTF-8", err=True)
    if in_place:
        write_bytes(target, data, force=True)  # --in-place overwrites the input on purpose
    else:
        write_bytes(target, data, force=force)
    click.echo(f"已修复 {n} 处，写入 {target}", err=True)
    return Linted(path=target, format=fmt, lines=raw, findings=findings, encoding=enc), None
