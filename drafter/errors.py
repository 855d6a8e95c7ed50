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
