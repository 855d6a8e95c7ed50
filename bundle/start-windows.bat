@echo off
rem 启动 drafter 工作台：自动用浏览器打开 http://127.0.0.1:8765/ ；关闭本窗口或按 Ctrl+C 停止。
set "DIR=%~dp0"
if not exist "%DIR%venv\Scripts\drafter.exe" (
  echo 还没有安装，请先双击 install-windows.bat。
  pause
  exit /b 2
)
"%DIR%venv\Scripts\drafter.exe" serve %*
pause
