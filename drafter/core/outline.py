"""The one outline parser: lines of an official document -> `Document`.

Reads NFKC-folded text (ASCII , ; : ( ) as in the seeds) and proper full-width text alike: every
test runs on `punct.fold(line)`, which has the same length as the line, so markers and titles are
sliced from the text as written."""

from __future__ import annotations

import re

from drafter.core import document as D
from drafter.core.document import Block, Document, Enumeration
from drafter.text.numerals import from_chinese
from drafter.text.punct import fold, is_cjk
from drafter.core.readers import Source
from drafter.core.resources import kinds, role_patterns

CN_NUM = "一二三四五六七八九十百零〇"

# --- headings --------------------------------------------------------------------------------
# Level 1: 一、  (一． and 一. are seen in drafts too)
RE_L1 = re.compile(rf"^([{CN_NUM}]{{1,4}})([、．.])")
# Level 2: （一）  (folded, so "(一)" matches too)
RE_L2 = re.compile(rf"^（([{CN_NUM}]{{1,4}})）")
# Level 3: 1. 1、 1．   not 1.5 / 4.15
RE_L3 = re.compile(r"^([0-9]{1,2})([.．、])(?![0-9０-９])")
# Level 4: （1）
RE_L4 = re.compile(r"^（([0-9]{1,2})）")

# After a 1. or 一、 marker these continuations show an in-sentence number, not a heading:
# 2、3月份…  一、二季度…  1.5万元 (already excluded)  3.%  一、二级
RE_NOT_AFTER_L1 = re.compile(rf"^[{CN_NUM}]+(、|季度|级|类|等|批|线|产)")
RE_NOT_AFTER_L3 = re.compile(r"^([0-9]|[月日号年%％个])")

SENT_END = "。！？"
RE_SENTENCE_END = re.compile(r"[。！？!?]")
RE_ITEM_END = re.compile(r"[。；！？]")

# --- page chrome -----------------------------------------------------------------------------
CHROME_EXACT = {
    "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "】", "【", "分享", "关闭", "关闭窗口",
    "【关闭窗口】", "【打印本页】", "打印本页", "返回顶部", "【返回顶部】", "分享到：", "扫一扫",
    "相关报道", "相关报道：", "相关链接", "相关链接：", "|", "||", "字号：", "大", "中", "小",
    "【大】", "【中】", "【小】", "默认", "【默认】", "首页", ">", "＞", "»", "›", "分享:", "分享：",
    "当前位置:", "当前位置：", "您的位置:", "您的位置：", "【字体：", "【字体:", "字体：", "阅读量：",
    "时间：", "来源：", "发表时间：", "发布时间：", "浏览量：", "阅读量:", "时间:", "来源:",
}
# a value line under a bare 来源：/时间： label, or a time stamp of the web page
RE_STAMP = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2})?)?$"
                      r"|^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[时:：]\d{2}分?$")
RE_PRESS = re.compile(r"^.{2,10}(日报|晚报|新闻网|客户端|融媒体中心|人民政府网|政府网|新华社|人民网)$")
RE_CHROME = [
    re.compile(r"^【?\s*字号[：:]"),
    re.compile(r"^(来源|时间|发布时间|发布日期|发文日期|浏览次数|阅读次数|访问量|点击数|点击量|责任编辑|编辑|"
               r"信息来源|文章来源|作者|审核|校对)[：:].{0,40}$"),
    re.compile(r"^(当前位置|您的位置|你的位置|您现在的位置)[：:]"),
    re.compile(r"^首页\s*[>＞»/]"),
    re.compile(r"^(索引号|组配分类|发布机构|生成日期|公开方式|文号|主题分类|公开时限|信息分类|发文机关|成文日期|"
               r"公开范围|有效性)\s*[|｜：:]"),
    re.compile(r"^[|｜\s]+$"),
    re.compile(r"(本报记者|记者|摄影|通讯员).{0,12}摄$"),
    re.compile(r"^(分享到|扫一扫|微信扫一扫)"),
    re.compile(r"^【(打印|关闭|返回|收藏|纠错)"),
    re.compile(r"点击(图片|此处|这里)?进入"),
    re.compile(r"^.{0,20}作政府工作报告[。.]?$"),
    re.compile(r"^(发表时间|阅读量|浏览量|发布者|字体)[：:]"),
]

# --- top and bottom matter ---------------------------------------------------------------------
RE_DATE = re.compile(rf"^(\d{{4}}年\d{{1,2}}月(\d{{1,2}}日|\s*日)?|[〇零一二三四五六七八九]{{4}}年[{CN_NUM}]{{1,3}}月[{CN_NUM}]{{1,3}}日)$")
RE_IMPRINT = re.compile(r"^.{2,40}\s*\d{4}年\d{1,2}月\d{1,2}日\s*印发$")
RE_NOTICE = re.compile(r"(现将|现把).{0,80}印发给你们|印发给你们，?请")
RE_COVER_NOTE = re.compile(r"^（此件.{1,10}）$")
RE_SUBTITLE = re.compile(r"^(——|—|－－|--|――|―)|^（\d{4}年.{2,60}上）$|^\d{4}年\d{1,2}月\d{1,2}日在.{2,60}(会议|大会|会)上")
RE_ATTACHMENT = re.compile(r"^附\s*件\s*[0-9一二三四五六七八九十]*[：:]?$")
RE_TITLE_WORDS = re.compile(r"(报告|总结|回眸|思路|计划|要点|情况|通知|意见|方案|规划|纪要|讲话|工作|汇报|决定|办法|规定)")
RE_CONTINUATION_START = re.compile(r"^[，。：；、,.:;是的和及与]")
RE_BYLINE = re.compile(r"^(通讯员|记者|作者|撰稿|供稿|文\s*[/／])")
RE_OFFICIAL_BYLINE = re.compile(rf"^.{{0,20}}(省长|市长|主席|区长|县长|州长|局长|代省长|代市长|代主席)[\s\u3000]+"
                                rf"[{chr(0x4e00)}-{chr(0x9fff)}]([\s\u3000]?[{chr(0x4e00)}-{chr(0x9fff)}·]){{1,10}}$")
RE_ISSUER_END = re.compile(r"(局|委|办|院|政府|办公室|委员会|中心|所|厅|部|处|科|队|会|室|站|组)$")

# --- enumerations ------------------------------------------------------------------------------
RE_ENUM = re.compile(rf"(?:^|(?<=[。；！？：，\s“]))([{CN_NUM}]{{1,3}})是(?=[^，。；的否以为非])")


def _ordinal(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return from_chinese(s)


def _sentence_split(rest: str) -> tuple[str, str, bool]:
    """Split a heading's rest at its first sentence end: (title, body, run_in)."""
    for i, ch in enumerate(rest):
        if ch in SENT_END:
            title, body = rest[:i], rest[i + 1:].strip()
            return title.strip(), body, bool(body)
    return rest.strip(), "", False


def match_heading(folded: str) -> tuple[int, str, int] | None:
    """(level, marker length, ordinal) when the folded line starts with a heading marker."""
    m = RE_L2.match(folded)
    if m:
        return 2, m.end(), _ordinal(m.group(1)) or 0
    m = RE_L4.match(folded)
    if m:
        return 4, m.end(), int(m.group(1))
    m = RE_L1.match(folded)
    if m:
        rest = folded[m.end():]
        if m.group(2) in ".．" and rest[:1].isdigit():
            return None
        if RE_NOT_AFTER_L1.match(rest):
            return None
        n = _ordinal(m.group(1))
        return (1, m.end(), n) if n else None
    m = RE_L3.match(folded)
    if m:
        rest = folded[m.end():]
        if RE_NOT_AFTER_L3.match(rest):
            return None
        return 3, m.end(), int(m.group(1))
    return None


def is_chrome(content: str) -> str:
    """The kind of page chrome a line is ("" when it is not chrome)."""
    if content in CHROME_EXACT:
        return "page"
    if len(content) > 100:  # chrome lines are short; the duplicate dump is found elsewhere
        return ""
    folded = fold(content)
    for rx in RE_CHROME:
        if rx.search(folded):
            if "|" in folded or "｜" in folded or folded.startswith(("索引号", "组配分类", "发布机构", "生成日期")):
                return "index-table"
            if folded.endswith("摄"):
                return "caption"
            return "page"
    return ""


def find_enumerations(text: str) -> list[Enumeration]:
    """一是/二是 runs in a paragraph (recorded with their numbering; they are not headings)."""
    folded = fold(text)
    out: list[Enumeration] = []
    for m in RE_ENUM.finditer(folded):
        n = from_chinese(m.group(1))
        if not n:
            continue
        start = m.start(1)
        end = RE_ITEM_END.search(folded, m.end())
        out.append(Enumeration(marker=text[start:m.end()], ordinal=n, offset=start,
                               title=text[m.end():end.start() if end else len(text)]))
    return out


def _standalone_candidate(content: str) -> bool:
    """Short, standalone, not ending with sentence punctuation: could be a title or slogan heading."""
    n = len(content)
    if n < 4 or n > 40:
        return False
    folded = fold(content)
    if folded[-1] in "。；！？：，、…" or folded[-1] in "的和及与在对把将从向为以了着地得之":
        return False
    if "。" in folded or "；" in folded:
        return False
    if not any(is_cjk(c) for c in folded) or "〔待补〕" in folded:
        return False
    if RE_DATE.match(folded) or RE_ENUM.match(folded):
        return False
    return True


def _is_duplicate_dump(folded: str, seen: set[str]) -> bool:
    """A very long line that repeats several earlier lines verbatim, joined by spaces: a web page's
    duplicate of the text (seed 001's last line)."""
    if len(folded) < 400 or " " not in folded:
        return False
    hits = 0
    for chunk in folded.split(" "):
        if len(chunk) >= 20 and chunk in seen:
            hits += 1
            if hits >= 3:
                return True
    return False


def parse(source: Source) -> Document:
    """Parse a source into a `Document` (see the module doc)."""
    lines = source.lines
    blocks: list[Block] = []
    for i, raw in enumerate(lines):
        stripped = raw.strip().replace("\u00a0", " ")
        indent = len(raw) - len(raw.lstrip()) if stripped else 0
        blocks.append(Block(kind=D.BLANK if not stripped else D.PARAGRAPH, line=i + 1,
                            text=stripped, indent=indent))
    content = [b for b in blocks if b.kind != D.BLANK]
    folded = {id(b): fold(b.text) for b in content}

    # 1. page chrome and the web page's duplicate dump
    seen: set[str] = set()
    after_imprint = False
    prev_chrome: Block | None = None
    for b in content:
        f = folded[id(b)]
        if after_imprint:
            b.kind, b.detail = D.CHROME, "after-imprint"
            continue
        kind = is_chrome(b.text)
        if kind:
            b.kind, b.detail = D.CHROME, kind
        elif prev_chrome is not None and prev_chrome.text == b.text:
            b.kind, b.detail = D.CHROME, "duplicate"
        elif _is_duplicate_dump(f, seen):
            b.kind, b.detail = D.CHROME, "duplicate"
        elif RE_IMPRINT.match(f):
            b.kind = D.IMPRINT
            after_imprint = True
        else:
            seen.add(f)
        prev_chrome = b if b.kind == D.CHROME else None

    for k, b in enumerate(content):
        f = folded[id(b)]
        if b.kind == D.CHROME and f in (">", "＞", "»", "›"):
            for nb in (content[k - 1] if k else None, content[k + 1] if k + 1 < len(content) else None):
                if nb is not None and nb.kind == D.PARAGRAPH and len(nb.text) <= 12:
                    nb.kind, nb.detail = D.CHROME, "breadcrumb"
        elif b.kind == D.CHROME and f in ("时间：", "来源：", "发表时间：", "发布时间：") and k + 1 < len(content):
            nb = content[k + 1]
            if nb.kind == D.PARAGRAPH and len(nb.text) <= 30:
                nb.kind, nb.detail = D.CHROME, "page"
        elif b.kind == D.PARAGRAPH and (RE_STAMP.match(f) or (k < 30 and RE_PRESS.match(f))):
            b.kind, b.detail = D.CHROME, "page"
        elif b.kind == D.PARAGRAPH and k and content[k - 1].kind == D.CHROME and content[k - 1].text == b.text:
            b.kind, b.detail = D.CHROME, "duplicate"

    body = [b for b in content if b.kind == D.PARAGRAPH]
    for b in body:
        if RE_ATTACHMENT.match(folded[id(b)]):
            b.kind = D.ATTACHMENT
    body = [b for b in content if b.kind in (D.PARAGRAPH, D.ATTACHMENT)]

    # 2. headings by marker
    for b in body:
        f = folded[id(b)]
        h = match_heading(f)
        if h is None:
            continue
        level, mlen, ordinal = h
        rest = b.text[mlen:]
        title, tail, run_in = _sentence_split(rest)
        if not title:
            continue
        b.kind, b.level, b.marker, b.ordinal = D.HEADING, level, b.text[:mlen], ordinal
        b.title, b.body, b.run_in = title, tail, run_in

    # 3. the 印发 cover (recipients, notice, issuer, date, note) before the title
    first_heading = next((k for k, b in enumerate(body) if b.kind == D.HEADING), len(body))
    notice_idx = next((k for k, b in enumerate(body[:min(first_heading, 12)])
                       if RE_NOTICE.search(folded[id(b)])), None)
    top_start = 0
    if notice_idx is not None:
        k0 = notice_idx
        if k0 > 0 and folded[id(body[k0 - 1])].endswith("："):
            body[k0 - 1].kind, body[k0 - 1].detail = D.COVER, "recipients"
        body[k0].kind, body[k0].detail = D.COVER, "notice"
        k = k0 + 1
        while k < len(body) and k <= k0 + 4:
            f = folded[id(body[k])]
            if RE_DATE.match(f):
                body[k].kind, body[k].detail = D.COVER, "date"
            elif RE_COVER_NOTE.match(f):
                body[k].kind, body[k].detail = D.COVER, "note"
            elif len(f) <= 30 and RE_ISSUER_END.search(f) and "，" not in f:
                body[k].kind, body[k].detail = D.COVER, "issuer"
            else:
                break
            k += 1
        top_start = k

    # 4. top matter: title lines, subtitle, byline, salutation (before the first paragraph/heading)
    hints = source.hints
    k = top_start
    n_title = 0
    seen_subtitle = False
    while k < len(body):
        b = body[k]
        f = folded[id(b)]
        if b.kind != D.PARAGRAPH:
            break
        if n_title and any(t.text == b.text for t in body[top_start:k] if t.kind in (D.TITLE, D.SUBTITLE)):
            b.kind, b.detail = D.CHROME, "duplicate"
        elif hints.get(b.line - 1) == "title" or (n_title < 3 and not seen_subtitle
                                                 and _standalone_candidate(b.text)
                                                 and not RE_BYLINE.match(f) and not RE_OFFICIAL_BYLINE.match(f)
                                                 and not RE_SUBTITLE.match(f)
                                                 and (n_title or _title_like(body, k, folded))):
            b.kind, b.level = D.TITLE, 0
            n_title += 1
        elif RE_SUBTITLE.match(f) and len(f) <= 80:
            b.kind = D.SUBTITLE
            seen_subtitle = True
        elif seen_subtitle and b.kind == D.PARAGRAPH and _standalone_candidate(b.text) and f.endswith("上"):
            b.kind = D.SUBTITLE  # the subtitle wraps: …第十四届人民代表大会 / 第五次会议上
        elif (RE_BYLINE.match(f) or RE_OFFICIAL_BYLINE.match(f)) and len(f) <= 40:
            b.kind = D.BYLINE
        elif f.endswith("：") and len(f) <= 80 and "。" not in f:
            b.kind = D.SALUTATION
            k += 1
            break
        else:
            break
        k += 1

    # 5. signature and date at the end
    tail = [b for b in body if b.kind == D.PARAGRAPH]
    if tail:
        last = tail[-1]
        f = folded[id(last)]
        if RE_DATE.match(f.replace(" ", "")):
            last.kind = D.DATE
            idx = body.index(last)
            j = idx - 1
            sig = 0
            while j >= 0 and sig < 2:
                prev = body[j]
                pf = folded[id(prev)]
                if prev.kind == D.PARAGRAPH and len(pf) <= 30 and "，" not in pf and "。" not in pf \
                        and RE_ISSUER_END.search(pf.replace(" ", "")):
                    prev.kind = D.SIGNATURE
                    sig += 1
                    j -= 1
                else:
                    break

    # 6. un-numbered slogan headings: short standalone lines between paragraphs
    numbered_seen = 0
    for k, b in enumerate(body):
        if b.kind == D.HEADING:
            numbered_seen = max(numbered_seen, 1)
            continue
        if b.kind != D.PARAGRAPH:
            continue
        hint = hints.get(b.line - 1, "")
        if hint.startswith("h") and not match_heading(folded[id(b)]):
            b.kind, b.level, b.title, b.marker = D.HEADING, int(hint[1]), b.text, ""
            continue
        if not _standalone_candidate(b.text):
            continue
        prev = body[k - 1] if k > 0 else None
        if prev is not None and prev.kind == D.ATTACHMENT:
            b.kind, b.level = D.TITLE, 0  # the title of an attached document
            continue
        nxt = body[k + 1] if k + 1 < len(body) else None
        if nxt is None or nxt.kind not in (D.PARAGRAPH,):
            continue
        nf = folded[id(nxt)]
        if RE_CONTINUATION_START.match(nf) or (b.text[-1].isascii() and b.text[-1].isalnum()
                                               and nf[:1].isascii() and nf[:1].isalnum()):
            continue  # a sentence broken over lines: 主要目标 / 是：…, PM / 2.5
        if prev is not None and prev.kind == D.PARAGRAPH and prev.text[-1] not in "。！？”’）)…—":
            continue  # the previous line runs on into this one
        b.kind, b.title, b.marker = D.HEADING, b.text, ""
        b.level = _implied_level(blocks, b)

    # 7. enumerations, roles
    for b in body:
        if b.kind == D.PARAGRAPH:
            b.enums = find_enumerations(b.text)
        elif b.kind == D.HEADING and b.run_in:
            off = len(b.text) - len(b.body)
            b.enums = [Enumeration(e.marker, e.ordinal, e.offset + off, e.title)
                       for e in find_enumerations(b.body)]
    _assign_roles(blocks)
    doc = Document(path=source.path, lines=lines, blocks=blocks, format=source.format)
    doc.kind = guess_kind(doc)
    return doc


def _title_like(body: list[Block], k: int, folded: dict) -> bool:
    """A first standalone line is the title when it reads like one (报告, 总结, 工作 …) or more
    top matter follows it (another title line, a subtitle, byline); else it is a slogan heading."""
    if k + 1 >= len(body):
        return False
    if RE_TITLE_WORDS.search(folded[id(body[k])]):
        return True
    nf = folded[id(body[k + 1])]
    return bool(RE_SUBTITLE.match(nf) or RE_BYLINE.match(nf) or RE_OFFICIAL_BYLINE.match(nf)
                or (_standalone_candidate(body[k + 1].text) and RE_TITLE_WORDS.search(nf)))


def _implied_level(blocks: list[Block], b: Block) -> int:
    """An un-numbered heading takes the level its position implies: one below the last numbered
    heading before it, or 1 when there is none."""
    last_level = 0
    for j in range(b.line - 1):  # by index: a slice would copy the list for every heading (quadratic)
        prev = blocks[j]
        if prev.kind == D.HEADING and prev.marker:
            last_level = prev.level or 0
        elif prev.kind == D.HEADING and not prev.marker:
            return prev.level or 1
    return min(last_level + 1, 4) if last_level else 1


def heading_role(title: str) -> str | None:
    heading, _turns = role_patterns()
    for role, rx in heading:
        if rx.search(title):
            return role
    return None


def _first_sentence(text: str) -> str:
    end = RE_SENTENCE_END.search(text)
    return fold(text[:end.start()] if end else text)


def _assign_roles(blocks: list[Block]) -> None:
    """Section roles: from level-1 heading text (children inherit); un-keyworded level-1 sections
    before any problems/plans section are achievements; paragraphs before the first heading are the
    opening; an unheaded paragraph whose lead announces problems or plans turns the role."""
    _heading, turns = role_patterns()
    heads = [b for b in blocks if b.kind == D.HEADING]
    top = min((b.level for b in heads if b.level), default=1)
    current: str | None = "opening"
    seen_any_heading = False
    late = False  # a problems/plans/duty section has been seen
    for b in blocks:
        if b.kind == D.HEADING:
            seen_any_heading = True
            r = heading_role(b.title)
            if b.level == top:
                if r is None:
                    r = "achievements" if not late else (current if current not in ("opening", None) else "other")
                current = r
                if r in ("problems", "plans", "duty"):
                    late = True
            elif r in ("problems", "plans", "duty") and current not in ("plans", "duty", "problems"):
                current = r  # a sub-heading that turns the report (seldom)
                late = True
            b.role = current
        elif b.kind == D.PARAGRAPH:
            lead = _first_sentence(b.text)
            for role, pats in turns.items():
                if any(p.search(lead) for p in pats) and (seen_any_heading or role == "plans"):
                    if not (role == "plans" and current == "opening" and not seen_any_heading and not heads):
                        if current not in ("problems", "plans") or role == "plans":
                            current = role
                            late = True
                    break
            b.role = current


def guess_kind(doc: Document) -> str:
    """The document form by title and first lines (SPEC §2); annual when nothing says otherwise."""
    return detect_kind(doc) or "annual"


def detect_kind(doc: Document) -> str | None:
    """The document form when the title or first lines name it (None: nothing names it)."""
    lead = [b.text for b in doc.blocks if b.kind in (D.COVER, D.BYLINE, D.SUBTITLE, D.PARAGRAPH)][:3]
    for probe in (fold(doc.title), fold("\n".join(lead))):
        if not probe:
            continue
        for kind, spec in kinds().items():
            if any(re.search(p, probe, re.M) for p in spec["detect"]):
                return kind
    return None


def parse_file(path: str) -> Document:
    from drafter.core.readers import read_source
    return parse(read_source(path))


def parse_text(text: str, path: str | None = None, fmt: str = "txt") -> Document:
    from drafter.core.readers import split_lines
    return parse(Source(path=path or "<text>", lines=split_lines(text), format=fmt))
