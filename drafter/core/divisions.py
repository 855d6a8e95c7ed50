"""China's administrative divisions at county level and above (drafter/data/divisions.txt, from the
民政部 list), and township names by their suffix: which place names a text mentions.

`divisions(text)` finds the listed names (温州市, 龙湾区, 涉县 …) in order, longest first, never a
name inside a longer one; a one-character stem (涉县, 和县, 赵县) counts only where it cannot be the
tail of a phrase (县委和县政府): right after another listed name, or before an organ word (司法局,
人民政府 …). `towns(text)` finds 街道/镇/乡 names. An arbitrary phrase ending in 县 (得益于县,
周溪乡在县) is neither."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drafter.core.resources import DATA_DIR

_ORGAN_AFTER = ("司法局", "人民政府", "政府", "委", "人大", "政协", "法院", "检察院", "公安局", "司法所")
_TOWN_SUFFIX = re.compile(r"街道|镇|乡")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    current: bool

    @property
    def county_level(self) -> bool:
        return not self.code.endswith("00")

    @property
    def level(self) -> str:
        """province | prefecture | county."""
        if self.code.endswith("0000"):
            return "province"
        return "prefecture" if self.code.endswith("00") else "county"


@functools.lru_cache(maxsize=1)
def table() -> dict[str, Division]:
    """Name -> Division (a current name wins over a former one of the same spelling)."""
    return {name: Division(code, name, current) for name, (code, current) in _index()["names"].items()}


@functools.lru_cache(maxsize=1)
def max_year() -> str:
    return _index()["max_year"]


@functools.lru_cache(maxsize=1)
def _lengths_by_prefix() -> dict[str, tuple[int, ...]]:
    """First two characters of a name -> the lengths of the names starting with them, longest first."""
    return {k: tuple(v) for k, v in _index()["prefixes"].items()}


@functools.lru_cache(maxsize=1)
def _index() -> dict:
    """The parsed divisions.txt as plain data, kept in the disk cache (drafter.core.datacache)
    keyed by the file and this module: {"names": {name: [code, current]}, "max_year": year,
    "prefixes": {first two characters: [name lengths, longest first]}}."""
    from drafter.core.datacache import files_table
    path = DATA_DIR / "divisions.txt"
    return files_table("extract.divisions", [path], lambda: _parse(path), code_of=__file__)


def _parse(path) -> dict:
    with open(path, encoding="utf-8") as fh:
        rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip() and not ln.startswith("#")]
    latest = max(year for _c, _n, year in rows)
    names: dict[str, list] = {}
    for code, name, year in rows:
        current = year == latest
        if name not in names or (current and not names[name][1]):
            names[name] = [code, current]
    by: dict[str, set[int]] = {}
    for name in names:
        by.setdefault(name[:2], set()).add(len(name))
    return {"names": names, "max_year": latest,
            "prefixes": {k: sorted(v, reverse=True) for k, v in by.items()}}


def divisions(text: str, exclude: frozenset[str] = frozenset()) -> list[tuple[int, Division]]:
    """(offset, Division) of the listed division names in `text`, in order, longest name first at
    each offset (linear: one two-character lookup per offset, then a set lookup per length of
    the names with that prefix)."""
    names, by_prefix = table(), _lengths_by_prefix()
    out: list[tuple[int, Division]] = []
    i, n = 0, len(text)
    while i < n:
        hit = None
        for ln in by_prefix.get(text[i:i + 2], ()):
            if i + ln <= n:
                cand = text[i:i + ln]
                if cand in names and cand not in exclude:
                    hit = cand
                    break
        if hit is None:
            i += 1
            continue
        if len(hit) == 2:
            after_name = bool(out) and out[-1][0] + len(out[-1][1].name) == i
            if not (after_name or text.startswith(_ORGAN_AFTER, i + 2)) or (i and _cjk(text[i - 1]) and not after_name):
                i += 1
                continue
        out.append((i, names[hit]))
        i += len(hit)
    return out


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def towns(text: str) -> list[str]:
    """街道/镇/乡 names (周溪乡, 城关镇, 东湖街道) in `text`: two to four characters before the suffix,
    starting at a boundary (the start, after punctuation or a space, or right after a listed
    division: 某县周溪乡)."""
    ends = {off + len(d.name) for off, d in divisions(text)}
    out = []
    for m in _TOWN_SUFFIX.finditer(text):
        j = m.start()
        for k in range(max(j - 4, 0), j - 1):
            if k == 0 or not _cjk(text[k - 1]) or k in ends:
                name = text[k:m.end()]
                cut = max(name.rfind(c, 0, len(name) - len(m.group(0))) for c in "省市县区旗")
                out.append(name[cut + 1:] if len(name) - cut - 1 >= len(m.group(0)) + 2 else name)
                break
    return out
