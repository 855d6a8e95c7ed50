"""Workbench under load: 20 concurrent POST /api/lint of one ~23k-character report from the
corpus against a real `drafter serve` subprocess; wall time of the batch, against one request alone.

    python bench/serve_concurrency.py [N]"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "web"))
from web_helpers import Server  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"


def main(n: int = 20) -> None:
    import tempfile

    import httpx
    path = sorted(CORPUS.glob("*.txt"), key=lambda p: abs(len(p.read_text("utf-8")) - 23000))[0]
    data = path.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        srv = Server(Path(tmp))
        try:
            post = lambda i: httpx.post(srv.url + "/api/lint", files={"file": (f"r{i}.txt", data)}, timeout=300)
            post(-1)                                   # warm up (rule tables load once)
            t = time.perf_counter()
            assert post(0).status_code == 200
            one = time.perf_counter() - t
            t = time.perf_counter()
            with ThreadPoolExecutor(n) as pool:
                codes = [r.status_code for r in pool.map(post, range(n))]
            batch = time.perf_counter() - t
        finally:
            srv.stop()
    print(f"{path.name}: {len(data.decode('utf-8'))} characters")
    print(f"1 lint: {one:.2f} s; {n} concurrent lints: {batch:.2f} s wall, all {set(codes)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
