"""Helpers of the workbench tests: an in-process client, the real server as a subprocess, and
drafts with known problems."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# a draft with problems every clerk makes: 法制/法治, 截止/截至, XX, half-width commas, a skipped 三是
DAMAGED = """滨江区司法局2026年工作总结
今年以来,区司法局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入践行习近平法治思想。具体工作如下：
一、本年度重点工作
这一年，我们统筹有力，纵深推进法治建设持续向好。一是坚持法治思想重引领。起草制发《滨江区深入推进习近平法制思想“八进”工作方案》。二是坚持依法行政重监督。截止目前已评估XX件。四是坚持行政复议重化解。全年受理行政复议案件158件。
二、存在问题及思考
法治宣传教育的针对性和吸引力有待进一步提升。
三、明年工作思路
2027年，区司法局将继续深入践行习近平法治思想。
"""


def client(token: str | None = None):
    """A Starlette TestClient on the app, answering the Host `testserver`."""
    from starlette.testclient import TestClient

    from drafter.web.app import create_app
    from drafter.web.security import Policy
    return TestClient(create_app(Policy(hosts={"testserver"}, token=token)), raise_server_exceptions=True)


class Server:
    """`drafter serve --no-open --port 0` as a subprocess on 127.0.0.1; `url` once it listens."""

    def __init__(self, tmp: Path, *extra: str):
        env = dict(os.environ, PYTHONIOENCODING="utf-8", TMPDIR=str(tmp))
        self.tmp = tmp
        self.proc = subprocess.Popen([sys.executable, "-m", "drafter", "serve", "--no-open", "--port", "0", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp)
        line = self.proc.stdout.readline().decode("utf-8")
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not m:
            self.proc.kill()
            raise AssertionError(f"server did not start: {line!r} {self.proc.stderr.read().decode()}")
        self.port = int(m.group(1))
        self.url = f"http://127.0.0.1:{self.port}"
        self.banner = line
        while "Ctrl+C" not in line:                 # the banner ends with how to stop
            line = self.proc.stdout.readline().decode("utf-8")
            if not line:
                break
            self.banner += line

    def stop(self) -> tuple[int, str]:
        """Ctrl-C (SIGINT), as a clerk stops it; (exit code, what it printed)."""
        self.proc.send_signal(signal.SIGINT)
        try:
            out, _err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
        return self.proc.returncode, out.decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("serve"))
    yield srv
    if srv.proc.poll() is None:
        srv.stop()


def wait_until(pred, timeout: float = 10.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.05)
    return False
