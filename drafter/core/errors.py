"""User-facing errors. Everything a clerk can get wrong ends as an InputError: exit code 2,
one clear Chinese line naming the file (and line/column where known), never a traceback."""

from __future__ import annotations


class InputError(Exception):
    """Bad input or a refused operation. Rendered as `文件:行:列: 消息`."""

    exit_code = 2

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 column: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        self.hint = hint

    def render(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        text = f"错误：{where}{self.message}"
        if self.hint:
            text += f"\n提示：{self.hint}"
        return text


_ERRNO_MESSAGES = {
    "EACCES": "没有权限", "EPERM": "没有权限", "ENOENT": "文件或文件夹不存在",
    "ENOTDIR": "路径中有一部分是文件而不是文件夹", "EISDIR": "这是一个文件夹，不是文件",
    "ENOSPC": "磁盘空间不足", "EDQUOT": "超出磁盘配额", "EROFS": "磁盘是只读的",
    "ENAMETOOLONG": "文件名过长", "EIO": "磁盘读写出错", "EBUSY": "文件正被其他程序占用",
    "ETXTBSY": "文件正被其他程序占用", "EMFILE": "打开的文件过多", "ELOOP": "符号链接层数过多",
    "EINVAL": "文件名不合法",
}


def describe_os_error(exc: OSError) -> str:
    """A Chinese phrase for an OSError (the strerror the system gives is in English)."""
    import errno
    name = errno.errorcode.get(exc.errno or -1, "")
    if name in _ERRNO_MESSAGES:
        return _ERRNO_MESSAGES[name]
    return f"系统错误（{exc.strerror or type(exc).__name__}）"
