"""The offline install bundle: build its Linux part, install it into a fresh venv with
`--no-index` (nothing but the bundle's wheels), start the server with its start script and load
a page. Needs PyPI to build the bundle (skipped when `pip download` cannot reach it)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import urllib.request

import pytest
from web_helpers import REPO

pytestmark = pytest.mark.bundle
PY = f"{sys.version_info.major}.{sys.version_info.minor}"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundle") / "drafter-offline"
    proc = subprocess.run([sys.executable, str(REPO / "bundle" / "make_bundle.py"), "-o", str(out),
                           "--platforms", "linux", "--python", PY], capture_output=True, text=True)
    if proc.returncode != 0 and ("Could not find" in proc.stderr or "Network" in proc.stderr
                                 or "Failed to establish" in proc.stderr):
        pytest.skip("PyPI not reachable: " + proc.stderr.strip().splitlines()[-1])
    assert proc.returncode == 0, proc.stderr
    return out


def test_bundle_has_scripts_for_both_systems(bundle):
    names = {p.name for p in bundle.iterdir()}
    assert {"install-linux.sh", "start-linux.sh", "install-windows.bat", "start-windows.bat", "安装说明.txt"} <= names
    bat = (bundle / "install-windows.bat").read_bytes()
    assert b"\r\n" in bat and "--no-index".encode() in bat and "安装完成".encode("gbk") in bat
    wheels = {p.name.split("-")[0].lower() for p in (bundle / "wheels").glob("*.whl")}
    assert {"drafter", "starlette", "uvicorn", "python_multipart", "jieba", "lxml", "rapidfuzz"} <= wheels


def test_install_offline_and_serve(bundle, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
    env.update(PIP_CONFIG_FILE=os.devnull, PYTHON=sys.executable, PYTHONIOENCODING="utf-8")
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if ".venv" not in p)
    inst = subprocess.run(["sh", str(bundle / "install-linux.sh")], capture_output=True, text=True, env=env)
    assert inst.returncode == 0, inst.stderr + inst.stdout
    assert "安装完成" in inst.stdout
    srv = subprocess.Popen(["sh", str(bundle / "start-linux.sh"), "--no-open", "--port", "0"], stdout=subprocess.PIPE,
                           env=dict(env, TMPDIR=str(tmp_path)), cwd=tmp_path)
    try:
        m = re.search(r"http://127\.0\.0\.1:\d+/", srv.stdout.readline().decode("utf-8"))
        assert m
        page = urllib.request.urlopen(m.group(0) + "draft", timeout=30).read().decode("utf-8")
        assert "起草报告" in page
        css = urllib.request.urlopen(m.group(0) + "static/app.css", timeout=30).read()
        assert b"--navy" in css
    finally:
        srv.send_signal(signal.SIGINT)
        srv.wait(timeout=20)
