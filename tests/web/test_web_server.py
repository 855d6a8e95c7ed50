"""`drafter serve` as a clerk runs it: a subprocess on 127.0.0.1, its security checks over real
HTTP, 20 concurrent requests, Ctrl-C, and the temporary folder it cleans."""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from web_helpers import DAMAGED, REPO, Server, client, server  # noqa: F401  (fixture)

sys.path.insert(0, str(REPO / "tests"))
from conftest import CORPUS, SEEDS, assert_clean_error, run_cli  # noqa: E402


def test_banner_is_chinese(server):
    assert "drafter 工作台已启动" in server.banner and "Ctrl+C" in server.banner


def test_host_header_must_be_the_served_address(server):
    assert httpx.get(server.url + "/draft").status_code == 200
    assert httpx.get(f"http://localhost:{server.port}/draft").status_code == 200
    r = httpx.get(server.url + "/draft", headers={"Host": f"evil.example:{server.port}"})
    assert r.status_code == 403 and "主机名" in r.json()["error"]
    assert httpx.get(server.url + "/api/phrases", headers={"Host": "127.0.0.1:1"}).status_code == 403


def test_cross_site_posts_are_refused(server):
    files = {"file": ("d.txt", DAMAGED.encode())}
    r = httpx.post(server.url + "/api/lint", files=files, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and "其他网站" in r.json()["error"]
    assert httpx.post(server.url + "/api/lint", files=files, headers={"Origin": "null"}).status_code == 403
    assert httpx.post(server.url + "/api/lint", files=files, headers={"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert httpx.post(server.url + "/api/lint", files=files, headers={"Origin": server.url}).status_code == 200


def test_uploads_over_10_mb_are_refused(server):
    big = b"a" * (10 * 1024 * 1024 + 1)
    r = httpx.post(server.url + "/api/lint", files={"file": ("big.txt", big)})
    assert r.status_code == 413 and "10 MB" in r.json()["error"]

    def chunks():                       # no Content-Length: counted while it streams
        for _ in range(12):
            yield b"b" * (1024 * 1024)
    r = httpx.post(server.url + "/api/lint", content=chunks(),
                   headers={"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413


def test_a_client_path_never_touches_the_disk(server):
    before = sorted(p.name for p in server.tmp.rglob("*"))
    r = httpx.post(server.url + "/api/fix", files={"file": ("../../../escape.txt", DAMAGED.encode())})
    assert r.status_code == 200
    assert "filename*=UTF-8''escape.%E4%BF%AE%E6%AD%A3.txt" in r.headers["content-disposition"]
    assert sorted(p.name for p in server.tmp.rglob("*")) == before
    assert not (server.tmp.parent.parent / "escape.txt").exists()


def test_20_concurrent_lints_all_succeed(server):
    # a report of about 23k characters (the corpus beside the repository; the seeds where it is absent)
    texts = sorted(CORPUS.glob("*.txt")) or sorted(SEEDS.glob("*.txt"))
    report = sorted(texts, key=lambda p: abs(len(p.read_text("utf-8")) - 23000))[0].read_bytes()

    def one(i):
        return httpx.post(server.url + "/api/lint", files={"file": (f"r{i}.txt", report)}, timeout=120)
    with ThreadPoolExecutor(20) as pool:
        # while they run, the event loop keeps answering
        futures = [pool.submit(one, i) for i in range(20)]
        ping = httpx.get(server.url + "/healthz", timeout=30)
        results = [f.result() for f in futures]
    assert ping.status_code == 200
    assert [r.status_code for r in results] == [200] * 20
    assert len({len(r.json()["files"][0]["findings"]) for r in results}) == 1


def test_ctrl_c_stops_cleanly_and_removes_the_temporary_folder(tmp_path):
    srv = Server(tmp_path)
    assert httpx.post(srv.url + "/api/format", files={"file": ("d.txt", DAMAGED.encode())}).status_code == 200
    assert list(tmp_path.glob("drafter-serve-*"))
    code, out = srv.stop()
    assert code == 0 and "已停止" in out
    assert not list(tmp_path.glob("drafter-serve-*"))


def test_token_is_required_on_every_request(tmp_path):
    srv = Server(tmp_path, "--token", "s3cretToken42")
    try:
        assert "?token=s3cretToken42" in srv.banner
        assert httpx.get(srv.url + "/draft").status_code == 403
        assert httpx.get(srv.url + "/api/phrases").status_code == 403
        assert httpx.get(srv.url + "/api/phrases", headers={"X-Drafter-Token": "wrong-token"}).status_code == 403
        assert httpx.get(srv.url + "/api/phrases", headers={"X-Drafter-Token": "s3cretToken42"}).status_code == 200
        with httpx.Client(base_url=srv.url, follow_redirects=True) as c:
            r = c.get("/check?token=s3cretToken42")
            assert r.status_code == 200 and str(r.url).endswith("/check")     # the cookie carries it on
            assert c.post("/api/lint", files={"file": ("d.txt", DAMAGED.encode())}).status_code == 200
    finally:
        srv.stop()


def test_other_hosts_need_a_token():
    assert_clean_error(run_cli("serve", "--no-open", "--host", "0.0.0.0", "--port", "0"), "--token")
    assert_clean_error(run_cli("serve", "--no-open", "--token", "short"), "8 位")


def test_port_in_use_is_a_clear_error(server):
    assert_clean_error(run_cli("serve", "--no-open", "--port", str(server.port)), "已被占用")


def test_other_commands_do_not_import_the_web_stack(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text(DAMAGED, encoding="utf-8")
    for args in (["--version"], ["lint", str(draft)], ["outline", str(draft)], ["serve", "--help"]):
        code = ("import sys\nfrom drafter.cli import main\nsys.argv = ['drafter', *%r]\n"
                "try:\n    main()\nexcept SystemExit:\n    pass\n"
                "print('WEB', sorted(m for m in ('starlette', 'uvicorn', 'multipart', 'python_multipart', 'drafter.web')"
                " if m in sys.modules))" % (args,))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8").stdout
        assert "WEB []" in out, (args, out)


def _wait_until_serving(url: str, seconds: float = 15.0) -> None:
    import time
    import urllib.request
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def test_without_a_desktop_it_does_not_start_a_text_browser(tmp_path, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    env = dict(__import__("os").environ, PYTHONIOENCODING="utf-8", TMPDIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "drafter", "serve", "--port", "0"], stdout=subprocess.PIPE, env=env,
                            cwd=tmp_path)
    try:
        lines = [proc.stdout.readline().decode("utf-8") for _ in range(4)]
        assert "常用表述库：内置" in lines[1] and "没有检测到图形桌面" in lines[3], lines
        _wait_until_serving(lines[0].split("：", 1)[1].strip())  # Ctrl-C once it is up, as a clerk would
    finally:
        proc.send_signal(__import__("signal").SIGINT)
        out = proc.communicate(timeout=20)[0].decode("utf-8")
    assert proc.returncode == 0 and "已停止" in out


def test_the_workbench_uses_the_units_bank_and_rules_of_the_folder_it_starts_in(tmp_path):
    # a clerk mines the unit's 述职报告 and keeps a drafter.toml, then starts the workbench there
    proc = run_cli("mine", str(REPO / "tests" / "data" / "shuzhi"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (tmp_path / "drafter.toml").write_text('[lint]\ndisable = ["R"]\n', encoding="utf-8")
    plain = httpx.Client()
    srv = Server(tmp_path)
    try:
        assert "phrasebank" in srv.banner
        page = plain.get(srv.url + "/draft").text
        labels = json.loads(page.split('id="labels">')[1].split("</script>")[0])
        assert labels["kinds"]["述职报告"] == "述职报告" and labels["kinds"]["annual"] == "年度工作总结"
        r = plain.post(srv.url + "/api/new", data={"district": "青山区", "year": "2024", "kind": "述职报告"})
        assert r.status_code == 200 and "kind: 述职报告" in r.text
        rules = {f["rule"] for f in plain.post(srv.url + "/api/lint", files={"file": ("d.txt", DAMAGED.encode())})
                 .json()["files"][0]["findings"]}
        assert rules and not any(rule.startswith("R") for rule in rules)     # XX (R…) is off here
    finally:
        srv.stop()
    # the same draft in a folder without drafter.toml: the residue rule reports XX
    rules = {f["rule"] for f in client().post("/api/lint", files={"file": ("d.txt", DAMAGED.encode())})
             .json()["files"][0]["findings"]}
    assert any(rule.startswith("R") for rule in rules)
