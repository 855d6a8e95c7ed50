"""The report's facts (district, bureau, issuer, year, date) inferred from a parsed `Document`.

Each value comes with a note saying where it came from; `guessed` marks a value the text does not
state outright, so that the YAML can say 推测 beside it."""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Document
from drafter.extract.config import data
from drafter.text.numerals import from_chinese
from drafter.text.punct import fold

RE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=年)")
RE_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日|\s*日)?$")
RE_CN_DATE = re.compile(r"^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")
RE_IMPRINT = re.compile(r"^(.*?)\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*印发$")


@dataclass
class Fact:
    value: object
    note: str = ""        # 据落款“…” / 推测：…
    guessed: bool = False


@dataclass
class Meta:
    district: Fact
    bureau: Fact
    issuer: Fact
    year: Fact
    date: Fact
    issuer_printed: bool = False   # the report has a 落款 line (else issuer is only a suggestion)
    date_printed: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def guessed(self) -> list[str]:
        return [k for k in ("district", "bureau", "issuer", "year", "date") if getattr(self, k).guessed]


def _suffix_rx() -> str:
    return "|".join(map(re.escape, data()["meta"]["place_suffixes"]))


def _not_places() -> frozenset[str]:
    return frozenset(data()["meta"]["not_places"])


def places(text: str) -> list[str]:
    """Administrative units named in an organ's name, in order: 温州市龙湾区 -> [温州市, 龙湾区].
    Names come from the 民政部 list of divisions (drafter/core/divisions.py); a name not on it
    (a fictional 某某县, a unit renamed since) counts only right before an organ word (…县司法局)."""
    from drafter.core.divisions import divisions
    found = [d.name for _o, d in divisions(text, _not_places())]
    if found:
        return found
    organs = "|".join(map(re.escape, data()["meta"]["organ_words"]))
    m = re.match(rf"^([\u4e00-\u9fff]{{2,8}}?(?:{_suffix_rx()}))(?={organs})", fold(text).strip())
    return [m.group(1)] if m and m.group(1) not in _not_places() else []


def _organ_prefix(text: str) -> str:
    """The part of a name before its organ word: 温州市龙湾区司法局办公室 -> 温州市龙湾区."""
    t = re.sub(r"^\d{4}年(度)?", "", fold(text))
    for w in data()["meta"]["organ_words"]:
        i = t.find(w)
        if i > 0:
            return t[:i]
    return ""


def _district_from_body(doc: Document) -> tuple[str, str] | None:
    """The district, county or city the body is about: a listed division (民政部 list) named
    before an organ word (…区司法局, …县人民政府), else 法治XX with XX区 in the text, else the most
    frequent listed county-level division (then city, then province). Never an arbitrary phrase
    ending in 县/区 (得益于县, 周溪乡在县); township names (街道/镇/乡) are not districts."""
    from drafter.core.divisions import divisions
    text = fold("\n".join(b.text for b in doc.blocks if b.kind in (D.PARAGRAPH, D.HEADING, D.TITLE)))
    not_places = _not_places()
    found = divisions(text, not_places)
    organ = ("司法局", "人民政府")
    for off, d in found:
        if d.level != "province" and text.startswith(organ, off + len(d.name)):
            return d.name, f"据正文“{d.name}{next(o for o in organ if text.startswith(o, off + len(d.name)))}”"
    m = re.search(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2}(?:区|县|旗))司法局", text)
    if m and m.group(1) not in not_places:
        return m.group(1), f"据正文“{m.group(0)}”"
    names = {d.name for _o, d in found}
    # 法治滨江 + 滨江区 somewhere in the text
    for stem, _n in Counter(re.findall(r"法治([\u4e00-\u9fff]{2})(?=[建\u4e00-\u9fff])", text)).most_common():
        for suffix in ("区", "县", "市"):
            if stem + suffix in names:
                return stem + suffix, f"据正文“法治{stem}”“{stem}{suffix}”"
    for level in ("county", "prefecture", "province"):
        counts = Counter(d.name for _o, d in found if d.level == level)
        if counts:
            name, n = counts.most_common(1)[0]
            return name, f"据正文中出现最多的地名“{name}”（{n} 次）"
    return None


def _year_of_date(text: str) -> int | None:
    m = RE_YEAR.search(text)
    return int(m.group(1)) if m else None


def normalise_date(text: str) -> str | None:
    """A date line as the schema takes it (2023年1月13日, 2023年1月 日), or None."""
    t = re.sub(r"\s+", " ", fold(text).strip())
    m = RE_DATE.match(t)
    if m:
        y, mo, d = m.group(1), int(m.group(2)), m.group(3)
        if d is None:
            return f"{y}年{mo}月 日"
        try:
            _dt.date(int(y), mo, int(d))
        except ValueError:
            return None
        return f"{y}年{mo}月{int(d)}日"
    m = RE_CN_DATE.match(t.replace(" ", ""))
    if m:
        y = "".join(str("〇一二三四五六七八九".index(c if c != "零" else "〇")) for c in m.group(1))
        mo, d = from_chinese(m.group(2)), from_chinese(m.group(3))
        try:
            _dt.date(int(y), mo, d)
        except (ValueError, TypeError):
            return None
        return f"{y}年{mo}月{d}日"
    return None


def is_government_report(doc: Document) -> bool:
    """A 政府工作报告: its title (or a title line) says so."""
    word = data()["meta"]["government_report"]
    return any(word in fold(b.text) for b in doc.blocks if b.kind in (D.TITLE, D.SUBTITLE))


def _government_bureau(body_text: str, district: str) -> Fact:
    """How a 政府工作报告 names its author: the government form the body uses most (省政府 …), else
    the one the unit's name implies (上海市 → 市政府)."""
    forms = data()["meta"]["government_forms"]
    counts: Counter = Counter()
    rest = body_text
    for form in sorted(forms, key=len, reverse=True):  # 自治区政府 is not also a 区政府
        counts[form] = rest.count(form)
        rest = rest.replace(form, "\0")
    form, n = max(counts.items(), key=lambda kv: (kv[1], -forms.index(kv[0])))
    if n:
        return Fact(form, f"据正文（“{form}”出现 {n} 次）；政府工作报告由政府而不是司法局发布")
    guess = next((f for f in forms if district.endswith(f[:-2])), "政府")
    return Fact(guess, "推测：政府工作报告由政府发布，按地名推断", guessed=True)


def infer(doc: Document) -> Meta:
    blocks = doc.blocks
    government = is_government_report(doc)
    sig = [b.text for b in blocks if b.kind == D.SIGNATURE]
    cover_issuer = next((b.text for b in blocks if b.kind == D.COVER and b.detail == "issuer"), "")
    cover_date = next((b.text for b in blocks if b.kind == D.COVER and b.detail == "date"), "")
    imprint = next((b.text for b in blocks if b.kind == D.IMPRINT), "")
    title = doc.title
    opening = [b.text for b in blocks if b.kind == D.PARAGRAPH][:3]
    body_text = fold("\n".join(b.text for b in blocks if b.kind in (D.PARAGRAPH, D.HEADING)))

    # --- issuer ----------------------------------------------------------------------------------
    imprint_org, imprint_date = "", ""
    m = RE_IMPRINT.match(fold(imprint)) if imprint else None
    if m:
        imprint_org, imprint_date = m.group(1).strip(), m.group(2)
        for sfx in data()["meta"]["imprint_office_suffixes"]:
            if imprint_org.endswith(sfx) and len(imprint_org) > len(sfx) + 2:
                imprint_org = imprint_org[: -len(sfx)]
                break
    issuer_printed = bool(sig)
    if sig:
        joined = "、".join(sig)
        issuer = Fact("\n".join(sig), f"据文末落款“{joined}”")
    elif cover_issuer:
        issuer = Fact(cover_issuer, f"据印发通知的署名“{cover_issuer}”")
    elif imprint_org:
        issuer = Fact(imprint_org, f"推测：据版记“{imprint}”", guessed=True)
    else:
        issuer = Fact("", "", guessed=True)

    # --- district ----------------------------------------------------------------------------------
    district: Fact | None = None
    for source, where in ((issuer.value, "落款"), (_organ_prefix(title), "标题")):
        ps = places(str(source)) if source else []
        if ps:
            district = Fact(ps[-1], f"推测：据{where}“{source}”", guessed=True)
            break
    if district is None:
        found = _district_from_body(doc)
        if found:
            district = Fact(found[0], f"推测：{found[1]}", guessed=True)
    if district is None:
        district = Fact("某区", "推测失败：原文没有写明区县，请改为本单位所在区县", guessed=True)
    dname = str(district.value)

    # --- bureau: how the body names it -------------------------------------------------------------
    counts = Counter({form: body_text.count(form) for form in data()["meta"]["bureau_forms"]})
    form, n = counts.most_common(1)[0]
    if government:
        bureau = _government_bureau(body_text, dname)
    elif n:
        bureau = Fact(form, f"据正文（“{form}”出现 {n} 次）")
    else:
        from drafter.report.schema import default_bureau
        bureau = Fact(default_bureau(dname), "推测：按区县名称推断", guessed=True)

    if not issuer.value:
        stem = _organ_prefix(title)
        if government:
            issuer = Fact(f"{dname}人民政府", "推测：政府工作报告由本级人民政府发布；原文没有落款", guessed=True)
        elif stem and "司法" in fold(title):
            guess = f"{stem}司法局"
            issuer = Fact(guess, f"推测：据标题“{title}”；原文没有落款", guessed=True)
        else:
            guess = f"{dname}司法局" if not dname.endswith("省") else f"{dname}司法厅"
            issuer = Fact(guess, "推测：按区县名称推断，请改为发文机关全称（如 杭州市滨江区司法局）", guessed=True)

    # --- year ---------------------------------------------------------------------------------------
    year: Fact | None = None
    ty = _year_of_date(fold(title))
    if ty and government:
        year = Fact(ty - 1, f"据标题“{title}”：{ty}年的政府工作报告回顾的是 {ty - 1} 年")
    elif ty:
        year = Fact(ty, f"据标题“{title}”")
    if year is None and government:
        subtitle = next((b.text for b in blocks if b.kind == D.SUBTITLE and RE_YEAR.search(fold(b.text))), "")
        if subtitle:
            sy = int(RE_YEAR.search(fold(subtitle)).group(1))
            year = Fact(sy - 1, f"据“{subtitle}”：政府工作报告回顾的是上一年（{sy - 1} 年）")
    if year is None:
        for pat in data()["meta"]["year_patterns"]:
            for line in opening:
                mm = re.search(pat, fold(line))
                if mm:
                    year = Fact(int(mm.group(1)), f"据开头“{mm.group(0)}”")
                    break
            if year:
                break
    if year is None:
        plans = [b for b in blocks if b.kind == D.HEADING and b.role == "plans" and RE_YEAR.search(b.title)]
        if plans:
            y = int(RE_YEAR.search(plans[0].title).group(1)) - 1
            year = Fact(y, f"推测：据“{plans[0].title}”的上一年", guessed=True)
    if year is None:
        ach = fold("\n".join(b.text for b in blocks if b.kind in (D.PARAGRAPH, D.HEADING)
                             and b.role in ("opening", "achievements")))
        ys = Counter(int(y) for y in RE_YEAR.findall(ach))
        if ys:
            y, n = ys.most_common(1)[0]
            year = Fact(y, f"推测：工作部分最常出现的年份（{n} 次）", guessed=True)
    if year is None:
        d = normalise_date(cover_date or doc.date) or imprint_date
        y = _year_of_date(d) if d else None
        if y:
            year = Fact(y - 1, f"推测：成文日期“{d}”的上一年", guessed=True)
    if year is None:
        y = _dt.date.today().year - 1
        year = Fact(y, "推测失败：原文没有写明年份，暂按去年填写", guessed=True)

    # --- date -----------------------------------------------------------------------------------------
    date_printed = False
    if doc.date and normalise_date(doc.date):
        date = Fact(normalise_date(doc.date), f"据文末日期“{doc.date}”")
        date_printed = True
    elif cover_date and normalise_date(cover_date):
        date = Fact(normalise_date(cover_date), f"据印发通知的日期“{cover_date}”")
    elif imprint_date:
        date = Fact(imprint_date, f"推测：据版记“{imprint}”", guessed=True)
    else:
        date = Fact(None, "原文没有成文日期", guessed=True)
    return Meta(district=district, bureau=bureau, issuer=issuer, year=year, date=date,
                issuer_printed=issuer_printed, date_printed=date_printed)
