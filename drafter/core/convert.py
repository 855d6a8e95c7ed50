"""Old and other word-processor files (.doc, .wps, .odt, .rtf) to .docx through LibreOffice.

`to_docx(data, name) -> bytes` runs `soffice --headless --convert-to docx` on a copy in a temporary
folder, with its own throw-away profile (`-env:UserInstallation=file://…`, so it neither disturbs
nor waits for a LibreOffice the user has open), in its own process group killed on the time limit;
the folder is removed afterwards. Without LibreOffice it raises InputError naming what to install."""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from pathlib import Path

from drafter.core.errors import InputError

TIMEOUT = 120  # seconds: a report converts in a few seconds; a hung office must not hang drafter
SUFFIXES = (".doc", ".wps", ".odt", ".rtf")
_NAMES = {".doc": "Word 97-2003 .doc", ".wps": "WPS 文字 .wps", ".odt": "OpenDocument .odt", ".rtf": "RTF"}


def install_hint(suffix: str) -> str:
    what = _NAMES.get(suffix, suffix)
    return (f"需要 LibreOffice 才能读取 {what} 文件，本机没有找到 soffice"
            "（apt install libreoffice-writer；Windows 安装 LibreOffice），"
            "或在 Word/WPS 中把它另存为 .docx 后再试")


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"   # Word 97-2003 / WPS compound file
ZIP = b"PK\x03\x04"


def check_input(data: bytes, name: str) -> str:
    """What the bytes are ("ole", "zip", "rtf", "html"), or InputError for a damaged or foreign
    file (LibreOffice would import anything as plain text)."""
    suffix = Path(name).suffix.lower()
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if data.startswith(ZIP):
        return "zip"
    if suffix != ".odt":
        if data.startswith(OLE):
            if len(data) < 1536:
                raise InputError(f"{_NAMES.get(suffix, '文稿')}文件不完整或已损坏（只有 {len(data)} 字节），"
                                 "请在 Word/WPS 中打开后另存为 .docx 再试", name)
            return "ole"
        if head.startswith(b"{\\rtf"):
            return "rtf"
        if head[:1] == b"<" and b"<html" in data[:4096].lower():
            return "html"
        if data.startswith(OLE[:4]):
            raise InputError(f"{_NAMES.get(suffix, '文稿')}文件不完整或已损坏，请在 Word/WPS 中打开后另存为 .docx 再试", name)
    raise InputError(f"这不是有效的 {_NAMES.get(suffix, suffix)} 文件（文件已损坏或改了扩展名），"
                     "请在 Word/WPS 中打开后另存为 .docx 再试", name)


def _run(cmd: list[str], cwd: str, timeout: float) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    kw: dict = {"start_new_session": True} if os.name == "posix" else {}
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kw)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if os.name == "posix":
            try:
                os.killpg(proc.pid, signal.SIGKILL)   # soffice forks soffice.bin: end the whole group
            except OSError:
                pass
        proc.kill()
        proc.communicate()
        raise
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def to_docx(data: bytes, name: str, timeout: float = TIMEOUT) -> bytes:
    """The .docx of a .doc/.wps/.odt/.rtf file given as bytes; `name` names it in messages."""
    from drafter.docx.pdf import soffice

    suffix = Path(name).suffix.lower()
    if check_input(data, name) == "zip" and suffix != ".odt":
        return data                      # a .docx saved under an old extension
    exe = soffice()
    if exe is None:
        raise InputError(install_hint(suffix), name)
    with tempfile.TemporaryDirectory(prefix="drafter-convert-") as tmp:
        work = Path(tmp)
        src = work / f"document{suffix or '.doc'}"
        src.write_bytes(data)
        profile = (work / "profile").as_uri()
        cmd = [exe, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               f"-env:UserInstallation={profile}", "--convert-to", "docx:MS Word 2007 XML",
               "--outdir", str(work / "out"), str(src)]
        try:
            proc = _run(cmd, tmp, timeout)
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice 转换超时（超过 {int(timeout)} 秒），文件可能已损坏；"
                             "请在 Word/WPS 中另存为 .docx 后再试", name) from None
        except OSError as exc:
            raise InputError(f"无法启动 LibreOffice（{exc.strerror or exc}）：{install_hint(suffix)}", name) from None
        out = work / "out" / "document.docx"
        if not out.is_file() or out.stat().st_size == 0:
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip().splitlines()
            why = f"：{detail[-1][:160]}" if detail else ""
            raise InputError(f"LibreOffice 无法转换这个文件（退出码 {proc.returncode}），文件可能已损坏或不是"
                             f"{_NAMES.get(suffix, '文稿')}{why}", name)
        return out.read_bytes()
