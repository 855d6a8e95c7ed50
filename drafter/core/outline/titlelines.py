"""What a line of the top matter is, read on its own or with its neighbours: a title line
(title_line, title_candidate, title_starts), a byline, a dateline wrapped over two lines, a
主送机关, a metadata field or a date stamp of the page (never a title line)."""

from __future__ import annotations

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.headings import NOT_HEADING_HINTS, match_heading, runs_on, standalone_candidate
from drafter.core.outline.shapes import never_structure
from drafter.core.outline.state import ParseState
from drafter.text.punct import fold


def is_byline(st: ParseState, f: str) -> bool:
    return bool(st.v.byline.match(f) or st.v.official_byline.match(f) or st.v.dated_byline.match(f)
                or st.v.unit_byline.match(f))



def salutation_line(st: ParseState, f: str) -> bool:
    """f is a 主送机关 line: short, a body's name ending with a colon, no sentence in it
    (县委全面依法治县委员会办公室:; never a site's empty field, 访问次数:)."""
    v = st.v
    return (f.endswith("：") and len(f) <= v.issuer_max and not any(c in f for c in v.sentence_end)
            and bool(v.issuer_end.search(f[:-1])) and not v.field_line.match(f))



def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"



def stamp_line(st: ParseState, f: str) -> bool:
    """f is the site's line under a headline, no title: a date stamp (2023-02-23 01:42:29, 06-15,
    2021-11-××, 湖北日报/2022 /1 /30 /001) with at most title.stamp_words_max CJK characters besides
    (政府报告, 次遇见, ×次阅读); a news agency's dateline (新华社北京3月17日电); an uploader's name and
    verb (佩珊分享)."""
    v = st.v
    if any(c in f for c in v.sentence_end):
        return False  # (窗口9:00-12:00受理申请。 is a sentence)
    if v.agency_dateline.match(f) or v.uploader_line.match(f):
        return True
    m = v.page_stamp.search(f)
    if m is None:
        return False
    rest = f[:m.start()] + f[m.end():]
    return sum(1 for c in rest if is_cjk(c)) <= v.data["title"]["stamp_words_max"]



def dated_field(st: ParseState, f: str) -> bool:
    """f is an article's header: the page's date (and its time), a space, then a field label and
    its colon (2024年01月25日 来源: 上海金山, 2011-06-18 00:00:00 来源: 本站原创), never a title."""
    parts = f.split()
    if len(parts) < 2 or not (never_structure(parts[0], st.v) == "date" or st.v.date_stamp.fullmatch(parts[0])):
        return False
    i = 1
    while i < len(parts) and st.v.clock.fullmatch(parts[i]):
        i += 1  # 2011-06-18 00:00:00 来源: 本站原创: the time after the date
    return i < len(parts) and bool(st.v.field_line.match(" ".join(parts[i:])))



def repeats(run: list[Block], b: Block, seen_subtitle: bool) -> bool:
    """b shows the title lines so far once more, before any subtitle: a later showing of the title,
    which is the title however many lines the site printed between (the title is its last
    showing before the text)."""
    return bool(run) and not seen_subtitle and b.text in (run[0].text, "".join(t.text for t in run))



def title_starts(st: ParseState, k: int) -> bool:
    """body[k] opens a top matter with a title line (what read_top would make a title)."""
    return (k < len(st.body) and st.body[k].kind == D.PARAGRAPH and st.hint(st.body[k]) not in NOT_HEADING_HINTS
            and title_candidate(st, k, [], False) and title_like(st, k))



def title_candidate(st: ParseState, k: int, run: list[Block], seen_subtitle: bool) -> bool:
    b, v = st.body[k], st.v
    f = st.f(b)
    return (len(run) - issuer_lines(st, run) < v.title_max_lines and not seen_subtitle
            and (title_line(st, b.text) or placeholder_name(st, k) or wrapped_title(st, k)
                 or bool(run) and k > 0 and wrapped_title(st, k - 1))
            and not f.startswith(v.opening_leads) and not runs_on(st, b) and not v.attachment_named.match(f)
            and not v.ordinal_word.match(f)
            and not v.form_field.match(f) and not meta_field_line(st, f)
            and not is_byline(st, f) and not (addressee(st, f) and not _over_about(st, k)) and not v.subtitle.match(f)
            and not wrapped_dateline(st, k) and not dated_field(st, f) and not v.digit_run.search(f)
            and not v.site_joined.search(f) and not v.publisher_line.match(f))



def issuer_lines(st: ParseState, run: list[Block]) -> int:
    """How many of the title lines so far are the issuers' names over its 关于 (中共某县委 / 某县人民政府 /
    关于…的 / 报告): they do not count towards title.max_lines."""
    v = st.v
    n = 0
    while (n < len(run) - 1 and n < v.official["joint_issuers_max"] and v.site_name.match(st.f(run[n]))
           and not v.site_name.match(st.f(run[n])).group(2)):
        n += 1
    return n if n and st.f(run[n]).startswith(v.official["notice_title_lead"]) else 0



def wrapped_title(st: ParseState, k: int) -> bool:
    """body[k] opens a title wrapped after …的 (title.wrap_ends), or after the 和 joining a whole title to
    the next (title.join_leads), and the next source line holds only
    its 文种, letter-spaced or not: 在…动员大会上的 / 讲话, 温州市推行说理性行政处罚文书的 / 指  导  意  见;
    or it is wrapped right before a bare 文种 (_genre_wrapped: …工作年度 / 报告)."""
    body, v = st.body, st.v
    b = body[k]
    f = st.f(b)
    join = next((w for w in v.title_join_leads if f.endswith(w)), "")
    if join and v.whole_title.search(f[:-len(join)]):
        f = f[:-len(join)] + "的"  # (…2025年上半年工作总结和 / 下半年工作安排: wrapped after its 和 as after a 的)
    if _genre_wrapped(st, k):
        return True
    if not f.endswith(v.title_wrap_ends) or not standalone_candidate(b.text[:len(f) - 1], v, v.title_max):
        return False
    if k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH or not st.follows(b, body[k + 1]):
        return False
    genre = "".join(st.f(body[k + 1]).split())
    return (len(genre) <= v.title_max and bool(v.whole_title.fullmatch(genre) or v.whole_title.search(genre))
            and not any(c in genre for c in v.sentence_end + "，：")
            and len(genre) < len(f))



def _genre_wrapped(st: ParseState, k: int) -> bool:
    """body[k], a title line that does not end as a whole title (…政府信息公开工作年度), and the next source
    line holding only a bare 文种 (报告) joined to it ends as one: a title wrapped before its 文种."""
    body, v = st.body, st.v
    f = st.f(body[k]).strip()
    if k + 1 >= len(body) or body[k + 1].kind != D.PARAGRAPH or not st.follows(body[k], body[k + 1]):
        return False
    genre = "".join(st.f(body[k + 1]).split())
    return (bool(v.whole_title.fullmatch(genre)) and len(genre) <= v.standalone_min
            and not v.whole_title.search(f) and bool(v.year_named.search("".join(f.split())))  # (2023 年度 spaced)
            and standalone_candidate(body[k].text, v, v.title_max) and bool(v.whole_title.search(f + genre)))


def placeholder_name(st: ParseState, k: int) -> bool:
    """body[k] holds only a placeholder (X, XX) over a title line: the name it stands for opens the
    title, which a PDF's copy split there (X / 局党组书记在全县司法行政工作会议上的讲话)."""
    body = st.body
    return (bool(st.v.placeholder_only.match(st.f(body[k]))) and k + 1 < len(body)
            and body[k + 1].kind == D.PARAGRAPH and title_line(st, body[k + 1].text))



def title_line(st: ParseState, text: str) -> bool:
    """text could be a title line: a standalone line up to title_max (a notice's title, 关于…的通知, up to
    official.notice_title_max_chars), or an article's headline that
    ends with a word a sentence's line never ends on as a title does (…这场关键会议简报来了)."""
    v = st.v
    if fold(text) in v.section_names:
        return False  # 引言: the text's first section, under the title
    if standalone_candidate(text, v, v.title_max):
        return True
    note = v.title_note.search(fold(text))
    if note and note.start() and v.whole_title.search(fold(text)[:note.start()].rstrip()) and standalone_candidate(
            text[:note.start()], v, v.title_max):
        return True  # a note in brackets after the 文种 may hold commas: …工作总结(覆盖18个村,平均参选率89%)
    if v.notice_title.match(fold(text)) and standalone_candidate(text, v, v.notice_title_max):
        return True  # a notice of joint issuers, their names on its line (成都市发展和改革委员会 中共成都市委… 关于印发…的通知)
    end = next((w for w in v.headline_ends if fold(text).endswith(w)), "")
    return bool(end) and standalone_candidate(text[:-1], v, v.title_max - 1)



def title_like(st: ParseState, k: int) -> bool:
    """A first standalone line is the title when it reads like one (报告, 总结, 工作 …, letter-spaced
    or not), the text opens with it (opens_text) or more top matter follows it (another title line,
    a subtitle, byline); else it is a slogan heading."""
    body, v = st.body, st.v
    if k + 1 >= len(body):
        return False
    if (v.title_words.search(st.f(body[k])) or v.title_words.search(squeezed(st, body[k]))
            or _shown_in_chrome(st, st.f(body[k])) or _over_article_header(st, k)
            or wrapped_title(st, k) or opens_text(st, k)):
        return True
    nf = st.f(body[k + 1])
    return bool(v.subtitle.match(nf) or is_byline(st, nf) or wrapped_dateline(st, k + 1)
                or (standalone_candidate(body[k + 1].text, v) and v.title_words.search(nf)))



def opens_text(st: ParseState, k: int) -> bool:
    """body[k] is the first line of the text (nothing but blank lines and the site's lines found as
    such above it: a draft saved from Word, a page copied from its title down) and opens its top matter: up to title.max_lines (and
    the issuers' lines over a 关于) standalone lines with no sentence in them, then the text —
    running text with a sentence end, a numbered heading, a salutation — or a subtitle, a dateline
    or a byline. Over two lines or more the lines end as a whole title does or name a report word,
    unless a subtitle or byline follows (拼搏赶超 砥砺前行 / 奋力夺取…双胜利 / ——龙湾镇…工作总结)."""
    body, v = st.body, st.v
    first = body[k]
    if any(b.kind not in (D.BLANK, D.CHROME) for b in st.blocks[:first.line - 1]):
        return False  # (the site's lines found above it are no text)
    j, most = k, v.title_max_lines + v.official["joint_issuers_max"]
    while (j < len(body) and j - k < most and not _top_matter_after_title(st, j)
           and (title_line(st, body[j].text) or v.spaced_title.match(st.f(body[j])) or wrapped_title(st, j)
                or j > k and v.whole_title.fullmatch(squeezed(st, body[j])))
           and not any(c in st.f(body[j]) for c in v.sentence_end)):
        j += 1  # (a title's 文种 alone on its last line, spaced or not: 关于…工作的 / 报 告)
    if j == k or j >= len(body):
        return False
    if any(not st.follows(body[i], body[i + 1]) for i in range(k, j - 1)):
        return False  # (lines a blank apart are no title over lines: 开启左侧 / / 中共…规划 / / [复制链接])
    if any(b.kind != D.BLANK for b in st.blocks[body[j - 1].line:body[j].line - 1]):
        return False  # (the site's lines between: 文客久久 / 首页 分类 文库 / …工作总结)
    nf = st.f(body[j])
    if _top_matter_after_title(st, j) or salutation_line(st, nf) or _addressed(st, nf):
        return True  # (a speech's slogan title over two lines, then 尊敬的各位领导:)
    if not (match_heading(nf, v)
            or len(nf) >= v.late_text_min and any(c in nf for c in v.sentence_end)):
        return False
    joined = "".join(squeezed(st, b) for b in body[k:j])
    return j - k == 1 or bool(v.whole_title.search(joined) or v.title_words.search(joined))



def _addressed(st: ParseState, f: str) -> bool:
    """f greets its hearers or readers: a short line ending with a colon, no sentence in it
    (同志们：, 尊敬的各位领导：, 各位代表：)."""
    return f.endswith("：") and len(f) <= st.v.issuer_max and not any(c in f for c in st.v.sentence_end + "，")



def _top_matter_after_title(st: ParseState, j: int) -> bool:
    """body[j] is a subtitle, a dateline or a byline: top matter that follows a title."""
    f = st.f(st.body[j])
    return bool(st.v.subtitle.match(f) or wrapped_dateline(st, j) or is_byline(st, f))



def _over_article_header(st: ParseState, k: int) -> bool:
    """body[k] stands right over the article's header line, which the site prints under a news
    item's headline (发布时间：2025-06-12 来源：县司法局, 日期: 2024-12-05 浏览量:117): the line is
    the item's headline, so its title, whatever its words (…培训班, …推进会召开)."""
    line = body_line = st.body[k].line
    while line < len(st.blocks) and st.blocks[line].kind == D.BLANK and line - body_line < 2:
        line += 1
    nxt = st.blocks[line] if line < len(st.blocks) else None
    return (nxt is not None and nxt.kind == D.CHROME and len(st.f(nxt)) <= st.v.chrome_max
            and bool(st.v.article_header.search(st.f(nxt))))



def _shown_in_chrome(st: ParseState, f: str) -> bool:
    """The page's chrome shows f too (its headline, its 名称/标题 field): the site names the
    document by it, so it is the title, whatever its words (…的思考及建议)."""
    if st.chrome_texts is None:
        st.chrome_texts = set()
        for b in st.blocks:
            if b.kind == D.CHROME:
                t = st.f(b).replace(" ", "").replace("\u3000", "")
                st.chrome_texts.add(t)
                st.chrome_texts.add(t.partition("：")[2])
    return f.replace(" ", "") in st.chrome_texts



def wrapped_dateline(st: ParseState, k: int) -> bool:
    """2025年3月21日在汉滨区第十九届 / 人民代表大会第四次会议上: a dateline over two lines."""
    body, v = st.body, st.v
    return (k + 1 < len(body) and bool(v.wrapped_dateline.match(st.f(body[k])))
            and st.f(body[k + 1]).endswith(v.subtitle_wrap_end) and len(st.f(body[k + 1])) <= v.subtitle_max)



def apart(st: ParseState, a: Block, b: Block) -> bool:
    """Chrome stands between two lines of the body (they are consecutive in the body)."""
    return any(x.kind == D.CHROME for x in st.blocks[a.line:b.line - 1])



def meta_field_line(st: ParseState, f: str) -> bool:
    """f is a metadata field with its colon and value, at its start or after a short name (下载积分：8 金币,
    學識都 人氣:1.52W), or holds two such fields (文档编号：48651646  上传时间：…  格式：DOC), or opens with a
    label's last characters the copy left (称: 政府工作报告…, 号:): never a title line."""
    fields = [m for m in st.v.meta_fields.finditer(f) if f[m.end(1):].lstrip()[:1] in "：:"]
    if fields and (fields[0].start() <= st.v.standalone_min * 2 or len(fields) >= 2):
        return True
    m = st.v.cut_label.match(f)  # a label the copy cut at its start (号: for 索引号, 称: for 名称)
    return m is not None and any(w.endswith(m.group(1)) and w != m.group(1) for w in st.v.data["metadata"]["labels"])



def _over_about(st: ParseState, k: int) -> bool:
    """body[k] stands right over a title line opening with 关于: the issuers' names (省委宣传部、省司法厅 /
    关于开展…规划), not the 主送机关."""
    nxt = st.body[k + 1] if k + 1 < len(st.body) else None
    return (nxt is not None and st.follows(st.body[k], nxt)
            and st.f(nxt).startswith(st.v.official["notice_title_lead"]))



def addressee(st: ParseState, f: str) -> bool:
    """The 主送机关 under the title written without its colon: two bodies' names or more joined by
    、 (镇党委、政府), or by 、 and ， with a group's alias in brackets (各镇人民政府、玉蟾街道办事处，县政府
    相关部门（单位）), within official.recipients_max_chars."""
    v = st.v
    parts = f.replace("，", "、").split("、")
    most = v.issuer_max if "，" not in f else v.official["recipients_max_chars"]
    return len(parts) >= 2 and len(f) <= most and all(
        v.issuer_end.search(p) or "，" in f and v.recipient_item_end.search(p) for p in parts)



def squeezed(st: ParseState, b: Block) -> str:
    """A block's folded text without its spaces (2021 年荣县… and 2021年荣县… alike)."""
    return "".join(st.f(b).split())



def chrome_shows(st: ParseState, text: str, line: int, kinds: tuple[str, ...] = (D.CHROME,),
                 inside: bool = False) -> bool:
    """A chrome line above source line `line` shows text (spaces left out): the page's headline. With
    kinds, a line of one of those kinds; with inside, a line holding text among its words (| 名称 | … |)."""
    return any(x.kind in kinds and (text in squeezed(st, x) if inside else squeezed(st, x) == text)
               for x in st.above(line))


def undecorated(st: ParseState, text: str) -> str:
    """text without the site's words after it, one after another (…工作汇报范本(范文推荐) → …工作汇报)."""
    v = st.v
    while True:
        plain = v.site_suffix.sub("", v.site_mark.sub("", text)).rstrip()
        if plain == text:
            return text
        text = plain
