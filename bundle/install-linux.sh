#!/bin/sh
# 安装 drafter（离线）：在本文件夹里建一个 Python 虚拟环境，只从 wheels/ 安装，不连接网络。
# 需要 Python 3.11 或 3.12（Debian/Ubuntu：apt install python3 python3-venv）。
set -e
DIR="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-python3}"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || {
  echo "需要 Python 3.11 或更高版本（当前：$("$PY" --version 2>&1)）" >&2; exit 2; }
"$PY" -m venv "$DIR/venv"
"$DIR/venv/bin/python" -m pip install --disable-pip-version-check --no-index --find-links "$DIR/wheels" drafter
echo "安装完成。启动工作台：$DIR/start-linux.sh"
