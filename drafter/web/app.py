"""The workbench app: the pinned `/api/*` endpoints (SPEC §9), the pages, and the `/ui/*` helpers
the draft and check pages use. Every document operation is a `drafter.api` call run in a worker
thread, so the event loop keeps answering while one runs."""

from __future__ import annotations

import functools
import json
import logging
import sys
import tomllib
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from drafter import __version__, api
from drafter.web import yamlform
from drafter.web.security import Guard, Policy
from drafter.web.uploads import Form, WebError, read_form

HERE = Path(__file__).parent
log = logging.getLogger("drafter.web")

MEDIA = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".yaml": "application/yaml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
}
DRAFT_SUFFIXES = (".txt", ".md", ".markdown", ".docx")
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


@functools.cache
def _label_file() -> dict:
    return tomllib.loads((HERE / "data" / "labels.toml").read_text("utf-8"))


def labels() -> dict:
    """The pages' labels: data/labels.toml, plus the kinds `new` can scaffold (built-in, and those
    learned in the phrase bank in use)."""
    return {**_label_file(), "kinds": api.kinds()}


def _config(request: Request) -> api.Config:
    """The unit's lint configuration the server was started with (drafter.toml), else the defaults."""
    return request.app.state.config


# --- responses ----------------------------------------------------------------------------------

def error_response(exc: Exception) -> JSONResponse:
    if isinstance(exc, api.InputError):
        body = {"error": exc.message, "line": exc.line, "column": exc.column, "file": exc.path}
        if exc.hint:
            body["hint"] = exc.hint
        return JSONResponse(body, status_code=422)
    if isinstance(exc, WebError):
        return JSONResponse({"error": exc.message}, status_code=exc.status)
    raise exc


def download(data: bytes, name: str, headers: dict[str, str] | None = None) -> Response:
    suffix = Path(name).suffix.lower()
    ascii_name = "".join(c if c.isascii() and c.isalnum() or c in "._-" else "_" for c in name)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=MEDIA.get(suffix, "application/octet-stream"),
                    headers={"content-disposition": disposition, **(headers or {})})


def stem(name: str) -> str:
    return Path(name).stem or "文稿"


def endpoint(fn):
    """A route that turns InputError/WebError into their JSON answers (bad input never a 500)."""
    @functools.wraps(fn)
    async def wrapped(request: Request):
        try:
            return await fn(request)
        except (api.InputError, WebError) as exc:
            return error_response(exc)
    return wrapped


def draft_upload(form: Form, key: str = "file", required: bool = True):
    up = form.file(key, required)
    if up is not None and Path(up.name).suffix.lower() not in DRAFT_SUFFIXES:
        raise WebError(400, f"不支持的文件类型：{up.name}（可上传 .docx、.txt 或 .md 文稿）")
    return up


def _choice(value: str | None, allowed: tuple[str, ...], what: str, default: str) -> str:
    value = (value or default).lower()
    if value not in allowed:
        raise WebError(400, f"不支持的{what}：{value}（可选：{'、'.join(allowed)}）")
    return value


def _year(value: str | None) -> int | None:
    if value in (None, ""):
        return None
    if not value.strip().isdigit():
        raise WebError(400, f"年份“{value}”应是四位阿拉伯数字，如 2025")
    return int(value)


def _kind(value: str | None, required: bool = True) -> str | None:
    if value in (None, ""):
        return "annual" if required else None
    if value not in labels()["kinds"]:
        raise WebError(400, f"没有这种文种：{value}（可选：{'、'.join(labels()['kinds'])}）")
    return value


# --- the pinned API (SPEC §9) --------------------------------------------------------------------

@endpoint
async def api_build(request: Request) -> Response:
    form = await read_form(request, "report.yaml")
    up = form.file()
    fmt = _choice(form.get("format"), ("docx", "pdf", "txt", "md"), "输出格式", "docx")
    template = form.file("template", required=False)
    built = await run_in_threadpool(_build, up.data, up.name, fmt, template)
    return download(built.data, f"{stem(up.name)}.{fmt}", {"x-drafter-pending": str(built.tbd)})


def _build(data: bytes, name: str, fmt: str, template):
    """api.build; an uploaded template is written under our name in our temporary folder (it is
    rendered sandboxed, as in the CLI), and messages name it as the clerk did."""
    if template is None:
        return api.build(data, name, fmt)
    import tempfile
    with tempfile.TemporaryDirectory(prefix="drafter-template-") as tmp:
        path = Path(tmp) / "template.j2"      # our name, never the client's
        path.write_bytes(template.data)
        try:
            return api.build(data, name, fmt, template=str(path))
        except api.InputError as exc:
            if exc.path and str(exc.path).startswith(tmp):
                exc.path = template.name
            raise


@endpoint
async def api_new(request: Request) -> Response:
    form = await read_form(request, "去年的报告.docx")
    up = form.files.get("file")
    year = _year(form.get("year"))
    if up is not None:
        text = await run_in_threadpool(api.new_from, up.data, up.name, year, _kind(form.get("kind"), False))
        name = _yaml_name(text, f"{stem(up.name)}.yaml")
    else:
        district = form.get("district")
        if not district:
            raise WebError(400, "请填写区县名称（district），如 滨江区")
        kind = _kind(form.get("kind"))
        example = (form.get("example") or "").lower() in ("1", "true", "yes", "on")
        text = await run_in_threadpool(api.new, district, year, kind, form.get("bureau"), example)
        name = api.default_name(district, year, kind)
    return download(text.encode("utf-8"), name)


def _yaml_name(text: str, fallback: str) -> str:
    try:
        data = yamlform.to_model(text, "report.yaml")
        return api.default_name(str(data["district"]), int(data["year"]), str(data.get("kind") or "annual"))
    except (api.InputError, KeyError, TypeError, ValueError):
        return fallback


def _lint(up, previous, config):
    prev = (previous.data, previous.name) if previous else None
    return api.lint(up.data, up.name, config=config, previous=prev)


@endpoint
async def api_lint(request: Request) -> Response:
    form = await read_form(request)
    up, previous = draft_upload(form), draft_upload(form, "previous", required=False)
    linted = await run_in_threadpool(_lint, up, previous, _config(request))
    return JSONResponse(api.lint_json([linted]))


@endpoint
async def api_fix(request: Request) -> Response:
    form = await read_form(request)
    up = draft_upload(form)
    fixed = await run_in_threadpool(api.fix, up.data, up.name, _config(request))
    headers = {"x-drafter-fixed": str(fixed.applied)}
    if fixed.note:
        headers["x-drafter-note"] = quote(fixed.note)
    return download(fixed.data, f"{stem(up.name)}.修正{Path(up.name).suffix}", headers)


@endpoint
async def api_annotate(request: Request) -> Response:
    form = await read_form(request, "文稿.docx")
    up = form.file()
    if Path(up.name).suffix.lower() != ".docx":
        raise WebError(400, f"批注只能加在 Word .docx 文件上：{up.name}（.txt/.md 请先排版成 .docx）")
    previous = draft_upload(form, "previous", required=False)
    prev = (previous.data, previous.name) if previous else None
    config = _config(request)
    data = await run_in_threadpool(lambda: api.annotate(up.data, up.name, config=config, previous=prev))
    return download(data, f"{stem(up.name)}.批注.docx")


@endpoint
async def api_format(request: Request) -> Response:
    form = await read_form(request)
    up = draft_upload(form)
    fmt = _choice(form.get("format"), ("docx", "pdf"), "输出格式", "docx")
    done = await run_in_threadpool(lambda: api.format_document(up.data, up.name, pdf=fmt == "pdf"))
    out = f"{stem(up.name)}.排版.docx" if fmt == "docx" and up.name.lower().endswith(".docx") else f"{stem(up.name)}.{fmt}"
    headers = {"x-drafter-notes": quote("\n".join(done.notes))} if done.notes else None
    return download(done.data, out, headers)


@endpoint
async def api_outline(request: Request) -> Response:
    form = await read_form(request)
    up = draft_upload(form)
    return JSONResponse(await run_in_threadpool(api.outline, up.data, up.name))


@endpoint
async def api_phrases(request: Request) -> Response:
    q = request.query_params.get("q") or None
    role = request.query_params.get("role") or None
    limit_text = request.query_params.get("limit") or "20"
    if not limit_text.isdigit():
        raise WebError(400, f"limit 应是正整数（收到 {limit_text}）")
    if role is not None and role not in labels()["roles"]:
        raise WebError(400, f"没有这个用途：{role}（可选：{'、'.join(labels()['roles'])}）")
    limit = min(int(limit_text), 200)
    return JSONResponse(await run_in_threadpool(lambda: api.phrases(q, role=role, limit=limit)))


# --- helpers of the pages ------------------------------------------------------------------------

@endpoint
async def ui_load(request: Request) -> Response:
    """Start the form: a new starter (fields), an uploaded YAML, or last year's report
    (`api.new_from`). Gives {yaml, model, name, error?}: a YAML with errors still opens, in the
    YAML tab, with the error beside it."""
    form = await read_form(request, "report.yaml")
    up = form.files.get("file")
    if up is None:
        return await api_new_as_model(form)
    if Path(up.name).suffix.lower() in (".yaml", ".yml"):
        text = await run_in_threadpool(_decode_yaml, up.data, up.name)
        return JSONResponse(await run_in_threadpool(_loaded, text, up.name))
    else:
        draft_upload(form)
        text = await run_in_threadpool(api.new_from, up.data, up.name, _year(form.get("year")),
                                       _kind(form.get("kind"), False))
        name = _yaml_name(text, f"{stem(up.name)}.yaml")
    return JSONResponse(await run_in_threadpool(_loaded, text, name))


def _decode_yaml(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise api.InputError("无法识别文件的编码（请用 UTF-8 保存）", name) from None
    return text.replace("\r\n", "\n")


def _loaded(text: str, name: str) -> dict:
    """The form's model of a YAML text; one that cannot be read comes back with the CLI's message."""
    try:
        return {"yaml": text, "model": yamlform.to_model(text, name), "name": name}
    except api.InputError as exc:
        try:
            api.build(text, name, "txt")     # the CLI's message (full-width colon, tab, …) where it has one
        except api.InputError as cli_exc:
            exc = cli_exc
        return {"yaml": text, "model": None, "name": name,
                "error": {"error": exc.message, "line": exc.line, "column": exc.column, "hint": exc.hint}}


async def api_new_as_model(form: Form) -> Response:
    district = form.get("district")
    if not district:
        raise WebError(400, "请填写区县名称，如 滨江区、安吉县")
    kind, year = _kind(form.get("kind")), _year(form.get("year"))
    example = (form.get("example") or "") in ("1", "true", "on")
    text = await run_in_threadpool(api.new, district, year, kind, form.get("bureau"), example)
    return JSONResponse(await run_in_threadpool(_loaded, text, api.default_name(district, year, kind)))


@endpoint
async def ui_preview(request: Request) -> Response:
    """{yaml, model, name} -> the merged YAML and what it builds to: the report text, the number of
    〔待补〕, each metric's 同比, the sections the kind expects that are missing; or the error."""
    try:
        body = json.loads(await request.body() or b"{}")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise WebError(400, "请求内容不是有效的 JSON") from None
    name = yamlform.safe_yaml_name(body.get("name"))
    text = body.get("yaml") or ""
    if body.get("model") is not None:
        text = yamlform.merge(text, body["model"], name)
    try:
        built = await run_in_threadpool(api.build, text, name, "txt")
    except api.InputError as exc:
        return JSONResponse({"yaml": text, "name": name,
                             "error": {"error": exc.message, "line": exc.line, "column": exc.column,
                                       "hint": exc.hint}})
    metrics = getattr(built.report, "metrics", {}) or {}
    return JSONResponse({
        "yaml": text, "name": name, "text": built.text, "tbd": built.tbd,
        "missing_roles": list(built.missing_roles),
        "metrics": {key: {"comparison": m.comparison, "text": m.text} for key, m in metrics.items()},
    })


@endpoint
async def ui_check(request: Request) -> Response:
    """The lint findings of a draft with the lines they point into (for highlighting in the page)."""
    form = await read_form(request)
    up, previous = draft_upload(form), draft_upload(form, "previous", required=False)
    linted = await run_in_threadpool(_lint, up, previous, _config(request))
    return JSONResponse({"name": up.name, "format": linted.format, "lint": api.lint_json([linted]),
                         "lines": linted.lines})


# --- pages ---------------------------------------------------------------------------------------

templates = Jinja2Templates(directory=str(HERE / "templates"))
PAGES = {"draft": "起草", "check": "检查", "format": "排版", "phrases": "表述库"}


def page(name: str):
    async def render(request: Request) -> Response:
        return templates.TemplateResponse(request, f"{name}.html", {
            "page": name, "pages": PAGES, "labels": labels(), "version": __version__})
    return render


async def root(request: Request) -> Response:
    return RedirectResponse("/draft", status_code=303)


async def favicon(request: Request) -> Response:
    return RedirectResponse("/static/favicon.svg", status_code=301)


async def health(request: Request) -> Response:
    return PlainTextResponse("ok")


class Headers:
    """Adds the security headers (CSP: nothing from another machine) to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        async def sending(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = dict(message, headers=list(message.get("headers", [])) + extra)
            await send(message)
        await self.app(scope, receive, sending)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("internal error on %s", request.url.path, exc_info=exc)
    return JSONResponse({"error": f"内部错误：{type(exc).__name__}。这是 drafter 的缺陷，不是您的文件的问题。"},
                        status_code=500)


def create_app(policy: Policy, config: api.Config | None = None) -> object:
    """The ASGI app behind `policy` (the Host/token/Origin/size checks); lint, fix and annotate use
    `config` (the unit's drafter.toml; default: the built-in rules)."""
    routes = [
        Route("/", root), Route("/favicon.ico", favicon), Route("/healthz", health),
        *[Route(f"/{name}", page(name)) for name in PAGES],
        Route("/api/build", api_build, methods=["POST"]),
        Route("/api/new", api_new, methods=["POST"]),
        Route("/api/lint", api_lint, methods=["POST"]),
        Route("/api/fix", api_fix, methods=["POST"]),
        Route("/api/annotate", api_annotate, methods=["POST"]),
        Route("/api/format", api_format, methods=["POST"]),
        Route("/api/outline", api_outline, methods=["POST"]),
        Route("/api/phrases", api_phrases, methods=["GET"]),
        Route("/ui/load", ui_load, methods=["POST"]),
        Route("/ui/preview", ui_preview, methods=["POST"]),
        Route("/ui/check", ui_check, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={Exception: server_error})
    app.state.config = config or api.Config()
    return Guard(Headers(app), policy)


if not log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
