"""What a rule sees and what it reports: `Context` (one document, its text and lines, the config,
last year's document) and `Hit` (a span of the text, or an explicit line/column). Rule modules
import this module and `drafter.lint.registry`, never the engine."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from drafter.core import document as D
from drafter.core.document import Document
from drafter.lint.config import Config
from drafter.lint.lexicon import LazyPattern

# Block kinds whose text is report text (checked by the text rules).
TEXT_KINDS = frozenset({D.TITLE, D.SUBTITLE, D.BYLINE, D.SALUTATION, D.HEADING, D.PARAGRAPH, D.CELL, D.SIGNATURE,
                        D.DATE, D.COVER, D.IMPRINT, D.ATTACHMENT, D.ATTACHMENT_NOTE, D.CC})
BODY_KINDS = frozenset({D.HEADING, D.PARAGRAPH, D.TITLE, D.SUBTITLE, D.SALUTATION, D.COVER})


@dataclass
class Hit:
    """What a rule reports: a span of the document text (start offset, length) or, for document
    rules, an explicit line/column. `variant` picks a variant message/severity of the rule
    (`message_<variant>` in the catalogue)."""
    rule: str
    start: int = -1
    length: int = 1
    fix: str | None = None
    args: dict = field(default_factory=dict)
    line: int | None = None     # explicit position (structure and document rules)
    column: int | None = None
    kinds: frozenset | None = None  # the block kinds this hit may sit on (default TEXT_KINDS)
    variant: str = ""


class Memo:
    """Per-document data that the rules of one family share, built by the first rule that asks
    (so only when one of them is enabled)."""

    _memo: dict

    def memo(self, key, build):
        """`build(self)`, once per document."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build(self)
            return value

    def family_hits(self, key, build, rule_id: str) -> list:
        """The hits of `rule_id` among those that one shared pass `build(self)` finds for a family."""
        return [h for h in self.memo(key, build) if h.rule == rule_id]


class Context(Memo):
    """Everything a text rule may look at."""

    def __init__(self, doc: Document, config: Config, previous: Document | None = None):
        self.doc = doc
        self.config = config
        self.previous = previous
        self.lines = doc.lines
        self.text = "\n".join(doc.lines)
        starts = [0]
        for ln in doc.lines:
            starts.append(starts[-1] + len(ln) + 1)
        self.starts = starts
        kinds = [D.BLANK] * len(doc.lines)
        self.block_at: list = [None] * len(doc.lines)
        for b in doc.blocks:
            if 1 <= b.line <= len(kinds):
                kinds[b.line - 1] = b.kind
                self.block_at[b.line - 1] = b
        self.kinds = kinds
        self._year: int | None | bool = False
        self._folded: str | None = None
        self._memo: dict = {}
        self._marks: dict[str, Marks] = {}

    @property
    def folded(self) -> str:
        """The text with ASCII , ; : ( ) ! ? as full-width marks (same length, same offsets)."""
        if self._folded is None:
            from drafter.text.punct import fold
            self._folded = fold(self.text)
        return self._folded

    def line_of(self, offset: int) -> int:
        """0-based line index of a text offset."""
        return bisect.bisect_right(self.starts, offset) - 1

    def line_text(self, index: int) -> str:
        return self.lines[index]

    def text_lines(self, kinds=TEXT_KINDS):
        """(0-based index, line) of the lines whose block kind is in `kinds`."""
        for i, ln in enumerate(self.lines):
            if self.kinds[i] in kinds:
                yield i, ln

    def marks(self, chars: str) -> "Marks":
        """The offsets of `chars` in the text (see `Marks`), found once per document."""
        got = self._marks.get(chars)
        if got is None:
            got = self._marks[chars] = Marks(self.text, chars)
        return got

    @property
    def year(self) -> int | None:
        """The year the report covers (None when unknown)."""
        if self._year is False:
            self._year = report_year(self.doc) or lead_year(self.text)
        return self._year  # type: ignore[return-value]


_YEAR = LazyPattern(r"((?:19|20)\d{2})年")


def report_year(doc: Document) -> int | None:
    """The year a report covers: the year in its title (a 政府工作报告 titled 2026 reviews 2025);
    else the year of its date (a report dated early in a year covers the year before)."""
    title = doc.title
    m = _YEAR.search(title)
    if m:
        y = int(m.group(1))
        return y - 1 if "政府工作报告" in title else y
    date = doc.date
    m = re.match(r"((?:19|20)\d{2})年(\d{1,2})月", date)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return y - 1 if mo <= 6 else y
    return None


_LEAD_YEAR = LazyPattern(r"^[ \t\u3000]*((?:19|20)\d{2})年(?:度)?[，,是]", re.M)
LEAD_WINDOW = 2000


def lead_year(text: str) -> int | None:
    """For a text without a dated title or date (an excerpt): the year that opens its first
    paragraph beginning with one (“2025年，区司法局……”, “2026年是……”), searched in the first
    LEAD_WINDOW characters only."""
    m = _LEAD_YEAR.search(text, 0, LEAD_WINDOW)
    return int(m.group(1)) if m else None


_CHAR_AT: dict = {}   # id(text) -> (text, {character: its offsets}), the last few texts asked about


def _char_positions(text: str, c: str) -> list[int]:
    """The offsets of one character in `text`, found once per text and character (several rules
    ask for the same marks: 、 ， % 其 … in the text and in its folded copy)."""
    st = _CHAR_AT.get(id(text))
    if st is None or st[0] is not text:
        if len(_CHAR_AT) >= 4:
            _CHAR_AT.clear()
        st = _CHAR_AT[id(text)] = (text, {})
    got = st[1].get(c)
    if got is None:
        got = []
        i = text.find(c)
        while i >= 0:
            got.append(i)
            i = text.find(c, i + 1)
        st[1][c] = got
    return got


def positions(text: str, chars: str) -> list[int]:
    """Offsets of each of the given (rare) characters, sorted (a new list): str.find is much faster
    on long Chinese text than a regex scan."""
    if len(chars) == 1:
        return list(_char_positions(text, chars))
    out: list[int] = []
    for c in chars:
        out.extend(_char_positions(text, c))
    out.sort()
    return out


class Marks:
    """The sorted offsets of a few characters (clause or sentence marks) in one text: the nearest
    one before or after an offset within a bounded window by bisection, instead of one
    str.rfind/str.find per character at every figure."""

    __slots__ = ("at",)

    def __init__(self, text: str, chars: str):
        self.at = positions(text, chars)

    def last_before(self, a: int, lo: int) -> int:
        """The offset of the last mark in [lo, a), -1 when there is none (as max of str.rfind)."""
        at = self.at
        k = bisect.bisect_left(at, a) - 1
        return at[k] if k >= 0 and at[k] >= lo else -1

    def first_in(self, b: int, hi: int) -> int:
        """The offset of the first mark in [b, hi), -1 when there is none (as min of str.find)."""
        at = self.at
        j = bisect.bisect_left(at, b)
        return at[j] if j < len(at) and at[j] < hi else -1


def number_start(text: str, end: int, decimals: bool = False) -> int:
    """Where the run of digits (and with `decimals` the points) that ends just before `end` starts;
    `end` itself when there is none. Walks back at most over the number: linear overall."""
    s = end
    while s > 0 and (text[s - 1].isdigit() or (decimals and text[s - 1] == ".")):
        s -= 1
    return s


def anchored(text: str, marks: str, rx, back: int):
    """(offset of the mark, match) for each of the (rare) `marks` where `rx` matches from `back`
    characters before it: a check in a bounded window at each mark, never a scan of the rest."""
    for p in positions(text, marks):
        if p >= back:
            m = rx.match(text, p - back)
            if m is not None:
                yield p, m


def around(text: str, marks: str, rx, before: int, after: int, fits):
    """(offset of the mark, match) for each mark and the first match of `rx` in the window of
    `before`/`after` characters around it for which `fits(match, mark offset)` holds."""
    n = len(text)
    for p in positions(text, marks):
        for m in rx.finditer(text, max(0, p - before), min(n, p + after)):
            if fits(m, p):
                yield p, m
                break


def body_text(block) -> tuple[int, str]:
    """(offset in `block.text`, running text) of a block: a paragraph's whole text, the paragraph
    text a run-in heading carries after its heading sentence (（一）人民调解。全年调解…… → 全年调解……),
    (0, "") for any other block. Rules that read a report's running text read it here, so that the
    figures and years of a run-in heading are not missed."""
    if block.kind == D.PARAGRAPH:
        return 0, block.text
    if block.kind == D.HEADING and block.run_in and block.body:
        k = block.text.rfind(block.body)
        return (k, block.body) if k >= 0 else (0, "")
    return 0, ""


_DIGITS = LazyPattern(r"\d+")
# a whole run of U+4E00–U+9FFF characters followed by a digit: the look-behind starts it only at a
# run's first character and the possessive run never backtracks, so the scan is linear
_LABEL_RUNS = LazyPattern(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]++(?=\d)")


_LINE_SCANS: dict = {}   # (kind, line) -> its label runs or digit-run starts, for the lines of the last texts
_LINE_SCANS_MAX = 16384  # lines kept (a report has a few thousand) ...
_LINE_CHARS_MAX = 4_000_000   # ... and characters: past either, the table starts again
_LINE_CHARS = [0]


def _line_scan(kind: str, line: str) -> list:
    """The (start, end) of each label run of `line` (kind "runs": see `label_number_matches`) or
    the start of each run of digits ("digits"), found once per line text: several rules read the
    figures of the same body lines (consistency, the fact model, the shifted figures), and the
    scan is a pure function of the line's text."""
    key = (kind, line)
    got = _LINE_SCANS.get(key)
    if got is None:
        if len(_LINE_SCANS) >= _LINE_SCANS_MAX or _LINE_CHARS[0] >= _LINE_CHARS_MAX:
            _LINE_SCANS.clear()
            _LINE_CHARS[0] = 0
        _LINE_CHARS[0] += len(line)
        rx = _LABEL_RUNS if kind == "runs" else _DIGITS
        got = _LINE_SCANS[key] = [j.span() for j in rx.finditer(line)] if kind == "runs" \
            else [j.start() for j in rx.finditer(line)]
    return got


def label_number_matches(rx: re.Pattern, line: str, longest: int, shortest: int = 1):
    """Exactly the matches of `rx.finditer(line)` for a pattern that opens with a greedy run of
    `shortest`–`longest` characters U+4E00–U+9FFF (a label) and goes on with a digit (its number),
    without a match attempt at every character: such a match can only start at the earliest start
    of a run of those characters that ends right before a digit (a later start in the same run
    leaves the same rest to match), so one attempt is made per such run."""
    pos = 0
    match = rx.match
    for r, d in _line_scan("runs", line):   # each run of those characters that ends at a digit
        if d - 1 < pos:
            continue
        p = max(r, pos, d - longest)
        if d - p < shortest:
            continue
        m = match(line, p)
        if m is not None:
            yield m
            pos = m.end()


def matches_near(rx: re.Pattern, line: str, anchor: str | tuple[str, ...], reach: int):
    """Exactly the matches of `rx.finditer(line)` for a pattern every match of which holds the
    string `anchor` (or one of the strings) at most `reach` characters after its start, without a
    match attempt at every character: only the starts within `reach` before an occurrence of an
    anchor are tried, each once, in order (a bounded window per occurrence)."""
    if isinstance(anchor, str):
        at = list(occurrences(line, anchor))
    else:
        at = sorted({k for a in anchor for k in occurrences(line, a)})
    return matches_at(rx, line, at, reach)


def matches_at(rx: re.Pattern, line: str, at: list[int], reach: int):
    """`matches_near` with the anchors' offsets given (sorted): a caller that knows more about
    where a match can hold its anchor (see consistency_model's sums) passes only those offsets.
    Exactly the matches of `rx.finditer(line)` as long as every match holds one of `at` at most
    `reach` characters after its start."""
    match = rx.match
    pos = tried = 0   # the next match starts at pos or later; every start below `tried` failed
    for k in at:
        if k < pos:
            continue
        p = max(pos, tried, k - reach)
        while p <= k:
            m = match(line, p)
            if m is not None:
                yield m
                pos = m.end()
                break
            p += 1
        tried = max(tried, p)


def occurrences(text: str, word: str):
    """Every offset where `word` starts in `text`, in order (overlapping ones too): str.find, linear."""
    k = text.find(word)
    while k >= 0:
        yield k
        k = text.find(word, k + 1)


def number_matches(rx: re.Pattern, line: str):
    """Exactly the matches of `rx.finditer(line)` for a pattern every match of which starts with
    the first digit of a run of digits (it opens with a digit and a look-behind refusing one):
    a match attempt at each such run, not at every character."""
    pos = 0
    for p in _line_scan("digits", line):
        if p < pos:
            continue
        m = rx.match(line, p)
        if m is not None:
            yield m
            pos = m.end()

