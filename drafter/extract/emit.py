"""Write the extracted report as YAML with Chinese comments (ruamel.yaml round-trip types).

Every text is a plain or quoted scalar on one line (width unlimited), so that it loads back
character for character; ruamel quotes what needs quoting (`: `, `#`, leading punctuation)."""

from __future__ import annotations

import re

from drafter.extract.config import data

RE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
RE_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
RE_PLACEHOLDER = re.compile(r"【指标:([^】]+)】")


def _texts(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        out = []
        for k, v in node.items():
            if k in ("content", "items"):
                for x in v:
                    out += _texts(x)
            elif k in ("text", "theme", "title") and isinstance(v, str):
                out.append(v)
        return out
    return []


def update_note(node) -> str:
    """请更新：文中出现 2022、2023 年；含 5 处数字… for a content node (empty when nothing to update)."""
    words = data()["update"]
    text = "\n".join(_texts(node))
    years = sorted(set(RE_YEAR.findall(text)))
    bare = RE_PLACEHOLDER.sub("", text)
    n_numbers = len(RE_NUMBER.findall(bare)) - len(RE_YEAR.findall(bare))
    ids = list(dict.fromkeys(RE_PLACEHOLDER.findall(text)))
    parts = []
    if years:
        parts.append(words["years"].format(years="、".join(years)))
    if n_numbers > 0:
        parts.append(words["figures"].format(n=n_numbers))
    if ids:
        parts.append(words["metrics"].format(ids="、".join(ids)))
    if not parts:
        return ""
    note = "；".join(parts)
    return note if note.startswith("请更新") else "请更新：" + note


def scalar(v):
    """A text that would read as `key：value` to build's clerk-mistake check is written quoted."""
    if isinstance(v, str):
        from drafter.report.schema import RE_FW_VALUE

        if "\n" in v.strip("\n"):  # several lines (two issuers signing jointly): a literal block
            from ruamel.yaml.scalarstring import LiteralScalarString

            return LiteralScalarString(v)

        if RE_FW_VALUE.match(v):
            from ruamel.yaml.scalarstring import DoubleQuotedScalarString

            return DoubleQuotedScalarString(v)
    return v


class Emitter:
    def __init__(self):
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        self.CM, self.CS = CommentedMap, CommentedSeq

    def content(self, nodes: list, key_col: int, notes: bool = True):
        """A content list under a key at column key_col (dashes at key_col + 2)."""
        seq = self.CS()
        for i, n in enumerate(nodes):
            seq.append(self.node(n, key_col + 4))
            note = update_note(n) if notes and not (isinstance(n, dict) and "group" in n) else ""
            if note:
                seq.yaml_set_comment_before_after_key(i, before=comment_text(note), indent=key_col + 2)
        return seq

    def node(self, n, col: int):
        if isinstance(n, str):
            return scalar(n)
        if isinstance(n, list):
            return self.content(n, col - 4, notes=False)
        m = self.CM()
        for k, v in n.items():
            if k == "table" and isinstance(v, dict):
                m[k] = self.table(v)
            elif k == "content":
                m[k] = self.content(v, col)
            elif k == "items":
                seq = self.CS()
                for it in v:
                    seq.append(self.node(it, col + 4) if isinstance(it, dict) else scalar(it))
                m[k] = seq
            elif isinstance(v, dict):
                m[k] = self.node(v, col + 2)
            else:
                m[k] = scalar(v)
        return m


    def table(self, t: dict):
        """A table node: caption, then the header and each row as a one-line [a, b, c] list."""
        m = self.CM()
        for k, v in t.items():
            if k == "header":
                m[k] = self._flow(v)
            elif k == "rows":
                seq = self.CS()
                for row in v:
                    seq.append(self._flow(row))
                m[k] = seq
            else:
                m[k] = scalar(v)
        return m

    def _flow(self, cells: list):
        seq = self.CS(scalar(c) for c in cells)
        seq.fa.set_flow_style()
        return seq


def comment_text(text: str) -> str:
    """A comment cannot escape anything: characters YAML does not allow unescaped (control
    characters such as ESC) or reads as line breaks (NEL, U+2028/9) become spaces."""
    return "".join(c if c == "\n" or c == "\t" or (c.isprintable() and c not in "\u2028\u2029")
                   else " " for c in text)


def tree(top: list[tuple[str, object, str, str]]):
    """The YAML document of `top` ((key, value, comment before the key, end-of-line comment) in
    order) in memory (ruamel round-trip nodes with their comments): what
    loading `text_of(tree(top), …)` gives back — strings that would read as numbers, dates or
    booleans are quoted when written, and every text is one line."""
    e = Emitter()
    doc = e.CM()
    for key, value, before, eol in top:
        if key == "sections":
            seq = e.CS()
            for i, s in enumerate(value):
                seq.append(e.node(s, 4))
                note = ""
                if s.get("heading"):
                    ys = sorted(set(RE_YEAR.findall(s["heading"])))
                    if ys:
                        note = f"请更新：标题中出现 {'、'.join(ys)} 年"
                if note:
                    seq.yaml_set_comment_before_after_key(i, before=note, indent=2)
            doc[key] = seq
        elif key == "opening" and isinstance(value, list):
            doc[key] = e.content(value, 0)
        elif isinstance(value, dict):
            doc[key] = e.node(value, 2)
        elif isinstance(value, list):
            doc[key] = e.CS(scalar(x) for x in value)
        else:
            doc[key] = scalar(value)
        if eol and isinstance(value, str) and "\n" in value.strip("\n"):
            before, eol = "\n".join(x for x in (before, eol) if x), ""  # no comment after a block
        if before:
            doc.yaml_set_comment_before_after_key(key, before=comment_text(before))
        if eol:
            doc.yaml_add_eol_comment(comment_text(eol).replace("\n", "、"), key, column=24)
    return doc


def text_of(doc, header: str) -> str:
    """The YAML text of `doc` (from `tree`) under the comment `header`."""
    from drafter.report.yamlio import dump as yaml_dump

    lines = [("# " + h if h else "#") for h in comment_text(header).split("\n")]
    return "\n".join(lines) + "\n\n" + yaml_dump(doc)
