"""The extracted report's YAML written directly, without ruamel.yaml (whose import and emitter
cost extract more than a third of its time): the same text, byte for byte, that
`emit.text_of(emit.tree(top), header)` writes, for the documents this writer can prove it
writes the same way — and None for any other, so that the caller takes the ruamel path.

Supported: the layout `emit.tree` makes (mappings indented 2, sequences 4 with the dash at 2,
comments before keys and items, end-of-line comments at column 24), scalars that ruamel writes
plain (text with a non-ASCII character and no YAML indicator, ASCII words, integers, simple
decimals, booleans) or single-quoted (the empty text, a text starting with an indicator such as
% or a quote). Anything else (a literal block, a double-quoted text, a table, a text ASCII-only
and not a plain word, a control character) gives None. tests/unit/test_extract_fastyaml.py
compares the two writers on the real seeds and corpus."""

from __future__ import annotations

import re

from drafter.extract.emit import RE_YEAR, comment_text, update_note

EOL_COLUMN = 24
_INDICATOR_FIRST = set("#,[]{}&*!|>'\"%@`")
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*\Z")
_RESERVED = {"true", "false", "null", "yes", "no", "on", "off", "y", "n", "nan", "inf"}
_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+\Z")
# ASCII texts an implicit type would read (an integer, a decimal, a date): ruamel single-quotes them
_TYPED = re.compile(r"[0-9][0-9_]*(?:\.[0-9_]*)?\Z|[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


class Unsupported(Exception):
    """A value this writer cannot prove it writes as ruamel does."""


def _printable(s: str) -> bool:
    for ch in s:
        if not ("\x20" <= ch <= "\x7e" or "\xa0" <= ch <= "\ud7ff" or ("\ue000" <= ch <= "\ufffd" and ch != "\ufeff")
                or "\U00010000" <= ch <= "\U0010ffff"):
            return False
    return True


def scalar(v, flow: bool = False) -> str:
    """A scalar as ruamel writes it in block context (round trip, unlimited width, unicode)."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        text = repr(v)
        if _DECIMAL.match(text) and abs(v) < 1e15:
            return text
        raise Unsupported(text)
    if not isinstance(v, str) or type(v) is not str or flow:
        raise Unsupported(type(v).__name__)
    if v == "":
        return "''"
    if not _printable(v) or v != v.strip(" ") or v.strip() != v:
        raise Unsupported(v)
    if v[0] in _INDICATOR_FIRST:   # never plain: ruamel single-quotes it
        return "'" + v.replace("'", "''") + "'"
    if v.isascii():
        if _ASCII_WORD.match(v) and v.lower() not in _RESERVED:
            return v
        if _TYPED.match(v):
            return "'" + v + "'"
        raise Unsupported(v)
    # a non-ASCII character: no implicit type can match it; plain unless an indicator says no
    if v[0] in "-?:" or v.endswith(":") or ": " in v or " #" in v or v.startswith(("---", "...")):
        raise Unsupported(v)
    from drafter.report.schema import RE_FW_VALUE
    if RE_FW_VALUE.match(v):       # emit.scalar double-quotes these
        raise Unsupported(v)
    return v


def _eol(line: str, comment: str) -> str:
    pad = EOL_COLUMN - len(line)
    return line + (" " * pad if pad > 0 else " ") + "# " + comment


def _comment_lines(text: str, indent: int) -> list[str]:
    return [(" " * indent + "# " + c) if c else "" for c in comment_text(text).split("\n")]


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def mapping(self, m: dict, col: int, first: str | None = None) -> None:
        """The keys of `m` at column `col`; `first` is the prefix ("- ") of an item's first key."""
        if not m:
            raise Unsupported("empty mapping")
        for i, (k, v) in enumerate(m.items()):
            lead = first if (i == 0 and first is not None) else " " * col
            key = scalar(k)
            if k == "table":
                raise Unsupported("table")
            if k == "content":
                self.lines.append(f"{lead}{key}:")
                self.content(v, col)
            elif k == "items":
                if not isinstance(v, list):
                    raise Unsupported("items")
                self.lines.append(f"{lead}{key}:")
                self.sequence(v, col, notes=False, item_col=col + 4)
            elif isinstance(v, dict):
                self.lines.append(f"{lead}{key}:")
                self.mapping(v, col + 2)
            elif isinstance(v, list):
                raise Unsupported("list value")
            else:
                self.lines.append(f"{lead}{key}: {scalar(v)}")

    def content(self, nodes, key_col: int, notes: bool = True) -> None:
        if not isinstance(nodes, list):
            raise Unsupported("content")
        self.sequence(nodes, key_col, notes)

    def sequence(self, nodes: list, key_col: int, notes: bool, item_col: int | None = None) -> None:
        if not nodes:
            raise Unsupported("empty list")
        dash = " " * (key_col + 2) + "- "
        for n in nodes:
            note = update_note(n) if notes and not (isinstance(n, dict) and "group" in n) else ""
            if note:
                self.lines += _comment_lines(note, key_col + 2)
            self.item(n, key_col + 4, dash)

    def item(self, n, col: int, dash: str) -> None:
        if isinstance(n, dict):
            self.mapping(n, col, first=dash)
        elif isinstance(n, list):
            raise Unsupported("nested list")
        else:
            self.lines.append(dash + scalar(n))


def text(top: list[tuple[str, object, str, str]], header: str) -> str | None:
    """What `emit.text_of(emit.tree(top), header)` gives, or None (see the module docstring)."""
    w = _Writer()
    try:
        for key, value, before, eol in top:
            if isinstance(value, str) and "\n" in value.strip("\n"):
                raise Unsupported("literal block")
            if before:
                w.lines += _comment_lines(before, 0)
            eol_text = comment_text(eol).replace("\n", "、") if eol else ""
            k = scalar(key)
            if key == "sections":
                if not isinstance(value, list) or not value:
                    raise Unsupported("sections")
                w.lines.append(_eol(f"{k}:", eol_text) if eol_text else f"{k}:")
                for s in value:
                    if not isinstance(s, dict):
                        raise Unsupported("section")
                    if s.get("heading"):
                        ys = sorted(set(RE_YEAR.findall(s["heading"])))
                        if ys:
                            w.lines.append(f"  # 请更新：标题中出现 {'、'.join(ys)} 年")
                    w.mapping(s, 4, first="  - ")
            elif isinstance(value, (dict, list)):
                w.lines.append(_eol(f"{k}:", eol_text) if eol_text else f"{k}:")
                if isinstance(value, dict):
                    w.mapping(value, 2)
                elif key == "opening":
                    w.content(value, 0)
                else:
                    w.sequence(value, 0, notes=False)
            else:
                line = f"{k}: {scalar(value)}"
                w.lines.append(_eol(line, eol_text) if eol_text else line)
    except Unsupported:
        return None
    head = [("# " + h if h else "#") for h in comment_text(header).split("\n")]
    return "\n".join(head) + "\n\n" + "\n".join(w.lines) + "\n"


def data(top: list[tuple[str, object, str, str]]) -> dict:
    """The tree loading `text(top, …)` gives, as plain dicts and lists (what `emit.tree` holds)."""
    def copy(v):
        if isinstance(v, dict):
            return {k: copy(x) for k, x in v.items()}
        if isinstance(v, list):
            return [copy(x) for x in v]
        return v
    return {key: copy(value) for key, value, _b, _e in top}
