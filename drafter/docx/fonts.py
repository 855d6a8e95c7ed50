"""Font names for the official .docx (SPEC §5). drafter/data/fonts.toml is their only home: the
presets (which font for title, headings, body, page number, Latin text) and the font-table entries
(PANOSE, signature, altName) Word expects for the 公文 fonts.

The fonts are licensed and not shipped, so the names must match the clerk's machine: `gb2312` (the
classic government set: 仿宋_GB2312, 楷体_GB2312) or `windows` (仿宋, 楷体)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from drafter.core.errors import InputError


def _data() -> dict:
    from drafter.core.resources import load_toml

    return load_toml("fonts.toml")


@dataclass(frozen=True)
class FontConfig:
    title: str
    heading1: str
    heading2: str
    body: str
    page_number: str
    latin: str

    @classmethod
    def preset(cls, name: str | None = None) -> "FontConfig":
        """A named preset from fonts.toml (default: the file's `default`)."""
        data = _data()
        name = name or data.get("default", "gb2312")
        presets = data.get("presets", {})
        if name not in presets:
            raise InputError(f"没有这种字体方案：{name}（可选：{'、'.join(presets)}）")
        spec = presets[name]
        return cls(**{f.name: spec[f.name] for f in fields(cls)})

    def east_asian(self) -> list[str]:
        """The distinct East Asian font names in use, in a stable order."""
        seen: list[str] = []
        for name in (self.title, self.heading1, self.heading2, self.body, self.page_number):
            if name not in seen:
                seen.append(name)
        return seen


def font_table_entry(name: str) -> dict:
    """fontTable facts of one font (fonts.toml [table.NAME]); {} for a font not listed."""
    return dict(_data().get("table", {}).get(name, {}))


def preset_names() -> list[str]:
    return list(_data().get("presets", {}))


def fonts_option():
    """The `--fonts gb2312|windows` click option shared by `format` and `build`; the value is a
    preset name: pass `FontConfig.preset(value)` to the writer."""
    import click

    names = preset_names()
    default = _data().get("default", names[0])
    return click.option("--fonts", "fonts", type=click.Choice(names), default=default,
                        help=f"字体方案（默认 {default}）：gb2312 用仿宋_GB2312、楷体_GB2312；"
                             "windows 用 Windows 自带的仿宋、楷体（电脑上没有 GB2312 字库时选它）")
