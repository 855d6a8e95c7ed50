"""Headings: numbered ones by their marker (一、 （一） 1. （1）), run-in ones split from their
paragraph, and un-numbered slogan headings by their position (SPEC §3 `outline`)."""

from __future__ import annotations

from typing import Iterator

from drafter.core import document as D
from drafter.core.document import Block
from drafter.core.outline.state import ParseState
from drafter.core.outline.vocab import Vocab, vocab
from drafter.text.numerals import from_chinese
from drafter.text.punct import fold, is_cjk

# reader hints of lines that are never headings or titles (a Markdown bullet, a table row)
NOT_HEADING_HINTS = ("list", "table-row", "table-cell")  # (table-cell: cells.flat_tables)
# the detail of a paragraph line that a document site's chunk counter opens (…按可比价 / 2、计算增长…)
CHUNK_CONTINUED = "chunk-continued"
# the detail of the line that holds the words of a heading whose marker stands alone above it (一、 / 总体情况)
HEADING_WORDS = "heading-words"
# the detail of an un-numbered heading's first line when it is set on two lines as a pair of phrases
PAIR_FIRST = "pair-first"


def _ordinal(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return from_chinese(s)


def match_heading(folded: str, v: Vocab | None = None) -> tuple[int, int, int] | None:
    """(level, marker length, ordinal) when the folded line starts with a heading marker."""
    v = v or vocab()
    enclosed = v.enclosed_markers.get(folded[:1])
    if enclosed and len(folded) > 1:
        return enclosed[0], 1, enclosed[1]  # ㈠, ⒈, ⑴: the marker in one character
    m = v.level2.match(folded)
    if m:
        return 2, m.end(), 1 if m.group(3) else _ordinal(m.group(1) or m.group(2)) or 0
    m = v.level4.match(folded)
    if m:
        return 4, m.end(), int(m.group(1))
    m = v.level1.match(folded)
    if m:
        rest = folded[m.end():]
        if m.group(2) in ".．" and rest[:1].isdigit():
            return None
        n = _ordinal(m.group(1))
        after = v.not_after_level1.match(rest)
        if after and _ordinal(rest[:after.start(1)]) != n and (
                after.group(1) in v.not_after_level1_any or n is None or _ordinal(rest[:after.start(1)]) == n + 1):
            return None  # 一、二级 / 一、二季度 / 一、三季度; 一、三级联动 is a heading (三 does not follow 一),
            #              and so is 一、一季度工作总结 (the same figure twice is no range)
        return (1, m.end(), n) if n else None
    m = v.level1_spaced.match(folded)
    if m and _ordinal(m.group(1)):
        return 1, len(m.group(1)), _ordinal(m.group(1))  # 一 调研背景: the 、 set as a space (the marker as written)
    m = v.level3.match(folded)
    if m:
        rest = folded[m.end():]
        if v.not_after_level3.match(rest) and not (m.group().endswith("、") and (v.year_lead_loose.match(rest)
                                                                               or v.month_range.match(rest))
                                                  or m.group().endswith((".", "．")) and v.year_lead.match(rest)):
            return None  # (1、2023年度…: a year opens the heading; so does a range of months, 2、1-11月…)
        return 3, m.end(), int(m.group(1))
    return None


def split_run_in(rest: str, folded_rest: str, v: Vocab, task: bool = False) -> tuple[str, str, bool]:
    """Split a heading's text after its marker into (title, body, run_in).

    The title ends at the first sentence end (。！？); or, when text follows, at the first ：
    before it (（一）普法宣传：全年开展……) unless the heading sums its part up after it (_summing_up); or at the first ， after which the text is plainly body
    text (_body_comma: （二）人民调解，全年…… / 一是… / a clause with its figures) — every other comma
    is inside the heading phrase (（一）高位统筹谋划，夯实法治政府建设制度根基。 is one heading). A
    heading whose sentence runs on past heading_max before its 。 — or past the end of a line the
    page cut off with …… — is a paragraph with its heading run in: its title is its short parallel
    clauses up to a body comma, else its first clause up to the first comma when that clause is a
    short heading phrase (at most heading_cut_max; any first clause of a line the page cut off) — after
    a longer clause the item is one sentence, whole to its 。 (nor when that clause is a
    date, 2024年11月份, which opens a sentence, not a heading; nor when the body's
    clause opens earlier without a mark, _body_opens, or the sentence is a list of parallel measures,
    _parallel_measures, or the clause holds a measure with its
    figure, 实现城镇新增就业18万人以上，…, or the line names who leads it, …（牵头单位：教育厅）:
    an item of a list of measures stays whole; so does an item of a list of tasks, task, whose
    siblings name who leads them). A line the page cut off with …… before any mark that could end
    its heading phrase (（二）加强考……) is the heading as shown, the cut mark with it. A heading
    alone on its line drops a trailing ：or ；."""
    task = task or _names_leader(folded_rest, v)
    end = len(folded_rest)
    for i, ch in enumerate(folded_rest):
        if ch in v.sentence_end:
            end = i
            break
    # a paragraph the page cut short before its first sentence ended: it ran on (after a 。 the
    # heading's sentence is whole however the page cut the paragraph)
    listed = _list_opens(folded_rest, v, end) or _glued_body(folded_rest, v, end) or _space_cut(folded_rest, v)
    if listed:  # 主要问题一是法治意识淡薄。/ 时间安排11月30日…: the heading stops where its body starts
        return rest[:listed].strip(), rest[listed:].strip(), True
    cut_off = folded_rest.rstrip().endswith(v.cut_off_end) and end == len(folded_rest)
    if cut_off:
        end = len(folded_rest.rstrip().rstrip(v.cut_off_end))
    cut = end
    colon = outside_brackets(folded_rest, v.runin_colon, end)
    if (colon > 0 and folded_rest[colon + 1:].strip() and not _summing_up(folded_rest, colon, end, v)
            and not _labelled_name(folded_rest, colon, end, v)
            and not v.time_phrase.fullmatch(folded_rest[:colon].strip())):  # (2022年:迎难而上、喜结硕果: no year is a heading)
        cut = colon
    else:
        comma = _body_comma(folded_rest, v, end, task)
        if comma >= 2 and _opens_sentence(folded_rest[:comma], v):
            comma = -1  # (1、201*年度，我镇…; 现我镇共有…个，其中…): no heading phrase ends at its comma
        if comma >= 2 and (end <= v.heading_max
                           or _short_clauses(folded_rest[:comma], v) and not _measure(folded_rest[:comma], v)):
            cut = comma  # (in a sentence too long for a heading, only short parallel clauses are one, and
            #              none stating a measure with its figure: 1、完成人工造林27亩,其中长防林3亩,…: whole)
    if (cut > v.heading_max and cut == end and not cut_off and end < len(folded_rest)
            and _parallel_measures(folded_rest[:end], v)):
        pass  # a list of parallel measures in one sentence (深入推进…，完善…，探索…。): whole to its 。
    elif cut > v.heading_max or (cut_off and cut == end):
        comma = outside_brackets(folded_rest, v.runin_comma, cut)
        if comma >= 2 and _opens_sentence(folded_rest[:comma], v):
            comma = -1  # (3、2024年11月份，我市…; 现有普法讲师团一支，…): no heading phrase ends at its comma
        if 2 <= comma <= v.heading_cut_max and not _measure(folded_rest[:comma], v):
            cut = comma
        else:
            opened = _body_opens(folded_rest, v, cut)
            if (opened == cut and (end < len(folded_rest) or cut_off)
                    and 2 <= comma <= (v.heading_max if cut_off else v.heading_cut_max)
                    and not v.measure.search(folded_rest[:comma])
                    and not task):
                opened = comma  # a paragraph run on from its heading: the heading is its first clause
            cut = opened
    if cut_off and cut == end and end <= v.heading_max:
        return rest.strip(), "", False  # the page cut the heading's own phrase: the line as shown (加强考……)
    title = rest[:cut].strip()
    while title and fold(title[-1]) in v.heading_trail:
        title = title[:-1].rstrip()  # a heading alone on its line, without its trailing ：or ；
    if cut < len(rest) and folded_rest[cut] not in v.sentence_end + v.runin_colon + v.runin_comma:
        return title, rest[cut:].strip(), True  # cut where the body's clause opens: no mark to drop
    body = rest[cut + 1:].strip() if cut < len(rest) else ""
    return title, body, bool(body)


def _space_cut(folded_rest: str, v: Vocab) -> int:
    """Where the body starts after a space that ends a short heading phrase (一、高度重视、全面部署 接到通知后,…):
    the phrase standalone_min to heading_cut_max characters of CJK text (、 allowed), the rest after the
    space a sentence of more than half of heading_max characters; 0 when there is none (强化政治引领 夯实
    法治根基 is one heading: nothing long follows its space), or when a short phrase after the space ends
    with the sentence's 。 (高度重视 迅速行动。接到…: the heading's second phrase), or a figure follows the space."""
    lead = len(folded_rest) - len(folded_rest.lstrip())
    i = folded_rest.replace("\u3000", " ").find(" ", lead)  # (a full-width space too)
    if i < 0 or not v.standalone_min <= i - lead <= v.heading_max // 2:
        return 0
    phrase = folded_rest[lead:i]
    if not all(is_cjk(c) or c == "、" for c in phrase.replace(v.runin_comma, "", 1)):
        return 0
    if v.runin_comma in phrase:  # (two phrases: 加强宣传活动,努力营造红十字事业发展氛围 社会事业局坚持…)
        first, second = phrase.split(v.runin_comma)  # (the second opens as a heading's clause does: 努力营造…,
        if (len(first) < v.standalone_min or len(second) < v.standalone_min  # not 在县委领导和 / 指导下…)
                or not (second.startswith(v.parallel_verbs + v.body_openers)
                        or len(first) <= v.data["sentences"]["pair_first_max"] and second[-1] not in v.bad_last)):
            return 0  # (or a short phrase and its gloss: 强基固本,忠诚教育筑基石 学校将…)
    elif i - lead > v.heading_cut_max:
        return 0
    body = folded_rest[i:].strip()
    if len(body) <= v.heading_max // 2 or not any(c in body for c in v.sentence_end + v.runin_comma):
        return 0
    digits = len(body) - len(body.lstrip("0123456789"))
    if digits and body[digits:digits + 1] not in ("年", "月"):
        return 0  # a PDF's space before a figure, inside the sentence (日降雨量 50毫米以上…; not a date: 2017年5月…)
    end = min((body.find(c) for c in v.sentence_end if c in body), default=-1)
    if 0 < end <= v.heading_cut_max and all(is_cjk(c) or c == "、" for c in body[:end]) and not v.enum.match(body):
        return 0  # the space parts two phrases of one heading, ended by its 。 (高度重视 迅速行动。接到…)
    return i


def _list_opens(folded_rest: str, v: Vocab, end: int) -> int:
    """Where a 一是 list opens inside the heading's first sentence with no mark before it
    (主要问题一是法治意识淡薄): a person reads the phrase before it as the heading, since 一是 is
    never part of a heading; 0 when there is none, or a mark (，：) comes first."""
    m = v.list_start.search(folded_rest, 0, end)
    if m is None or m.start() < v.standalone_min:
        return 0
    head = folded_rest[:m.start()]
    if any(c in head for c in v.runin_colon + v.runin_comma) or not all(is_cjk(c) for c in head.strip()):
        return 0
    return m.start()


def _glued_body(folded_rest: str, v: Vocab, end: int) -> int:
    """Where the body begins right after the heading phrase with no mark between (a copy that lost
    its line break: 时间安排11月30日…, 活动主题深入学习…, 宪法学习宣传主题活动根据党中央…): within
    heading_cut_max characters of plain CJK text, a date (11月30日) or an opening paragraph's first
    words (根据, 按照, 结合) after a phrase of standalone_min characters or more, or a figure or a
    body opener after one of the section names plans use (section_nouns); 0 when there is none."""
    lead = len(folded_rest) - len(folded_rest.lstrip())
    noun = next((n for n in v.section_nouns if folded_rest.startswith(n, lead)), "")
    if noun:
        i = lead + len(noun)
        if i < end and (folded_rest[i].isdigit()
                        or folded_rest.startswith(v.body_openers + v.opening_leads + v.section_leads, i)):
            return i
    m = v.glued_first_item.search(folded_rest, lead + v.standalone_min, min(lead + v.heading_max, end))
    if m and all(is_cjk(c) for c in folded_rest[lead:m.start()]):
        return m.start()  # 主要任务和具体措施（一）全面推行…: the first heading of the next level glued on
    start = lead  # the clause being read: a heading's short parallel clauses (健全机制，确保…加强为了…)
    for i in range(lead + 1, min(lead + v.heading_max, end) + 1):
        if i >= len(folded_rest):
            return 0
        if folded_rest[i - 1] == v.runin_comma and i - 1 - start >= v.standalone_min:
            start = i  # the next clause of the heading phrase
            continue
        if not is_cjk(folded_rest[i - 1]) or i - start > v.heading_max // 2:
            return 0  # a mark, a figure or a space before, or a clause too long: no glued phrase
        if i - start > v.heading_cut_max:  # (a longer phrase: only the body's time opener ends it)
            if start == lead and (v.glued_month.match(folded_rest, i)
                                  or folded_rest.startswith(v.glued_time_leads, i)):
                return i
            continue
        if i - start >= v.standalone_min and (v.glued_date.match(folded_rest, i)
                                             or folded_rest.startswith(v.opening_leads, i)
                                             and folded_rest[i - 1:i + 1] not in v.wei_words):
            return i  # (not 行为全面规范: 为 ends the word 行为 there, no 为全面… opens the body)
    return 0


def _summing_up(folded_rest: str, colon: int, end: int, v: Vocab) -> bool:
    """A work report's part heading that sums the part up after its colon, a whole line with no
    sentence end (回顾2023年：我们坚持实干兴区、承压奋进，交出一份…合格答卷): the clause after the colon
    opens with the report's 我们 and is the heading's, not body text (the heading is the whole line); so
    is the answer to a speech's question (去年环保工作怎么看：成效较为明显，问题不容忽视)."""
    return (end == len(folded_rest) and end <= v.heading_max
            and (folded_rest[colon + 1:].lstrip().startswith(v.summary_subject)
                 or folded_rest[:colon].rstrip().endswith(v.question_ends)))


def _labelled_name(folded_rest: str, colon: int, end: int, v: Vocab) -> bool:
    """A short whole line whose colon follows a counted label, not a heading phrase (案例一：法律进校园,
    亮点二：…), or a whole heading line whose colon follows a keyword label (“快”字为先：…, 一个认识：…):
    the label and the name after it are one heading, as a person reads a case's caption."""
    label = folded_rest[:colon].strip()
    return end == len(folded_rest.rstrip()) and (
        end <= v.heading_cut_max * 2 and bool(v.counted_label.match(label))
        or end <= v.heading_max and bool(v.keyword_label.match(label)))


def _names_leader(folded: str, v: Vocab) -> bool:
    """The line names who leads its task: …（牵头单位：卫健委）, …（责任单位：市法宣办）."""
    return any("（" + w in folded for w in v.task_notes)


def _body_comma(folded_rest: str, v: Vocab, end: int, task: bool = False) -> int:
    """The first comma before end (outside brackets) after which the text is plainly body text: the
    clause it opens holds a figure (全年调处纠纷1860件), or opens with a body lead (全年, 今年以来,
    截至 …), with examples (包括…, 如…) or an enumeration (一是…); -1 when every clause reads as part of the heading phrase
    (高位统筹谋划，夯实法治政府建设制度根基: the commas of a parallel heading stay)."""
    # an item of a list of measures or tasks has figures in its heading phrase too, or names who
    # leads it (实现城镇新增就业18万人以上，发布就业岗位50万个以上（牵头单位：人社厅）): its figures are no sign
    figures = not task
    clause_start = 0
    for i in _unbracketed(folded_rest, v.runin_comma, end):
        figures = figures and not _measure(folded_rest[clause_start:i], v)
        if _body_clause(folded_rest, i + 1, end, v, figures):
            return i
        clause_start = i + 1
    return -1


def _opens_sentence(clause: str, v: Vocab) -> bool:
    """clause, a run-in line's first clause, opens a sentence, no heading phrase: it is only a date or a
    span of time (2024年11月份, 201*年度, 今年以来), or it states what there is and counts it
    (现我镇共有人民调解委员会12个, 现有普法讲师团一支)."""
    if v.time_phrase.match(clause.strip()):
        return True
    return any(w in clause for w in v.statement_words) and clause.rstrip()[-1:] in v.statement_counters


def _parallel_measures(sentence: str, v: Vocab) -> bool:
    """sentence is a list of parallel measures: at least parallel_min clauses (split by commas outside
    brackets), each at most parallel_clause_max_chars long and opening with one of parallel_verbs
    (加强…，规范…，增强…), no measure with its figure among them."""
    s = v.data["sentences"]
    cuts = [-1, *_unbracketed(sentence, v.runin_comma, len(sentence)), len(sentence)]
    clauses = [sentence[a + 1:b].strip() for a, b in zip(cuts, cuts[1:])]
    return (len(clauses) >= s["parallel_min"] and not _measure(sentence, v)
            and all(len(c) <= s["parallel_clause_max_chars"] and c.startswith(v.parallel_verbs) for c in clauses))


def _short_clauses(phrase: str, v: Vocab) -> bool:
    """Every clause of phrase is short enough for a heading's clause (强化政治引领，筑牢党建根基)."""
    return all(len(c) <= v.heading_cut_max for c in phrase.split(v.runin_comma))


def _measure(text: str, v: Vocab) -> bool:
    """text holds a figure with its unit, outside quotes (“1269”行动计划 is a name)."""
    return bool(v.measure.search(v.quoted.sub("", text)))


def _body_clause(folded: str, start: int, end: int, v: Vocab, figures: bool) -> bool:
    """The clause of folded from start (to the next comma or end) is plainly body text."""
    stop = folded.find(v.runin_comma, start, end)
    clause = folded[start:stop if stop >= 0 else end].lstrip()
    examples = clause.startswith(v.example_lead) and not clause.startswith(v.example_not)  # ，如微信公众号、短视频等
    return bool(clause.startswith(v.body_leads) or examples or v.enum.match(clause) or (figures and _measure(clause, v)))


def _body_opens(folded_rest: str, v: Vocab, cut: int) -> int:
    """Where the body's first clause opens in a heading run into it without a mark (走深走实坚持学习……):
    the first body opener after the heading's phrase (standalone_min to heading_cut_max characters
    in, no figure or mark before it, nor a verb it makes one word with: 贯彻落实); else cut unchanged."""
    start = len(folded_rest) - len(folded_rest.lstrip())
    lo, hi = start + v.standalone_min, start + v.heading_cut_max
    for i in range(lo, min(hi, cut) + 1):
        if folded_rest.startswith(v.body_openers, i) and not folded_rest[start:i].endswith(v.body_opener_compounds):
            phrase = folded_rest[start:i]
            if all(is_cjk(c) for c in phrase):
                return i
            return cut
    return cut


def outside_brackets(folded: str, ch: str, end: int) -> int:
    """Index of the first ch before end that is not inside （）“”《》〔〕【】［］ (-1: none)."""
    return next(_unbracketed(folded, ch, end), -1)


def _unbracketed(folded: str, ch: str, end: int) -> Iterator[int]:
    """The indices of ch before end that are not inside （）“”《》〔〕【】［］, in order (一、夕阳关爱行动〔责任单位:县民政局〕
    is one heading: the colon is the bracket's)."""
    depth = 0
    for i in range(end):
        c = folded[i]
        if c in "（“《‘〔【［":
            depth += 1
        elif c in "）”》’〕】］":
            depth = max(depth - 1, 0)
        elif c == ch and depth == 0:
            yield i


def numbered_headings(st: ParseState) -> None:
    """Headings by marker; a run-in heading's title and body are split (split_run_in). A chapter
    heading (第一章  总  则) is level 1, and under chapters a 一、 item that is a whole sentence is an
    article, named by its sentence (_article); a document site's chunk counters are none either (_Chunks); the items of a
    level that lists tasks (_task_levels) stay whole as a task's item does.
    Reads body, folded, hints. Sets kind HEADING, level, marker, ordinal, title, body, run_in;
    CHROME ("chunk") for the first chunk's counter (then drops it from body), detail CHUNK_CONTINUED."""
    v = st.v
    bare = 0  # the ordinal of the last heading numbered with a bare number (1抗疫防汛共克时艰。…)
    dotted = 0  # the ordinal of the last level-3 heading numbered N. (its next sibling may read as a decimal)
    chapter = 0  # the ordinal of the last level-1 heading numbered 一、 (its sections may be numbered N.1)
    chunks = _Chunks(st)
    chapters = False  # the text is divided into chapters (第一章  总  则)
    tasks = _task_levels(st)
    masked = _masked_items(st)
    prev: Block | None = None
    for k, b in enumerate(st.body):
        before, prev = prev, b
        if st.hint(b) in NOT_HEADING_HINTS:
            continue
        f = st.f(b)
        if chunks.counter(b, before):
            continue
        if _chapter(st, b):
            chapters = True
            chunks.close(b)
            continue
        if _part(st, b):
            chunks.close(b)
            continue
        h = match_heading(f, v)
        if h is not None:
            chunks.close(b, h)
        if h is None:
            h = _decimal_item(f, dotted)
        if h is None:
            h = _section_decimal(f, v, chapter)
        if h is None and b.line in masked:
            h = 3, masked[b.line], 0
        if h is None:
            h = _bare_heading(f, v, bare)
            if h is None:
                continue
            bare = h[2]
        level, mlen, ordinal = h
        if level >= 2 and ordinal == 1 and _inline_list(f[mlen:], level):
            continue  # (1)党政办负责…;(2)党群工作办公室负责…;(3)…: a list run in one paragraph, no heading
        if level == 3 and _joined_chunk(f[mlen:], v):
            continue  # (a doc site numbers its chunks 1、2、…; 一、高度重视、全面部署 接到通知后,… is a heading)
        if chapters and level == 1 and f.rstrip()[-1:] in v.sentence_end:
            title, tail, run_in = _article(b.text[mlen:], f[mlen:], v)
            b.detail = "article"  # (a sentence, numbered as the rules number it: lint does not read it as a heading's name)
        else:
            title, tail, run_in = split_run_in(b.text[mlen:], f[mlen:], v, level in tasks)
        if not title and not f[mlen:].strip() and level <= 2 and k + 1 < len(st.body):
            title = _words_under(st, st.body[k + 1])  # (一、 / 总体情况: the marker alone, its words on the next line)
        if not title and (level > 2 or f[mlen:].strip()):
            continue  # a bare 一、 or （一） is a heading whose text was lost; a bare 1. is not
        if f[mlen:].strip() and not f[mlen:].replace(v.cut_off_end, "").strip(" .．。"):
            continue  # only the page's cut mark after the marker (3.……): the page cut it off before its text
        b.kind, b.level, b.marker, b.ordinal = D.HEADING, level, b.text[:mlen], ordinal
        b.title, b.body, b.run_in = title, tail, run_in
        if level == 3:
            dotted = ordinal if f[mlen - 1:mlen] == "." else 0
        if level == 1:
            chapter = ordinal if v.level1.match(f) and not f[:1].isdigit() else 0
    if chunks.seen:
        st.body = [b for b in st.body if b.kind != D.CHROME]
    _whole_over_items(st)
    _phrase_pairs(st)


def _words_under(st: ParseState, nxt: Block) -> str:
    """The words of a heading whose marker stands alone on its line (一、 / 总体情况): the short line
    under it, no marker and no sentence of its own; that line is marked HEADING_WORDS, no heading of
    its own. "" when the line under is no such line (the heading's text lost)."""
    f = st.f(nxt)
    if (nxt.kind != D.PARAGRAPH or st.hint(nxt) in NOT_HEADING_HINTS or match_heading(f, st.v) is not None
            or not standalone_candidate(nxt.text, st.v)):
        return ""
    nxt.detail = HEADING_WORDS
    return nxt.text


def _phrase_pairs(st: ParseState) -> None:
    """Sibling headings each alone on its line as two phrases about a colon ((一)干部队伍建设:夯实管理核心 /
    (二)师资队伍建设:激活育人动能 / (三)安全管理:筑牢防护底线): the colon joins a heading's two halves, no
    body runs on after it, so each is whole — when at least two siblings (same level, same parent) are
    so and none of them runs a body on after its colon ((二)群众性:乡镇居民素质参差不齐 among (一)多元化:乡镇矛盾
    纠纷的类型和数量多种多样,需要…: the list's items are run in)."""
    v = st.v
    groups: dict[tuple[int, int], list[Block]] = {}
    parents: dict[int, int] = {}  # level -> the line of the last heading of that level
    for b in st.body:
        if b.kind != D.HEADING or not b.level:
            continue
        parent = max((line for lv, line in parents.items() if lv < b.level), default=0)
        groups.setdefault((b.level, parent), []).append(b)
        parents = {lv: line for lv, line in parents.items() if lv < b.level}
        parents[b.level] = b.line
    for group in groups.values():
        colons = [b for b in group if v.runin_colon in fold(b.text[len(b.marker):])]
        pairs = [b for b in colons if _phrase_pair(b, v)]
        # (or the only such heading, its half after the colon two phrases itself: 民生服务提质行动:精准对接需求,织密幸福保障网)
        lone = len(colons) == 1 and (_phrase_pair(colons[0], v, clauses=2) or _pair_over_phrase(colons[0], v))
        if lone or len(pairs) >= 2 and len(pairs) == len(colons):
            for b in colons if lone else pairs:
                b.title, b.body, b.run_in = b.text[len(b.marker):].strip(), "", False


def _phrase_pair(b: Block, v: Vocab, clauses: int = 1) -> bool:
    """b, cut at its colon, has only a short heading phrase after it, no mark in it but quotes (干部队伍建设:夯实管理核心,
    回望攻坚路:以“钉钉子精神”啃下硬骨头,…); with clauses=2, exactly two such phrases joined by a comma
    (精准对接需求,织密幸福保障网)."""
    body = fold(b.body).strip()
    parts = [p.translate(_QUOTES) for p in body.split(v.runin_comma)]
    return (b.run_in and fold(b.text[len(b.marker):]).strip().startswith(fold(b.title) + v.runin_colon)
            and len(parts) == clauses
            and all(2 <= len(p) <= v.heading_cut_max and all(is_cjk(c) for c in p) for p in parts))


def _pair_over_phrase(b: Block, v: Vocab) -> bool:
    """b, cut at its colon, is two short phrases joined by a comma before it and one phrase after it, no
    mark in it (回顾总结,砥砺奋进:2025年XX妇女事业在实干中彰显新作为): a slogan heading alone on its line."""
    head = [p.translate(_QUOTES) for p in fold(b.title).split(v.runin_comma)]
    tail = fold(b.body).strip().translate(_QUOTES)
    return (b.run_in and fold(b.text[len(b.marker):]).strip().startswith(fold(b.title) + v.runin_colon)
            and len(head) == 2 and all(2 <= len(p) <= v.heading_cut_max and all(is_cjk(c) for c in p) for p in head)
            and 2 <= len(tail) <= v.heading_max and all(is_cjk(c) or c.isalnum() for c in tail)
            and any(is_cjk(c) for c in tail))


_QUOTES = str.maketrans("", "", "“”‘’")  # (a phrase's quotes are no mark: 以“钉钉子精神”啃下硬骨头)


def _whole_over_items(st: ParseState) -> None:
    """A heading that is one sentence alone on its line, cut at a comma as a paragraph with its heading
    run in would be, right over the first item of the level below ((一)不断提高政治站位,深入学习…,以…全面突破。
    / 1.推动学习宣传贯彻抓实走深。): it heads those items, no paragraph runs on in it: it is whole to its 。."""
    v, body = st.v, st.body
    for b, nxt in zip(body, body[1:]):
        if not (b.kind == D.HEADING and b.run_in and nxt.kind == D.HEADING and nxt.marker
                and b.level and nxt.level and nxt.level > b.level and nxt.ordinal == 1):
            continue
        rest = b.text[len(b.marker):].strip()
        f = fold(rest)
        end = next((i for i, ch in enumerate(f) if ch in v.sentence_end), len(f))
        if f[end + 1:].strip() or fold(b.body)[:1] in v.runin_colon or len(b.title) >= end:
            continue  # more than one sentence, a colon's cut, or the title is the sentence already
        if f[len(b.title):len(b.title) + 1] != v.runin_comma:
            continue
        b.title, b.body, b.run_in = rest[:end].rstrip(), "", False


def _article(rest: str, folded_rest: str, v: Vocab) -> tuple[str, str, bool]:
    """Split an article of a chapter (一、根据…的规定，参照…，制定本规则。) into (title, body, run_in):
    an article is no heading phrase with its body run on, so no comma ends it; its title is its
    first sentence, or the phrase before a colon that opens its body (二、市政府工作的指导思想：高举…)."""
    end = next((i for i, ch in enumerate(folded_rest) if ch in v.sentence_end), len(folded_rest))
    colon = outside_brackets(folded_rest, v.runin_colon, end)
    cut = colon if colon > 0 and folded_rest[colon + 1:].strip() else end
    body = rest[cut + 1:].strip()
    return rest[:cut].strip(), body, bool(body)


def _task_levels(st: ParseState) -> set[int]:
    """The levels whose items form a list of tasks: some heading of that level names who leads
    it (（一）…活动。（责任单位：市法宣办）). A person reads every item of such a list as one task,
    named whole though it runs long (（二）抓好…落实落地，在党校…开设…课程。)."""
    levels = set()
    for b in st.body:
        f = st.f(b)
        if "（" in f and _names_leader(f, st.v) and st.hint(b) not in NOT_HEADING_HINTS:
            h = match_heading(f, st.v)
            if h is not None:
                levels.add(h[0])
    return levels


def _chapter(st: ParseState, b: Block) -> bool:
    """b is a chapter heading (第一章  总  则): made a level-1 HEADING, 第一章 its marker."""
    v, f = st.v, st.f(b)
    m = v.chapter.match(f)
    if m is None or len(f) > v.chapter_max:
        return False
    name = b.text[m.end():].strip()
    if name and not standalone_candidate(name, v) and not all(is_cjk(c) for c in "".join(name.split())):
        return False  # (第一章 总 则: a short name, letter-spaced; 第一章总 : a name the page cut short)
    ordinal = from_chinese(m.group(1))
    if not ordinal:
        return False
    b.kind, b.level, b.marker, b.ordinal = D.HEADING, 1, b.text[:m.end()], ordinal
    b.title, b.body, b.run_in, b.detail = b.text[m.end():].strip(), "", False, "chapter"  # (numbered apart from its 一、)
    return True


def _part(st: ParseState, b: Block) -> bool:
    """b is a report's part heading (第一部分 2024年工作总结, 第二部分：2025年工作计划): a level-1
    HEADING, 第一部分 its marker, its name after the space, colon or 、 its text."""
    v, f = st.v, st.f(b)
    m = v.part_marker.match(f) or v.part_lead.match(f)  # (or its name glued on: 第一部分部门概况)
    if m is None or len(f) > v.chapter_max:
        return False
    name = b.text[m.end():].strip().lstrip(":：、").strip()
    ordinal = from_chinese(m.group(1))
    if not ordinal or not standalone_candidate(name or "-", v) and name:
        return False
    b.kind, b.level, b.marker, b.ordinal = D.HEADING, 1, b.text[:m.end()].rstrip(), ordinal
    b.title, b.body, b.run_in, b.detail = name, "", False, "part"  # (its 一、 sections number afresh)
    return True


class _Chunks:
    """A document site's chunk counters (1、 2、 3、) glued to the text it cut into chunks: the first
    chunk opens with the title the page showed above it (1、某乡镇政府工作报告, the title repeated
    1、…报告…报告…报告), and a counter on a line whose line above breaks off mid-sentence
    (…按现行汇率计 / 2、算折合美元;…) is the next chunk's, not a heading (_runs_into: any paragraph's
    line once the page has shown its first chunk, else a line longer than any title). A person
    reads them as the site's numbering: the number stands where no heading can (before the title,
    inside a sentence). [docsites]"""

    def __init__(self, st: ParseState):
        self.st = st
        self.titles: set[str] = set()   # the title-like lines above the first heading
        self.lengths: set[int] = set()
        self.mark = ""                  # the mark after the first chunk's number (、), once known
        self.seen = self._first_shown()  # the page numbers its chunks
        self.open = True                # still above the first heading
        self.counted = 0                # the ordinal of the last 1、 heading since a higher heading

    def _first_shown(self) -> bool:
        """The site's lines over the text show the first chunk's counter, alone (1、 over the title), with
        the PDF's page counter (1、第 1 页 共 6 页) or glued to the title the page names its file by
        (….doc / 1、县推进依法行政工作情况自查报告): the page numbers its chunks."""
        st, v = self.st, self.st.v
        for x in st.content:  # (above the text's first heading)
            f = st.f(x)
            m = v.menu_number.match(f)
            if (x.kind in (D.CHROME, D.PARAGRAPH) and m is not None and m.group(1) == "1"
                    and (m.end() == len(f) or v.page_counter.match(f[m.end():].strip())
                         or file_headline_shown(st, x.line, "".join(x.text[m.end():].split()), tail=True))):
                self.mark = _number_mark(m.group())
                return True  # (1、 alone, with the PDF's page counter, or glued to the file's name: 1、县推进…报告)
            if x.kind in (D.HEADING, D.TITLE) or x.kind == D.PARAGRAPH and match_heading(f, v) is not None:
                return False
        return False

    def counter(self, b: Block, before: Block | None) -> bool:
        """b opens with a chunk counter: marked CHROME ("chunk") when it is the first chunk's
        counter and the title; True for a later one, left a paragraph (detail CHUNK_CONTINUED)."""
        st, v = self.st, self.st.v
        f = st.f(b)
        m = v.level3.match(f) or v.chunk_first.match(f)
        if m is None:
            if self.open and b.kind == D.PARAGRAPH and len(f) <= v.title_max and v.title_words.search(f):
                self.titles.add(f.replace(" ", ""))
                self.lengths.add(len(f.replace(" ", "")))
            return False
        rest = f[m.end():].replace(" ", "")
        if self.mark and _number_mark(m.group()) != self.mark:
            return False  # (the page's chunks numbered 1、2、, the text's items 1.…5.…: an item, the text's own)
        if self.open and not self.seen and m.group().startswith("1") and file_headline_shown(st, b.line, rest):
            self.seen = True  # the first chunk's number glued to the title the page named the file by (top matter's)
            self.mark = _number_mark(m.group())
        if self.open and (rest in self.titles or self._copy_named(rest)) and self._over_text(b, rest):
            self.seen, self.mark = True, self.mark or _number_mark(m.group())  # (the page numbers its chunks)
            return True  # (left to the top matter: the title's last showing, its counter cut off there)
        if self.open and (any(rest[:n] in self.titles for n in self.lengths) or self._site_titled(b, rest)
                          or self._names_next(b, rest)):
            b.kind, b.detail = D.CHROME, "chunk"
            self.seen = True
            self.mark = _number_mark(m.group())
            return True
        if before is not None and _runs_into(st, before, self.seen) and (self.seen or not self._next(f)):
            b.detail = CHUNK_CONTINUED  # the line above runs on into it: neither is a heading
            return True
        if (self.seen and before is not None and before.kind == D.HEADING and not before.run_in
                and not self._next(f)):
            b.detail = CHUNK_CONTINUED  # a counter that skips, right under a heading's line: the chunk
            return True                 # cut the heading (…在提高政治站位上落实新 / 2、要求)
        if self.seen and self.open and m.group(1) != "1" and not self._next(f):
            b.detail = CHUNK_CONTINUED  # a counter that skips before the text's first heading (the opening
            return True                 # paragraph / 2、现将具体情况汇报如下: / 一、…): the next chunk's
        return False

    def _over_text(self, b: Block, rest: str) -> bool:
        """b is the first chunk's counter and the title shown above, alone and whole (1、2022年城管局环卫作业工作总结),
        right over the text's first paragraph: the title's last showing over the text, its counter cut off by
        the top matter (titlewalk._cut_counter), not the site's line."""
        st, v = self.st, self.st.v
        nxt = st.after(b)
        return (bool(v.whole_title.search(rest)) and nxt is not None
                and nxt.kind == D.PARAGRAPH and not standalone_candidate(nxt.text, v, v.title_max))

    def _site_titled(self, b: Block, rest: str) -> bool:
        """b is the first chunk's counter glued to the site's name for the file, a whole title with the
        site's word after it (1、2023年XX镇2023年森林防火工作预案范文), the document's own title on the line under
        it (xx镇2023年森林防火工作预案)."""
        st, v = self.st, self.st.v
        f = st.f(b)
        if not (f.lstrip().startswith("1") and v.site_suffix.search(rest)) or rest.endswith("。"):
            return False
        named = v.site_suffix.sub("", rest)
        nxt = st.after(b)
        return (bool(v.whole_title.search(named)) and nxt is not None and nxt.kind == D.PARAGRAPH
                and bool(v.whole_title.search(st.f(nxt))) and standalone_candidate(nxt.text, v, v.title_max))

    def _copy_named(self, rest: str) -> bool:
        """rest is a title shown above without the file's copy number after it (河长制工作总结 under 河长制工作
        总结 (2)): the title's last showing when it stands over the text."""
        v = self.st.v
        return len(rest) >= v.standalone_min and any(
            t != rest and v.copy_number.sub("", t) == rest for t in self.titles)

    def _names_next(self, b: Block, rest: str) -> bool:
        """b is the first chunk's counter glued to the title shown again on the line under it (1、县林业局
        2019 年工作计划 / 县林业局 2019 年工作计划), or to the names of the pieces a page collects, the first
        of them that title (1、…2023年工作总结及2024年工作安排…工作思路…工作计划 / …2023年工作总结及2024年
        工作安排): the site's line, not a heading."""
        st, v = self.st, self.st.v
        if not st.f(b).lstrip().startswith("1") or rest.endswith("。"):
            return False
        nxt = st.after(b)
        if nxt is None or nxt.kind != D.PARAGRAPH or not standalone_candidate(nxt.text, v, v.title_max):
            return False
        named = "".join(st.f(nxt).split())
        return rest.startswith(named) and bool(v.whole_title.search(named))

    def _next(self, f: str) -> bool:
        """f's counter goes on from the last 1、 heading (or is the first): a heading's number, which
        a sentence of the line above may run into when the page left off its 。 (…总投资达300万元 /
        2、实现城镇新增就业…); a site's counter skips (…坚决坚 / 2、信的是 with no 1、 above)."""
        h = match_heading(f, self.st.v)
        return h is not None and h[2] == self.counted + 1

    def close(self, b: Block, h: tuple[int, int, int] | None = None) -> None:
        """b is a heading (level, marker length, ordinal: h): the lines above the text are over."""
        self.open = False
        if h is not None:
            self.counted = h[2] if h[0] == 3 else 0 if h[0] < 3 else self.counted


def _number_mark(marker: str) -> str:
    """The mark after a marker's number (1、 → 、; 2 . → .), full-width dots read as dots."""
    return marker.strip().lstrip("0123456789 ").replace("．", ".")[:1]


def file_headline_shown(st: ParseState, line: int, want: str, tail: bool = False, near: bool = False) -> bool:
    """want (spaces left out) is the page's headline above source line `line`, a file's name with its
    format (人民代表大会乡长政府工作报告.docx), printed in the chrome before it; with tail, the file's name
    may have more in front (2022县推进…自查报告 .doc for 县推进…自查报告); with near, want may be the first
    piece of the file's collection, its number after it and a word lost (2022纳税服务工作总结三篇篇一 under
    2022年纳税服务工作总结三篇.docx: title.reworded_ratio alike without the piece's number)."""
    v = st.v
    exts = tuple("." + e.lower() for e in v.data["chrome"]["file_formats"])
    piece = v.piece_number.sub("", want) if near else want
    for x in st.above(line):
        if x.kind == D.CHROME:
            t = "".join(st.f(x).split())
            stem = t.rsplit(".", 1)[0]
            if not t.lower().endswith(exts):
                continue
            if stem == want or tail and len(want) >= 2 * v.standalone_min and stem.endswith(want):
                return True
            if near and piece != want and len(piece) >= 2 * v.standalone_min and nearly_alike(st, stem, piece):
                return True
    return False


def nearly_alike(st: ParseState, a: str, c: str) -> bool:
    """Two titles' plain words the same, or at least title.reworded_ratio alike (difflib's ratio)."""
    if a == c:
        return True
    from difflib import SequenceMatcher  # (only for the few lines under a headline, a piece's label or a file's name)
    return SequenceMatcher(None, a, c, autojunk=False).ratio() >= st.v.data["title"]["reworded_ratio"]


def _runs_into(st: ParseState, before: Block, seen: bool) -> bool:
    """The line above a counter breaks off mid-sentence, so the counter stands inside a sentence:
    once the page numbers its chunks, any paragraph's line (or run-in heading's); else a line longer than any title
    or one with a sentence end in it (a paragraph's, or a run-in heading's with its body: …倍加关注。街 /
    2、道办事处…, the counter cut the word 街道), since a heading's line before a heading
    ends on its phrase and a paragraph's on its punctuation (…我们应该坚决坚 / 2、信的是，…)."""
    f = st.f(before)
    if seen:  # (a paragraph's line, or a run-in heading's with its body: …提升…水平。…加强了乡镇 / 2、(街道)…)
        return ((before.kind == D.PARAGRAPH or before.kind == D.HEADING and before.run_in)
                and (_breaks_off(f, st.v) or f[-1:].isdigit()  # (or mid-figure: …帮扶资金45000 / 3、余元,
                     or f[-1:] in st.v.data["standalone"]["chunk_cut_marks"]))  # …重要讲话、 / 3、重要批示)
    long = len(f) > st.v.title_max or any(c in st.v.sentence_end for c in f)  # (a title has no 。)
    return before.kind in (D.PARAGRAPH, D.HEADING) and long and _breaks_off(f, st.v)


def _breaks_off(folded: str, v: Vocab) -> bool:
    """A paragraph's line that stops mid-sentence (…按现行汇率计, …第一次): its last character is a
    word's, no punctuation at all."""
    return bool(folded) and is_cjk(folded[-1]) and folded[-1] not in v.paragraph_end


def _joined_chunk(rest: str, v: Vocab) -> bool:
    """A long line whose opening phrase runs on over a space into more text (1、人民代表大会…工作报告 xx乡…,
    2、在克难攻坚中实现新增长 一年来，…): a document site's numbered chunk of the text with its lines
    joined by spaces, not a heading (a heading's phrase ends at its punctuation or its line)."""
    if len(rest) < v.chunk_min:
        return False
    rest = rest.lstrip()
    cut = min((i for i in (rest.find(c) for c in "，。：；") if i >= 0), default=len(rest))
    m = v.space_join.search(rest, 0, cut)
    if m is not None and v.enum.match(rest[m.end() - 1:].lstrip()):
        return False  # the body's 一是 after the space: a heading's phrase ends there (1、乳业发展呈现出好的态势 二是…)
    return m is not None


def _masked_items(st: ParseState) -> dict[int, int]:
    """A site that masks the figures of its copy (*.加强组织领导。, x.城区学校建设): the lines opening with a
    mask, a 1.-style mark and a CJK character, when numbering.masked_min_items lines or more do, are
    level-3 items (line -> the marker's length)."""
    v = st.v
    found = {b.line: m.end() for b in st.body if b.kind == D.PARAGRAPH and (m := v.masked_item.match(st.f(b)))}
    return found if len(found) >= v.data["numbering"]["masked_min_items"] else {}


def _decimal_item(folded: str, last: int) -> tuple[int, int, int] | None:
    """The level-3 item after item `last` (numbered N.), its text opening with a figure so that the two
    read as a decimal (1.既有多层住宅加装电梯… / 2.50个小区新增…): item last + 1, not the number 2.50."""
    if not last:
        return None
    head = f"{last + 1}."
    rest = folded[len(head):]
    if folded.startswith(head) and rest[:1].isdigit() and any(is_cjk(c) for c in rest):
        return 3, len(head), last + 1
    return None


def _inline_list(rest: str, level: int) -> bool:
    """rest, after an item's marker numbered 1, runs on into items 2 and 3 of the same numbering after a
    sentence's stop (…日常事务；（2）党群工作办公室…；（3）…; （一）…规划编制。（二）…。（三）…): the items of a
    list inside one paragraph."""
    two, three = {2: ("（二）", "（三）"), 3: ("2.", "3."), 4: ("（2）", "（3）")}.get(level, ("", ""))
    marks = "；;。"
    return bool(two) and any(m + two in rest for m in marks) and any(m + three in rest for m in marks)


def _section_decimal(folded: str, v: Vocab, chapter: int) -> tuple[int, int, int] | None:
    """A section numbered by its chapter under a 一、 heading (一、背景分析 / 1.1政策背景): level 2, the
    （一） slot, as the labellers of sets 18, 89 and 110 read it. A decimal outline of its own (1 总则 /
    1.1 目的依据, an 应急预案) has no 一、 over it and stays no heading (decimal_outline); nor is a figure
    opening a sentence (1.5万元用于…): the section's name is short, unpunctuated, no unit first."""
    if not chapter:
        return None
    m = v.section_decimal.match(folded)
    if m is None or int(m.group(1)) != chapter:
        return None
    name = folded[m.end():].split()[0] if folded[m.end():].strip() else ""
    sd = v.data["standalone"]
    if (not name or name[0] in sd["section_not_first"] or len(name) > sd["section_name_max_chars"]
            or any(c in name for c in v.sentence_end + v.runin_comma + v.runin_colon + "；")):
        return None  # (1.5万元用于购置…，…: a figure opening a sentence)
    return 2, m.end(), int(m.group(2))


def _bare_heading(folded: str, v: Vocab, last: int) -> tuple[int, int, int] | None:
    """A level-3 heading whose number lost its 、 (1抗疫防汛共克时艰。…): the first of its siblings, or
    the one after the last sibling numbered the same way."""
    m = v.bare_level3.match(folded)
    if m is None or int(m.group(1)) != last + 1 and int(m.group(1)) != 1:
        return None
    return 3, m.start(2), int(m.group(1))


def standalone_candidate(content: str, v: Vocab | None = None, max_chars: int | None = None) -> bool:
    """Short, standalone, not ending with sentence punctuation: could be a title or slogan heading
    (a title may be longer: max_chars)."""
    v = v or vocab()
    n = len(content)
    folded = fold(content)
    if folded in v.section_names:
        return True  # 引言, 结束语: a section's own name, short as it is
    if n < v.standalone_min or n > (max_chars or v.standalone_max):
        return False
    if folded[-1] in v.bad_last:
        return False
    if any(w in folded for w in v.bad_inner):
        return False
    if not any(is_cjk(c) for c in folded):
        return False
    if v.date.match(folded.replace(" ", "")) or v.enum.match(folded):  # 2019 年 4 月 16 日 too
        return False
    if v.decimal_outline.match(folded):
        return False  # 1.1目的依据: a decimal outline's number, no level of GB/T 9704
    return True


def _closes_sentence(f: str, v: Vocab) -> bool:
    """f ends a paragraph: with its end mark, or a closing quote or bracket after one (…的要求。”);
    a quote closing a phrase (培育“法律明白人”) ends no sentence."""
    if f[-1] not in v.paragraph_end:
        return False
    inner = f.rstrip(v.closing_marks)
    return inner == f or not inner or inner[-1] in v.paragraph_end


def runs_on(st: ParseState, b: Block) -> bool:
    """b is a line of a sentence cut at the line's end, whatever its width: it holds a sentence
    comma, stops without a paragraph's end and runs on into the next source line, which reads as
    text too (a comma, a sentence's end) and is cut as well or no longer (the paragraph's last
    line) — a PDF's copy wrapped at a fixed width (2024年，闵行区司法局
    在…的坚强领导下，以…社会 / 主义思想为指导，…). Such a line is body, never a title or a heading."""
    v, f = st.v, st.f(b)
    note = v.title_note.search(f)
    if note and v.runon_comma not in f[:note.start()]:
        return False  # the commas are a title's note in brackets at the line's end: …工作总结（覆盖18个村，…）
    if v.runon_comma not in f or _closes_sentence(f, v) or b.line >= len(st.blocks):
        return False
    nxt = st.blocks[b.line]  # the next source line (blocks are by line; b.line is 1-based)
    if nxt.kind != D.PARAGRAPH or match_heading(st.f(nxt), v):
        return False
    nf = st.f(nxt)
    if not any(c in nf for c in v.runon_marks):
        return False
    # the next line is cut too, or it is the paragraph's last line, no longer than this one; a whole
    # paragraph on one longer line under it makes this a heading (这一年，我们…，…提高 / 项目建设…。…)
    return nf[-1] not in v.paragraph_end or len(nf) <= len(f) + v.wrap_slack


def slogan_headings(st: ParseState) -> None:
    """Un-numbered headings: a Markdown/Word heading hint, or a short standalone line between
    paragraphs (not a sentence broken over lines: SPEC §3, a line ending in 。 is none, so neither is a
    work report's summing-up sentence 一年来，我们…取得新成效。); the title of an attached document after 附件. A short line above the document's
    first title is the site's (its name, a column's name), never a heading: CHROME "site".
    Reads body, folded, hints, the kinds so far. Sets kind HEADING (level implied by position),
    TITLE (after an ATTACHMENT label) or CHROME."""
    v = st.v
    body = st.body
    pos = _Position()
    width = wrap_width(st)
    first_title = next((b.line for b in body if b.kind == D.TITLE or b.detail == "title" and b.kind == D.COVER),
                       None)
    numbered_levels = {b.level for b in body if b.kind == D.HEADING and b.marker}
    for k, b in enumerate(body):
        if b.kind == D.HEADING:
            pos.see(b)
            continue
        if b.kind != D.PARAGRAPH or b.detail in (CHUNK_CONTINUED, HEADING_WORDS):
            continue  # (a chunk's counter cut into the text: 一、…人民调解 / 2、工作的…; a bare marker's words)
        hint = st.hint(b)
        if hint in NOT_HEADING_HINTS:
            continue
        if hint.startswith("h") and not match_heading(st.f(b), v):
            b.kind, b.level, b.title, b.marker = D.HEADING, int(hint[1]), b.text, ""
            pos.see(b)
            continue
        prev = body[k - 1] if k > 0 else None
        nxt = body[k + 1] if k + 1 < len(body) else None
        if (not standalone_candidate(b.text, v) or _field_line(st.f(b), v)
                or st.f(b).startswith(v.opening_leads) or v.unit_byline.match(st.f(b))):  # (an article's authors)
            continue
        if v.edited_by.match(st.f(b)):
            b.kind = D.BYLINE  # the body that compiled the text (…领导小组办公室 编): no heading
            continue
        if st.f(b).startswith("（") and st.f(b).endswith("）"):
            continue  # a note in brackets ((请认真阅读下面的提示信息)): none of the labels heads a part so
        if prev is not None and prev.kind == D.ATTACHMENT:
            b.kind, b.level = D.TITLE, 0  # the title of an attached document
            continue
        if first_title is not None and b.line < first_title:
            b.kind, b.detail = D.CHROME, "site"  # over the document's title: the site's name, its column
            continue
        if nxt is not None and _heads_numbered(st, b, prev, nxt, pos, numbered_levels):
            # one level above the run; level 1 when no numbered level stands above the run's anywhere
            # (2023年工作回顾 / 1. 经济发展稳中向好，… with no 一、 or （一） in the text) [sets 89, 94]
            top = not any(lv is not None and lv < nxt.level for lv in numbered_levels)
            b.kind, b.title, b.marker, b.level = D.HEADING, b.text, "", 1 if top else nxt.level - 1
            pos.see(b)
            continue
        if nxt is not None and _part_over_first(st, b, prev, nxt):
            b.kind, b.title, b.marker, b.level, b.detail = D.HEADING, b.text, "", 1, "part"
            pos.see(b)
            continue
        m = v.ordinal_word.match(st.f(b))
        if m and nxt is not None and nxt.kind == D.HEADING and pos.last_numbered <= 1:
            b.kind, b.marker, b.title, b.level = D.HEADING, b.text[:m.end()], b.text[m.end():].strip(), 1
            pos.see(b)  # 第一、上半年工作总结 over 一、重点水利工程建设: a part by its ordinal word
            continue
        if nxt is None or nxt.kind != D.PARAGRAPH:
            continue
        nf = st.f(nxt)
        if nxt.detail == CHUNK_CONTINUED:
            continue  # the sentence runs on into the next chunk of a document site's text
        if v.continuation.match(nf) or (b.text[-1].isascii() and b.text[-1].isalnum()
                                        and nf[:1].isascii() and nf[:1].isalnum()):
            continue  # a sentence broken over lines: 主要目标 / 是：…, PM / 2.5
        if (prev is not None and prev.kind == D.PARAGRAPH and prev.text[-1] not in v.paragraph_end
                and not (st.f(prev)[-1] == v.runin_colon
                         and (v.ordinal_word.match(st.f(b)) or "。" in st.f(prev)
                              or st.f(prev)[:-1].endswith(tuple(v.data["standalone"]["announce_ends"]))))
                and not (v.date.match("".join(st.f(prev).split())) and st.f(b) in v.section_names)):
            # (a date alone runs into no section's name: 2018年2月28日 / 引言)
            continue  # the previous line runs on into this one (not …三点意见： / 第一，…: the speech's points
            #           follow; nor a paragraph announcing what follows: …。报告摘要如下： / 过去一年的主要工作)
        if width and len(b.text) >= width - v.wrap_slack and b.text[-1] not in v.paragraph_end:
            continue  # a line of a text hard-wrapped at a fixed width (a PDF's copy), cut mid-sentence
        if runs_on(st, b) and not v.ordinal_word.match(st.f(b)):
            continue  # a sentence's line that runs on into the next (a PDF's copy), whatever its width
        if (prev is not None and prev.kind == D.HEADING and prev.marker and len(prev.text) >= v.wrap_min
                and prev.text[-1] not in v.paragraph_end and st.f(prev)[-1] not in v.paragraph_end):
            continue  # a long numbered heading hard-wrapped (a PDF's text): this is its second line
        f = st.f(b)  # a part's name, or a line that may be one; a statement of two clauses is none (发展特色农业，农村经济平稳发展)
        part = names_part(f, v) or v.runin_comma not in f
        level = pos.implied_level(part)
        m = v.ordinal_word.match(f)
        if m and pos.last_numbered <= 1:  # 第一，认识要再提升，…: its ordinal word is its marker, level 1
            b.kind, b.marker, b.title, b.level = D.HEADING, b.text[:m.end()], b.text[m.end():].strip(), 1
        elif level <= v.unnumbered_max_level:
            b.kind, b.title, b.marker, b.level = D.HEADING, b.text, "", level
            if _pair_above(st, body, k):  # (高度重视理论武装 / 从严抓好自身建设: one heading on two lines)
                prev.kind, prev.title, prev.marker, prev.level, prev.detail = D.HEADING, prev.text, "", level, PAIR_FIRST
        else:
            continue  # (under a numbered heading of level 2 or below: a broken line, a site's line)
        pos.see(b, part)
    _bare_numerals(st)


def _bare_numerals(st: ParseState) -> None:
    """Un-numbered level-1 headings that open with 一, 二, 三 … in turn, their 、 lost (一开展…行动 /
    二开展…行动): the numerals are their markers, as written, once at least numerals_min of them follow
    on from 一 (one such line alone is a word: 一年来…, 一批…)."""
    v = st.v
    heads = [b for b in st.body if b.kind == D.HEADING and not b.marker and b.level == 1]
    run: list[tuple[Block, int, int]] = []  # (heading, numeral's length, ordinal)
    sd = v.data["standalone"]

    def numeral(f: str, want: int) -> int:  # the length of the numeral want opening f, 0 when none
        n = next((k for k in (3, 2, 1) if len(f) > k and all(c in v.cn for c in f[:k])
                  and from_chinese(f[:k]) == want), 0)
        return 0 if not n or f[n] in v.cn or f[n] in sd["numeral_not_before"] or not is_cjk(f[n]) else n

    for b in heads:
        f = st.f(b)
        n = numeral(f, len(run) + 1)
        if not n:
            if len(run) >= sd["numerals_min"]:
                break
            run, n = [], numeral(f, 1)  # (the run broke off: this line may open another from 一)
            if not n:
                continue
        run.append((b, n, len(run) + 1))
    if len(run) < sd["numerals_min"]:
        return
    for b, n, ordinal in run:
        b.marker, b.title, b.ordinal = b.text[:n], b.text[n:].strip(), ordinal


def _pair_above(st: ParseState, body: list[Block], k: int) -> bool:
    """body[k], an un-numbered heading, is the second half of a heading set on two lines as a pair of
    parallel phrases (高度重视理论武装 / 从严抓好自身建设): the line above is a short standalone line as long
    (within pair_slack characters, no comma, not opening alike), after a finished paragraph or a heading."""
    v = st.v
    if k < 2:
        return False
    above, before, b = body[k - 1], body[k - 2], body[k]
    fa = st.f(above)
    shape = above.kind == D.PARAGRAPH or above.kind == D.HEADING and not above.marker and above.title == above.text
    return (shape and st.hint(above) not in NOT_HEADING_HINTS
            and standalone_candidate(above.text, v) and v.runin_comma not in fa and v.runin_comma not in st.f(b)
            and abs(len(fa) - len(st.f(b))) <= v.data["standalone"]["pair_slack"]
            and fa[:v.standalone_min] != st.f(b)[:v.standalone_min]  # (two phrases, not a line shown twice)
            and (before.kind == D.HEADING or before.kind == D.PARAGRAPH and st.f(before)[-1:] in v.paragraph_end))


def _heads_numbered(st: ParseState, b: Block, prev: Block | None, nxt: Block, pos: "_Position",
                    numbered_levels: set[int | None]) -> bool:
    """b, a short standalone line after a finished paragraph, stands right over the first item of a
    numbered run ((一), 1., (1)) that no numbered heading one level up is over anywhere in the text
    (a plan's “十三五”应急体系9个具体建设任务 / (一)…): it heads that run, one level above it. Inside a
    numbered section one level up (一、… / 全年工作扎实推进 / （一）…) the line is no heading."""
    v = st.v
    if nxt.kind != D.HEADING or not nxt.marker or not nxt.level or nxt.level < 2:
        return False
    if nxt.level - 1 in numbered_levels or (pos.last_numbered and pos.last_numbered < nxt.level):
        return False
    if fold(nxt.marker).strip("()（）、.． ") not in v.first_ordinals:
        return False
    return (prev is not None and (prev.kind == D.TITLE or prev.kind in (D.PARAGRAPH, D.HEADING) and prev.text[-1] in v.paragraph_end + "：:")
            and b.text[-1] not in v.paragraph_end)  # (after a finished paragraph, one announcing it (…如下:), or the last item before)


def _part_over_first(st: ParseState, b: Block, prev: Block | None, nxt: Block) -> bool:
    """b names a part of a report (2017年工作情况, 2024年工作回顾, 主要工作) right over its first 一、
    or （一） heading, right under the top matter, after a finished paragraph or one that announces what
    follows (…报告如下：): a part
    heading, level 1 with no number (a report's parts over its numbered sections)."""
    v = st.v
    if nxt.kind != D.HEADING or nxt.level not in (1, 2) or not nxt.marker:
        return False
    if fold(nxt.marker).strip("()（）、.． ") not in v.first_ordinals:
        return False
    f = st.f(b)
    top = prev is None or prev.kind in (D.TITLE, D.SUBTITLE, D.BYLINE, D.SALUTATION)  # (right under the top matter)
    return ((top or prev.kind == D.PARAGRAPH and st.f(prev)[-1] in v.paragraph_end + "：")
            and len(f) <= v.part_max and bool(v.part_heading.fullmatch(f)))


def wrap_width(st: ParseState) -> int:
    """The width a PDF's copy wrapped its text at (0: none): the most common length of the paragraph
    lines that stop mid-sentence (wrap_min characters or more, no paragraph end), when at least
    wrap_lines of them are that long within wrap_slack; a person sees the text's ragged right edge
    there, and a line of that width that stops mid-sentence is one of its lines, no heading."""
    v = st.v
    counts: dict[int, int] = {}
    for b in st.body:
        if b.kind == D.PARAGRAPH and len(b.text) >= v.wrap_min and b.text[-1] not in v.paragraph_end:
            counts[len(b.text)] = counts.get(len(b.text), 0) + 1
    best, width = 0, 0
    for n in counts:
        near = sum(counts.get(n + d, 0) for d in range(-v.wrap_slack, v.wrap_slack + 1))
        if near > best:
            best, width = near, n
    return width if best >= v.wrap_lines else 0


def names_part(folded: str, v: Vocab) -> bool:
    """folded names a report's part, no title (2023年工作回顾, 上半年总体工作情况, 2019年政府工作回顾; spaces
    aside: 2019 年工作计划)."""
    folded = "".join(folded.split())
    return (len(folded) <= v.part_max and bool(v.part_heading.fullmatch(folded))
            or folded.endswith(v.part_tails) and not v.whole_title.search(folded) and len(folded) <= v.part_max + 8)


def _field_line(folded: str, v: Vocab) -> bool:
    """label：value (会议时间:3月19日政府常务会): a field of a list, never an un-numbered heading — but for
    a label counted by its ordinal (关键词一:统筹谋划, 案例二：…): a caption's heading."""
    i = folded.find(v.runin_colon)
    return 0 < i < len(folded) - 1 and not v.counted_label.match(folded[:i].strip())


class _Position:
    """Where the walk through the body stands, for the level an un-numbered heading implies: the
    level of the first un-numbered heading so far, else one below the last numbered heading, else 1."""

    def __init__(self) -> None:
        self.last_numbered = 0
        self.first_unnumbered: int | None = None
        self.parts = False  # the un-numbered headings so far name the report's parts (2019年工作回顾)

    def see(self, h: Block, part: bool = False) -> None:
        if h.marker:
            self.last_numbered = h.level or 0
            self.parts = False
        elif self.first_unnumbered is None:
            self.first_unnumbered = h.level or 1
            self.parts = part

    def implied_level(self, part: bool = False) -> int:
        """The level of an un-numbered heading here; part: it names a report's part or may (no statement
        of clauses). Under a part's name with no numbered heading since, a statement is one level below it."""
        if self.first_unnumbered is not None:
            if self.parts and not part:
                return min(self.first_unnumbered + 1, 4)
            return self.first_unnumbered
        return min(self.last_numbered + 1, 4) if self.last_numbered else 1
