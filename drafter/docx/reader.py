"""Read the paragraphs of a .docx as lines, with Word's automatic list numbering made visible
("一、", "（一）", "1." …) so the shared outline parser sees what the reader of the document sees."""

from __future__ import annotations

import re
import zipfile

from drafter.core.errors import InputError, describe_os_error
from drafter.text.numerals import to_chinese

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_STYLE_HINTS = {
    "title": "title", "标题": "title", "公文标题": "title",
    "heading 1": "h1", "标题 1": "h1", "一级标题": "h1",
    "heading 2": "h2", "标题 2": "h2", "二级标题": "h2",
    "heading 3": "h3", "标题 3": "h3", "三级标题": "h3",
    "heading 4": "h4", "标题 4": "h4", "四级标题": "h4",
}


def _fmt_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional",
               "japaneseCounting", "taiwaneseCounting", "chineseLegalSimplified"):
        return to_chinese(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x245F + n)
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class _Numbering:
    """Tracks counters of Word's automatic numbering while walking the paragraphs."""

    def __init__(self, doc):
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.num_to_abs: dict[str, str] = {}
        self.overrides: dict[tuple[str, int], int] = {}
        self.counters: dict[str, dict[int, int]] = {}
        try:
            part = doc.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        for absn in root.findall(f"{W}abstractNum"):
            aid = absn.get(f"{W}abstractNumId")
            for lvl in absn.findall(f"{W}lvl"):
                ilvl = int(lvl.get(f"{W}ilvl", "0"))
                fmt_el = lvl.find(f"{W}numFmt")
                txt_el = lvl.find(f"{W}lvlText")
                start_el = lvl.find(f"{W}start")
                self.levels[(aid, ilvl)] = (
                    fmt_el.get(f"{W}val") if fmt_el is not None else "decimal",
                    txt_el.get(f"{W}val") if txt_el is not None else "",
                    int(start_el.get(f"{W}val")) if start_el is not None else 1,
                )
        for num in root.findall(f"{W}num"):
            nid = num.get(f"{W}numId")
            abs_el = num.find(f"{W}abstractNumId")
            if abs_el is not None:
                self.num_to_abs[nid] = abs_el.get(f"{W}val")
            for ov in num.findall(f"{W}lvlOverride"):
                so = ov.find(f"{W}startOverride")
                if so is not None:
                    self.overrides[(nid, int(ov.get(f"{W}ilvl", "0")))] = int(so.get(f"{W}val"))

    def label(self, num_id: str, ilvl: int) -> str:
        aid = self.num_to_abs.get(num_id)
        if aid is None or num_id == "0":
            return ""
        counters = self.counters.setdefault(aid, {})
        fmt, text, start = self.levels.get((aid, ilvl), ("decimal", f"%{ilvl + 1}.", 1))
        start = self.overrides.get((num_id, ilvl), start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]

        def sub(m: re.Match) -> str:
            lv = int(m.group(1)) - 1
            lv_fmt = self.levels.get((aid, lv), ("decimal", "", 1))[0]
            return _fmt_number(counters.get(lv, self.levels.get((aid, lv), ("", "", 1))[2]), lv_fmt)

        return re.sub(r"%(\d)", sub, text)


def _num_pr(p, styles_by_id) -> tuple[str, int] | None:
    ppr = p._p.pPr
    node = ppr.numPr if ppr is not None else None
    style_id = p._p.style
    while node is None and style_id:
        st = styles_by_id.get(style_id)
        if st is None:
            break
        sppr = st.find(f"{W}pPr")
        node = sppr.find(f"{W}numPr") if sppr is not None else None
        based = st.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else None
    if node is None:
        return None
    nid = node.find(f"{W}numId")
    lvl = node.find(f"{W}ilvl")
    if nid is None:
        return None
    return nid.get(f"{W}val"), int(lvl.get(f"{W}val")) if lvl is not None else 0


def open_docx(source, path: str | None = None):
    """Open a .docx (a path, or a binary file object with `path` naming it for messages) with
    python-docx, turning every failure into a clear InputError."""
    if path is None:
        path = str(source)
    try:
        is_zip = zipfile.is_zipfile(source)
    except OSError as exc:
        raise InputError(f"无法读取文件：{describe_os_error(exc)}", path) from None
    if not is_zip:
        try:
            if hasattr(source, "read"):
                source.seek(0)
                truncated = source.read(4) == b"PK\x03\x04"
            else:
                with open(source, "rb") as fh:
                    truncated = fh.read(4) == b"PK\x03\x04"  # a zip's start without its end
        except OSError:
            truncated = False
        if truncated:
            raise InputError("Word 文件不完整或已损坏（压缩包的结尾缺失，可能没有下载或复制完整）", path)
        raise InputError("这不是有效的 Word .docx 文件（不是 zip 格式，可能是改了扩展名的其他文件）", path)
    if hasattr(source, "seek"):
        source.seek(0)
    import zlib

    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        doc = docx.Document(source)
    except KeyError as exc:  # a zip without [Content_Types].xml or word/document.xml
        part = exc.args[0] if exc.args else ""
        m = re.search(r"named '([^']+)'", str(part))
        what = f"缺少 {m.group(1)}" if m else "缺少必要的部件"
        raise InputError(f"这不是 Word .docx 文档，或文件已损坏（压缩包中{what}）", path) from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise InputError("Word 文件已损坏（压缩数据无法解开），请在 Word/WPS 中打开后另存一份", path) from None
    except (PackageNotFoundError, ValueError) as exc:
        raise InputError(f"Word 文件已损坏或不是 .docx 文档（{type(exc).__name__}）", path) from None
    except OSError as exc:
        raise InputError(f"无法读取文件：{describe_os_error(exc)}", path) from None
    except Exception as exc:  # lxml syntax errors and the like inside a damaged package
        kind = "XML 内容不完整" if "XMLSyntax" in type(exc).__name__ else type(exc).__name__
        raise InputError(f"Word 文件无法解析，可能已损坏（{kind}）", path) from None
    if doc.element.body is None:
        raise InputError("Word 文件已损坏：没有正文部分（document.xml 中缺少 w:body）", path)
    return doc


def docx_paragraph_texts(path: str) -> tuple[list[str], dict[int, str]]:
    lines, hints, _labels = paragraph_lines(open_docx(path))
    return lines, hints


def paragraph_lines(doc) -> tuple[list[str], dict[int, str], list[int]]:
    """Lines of an open python-docx Document: (lines, hints, label_lengths), where
    label_lengths[i] is the length of the auto-numbering label prefixed to line i (0 if none)."""
    styles_by_id = {}
    try:
        for st in doc.styles.element.findall(f"{W}style"):
            styles_by_id[st.get(f"{W}styleId")] = st
    except Exception:
        pass
    numbering = _Numbering(doc)
    lines: list[str] = []
    hints: dict[int, str] = {}
    labels: list[int] = []
    for i, p in enumerate(doc.paragraphs):
        text = p.text.replace("\n", " ").replace("\t", " ") if p.text else ""
        num = _num_pr(p, styles_by_id)
        if num is not None and text.strip():
            label = numbering.label(*num)
            lines.append(label + text)
            labels.append(len(label))
        else:
            lines.append(text)
            labels.append(0)
        try:
            name = (p.style.name or "").strip().lower() if p.style is not None else ""
        except Exception:
            name = ""
        if name in _STYLE_HINTS:
            hints[i] = _STYLE_HINTS[name]
    for text in _trailing_text_boxes(doc):
        lines.append(text)
        labels.append(0)
    return lines, hints, labels


_TXBX = f"{W}txbxContent"


def _trailing_text_boxes(doc) -> list[str]:
    """Lines of the text boxes anchored after the last paragraph with text: the 版记 drafter's
    writer puts at the foot of the last page (a text box elsewhere stays unread, so paragraph
    numbers never shift)."""
    paras = doc.paragraphs
    k = len(paras)
    while k > 0 and not (paras[k - 1].text or "").strip():
        k -= 1
    out: list[str] = []
    for p in paras[max(k - 1, 0):]:
        for box in p._p.iter(_TXBX):
            for q in box.iter(f"{W}p"):
                text = "".join((t.text or "") if t.tag == f"{W}t" else " " for t in q.iter(f"{W}t", f"{W}tab"))
                if text.strip():
                    out.append(text)
    return out
