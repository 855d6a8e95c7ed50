"""The unit's own wording (data/units.toml): 全县/县委、县政府/我县 for a 县, 全区 for a 区, the place stem
法治安吉 — derived once from the district name and used by the starter, the examples, the default
formulas and the adaptation of phrase-bank suggestions learned from other units' reports."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from drafter.core.resources import load_toml


@dataclass(frozen=True)
class Unit:
    district: str
    level: str                  # 区 | 县 | 市 | 旗 | 州 | "" (unknown)
    stem: str                   # 安吉 (法治安吉); the full name when the stem would be one character
    words: dict[str, str]       # area, we, party, gov, leaders, grade, bureau, …

    def __getattr__(self, name: str) -> str:
        try:
            return self.__dict__["words"][name]
        except KeyError:
            raise AttributeError(name) from None


@functools.cache
def unit(district: str) -> Unit:
    data = load_toml("units.toml")
    district = district.strip()
    level, suffix = "", ""
    for suf, lv in sorted(data["suffix"].items(), key=lambda kv: -len(kv[0])):
        if district.endswith(suf) and len(district) > len(suf):
            level, suffix = lv, suf
            break
    stem = district[: len(district) - len(suffix)] if suffix else district
    if len(stem) < data["stem"]["min_chars"]:
        stem = district
    if level:
        words = {k: v.replace("{L}", level) for k, v in data["words"].items()}
        words.update(data.get("tiers", {}).get(level, data["tiers"]["区"]))
    else:
        words = {"area": "全辖区", "we": "我们", "party": "党委", "gov": "政府", "leaders": "党委、政府",
                 "grade": "本级", "bureau": "司法局", "rule_of_law_office": "依法治理办",
                 **data["tiers"]["县"]}
    return Unit(district=district, level=level, stem=stem, words=words)


PEERS = "区县旗"  # county-level words; 市 and 省 are the 上级 a report legitimately names
_NOT_A_UNIT = "社园景小城开辖片新街校厂矿军战林特发范税验"  # 社区、园区、景区、开发区 … are not the division


@functools.cache
def _peer_pattern(level: str) -> re.Pattern:
    others = "".join(c for c in PEERS if c != level)
    return re.compile(rf"(?<![{_NOT_A_UNIT}])(?:(全|我|本)([{others}])(?!域|内外)|([{others}])(委、|委|政府|级|长))")


def localise(text: str, u: Unit) -> str:
    """Text learned from another unit's reports (a phrase-bank suggestion) in this unit's wording:
    全区 → 全县, 区委、区政府 → 县委、县政府, 区级 → 县级, 街道 → 乡镇 for a 县. 市 and 省 words (the 上级)
    are kept; nothing changes for a unit of unknown level."""
    if not u.level or u.level not in PEERS + "市":
        return text
    level = u.level

    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) + level
        return level + m.group(4)
    out = _peer_pattern(level).sub(sub, text)
    town = load_toml("units.toml")["tiers"]["区"]["town"]   # the district tier (街道) most reports name
    return out.replace(town, u.town) if u.town != town else out
