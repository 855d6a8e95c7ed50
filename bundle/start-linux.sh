#!/bin/sh
# 启动 drafter 工作台（浏览器打开 http://127.0.0.1:8765/，按 Ctrl+C 停止）。其他参数原样传给 drafter serve。
DIR="$(cd "$(dirname "$0")" && pwd)"
exec "$DIR/venv/bin/drafter" serve "$@"
