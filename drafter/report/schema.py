"""The report YAML's content model (SPEC §4, docs/yaml.md) and its validation.

`load_report(path)` reads the file with positions, checks every key and type, and returns the
`model.Report` the templates render. Every problem is an InputError in Chinese naming
file:line:column, with a hint for the classic mistakes: an unknown key ("did you mean"), a
full-width colon after a key, a number written in Chinese, a list where a mapping is needed."""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from drafter.core.document import ROLES as D_ROLES
from drafter.core.errors import InputError
from drafter.report import metrics as M
from drafter.report import yamlio
from drafter.report.model import Block, Cover, Item, Report, Section
from drafter.core.resources import load_toml
from drafter.mining.kinds import all_kinds
from drafter.report.unit import unit as _unit

TBD = M.TBD
TBD_WORDS = M.TBD_WORDS
ROLES = tuple(r for r in D_ROLES if r not in ("opening", "closing"))  # the roles a YAML section may take
LAYOUTS = {"run-in": "run-in", "runin": "run-in", "连写": "run-in", "同段": "run-in",
           "separate": "separate", "分段": "separate", "每条一段": "separate"}
RE_FW_VALUE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*：")
RE_DATE_CN = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$")
RE_DATE_BLANK_DAY = re.compile(r"^(\d{4})年(\d{1,2})月[\s\u3000]*日$")
RE_DATE_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$")
RE_OWN_ENUM = re.compile(r"^[一二三四五六七八九十]{1,3}是(?=[^，,。的否以为非])")  # a marker typed by hand
RE_NUMBER_SOURCE = re.compile(r"['\"]?([-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:[eE][-+]?\d+)?)['\"]?(?=\s*(?:#|,|\]|\}|$))")
RE_DASH_TEXT = re.compile(r"^-(?=[^\s\d.-]|\d{4}年)")  # `-2027年…`: a list item without its space
RE_CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]")


@functools.cache
def fields() -> dict:
    return load_toml("report_fields.toml")



class Ctx:
    """Where we are: the file, its lines, and the position of the node being checked."""

    def __init__(self, path: str, lines: list[str]):
        self.path = path
        self.lines = lines

    def error(self, message: str, pos: tuple[int, int] | None, hint: str | None = None) -> InputError:
        line, col = (pos[0] + 1, pos[1] + 1) if pos else (None, None)
        return InputError(message, self.path, line, col, hint)

    def written(self, pos: tuple[int, int] | None, value) -> str:
        """What the clerk wrote for the scalar at `pos` (its source text, e.g. `yes`, `2026.1.5`,
        `"1312"`), for messages: never Python's rendering of the parsed value (True, 1312.5)."""
        if pos is None or not 0 <= pos[0] < len(self.lines):
            return str(value)
        rest = self.lines[pos[0]][pos[1]:]
        if rest[:1] in ("'", '"'):
            end = rest.find(rest[0], 1)
            return rest[:end + 1] if end > 0 else rest.strip()
        token = re.split(r"\s+#|,\s|[\]}]", rest, maxsplit=1)[0].strip()
        return token or str(value)

    def number_text(self, pos: tuple[int, int] | None) -> str | None:
        """The digits of a plain number as written at `pos` (`1312.50`), or None."""
        if pos is None or not 0 <= pos[0] < len(self.lines):
            return None
        m = RE_NUMBER_SOURCE.match(self.lines[pos[0]], pos[1])
        return m.group(1) if m else None

    def find(self, needle: str, pos: tuple[int, int] | None) -> tuple[int, int] | None:
        """The position of `needle` in the source at or after pos (for errors inside a text)."""
        start = pos[0] if pos else 0
        for i in range(start, min(len(self.lines), start + 400)):
            j = self.lines[i].find(needle)
            if j >= 0:
                return i, j
        return pos


# --- positions --------------------------------------------------------------------------------
def key_pos(m, key) -> tuple[int, int] | None:
    try:
        ln, col = m.lc.key(key)
        return ln, col
    except Exception:
        return None


def value_pos(m, key) -> tuple[int, int] | None:
    try:
        ln, col = m.lc.value(key)
        return ln, col
    except Exception:
        return key_pos(m, key)


def item_pos(s, i: int) -> tuple[int, int] | None:
    try:
        ln, col = s.lc.item(i)
        return ln, col
    except Exception:
        return None


def node_pos(node) -> tuple[int, int] | None:
    try:
        return node.lc.line, node.lc.col
    except Exception:
        return None


# --- scalar checks ----------------------------------------------------------------------------
def is_tbd(v) -> bool:
    return v is None or (isinstance(v, str) and v.strip() in TBD_WORDS)


def _type_name(v) -> str:
    if isinstance(v, dict):
        return "一组“键: 值”"
    if isinstance(v, list):
        return "列表（- 开头的若干项）"
    if isinstance(v, bool):
        return "是/否（true/false）"
    if isinstance(v, (int, float)):
        return "数字"
    if isinstance(v, (_dt.date, _dt.datetime)):
        return "日期"
    return "文字"


def _collapse_folded(ctx: "Ctx", v: str, pos) -> str:
    """A plain or folded scalar over several lines joins them with spaces: drop a space that
    joins two Chinese characters (a clerk continuing a paragraph on the next line). A space the
    clerk typed on one line (法治护航共同富裕 法治点亮美好生活) stays."""
    folded = type(v).__name__ == "FoldedScalarString"
    if not folded and type(v) is str and pos is not None and pos[0] < len(ctx.lines):
        folded = " " in v and v not in ctx.lines[pos[0]] and v.strip("'\"") not in ctx.lines[pos[0]]
    if not folded:
        return v
    return re.sub(r"(?<=[\u4e00-\u9fff，。、；：“”（）《》]) (?=[\u4e00-\u9fff，。、；：“”（）《》])", "", v)


def check_fw_value(ctx: Ctx, text: str, pos) -> None:
    m = RE_FW_VALUE.match(text)
    if m and _plain_at(ctx, pos):   # plain: a key typed with ：（quoted or a block is text as written)
        key = m.group(1)
        raise ctx.error(f"“{key}：” 这里用了中文冒号，YAML 把整行当成了文字", pos,
                        hint=f"键后面要用英文冒号加空格，请改为 “{key}: ”")


def text_value(ctx: Ctx, v, pos, what: str, allow_tbd: bool = True) -> str:
    """A text field: string (or a number, which is read as text); 待补/null -> 〔待补〕."""
    if is_tbd(v):
        if not allow_tbd:
            raise ctx.error(f"{what}不能为空", pos)
        return TBD
    if isinstance(v, bool):
        raise ctx.error(f"{what}应该是文字，这里写的是 {ctx.written(pos, v)}", pos,
                        hint="如果就是要写这几个字，请加引号")
    if isinstance(v, (int, float, Decimal)):
        return str(v)
    if isinstance(v, (_dt.date, _dt.datetime)):
        return cn_date(v)
    if not isinstance(v, str):
        raise ctx.error(f"{what}应该是一段文字，这里写成了{_type_name(v)}", pos,
                        hint="文字直接写在冒号后面；多段文字可用 “|” 后换行书写")
    check_fw_value(ctx, v, pos)
    check_dash_text(ctx, v, pos)
    return _collapse_folded(ctx, v, pos).strip()


def _plain_at(ctx: Ctx, pos) -> bool:
    """The scalar at pos is written plain (no quotes, not a | or > block)."""
    return pos is not None and pos[0] < len(ctx.lines) and ctx.lines[pos[0]][pos[1]:pos[1] + 1] not in ("'", '"', "|", ">")


def check_dash_text(ctx: Ctx, v: str, pos) -> None:
    """`-2027年…` written plain: the clerk meant a list item (“- 2027年…”) and left out the space."""
    if RE_DASH_TEXT.match(v) and _plain_at(ctx, pos):
        raise ctx.error(f"“{v[:12]}”以“-”开头，但“-”后面没有空格，YAML 把它当成了一段文字", pos,
                        hint=f"列表项写成 “- {v[1:13]}”（“-”后面加一个空格）；如果就是要以“-”开头，请给整段加引号")


def check_keys(ctx: Ctx, m, allowed: dict[str, str], where: str) -> None:
    """Unknown keys -> error with a "did you mean" hint (difflib over keys and Chinese aliases)."""
    aliases = fields()["aliases"]
    for k in m:
        if k in allowed:
            continue
        ks = str(k)
        pos = key_pos(m, k)
        if ks[:1] in ("\u3000", "\u00a0"):
            raise ctx.error("这一行用全角空格（　）缩进，YAML 只能用半角空格缩进", pos,
                            hint="请把行首的全角空格换成半角空格（每一层缩进 2 个空格）")
        if "：" in ks:
            base = ks.split("：", 1)[0].strip()
            raise ctx.error(f"键 {base} 后面用了中文冒号“：”", pos, hint=f"请改为 “{base}: ”")
        guess = None
        if ks in aliases and aliases[ks] in allowed:
            guess = aliases[ks]
        else:
            close = difflib.get_close_matches(ks.lower(), list(allowed), n=1, cutoff=0.6)
            if close:
                guess = close[0]
            else:
                close = difflib.get_close_matches(ks, [a for a, t in aliases.items() if t in allowed],
                                                  n=1, cutoff=0.5)
                if close:
                    guess = aliases[close[0]]
        known = "、".join(allowed)
        hint = f"你是不是想写 {guess}（{allowed[guess]}）？" if guess else f"这里可以写的键有：{known}"
        raise ctx.error(f"{where}里没有“{ks}”这个键", pos, hint=hint)


def cn_date(d) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def date_value(ctx: Ctx, v, pos, what: str = "日期") -> str:
    if is_tbd(v):
        return TBD
    if isinstance(v, (_dt.date, _dt.datetime)):
        return cn_date(v)
    if isinstance(v, str):
        s = v.strip()
        m = RE_DATE_CN.match(s) or RE_DATE_ISO.match(s)
        if m:
            y, mo, d = (int(x) for x in m.groups())
            try:
                return cn_date(_dt.date(y, mo, d))
            except ValueError:
                raise ctx.error(f"{what} {s} 不是有效的日期", pos) from None
        m = RE_DATE_BLANK_DAY.match(s)
        if m:  # 2023年1月 日: the day left blank for the signing (seed 001)
            return f"{int(m.group(1))}年{int(m.group(2))}月 日"
    raise ctx.error(f"{what}写法无法识别：{ctx.written(pos, v)}", pos,
                    hint="请写成 2026-01-15 或 2026年1月15日（阿拉伯数字，不补零）")


def number_value(ctx: Ctx, v, pos, what: str, unit: str = "") -> Decimal | None:
    """A number for a metric (never negative: counts, amounts and rates in these reports are not);
    None for 待补. The number keeps the decimals as written (`1312.50` stays 1312.50, though YAML
    reads it as the float 1312.5). Chinese numerals, units, thousands separators and 1.5万 get a
    precise hint."""
    if is_tbd(v):
        return None
    if isinstance(v, bool):
        raise ctx.error(f"{what}应该是数字，这里写的是 {ctx.written(pos, v)}", pos)
    if isinstance(v, (int, float)):
        if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
            raise ctx.error(f"{what}不是有效的数字（这里写的是 {ctx.written(pos, v)}）", pos)
        written = ctx.number_text(pos)
        try:
            n = Decimal(written.replace("_", "")) if written else None
        except InvalidOperation:
            n = None
        if n is None or n != Decimal(repr(v)):
            n = Decimal(v) if isinstance(v, int) else Decimal(repr(v))
        return _not_negative(ctx, n, pos, what)
    if isinstance(v, str):
        from drafter.text.cnnum import chinese_to_decimal

        s = v.strip()
        try:
            if re.fullmatch(r"-?\d+(\.\d+)?", s):
                return _not_negative(ctx, Decimal(s), pos, what)
        except InvalidOperation:
            pass
        if re.fullmatch(r"-?\d{1,3}([,，]\d{3})+(\.\d+)?", s):
            plain = re.sub("[,，]", "", s)
            raise ctx.error(f"{what}“{s}”里有千分位逗号", pos, hint=f"数字里不要加千分位逗号，写 {plain}")
        m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(万|亿)(.*)", s)
        if m:
            scaled = M.format_number(Decimal(m.group(1)) * (10000 if m.group(2) == "万" else 100000000))
            rest = m.group(3).strip() or unit
            raise ctx.error(f"{what}“{s}”里带了“{m.group(2)}”", pos,
                            hint=f"请写 value: {scaled}（单位 unit: {rest or '件'}），或写 value: {m.group(1)}"
                                 f" 并把单位写成 unit: {m.group(2)}{rest}")
        n = chinese_to_decimal(s)
        if n is not None:
            raise ctx.error(f"{what}“{s}”是用汉字写的，这里需要阿拉伯数字", pos,
                            hint=f"请写阿拉伯数字 {M.format_number(n)}")
        m = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s*([%％]|[^\d\s,，.].{0,6})", s)
        if m:
            num, unit_w = m.group(1), m.group(2)
            if unit_w in ("%", "％"):
                raise ctx.error(f"{what}“{s}”带了百分号", pos,
                                hint=f"数值只写数字 {num}，百分号写在 unit: \"%\"")
            raise ctx.error(f"{what}“{s}”带了单位", pos, hint=f"数值只写数字 {num}，单位写在 unit: {unit_w}")
        raise ctx.error(f"{what}应该是数字，这里写的是“{s}”", pos,
                        hint="请写阿拉伯数字，如 1312；暂时不知道请写 待补")
    raise ctx.error(f"{what}应该是数字，这里写成了{_type_name(v)}", pos)


def _not_negative(ctx: Ctx, n: Decimal, pos, what: str) -> Decimal:
    if n < 0:
        raise ctx.error(f"{what} 是负数（{ctx.written(pos, n)}）：件数、人数、金额和比率都不会是负数", pos,
                        hint=f"请写今年和上年的实际数值（如 {M.format_number(-n)}），drafter 会算出“同比下降”；"
                             "暂时不知道请写 待补")
    return n


def year_value(ctx: Ctx, year, ypos) -> int:
    """`year: 2025`, or quoted `year: "2025"` (accepted like a quoted metric value)."""
    shown = ctx.written(ypos, year)
    if isinstance(year, str) and year.strip().isascii() and year.strip().isdigit():
        year = int(year.strip())
    if isinstance(year, bool) or not isinstance(year, int):
        if isinstance(year, str):
            s = year.strip().rstrip("年度")
            if s.isascii() and s.isdigit():
                raise ctx.error(f"年份 year 只写数字，这里写的是 {shown}", ypos, hint=f"请写 year: {s}")
            cn = "".join(c for c in s.replace("零", "〇") if c in "〇一二三四五六七八九")
            if cn and len(cn) == len(s) == 4:
                digits = "".join(str("〇一二三四五六七八九".index(c)) for c in cn)
                raise ctx.error(f"年份 year {shown} 是用汉字写的", ypos, hint=f"请写阿拉伯数字 {digits}")
        raise ctx.error(f"年份 year 应该是四位数字，这里写的是 {shown}", ypos, hint="例如 year: 2025")
    if not 1949 <= year <= 2200:
        raise ctx.error(f"年份 year 写的是 {shown}，不像是报告年份", ypos, hint="例如 year: 2025")
    return year


def require_map(ctx: Ctx, v, pos, what: str) -> None:
    if not isinstance(v, dict):
        if isinstance(v, str):
            check_fw_value(ctx, v, pos)
        raise ctx.error(f"{what}应该是一组“键: 值”，这里写成了{_type_name(v)}", pos,
                        hint="在下一行缩进后逐项写 “键: 值”")


def require_list(ctx: Ctx, v, pos, what: str) -> None:
    if not isinstance(v, list):
        if isinstance(v, str):
            check_dash_text(ctx, v, pos)
        raise ctx.error(f"{what}应该是列表（每项以“- ”开头），这里写成了{_type_name(v)}", pos,
                        hint="在下一行缩进后用 “- ” 逐项列出")


# --- metrics ----------------------------------------------------------------------------------
def parse_metrics(ctx: Ctx, v, pos) -> dict[str, M.Metric]:
    if v is None:
        return {}
    require_map(ctx, v, pos, "metrics（指标）")
    allowed = fields()["metric"]
    out: dict[str, M.Metric] = {}
    for mid, spec in v.items():
        mpos = value_pos(v, mid)
        name = f"指标 {mid} 的"
        require_map(ctx, spec, mpos, f"指标 {mid}")
        check_keys(ctx, spec, allowed, f"指标 {mid}")
        if "value" not in spec:
            raise ctx.error(f"指标 {mid} 缺少 value（数值）", key_pos(v, mid),
                            hint="写 value: 数字；暂时不知道请写 value: 待补")
        label = spec.get("label")
        label_t = None if is_tbd(label) else text_value(ctx, label, value_pos(spec, "label"), f"{name}label")
        unit = spec.get("unit", "")
        unit_t = "" if unit is None else text_value(ctx, unit, value_pos(spec, "unit"), f"{name}unit")
        value = number_value(ctx, spec["value"], value_pos(spec, "value"), f"{name}数值 value", unit_t)
        has_prev = "previous" in spec
        prev = number_value(ctx, spec.get("previous"), value_pos(spec, "previous"), f"{name}上年数值 previous",
                            unit_t) if has_prev else None
        digits = spec.get("digits", M.DEFAULT_DIGITS)
        if isinstance(digits, bool) or not isinstance(digits, int) or not 0 <= digits <= 6:
            raise ctx.error(f"{name}小数位 digits 应该是 0 到 6 的整数", value_pos(spec, "digits"))
        if label_t and M.label_is_rate(label_t) and unit_t not in M.rate_units():
            raise ctx.error(f"指标 {mid}（{label_t}）是比率或占比，单位应为 %", value_pos(spec, "unit") or mpos,
                            hint="请写 unit: \"%\"；比率的同比变化会写成“个百分点”")
        out[str(mid)] = M.Metric(id=str(mid), label=label_t, value=value, unit=unit_t, previous=prev,
                                 has_previous=has_prev, digits=digits, digits_given="digits" in spec)
    return out


def expand_text(ctx: Ctx, text: str, pos, metrics: dict[str, M.Metric]) -> str:
    """Replace 【指标:ID】 and its variants; an unknown ID is an error with a did-you-mean hint."""
    rx = M.placeholder_re()
    variants = M.placeholder_variants()

    def sub(m: re.Match) -> str:
        word, mid = m.group(1), m.group(2).strip()
        if mid not in metrics:
            where = ctx.find(m.group(0), pos)
            close = difflib.get_close_matches(mid, list(metrics), n=1, cutoff=0.4)
            if close:
                hint = f"你是不是想写 {close[0]}？"
            elif metrics:
                hint = "已定义的指标有：" + "、".join(metrics)
            else:
                hint = "请先在 metrics 里定义这个指标"
            raise ctx.error(f"文字里引用了不存在的指标“{mid}”", where, hint=hint)
        return M.expand(metrics[mid], variants[word])

    return rx.sub(sub, text)


# --- content ----------------------------------------------------------------------------------
class Builder:
    def __init__(self, ctx: Ctx, metrics: dict[str, M.Metric], theme_lead: str):
        self.ctx = ctx
        self.metrics = metrics
        self.theme_lead = theme_lead

    def text(self, v, pos, what: str, allow_tbd: bool = True) -> str:
        t = text_value(self.ctx, v, pos, what, allow_tbd)
        return expand_text(self.ctx, t, pos, self.metrics)

    def paragraphs(self, v, pos, what: str) -> list[str]:
        """A text or a list of texts -> paragraphs (a newline inside a text starts a new one)."""
        if isinstance(v, list):
            out: list[str] = []
            for i, x in enumerate(v):
                out += self.paragraphs(x, item_pos(v, i), what)
            return out
        t = self.text(v, pos, what)
        return [p.strip() for p in t.split("\n") if p.strip()]

    def item(self, v, pos) -> Item:
        if isinstance(v, dict):
            check_keys(self.ctx, v, fields()["item"], "条目")
            title = self.text(v["title"], value_pos(v, "title"), "条目的 title") if "title" in v else ""
            title = RE_OWN_ENUM.sub("", title, count=1)
            body = self.text(v["text"], value_pos(v, "text"), "条目的 text") if "text" in v else ""
            if not title and not body:
                raise self.ctx.error("条目既没有 title 也没有 text", pos)
            return Item(title=title, text=body)
        return Item(text=RE_OWN_ENUM.sub("", self.text(v, pos, "条目"), count=1))

    def items(self, v, pos) -> list[Item]:
        require_list(self.ctx, v, pos, "items（条目）")
        return [self.item(x, item_pos(v, i)) for i, x in enumerate(v)]

    def layout(self, m, default: str) -> str:
        if "layout" not in m:
            return default
        v = m["layout"]
        if not isinstance(v, str) or v not in LAYOUTS:
            raise self.ctx.error("layout 只能是 run-in（接在同一段）或 separate（每条单独成段），"
                                 f"这里写的是 {self.ctx.written(value_pos(m, 'layout'), v)}",
                                 value_pos(m, "layout"))
        return LAYOUTS[v]

    def bool_value(self, m, key: str, default: bool) -> bool:
        if key not in m:
            return default
        v = m[key]
        if isinstance(v, bool):
            return v
        words = {"是": True, "否": False, "yes": True, "no": False, "true": True, "false": False}
        if isinstance(v, str) and v.strip().lower() in words:
            return words[v.strip().lower()]
        raise self.ctx.error(f"{key} 只能写 true 或 false，这里写的是 {self.ctx.written(value_pos(m, key), v)}",
                             value_pos(m, key))

    def block(self, v, pos, level: int) -> list[Block]:
        """One content element -> blocks (a mapping with only text+items gives one items block)."""
        if not isinstance(v, dict):
            if isinstance(v, list):
                raise self.ctx.error("内容里多了一层列表", pos, hint="每一项直接写文字，或写 text:/items:/group:")
            return [Block(type="paragraph", text="\n".join(self.paragraphs(v, pos, "段落")))]
        if "table" in v:
            return [self.table(v, pos)]
        allowed = dict(fields()["block"])
        allowed.pop("table")
        if "group" not in v:
            for k in ("run_in", "numbered", "content"):
                allowed.pop(k)
        check_keys(self.ctx, v, allowed, "内容项" if "group" not in v else "小标题（group）")
        lead: list[str] = []
        if "theme" in v:
            theme = self.text(v["theme"], value_pos(v, "theme"), "主题句 theme").rstrip("。")
            lead.append(f"{self.theme_lead}{theme}。")
        if "text" in v:
            paras = self.paragraphs(v["text"], value_pos(v, "text"), "段落 text")
            if lead and paras:
                lead[-1] += paras[0]
                paras = paras[1:]
            lead += paras
        items = self.items(v["items"], value_pos(v, "items")) if "items" in v else []
        inner: list[Block] = []
        if items:
            inner.append(Block(type="items", text="\n".join(lead), items=items,
                               layout=self.layout(v, "run-in" if lead else "separate")))
        elif lead:
            inner.append(Block(type="paragraph", text="\n".join(lead)))
        elif "layout" in v:
            self.layout(v, "run-in")
        if "group" not in v:
            if not inner:
                raise self.ctx.error("这一项没有内容（缺少 text、theme 或 items）", pos)
            return inner
        if level > 4:
            raise self.ctx.error("小标题嵌套太深（最多到第四层 （1））", pos)
        heading = self.text(v["group"], value_pos(v, "group"), "小标题 group")
        if "content" in v:
            c = v["content"]
            require_list(self.ctx, c, value_pos(v, "content"), "content（内容）")
            for i, x in enumerate(c):
                inner += self.block(x, item_pos(c, i), level + 1)
        return [Block(type="group", heading=heading, level=level, blocks=inner,
                      run_in=self.bool_value(v, "run_in", False),
                      numbered=self.bool_value(v, "numbered", True))]

    def table(self, v, pos) -> Block:
        """`- table: {caption: …, header: [...], rows: [[...], ...]}` -> a table block."""
        check_keys(self.ctx, v, {"table": fields()["block"]["table"]}, "表格")
        t = v["table"]
        tpos = value_pos(v, "table")
        require_map(self.ctx, t, tpos, "表格 table")
        check_keys(self.ctx, t, fields()["table"], "表格 table")
        caption = self.text(t["caption"], value_pos(t, "caption"), "表题 caption") if t.get("caption") else ""
        rows: list[list[str]] = []
        header_rows = 0
        if t.get("header") is not None:
            require_list(self.ctx, t["header"], value_pos(t, "header"), "表头 header")
            rows.append(self.cells(t["header"], value_pos(t, "header")))
            header_rows = 1
        rv = t.get("rows")
        if rv is None:
            raise self.ctx.error("表格没有 rows（各行）", tpos, hint="例如 rows: [[法律援助案件, 1014, 1312]]")
        require_list(self.ctx, rv, value_pos(t, "rows"), "表格的 rows")
        for i, row in enumerate(rv):
            rpos = item_pos(rv, i)
            if not isinstance(row, list):
                raise self.ctx.error(f"表格第 {i + 1} 行应该是一个列表，如 [法律援助案件, 1014, 1312]", rpos)
            rows.append(self.cells(row, rpos))
        width = max(len(r) for r in rows)
        for i, r in enumerate(rows):
            if len(r) != width:
                where = "表头" if i < header_rows else f"第 {i + 1 - header_rows} 行"
                raise self.ctx.error(f"表格{where}有 {len(r)} 格，其他行有 {width} 格", tpos,
                                     hint="每行的格数要一样；空格写 \"\"，缺的数写 待补")
        return Block(type="table", caption=caption, rows=rows, header_rows=header_rows)

    def cells(self, row, pos) -> list[str]:
        out = []
        for j, c in enumerate(row):
            cpos = item_pos(row, j) or pos
            if c is None or is_tbd(c):
                out.append(TBD)
            elif isinstance(c, bool) or isinstance(c, (dict, list)):
                raise self.ctx.error(f"表格的格里只能写文字或数字，这里是{_type_name(c)}", cpos)
            elif isinstance(c, (int, float, Decimal)):
                out.append(self.ctx.number_text(cpos) or str(c))  # 1312.50 as written, not 1312.5
            else:
                out.append(self.text(c, cpos, "表格的格"))
        return out

    def section(self, v, pos, numbered_default: bool) -> Section:
        require_map(self.ctx, v, pos, "正文的每一部分")
        check_keys(self.ctx, v, fields()["section"], "正文部分（sections）")
        role = v.get("role", "other")
        if not isinstance(role, str) or role not in ROLES:
            close = difflib.get_close_matches(str(role), ROLES, n=1, cutoff=0.5)
            names = fields()["roles"]
            rev = {n: r for r, n in names.items()}
            guess = close[0] if close else rev.get(str(role))
            listing = "、".join(f"{r}（{n}）" for r, n in names.items())
            raise self.ctx.error(f"role 写的是“{self.ctx.written(value_pos(v, 'role'), role)}”，没有这种用途",
                                 value_pos(v, "role"),
                                 hint=(f"你是不是想写 {guess}？" if guess else "") + f"可选：{listing}")
        heading = ""
        if "heading" in v and v["heading"] not in ("", False):
            heading = self.text(v["heading"], value_pos(v, "heading"), "标题 heading")
        blocks: list[Block] = []
        if "content" in v and v["content"] is not None:
            c = v["content"]
            require_list(self.ctx, c, value_pos(v, "content"), "content（内容）")
            for i, x in enumerate(c):
                blocks += self.block(x, item_pos(c, i), 2)
        return Section(role=role, heading=heading, numbered=self.bool_value(v, "numbered", numbered_default),
                       blocks=blocks, run_in=self.bool_value(v, "run_in", False))


def _number_groups(blocks: list[Block]) -> None:
    n = 0
    for b in blocks:
        if b.type == "group":
            if b.numbered:
                n += 1
                b.number = n
            _number_groups(b.blocks)


def default_bureau(district: str) -> str:
    """区司法局 for a 区, 县司法局 for a 县 … (how the body names the bureau)."""
    from drafter.report.unit import unit
    return unit(district).bureau


def leaders(district: str) -> str:
    """区委、区政府 for a 区, 县委、县政府 for a 县 … (for opening formulas)."""
    from drafter.report.unit import unit
    return unit(district).leaders


# --- the whole report -------------------------------------------------------------------------
def build_report(data, path: str, text: str) -> Report:
    ctx = Ctx(path, text.splitlines())
    if data is None:
        raise InputError("文件是空的，没有任何内容", path, hint="可以用 drafter new --district 区名 生成一个起步文件")
    if not isinstance(data, dict):
        raise ctx.error(f"文件的最外层应该是一组“键: 值”（kind、district、year…），这里是{_type_name(data)}",
                        node_pos(data) or (0, 0))
    top = fields()["top"]
    check_keys(ctx, data, top, "文件顶层")

    kind = data.get("kind", "annual")
    known = all_kinds()
    if not isinstance(kind, str) or kind not in known:
        by_name = {spec["name"]: k for k, spec in known.items()}
        guess = by_name.get(str(kind)) or next(iter(difflib.get_close_matches(str(kind), list(known), 1, 0.5)), None)
        listing = "、".join(f"{k}（{spec['name']}）" for k, spec in known.items())
        raise ctx.error("文种 kind 没有填写" if kind is None else
                        f"文种 kind 写的是“{ctx.written(value_pos(data, 'kind'), kind)}”，没有这种文种",
                        value_pos(data, "kind") if kind is not None else key_pos(data, "kind"),
                        hint=(f"你是不是想写 {guess}？" if guess else "") + f"可选：{listing}")
    sk = known[kind]

    for req, hint in (("district", "例如 district: 滨江区"), ("year", "例如 year: 2025")):
        if req not in data:
            raise ctx.error(f"缺少必填项 {req}（{top[req]}）", (0, 0), hint=f"请在文件开头加一行 {hint}")
    district = text_value(ctx, data["district"], value_pos(data, "district"), "区县名称 district", allow_tbd=False)
    year = year_value(ctx, data["year"], value_pos(data, "year"))

    bureau = text_value(ctx, data["bureau"], value_pos(data, "bureau"), "bureau") if "bureau" in data \
        else default_bureau(district)
    issuer = text_value(ctx, data["issuer"], value_pos(data, "issuer"), "落款 issuer") if "issuer" in data else ""
    date = date_value(ctx, data["date"], value_pos(data, "date")) if "date" in data else ""
    theme_lead = text_value(ctx, data["theme_lead"], value_pos(data, "theme_lead"), "theme_lead") \
        if data.get("theme_lead") else sk["theme_lead"]
    metrics = parse_metrics(ctx, data.get("metrics"), value_pos(data, "metrics"))
    b = Builder(ctx, metrics, theme_lead)
    slots = {"year": year, "next_year": year + 1, "district": district, "bureau": bureau,
             "issuer": issuer if issuer and issuer != TBD else f"{district}司法局", "leaders": leaders(district),
             "area": _unit(district).area, "we": _unit(district).we, "stem": _unit(district).stem}

    # title: absent/null -> the kind's default; "" or false -> none; a list -> several lines
    tv = data.get("title")
    if tv is None:
        title_lines = [t.format(**slots) for t in sk["title"]]
    elif tv is False or tv == "":
        title_lines = []
    elif isinstance(tv, list):
        title_lines = [b.text(x, item_pos(tv, i), "标题") for i, x in enumerate(tv)]
    else:
        title_lines = [b.text(tv, value_pos(data, "title"), "标题 title")]

    def opt_text(key: str) -> str:
        return b.text(data[key], value_pos(data, key), key) if data.get(key) not in (None, False) else ""

    recipients = opt_text("recipients").rstrip("：:")
    doc_number = opt_text("doc_number")
    cc = string_list(ctx, b, data, "cc", "抄送机关 cc")
    attachments = [a.strip().rstrip("。") for a in string_list(ctx, b, data, "attachments", "附件 attachments")]
    seal = b.bool_value(data, "seal", None) if data.get("seal") is not None else None
    byline = opt_text("byline")
    imprint = opt_text("imprint")

    cover = None
    if data.get("cover") not in (None, False):
        cv = data["cover"]
        cpos = value_pos(data, "cover")
        if cv is True:
            cv = {}
        require_map(ctx, cv, cpos, "cover（印发通知）")
        check_keys(ctx, cv, fields()["cover"], "印发通知 cover")
        rows: list[list[str]] = []
        if cv.get("index"):
            iv = cv["index"]
            ipos = value_pos(cv, "index")
            if isinstance(iv, dict):
                pairs = [(str(k), x.isoformat() if isinstance(x, _dt.date) else
                          text_value(ctx, x, value_pos(iv, k), f"索引号表 {k}")) for k, x in iv.items()]
                head = [p for p in pairs if p[0] == "索引号"]
                rest = [p for p in pairs if p[0] != "索引号"]
                for p in head:
                    rows.append([p[0], p[1]])
                for i in range(0, len(rest), 2):
                    rows.append([c for p in rest[i:i + 2] for c in p])
            elif isinstance(iv, list):
                for i, row in enumerate(iv):
                    if isinstance(row, list):
                        rows.append([text_value(ctx, c, item_pos(iv, i), "索引号表") for c in row])
                    else:
                        rows.append([text_value(ctx, row, item_pos(iv, i), "索引号表")])
            else:
                raise ctx.error("索引号表 index 应该是一组“键: 值”（如 索引号: …）", ipos)
        title_joined = "".join(title_lines) or TBD
        notice = b.text(cv["notice"], value_pos(cv, "notice"), "印发通知 notice") if cv.get("notice") \
            else sk.get("notice", "现将《{title}》印发给你们，请认真学习，并结合实际抓好{next_year}年各项工作。").format(
                title=title_joined, **slots)
        c_recipients = (b.text(cv["recipients"], value_pos(cv, "recipients"), "印发对象") if cv.get("recipients")
                        else recipients).rstrip("：:")
        c_issuer = b.text(cv["issuer"], value_pos(cv, "issuer"), "印发机关") if "issuer" in cv else issuer
        has_head = bool(doc_number or cv.get("issuer_mark") or cv.get("title"))
        issuer_mark = (b.text(cv["issuer_mark"], value_pos(cv, "issuer_mark"), "发文机关标志")
                       if cv.get("issuer_mark") else (f"{c_issuer or slots['issuer']}文件" if has_head else ""))
        notice_title = (b.text(cv["title"], value_pos(cv, "title"), "印发通知的标题") if cv.get("title")
                        else (f"关于印发《{title_joined}》的通知" if has_head else ""))
        cover = Cover(index=rows, recipients=c_recipients, notice=notice, issuer_mark=issuer_mark,
                      doc_number=doc_number, title=notice_title,
                      issuer=c_issuer,
                      date=date_value(ctx, cv["date"], value_pos(cv, "date"), "印发日期") if "date" in cv else date,
                      note=b.text(cv["note"], value_pos(cv, "note"), "附注") if cv.get("note") else "")
        recipients = "" if not cv.get("recipients") and kind == "summary-plan" else recipients
        if cover.recipients == recipients:
            recipients = ""

    from drafter.report.formulas import choose

    def formula(key: str) -> list[str]:
        """Clerk's text; absent/null -> a formula from the phrase bank; "" / false -> none."""
        if key in data and data[key] is not None:
            v = data[key]
            if v is False or v == "" or v == []:
                return []
            return b.paragraphs(v, value_pos(data, key), key)
        f = choose(key, kind, slots)
        return [f] if f else []

    opening = formula("opening")
    transition = "".join(formula("transition"))
    if opening and opening[-1].rstrip().endswith(("：", ":")):
        transition = ""  # the clerk's opening already announces what follows
    closing = formula("closing")

    sections: list[Section] = []
    sv = data.get("sections")
    if sv is not None:
        require_list(ctx, sv, value_pos(data, "sections"), "sections（正文各部分）")
        for i, x in enumerate(sv):
            sections.append(b.section(x, item_pos(sv, i), sk.get("numbered", True)))
    n = 0
    for s in sections:
        if s.heading and s.numbered:
            n += 1
            s.number = n
        _number_groups(s.blocks)

    return Report(path=path, kind=kind, kind_name=known[kind]["name"], district=district, bureau=bureau,
                  issuer=issuer, year=year, next_year=year + 1, date=date, title_lines=title_lines,
                  recipients=recipients, byline=byline, cover=cover, imprint=imprint, opening=opening,
                  transition=transition, sections=sections, closing=closing,
                  signature=bool(issuer or date) and cover is None, metrics=metrics, theme_lead=theme_lead,
                  doc_number=doc_number, cc=cc, attachments=attachments,
                  seal=seal if seal is not None else known[kind].get("seal"))


def string_list(ctx: Ctx, b: "Builder", data, key: str, what: str) -> list[str]:
    """A key that takes one text or a list of texts (cc, attachments)."""
    v = data.get(key)
    if v in (None, False, "", []):
        return []
    pos = value_pos(data, key)
    if isinstance(v, list):
        return [b.text(x, item_pos(v, i), what) for i, x in enumerate(v) if x not in (None, "")]
    if isinstance(v, dict):
        raise ctx.error(f"{what} 应该是一项文字或一个列表，这里是{_type_name(v)}", pos)
    return [t.strip() for t in re.split(r"[，,、；;]", b.text(v, pos, what)) if t.strip()]


def load_report(path: str | Path) -> Report:
    data, text = yamlio.load(path)
    return build_report(data, str(path), text)


def missing_roles(report: Report) -> list[str]:
    """Roles the kind requires (data/kinds/<kind>.toml) that the report has no section for."""
    have = {s.role for s in report.sections}
    return [r for r in all_kinds()[report.kind].get("required", []) if r not in have]
