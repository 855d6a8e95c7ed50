"""Where a command's output goes (SPEC §3): `-o -` writes text output to standard output; an output
file's type follows its extension, and an extension that does not fit the output is refused (exit 2);
files are written atomically (drafter/cli/atomic.py), never over an existing one without --force and
never over a read-only one."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from drafter.core.errors import InputError

STDOUT = "-"
TEXT_FORMATS = ("txt", "md", "json", "yaml")
YAML_EXTENSIONS = {".yaml": "yaml", ".yml": "yaml"}


@dataclass(frozen=True)
class Output:
    """A resolved output: a file `path` (None: standard output) and the format `fmt` written there."""
    path: Path | None
    fmt: str

    @property
    def to_stdout(self) -> bool:
        return self.path is None

    def same_as(self, src: str | Path) -> bool:
        """True when this output would replace the input file `src`."""
        return (self.path is not None and self.path.exists() and Path(src).exists()
                and self.path.resolve() == Path(src).resolve())


def _listing(extensions: dict[str, str]) -> str:
    return "、".join(extensions)


def resolve(output: str | None, default: Path, extensions: dict[str, str], fmt: str | None = None,
            command: str = "") -> Output:
    """The Output for `-o OUTPUT` (None: `default`, whose extension names the format when `fmt` is
    None). `extensions` maps each allowed extension (".docx") to the format it names; `fmt` is the
    format asked for with --format, if any. Refused (InputError): an extension not in `extensions`,
    an extension that contradicts `fmt`, and `-o -` for a format that is not text."""
    formats = list(dict.fromkeys(extensions.values()))
    who = f"{command} " if command else ""
    if output == STDOUT:
        text = [f for f in formats if f in TEXT_FORMATS]
        chosen = fmt or (text[0] if text else formats[0])
        if chosen not in TEXT_FORMATS:
            raise InputError(f"-o - 只能把文字格式（{'、'.join(text) or 'txt、md'}）写到标准输出，"
                             f"{chosen} 是二进制文件", hint=f"请用 -o 文件名.{chosen} 写到文件")
        return Output(None, chosen)
    path = Path(output) if output else default
    if path.is_dir():
        raise InputError("输出路径是一个文件夹，请指定文件名", str(path))
    ext = path.suffix.lower()
    if ext not in extensions:
        shown = f"的扩展名是 {path.suffix}" if path.suffix else "没有扩展名"
        raise InputError(f"输出文件{shown}，{who}只能写 {_listing(extensions)} 文件", str(path),
                         hint="输出的类型由扩展名决定；请把文件名改为以 "
                              f"{_listing(extensions)} 之一结尾" + ("，或用 -o - 写到标准输出"
                                                                   if any(f in TEXT_FORMATS for f in formats) else ""))
    named = extensions[ext]
    if fmt is not None and fmt != named:
        raise InputError(f"--format {fmt} 与输出文件的扩展名 {path.suffix} 不一致", str(path),
                         hint=f"请去掉 --format，或把文件名改为 *.{fmt}")
    return Output(path, named)


def check(out: Output, force: bool) -> None:
    """Refuse early, before any work: an existing output without --force, a read-only one, a
    missing or read-only folder (standard output is always fine)."""
    if out.path is not None:
        from drafter.cli.atomic import check_writable
        check_writable(out.path, force)


def write(out: Output, data: bytes | str, force: bool) -> Path | None:
    """Write `data` to the output: atomically to the file (returns its path), or to standard output."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if out.path is None:
        stream = sys.stdout.buffer
        stream.write(raw)
        stream.flush()
        return None
    from drafter.cli.atomic import write_bytes
    return write_bytes(out.path, raw, force=force)
