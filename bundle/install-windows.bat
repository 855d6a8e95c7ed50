@echo off
rem 安装 drafter（离线）：在本文件夹里建一个 Python 虚拟环境，只从 wheels 文件夹安装，不连接网络。
rem 需要 Python 3.11 或 3.12（python.org 的 Windows 安装程序，安装时勾选 Add python.exe to PATH）。
setlocal
set "DIR=%~dp0"
set "PY=py -3"
%PY% --version >nul 2>&1 || set "PY=python"
%PY% -c "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)" >nul 2>&1
if errorlevel 1 (
  echo 没有找到 Python 3.11 或更高版本。请先安装 Python（安装时勾选 Add python.exe to PATH），再运行本文件。
  pause
  exit /b 2
)
%PY% -m venv "%DIR%venv" || goto failed
"%DIR%venv\Scripts\python.exe" -m pip install --disable-pip-version-check --no-index --find-links "%DIR%wheels" drafter || goto failed
echo.
echo 安装完成。以后双击 start-windows.bat 即可启动 drafter 工作台。
pause
exit /b 0
:failed
echo 安装失败，请把上面的信息发给信息科的同事。
pause
exit /b 1
