"""The corpus of bad (and awkward-but-legitimate) input files, generated at test time.

Binary, huge and encoding-specific files are built here into a temporary folder rather than
committed; the broken report YAMLs are small committed files in `tests/badinput/yaml/`, each with a
header comment saying what is wrong and which message is expected.

    python tests/badinput/make.py OUTDIR        # write every document case into OUTDIR

Each `DocCase` says what the file is, whether a clerk's tool must accept it (`ok=True`: e.g. a
GB18030 or UTF-16 text) or refuse it with exit 2, and the words the Chinese message must contain.
"""

from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
YAML_DIR = HERE / "yaml"

# A short report in the house style: title, headings of every level, run-in enumerations, date.
REPORT = """滨江区司法局2025年工作总结

今年以来，区司法局在区委区政府的坚强领导下，全力推进法治建设。具体工作如下：
一、本年度重点工作
（一）依法全面履行政府职能。全年审查规范性文件12件，同比增长20%。
1.深化“放管服”改革。一是优化审批流程；二是压缩办理时限。
（1）推进“一件事”集成改革，办结率达到98.5%。
二、存在问题及思考
基层法治力量仍然薄弱，个别领域执法不够规范。
三、明年工作思路
持续深化法治政府建设，为高质量发展提供法治保障。

杭州市滨江区司法局
2026年1月15日
"""

# characters outside GBK (CJK extension A and B) that only GB18030 and Unicode encodings can carry
BEYOND_GBK = "㐀䶮𠀀𪚥"


@dataclass
class DocCase:
    name: str
    filename: str
    build: Callable[[Path], None]     # writes the file at the given path
    ok: bool                          # True: a legitimate input the commands must accept
    needles: tuple[str, ...] = ()     # words the error message must contain (besides the file name)
    note: str = ""
    huge: bool = False                # only for the commands that must cope with size
    applies: tuple[str, ...] = field(default=("outline", "lint", "format", "extract", "mine"))
    refused_by: dict = field(default_factory=dict)  # command -> needles: legitimate, but that command refuses


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda p: p.write_bytes(data)


def _docx_bytes(text: str = REPORT) -> bytes:
    import docx
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rezip(src: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    """A copy of a zip with each member passed through `change` (None drops the member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info.filename))
            if data is not None:
                zout.writestr(info.filename, data)
    return out.getvalue()


def _docx_no_body(p: Path) -> None:
    """A .docx whose document.xml has no <w:body> at all."""
    def change(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        return data
    p.write_bytes(_rezip(_docx_bytes(), change))


def _docx_empty_body(p: Path) -> None:
    import docx
    buf = io.BytesIO()
    docx.Document().save(buf)
    p.write_bytes(buf.getvalue())


def _docx_bad_xml(p: Path) -> None:
    p.write_bytes(_rezip(_docx_bytes(), lambda n, d: d[: len(d) // 2] if n == "word/document.xml" else d))


def _docx_no_document_part(p: Path) -> None:
    p.write_bytes(_rezip(_docx_bytes(), lambda n, d: None if n == "word/document.xml" else d))


def _zip_not_docx(p: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "这是一个普通的压缩包，不是 Word 文件。")
    p.write_bytes(out.getvalue())


def _corrupt_zip(p: Path) -> None:
    data = _docx_bytes()
    p.write_bytes(data[: len(data) * 2 // 3])  # truncated: the central directory is gone


def _zip_bad_crc(p: Path) -> None:
    """A zip whose central directory is intact but whose compressed data is damaged."""
    data = bytearray(_docx_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 10, start + min(info.compress_size, 200)):
        data[i] ^= 0x5A
    p.write_bytes(bytes(data))


def _binary(p: Path) -> None:
    import random
    rnd = random.Random(6)
    p.write_bytes(bytes(rnd.randrange(256) for _ in range(4096)))


def _png(p: Path) -> None:
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
                  + bytes(range(256)) * 4)


def _huge(p: Path, mb: int = 50) -> None:
    seed = (REPORT * 3).encode("utf-8")
    n = mb * 1024 * 1024 // len(seed) + 1
    with open(p, "wb") as fh:
        for _ in range(n):
            fh.write(seed)


def _over_limit(p: Path) -> None:
    """Sparse file just over the reader's limit for text: its size alone must refuse it, quickly."""
    from drafter.core.readers import MAX_TEXT_BYTES
    with open(p, "wb") as fh:
        fh.truncate(MAX_TEXT_BYTES + 1)


DOC_CASES: list[DocCase] = [
    # --- legitimate text in every encoding a clerk's PC produces -------------------------------
    DocCase("utf8", "utf8.txt", _bytes(REPORT.encode("utf-8")), True),
    DocCase("utf8_bom", "utf8_bom.txt", _bytes(b"\xef\xbb\xbf" + REPORT.encode("utf-8")), True),
    DocCase("gbk", "gbk.txt", _bytes(REPORT.encode("gbk")), True),
    DocCase("gb18030", "gb18030.txt", _bytes(REPORT.replace("基层", "基层" + BEYOND_GBK).encode("gb18030")), True,
            note="含 GBK 以外的扩展汉字"),
    DocCase("utf16le_bom", "utf16le.txt", _bytes(REPORT.encode("utf-16")), True),
    DocCase("utf16be_bom", "utf16be.txt", _bytes(b"\xfe\xff" + REPORT.encode("utf-16-be")), True),
    DocCase("utf16le_nobom", "utf16le_nobom.txt", _bytes(REPORT.encode("utf-16-le")), True),
    DocCase("utf32_bom", "utf32.txt", _bytes(REPORT.encode("utf-32")), True),
    DocCase("crlf", "crlf.txt", _bytes(REPORT.replace("\n", "\r\n").encode("utf-8")), True),
    DocCase("cr_only", "cr.txt", _bytes(REPORT.replace("\n", "\r").encode("utf-8")), True),
    DocCase("no_final_newline", "nonl.txt", _bytes(REPORT.rstrip("\n").encode("utf-8")), True),
    DocCase("one_line", "oneline.txt", _bytes("测试".encode("utf-8")), True,
            refused_by={"extract": ("太少",)}),
    DocCase("markdown_gbk", "gbk.md", _bytes(("# " + REPORT).encode("gbk")), True),
    DocCase("latin1", "latin1.txt", _bytes("Café résumé naïve, déjà vu, señor. Größe: 5 Euro? ½\n".encode("latin-1")),
            False, ("编码",), note="Latin-1 写不出中文：按“无法识别文件编码”拒绝，并指出出错的字节"),
    DocCase("docx_ok", "ok.docx", _bytes(_docx_bytes()), True),
    # --- refused -------------------------------------------------------------------------------
    DocCase("empty", "empty.txt", _bytes(b""), False, ("为空",)),
    DocCase("empty_md", "empty.md", _bytes(b""), False, ("为空",)),
    DocCase("whitespace", "blank.txt", _bytes(" \n\u3000\n\t\r\n".encode("utf-8")), False, ("没有文字",)),
    DocCase("bom_only", "bom.txt", _bytes(b"\xef\xbb\xbf"), False, ("没有文字",)),
    DocCase("binary", "junk.txt", _binary, False, ("不是文本文件",)),
    DocCase("binary_md", "junk.md", _binary, False, ("不是文本文件",)),
    DocCase("png_as_txt", "picture.txt", _png, False, ("不是文本文件",)),
    DocCase("nul_in_utf8", "nul.txt", _bytes(REPORT.encode("utf-8") + b"\x00\x00abc\x00"), False,
            ("二进制",)),
    DocCase("bad_utf16_bom", "badbom.txt", _bytes(b"\xff\xfe" + b"\x00\xd8" + b"a\x00"), False,
            ("utf-16",), note="UTF-16 标记后面是孤立的代理项"),
    DocCase("renamed_txt_docx", "renamed.docx", _bytes(REPORT.encode("utf-8")), False, ("不是", "zip")),
    DocCase("corrupt_zip", "corrupt.docx", _corrupt_zip, False, ("不完整",)),
    DocCase("zip_bad_crc", "badcrc.docx", _zip_bad_crc, False, ("损坏",)),
    DocCase("zip_not_docx", "archive.docx", _zip_not_docx, False, ("docx",)),
    DocCase("docx_no_document", "nodoc.docx", _docx_no_document_part, False, ("docx",)),
    DocCase("docx_bad_xml", "badxml.docx", _docx_bad_xml, False, ("损坏",)),
    DocCase("docx_no_body", "nobody.docx", _docx_no_body, False, ("正文",)),
    DocCase("docx_empty", "blank.docx", _docx_empty_body, False, ("正文",)),
    DocCase("old_doc", "old.doc", _bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)), False, (".doc",)),
    DocCase("over_limit", "sparse.txt", _over_limit, False, ("过大",), huge=True),
    DocCase("huge_50mb", "huge.txt", _huge, False, ("过大", "10 MB"), huge=True,
            note="50 MB 的正常文字：不是一份报告，按大小立即拒绝（lint 要一分钟以上）"),
]


def write_documents(folder: Path, include_huge: bool = False) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for case in DOC_CASES:
        if case.huge and not include_huge:
            continue
        p = folder / case.filename
        case.build(p)
        out[case.name] = p
    return out


@dataclass
class YamlCase:
    path: Path
    expect: str          # "ok" or "error"
    needles: tuple[str, ...]
    what: str


def yaml_cases() -> list[YamlCase]:
    """The committed YAML samples. Their header:
        # 问题：<what is wrong>
        # 预期：<ok | error>
        # 提示：<needle>|<needle>...   (words the message must contain, e.g. :4:1: and 中文冒号)"""
    cases = []
    for p in sorted(YAML_DIR.glob("*.yaml")):
        head = {}
        for line in p.read_bytes().decode("utf-8", errors="replace").splitlines()[:6]:
            for key in ("问题", "预期", "提示"):
                if line.startswith(f"# {key}："):
                    head[key] = line.split("：", 1)[1].strip()
        needles = tuple(n for n in head.get("提示", "").split("|") if n)
        cases.append(YamlCase(p, head.get("预期", "error"), needles, head.get("问题", "")))
    return cases


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "badinput-out")
    files = write_documents(target, include_huge="--huge" in sys.argv)
    for name, path in files.items():
        print(f"{name}\t{path}")
