"""Reading the report YAML: ruamel.yaml round-trip nodes (they keep line and column), and every
syntax error translated into one Chinese line naming file:line:column, with a hint for the classic
clerk mistakes (a full-width colon ： after a key, a tab, an unclosed quote or bracket)."""

from __future__ import annotations

import re
from pathlib import Path

from drafter.core.errors import InputError, describe_os_error

MAX_BYTES = 4 * 1024 * 1024

# a key written with a full-width colon: `year：2025`, `  - title：…`, `  法律援助：`
RE_FW_KEY = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\s*：")
RE_FW_CJK_KEY = re.compile(r"^(\s*(?:-\s+)?)([\u4e00-\u9fffA-Za-z0-9_]{1,16})\s*：\s*(#.*)?$")


def read_text(path: str | Path) -> str:
    p = Path(path)
    if p.is_dir():
        raise InputError("这是一个文件夹，不是 YAML 文件", str(p))
    if not p.exists():
        raise InputError("文件不存在", str(p))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件：{describe_os_error(exc)}", str(p)) from None
    return decode(data, str(p))


def decode(data: bytes, path: str) -> str:
    """The text of a YAML file's bytes (UTF-8 with or without BOM, UTF-16 with BOM, GB18030)."""
    if len(data) > MAX_BYTES:
        raise InputError(f"文件过大（{len(data) // 1024} KB），不像是报告素材 YAML", path)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("这不是文本文件（含二进制内容），请提供 YAML 文本文件", path)
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError("无法识别文件编码，请另存为 UTF-8 编码", path)


def _where(mark) -> tuple[int | None, int | None]:
    if mark is None:
        return None, None
    return mark.line + 1, mark.column + 1


def _tab_line(lines: list[str], upto: int | None) -> tuple[int, int] | None:
    for i, line in enumerate(lines):
        if upto is not None and i + 1 > upto + 1:
            break
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            return i + 1, lead.index("\t") + 1
    return None


def _structure_lines(lines: list[str], upto: int | None):
    """(index, line) of the lines at or before `upto` (1-based; + one line of slack) that are YAML
    structure, not the inside of a | or > block of text."""
    in_block_scalar_indent: int | None = None
    for i, line in enumerate(lines):
        if upto is not None and i + 1 > upto + 1:
            break
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if in_block_scalar_indent is not None:
            if not stripped or indent > in_block_scalar_indent:
                continue
            in_block_scalar_indent = None
        if re.search(r":\s*[|>][+-]?\d*\s*(#.*)?$", line):
            in_block_scalar_indent = indent
            continue
        yield i, line


def _fullwidth_colon_line(lines: list[str], upto: int | None) -> tuple[int, int, str] | None:
    """The last line at or before `upto` (1-based; + one line of slack) with a key followed by ：."""
    found = None
    for i, line in _structure_lines(lines, upto):
        if ":" in line.split("：", 1)[0]:
            continue  # `text: 具体工作如下：` — the ASCII colon comes first
        m = RE_FW_KEY.match(line) or RE_FW_CJK_KEY.match(line)
        if m:
            found = (i + 1, len(m.group(1)) + len(m.group(2)) + 1, m.group(2))
    return found


# `district:某县`: a key whose colon is not followed by a space (not a URL's `http://`)
RE_KEY_NO_SPACE = re.compile(r"^(\s*(?:-\s+)?)([A-Za-z_][A-Za-z0-9_-]*):(?=[^\s/])")
# `-2027年要做好工作`: a list item whose “-” is not followed by a space (not `---`, not `-5`)
RE_DASH_NO_SPACE = re.compile(r"^(\s*)-(?=[^\s\d-]|\d{4}年)")


def _last_match(lines: list[str], upto: int | None, rx: re.Pattern) -> tuple[int, re.Match] | None:
    found = None
    for i, line in _structure_lines(lines, upto):
        m = rx.match(line)
        if m:
            found = (i + 1, m)
    return found


def _missing_space(lines: list[str], upto: int | None) -> InputError | None:
    """The nearest line at or before `upto` that misses the space YAML needs after a key's colon
    or after a list item's “-” (what the clerk meant; ruamel reports only that the next line is wrong)."""
    colon = _last_match(lines, upto, RE_KEY_NO_SPACE)
    dash = _last_match(lines, upto, RE_DASH_NO_SPACE)
    if colon and (not dash or colon[0] >= dash[0]):
        line, m = colon
        key = m.group(2)
        rest = lines[line - 1][m.end():].strip()
        return InputError(f"键 {key} 的英文冒号后面缺少空格", None, line, m.end(),
                          hint=f"YAML 要写成 “键: 值”，冒号后面加一个空格：{key}: {rest[:20]}")
    if dash:
        line, m = dash
        rest = lines[line - 1][m.end():].strip()
        return InputError(f"这一行以“-”开头，但“-”后面没有空格，YAML 不把它当成列表项", None, line, m.end(),
                          hint=f"列表项写成 “- {rest[:20]}”（“-”后面加一个空格）；如果这是一段文字，"
                               "请把它写在键的后面（如 text: …）并给整段加引号")
    return None


def translate_error(exc, path: str, text: str) -> InputError:
    """A ruamel MarkedYAMLError -> InputError (Chinese, with position and hint)."""
    lines = text.splitlines()
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    pline, pcol = _where(getattr(exc, "problem_mark", None))
    cline, ccol = _where(getattr(exc, "context_mark", None))
    name = type(exc).__name__

    if "\t" in problem or "'\\t'" in problem:
        tab = _tab_line(lines, pline)
        if tab is None:  # not in the indentation: after a key's colon or before a value
            return InputError("这里有制表符（Tab），YAML 里只能用空格", path, pline, pcol,
                              hint="请把 Tab 换成空格；文字里确实需要 Tab 时，请给整段文字加引号")
        return InputError("这里有制表符（Tab），YAML 只能用空格缩进", path, tab[0], tab[1],
                          hint="请把 Tab 换成空格（每一层缩进 2 个空格）")
    if "found another document" in problem or "expected a single document" in context:
        return InputError("一个素材文件里只能有一份 YAML 文档，这里又开始了一份（---）", path, pline, pcol,
                          hint="请删除这一行的 ---，或把两份素材分成两个文件")
    fw = _fullwidth_colon_line(lines, pline)
    if fw is not None:
        return InputError(f"键 {fw[2]} 后面用了中文冒号“：”", path, fw[0], fw[1],
                          hint=f"YAML 的键后面要用英文冒号加空格，请改为 “{fw[2]}: ”")
    tab = _tab_line(lines, pline)
    if tab is not None:
        return InputError("这里有制表符（Tab），YAML 只能用空格缩进", path, tab[0], tab[1],
                          hint="请把 Tab 换成空格（每一层缩进 2 个空格）")
    if name == "DuplicateKeyError":
        key = re.search(r'duplicate key "([^"]*)"', problem)
        return InputError(f"键 {key.group(1) if key else ''} 重复出现（第 {cline} 行已经写过）", path,
                          pline, pcol, hint="同一层里每个键只能写一次；请合并或删除其中一处")
    if "quoted scalar" in context:
        return InputError("引号没有闭合", path, cline, ccol,
                          hint="这一段以引号开头，但没有找到配对的结束引号；请补上引号或去掉开头的引号")
    if "flow sequence" in context or "expected ',' or ']'" in problem:
        return InputError("方括号 [ 没有闭合（或列表项之间缺少逗号）", path, cline or pline, ccol or pcol,
                          hint="以 [ 开头的值必须以 ] 结束；如果这是普通文字，请给整段加引号")
    if "flow mapping" in context or "expected ',' or '}'" in problem:
        return InputError("花括号 { 没有闭合", path, cline or pline, ccol or pcol,
                          hint="以 { 开头的值必须以 } 结束；如果这是普通文字，请给整段加引号")
    structural = ("mapping values are not allowed", "could not find expected ':'", "did not find expected key",
                  "expected <block end>", "expected <document start>", "did not find expected '-'")
    if any(x in problem for x in structural):
        missing = _missing_space(lines, pline)
        if missing is not None:
            missing.path = path
            return missing
    if "mapping values are not allowed" in problem:
        return InputError("这里不能出现“英文冒号加空格”", path, pline, pcol,
                          hint="文字里需要冒号时请用中文冒号“：”，或者给整段文字加引号；也可能是缩进不对")
    if "could not find expected ':'" in problem or "did not find expected key" in problem:
        at = cline or pline
        return InputError("这一行缺少“键: 值”里的英文冒号，或者缩进不对", path, at, ccol or pcol,
                          hint="每一行写成 “键: 值”（英文冒号后加空格）；同一层的键要对齐")
    if "expected <block end>" in problem or "expected <document start>" in problem:
        return InputError("缩进不一致", path, pline, pcol,
                          hint="同一层的键要左对齐，列表项的“- ”要对齐；请检查这一行和上一行的缩进")
    if "cannot start any token" in problem:
        ch = re.search(r"character '(.+?)'", problem)
        return InputError(f"字符 {ch.group(1) if ch else ''} 不能出现在值的开头", path, pline, pcol,
                          hint="请给整段文字加引号")
    if "found undefined alias" in problem or "found undefined tag" in problem:
        return InputError("这里有 YAML 的特殊符号（* 或 !）", path, pline, pcol,
                          hint="以 * 或 ! 开头的文字请加引号")
    return InputError(f"YAML 格式错误：{problem or exc}", path, pline, pcol,
                      hint="请检查这一行的缩进、冒号和引号")


# a directive line (`%YAML 1.1`, `%TAG …`): the pure loader reads the version, libyaml's does not
RE_DIRECTIVE = re.compile(r"^%", re.M)
# what libyaml reads otherwise than the pure loader goes the pure way too: anchors, aliases and
# merge keys (& * <<: the anchor is not handed to the round-trip constructor, which keeps it on the
# value's type), tags (! : a TaggedScalar there, a plain value here) and tabs (libyaml accepts
# some the pure scanner refuses, with the message the clerk must see).
# deep nesting on one line (`- - - - …`, a run of indentation): libyaml's composer recurses in C,
# where no recursion limit holds, so such a text (and one with many [ or {) goes the pure way
RE_DEEP_LINE = re.compile(r"^[ \t?:-]{500}", re.M)
MAX_FLOW_OPENERS = 500


def _fast_load(text: str):
    """The document through libyaml (ruamel.yaml.clib's CParser: reader, scanner, parser and
    composer in C) and ruamel's own round-trip constructor and resolver in Python, so the same
    CommentedMap / CommentedSeq / scalar types with the same line and column (`.lc`) as the pure
    round-trip loader — but without comments. (data,), or None when the C parser is not installed or the
    text is not loaded cleanly (any error: the caller parses again the pure way, whose messages
    and positions are the ones translated)."""
    if (RE_DIRECTIVE.search(text) or RE_DEEP_LINE.search(text) or "&" in text or "*" in text
            or "!" in text or "\t" in text or "<<" in text or text.count("[") + text.count("{") > MAX_FLOW_OPENERS):
        return None
    try:
        from _ruamel_yaml import CParser
    except ImportError:
        return None
    from ruamel.yaml.constructor import RoundTripConstructor
    from ruamel.yaml.resolver import VersionedResolver

    class Loader(CParser, RoundTripConstructor, VersionedResolver):
        comment_handling = None   # what the round-trip constructor asks of its loader

        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            self._parser = self._composer = self
            RoundTripConstructor.__init__(self, loader=self)
            self.allow_duplicate_keys = False
            VersionedResolver.__init__(self, version=None, loadumper=self)

    try:
        loader = Loader(text)
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except Exception:   # noqa: BLE001 — any failure: the pure loader gives the message
        return None
    return None if _has_empty_value(data) else (data,)


def _has_empty_value(data) -> bool:
    """A mapping value left empty (`title:`): the pure loader places it at the next token (the next
    key, a dedent, the end of the file, depending on comments), libyaml right after the colon, so
    the positions of messages about it would differ: such a file goes the pure way."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for v in node.values():
                if v is None:
                    return True
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
    return False


def load(path: str | Path, text: str | None = None, comments: bool = True):
    """Parse the YAML file with positions; (data, text). `comments=False` (build: the data and
    positions are read, the comments never) tries libyaml first (`_fast_load`, ~10× faster); a
    file it does not load cleanly is parsed again by the pure loader, so every error is the same."""
    if text is None:
        text = read_text(path)
    if not comments:
        fast = _fast_load(text)
        if fast is not None:
            check_tags(fast[0], str(path), text)
            return fast[0], text
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt")
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        raise translate_error(exc, str(path), text) from None
    except YAMLError as exc:
        raise InputError(f"YAML 格式错误：{exc}", str(path)) from None
    except ValueError as exc:  # ruamel builds dates while loading: 2026-02-30
        import datetime as _dt
        for i, line in enumerate(text.splitlines()):
            for m in re.finditer(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])", line):
                try:
                    _dt.date(*(int(x) for x in m.groups()))
                except ValueError:
                    raise InputError(f"日期 {m.group(0)} 不是有效的日期", str(path), i + 1, m.start() + 1,
                                     hint="请检查月份和日期（如 2 月没有 30 日）") from None
        raise InputError(f"YAML 内容无法读取：{exc}", str(path)) from None
    except RecursionError:
        raise InputError("YAML 嵌套过深", str(path)) from None
    check_tags(data, str(path), text)
    return data, text


# explicit tags a clerk may use to force a type (`!!str 2025`); anything else (!!python/…, !foo) is refused
PLAIN_TAGS = {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map",
                                                    "timestamp")}


def check_tags(data, path: str, text: str) -> None:
    """Refuse YAML tags other than the core ones: the report is plain data (nothing is ever
    constructed or executed from a tag, but a tagged value would be silently misread)."""
    seen: set[int] = set()
    stack = [data]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # aliases: each node once (no "billion laughs" blow-up)
            continue
        seen.add(id(node))
        tag = getattr(getattr(node, "tag", None), "value", None)
        if tag and tag not in PLAIN_TAGS:
            shown = "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag
            line = col = None
            for i, ln in enumerate(text.splitlines()):
                j = ln.find(shown)
                if j >= 0:
                    line, col = i + 1, j + 1
                    break
            raise InputError(f"不支持 YAML 标签 {shown}", path, line, col,
                             hint="素材文件只写文字和数字；以 ! 开头的文字请加引号")
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def dump(data) -> str:
    """The one YAML writer (new --from, extract): ruamel.yaml round-trip types with their comments,
    unlimited width (every text on one line loads back character for character), Chinese as is,
    mappings indented 2, sequences 4 with the dash at 2."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.width = 1 << 30
    yaml.allow_unicode = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()
