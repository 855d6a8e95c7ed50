"""Click in Chinese: help headings, the --help option, usage errors, and lazy subcommands so that
`drafter --help`, `lint` and `outline` never import what only `mine` or `build` need."""

from __future__ import annotations

import importlib
import os
import re
import sys

import click

from drafter.core.errors import InputError

_HEADINGS = {"Usage": "用法", "Options": "选项", "Commands": "命令", "Arguments": "参数"}


class ChineseFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args.replace("[OPTIONS]", "[选项]").replace("COMMAND", "命令")
                            .replace("[ARGS]...", "[参数]..."), prefix="用法：")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{_HEADINGS.get(heading, heading)}：\n")


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
    (r"Invalid value for '([^']+)': '([^']*)' is not one of (.*)\.", r"选项 \1 的值“\2”无效，可选：\3"),
    (r"Invalid value for '([^']+)': '([^']*)' is not a valid integer( range)?\.?", r"选项 \1 的值“\2”不是整数"),
    (r"Invalid value for '([^']+)': (.*)", r"选项 \1 的值无效：\2"),
    (r"Did you mean (.*)\?", r"你是不是想用 \1？"),
    (r"Option '([^']+)' does not take a value\.?", r"选项 \1 不接受值"),
]


def translate_click_message(msg: str) -> str:
    for pattern, repl in _CLICK_MESSAGES:
        msg = re.sub(pattern, repl, msg)
    return msg


def run(group: click.Group, args: list[str] | None = None) -> None:
    """Run the CLI: exit 0/1/2 as SPEC §3 pins them, Chinese messages, never a traceback."""
    try:
        rv = group.main(args=args, prog_name="drafter", standalone_mode=False)
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

    from drafter.core.readers import MAX_BYTES, MAX_TEXT_BYTES, read_file_bytes
    limit = MAX_BYTES if Path(path).suffix.lower() == ".docx" else MAX_TEXT_BYTES
    return read_file_bytes(path, limit)


def echo_json(obj) -> None:
    import json
    click.echo(json.dumps(obj, ensure_ascii=False, indent=2))
