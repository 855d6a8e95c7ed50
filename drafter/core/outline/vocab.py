"""The parser's vocabulary (drafter/data/outline.toml) and the patterns built from it.

Nothing is read or compiled at import: `vocab()` loads the data file on the first parse and each
pattern compiles the first time a pass asks for it (functools.cached_property), once per process.
The shape of each pattern is here; the words it matches are in the data file, with their source."""

from __future__ import annotations

import functools
import re
from functools import cached_property

from drafter.core.resources import load_toml
from drafter.text.punct import fold

CJK = "\u4e00-\u9fff"
# a year at a line's start, its last digit perhaps a template's blank: 2023年, 201*年
YEAR_LOOSE = r"\d{3}[\d*×xX]年"


def _period(besides: str = "") -> str:
    """A period in brackets, a year's four figures inside and none of besides: （2021—2025年）."""
    other = f"[^（）{besides}]{{0,12}}"
    return rf"（{other}\d{{4}}{other}）"


def alt(words) -> str:
    """A regex alternation of literal words, longest first (so 代省长 wins over 省长)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def spaced_alt(words) -> str:
    """Like `alt`, but a word may be written with spaces between its characters (索 引 号, 文      号:
    a table's label spread over its cell's width)."""
    return "|".join(r"[ \u3000]{0,8}".join(re.escape(c) for c in w) for w in sorted(words, key=len, reverse=True))


def chars(s: str) -> str:
    """A regex character class body for the literal characters of s."""
    return "".join("\\" + c if c in "\\]^-[" else c for c in s)


class Vocab:
    """Word lists (plain attributes) and compiled patterns (cached properties) of the parser."""

    def __init__(self, data: dict):
        self.data = data
        num, sent, std = data["numbering"], data["sentences"], data["standalone"]
        self.cn = num["cn_digits"]
        self.sentence_end = sent["sentence_end"]
        self.runin_colon = sent["runin_colon"]
        self.heading_trail = sent["heading_trail"]
        self.runin_comma = sent["runin_comma"]
        self.cut_off_end = sent["cut_off_end"]
        self.task_notes = tuple(sent["task_notes"])
        self.heading_max = sent["heading_max_chars"]
        self.heading_cut_max = sent["heading_cut_max_chars"]
        self.table_pipes = data["lists"]["table_pipes"]
        self.body_openers = tuple(sent["body_openers"])
        self.body_opener_compounds = tuple(sent["body_opener_compounds"])
        self.glued_time_leads = tuple(sent["glued_time_leads"])
        self.parallel_verbs = tuple(sent["parallel_verbs"])
        self.section_nouns = tuple(sorted(sent["section_nouns"], key=len, reverse=True))
        self.section_leads = tuple(sent["section_leads"])
        self.body_leads = tuple(sent["body_leads"])
        self.statement_words, self.statement_counters = tuple(sent["statement_words"]), sent["statement_counters"]
        self.example_lead, self.example_not = sent["example_lead"], tuple(sent["example_not"])
        ext = data["extent"]
        self.running_min, self.running_marks = ext["running_min_chars"], ext["running_marks"]
        self.preview_cut = tuple(ext["preview_cut"])
        self.toolbar_separators, self.toolbar_item_max = ext["toolbar_separators"], ext["toolbar_item_max_chars"]
        self.pager_numbers = ext["pager_numbers"]
        self.title_closers = ext["title_closers"]
        self.bad_last = std["bad_last_chars"]
        self.bad_inner = tuple(std["bad_inner"])
        self.standalone_min, self.standalone_max = std["min_chars"], std["max_chars"]
        self.continuation_start = std["continuation_start"]
        self.summary_subject = std["summary_subject"]
        self.question_ends = tuple(std["question_ends"])
        self.paragraph_end = std["paragraph_end"]
        self.closing_marks = std["closing_marks"]
        menu = data["navigation"]["numbered_menu"]
        self.menu_min_items, self.menu_item_max = menu["min_items"], menu["item_max_chars"]
        self.menu_min_restarts = menu["min_restarts"]
        self.part_max = std["part_max_chars"]
        self.part_tails = tuple(std["part_tails"])
        self.imprint_name_prefix = data["closing"]["imprint_name_prefix_max"]
        self.runon_comma, self.runon_marks = std["runon_comma"], std["runon_marks"]
        self.first_ordinals = frozenset(std["first_ordinals"])
        self.wrap_min = std["wrap_min_chars"]
        self.section_names = frozenset(data["standalone"]["section_names"])
        self.wrap_lines, self.wrap_slack = std["wrap_lines"], std["wrap_slack_chars"]
        self.chunk_min = std["chunk_min_chars"]
        self.unnumbered_max_level = std["unnumbered_max_level"]
        self.headline_suffix_marks = data["title"]["headline_suffix_marks"]
        self.hearers_words = tuple(data["title"]["hearers_words"])
        script = data["script"]
        self.simplify = str.maketrans(script["traditional"], script["simplified"])
        self.traditional_chars = frozenset(script["traditional"])
        self.script_sample, self.script_min = script["sample_chars"], script["min_chars"]
        title = data["title"]
        self.title_max_lines = title["max_lines"]
        self.title_max = title["max_chars"]
        self.title_wrap_ends = tuple(title["wrap_ends"])
        self.resume_lines = title["resume_lines"]
        self.headline_ends = tuple(title["headline_ends"])
        self.chapter_max = data["numbering"]["chapter_max_chars"]
        self.decoration_max = title["decoration_max_chars"]
        self.generic_max = title["generic_max_chars"]
        self.widget_min_spaces = title["widget_min_spaces"]
        self.column_prefix_max = title["column_prefix_max_chars"]
        self.opening_leads = tuple(title["opening_leads"])
        self.announce_ends = tuple(title["announce_ends"])
        self.wei_words = frozenset(title["wei_words"])
        self.subtitle_max = data["subtitle"]["max_chars"]
        self.subtitle_wrap_end = tuple(data["subtitle"]["wrap_end"])
        self.byline_max = data["byline"]["max_chars"]
        self.top_list_max = title["top_list_max_chars"]
        self.top_list_lines = title["top_list_max_lines"]
        self.late_window, self.late_gap = title["late_window_lines"], title["late_gap_lines"]
        self.late_text_min = title["late_text_min_chars"]
        cover = data["cover"]
        self.issuer_max = cover["max_issuer_chars"]
        self.cover_look_ahead = cover["look_ahead"]
        self.cover_close_lines = cover["close_lines"]
        self.bare_label_max = cover["bare_label_max_chars"]
        self.cover_residue_lines, self.cover_residue_max = cover["residue_lines"], cover["residue_max_chars"]
        self.notice_title_max = self.data["official"]["notice_title_max_chars"]
        ch = data["chrome"]
        self.chrome_exact = frozenset(ch["exact"] + ch["validity"])
        self.counter_labels = frozenset(f"{w}{c}" for w in ch["counter_labels"] for c in "：:")
        self.breadcrumb_separators = frozenset(ch["breadcrumb_separators"])
        self.breadcrumb_max = ch["breadcrumb_max_chars"]
        self.value_labels = frozenset(f"{w}{c}" for w in ch["field_labels"] + ch["lead_labels"] for c in "：:")
        self.value_max = ch["value_max_chars"]
        self.press_top_lines = ch["press_top_lines"]
        self.chrome_max = ch["max_chars"]
        self.notice_list_lines = ch["notice_list_lines"]
        self.title_broken_max = self.data["title"]["broken_max_lines"]
        self.dump_min, self.dump_chunk_min, self.dump_hits = ch["dump_min_chars"], ch["dump_chunk_min"], ch["dump_hits"]
        self.caption_end = ch["caption_end"]
        self.summary_labels = frozenset(ch["summary_labels"])
        self.text_labels = frozenset(ch["text_labels"])
        self.summary_max_lines = ch["summary_max_lines"]
        nav = data["navigation"]
        self.nav_menu = frozenset(nav["menu"])
        self.nav_service = tuple(nav["service"])
        self.nav_max = nav["max_chars"]
        self.nav_menu_leads = tuple(nav["menu_leads"])
        self.nav_menu_lead_max = nav["menu_lead_max"]
        wm = data["watermark"]
        self.watermark_parts, self.watermark_max, self.watermark_min_lines = wm["max_parts"], wm["max_chars"], wm["min_lines"]
        self.watermark_min_head = wm["min_head_chars"]
        self.nav_home = frozenset(nav["home"])
        self.nav_home_items, self.nav_item_max = nav["home_min_items"], nav["home_item_max_chars"]
        self.breadcrumb_item_max = ch["breadcrumb_item_max"]
        self.download_leads = tuple(ch["download_leads"])
        self.toolbar = frozenset(ch["toolbar"]) | self.chrome_exact
        mast = data["masthead"]
        self.name_max = mast["name_max_chars"]
        self.column_max = mast["column_max_chars"]
        self.breadcrumb_look = mast["breadcrumb_look_lines"]
        toc = data["contents"]
        self.toc_heads = frozenset(toc["heads"])
        self.toc_joined_heads = self.toc_heads | frozenset(toc["joined_heads"])
        self.toc_entry_max = toc["entry_max_chars"]
        self.toc_min_entries = toc["min_entries"]
        self.toc_lead_chars = toc["lead_chars"]
        meta = data["metadata"]
        self.meta_strong = frozenset(meta["strong"])
        self.meta_label_leads = tuple(meta["labels"])
        self.meta_alone = frozenset(meta["labels"] + meta["values"])  # a label or a common value alone on its line
        self.meta_max = meta["max_chars"]
        self.meta_split_value_max = meta["split_value_max"]
        self.meta_loose_max = meta["loose_label_max_chars"]
        foot = data["footer"]
        self.footer_anywhere = tuple(foot["anywhere"])
        self.footer_site_words = tuple(foot["site_words"])
        self.footer_leads = tuple(foot["leads"])
        self.footer_max = foot["max_chars"]
        self.notice_heads = frozenset(foot["notice_heads"])
        self.notice_body_max = foot["notice_body_max"]
        self.link_heads = tuple(foot["link_heads"])
        self.link_max = foot["link_max_chars"]
        self.link_head_max = foot["link_head_max"]
        self.repeat_min = foot["repeat_min_chars"]
        self.repeat_max_lines = foot["repeat_max_lines"]

    # --- headings -------------------------------------------------------------------------
    @cached_property
    def level1(self) -> re.Pattern:  # 一、 一． 一.
        # 一 、彰显法治力量: a copy may set a space before the 、 [sets 31]
        return re.compile(rf"^([{self.cn}]{{1,4}})[ \u3000]?([、．.])")

    @cached_property
    def level1_spaced(self) -> re.Pattern:
        """一 调研背景: a level-1 number with a space where its 、 goes, on a short line of its own (a
        name of CJK characters and figures, no space or mark in it, not 是…: 一 是 is an enumeration)
        (group 1: the number) [sets 42]."""
        return re.compile(rf"^([{self.cn}]{{1,3}})[ \u3000](?!是)[{CJK}0-9]{{2,24}}$")

    @cached_property
    def level2(self) -> re.Pattern:  # （一） (folded, so (一) too)
        # 一） with its （ lost: still level 2; （一）、 with a 、 after it: the marker as written;
        # 〔一〕, the tortoise-shell brackets a PDF's or document site's copy prints for （一） [docsites]
        # （-）, its 一 turned into a dash by the copy: the first of them (group 3) [sets 172]
        cn = self.cn
        dash = re.escape(self.data["numbering"]["dash_one"])
        return re.compile(rf"^(?:（?([{cn}]{{1,4}})）|〔([{cn}]{{1,4}})〕|（([{dash}])）)、?")

    @cached_property
    def level3(self) -> re.Pattern:  # 1. 1、 1．  not 1.5 / 4.15
        # 2 .全面落实…: a PDF's copy may set a space (or a full-width one) between the number and its mark [sets 21]
        # (1、2023年…: after 、 a year may follow, not any figure: 1、2月份 is January and February) [sets 40]
        # (2、1-11月交通事故情况: a range of months may follow the 、 too) [sets 62]
        # (1.2023年2月3日,…: after the dot a year may follow too, which no decimal is; a PDF's copy may space
        # it: 1.2018 年…) [sets 122, 182]
        return re.compile(rf"^([0-9]{{1,2}})[ \u3000]?(?:([.．])(?![0-9０-９])|(、)(?![0-9０-９])|(、)(?={YEAR_LOOSE})"
                          rf"|([.．])(?=(?:19|20)[0-9]{{2}} ?年)|(、)(?={self.month_range.pattern}))")

    @cached_property
    def month_range(self) -> re.Pattern:
        """A range of months opening a heading's text: 1-11月, 1—6月."""
        return re.compile(r"\d{1,2}[-—－~～至]\d{1,2}月")

    @cached_property
    def masked_item(self) -> re.Pattern:
        """A level-3 marker whose figure a site masked (*.加强组织领导。, x.城区学校建设): the marker is group 0."""
        num = self.data["numbering"]
        return re.compile(rf"^[{chars(num['masks'])}][.．、](?=[{CJK}])")

    @cached_property
    def bare_level3(self) -> re.Pattern:
        """1抗疫防汛共克时艰。今年年初…: a number that lost its 、 before a short heading phrase (group 2)
        run into its paragraph; the phrase does not open with a unit (1人, 2月); a name in quotes may stand
        in it (2稳定“菜篮子”工程。), and one space may stand after the number (1 经济发展平稳。: a copy that
        lost its dots); or before its colon (1管理机制:一是…) [sets 169]."""
        num = self.data["numbering"]
        units = chars(num["bare_not_after"])
        lo, hi = self.data["standalone"]["min_chars"], self.data["sentences"]["heading_cut_max_chars"]
        return re.compile(rf"^([0-9]{{1,2}})[ \u3000]?(?![{units}])([{CJK}](?:[{CJK}“”]){{{lo - 1},{hi + 1}}})[。：](?=\S)")

    @cached_property
    def glued_date(self) -> re.Pattern:
        """A date that opens a body glued to its heading phrase: 11月30日, 12月4日."""
        return re.compile(r"[0-9]{1,2}月[0-9]{1,2}日")

    @cached_property
    def glued_month(self) -> re.Pattern:
        """A month with its part that opens a body glued to a longer heading phrase: 5月中旬, 11月30日."""
        return re.compile(self.data["sentences"]["glued_month"])

    @cached_property
    def section_decimal(self) -> re.Pattern:
        """A section's number N.M (group 1 its chapter, group 2 its own) before its name: 1.1政策背景."""
        return re.compile(rf"^([0-9]{{1,2}})[.．]([0-9]{{1,2}})(?![0-9.．])\s*(?=[{CJK}])")

    @cached_property
    def decimal_outline(self) -> re.Pattern:
        """1.1目的依据, 1.3.1 …, 2.4.2: a decimal outline's number (应急预案, 方案 by GB/T 1.1's
        style), which is none of GB/T 9704's levels 一、（一）1.（1）: the line is no heading."""
        # (its chapter's number alone, before a space: 2 组织体系)
        return re.compile(rf"^[0-9]{{1,2}}(?:(?:[.．][0-9]{{1,2}})+[.．]?\s*|[ \u3000]+)[{CJK}]")

    @cached_property
    def enclosed_markers(self) -> dict[str, tuple[int, int]]:
        """A one-character marker (㈠, ⒈, ⑴) to its (level, ordinal)."""
        return {c: (level, i + 1) for chars_, level in self.data["numbering"]["enclosed_markers"]
                for i, c in enumerate(chars_)}

    @cached_property
    def level4(self) -> re.Pattern:  # （1） (1） alone is no level: lint's S008 asks for 1. or （1）)
        return re.compile(r"^（([0-9]{1,2})）")

    @cached_property
    def not_after_level1_any(self) -> tuple[str, ...]:
        return tuple(self.data["numbering"]["not_after_level1_any"])

    @cached_property
    def not_after_level1(self) -> re.Pattern:
        return re.compile(rf"^[{self.cn}]+({alt(self.data['numbering']['not_after_level1'])})")

    @cached_property
    def not_after_level3(self) -> re.Pattern:
        n = self.data["numbering"]
        return re.compile(rf"^(?!{alt(n['level3_words'])})({alt(n['not_after_level3'])})")

    @cached_property
    def measure(self) -> re.Pattern:
        """A figure that is not a date: 18万人, 1.6万户, 20个, 5% (not 2023年, 30日, nor a template's
        202x年, 20XX年)."""
        units = chars(self.data["sentences"]["date_units"])
        blanks = chars(self.data["byline"]["placeholders"])
        return re.compile(rf"\d+(?:\.\d+)?(?![\d.{units}]|[{blanks}]+[{units}])")

    @cached_property
    def bare_field(self) -> re.Pattern:
        """A field of any short label, its colon and a short value with no sentence end (效力级别:地方规范性文件):
        between two lines of the page's chrome, one more of its fields."""
        ch = self.data["chrome"]
        return re.compile(rf"^[{CJK}]{{2,{ch['bare_field_label_max']}}}\s*[：:]\s*[^。！？]{{0,{ch['bare_field_value_max']}}}$")

    @cached_property
    def glued_field(self) -> re.Pattern:
        """A metadata label with its value glued on, no colon or space between (发布机构泸西县财政局, 时效性有效)."""
        labels = sorted(self.data["metadata"]["labels"], key=len, reverse=True)
        return re.compile(rf"^(?:{alt(labels)})(?=[^\s：:|｜])")

    @cached_property
    def trailing_person(self) -> re.Pattern:
        """A person's name after a space at a line's end (旺苍县司法局 杨晓东)."""
        return re.compile(rf"\s+[{CJK}]{{2,{self.data['byline']['person_name_max_chars']}}}$")

    @cached_property
    def counted_words(self) -> re.Pattern:
        """A site's word count after a headline: (1542字), （7158字）."""
        return re.compile(r"\s*[（(]\d{2,6}字[）)]$")

    @cached_property
    def forum_mark(self) -> re.Pattern:
        """A forum post header's word standing apart in its line (楼主 | 发表于 … | 只看该作者)."""
        return re.compile(rf"(?:^|[\s|｜])(?:{alt(self.data['chrome']['forum_marks'])})(?:$|[\s|｜])")

    @cached_property
    def bare_index(self) -> re.Pattern:
        """An index number alone on its line, its label lost (11371202004358421D/2025-6640947)."""
        ch = self.data["chrome"]
        return re.compile(rf"^(?=(?:\D*\d){{{ch['bare_index_min_digits']}}})[0-9A-Za-z/\-－—_.]{{{ch['bare_index_min_chars']},}}$")

    @cached_property
    def angled(self) -> re.Pattern:
        """What stands in ASCII angle brackets: inner book-title marks typed as < > (《<政府工作报告>…》)."""
        return re.compile(r"<[^<>]*>")

    @cached_property
    def quoted(self) -> re.Pattern:
        """A quoted name: “1269”, “两个维护”."""
        return re.compile(r"“[^“”]*”")

    @cached_property
    def sentence_end_rx(self) -> re.Pattern:
        return re.compile(rf"[{chars(self.sentence_end)}!?]")

    @cached_property
    def item_end(self) -> re.Pattern:
        return re.compile(rf"[{chars(self.data['sentences']['item_end'])}]")

    @cached_property
    def enum(self) -> re.Pattern:
        num = self.data["numbering"]
        return re.compile(rf"(?:^|(?<=[{chars(num['before_enum'])}\s]))([{self.cn}]{{1,3}})是"
                          rf"(?=[^{chars(num['not_after_enum'])}])")

    @cached_property
    def list_start(self) -> re.Pattern:
        num = self.data["numbering"]
        return re.compile(rf"{re.escape(num['list_start'])}(?=[^{chars(num['not_after_enum'])}])")

    # --- top and bottom matter --------------------------------------------------------------
    @cached_property
    def date(self) -> re.Pattern:
        """A 成文日期 alone: 2024年6月13日, 二〇二四年六月十三日, or a copy that lost its 年 and 月 (2024613日),
        or all three (20181224: eight figures that make a date)."""
        return re.compile(rf"^(\d{{4}}年\d{{1,2}}月(\d{{1,2}}日|\s*日)?|[〇○Ｏ零一二三四五六七八九]{{4}}年"
                          rf"[{self.cn}]{{1,3}}月[{self.cn}]{{1,3}}日|(?:19|20)\d{{4,6}}日"
                          rf"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$")

    @cached_property
    def imprint(self) -> re.Pattern:
        word = re.escape(self.data["closing"]["imprint_word"])
        return re.compile(rf"^.{{2,40}}\s*\d{{4}}年\d{{1,2}}月\d{{1,2}}日\s*{word}$")

    @cached_property
    def notice(self) -> re.Pattern:
        return re.compile("|".join(self.data["cover"]["notice"]))

    @cached_property
    def sent_name(self) -> re.Pattern:
        """The name of a document in 《》, as a 印发 notice names the one it sends."""
        return re.compile(r"《([^《》]{2,100})》")

    @cached_property
    def cover_note(self) -> re.Pattern:
        return re.compile(self.data["cover"]["note"])

    @cached_property
    def subtitle(self) -> re.Pattern:
        """A dateline: a dash line, （2025年…上） (its closing bracket wrapped away or not) or （2025年1月15日） or （2021年1月）, （2025年1月15日＋a place）, or 2025年1月15日在…会议上 (a PDF's spaces around its figures: 2021 年 1 月 27 日在…), or the occasion alone (在…第七次会议上)."""
        dashes = alt(self.data["subtitle"]["dashes"])
        ph = chars(self.data["byline"]["placeholders"] + self.data["subtitle"]["blanks"])
        y, md = rf"(?:[0-9〇零一二三四五六七八九{ph}]{{4}}|[{ph}]{{1,4}})", rf"[0-9一二三四五六七八九十{ph}\s]{{0,3}}"
        template = rf"^（?(?=[^（）]*[{ph}\s]){y}年{md}月{md}日）?$"  # 2014年 月 日, （二00*年*月*日）, （20__年__月__日）
        # a PDF's text may have lost the date's digits: 年月日在镇第十二届人民代表大会第六次会议上 [docsites],
        # （年1月15日在贵州省第十四届人民代表大会第一次会议上） [sets 109],
        # or its 年 and 月: 2024312日在…第一次全体会议上 [sets 34], or its 年 only: 20251月12日在… [sets 167]
        # a speech's dateline may name the place after the date, its day left blank: （2022年3月日县人大常委会会议室） [set 25]
        # a template's year in placeholders: 20xx年1月24日在长兴县 / 第十四届人民代表大会第二次会议上 [sets 187]
        return re.compile(rf"^({dashes})|^（ ?(?:\d{{4}} ?年|年 ?\d{{1,2}} ?月).{{2,60}}上 ?）?$|^（\d{{4}} ?年 ?\d{{1,2}} ?月 ?(?:\d{{1,2}} ?日)?）$"
                          rf"|^（\d{{4}}年\d{{1,2}}月\d{{0,2}}日[^（），。；：、]{{2,30}}）$"
                          rf"|^(?:[0-9{ph}]{{0,4}} ?年 ?\d{{0,2}} ?月 ?\d{{0,2}} ?|\d{{5,8}}|\d{{5,6}} ?月 ?\d{{1,2}} ?)日 ?在.{{2,60}}(会议|大会|会)(?:上|$)|{template}"
                          rf"|^（?今?年月日）?$"  # the figures all lost: 今年月日 (今 the year's 2 misread), 年月日 [sets 77]
                          rf"|^（\d{{4}} ?年 ?\d{{1,2}} ?月 ?(?:\d{{1,2}} ?日)?(?:{alt(self.data['subtitle']['dated_notes'])})）$"
                          # the meeting that adopted it, after the date: 2024年10月18日天等县…常务委员会第二十四次会议通过 [sets 144]
                          rf"|^（?\d{{4}} ?年 ?\d{{1,2}} ?月 ?\d{{1,2}} ?日[^（），。；：、]{{2,60}}(?:会议|大会)"
                          rf"(?:{alt(self.data['subtitle']['dated_notes'])})）?$"
                          rf"|^（?{re.escape(self.data['subtitle']['wrapped_start'])}[^，。；：、]{{2,60}}"
                          rf"(?:{alt(self.data['subtitle']['occasion_ends'])})）?$"
                          # the occasion in brackets without its 在: （长湖乡第六届人民代表大会第一次会议上） [sets 135]
                          rf"|^（[^（），。；：、]{{2,60}}(?:会议|大会)上）$"
                          # the date with the speaker's name after it: 2016年11月2日  王四平 [sets 135]
                          rf"|^\d{{4}} ?年 ?\d{{1,2}} ?月 ?\d{{1,2}} ?日\s+[{CJK}]{{2,4}}$")

    @cached_property
    def widget_glue(self) -> re.Pattern:
        """A line that is a title glued to a widget row: group 1 is the title, then a space, a widget
        label and its colon (…2023年工作报告 保护视力色: 杏仁黄 …)."""
        lo, hi = self.data["title"]["widget_label_chars"]
        return re.compile(rf"^(\S.*?)\s+[{CJK}]{{{lo},{hi}}}\s*[：:]")

    @cached_property
    def field_line(self) -> re.Pattern:
        """A site's field line: a label (title.summary_labels, chrome.field_labels) and its colon
        opening the line (摘要:…, 简介：…, 来源：…), in brackets or not ((来源:网站编辑 2024-02-06 13:14)):
        metadata, never the text's start."""
        labels = self.data["title"]["summary_labels"] + self.data["chrome"]["field_labels"]
        return re.compile(rf"^[（【［]?\s*(?:{alt(labels)})\s*[：:]")

    @cached_property
    def field_opening(self) -> re.Pattern:
        """A line a field label opens, with its colon (field_line) or a space and more after it (a
        summary label: 内容概述 华庄街道2022年工作总结, 导读 …): the page's metadata, never a title,
        whatever copy of the title follows in it."""
        return re.compile(rf"^(?:{alt(self.data['title']['summary_labels'])})\s+\S|{self.field_line.pattern}")

    @cached_property
    def placeholder_only(self) -> re.Pattern:
        """A line that is only a placeholder for a name (X, XX, ***)."""
        return re.compile(rf"^[{chars(self.data['byline']['placeholders'])}]{{1,4}}$")

    @cached_property
    def wrapped_dateline(self) -> re.Pattern:
        """The first line of a dateline wrapped before its 会议上: 2025年3月21日在汉滨区第十九届 (a template's year in
        placeholders: 20xx年1月24日在长兴县)."""
        ph = chars(self.data["byline"]["placeholders"])
        return re.compile(rf"^[0-9{ph}]{{0,4}}年\d{{0,2}}月\d{{0,2}}日{re.escape(self.data['subtitle']['wrapped_start'])}")

    @cached_property
    def speaker_name(self) -> re.Pattern:
        lo, hi = self.data["byline"]["name_chars"]
        ph = chars(self.data["byline"]["placeholders"])
        return re.compile(rf"^[{CJK}](?:[\s\u3000]{{0,2}}[{CJK}]){{{lo - 1},{hi - 1}}}$|^[{ph}]{{{lo},{hi}}}$")

    @cached_property
    def site_joined(self) -> re.Pattern:
        """A word joined to a word by a dash or underscore: 农业半年总结-总结 (a site's line)."""
        return re.compile(rf"[{CJK}][{chars(self.data['title']['site_joiners'])}][{CJK}]")

    @cached_property
    def publisher_line(self) -> re.Pattern:
        """A body's name and a date on one line above the text, in either order, the date with its time
        or weekday: 清水县人民政府 2024年01月08日, 2023-12-19 16:15 某某区人民政府, 某某区人民政府 2019年12月3日星期二;
        a document site's name with its date: 三味园范文网 2024-12-06 00:37:14."""
        name = (rf"[{CJK}（）]{{2,{self.data['masthead']['name_max_chars']}}}"
                rf"(?:{alt(self.data['cover']['issuer_ends'])})")
        stamp = rf"{self.stamp_text}(?:\s*(?:星期|周)[一二三四五六日天])?"
        name = rf"(?:{name}|{self.doc_site_text})"
        short = r"\d{1,2}-\d{1,2}"  # (a listing's month-day: 10-28 德育素材网 [sets 46])
        return re.compile(rf"^(?:{name}\s+(?:{stamp}|{short})|(?:{stamp}|{short})\s+{name})$")

    @cached_property
    def listing_date(self) -> re.Pattern:
        """The date a site's listing puts after a document's name, past a space: …工作安排 2018-06-15, in
        brackets too: …进展情况的通报 (2024-07-26)."""
        return re.compile(rf"\s+(?:{self.stamp_text}|[(（]{self.stamp_text}[)）])$")

    @cached_property
    def title_cuts(self) -> tuple[re.Pattern, re.Pattern]:
        """A site's column before a title (乡镇政府工作总结|…, or a tab between) and the site's word count after
        it (…报告[此文共8216字]): site-added, no part of the title. A piece's number after it (…范文(3)) stays:
        the title is the whole line as the page prints it (sets 43, 66, 69, 83, 107; only the issue's first
        labels, tests/data/outline_pages, cut it)."""
        return (re.compile(rf"^[^|｜\t]{{2,{self.column_prefix_max}}}[|｜\t](?=\S)"),
                re.compile(r"\s*[\[［【（]此?文?共\d{2,6}字[\]］】）]$"))

    @cached_property
    def part_marker(self) -> re.Pattern:
        """A report's part: 第一部分 then a space, a colon, 、 or the line's end (group 1: the ordinal)."""
        word = re.escape(self.data["numbering"]["part_word"])
        return re.compile(rf"^第([{self.cn}]{{1,4}}){word}(?=[\s\u3000：:、]|$)")

    @cached_property
    def part_lead(self) -> re.Pattern:
        """A part's number opening a line, its name glued on or not: 第二部分2023年度部门决算表."""
        return re.compile(rf"^第([{self.cn}]{{1,4}}){re.escape(self.data['numbering']['part_word'])}")

    @cached_property
    def bracketed(self) -> re.Pattern:
        """A button in 【】, or the first one with its 【 lost (相关文章】)."""
        return re.compile(r"【[^【】]*】|^[^【】]*】")

    @cached_property
    def chunk_one(self) -> re.Pattern:
        """The first chunk's number before a line: 1、, 1., or 1 and a space."""
        return re.compile(r"^1(?:[、.．]\s*|\s+)")

    @cached_property
    def space_glyph(self) -> re.Pattern:
        """A ? next to a CJK character: a full-width space the copy could not print (第一章?總?則)."""
        return re.compile(rf"(?<=[{CJK}])\?+|\?+(?=[{CJK}])")

    @cached_property
    def page_stamp(self) -> re.Pattern:
        """A page's date stamp anywhere in a line: 2023-02-23 01:42:29, 2021-11-××, 06-15, 2022 /1 /30."""
        return re.compile(rf"{self.web_date}(?:{self.clock_after})?|(?<![\d:：])\d{{2}}-\d{{2}}(?![\d:：])"
                          r"|\d{4}\s*/\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{1,3})?")

    @cached_property
    def agency_dateline(self) -> re.Pattern:
        """A news agency's dateline alone on its line: 新华社北京3月17日电, 本报讯."""
        t = self.data["title"]
        return re.compile(rf"^(?:{alt(t['agencies'])})[{CJK}]{{0,6}}\d{{1,2}}月\d{{1,2}}日电$|^(?:{alt(t['press_leads'])})$")

    @cached_property
    def uploader_line(self) -> re.Pattern:
        """An uploader's name and verb under a doc site's headline: 佩珊分享, 会员上传."""
        return re.compile(rf"^[{CJK}]{{2,4}}(?:{alt(self.data['title']['uploader_verbs'])})$")

    @cached_property
    def page_number_line(self) -> re.Pattern:
        """A page number alone on its line: 1, — 1 —, - 2 -, or of the pages: 1/7, 2 / 7."""
        return re.compile(r"^[—\-－–]?\s*\d{1,3}\s*[—\-－–]?$|^\d{1,3}\s*/\s*\d{1,3}$")

    @cached_property
    def period_line(self) -> re.Pattern:
        """A plan's period alone in brackets: （2019-2021）, （2021—2025年） (not a date: （2022年7月 日））."""
        return re.compile(rf"^{_period('月日')}$")

    @cached_property
    def draft_note(self) -> re.Pattern:
        """A draft's note in brackets under its title: （征求意见稿）, （送审稿）, （试行）."""
        return re.compile(rf"^（(?:{alt(self.data['title']['draft_notes'])})）$")

    @cached_property
    def bare_piece(self) -> re.Pattern:
        """A piece's number glued to its title with no 篇 (社区矫正工作调研报告1, …述职报告怎么写一): only under
        a collection's headline or a title shown before."""
        return re.compile(rf"(?<![\d{self.cn}])(?:\d{{1,2}}|[{self.cn}]{{1,2}})$")

    @cached_property
    def clocked_stamp(self) -> re.Pattern:
        """A page's date stamp with its time anywhere in a line (…发表于2023-01-08 19:25:07 …): no title has one."""
        return re.compile(self.web_date + self.clock_after.replace(r"\s+", r"\s*"))

    @cached_property
    def site_code(self) -> re.Pattern:
        """A site's code glued between the text and its slogan: letters and figures, a letter among them
        (…政府工作报告N6h县情资料网…; never a year or a count alone: 关于2024年度…; a template's blank, XX, is
        none either: the watermark pass drops it by placeholder_only)."""
        return re.compile(r"(?<=[^\x00-\x7f])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,4}(?=[^\x00-\x7f])")

    @cached_property
    def field_error(self) -> re.Pattern:
        """A Word field's error printed in the copy: Error! No text of specified style…, 错误!未找到引用源."""
        return re.compile(alt([fold(w) for w in self.data["chrome"]["field_errors"]]))  # (as lines are folded: ！)

    @cached_property
    def own_note(self) -> re.Pattern:
        """A document's own note in brackets after its title: （摘要）, （征求意见稿）, （试行）."""
        t = self.data["title"]
        return re.compile(rf"[（(](?:{alt(t['draft_notes'] + t['own_notes'])})[）)]")

    @cached_property
    def bracketed_date(self) -> re.Pattern:
        """A date in brackets at a headline's end: …政府工作报告(2023年1月6日)."""
        return re.compile(r"[（(]\d{4}年\d{1,2}月(?:\d{1,2}日)?[)）]$")

    @cached_property
    def headline_date_prefix(self) -> re.Pattern:
        """A writing site's posting date glued before its headline: 20201218:…."""
        return re.compile(self.data["title"]["headline_date_prefix"])

    @cached_property
    def site_suffix(self) -> re.Pattern:
        """A site's words after a title, a word count before them: 3790字范文, （全文）, 范文."""
        return re.compile(rf"(?:\d{{2,6}}字)?(?:{alt(self.data['title']['site_suffixes'])})$")

    @cached_property
    def period_after(self) -> re.Pattern:
        """The period a title names in brackets after its 文种: （2024年度）, （2021—2025年）, （2021-2025）."""
        return re.compile(rf"\s*{_period()}$")

    @cached_property
    def ordinal_word(self) -> re.Pattern:
        """An ordinal word and its comma opening an un-numbered heading: 第一，… (the marker)."""
        return re.compile(rf"^第[{self.cn}]{{1,3}}[{self.data['numbering']['ordinal_word_marks']}]")

    @cached_property
    def chapter(self) -> re.Pattern:
        """A chapter heading of rules or a plan: 第一章  总  则, 第三章 工作制度, or its short name glued
        on (第一章总则, 第二章工作职责) (group 1: the ordinal)."""
        num = self.data["numbering"]
        glued = num["chapter_glued_max_chars"]
        return re.compile(rf"^第([{self.cn}]{{1,4}}){re.escape(num['chapter_word'])}"
                          rf"(?=[\s\u3000]|[{CJK}]{{1,{glued}}}[\s\u3000]*$)")

    @cached_property
    def essay_listing(self) -> re.Pattern:
        """A document site's listing of one essay: its number, the title (group 1), its word count:
        第一篇 镇长述职报告2150字, 第1篇 …（3200字）, 篇一 … 1800字."""
        ch = self.data["chrome"]
        label, word = re.escape(ch["essay_label"]), re.escape(ch["word_count_word"])
        lo, hi = ch["word_count_digits"]
        return re.compile(rf"^(?:第[{self.cn}0-9]{{1,3}}{label}|{label}[{self.cn}0-9]{{1,3}})\s*[：:]?\s*"
                          rf"(.+?)\s*(?:（\d{{{lo},{hi}}}{word}）|\d{{{lo},{hi}}}{word})$")

    @cached_property
    def word_count_wrap(self) -> tuple[re.Pattern, re.Pattern]:
        """A title's word count in brackets that a PDF broke: the title line's end (…讲话(7158) and the
        next line's start (字)), as a pair."""
        word = re.escape(self.data["chrome"]["word_count_word"])
        return re.compile(r"[（(]\d{1,6}$"), re.compile(rf"^\d{{0,6}}{word}[）)]$")

    @cached_property
    def file_field(self) -> re.Pattern:
        """A doc site's field naming the file's format, one cell of its file row: 格式：PDF, 文档格式:DOC."""
        ch = self.data["chrome"]
        return re.compile(rf"^(?:{alt(ch['file_field_labels'])})\s*[：:]\s*(?:{alt(ch['file_formats'])})$", re.I)

    @cached_property
    def outline_line(self) -> re.Pattern:
        return re.compile(rf"^【({alt(self.data['chrome']['outline_labels'])})】")

    @cached_property
    def disclaimer(self) -> re.Pattern:
        """A doc site's notice under its label, however long: 说明:文章内容仅供预览,…下载后的文档…"""
        ch = self.data["chrome"]
        return re.compile(rf"^({alt(ch['disclaimer_labels'])})\s*[：:](?=.*(?:{alt(ch['disclaimer_words'])}))")

    @cached_property
    def file_blurb(self) -> re.Pattern:
        """A doc site's blurb naming the file, however long: 《….docx》由会员分享，可在线阅读，…"""
        return re.compile(rf"^《[^《》]{{2,}}》({alt(self.data['chrome']['file_blurb_words'])})")

    @cached_property
    def notice_label(self) -> re.Pattern:
        """A doc site's notice label alone on its line (温馨提示:, 友情提示), over its numbered items."""
        return re.compile(rf"^({alt(self.data['chrome']['disclaimer_labels'])})\s*[：:]?$")

    @property
    def notice_head_max(self) -> int:
        return self.data["chrome"]["notice_head_max_chars"]

    @cached_property
    def notice_list_words(self) -> re.Pattern:
        return re.compile(alt(self.data["chrome"]["notice_list_words"]))

    @cached_property
    def notice_item(self) -> re.Pattern:
        """A notice's numbered item: 1. …, 2、…"""
        return re.compile(r"^(\d{1,2})\s*[.、．]")

    @cached_property
    def space_join(self) -> re.Pattern:
        """Two words joined by a space (not a number's spacing: 2025 年, nor the spacing a site puts
        between two quoted or bracketed phrases of one heading: 兜牢“一弱” “暖心路”)."""
        return re.compile(r"[^\s\d”’》）」] +[^\s\d“‘《（「]")

    @cached_property
    def spaced_title(self) -> re.Pattern:
        """A title written with a space between its characters: 政 府 工 作 报 告, 黄 门 镇 2 0 2 1 年 工 作 总 结."""
        return re.compile(rf"^[{CJK}](?:[ \u3000]+[{CJK}0-9]){{{self.data['title']['spaced_min_chars'] - 1},}}$")

    @cached_property
    def attachment(self) -> re.Pattern:
        word = r"\s*".join(self.data["closing"]["attachment"])
        return re.compile(rf"^{word}\s*[0-9一二三四五六七八九十]*[：:]?$")

    @cached_property
    def attachment_named(self) -> re.Pattern:
        """An attachment's label with its number and name on one line (附件1成本费用分析报告, 附件2：…):
        a list of what the document attaches, never its title."""
        word = r"\s*".join(self.data["closing"]["attachment"])
        return re.compile(rf"^{word}\s*[0-9一二三四五六七八九十]+\s*[：:、.．]?\s*\S")

    @cached_property
    def title_words(self) -> re.Pattern:
        return re.compile(alt(self.data["title"]["words"]))

    @cached_property
    def link_head_word(self) -> re.Pattern:
        """A link list's head built from the words sites use: 热门资讯, 相关热门, 猜你感兴趣."""
        foot = self.data["footer"]
        return re.compile(rf"^(?:{alt(foot['link_head_leads'])})(?:{alt(foot['link_head_nouns'])})$")

    @cached_property
    def border_tail(self) -> re.Pattern:
        """A table's border run on after a line's text: at least three bars, spaces between (… | ||||||)."""
        return re.compile(r"\s*[|｜](?:\s*[|｜]){2,}\s*$")

    @cached_property
    def cut_label(self) -> re.Pattern:
        """One to three characters and a colon opening a line: what is left of a field's label the copy
        cut at its start (称: for 名称, 号: for 索引号)."""
        return re.compile(rf"^([{CJK}]{{1,3}})\s*：")

    @cached_property
    def site_action(self) -> re.Pattern:
        """A site's action or counter word: 下载, 收藏, 会员, 积分 (title.site_actions)."""
        return re.compile(alt(self.data["title"]["site_actions"]))

    @cached_property
    def web_address(self) -> re.Pattern:
        """A web address in a line (www.…, ….com): a site's watermark names one."""
        return re.compile(alt(self.data["watermark"]["address_marks"]), re.I)

    @cached_property
    def part_heading(self) -> re.Pattern:
        """A report's part named by itself: an optional year or period and qualifier, then a part's
        name (2017年工作情况, 上半年总体工作情况)."""
        sa = self.data["standalone"]
        parts, periods, quals = sa["part_names"], sa["part_periods"], sa["part_qualifiers"]
        return re.compile(rf"(?:(?:\d{{4}}|[{self.cn}]{{4}}|[_xX×]+)年(?:度|上半年|下半年)?|(?:{alt(periods)}))?"
                          rf"(?:{alt(quals)})?(?:{alt(parts)})")

    @cached_property
    def date_stamp(self) -> re.Pattern:
        """A page's date stamp: 2011-06-18, 2024/01/25, 2024.01.25."""
        return re.compile(r"\d{4}([-/.])\d{1,2}\1\d{1,2}")

    @cached_property
    def digit_run(self) -> re.Pattern:
        """A run of digits longer than a title holds (an index number)."""
        return re.compile(rf"\d{{{self.data['title']['title_digit_run_max'] + 1},}}")

    @cached_property
    def trailing_stamp(self) -> re.Pattern:
        """The page's date stamp after a line's text: …工作安排 2020-10-19, …报告 [2024-01-05]."""
        return re.compile(r"\s+[\[［(（]?\d{4}([-/.])\d{1,2}\1\d{1,2}[\]］)）]?$")

    @cached_property
    def cell_value(self) -> re.Pattern:
        """A figure cell of a flattened table alone on its line: 0, 124, 12.5%."""
        return re.compile(self.data["cells"]["value"])

    @cached_property
    def cell_broken_next(self) -> str:
        """What opens the line after a figure a PDF broke out of its sentence: a unit (年, 亩, 个) or a mark."""
        return self.data["numbering"]["bare_not_after"] + self.data["cells"]["broken_next"]

    @cached_property
    def time_phrase(self) -> re.Pattern:
        """A clause that is only a date or a period: 2024年11月份, 201*年度, 今年以来."""
        return re.compile(self.data["sentences"]["time_phrase"])

    @cached_property
    def year_lead_loose(self) -> re.Pattern:
        """A line opening with a year, its last digits perhaps a template's blank: 2023年, 201*年."""
        return re.compile(rf"^{YEAR_LOOSE}")

    @cached_property
    def year_lead(self) -> re.Pattern:
        """A line opening with a year: 2024年工作要点, 二〇二四年工作总结."""
        return re.compile(rf"^(?:\d{{4}}|[{self.cn}]{{4}}) ?年")  # (2018 年: a PDF copy spaces the figures)

    @cached_property
    def trailing_note(self) -> re.Pattern:
        """A note in brackets at a line's end, either width (…对照检查材料(含案例))."""
        return re.compile(rf"[(（][^()（）]{{2,{self.data['title']['note_max_chars']}}}[)）]$")

    @cached_property
    def title_note(self) -> re.Pattern:
        """A note in brackets at a title's end, after its 文种 (…工作总结（覆盖18个村，平均参选率89%）)."""
        return re.compile(rf"（[^（）]{{2,{self.data['title']['note_max_chars']}}}）$")

    @cached_property
    def handling_mark(self) -> re.Pattern:
        """A handling mark alone on its line over the title (内部资料, 注意保存, 秘密★1年), a page
        number or 份号 perhaps before it (1 内部资料); or a congress's label over the report it prints
        (叶县十六届人大四次会议文件(五))."""
        t = self.data["title"]
        return re.compile(rf"^(?:\d{{1,6}}\s*)?(?:{alt(t['handling_marks'])})(?:[★☆]\S{{0,6}})?$"
                          rf"|^.{{0,30}}(?:{alt(t['meeting_file_words'])})(?:[（(][^（）()]{{1,4}}[)）]?|之\S{{1,3}})?$")

    @cached_property
    def meeting_body(self) -> re.Pattern:
        """A congress's or conference's name with its term, the first line of its label wrapped (黄陂区第六届
        人民代表大会 / 第二次会议文件(6)."""
        return re.compile(r"第[一二三四五六七八九十\d]{1,3}届.{0,12}(?:人民代表大会|委员会|代表大会)$")

    @cached_property
    def year_named(self) -> re.Pattern:
        """A year named anywhere in a line (group 1 its figures): …街道2019年工作总结."""
        return re.compile(rf"(\d{{4}}|[{self.cn}]{{4}})年")

    @cached_property
    def menu_number(self) -> re.Pattern:
        """The number of an item of a page's numbered list (1. 目录): group 1 the number."""
        return re.compile(r"^(\d{1,2})[.．、](?![0-9])\s*")

    @cached_property
    def description_label(self) -> re.Pattern:
        """A doc site's label of its description alone on its line (文档简介, 文档介绍:)."""
        return re.compile(rf"^({alt(self.data['chrome']['description_labels'])})\s*[：:]?$")

    @cached_property
    def page_counter(self) -> re.Pattern:
        """A PDF's page counter alone: 第1页共4页, 共4页 第1页."""
        return re.compile(self.data["chrome"]["page_counter"])

    @cached_property
    def chunk_first(self) -> re.Pattern:
        """A doc site's first chunk number before its text, a figure after it allowed: 1、2023年… (group 1: 1)."""
        return re.compile(r"^(1)、\s*")

    @cached_property
    def clock(self) -> re.Pattern:
        """A time of day after a page's date: 08:58, 00:00:00."""
        return re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")

    @cached_property
    def glued_first_item(self) -> re.Pattern:
        """The first marker of a lower level glued on to a heading's phrase (…具体措施（一）全面推行…)."""
        return re.compile(alt(self.data["numbering"]["glued_first_items"]))

    @cached_property
    def whole_title(self) -> re.Pattern:
        """A line ending as a whole title does: with a 文种 (…工作报告, …工作打算)."""
        return re.compile(rf"(?:{alt(self.official['genres'] + self.data['title']['whole_ends'])})$")

    @cached_property
    def wrap_opening_marks(self) -> re.Pattern:
        return re.compile(alt(self.data["title"]["wrap_opening_marks"]) + r"|\d")

    @property
    def title_join_leads(self) -> tuple[str, ...]:
        return tuple(self.data["title"]["join_leads"])

    @cached_property
    def byline(self) -> re.Pattern:
        by = self.data["byline"]
        return re.compile(rf"^({alt(by['leads'])}|{re.escape(by['slash_lead'])}\s*[/／])")

    @cached_property
    def office_words(self) -> str:
        """The speaker's office (group-free pattern): its last word one of byline.offices, perhaps its
        note glued on (镇长候选人)."""
        by = self.data["byline"]
        return f"(?:{alt(by['offices'])})(?:{alt(by['office_notes'])})?"

    @cached_property
    def official_byline(self) -> re.Pattern:
        """…县长 张三: an office (perhaps a note in brackets after it: 副区长（提名人选）), a space or a colon (县长:石进), a name of
        2–11 characters (spaces and · inside, up to three between two: 郭  宁)."""
        ph = chars(self.data["byline"]["placeholders"])
        return re.compile(rf"^.{{0,20}}({self.office_words})(?:（[^（）]{{1,8}}）)?(?:(?:[\s\u3000]*：[\s\u3000]*|[\s\u3000]+)"
                          rf"[{CJK}]([\s\u3000]{{0,3}}[{CJK}·]){{1,10}}|[\s\u3000]*[{ph}]{{2,4}})$")

    @cached_property
    def unit_byline(self) -> re.Pattern:
        """Authors' names, a space between, with their unit in brackets: 徐某某 冯 某(某省司法厅)."""
        lo, hi = self.data["byline"]["name_chars"]
        name = rf"[{CJK}](?:[\s\u3000]?[{CJK}]){{{lo - 1},{hi - 1}}}"
        return re.compile(rf"^{name}(?:[\s\u3000]+{name}){{0,3}}\s*（[{CJK}、]{{2,20}}）$")

    @cached_property
    def edited_by(self) -> re.Pattern:
        """A body's name, a space, then its mark as the text's compiler: …规划编制工作领导小组办公室 编."""
        ends = alt(self.data["cover"]["issuer_ends"])
        return re.compile(rf"^[{CJK}“”\d（）]{{2,{self.issuer_max}}}?(?:{ends})[\s\u3000]+"
                          rf"(?:{alt(self.data['byline']['editor_marks'])})$")

    @cached_property
    def dated_byline(self) -> re.Pattern:
        """A body's name then the date it wrote on, in brackets: 卓尼县自然资源局 （2022年2月25日）."""
        n = self.data["byline"]["dated_name_chars"]
        return re.compile(rf"^[{CJK}、]{{2,{n}}}\s*（\d{{4}}年\d{{1,2}}月\d{{1,2}}日）$")

    @cached_property
    def piece_count(self) -> re.Pattern:
        """A sample site's count of the pieces it collects, after the title: …工作计划8篇, …总结（精选5篇）."""
        return re.compile(r"(?<!第)[（(【]?(?:精[选選]|通用|汇总|匯總)?(?:\d{1,3}|多)篇[）)】]?$")

    @cached_property
    def piece_number(self) -> re.Pattern:
        """One piece's number after its title: …工作计划篇1, …总结（篇一）, …总结【篇2】, …总结【第一篇】."""
        return re.compile(rf"[（(【]?(?:第[{self.cn}0-9]{{1,3}}篇|篇(?:\d{{1,3}}|[{self.cn}]{{1,3}}))[）)】]?$")

    @cached_property
    def pieces_counted(self) -> re.Pattern:
        """The count of the pieces a compilation holds, anywhere in its name: (4篇), (6篇)… (a site named
        政府工作报告汇编 has none)."""
        return re.compile(rf"\d{{1,3}}{re.escape(self.data['chrome']['essay_label'])}")

    @cached_property
    def piece_ordinal(self) -> re.Pattern:
        """One piece's ordinal in brackets after a title shown before without it: …讲话材料(一), …总结(2)."""
        return re.compile(rf"[（(](?:[{self.cn}]{{1,3}}|\d{{1,2}})[）)]$")

    @cached_property
    def piece_lead(self) -> re.Pattern:
        """One piece's number before its title: 第一篇:…, 篇一：…, 第2篇 …."""
        return re.compile(rf"^(?:第[{self.cn}0-9]{{1,3}}篇|篇[{self.cn}0-9]{{1,3}})\s*[：:]?\s*")

    @cached_property
    def site_mark(self) -> re.Pattern:
        """A site's word in brackets after a headline: 【完整版】, （精选）, (范文)."""
        return re.compile(rf"[（(【\[](?:{alt(self.data['title']['site_suffixes'])})[）)】\]]$")

    @cached_property
    def form_field(self) -> re.Pattern:
        """A form's field under a report's title: a short label naming what it asks, its colon, its
        value (部门（单位）名称：某某镇政府, 预算编码：, 评价方式：…)."""
        t = self.data["title"]
        return re.compile(rf"^[^：，。\s]{{0,{t['form_label_max_chars']}}}(?:{alt(t['form_label_ends'])})[：:]")

    @cached_property
    def occasion_title(self) -> re.Pattern:
        """A speech's or report's occasion as a title: 在…第五次会议上的报告, 在全县…会上的讲话."""
        ends = alt(self.data["subtitle"]["occasion_ends"])
        return re.compile(rf"^{re.escape(self.data['subtitle']['wrapped_start'])}[^，。；：、]{{2,60}}(?:{ends})的(?:讲话|报告|发言)$")

    @cached_property
    def glued_speaker(self) -> re.Pattern:
        """The speaker's office with the name glued on, under a dateline: 县长王亚珍, 镇党委书记张三,
        中共XX县区委常委、组织部长张伟强 (spaces squeezed out)."""
        lo, hi = self.data["byline"]["name_chars"]
        ph = chars(self.data["byline"]["placeholders"])
        return re.compile(rf"^[{CJK}、{ph}]{{0,20}}({self.office_words})[{CJK}·]{{{lo},{hi}}}$")

    @cached_property
    def office_line(self) -> re.Pattern:
        """The speaker's office alone, the name lost or left out (镇代镇长, 县司法局局长): a speaker line
        under a dateline only."""
        return re.compile(rf"^[{CJK}、]{{0,20}}({self.office_words})$")

    @cached_property
    def recipient_item_end(self) -> re.Pattern:
        """The end of a recipient's name in a recipients line (…委, …单位), a bracketed alias after it."""
        c = self.data["cover"]
        return re.compile(rf"(?:{alt(c['issuer_ends'] + c['recipient_ends'])})(?:[（(][^（）()]{{1,12}}[）)])?$")

    def bodies_named(self, f: str) -> bool:
        """f is one body's name or several with a space between (中共某乡委员会 某乡人民政府), each at most
        cover.max_issuer_chars and ending as a body's name does."""
        names = f.split()
        return bool(names) and all(len(n) <= self.issuer_max and self.issuer_end.search(n) for n in names)

    @cached_property
    def issuer_end(self) -> re.Pattern:
        """A body's name ends here (…司法局, …委员会), not in a word that only ends so (新格局, 大局)."""
        cover = self.data["cover"]
        ends = []
        for w in sorted(cover["issuer_ends"], key=len, reverse=True):
            nots = "".join(f"(?<!{re.escape(n[:-len(w)])})" for n in cover["issuer_not_ends"]
                           if n.endswith(w) and len(n) > len(w))
            ends.append(nots + re.escape(w))
        return re.compile(rf"({'|'.join(ends)})$")

    # --- 版头, 附件说明, 版记 (GB/T 9704 7.2, 7.3.6, 8) -----------------------------------------
    @cached_property
    def official(self) -> dict:
        return self.data["official"]

    @cached_property
    def issuer_mark(self) -> re.Pattern:
        """龙湾区司法局文件, 中共某某县委 某某县人民政府文件: bodies' names, then 文件."""
        o = self.official
        return re.compile(rf"^(?=.{{4,{o['issuer_mark_max_chars']}}}$)[{CJK}（）\s]+?"
                          rf"(?:{alt(self.data['cover']['issuer_ends'])})\s*{re.escape(o['issuer_mark_word'])}$")

    @cached_property
    def conference_mark(self) -> re.Pattern:
        """某某县第十七届人民代表大会第四次会议文件, 大宁县十七届人大四次会议文件: a meeting, then 文件."""
        o = self.official
        return re.compile(rf"^(?=.{{6,{o['issuer_mark_max_chars']}}}$)[{CJK}0-9（）\s]*?"
                          rf"(?:{alt(o['conference_words'])})[{CJK}0-9\s]*?(?:{alt(o['conference_ends'])})"
                          rf"\s*{re.escape(o['issuer_mark_word'])}$")

    @cached_property
    def doc_number(self) -> re.Pattern:
        """龙司发〔2023〕3号 (with its 签发人：… after it, in an upward document)."""
        o = self.official
        return re.compile(rf"^{self.doc_number_text}(?:\s+(?:{alt(o['signer_labels'])})\s*[：:]\s*\S.{{0,20}})?$")

    @cached_property
    def table_rule(self) -> re.Pattern:
        """The rule row of a Markdown table (|---|---|, | :-- | --: |): no field, and no end of the table."""
        return re.compile(r"^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$")

    @cached_property
    def counted_label(self) -> re.Pattern:
        """A label counted by its ordinal before a heading's colon: 案例一, 亮点2, 经验三."""
        return re.compile(rf"^(?:{alt(self.data['sentences']['counted_labels'])})[一二三四五六七八九十\d]{{1,3}}$")

    @cached_property
    def keyword_label(self) -> re.Pattern:
        """A keyword label before a heading's colon: “快”字为先, 一个认识."""
        return re.compile(self.data["sentences"]["keyword_label"])

    @cached_property
    def damaged_doc_number(self) -> re.Pattern:
        """A 发文字号 whose copy lost its closing bracket and 号, the year run into the number:
        粤司〔2017497 (read only under the issuer's mark)."""
        o = self.official
        return re.compile(rf"^[{CJK}]{{1,12}}\s*[{chars(o['doc_number_open'])}]\s*\d{{4}}\d{{0,4}}$")

    @cached_property
    def doc_number_suffix(self) -> re.Pattern:
        """A 发文字号 in brackets after a title on a portal's headline: …的通知（岳办发〔2017〕2号）."""
        return re.compile(rf"\s*[（(]{self.doc_number_text}[）)]$")

    @cached_property
    def doc_number_text(self) -> str:
        """A 发文字号 as text: 龙司发〔2023〕3号."""
        o = self.official
        return (rf"[{CJK}]{{1,12}}\s*[{chars(o['doc_number_open'])}]\s*\d{{4}}\s*[{chars(o['doc_number_close'])}]"
                rf"\s*\d{{1,4}}\s*{re.escape(o['doc_number_word'])}")

    @cached_property
    def attachment_note(self) -> re.Pattern:
        """附件：1.名称 / 附件：名称 (group 1: what follows the label)."""
        word = r"\s*".join(self.data["closing"]["attachment"])
        return re.compile(rf"^{word}\s*[：:]\s*(\S.*)$")

    @cached_property
    def note_item(self) -> re.Pattern:
        """An attachment item's number: 2.名称, 2、名称, （2）名称 (group 1 or 2: the number)."""
        return re.compile(r"^(?:(\d{1,2})[.．、]|（(\d{1,2})）)\s*\S")

    @cached_property
    def cc(self) -> re.Pattern:
        return re.compile(rf"^({alt(self.official['cc_labels'])})\s*[：:]")

    @cached_property
    def notice_title(self) -> re.Pattern:
        """关于印发《…》的通知, 某某局关于…的报告: a title by its 关于 and 文种; 某某办公室转发…的通知
        (a 转发 or 印发 notice without 关于); or a 印发 notice's
        title that a portal ends with the name of what it issues (…关于印发《…实施意见(2024—2025年)》)."""
        o = self.official
        return re.compile(rf"^.{{0,{o['notice_issuers_max_chars']}}}(?:{re.escape(o['notice_title_lead'])}(?:.{{2,100}}的({alt(o['genres'])})"
                          rf"|{re.escape(o['imprint_verb'])}《[^《》]{{2,100}}》)"
                          rf"|(?:{alt(o['notice_verbs'])}).{{2,100}}的通知)$")

    @cached_property
    def pinyin_noise(self) -> re.Pattern:
        """A character's pinyin in brackets after it on a transcoded copy: (fā), （guān）, (huì ); and the
        ? its transcoding left for a character it could not map, glued to the line's last word (…年度報告?)."""
        script = self.data["script"]
        tones, n = script["pinyin_tones"], script["pinyin_max_letters"]
        lost = "" if not script["lost_glyph_at_end"] else rf"|(?<=[{CJK}])[{re.escape(script['lost_glyph_at_end'])}]+$"
        return re.compile(rf"(?<=[{CJK}])[(（](?=[^)）]{{0,{n}}}[{tones}])[a-z{tones}]{{1,{n}}} ?[)）]{lost}")

    def is_traditional(self, lines: list[str]) -> bool:
        """The text is a traditional-character copy: its first script_sample characters hold at least
        script_min traditional ones (looked at once per document, so reading stays linear)."""
        seen = hits = 0
        for line in lines:
            for c in line[:self.script_sample - seen]:
                if c in self.traditional_chars:
                    hits += 1
                    if hits >= self.script_min:
                        return True
            seen += len(line)
            if seen >= self.script_sample:
                break
        return False

    # --- chrome -----------------------------------------------------------------------------
    @property
    def stamp_text(self) -> str:
        """A date stamp with an optional time: 2025-02-09 09:45:30, 2024/07/08, 2026年01月08日 (its month
        and day perhaps left as placeholders: 2025-××-××)."""
        return rf"(?:{self.web_date}|\d{{4}}年\d{{1,2}}月\d{{1,2}}日)(?:{self.clock_after})?"

    @property
    def web_date(self) -> str:
        """A page's date with dashes, slashes or dots: 2025-02-09, 2024/7/8, 2025-××-××, 201X/X/XX (a
        template's placeholders, its year too: ××××-××-××)."""
        return r"(?:\d{3}[\dXx×]|[Xx×]{4})[-/.](?:\d{1,2}|[××Xx]{1,2})[-/.](?:\d{1,2}|[××Xx]{1,2})"

    @property
    def clock_after(self) -> str:
        """The time after a page's date: 09:45, 09:45:30 (or its placeholders: ×:×)."""
        return r"\s+(?:\d{1,2}|××?)[:：](?:\d{2}|××?)(?:[:：](?:\d{2}|××?))?"

    @cached_property
    def spaced_figure(self) -> re.Pattern:
        """The space a PDF's copy sets between a figure and its 年/月/日 (2019 年工作计划, 2018 年 3 月): no
        break between a row's items."""
        return re.compile(r"(?<=\d)[ \u3000]+(?=[年月日])|(?<=[年月])[ \u3000]+(?=\d)")

    @cached_property
    def copy_number(self) -> re.Pattern:
        """A file's copy number after its name, in brackets: 河长制工作总结 (2), …总结（1）."""
        return re.compile(r"\s*（\d{1,2}）$")

    @cached_property
    def figures_date(self) -> re.Pattern:
        """A date whose 年, 月 and 日 the copy lost, seven figures or eight (2023626, 20230626): under a
        notice's 署名, its 成文日期."""
        return re.compile(r"^(?:19|20)\d{2}(?:1[0-2]|0?[1-9])(?:3[01]|[12]\d|0?[1-9])$")

    @cached_property
    def stamp_whole(self) -> re.Pattern:
        """A page's date stamp and nothing else (2022.11.05, 2024-01-02 10:30, 2026年01月08日)."""
        return re.compile(rf"^(?:{self.stamp_text})$")

    @cached_property
    def stamp(self) -> re.Pattern:
        """A time stamp of the web page (2025-02-09 09:45:30, 2026年02月10日 07时41分)."""
        return re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2})(\s+\d{1,2}[:：]\d{2}([:：]\d{2})?)?$"
                          r"|^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}[时:：]\d{2}分?$")

    @cached_property
    def article_header(self) -> re.Pattern:
        """An article's header line: a field label of the site's (来源, 时间, 发布时间, 日期 …), then
        its colon and the page's date stamp, at the line's start or after a space or a bracket; or
        two such fields (来源：县司法局　作者：李明); or the page's time stamp alone."""
        ch = self.data["chrome"]
        label = rf"(?:^|[\s|｜【\[])(?:{alt(ch['stamp_labels'] + ch['field_labels'])})[：:]"
        return re.compile(rf"{label}\s*{self.stamp_text}|{label}.*?{label}|{self.stamp.pattern}")

    @cached_property
    def press(self) -> re.Pattern:
        ch = self.data["chrome"]
        return re.compile(rf"^.{{2,10}}(?:({alt(ch['press_suffixes'])})|报\s*(?:{alt(ch['press_editions'])}))$")

    @cached_property
    def keyword_line(self) -> re.Pattern:
        """A document site's keyword line: bare words joined by commas, one a year (镇政府,工作报告,2023)."""
        ch = self.data["chrome"]
        word = rf"[^，、\s。；：]{{1,{ch['keyword_max_chars']}}}"
        return re.compile(rf"^(?=(?:.*[，、])?\d{{4}}(?:[，、]|$)){word}(?:[，、]{word}){{{ch['keyword_min_words'] - 1},}}$")

    @cached_property
    def chrome_lines(self) -> list[re.Pattern]:
        ch = self.data["chrome"]
        meta = alt(self.data["metadata"]["strong"] + ["文号"])
        return [
            re.compile(r"^【?\s*(字号|字体)(大小)?\s*[：:]"),
            re.compile(rf"(?:^|\s|\.(?:cn|com|net|org))({alt(ch['stamp_labels'])})\s*[：:]\s*{self.stamp_text}"),
            re.compile(rf"^【[^】]{{1,{ch['bracket_label_max']}}}】$"),
            # a site's tag line in brackets, a dash before its column (【- 县民政局工作总结】) [docsites; sets 164]
            re.compile(r"^【\s*[-—–]\s*[^【】]{1,30}】$"),
            re.compile(rf"^({alt(ch['field_labels'])})[：:].{{0,{ch['field_value_max']}}}$"),
            self.preview_notice,
            re.compile(r"^(https?://|www\.)\S+$", re.I),
            self.forum_mark,
            # a site's banner between dashes, its chunk counter before it (1、-精品合同推荐-) [docsites]
            re.compile(r"^(?:[0-9]{1,2}[、.．]\s*)?[-—–~～]+[^-—–~～]{1,20}[-—–~～]+$"),
            re.compile(rf"^[^。，；,;]{{0,{ch['watermark_max_chars']}}}?(?:https?://|www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
                       rf"\.(?:{alt(ch['watermark_tlds'])})/?$", re.I),
            re.compile(rf"^{self.stamp_text}\s*(星期|周)[一二三四五六日天]"),
            re.compile(rf"^({alt(ch['download_leads'])})"),
            re.compile(rf"^.{{0,{ch['download_tail_max']}}}\s({alt(ch['download_leads'])})$"),
            # (the site's badges glued on one after another: ….docxVIP专享VIP免费原创 [sets 137])
            re.compile(rf"^[^。；，]{{1,{ch['file_line_max']}}}\.({alt(ch['file_extensions'])})(?:{alt(ch['file_badges'])})*$", re.I),
            # a doc site's file card: its tags, the file's type and its pages (工作总结 总结 计划 DOCX 7页 下载0 …)
            re.compile(rf"^(?:[^。；，]{{0,{ch['file_line_max']}}}\s)?({alt(ch['file_extensions'])})\s+\d{{1,4}}\s*页"
                       rf"[^。；，]{{0,{ch['file_line_max']}}}?(?:下载|浏览|阅读|[KM]B|\d{{4}}-\d{{1,2}})[^。；，]*$", re.I),
            re.compile(rf"^({meta})\s*[|｜：:]"),
            # a portal's headline naming a document by its 发文字号 then its name: 法发〔2018〕23号《…》
            re.compile(rf"^{self.doc_number_text}\s*《[^《》]{{2,}}》$"),
            re.compile(r"^[|｜\s]+$"),
            re.compile(rf"^[{chars(ch['rule_chars'])}]{{{ch['rule_min']},}}$"),
            re.compile(rf"({alt(ch['caption_by'])}).{{0,12}}{re.escape(ch['caption_end'])}$"),
            re.compile(rf"^({alt(ch['share'])})"),
            re.compile(rf"^【({alt(ch['bracket_buttons'])})"),
            re.compile(ch["click"]),
            re.compile(rf"^.{{0,20}}{re.escape(ch['speech_intro'])}[。.]?$"),
            re.compile(rf"^({alt(ch['lead_labels'])})[：:]"),
            re.compile(rf"^[0-9a-f]{{{ch['hex_id_min']},}}[：:]?$"),
            re.compile(rf"^[{CJK}]{{0,{ch['uploader_max_chars']}}}({alt(ch['stamp_labels'])})[：:]?\s*[\d\s:-]+$"),
            self.keyword_line,
            re.compile(alt(ch["blurb_words"])),
            re.compile(rf"^(?=.*(?:{alt(ch['paywall_words'])})).{{1,{ch['paywall_max_chars']}}}$"),
            self.description_label,
            re.compile(rf"^[|｜]\s*[^|｜]{{1,{ch['tag_max_chars']}}}\s*[|｜]$"),
            re.compile(r"^【[^】]*(https?://|www\.)[^】]*】$", re.I),
            re.compile(alt(ch["desktop_words"])),
            self.page_counter,
            re.compile(ch["forum_pager"]),
            re.compile(ch["tag_line"]),
            re.compile(ch["read_counter"]),
            re.compile(ch["press_page"]),
            # the portal's name and address with the posting's date (内乡政府门户网站  www.….gov.cn   2024-04-30   来源:)
            re.compile(rf"(?:https?://|www\.)[a-z0-9.-]+\S*\s+{self.stamp_text}", re.I),
            re.compile(rf"^(?:(?:{alt(ch['media_buttons'])})[\s\u3000|｜]*)+$"),
            re.compile(ch["omission_note"]),
            # a doc site's page image's caption: …工作报告.docx_第1页 [sets 46]
            re.compile(rf"\.(?:{alt([e.lower() for e in ch['file_formats']] + [e.upper() for e in ch['file_formats']])})"
                       rf"[_\s]*第\s*\d{{1,4}}\s*页$"),
            # an index number glued to its label: 监督索引号53092200643401000 [sets 32, 42]
            re.compile(rf"^(?:{alt(ch['index_labels'])})\s*[：:]?\s*[0-9A-Za-z/\-－—]{{6,}}$"),
            # a label then only the page's date stamp: 来源时间为:2021-06-08 [sets 39]
            re.compile(rf"^[{CJK}]{{1,{ch['stamp_label_max_chars']}}}[：:]\s*{self.web_date}(?:{self.clock_after})?$"),
            # the page's stamp and a counter or field label after it: 2023/8/7 23:36:09 点击: 1024 [sets 39]
            re.compile(rf"^{self.stamp_text}\s*(?:{alt(ch['counter_labels'] + ch['field_labels'] + ['点击', '阅读', '浏览'])})"
                       rf"[：:]\s*[\d×]*$"),
            re.compile(ch["file_stats"]),
            re.compile(rf"^(?=.*[{chars(ch['page_number_dashes'])}])[{chars(ch['page_number_dashes'])}\s]*\d{{1,3}}[{chars(ch['page_number_dashes'])}\s]*$"),
            # the site's address after a label and a colon, the site's slogan before it (老金范文,海量公文素材资料,
            # 下载网址:www.…) [docsites; sets 86]
            re.compile(r"^[^。！？]*[：:]\s*(?:https?://|www\.)\S+$", re.I),
            # a WeChat article's furniture in a mirror's copy: 收录于合集 #… ×个, 阅读原文, 长按识别二维码 [sets 87]
            re.compile(rf"^(?:{alt(ch['wechat_leads'])})"),
            # a link to the site's own statement, its date before it: 2022-11-08 某某网的版权声明 [sets 87], a
            # button or two after it: 2024-07-06 版权声明 我要投稿 [sets 159]
            re.compile(rf"^(?:{self.web_date}\s*)?[^。，；,;]{{0,{ch['statement_link_max_chars']}}}的?"
                       rf"(?:{alt(self.data['footer']['notice_heads'])})(?:\s+[^\s。，；,;]{{1,6}}){{0,2}}$"),
        ]

    @cached_property
    def position(self) -> re.Pattern:
        """A where-am-I label: 当前位置： 您当前所在位置: 您所在的位置 : 您的当前位置: (SPEC: chrome)."""
        ch = self.data["chrome"]
        who, when = alt(ch["position_who"]), alt(ch["position_when"])
        return re.compile(rf"^(?:(?:{who})的?(?:{when})?|(?:{when}))(?:{alt(ch['position_where'])})?的?"
                          rf"(?:{alt(ch['position_word'])})是?\s*[：:]")

    @cached_property
    def breadcrumbs(self) -> list[re.Pattern]:
        """A breadcrumb in its forms: a where-am-I label, 首页 > …, items joined by separators."""
        seps = chars("".join(self.data["chrome"]["breadcrumb_separators"]))
        return [self.position, self.breadcrumb_line, re.compile(rf"^首页\s*[{seps}/]")]

    @cached_property
    def breadcrumb_line(self) -> re.Pattern:
        """Short items joined by two breadcrumb separators or more: 巴中在线 > 资讯 > 知识问答, or
        each item after its separator (>政务频道 >政务公开 >本局文件, a breadcrumb wrapped after 首页); the
        last item may be the page's title (chrome.breadcrumb_last_item_max), or left out after the last
        separator (学习啦>总结>总结报告>)."""
        ch = self.data["chrome"]
        sep = alt(ch["breadcrumb_line_separators"])
        seps = chars("".join(ch["breadcrumb_line_separators"]))
        item = rf"[^{seps}。；，]{{1,{ch['breadcrumb_item_max']}}}"
        last = rf"[^{seps}。；，]{{1,{ch['breadcrumb_last_item_max']}}}"
        return re.compile(rf"^(?:{item}|(?:{sep})\s*{item}(?=\s*(?:{sep})))(?:\s*(?:{sep})\s*{item}){{1,}}"
                          rf"\s*(?:{sep})\s*(?:{last})?\s*$")

    @cached_property
    def preview_notice(self) -> re.Pattern:
        """(预览已结束,下载文档查看全文) and the like: a short bracketed note of a doc site; unbracketed,
        a short line with no sentence end that names the preview and the download (本文档仅提供部分内容
        预览，完整内容请下载后查看)."""
        ch = self.data["chrome"]
        most = ch["notice_max_chars"]
        return re.compile(rf"^（(?=[^）]*(?:{alt(ch['notice_words'])}))[^）]{{2,{most}}}）$"
                          rf"|^(?=.*(?:{alt(ch['preview_words'])}))(?=.*(?:{alt(ch['download_words'])}))[^。！？]{{4,{most}}}$")

    @cached_property
    def site_name(self) -> re.Pattern:
        """A government body's name, then optionally the portal's words (group 2; a space may come
        between): 夏县人民政府, 古丈县人民政府门户网站, 芜湖市镜湖区人民政府 信息公开."""
        mast = self.data["masthead"]
        ends = alt(self.data["cover"]["issuer_ends"])
        return re.compile(rf"^([{CJK}（）]{{1,{mast['name_max_chars']}}}?(?:{ends}))"
                          rf"(?:\s*({alt(mast['site_words'])}))?$")

    @cached_property
    def doc_site(self) -> re.Pattern:
        """A document-sharing or sample-essay site's name alone on its line, or with its section or menu
        word after it: 原创力文档, 好范文网, 三味园范文网 导航, 腾讯文档 · 文库."""
        mast = self.data["masthead"]
        return re.compile(rf"^{self.doc_site_text}(?:\s*[{chars(mast['doc_site_joiners'])}]?\s*"
                          rf"(?:{alt(mast['doc_site_parts'])}))?$")

    @cached_property
    def doc_site_text(self) -> str:
        """A document-sharing or sample-essay site's name: 原创力文档, 三味园范文网, 腾讯文档."""
        mast = self.data["masthead"]
        # (figures and letters in the name too: 265学习网, 51公文网; a CJK character among them)
        return (rf"(?=[0-9A-Za-z]*[{CJK}])[{CJK}0-9A-Za-z]{{1,{mast['doc_site_max_chars']}}}"
                rf"(?:{alt(mast['doc_site_ends'])})")

    @cached_property
    def doc_site_slogan(self) -> re.Pattern:
        """A document site's name, a spaced dash or dot, then its slogan or section, whatever its words:
        找总结网 - 工作总结范文大全, 39养生网 - 范文频道 (no title has a site's name before a spaced dash)."""
        mast = self.data["masthead"]
        return re.compile(rf"^{self.doc_site_text}\s+[{chars(mast['doc_site_joiners'])}]\s+"
                          rf"[^。；，,：:]{{1,{mast['doc_site_slogan_max_chars']}}}$")

    @cached_property
    def window_title(self) -> re.Pattern:
        """A browser window title: the page's title, a dash, then the site's name (group 1)."""
        seps = chars("".join(self.data["masthead"]["window_separators"]))
        return re.compile(rf"^.{{2,80}}?\s*[{seps}]\s*(\S{{2,40}})$")

    @cached_property
    def index_table_leads(self) -> tuple[str, ...]:
        return ("索引号", "组配分类", "发布机构", "生成日期")

    @cached_property
    def meta_field(self) -> re.Pattern:
        """A metadata field at the start of a line: (bullet) label, then a separator or the end;
        group 1 is the label, group 2 what follows it."""
        meta = self.data["metadata"]
        return re.compile(rf"^[{chars(meta['bullets'])}|｜\s]*(?:{self.stamp_text}\s+)?[\[［【]?\s*"
                          rf"((?:{spaced_alt(meta['labels'])})(?:[/／](?:{spaced_alt(meta['labels'])}))*)"
                          rf"\s*[\]］】]?(?:\s*[：:|｜\t]|\s+|$)(.*)$")

    @cached_property
    def meta_fields(self) -> re.Pattern:
        """Every metadata field of a line (索引号：…\t发布机构：…, | 组配分类 | … | 发布机构 |)."""
        meta = self.data["metadata"]
        return re.compile(rf"(?:^|[\s|｜\[［【{chars(meta['bullets'])}])\s?({spaced_alt(meta['labels'])})\s*"
                          rf"(?=[：:|｜\t\]］】]|\s|$)")

    @cached_property
    def loose_field(self) -> re.Pattern:
        """A field of a line in a metadata block: a short CJK label and a colon (group 1 the label)."""
        return re.compile(rf"(?:^|(?<=\s))([{CJK}]{{1,{self.meta_loose_max}}})\s*[：:]")

    @cached_property
    def text_bullets(self) -> re.Pattern:
        """A list bullet opening a line of plain text: - item, • item, ●item (not —— or -1)."""
        lst = self.data["lists"]
        return re.compile(rf"^([{chars(lst['spaced_bullets'])}]\s+|[{chars(lst['bullets'])}]\s*)(?=\S)")

    @cached_property
    def continuation(self) -> re.Pattern:
        return re.compile(rf"^[{chars(self.continuation_start)}]")


@functools.cache
def vocab() -> Vocab:
    """The parser's vocabulary, loaded on first use."""
    return Vocab(load_toml("outline.toml"))
