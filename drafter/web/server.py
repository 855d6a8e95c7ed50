"""Running the workbench: bind the socket (so `--port 0` knows its port before the Host check is
set up), keep every temporary file in one folder that is removed on exit, print the address in
Chinese, open the browser, and stop cleanly on Ctrl-C."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
import threading
import webbrowser

from pathlib import Path

from drafter.api import InputError, use_bank
from drafter.web.security import Policy, is_loopback


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if os.name != "nt":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 10048, 48):   # EADDRINUSE on Linux, Windows, macOS
            raise InputError(f"端口 {port} 已被占用（可能工作台已经在运行），请用 --port 换一个端口") from None
        raise InputError(f"无法在 {host}:{port} 上启动：{exc.strerror or exc}") from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(host: str, port: int, token: str | None) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "localhost") else host
    shown = f"[{shown}]" if ":" in shown and not shown.startswith("[") else shown
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def _has_desktop() -> bool:
    """Windows and macOS always; elsewhere only with a display (else webbrowser would start a
    text-mode browser in this terminal)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def serve(host: str = "127.0.0.1", port: int = 8765, token: str | None = None, open_browser: bool = True,
          bank: Path | None = None, config=None, config_file: Path | None = None) -> None:
    """Serve until Ctrl-C. `host` other than loopback needs `token`. Every page drafts, builds and
    searches with the phrase bank in `bank` (None: the built-in one) and lints with `config` (read
    from `config_file`, named in the banner)."""
    if not is_loopback(host) and not token:
        raise InputError(f"--host {host} 不是本机地址，局域网内其他电脑也能访问；必须同时用 --token 设一个访问令牌"
                         "（如 --token 一串不易猜到的字母数字），访问时使用带令牌的地址")
    if token is not None and (len(token) < 8 or not token.isascii() or not token.isalnum()):
        raise InputError("--token 至少 8 位，只能用英文字母和数字")
    if not 0 <= port <= 65535:
        raise InputError(f"端口 {port} 无效（应在 0～65535 之间；0 表示自动选择空闲端口）")
    import uvicorn

    from drafter.web.app import create_app

    sock = bind(host, port)
    port = sock.getsockname()[1]
    workdir = tempfile.mkdtemp(prefix="drafter-serve-")
    saved = tempfile.tempdir, os.environ.get("TMPDIR")
    tempfile.tempdir = workdir          # every temporary file of this process lands here
    os.environ["TMPDIR"] = workdir      # and those of LibreOffice
    try:
        app = create_app(Policy.for_address(host, port, token), config)
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=5, server_header=False)
        server = uvicorn.Server(config)
        address = url_of(host, port, token)
        try:                            # Ctrl-C at any moment from here on is a clean stop
            print(f"drafter 工作台已启动：{address}", flush=True)
            print(f"常用表述库：{bank if bank else '内置（当前文件夹没有 phrasebank/，可先用 drafter mine 生成本单位的）'}")
            if config_file:
                print(f"本单位检查规则：{config_file}")
            print("请在浏览器中打开上面的地址；按 Ctrl+C 停止。", flush=True)
            if open_browser and _has_desktop():
                threading.Timer(0.8, lambda: webbrowser.open(address)).start()
            elif open_browser:
                print("（没有检测到图形桌面，未自动打开浏览器。）", flush=True)
            with use_bank(bank):        # the worker threads inherit the context
                server.run(sockets=[sock])
        except KeyboardInterrupt:
            pass
        print("drafter 工作台已停止。", flush=True)
    finally:
        sock.close()
        tempfile.tempdir = saved[0]
        if saved[1] is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved[1]
        shutil.rmtree(workdir, ignore_errors=True)
    sys.stdout.flush()
