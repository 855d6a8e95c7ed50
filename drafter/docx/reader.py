"""Read a .docx as lines, one per paragraph in reading order (drafter.docx.walk: body and table
cells, text boxes at their anchor, footnotes and endnotes), with Word's automatic list numbering
made visible ("一、", "（一）", "1." …) so the shared outline parser sees what the reader of the
document sees."""

from __future__ import annotations

import re
import zipfile

from drafter.core.errors import InputError, describe_os_error


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


def reading(doc):
    """The `drafter.docx.walk.Reading` of an open python-docx Document (lines, tables, notes)."""
    from drafter.docx.walk import read_docx_document
    return read_docx_document(doc)


def paragraph_lines(doc) -> tuple[list[str], dict[int, str], list[int]]:
    """Lines of an open python-docx Document in reading order: (lines, hints, label_lengths), where
    label_lengths[i] is the length of the auto-numbering label prefixed to line i (0 if none).
    Line i is the paragraph `reading_paragraphs(doc)[i]` (not `doc.paragraphs[i]` once the
    document has a table, a text box or a note)."""
    r = reading(doc)
    hints = {i: ln.hint for i, ln in enumerate(r.lines) if ln.hint}
    return [ln.text for ln in r.lines], hints, [ln.label for ln in r.lines]


def reading_paragraphs(doc) -> list:
    """python-docx Paragraphs of the lines of `paragraph_lines(doc)`, index for index."""
    from docx.text.paragraph import Paragraph
    body = doc._body
    return [Paragraph(ln.p, body) for ln in reading(doc).lines]
