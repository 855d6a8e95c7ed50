"""PDF through LibreOffice: `docx_to_pdf(data) -> bytes`. LibreOffice runs headless with its own
profile in a temporary folder (so it never touches or waits for the clerk's running office), with a
timeout; the folder is removed afterwards. Without LibreOffice: an InputError saying what to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from drafter.core.errors import InputError

TIMEOUT = 180  # seconds: a long report converts in a few seconds; a hung office must not hang us


def soffice() -> str | None:
    """The LibreOffice program, or None."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for cand in ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
                 r"C:\Program Files\LibreOffice\program\soffice.exe"):
        if os.path.exists(cand):
            return cand
    return None


def docx_to_pdf(data: bytes, name: str = "document.docx") -> bytes:
    """The PDF of a .docx (bytes in, bytes out)."""
    exe = soffice()
    if exe is None:
        raise InputError("生成 PDF 需要 LibreOffice，本机没有安装（Debian/Ubuntu：apt install libreoffice-writer；"
                         "Windows：安装 LibreOffice 后重试），也可以先生成 .docx 再用 Word/WPS 另存为 PDF", name)
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
        work = Path(tmp)
        src = work / "document.docx"
        src.write_bytes(data)
        profile = (work / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf",
               "--outdir", str(work), str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice 转换 PDF 超过 {TIMEOUT} 秒仍未完成，已放弃", name) from None
        except OSError as exc:
            raise InputError(f"无法启动 LibreOffice：{exc.strerror or exc}", name) from None
        out = work / "document.pdf"
        if proc.returncode != 0 or not out.is_file():
            detail = (proc.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
            raise InputError(f"LibreOffice 未能生成 PDF（{detail[0][:120]}）", name)
        return out.read_bytes()
