"""ASGI middleware for the workbench's security checks (SPEC §9), in the order they run:

1. `Host` must be one the server answers (closes DNS rebinding)            -> 403
2. with a token: every request carries it (header, cookie or ?token=)      -> 403
3. a POST whose `Origin` (or `Sec-Fetch-Site`) says another site           -> 403
4. a request body over the upload limit                                     -> 413

Bodies are read here up to the limit and replayed to the app, so no route ever sees an
oversized upload and nothing is spooled to disk."""

from __future__ import annotations

import hmac
import ipaddress
import json
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlencode

MAX_FILE_BYTES = 10 * 1024 * 1024           # one uploaded file (SPEC §9: over 10 MB -> 413)
MAX_BODY_BYTES = MAX_FILE_BYTES + 256 * 1024  # the multipart envelope and a second small field
TOKEN_HEADER = "x-drafter-token"
TOKEN_COOKIE = "drafter_token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and `localhost`."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


@dataclass
class Policy:
    """What the server answers: `hosts` (exact `Host` header values, lower case), or with `any_ip`
    every IP literal (a server bound to 0.0.0.0; names are refused, so rebinding stays closed);
    `token` required on every request when set."""
    hosts: set[str] = field(default_factory=set)
    any_ip: bool = False
    token: str | None = None

    @classmethod
    def for_address(cls, host: str, port: int, token: str | None = None) -> "Policy":
        names = {host}
        if is_loopback(host):
            names |= {"127.0.0.1", "localhost", "[::1]"}
        hosts = set()
        for name in names:
            name = f"[{name}]" if ":" in name and not name.startswith("[") else name
            hosts |= {f"{name}:{port}".lower()}
            if port == 80:
                hosts.add(name.lower())
        return cls(hosts=hosts, any_ip=host in ("0.0.0.0", "::"), token=token)

    def host_ok(self, value: str) -> bool:
        value = value.strip().lower()
        if value in self.hosts:
            return True
        if self.any_ip:
            name = value.rsplit(":", 1)[0] if not value.endswith("]") else value
            return _is_ip_literal(name)
        return False

    def origin_ok(self, origin: str) -> bool:
        for scheme in ("http://", "https://"):
            if origin.lower().startswith(scheme):
                return self.host_ok(origin[len(scheme):].rstrip("/"))
        return False


def _headers(scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


async def _send_error(send, status: int, message: str, extra_headers: list | None = None) -> None:
    body = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())] + (extra_headers or [])})
    await send({"type": "http.response.body", "body": body})


def _cookie_token(cookie_header: str) -> str | None:
    for part in cookie_header.split(";"):
        k, _, v = part.strip().partition("=")
        if k == TOKEN_COOKIE:
            return v
    return None


class Guard:
    """The checks above as one ASGI middleware around the app."""

    def __init__(self, app, policy: Policy, max_body: int = MAX_BODY_BYTES):
        self.app = app
        self.policy = policy
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = _headers(scope)
        if not self.policy.host_ok(headers.get("host", "")):
            return await _send_error(send, 403, "拒绝访问：请求的主机名不是本工作台的地址"
                                     "（为防止 DNS 重绑定攻击，只接受本工作台自己的地址）")
        if self.policy.token and not await self._token(scope, headers, send):
            return
        if scope["method"] in UNSAFE_METHODS:
            origin = headers.get("origin")
            site = headers.get("sec-fetch-site", "")
            if (origin is not None and not self.policy.origin_ok(origin)) or site in ("cross-site", "same-site"):
                return await _send_error(send, 403, "拒绝访问：不接受来自其他网站的提交")
        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            return await _send_error(send, 413, _too_large())
        body = bytearray()
        more = True
        while more and scope["method"] in UNSAFE_METHODS:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body:
                return await _send_error(send, 413, _too_large())
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def _token(self, scope, headers, send) -> bool:
        """True when the request carries the token; a page opened with ?token= gets it as a cookie."""
        want = self.policy.token.encode()
        given = headers.get(TOKEN_HEADER) or _cookie_token(headers.get("cookie", ""))
        if given and hmac.compare_digest(given.encode(), want):
            return True
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if scope["method"] == "GET" and hmac.compare_digest(query.get("token", [""])[0].encode(), want):
            rest = {k: v for k, v in query.items() if k != "token"}
            location = scope["path"] + ("?" + urlencode(rest, doseq=True) if rest else "")
            cookie = f"{TOKEN_COOKIE}={self.policy.token}; Path=/; HttpOnly; SameSite=Strict"
            await send({"type": "http.response.start", "status": 303,
                        "headers": [(b"location", location.encode("utf-8")), (b"set-cookie", cookie.encode()),
                                    (b"content-length", b"0")]})
            await send({"type": "http.response.body", "body": b""})
            return False
        await _send_error(send, 403, "拒绝访问：缺少访问令牌或令牌不对（请使用启动时显示的完整地址）")
        return False


def _too_large() -> str:
    return f"上传的文件太大：每个文件不能超过 {MAX_FILE_BYTES // (1024 * 1024)} MB"
