"""Click in Chinese: help headings, the --help option, usage errors, and lazy subcommands so that
`drafter --help`, `lint` and `outline` never import what only `mine` or `build` need."""

from __future__ import annotations

import gc
import importlib
import os
import re
import sys

import click

from drafter.core.errors import InputError

_HEADINGS = {"Usage": "用法", "Options": "选项", "Commands": "命令", "Arguments": "参数"}

# click's placeholders for option values and arguments (metavars), as whole upper-case words
_METAVARS = {
    "OPTIONS": "选项", "COMMAND": "命令", "ARGS": "参数", "TEXT": "文字", "INTEGER RANGE": "整数",
    "FLOAT RANGE": "数字", "INTEGER": "整数", "FLOAT": "数字", "BOOLEAN": "是否", "PATH": "路径",
    "FILENAME": "文件", "FILE": "文件", "DIRECTORY": "文件夹", "DIR_OR_FILE": "文件夹或文件", "DIR": "文件夹",
    "OUT": "输出文件", "OLD": "上年报告", "LAST": "往年报告", "RULE": "规则", "ROLE": "用途", "TYPE": "类型",
    "QUERY": "查询词", "TOPIC": "主题", "HOST": "地址", "PORT": "端口", "TOKEN": "口令", "N": "数目",
    "UUID": "标识", "DATETIME": "时间",
}
# Patterns as sources: `re` compiles (and caches) them on first use, so `drafter --version` and a
# command that never prints help pay nothing for them.
_RE_METAVAR = (r"(?<![A-Za-z0-9_-])(" + "|".join(sorted(map(re.escape, _METAVARS), key=lambda w: (-len(w), w)))
               + r")(?![A-Za-z0-9_])")
# click's notes after an option's help: [default: x; required; env var: Y]
_RE_EXTRA = r"\s*\[([^\[\]]*)\]$"
_EXTRA_WORDS = [(r"^default: (.*)$", r"默认：\1"), (r"^required$", "必填"), (r"^env var: (.*)$", r"环境变量：\1")]


def translate_metavars(text: str) -> str:
    """FILE, TEXT, INTEGER … -> 文件, 文字, 整数 … (whole upper-case words only)."""
    return re.sub(_RE_METAVAR, lambda m: _METAVARS[m.group(1)], text)


def _translate_extra(help_text: str) -> str:
    m = re.search(_RE_EXTRA, help_text)
    if not m:
        return help_text
    parts = []
    for part in m.group(1).split("; "):
        for rx, repl in _EXTRA_WORDS:
            part = re.sub(rx, repl, part)
        parts.append(part)
    return help_text[:m.start()] + "（" + "；".join(parts) + "）"


class ChineseFormatter(click.HelpFormatter):
    """Help in Chinese: headings, usage, metavars and click's notes ([default: …], [required])."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, translate_metavars(args), prefix="用法：")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_HEADINGS.get(heading, heading)}：\n")

    def write_text(self, text: str) -> None:
        """Prose, wrapped by display width; paragraphs (blank-line separated) keep their indent, and
        a paragraph starting with \\b is written as it is (click's convention)."""
        indent = " " * self.current_indent
        width = max((self.width or 80) - self.current_indent, 20)
        out: list[str] = []
        for para in re.split(r"\n\s*\n", translate_metavars(text)):
            if para.startswith("\b"):
                out += [indent + line for line in para[1:].lstrip("\n").split("\n")]
            else:
                lines = para.split("\n")
                lead = lines[0][:len(lines[0]) - len(lines[0].lstrip())]
                if any(ln[:1] == " " for ln in lines[1:]) and lead:  # an indented block: keep its lines
                    out += [indent + ln for ln in lines]
                else:
                    joined = lead + re.sub(r"(?<=[^\x00-\x7f])\n(?=[^\x00-\x7f])", "",
                                           "\n".join(ln.strip() for ln in lines)).replace("\n", " ")
                    out += [indent + lead + ln.lstrip() for ln in wrap_display(joined, width - len(lead))]
            out.append("")
        self.write("\n".join(out[:-1]) + "\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        """Options and commands as two columns, aligned and wrapped by display width (a Chinese
        character takes two columns on a terminal; click counts it as one)."""
        rows = [(translate_metavars(first), _translate_extra(second)) for first, second in rows]
        if not rows:
            return
        first_col = min(max(display_width(r[0]) for r in rows), col_max) + col_spacing
        indent = self.current_indent
        text_width = max((self.width or 80) - first_col - indent - 2, 20)
        for first, second in rows:
            self.write(f"{'':>{indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n" + " " * (first_col + indent))
            lines = wrap_display(second, text_width) or [""]
            self.write(lines[0] + "\n")
            for line in lines[1:]:
                self.write(" " * (first_col + indent) + line + "\n")


_NO_LINE_START = set("，。、；：？！）》〉」』”’】〕…—")  # never at the start of a line


def display_width(text: str) -> int:
    """Columns `text` takes on a terminal: East Asian wide and full-width characters take two."""
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap_display(text: str, width: int) -> list[str]:
    """Greedy wrap by display width: breaks between Chinese characters, or at a space in Latin
    text (a Latin word is never split)."""
    lines: list[str] = []
    for para in text.split("\n"):
        line, w = "", 0
        for token in re.findall(r"[A-Za-z0-9_./:@'\[\]|-]+|\s+|.", para):
            tw = display_width(token)
            if w + tw > width and line.strip() and token not in _NO_LINE_START:
                lines.append(line.rstrip())
                line, w = ("", 0) if token.isspace() else (token, tw)
                continue
            line += token
            w += tw
        lines.append(line.rstrip())
    return lines


class ChineseContext(click.Context):
    formatter_class = ChineseFormatter


class ChineseCommand(click.Command):
    context_class = ChineseContext

    def get_help_option(self, ctx: click.Context):
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = "显示本帮助并退出"
        return opt


class LazyGroup(click.Group):
    """Subcommands are `module:attr` strings imported on first use; their one-line help is given
    here so the top-level --help needs no import."""

    context_class = ChineseContext

    def __init__(self, *args, lazy: dict[str, tuple[str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def get_help_option(self, ctx: click.Context):
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = "显示本帮助并退出"
        return opt

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.lazy) + sorted(super().list_commands(ctx))

    def get_command(self, ctx: click.Context, name: str):
        if name in self.lazy:
            target = self.lazy[name][0]
            mod_name, attr = target.split(":")
            return getattr(importlib.import_module(mod_name), attr)
        return super().get_command(ctx, name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, short) for name, (_t, short) in self.lazy.items()]
        if rows:
            with formatter.section("命令"):
                formatter.write_dl(rows)


_CLICK_MESSAGES = [
    (r"No such option:? '?([^'\s]+)'?\.?", r"没有这个选项：\1"),
    (r"Missing argument '([^']+)'\.?", r"缺少参数 \1"),
    (r"Missing option '([^']+)'\.?", r"缺少选项 \1"),
    (r"Got unexpected extra arguments? \((.*)\)", r"多余的参数：\1"),
    (r"No such command '([^']+)'\.?", r"没有这个命令：\1"),
    (r"Option '([^']+)' requires an argument\.?", r"选项 \1 需要一个值"),
    (r"Invalid value for '([^']+)': '([^']*)' is not one of (.*)\.",
     lambda m: f"选项 {m.group(1)} 的值“{m.group(2)}”无效，可选：" + "、".join(re.findall(r"'([^']*)'", m.group(3)))),
    (r"Invalid value for '([^']+)': '([^']*)' is not a valid integer( range)?\.?", r"选项 \1 的值“\2”不是整数"),
    (r"Invalid value for '([^']+)': (.*)", r"选项 \1 的值无效：\2"),
    (r"\s*Did you mean '?([^'?]+)'?\?", r"。你是不是想用 \1？"),
    (r"\s*\(Possible options: ([^)]*)\)", r"。可能是：\1"),
    (r"Option '([^']+)' does not take a value\.?", r"选项 \1 不接受值"),
]


def translate_click_message(msg: str) -> str:
    for pattern, repl in _CLICK_MESSAGES:
        msg = re.sub(pattern, repl, msg)
    return translate_metavars(msg)


def run(group: click.Group, args: list[str] | None = None) -> None:
    """Run the CLI: exit 0/1/2 as SPEC §3 pins them, Chinese messages, never a traceback."""
    try:
        rv = group.main(args=args, prog_name="drafter", standalone_mode=False)
        # the process ends now: moving every object to the collector's permanent generation spares
        # the interpreter's final collections over the rule tables and modules (30–90 ms at exit)
        gc.freeze()
        sys.exit(rv if isinstance(rv, int) else 0)
    except InputError as exc:
        click.echo(exc.render(), err=True)
        sys.exit(2)
    except click.exceptions.NoArgsIsHelpError as exc:  # click >= 8.2
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        sys.exit(0)
    except click.UsageError as exc:
        usage = exc.ctx.get_usage() if exc.ctx is not None else ""
        if usage:
            click.echo(usage, err=True)
        hint = ""
        if exc.ctx is not None:
            hint = f"（用 {exc.ctx.command_path} --help 查看用法）"
        click.echo(f"错误：{translate_click_message(exc.format_message())}{hint}", err=True)
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:  # click turns Ctrl-C into Abort
        click.echo("\n已中断。", err=True)
        sys.exit(130)
    except KeyboardInterrupt:
        click.echo("\n已中断。", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(0)
    except click.ClickException as exc:
        click.echo(f"错误：{translate_click_message(exc.format_message())}", err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: say so plainly; the traceback only on request
        if os.environ.get("DRAFTER_DEBUG"):
            raise
        click.echo(f"内部错误：{type(exc).__name__}: {exc}\n"
                   "这是 drafter 的缺陷，不是您的文件的问题；设置环境变量 DRAFTER_DEBUG=1 可查看详细信息。",
                   err=True)
        sys.exit(3)


def read_input(path: str, what: str = "文件") -> bytes:
    """The bytes of an input file named on the command line, with the readers' checks and
    messages (missing, a folder, unreadable, empty, too large)."""
    from pathlib import Path

    from drafter.core.readers import BINARY_SUFFIXES, MAX_BYTES, MAX_TEXT_BYTES, read_file_bytes
    limit = MAX_BYTES if Path(path).suffix.lower() in BINARY_SUFFIXES else MAX_TEXT_BYTES
    return read_file_bytes(path, limit)


def echo_json(obj) -> None:
    import json
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))
