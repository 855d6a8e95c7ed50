"""Render a validated report through its kind's Jinja template: the official text and the
`Document` with the structure the template emitted (drafter/report/tagged.py).

Built-in templates (drafter.core.resources.templates_dir()) run in a normal Environment; a bureau's own
template (`build --template PATH`) runs in a SandboxedEnvironment. Both use StrictUndefined, so a
misspelt variable is an error, never an empty string. Every template failure becomes an InputError
naming the template file and line."""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path

from drafter.core.errors import InputError
from drafter.report.filters import FILTERS
from drafter.report.metrics import TBD, expand, placeholder_variants
from drafter.report.model import Report
from drafter.report.tagged import emit, to_document, untag
from drafter.core.resources import templates_dir
from drafter.mining.kinds import all_kinds


MAX_REPEAT = 100_000  # a user template may not build strings or lists longer than this with * or **


def _sandbox_class():
    from jinja2.exceptions import SecurityError
    from jinja2.sandbox import SandboxedEnvironment

    class Sandbox(SandboxedEnvironment):
        """The standard sandbox (no __class__, __globals__ …, range ≤ 100000), and no memory bombs:
        `'x' * 10**10` or `2 ** 10**8` in a user's template fail instead of exhausting the machine."""

        intercepted_binops = frozenset(["*", "**"])

        def call_binop(self, context, operator, left, right):
            if operator == "**":
                if isinstance(right, (int, float)) and abs(right) > 100 and not (
                        isinstance(left, (int, float)) and abs(left) <= 1):
                    raise SecurityError("the power operator is limited in the sandbox")
            elif operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_REPEAT:
                        raise SecurityError("the repetition is too long for the sandbox")
            return super().call_binop(context, operator, left, right)

    return Sandbox


def _bytecode_cache():
    """Jinja's compiled templates kept in the data cache folder (drafter.core.datacache), keyed by
    the template's name and source checksum: the built-in templates are compiled once, not on
    every build. Only for the normal Environment (a sandbox compiles its templates differently, so
    the two never share entries). A read-only, missing or damaged cache only means compiling."""
    from drafter.core.datacache import cache_dir

    folder = cache_dir()
    if folder is None:
        return None
    import jinja2

    class Cache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, EOFError, ValueError, TypeError):
                bucket.reset()

        def dump_bytecode(self, bucket) -> None:
            try:
                Path(self.directory).mkdir(parents=True, exist_ok=True)
                super().dump_bytecode(bucket)
            except OSError:
                pass

    return Cache(str(folder / "templates"))


def _environment(sandboxed: bool, search: list[str]):
    import jinja2

    cls = _sandbox_class() if sandboxed else jinja2.Environment
    env = cls(loader=jinja2.FileSystemLoader(search), undefined=jinja2.StrictUndefined, autoescape=False,
              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
              bytecode_cache=None if sandboxed else _bytecode_cache())
    env.filters.update(FILTERS)
    env.filters["untag"] = untag
    env.globals["emit"] = emit
    return env


def context(report: Report) -> dict:
    ctx = {f.name: getattr(report, f.name) for f in dataclasses.fields(report)}
    variants = placeholder_variants()

    def metric(mid: str, variant: str = "full") -> str:
        m = report.metrics.get(mid)
        if m is None:
            raise ValueError(f"指标 {mid} 不存在（已定义：{'、'.join(report.metrics) or '无'}）")
        return expand(m, variants.get(variant, variant))

    ctx.update(report=report, metric=metric, TBD=TBD)
    return ctx


def _template_frame(exc: BaseException, own: str | None) -> tuple[str | None, int | None]:
    """(file, line) of the innermost template frame of a runtime error: Jinja rewrites tracebacks
    so that frames of template code carry the template's file name and line."""
    found: tuple[str | None, int | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        code = tb.tb_frame.f_code.co_filename
        if code.endswith(".j2") or (own and code == own):
            found = (code, tb.tb_lineno)
        tb = tb.tb_next
    return found


def close_names(name: str, names) -> list[str]:
    """Names close to a misspelt `name`: the ones it begins or is part of (title → title_lines),
    then difflib's closest, at most four."""
    names = sorted(set(names))
    low = name.lower()
    found = [n for n in names if low and n.lower() != low and (n.lower().startswith(low) or low in n.lower())]
    found += [n for n in difflib.get_close_matches(name, names, n=4, cutoff=0.6) if n not in found]
    return found[:4]


def undefined_hint(message: str, variables) -> str:
    """The hint for Jinja's UndefinedError `message`: did you mean, from the names the template can
    use (the context's variables, or the attributes of the report object it asked)."""
    import re

    from drafter.report import model

    m = re.search(r"'([^']+)' is undefined", message)
    names, name = list(variables), m.group(1) if m else ""
    a = re.search(r"'(?:[\w.]+\.)?(\w+) object' has no attribute '([^']+)'", message)
    if a and dataclasses.is_dataclass(getattr(model, a.group(1), None)):
        names = [f.name for f in dataclasses.fields(getattr(model, a.group(1)))]
        name = a.group(2)
    close = close_names(name, names) if name else []
    guess = f"你是不是想写 {'、'.join(close)}？" if close else ""
    return guess + "可用的变量、函数和过滤器见 drafter help template"


def _translate(msg: str) -> str:
    import re

    msg = re.sub(r"'([^']+)' is undefined", r"“\1”未定义", msg)
    msg = re.sub(r"'(?:[\w.]+\.)?(\w+) object' has no attribute '([^']+)'", r"\1 对象没有属性“\2”", msg)
    msg = re.sub(r"'([^']+)' has no attribute '([^']+)'", r"“\1”没有属性“\2”", msg)
    msg = re.sub(r"access to attribute '([^']+)' of '([^']+)' object is unsafe\.?",
                 r"访问 \2 对象的属性 \1 是不安全的", msg)
    msg = re.sub(r"unexpected '([^']+)'", r"意外的“\1”", msg)
    msg = re.sub(r"unexpected end of template", "模板意外结束（可能缺少 {% endfor %} 或 {% endif %}）", msg)
    msg = re.sub(r"Encountered unknown tag '([^']+)'\.?", r"未知的标签“\1”。", msg)
    msg = re.sub(r"No filter named '([^']+)'\.?", r"没有名为“\1”的过滤器", msg)
    msg = re.sub(r"Range too big\..*", "range() 的范围过大（沙箱最多允许 100000 项）", msg)
    msg = re.sub(r"the power operator is limited in the sandbox", "乘方运算过大（沙箱限制）", msg)
    msg = re.sub(r"the repetition is too long for the sandbox", f"重复的文字或列表过长（沙箱最多允许 {MAX_REPEAT} 项）", msg)
    return msg


def render_text(report: Report, template: str | None = None) -> str:
    """The report as plain official text: one paragraph per line, full-width punctuation."""
    return render(report, template)[0]


def render(report: Report, template: str | None = None):
    """(official text, Document) of the report: the Document keeps the structure the template
    emitted — YAML headings are headings, YAML paragraphs are paragraphs, whatever they look like."""
    import jinja2
    from jinja2.exceptions import SecurityError

    if template:
        tpath = Path(template)
        if not tpath.is_file():
            raise InputError("模板文件不存在", str(tpath))
        env = _environment(True, [str(tpath.resolve().parent), str(templates_dir())])
        name, shown = tpath.name, str(tpath)
        own = str(tpath.resolve())
    else:
        own = None
        name = all_kinds()[report.kind]["template"]
        env = _environment(False, [str(templates_dir())])
        shown = str(templates_dir() / name)
    values = context(report)
    try:
        tmpl = env.get_template(name)
        raw = tmpl.render(values)
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or shown
        raise InputError(f"模板语法错误：{_translate(exc.message or str(exc))}", where, exc.lineno,
                         hint="请检查 {{ }}、{% %} 是否成对，标签是否拼写正确") from None
    except jinja2.TemplateNotFound as exc:
        raise InputError(f"找不到模板：{exc.name}", shown) from None
    except SecurityError as exc:
        where, line = _template_frame(exc, own)
        raise InputError(f"模板试图访问不安全的内容，已被沙箱阻止：{_translate(str(exc))}", where or shown, line,
                         hint="自定义模板只能使用报告数据和 drafter 提供的过滤器，不能访问 Python 内部属性") from None
    except jinja2.UndefinedError as exc:
        where, line = _template_frame(exc, own)
        raise InputError(f"模板引用了不存在的内容：{_translate(str(exc))}", where or shown, line,
                         hint=undefined_hint(str(exc), [*values, *env.globals])) from None
    except InputError:
        raise
    except Exception as exc:  # a filter fed the wrong type, a KeyError from metric(), …
        where, line = _template_frame(exc, own)
        raise InputError(f"模板渲染失败：{_translate(str(exc)) or type(exc).__name__}", where or shown, line) from None
    text, doc = to_document(raw, path=report.path)
    doc.kind = report.kind
    doc.seal = report.seal
    return text, doc
