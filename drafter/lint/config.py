"""Lint configuration: `drafter.toml` (or `[tool.drafter]` in pyproject.toml), found by walking up
from the current folder; `--config PATH` names one explicitly and `--disable` adds to it.

    # drafter.toml
    [lint]
    disable = ["P011", "S002"]          # rule ids, or a category letter ("D")
    severity = { N004 = "error", S004 = "info" }
    forbidden = { "老百姓" = "群众", "搞好" = "" }   # a bureau's own words not to use (F007)
    forbidden_files = ["words/forbidden.txt"]      # one word a line, optionally "word=suggestion"
    protected = ["XX智慧法务平台"]                   # the bureau's own terms: never reported
    protected_files = ["words/protected.txt"]

The keys may also stand at the top level of drafter.toml, or under [tool.drafter] / [tool.drafter.lint]
in pyproject.toml. Relative file paths are relative to the config file."""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from drafter.core.errors import InputError, describe_os_error
from drafter.lint.finding import SEVERITIES

KNOWN_KEYS = {"disable", "severity", "forbidden", "forbidden_files", "protected", "protected_files"}


@dataclass
class Config:
    path: str | None = None
    disabled: set[str] = field(default_factory=set)
    severities: dict[str, str] = field(default_factory=dict)
    forbidden: dict[str, str] = field(default_factory=dict)   # word -> suggestion ("" for none)
    protected: list[str] = field(default_factory=list)

    def enabled(self, rule_id: str) -> bool:
        return rule_id not in self.disabled and rule_id[:1] not in self.disabled

    def severity(self, rule_id: str, default: str) -> str:
        return self.severities.get(rule_id, default)

    def disable(self, ids: list[str]) -> None:
        from drafter.lint.rules import all_rules, categories
        known = set(all_rules()) | set(categories())
        for rid in ids:
            rid = rid.strip().upper()
            if not rid:
                continue
            if rid not in known and not rid.startswith("X"):
                raise InputError(f"--disable 中没有这条规则：{rid}（用 drafter lint --list-rules 查看全部规则）")
            self.disabled.add(rid)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest drafter.toml, or pyproject.toml with [tool.drafter], from `start` upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        cand = folder / "drafter.toml"
        if cand.is_file():
            return cand
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                data = tomllib.loads(py.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue
            if "drafter" in data.get("tool", {}):
                return py
    return None


def _section(data: dict, path: Path) -> dict:
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("drafter", {})
    if isinstance(data.get("lint"), dict):
        merged = {k: v for k, v in data.items() if k != "lint"}
        merged.update(data["lint"])
        return merged
    return data


def key_line(text: str, key: str, value: str | None = None) -> int | None:
    """The 1-based line of `key = …` in a TOML text (tomllib gives no positions), or of `value`
    on or after it (a rule id inside a list that may run over several lines)."""
    rx = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=|[{{,]\s*[\"']?{re.escape(key)}[\"']?\s*=")
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if rx.search(ln)), None)
    if start is None:
        return None
    if value:
        for i in range(start, min(len(lines), start + 50)):
            if re.search(rf"[\"']{re.escape(value)}[\"']", lines[i], re.I) or (i == start and value in lines[i]):
                return i + 1
    return start + 1


def _read_words(path: Path, cfg_path: Path) -> list[str]:
    p = path if path.is_absolute() else cfg_path.parent / path
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"无法读取配置中列出的词表：{p}（{exc.__class__.__name__}）", str(cfg_path)) from None
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def load_config(explicit: str | None = None, start: Path | None = None) -> Config:
    """Read the config named by --config, else the one found up the folder tree, else defaults."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise InputError("配置文件不存在", explicit)
    else:
        path = find_config(start)
        if path is None:
            return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError("配置文件不是 UTF-8 编码", str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        import re
        m = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise InputError("配置文件不是有效的 TOML", str(path), line, col,
                         hint="请检查这一行的引号、方括号和等号（写法如 disable = [\"P001\"]）") from None
    except OSError as exc:
        raise InputError(f"无法读取配置文件：{describe_os_error(exc)}", str(path)) from None
    raw = path.read_text(encoding="utf-8-sig")
    sec = _section(data, path)
    cfg = Config(path=str(path))
    from drafter.lint.rules import all_rules, categories
    known = set(all_rules())

    def bad(msg: str, key: str | None = None, value: str | None = None, hint: str | None = None):
        line = key_line(raw, key, value) if key else None
        raise InputError(msg, str(path), line, None, hint=hint)

    for key in sec:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, sorted(KNOWN_KEYS), n=1, cutoff=0.6)
            hint = f"是否想写“{close[0]}”？" if close else "可用的键：" + "、".join(sorted(KNOWN_KEYS))
            bad(f"配置中有未知的键“{key}”", key, hint=hint)

    disable = sec.get("disable", [])
    if isinstance(disable, str):
        disable = [d for d in disable.split(",")]
    if not isinstance(disable, list):
        bad("disable 应为规则编号列表，如 disable = [\"P011\"]")
    cfg.disabled = {str(d).strip().upper() for d in disable if str(d).strip()}
    for rid in sorted(cfg.disabled):
        if rid not in known and rid not in categories() and not rid.startswith("X"):
            close = difflib.get_close_matches(rid, sorted(known), n=1, cutoff=0.5)
            bad(f"disable 中没有这条规则：{rid}", "disable", rid,
                hint=(f"是否想写“{close[0]}”？" if close else "") + "全部规则见 drafter lint --list-rules")
    sev = sec.get("severity", {})
    if not isinstance(sev, dict):
        bad("severity 应为表，如 severity = { N004 = \"error\" }")
    for rid, level in sev.items():
        rid = rid.upper()
        if level not in SEVERITIES:
            bad(f"规则 {rid} 的严重程度“{level}”无效，可选：error、warning、info", "severity", str(level))
        if rid not in known and not rid.startswith("X"):
            bad(f"severity 中没有这条规则：{rid}", "severity", rid,
                hint="用 drafter lint --list-rules 查看全部规则")
        cfg.severities[rid] = level
    forb = sec.get("forbidden", {})
    if isinstance(forb, list):
        forb = {str(w): "" for w in forb}
    if not isinstance(forb, dict):
        bad("forbidden 应为词表，如 forbidden = { \"老百姓\" = \"群众\" }")
    cfg.forbidden = {str(k): str(v) for k, v in forb.items() if str(k)}
    for f in sec.get("forbidden_files", []) or []:
        for w in _read_words(Path(f), path):
            word, _, sugg = w.partition("=")
            if word.strip():
                cfg.forbidden[word.strip()] = sugg.strip()
    prot = sec.get("protected", []) or []
    if not isinstance(prot, list):
        bad("protected 应为词语列表")
    cfg.protected = [str(p) for p in prot if str(p)]
    for f in sec.get("protected_files", []) or []:
        cfg.protected.extend(_read_words(Path(f), path))
    return cfg
