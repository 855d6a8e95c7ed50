"""The report YAML as the draft form's model, and back.

The form edits a JSON copy of the YAML's data (`to_model`). `merge` writes an edited model back
into the YAML text it came from, node by node, so the comments and the layout the clerk (or
`drafter new`) wrote stay where they were: the YAML downloaded from the page is the same file a
colleague at a terminal builds with `drafter build`. Validation stays with `drafter.api.build`."""

from __future__ import annotations

import datetime as _dt
import io

from drafter.api import InputError

MAX_DEPTH = 40


def _yaml():
    from ruamel.yaml import YAML
    y = YAML(typ="rt")
    y.width = 4096                      # never fold long Chinese lines
    y.allow_unicode = True
    y.indent(mapping=2, sequence=4, offset=2)
    y.preserve_quotes = True
    return y


def parse(text: str, name: str):
    """The round-trip data of a YAML text (InputError on a syntax error; `api.build` gives the
    detailed message with line and column, this is the fallback)."""
    from ruamel.yaml.error import YAMLError
    try:
        data = _yaml().load(text)
    except (YAMLError, ValueError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(f"YAML 格式错误：{getattr(exc, 'problem', None) or exc}", name,
                         mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    if data is None:
        data = _yaml().load("{}")
    if not isinstance(data, dict):
        raise InputError("YAML 的最外层应是“键: 值”的列表（如 district: 滨江区）", name, 1, 1)
    return data


def plain(node, depth: int = 0):
    """JSON-able copy: mappings, lists, str, int, float, bool, None; dates as ISO text."""
    if depth > MAX_DEPTH:
        raise InputError("YAML 嵌套过深")
    if isinstance(node, dict):
        return {str(k): plain(v, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [plain(v, depth + 1) for v in node]
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, (_dt.date, _dt.datetime)):
        return node.isoformat()[:10]
    return str(node)


def to_model(text: str, name: str) -> dict:
    return plain(parse(text, name))


def _fresh(value):
    """A new node for the YAML: multi-line text as a literal block."""
    from ruamel.yaml.scalarstring import LiteralScalarString
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, dict):
        from ruamel.yaml.comments import CommentedMap
        m = CommentedMap()
        for k, v in value.items():
            m[k] = _fresh(v)
        return m
    if isinstance(value, list):
        from ruamel.yaml.comments import CommentedSeq
        return CommentedSeq([_fresh(v) for v in value])
    return value


def _merge(node, new, depth: int = 0):
    if depth > MAX_DEPTH:
        raise InputError("内容嵌套过深")
    if isinstance(node, dict) and isinstance(new, dict):
        for key in [k for k in node if str(k) not in new]:
            del node[key]
        keys = {str(k): k for k in node}
        for key, value in new.items():
            if key in keys:
                node[keys[key]] = _merge(node[keys[key]], value, depth + 1)
            else:
                node[key] = _fresh(value)
        return node
    if isinstance(node, list) and isinstance(new, list):
        for i, value in enumerate(new):
            if i < len(node):
                node[i] = _merge(node[i], value, depth + 1)
            else:
                node.append(_fresh(value))
        del node[len(new):]
        return node
    if not isinstance(node, (dict, list)) and plain(node) == new and type(plain(node)) is type(new):
        return node                      # unchanged: keep its quoting and style
    return _fresh(new)


def merge(text: str, model: dict, name: str) -> str:
    """The YAML text with `model`'s values written in, its comments kept."""
    if not isinstance(model, dict):
        raise InputError("表单内容不完整，请刷新页面后重试")
    data = parse(text, name) if text.strip() else parse("{}", name)
    _merge(data, model)
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def safe_yaml_name(name) -> str:
    """The YAML's name as the page gives it: a bare name ending in .yaml (messages only)."""
    from drafter.web.uploads import safe_name
    base = safe_name(str(name or ""), "report.yaml")
    return base if base.lower().endswith((".yaml", ".yml")) else base + ".yaml"
