"""Reading a request's form: uploaded files held in memory (the body is already bounded by
`security.Guard`, so nothing is spooled to disk), file names reduced to a bare name that is
used only for its suffix and in messages — never as a path."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from drafter.web.security import MAX_BODY_BYTES, MAX_FILE_BYTES


class WebError(Exception):
    """A refused request: HTTP status and a Chinese message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Upload:
    name: str        # bare file name (no folders), for the suffix and messages only
    data: bytes


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, Upload] = field(default_factory=dict)

    def file(self, key: str = "file", required: bool = True) -> Upload | None:
        up = self.files.get(key)
        if up is None and required:
            raise WebError(400, "请选择要上传的文件" if key == "file" else f"缺少上传的文件（{key}）")
        return up

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self.fields.get(key)
        return value if value not in (None, "") else default


def safe_name(filename: str | None, default: str) -> str:
    """`C:\\x\\..\\报告.docx` -> `报告.docx`: the last path component, without control characters."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip().strip(".")
    return base[:150] or default


async def read_form(request, default_name: str = "上传的文件.txt") -> Form:
    from starlette.datastructures import UploadFile
    from starlette.formparsers import FormParser, MultiPartException, MultiPartParser

    class InMemory(MultiPartParser):
        spool_max_size = MAX_BODY_BYTES   # the whole (bounded) upload stays in memory

    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data"):
            parsed = await InMemory(request.headers, request.stream(), max_files=4, max_fields=20).parse()
        elif ctype.startswith("application/x-www-form-urlencoded"):
            parsed = await FormParser(request.headers, request.stream(), max_fields=20).parse()
        else:
            raise WebError(400, "请用表单（multipart/form-data）提交，文件放在 file 字段")
    except MultiPartException as exc:
        raise WebError(400, f"表单无法读取：{exc.message}") from None
    form = Form()
    for key, value in parsed.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read()
            await value.close()
            if not data and not value.filename:
                continue             # an empty file input
            if len(data) > MAX_FILE_BYTES:
                raise WebError(413, f"上传的文件太大：每个文件不能超过 {MAX_FILE_BYTES // (1024 * 1024)} MB")
            form.files[key] = Upload(safe_name(value.filename, default_name), data)
        else:
            form.fields[key] = str(value).strip()
    return form
