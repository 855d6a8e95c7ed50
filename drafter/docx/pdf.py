"""PDF through LibreOffice: `docx_to_pdf(data) -> bytes`.

Runs `soffice --headless --convert-to pdf` on a copy of the .docx in a temporary folder, with its
own throw-away LibreOffice profile (`-env:UserInstallation=file://…`) so it neither disturbs nor
waits for a LibreOffice the user has open, under a time limit; the folder is removed afterwards.
Without LibreOffice it raises InputError naming what to install."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from drafter.core.errors import InputError

TIMEOUT = 180  # seconds: a long report converts in a few seconds; a hung office must not hang us
_CANDIDATES = ("soffice", "libreoffice")
_PLACES = ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
           r"C:\Program Files\LibreOffice\program\soffice.exe")
INSTALL_HINT = ("生成 PDF 需要 LibreOffice，本机没有找到 soffice。请安装 LibreOffice"
                "（Debian/Ubuntu：sudo apt-get install libreoffice-writer；Windows/macOS：从 LibreOffice 官网安装），"
                "或先生成 .docx 再用 Word/WPS 另存为 PDF")


def soffice() -> str | None:
    """The LibreOffice program, or None."""
    for name in _CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return next((p for p in _PLACES if os.path.exists(p)), None)


def docx_to_pdf(data: bytes, name: str = "document.docx", timeout: float = TIMEOUT) -> bytes:
    """The PDF of a .docx given as bytes; `name` names the document in error messages."""
    exe = soffice()
    if exe is None:
        raise InputError(INSTALL_HINT, name)
    with tempfile.TemporaryDirectory(prefix="drafter-pdf-") as tmp:
        work = Path(tmp)
        src = work / "document.docx"
        src.write_bytes(data)
        profile = (work / "profile").as_uri()
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        cmd = [exe, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
               f"-env:UserInstallation={profile}", "--convert-to", "pdf:writer_pdf_Export",
               "--outdir", str(work / "out"), str(src)]
        try:
            proc = subprocess.run(cmd, capture_output=True, env=env, timeout=timeout, cwd=tmp,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice 转换 PDF 超时（超过 {int(timeout)} 秒），请稍后重试", name) from None
        except OSError as exc:
            raise InputError(f"无法启动 LibreOffice（{exc.strerror or exc}）：{INSTALL_HINT}", name) from None
        pdf = work / "out" / "document.pdf"
        if not pdf.is_file():
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip().splitlines()
            why = f"：{detail[-1]}" if detail else ""
            raise InputError(f"LibreOffice 没有生成 PDF（退出码 {proc.returncode}）{why[:160]}", name)
        return pdf.read_bytes()
