"""Build the offline install bundle for an intranet PC: one folder with drafter's wheel and the
wheels of every dependency for Windows x64 and Linux x64 (CPython 3.11 and 3.12), install and
start scripts for each, and a short guide in Chinese.

    python bundle/make_bundle.py [-o dist/drafter-offline] [--platforms windows,linux] [--python 3.11,3.12]

Run it on a machine that reaches PyPI; copy the folder (or its .zip) to the intranet PC; there run
install-windows.bat (or install-linux.sh) once, then start-windows.bat (or start-linux.sh)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PLATFORMS = {
    "linux": ["manylinux2014_x86_64", "manylinux_2_17_x86_64", "manylinux_2_28_x86_64", "linux_x86_64"],
    "windows": ["win_amd64"],
}


def pip(*args: str) -> None:
    cmd = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)


MARKER_ENV = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"},
}


def _norm(name: str) -> str:
    import re
    return re.sub(r"[-_.]+", "-", name).lower()


def missing_for(wheels: Path, plat: str, py: str) -> list[str]:
    """Requirements the target needs that pip, evaluating markers for *this* machine, left out
    (click's `colorama; platform_system == "Windows"` when building on Linux)."""
    import zipfile
    try:
        from packaging.requirements import Requirement
    except ImportError:
        from pip._vendor.packaging.requirements import Requirement
    env = dict(MARKER_ENV[plat], python_version=py, python_full_version=f"{py}.0", implementation_name="cpython",
               platform_python_implementation="CPython", extra="")
    have = {_norm(w.name.split("-")[0]) for w in wheels.glob("*.whl")}
    needed = []
    for whl in wheels.glob("*.whl"):
        with zipfile.ZipFile(whl) as z:
            meta = next((n for n in z.namelist() if n.endswith(".dist-info/METADATA")), None)
            text = z.read(meta).decode("utf-8") if meta else ""
        for line in text.splitlines():
            if not line.startswith("Requires-Dist:"):
                continue
            req = Requirement(line.split(":", 1)[1].strip())
            if req.marker is not None and "extra" in str(req.marker):
                continue
            if (req.marker is None or req.marker.evaluate(env)) and _norm(req.name) not in have:
                needed.append(str(req).split(";")[0].strip())
    return sorted(set(needed))


def build(out: Path, platforms: list[str], pythons: list[str]) -> Path:
    wheels = out / "wheels"
    if out.exists():
        shutil.rmtree(out)
    wheels.mkdir(parents=True)
    # drafter and every dependency as wheels for this machine; pure-Python packages published only as
    # source (jieba) become py3-none-any wheels here and serve every platform
    pip("wheel", "-q", "-w", str(wheels), str(REPO))
    drafter = sorted(wheels.glob("drafter-*.whl"))[-1]
    for plat in platforms:
        for py in pythons:
            tag = py.replace(".", "")
            target = [*[a for p in PLATFORMS[plat] for a in ("--platform", p)],
                      "--python-version", py, "--implementation", "cp", "--abi", f"cp{tag}"]
            pip("download", "-q", "-d", str(wheels), "--find-links", str(wheels), "--only-binary=:all:", *target,
                str(drafter))
            for _round in range(5):
                extra = missing_for(wheels, plat, py)
                if not extra:
                    break
                pip("download", "-q", "-d", str(wheels), "--find-links", str(wheels), "--only-binary=:all:",
                    *target, *extra)
    for name in ("install-linux.sh", "start-linux.sh"):
        target = out / name
        target.write_text((HERE / name).read_text("utf-8"), encoding="utf-8", newline="\n")
        target.chmod(0o755)
    for name in ("install-windows.bat", "start-windows.bat"):   # cmd.exe on Chinese Windows reads GBK
        (out / name).write_bytes((HERE / name).read_text("utf-8").replace("\r\n", "\n").replace("\n", "\r\n")
                                 .encode("gbk"))
    guide = (HERE / "安装说明.txt").read_text("utf-8").replace("\r\n", "\n").replace("\n", "\r\n")
    (out / "安装说明.txt").write_bytes(b"\xef\xbb\xbf" + guide.encode("utf-8"))
    return out


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / (1024 * 1024)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="build drafter's offline install bundle")
    ap.add_argument("-o", "--out", default=str(REPO / "dist" / "drafter-offline"))
    ap.add_argument("--platforms", default="windows,linux")
    ap.add_argument("--python", default="3.11,3.12")
    ap.add_argument("--zip", action="store_true", help="also write OUT.zip")
    args = ap.parse_args(argv)
    platforms = [p for p in args.platforms.split(",") if p]
    unknown = [p for p in platforms if p not in PLATFORMS]
    if unknown:
        ap.error(f"unknown platform {unknown}; choose from {sorted(PLATFORMS)}")
    start = time.monotonic()
    out = build(Path(args.out).resolve(), platforms, [p for p in args.python.split(",") if p])
    if args.zip:
        shutil.make_archive(str(out), "zip", out.parent, out.name)
    n = len(list((out / "wheels").glob("*.whl")))
    print(f"bundle: {out} — {n} wheels, {size_mb(out):.1f} MB, built in {time.monotonic() - start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
