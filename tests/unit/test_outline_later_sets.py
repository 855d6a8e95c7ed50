"""The outline parser on 88 later sets of real report pages (tests/data/outline_pages7 … 94, 3 to 15 pages
each, hand-labelled by helper sessions that never ran the parser; each README gives its sources and
conventions). Each set was measured once blind, then tuned to in the next round (the closing notes give
the blind figures); these are the figures after that tuning, held so that a later change cannot lose them
unnoticed. The sets' own conventions differ in one place, left as a miss: set 9 does not count an
un-numbered 引言 as a heading (set 10 does); set 10's 第一, as a level-1 marker is followed since session 9
(set 55 labels it so too)."""

from __future__ import annotations

import pytest

from conftest import DATA
from outline_measure import measure

# (labelled, found, right) per level
FIGURES = {
    7: {0: (16, 16, 16), 1: (20, 20, 20), 2: (13, 13, 13), 3: (7, 7, 7)},   # 05 relabelled: its rules' articles
    8: {0: (16, 16, 16), 1: (17, 17, 17), 2: (20, 20, 20), 3: (13, 13, 13)},
    9: {0: (19, 19, 19), 1: (22, 23, 22), 2: (18, 18, 18), 3: (13, 13, 13), 4: (9, 9, 9)},   # 引言 (see above)
    # left: run-in list items that end at the comma after a short heading phrase with no examples after
    # it (12: （2）制定普法工作计划,明确…; set 9 labels the same shape whole: 完善调解制度，保障…)
    10: {0: (18, 18, 18), 1: (20, 20, 20), 2: (15, 15, 15), 3: (14, 14, 14), 4: (9, 9, 4)},
    11: {0: (18, 18, 18), 1: (18, 18, 18), 2: (15, 15, 15), 3: (24, 24, 24)},
    # left: a damaged marker 「)健全…」, a long run-in heading
    12: {0: (21, 21, 21), 1: (18, 18, 18), 2: (18, 17, 17), 3: (2, 2, 2)},
    # sets 13–16: fifth session, each measured blind before the round that then tuned to it (rounds 11–14)
    13: {0: (17, 17, 17), 1: (15, 15, 15), 2: (11, 11, 11), 3: (4, 4, 4)},
    14: {0: (19, 19, 19), 1: (17, 17, 17), 2: (21, 21, 21), 3: (16, 16, 16)},
    # left: two run-in headings labelled as the whole first sentence with its commas (against the convention)
    15: {0: (18, 18, 18), 1: (16, 16, 16), 2: (13, 13, 13), 3: (12, 12, 12), 4: (4, 4, 4)},
    16: {0: (18, 18, 18), 1: (20, 20, 20), 2: (29, 29, 29), 3: (5, 5, 5), 4: (1, 1, 1)},   # the same, page 10
    # sets 17–29: sixth session (tests/data/outline_pages17 … 29). Each was measured once before any round had
    # seen it (the closing note gives those figures), then became a dev set of the next rounds (15–20); the
    # misses left are the sets' own conventions (labels18 cuts list items at the first comma and labels decimal
    # outlines 1.1 as level 2; labels24 puts a combined report and its first part both at level 0) and shapes no
    # round fixed (a title a PDF broke over five lines, a 印发 notice's titles on 22/11 and 27/10)
    17: {0: (20, 20, 20), 1: (20, 20, 19), 2: (10, 10, 10), 3: (8, 8, 8), 4: (8, 8, 7)},
    18: {0: (16, 16, 15), 1: (15, 15, 15), 2: (10, 10, 10), 3: (16, 16, 12), 4: (5, 5, 1)},
    19: {0: (20, 21, 20), 1: (18, 18, 18), 2: (11, 11, 11), 3: (3, 3, 3)},
    20: {0: (17, 17, 17), 1: (17, 17, 17), 2: (11, 11, 11), 3: (2, 2, 2)},
    21: {0: (18, 18, 18), 1: (18, 18, 17), 2: (15, 15, 14), 3: (9, 8, 8), 4: (1, 1, 1)},   # round 21: 09's broken title, 10's contents
    22: {0: (12, 11, 11), 1: (22, 22, 22), 2: (11, 11, 11), 3: (10, 10, 10)},
    23: {0: (17, 18, 17), 1: (21, 20, 20), 2: (11, 11, 11), 3: (5, 5, 5)},
    24: {0: (16, 14, 14), 1: (16, 16, 16), 2: (10, 10, 10), 3: (5, 5, 5)},
    25: {0: (15, 15, 15), 1: (17, 17, 17), 2: (17, 17, 17), 3: (5, 5, 5)},
    26: {0: (12, 13, 12), 1: (15, 15, 15), 2: (14, 14, 14), 3: (9, 9, 9)},
    27: {0: (18, 18, 18), 1: (14, 14, 14), 2: (19, 19, 19), 3: (5, 5, 5)},
    28: {0: (16, 15, 15), 1: (19, 20, 19), 2: (15, 15, 15), 3: (7, 7, 7)},   # round 21: 07's notice title, 11's notice list
    29: {0: (17, 17, 17), 1: (20, 20, 19), 2: (17, 17, 17), 3: (14, 14, 14)},
    # set 32: seventh session, measured once blind (all levels P .588 R .810: a 目录 listing 第一部分 … and
    # its 一、 entries, a 转发 notice, a date line with its time taken for a title line), then tuned to in round 22;
    # left: 04's (1) item cut at its comma (a 工作规则's articles under its chapters are headings since session 8,
    # and a title printed whole inside 《》 is read)
    32: {0: (19, 19, 19), 1: (23, 23, 23), 2: (9, 9, 9), 3: (5, 5, 5), 4: (2, 2, 2)},
    # set 31: seventh session, measured once blind after round 22 had seen set 32 (all levels P .817 R .845:
    # 第一章 总 则 with a short letter-spaced name, the title shown again over two lines, a site's related list),
    # then tuned to (session 8: its articles, and a part name under a paragraph ending 如下：)
    31: {0: (18, 18, 18), 1: (20, 20, 20), 2: (15, 15, 15), 3: (5, 5, 5)},
    # set 30: seventh session, measured once blind on the code that had seen 31 and 32 (all levels P .533 R .864:
    # a site's menu printed as numbered lists, 41 lines of one page), then its numbered menus, and in session 8 its
    # titles (a doc site's blurb and file stats, a dateline without its closing bracket, a notice's long title);
    # left: 10's plan cover over three lines after its notice
    # sets 71–72: ninth session, the last two helpers (3 and 12 pages: the session's search budget ran out),
    # measured once blind on ec2038a: all levels 71 P .778 R .875 (portals' 政府工作报告), 72 P .884 R .950
    # (doc sites); 48 labels: P .865 R .938. Then tuned to (a field whose label the copy cut short, a doc site's
    # download help, the title after a preview)
    71: {0: (3, 3, 3), 1: (4, 4, 4), 2: (1, 1, 1)},
    72: {0: (12, 12, 12), 1: (14, 14, 14), 2: (7, 7, 7), 3: (7, 7, 7)},
    # sets 68–70: ninth session, a fourth batch of three helpers, each measured once blind on 0d4bdb3 (the code
    # after the rounds on 53–67): all levels 68 P 1.000 R .987 (county portals), 69 P .841 R .902 (speeches and
    # plans), 70 P .933 R .918 (half-year reports on doc sites); 179 labels: P .939 R .944 (titles .824/.824).
    # Then tuned to (70/09 since picks the title after its preview, as 65/12 and 72/09 label it). Left: 69/03's
    # two-part heading labelled whole past its second comma, 69/05's collection,
    # 69/07's title with its page number (3) (tests/data/outline_pages leaves it out), 68/13's title after a
    # table's border
    68: {0: (19, 19, 19), 1: (24, 24, 24), 2: (32, 32, 32), 3: (2, 2, 2)},
    69: {0: (15, 17, 14), 1: (16, 17, 15), 2: (6, 6, 6), 3: (4, 4, 4)},
    70: {0: (17, 17, 16), 1: (14, 14, 14), 2: (21, 21, 21), 3: (6, 6, 6), 4: (3, 3, 3)},
    # sets 64–67: ninth session, a third batch of four helpers, each measured once blind on e969d97 (the code
    # after the rounds on 53–63): all levels 64 P .985 R .985 (towns' 法治政府 reports on portals), 65 P .925
    # R .925 (county summaries), 66 P .881 R .852 (doc-sharing sites), 67 P 1.000 R 1.000 (county departments);
    # 251 labels: P .948 R .940 (titles .882/.833, 一、 and （一） 1.000/1.000). Then tuned to. Left: 65/12's
    # title again after a preview paragraph and its 1、…态势 二是… under (二), 65/13 and 66's collections (their
    # labellers give the collection's headline level 0 too; sets 51, 57, 60 do not)
    64: {0: (18, 18, 18), 1: (16, 16, 16), 2: (20, 20, 20), 3: (11, 11, 11)},
    65: {0: (18, 18, 17), 1: (17, 17, 17), 2: (16, 16, 16), 3: (12, 12, 11), 4: (4, 4, 4)},
    66: {0: (18, 14, 13), 1: (22, 22, 22), 2: (13, 13, 13), 3: (8, 8, 7)},
    67: {0: (18, 18, 18), 1: (15, 15, 15), 2: (21, 21, 21), 3: (4, 4, 4)},
    # sets 59–63: ninth session, a second batch of five helpers, each measured once blind on ab90594 (the
    # code after the round on 53–58): all levels 59 P .981 R .962 (county and town portals), 60 P .765 R .830
    # (older pages), 61 P .917 R .932 (news-style pages), 62 P .662 R .768 (courts, NPC, CPPCC; page 15
    # relabelled: one entry a wrapped heading), 63 P 1.000 R .982 (justice bureaus); 272 labels: P .859
    # R .897. Then tuned to. Left: 60/06's 一个认识: kept whole by its labeller, 60/10 and 60/15's pieces
    # under their collection, 61/04's 2稳定…, 61/05's section after a news dateline, 61/10's watermark,
    # 62/03 and 62/12's compilations (labelled with their pieces), 62/15's WeChat post
    59: {0: (21, 21, 21), 1: (17, 17, 17), 2: (13, 13, 13), 3: (2, 2, 2)},
    60: {0: (15, 15, 14), 1: (19, 18, 18), 2: (10, 10, 9), 3: (3, 3, 3)},
    61: {0: (16, 16, 16), 1: (16, 16, 15), 2: (17, 17, 17), 3: (10, 10, 10)},
    62: {0: (20, 22, 19), 1: (31, 29, 29), 2: (2, 2, 2), 3: (3, 3, 3)},
    63: {0: (16, 15, 15), 1: (19, 19, 19), 2: (17, 17, 17), 3: (5, 5, 5)},
    # sets 53–58: ninth session, six helpers at once, each measured once blind the moment it came in
    # (55 on 4b2dd45; the others on the code that had seen only the sets before them this session):
    # all levels 55 P .692 R .844 (speeches and 政府工作报告 on doc sites), 56 P .923 R .873 (印发 notices),
    # 57 P .857 R .909 (doc-sharing sites), 58 P .911 R .962 (city departments), 53 P .885 R .945 (county
    # sites), 54 P .830 R .863 (towns); 330 labels: P .859 R .906. Then tuned to. Left: 53/05 and 58/06's titles
    # over wrapped lines, 53/15's first piece after its compilation's contents, 54/10's newspaper byline glued
    # to its title, 56/08 and 56/15's notices quoted by news pages, 56/13's 【column】 slogan title, 57/07-10's
    # doc site headlines
    53: {0: (18, 18, 18), 1: (18, 18, 18), 2: (27, 27, 27), 3: (10, 10, 10)},
    54: {0: (15, 16, 15), 1: (17, 17, 17), 2: (16, 15, 15), 3: (2, 2, 2), 4: (1, 1, 1)},
    55: {0: (15, 15, 15), 1: (15, 15, 15), 2: (2, 2, 2)},
    56: {0: (21, 20, 20), 1: (16, 16, 16), 2: (14, 14, 14), 3: (4, 4, 4)},
    57: {0: (16, 16, 16), 1: (17, 17, 17), 2: (17, 17, 17), 3: (16, 16, 16)},
    58: {0: (17, 17, 17), 1: (14, 14, 14), 2: (17, 17, 17), 3: (3, 3, 3), 4: (2, 2, 2)},
    # sets 50–52: eighth session, the last batch (10, 8 and 6 pages: the helpers' search budget ran out), measured
    # once blind on 9ec8aed: all levels P .953/.929/.955, R .911/.929/.875 (97 labels: P .946 R .907); kept
    # untuned but for 52/06's authors' line. Left: 50's 工作规则-like 第X条 page title, its one-sentence items,
    # 51/06's compilation piece (…篇1 under …8篇), 52's newspaper 公示 and journal article with its dated byline
    52: {0: (9, 7, 7), 1: (7, 8, 7), 2: (5, 5, 5), 3: (3, 3, 3)},  # (05 the newspaper page's title since session 16)
    51: {0: (8, 8, 8), 1: (8, 8, 8), 2: (2, 2, 2), 3: (10, 10, 9)},
    50: {0: (12, 12, 12), 1: (10, 10, 10), 2: (17, 16, 16), 3: (6, 6, 5)},
    # sets 47–49: eighth session, a mixed batch measured once blind on 86ccd49 (it had seen 33–46): all levels
    # P .925/.930/.956, R .891/.930/.989 (199 labels: P .940 R .945); then tuned to. Left: 48/13's forum page
    49: {0: (19, 19, 19), 1: (22, 22, 22), 2: (29, 29, 29), 3: (17, 17, 17)},
    48: {0: (19, 19, 19), 1: (19, 19, 19), 2: (14, 14, 14), 3: (5, 5, 5)},
    47: {0: (22, 22, 22), 1: (19, 19, 19), 2: (12, 12, 12), 3: (2, 2, 2)},
    # sets 44–46: eighth session, measured once blind on b79b19c (it had seen 33–43) or a one-line change
    # after it: 46 (non-government sites) all levels P .922 R .959, 44 (county departments) P .972 R .958,
    # 45 (towns and streets) P .875 R .891 (a work report's summing-up sentences, which SPEC §3 and this set
    # read as no heading: the parser follows since); then tuned to. Left: 44/02 labels a heading run into its
    # 一是 past it (the labeller's own note reads it shorter), 45/08's joint issuers with a name cut short
    46: {0: (15, 15, 15), 1: (18, 18, 18), 2: (12, 12, 12), 3: (4, 4, 4)},
    45: {0: (20, 20, 20), 1: (17, 17, 17), 2: (16, 16, 16), 3: (2, 2, 2)},
    44: {0: (20, 20, 20), 1: (19, 19, 19), 2: (29, 29, 28), 3: (4, 4, 4)},
    # sets 41–43: eighth session, measured once blind on 32e290b (it had seen 33–40): 41 (provinces least
    # covered) all levels P .981 R .929, 42 (信息公开年报, 决算, 绩效自评, 调研报告) P .874 R .902, 43 (old and odd
    # layouts: forum, PDF, traditional) P .860 R .907; then tuned to. Left: 42/06's title after its contents
    # and attachment list, 42/14's form cells, 43's forum page (11), essay site (07), a title's page number
    # (05), a heading wrapped onto a second line (06)
    43: {0: (18, 19, 17), 1: (20, 20, 19), 2: (15, 16, 15), 3: (1, 1, 1)},
    42: {0: (19, 18, 17), 1: (22, 21, 21), 2: (34, 35, 34), 3: (15, 15, 15), 4: (2, 2, 2)},
    41: {0: (19, 19, 19), 1: (16, 16, 16), 2: (19, 19, 19), 3: (2, 2, 2)},
    # sets 38–40: eighth session, each measured once blind on the code that had seen the sets before it:
    # 39 (on ac9c91d) all levels P .906 R .892 (a notice title over its bracketed 文号 and a letter-spaced 通 知,
    # a speech's question heading, a site's stamp lines, a glued speaker line); 40 (after 39's round) P .946
    # R .914 (the title with the first chunk's number glued on, 1、2023年… headings, a date clause's comma);
    # 38 (after 40's round, 12 pages) P 1.000 R 1.000; then each tuned to. Left: 39/04 labels a 文章标题: field
    # line as the title (sets 28 do not), 39/11 and 40/08 one-sentence items labelled whole past a comma
    40: {0: (16, 16, 16), 1: (22, 22, 22), 2: (15, 15, 15), 3: (5, 4, 4)},
    39: {0: (25, 25, 24), 1: (21, 21, 21), 2: (15, 15, 15), 3: (4, 4, 4)},
    38: {0: (15, 15, 15), 1: (14, 14, 14), 2: (20, 20, 20), 3: (5, 5, 5)},
    # set 36: eighth session, 13 pages, measured once blind on the code of 1d22f86 that had seen sets 33–35 and 37
    # (all levels P .912 R .954: a 政府信息公开年度报告's statistics table flattened one cell a line, a title
    # under its joint issuers repeating the headline, a section's name after the headline), then tuned to
    36: {0: (19, 19, 19), 1: (16, 16, 16), 2: (22, 22, 22), 3: (8, 8, 8)},
    # set 37: eighth session, measured once blind on the code of b2cc237 that had seen sets 33–35 (all levels
    # P .954 R .969: a summary-and-plan title wrapped at its second part under a dated headline), then tuned
    # to; left: 08's heading that lost its 。 (2.加强规划引领严格贯彻…), labelled whole by the brief's letter
    37: {0: (16, 16, 16), 1: (19, 19, 19), 2: (24, 24, 24), 3: (5, 5, 4)},
    # set 35: eighth session, 13 pages, measured once blind on the code of 42c0a28 that had seen sets 33 and 34
    # (all levels P 1.000 R .985: a sent document's title wrapped after its body's name), then tuned to
    35: {0: (15, 15, 15), 1: (17, 17, 17), 2: (19, 19, 19), 3: (15, 15, 15), 4: (2, 2, 2)},
    # set 34: eighth session, measured once blind on the code of 856fec0 that had seen set 33 (all levels P .945
    # R .867: a joint notice's issuers over its 关于, a portal's empty fields, a dateline that lost 年 and 月, a
    # doc site's name with its slogan), then tuned to
    34: {0: (23, 23, 23), 1: (16, 16, 16), 2: (18, 18, 18), 3: (3, 3, 3)},
    # set 33: eighth session, measured once blind on the code of c6203f9 (all levels P .919 R .891: a part's name
    # under a whole title taken for a second title line, a notice whose recipients line lost its colon, a
    # chapter's name glued to 第一章), then tuned to
    # sets 73–80: session 11, eight blind sets (tests/data/outline_pages73 … 80; READMEs give sources and
    # conventions), each measured once blind before any round had seen it (74026be, the session's start):
    # 73 doc sites P .868 R .917, 74 portals P .907 R .944, 75 reposts P .932 R .965, 76 notices and 政府工作报告
    # P .936 R .815, 77 speeches P .787 R .925, 78 county departments' 法治政府 reports P .973 R 1.000, 79 half-year
    # summaries P .718 R .761, 80 budget disclosures with contents P .359 R .912. Then tuned to (round 27). Left:
    # 80/09's contents the OCR damaged, 80/03's first part named like a title under its contents, 79/02's and
    # 79/08's run-in items labelled past their first comma, 79/08's title after a 文章标题 field, 73/07's 四:,
    # 76/10's one-sentence items labelled whole, 24/07's collection headline (set 24 labels it and its first
    # piece both; sets 73–79 only the piece)
    73: {0: (8, 8, 8), 1: (17, 16, 16), 2: (4, 4, 4), 3: (7, 7, 6)},
    74: {0: (19, 18, 18), 1: (27, 27, 27), 2: (15, 16, 15), 3: (11, 11, 11)},
    75: {0: (15, 15, 15), 1: (18, 17, 17), 2: (12, 12, 12), 3: (12, 12, 12)},
    76: {0: (22, 22, 22), 1: (22, 22, 22), 2: (6, 6, 6), 3: (4, 4, 4)},
    77: {0: (16, 16, 16), 1: (17, 18, 17), 2: (3, 3, 3), 3: (3, 2, 2), 4: (1, 1, 1)},
    78: {0: (20, 20, 20), 1: (15, 15, 15), 2: (27, 27, 27), 3: (10, 10, 10)},
    79: {0: (15, 14, 13), 1: (21, 22, 21), 2: (14, 14, 13), 3: (17, 18, 15)},
    80: {0: (16, 17, 14), 1: (22, 31, 21), 2: (19, 20, 19), 3: (21, 21, 20), 4: (13, 13, 12)},
    # sets 81–83: session 11's hold-outs (tests/data/outline_pages81 … 83), labelled while the session tuned to 73–80
    # and measured once on f01f158, the session's code after that tuning: 81 法治政府 reports on portals (4
    # pages) P .923 R .857, 82 towns' summaries and plans P .868 R .885, 83 mixed kinds, 6 of 15 pages plain
    # drafts, P .947 R .964; 122 labels: P .911 R .918 (74026be: P .902 R .910). Then tuned to (a notice's
    # recipients without their colon, the site's name glued once with its code, 一图读懂: under the title). Left:
    # 81/01's title over a body's name shown twice, 82/11's page that shows another document than its headline,
    # 82/13's and 82/14's collection headlines (set 82 labels them; sets 73–79 do not), 83/07's run-in item
    # labelled whole
    # sets 84–87: session 12, four helpers, each measured once blind: 86 (印发 notices, departments' summaries) on
    # df6acf0 P .937 R .855; then, after a round on 86, 85 (towns' half-year and summary-and-plan pages, 13 of 15
    # on doc sites) P .948 R .948 and 87 (speeches, 述职, 政府工作报告, 3 plain drafts) P .833 R .921; then, after
    # a round on 85 and 87, 84 (district justice bureaus' 法治政府 reports on portals) P 1.000 R 1.000; 234 labels:
    # P .940 R .932. Then tuned to. Left: 85/13's first part named 1—9月经济指标完成情况 under a whole title, 86/12's
    # title labelled with its chunk number, 86/13's notice copied with its 〔〕, 年月日 and brackets lost, 87/05's
    # 工会工作: labelled a heading
    84: {0: (17, 17, 16), 1: (17, 17, 17), 2: (25, 25, 25), 3: (10, 10, 10)},  # 09: its listing's (date) after the title, which this labeller keeps (152/07 drops it; round 38)
    85: {0: (15, 16, 14), 1: (27, 26, 26), 2: (14, 14, 14), 3: (2, 2, 2)},   # 08: see below
    86: {0: (26, 23, 22), 1: (20, 20, 20), 2: (14, 14, 14), 3: (9, 9, 9)},
    87: {0: (17, 17, 17), 1: (17, 17, 17), 2: (4, 3, 3)},
    # sets 88, 90, 91: session 12's hold-outs, labelled while the session tuned to 84–87, each measured once
    # blind: 91 (half-year summaries, 5 plain drafts) on b266553 P .899 R .939; then, after a round on 91, 88
    # (towns' reports, mostly copies of portal pages) P 1.000 R .904 and 90 (speeches, 政府工作报告, 人大 reports)
    # P .844 R .950; 158 labels: P .913 R .930. Then tuned to. Left: 90/05's collection headline (set 90 labels
    # it with its piece, sets 60 and 73–79 do not); 85/08's title shown again after the text's first paragraph, read as a site's blurb since the
    # site's name over its menu is known (set 74 labels that shape's second showing)
    88: {0: (12, 12, 12), 1: (15, 15, 15), 2: (16, 16, 16), 3: (9, 9, 9)},
    # set 89: session 12, doc sites' justice-bureau reports, measured once blind on 8ab443f: P .750 R .718; then
    # tuned to (a headline cut short over the whole title, the writer's name after the body's). Left, as the
    # set's own conventions: 08's and 10's run-in items cut at the first comma of three clauses or kept whole
    # with a figure (the other sets do the opposite: cutting so loses 36 of the 5,379 labels), 09's and 15's
    # 1.1 headings, 12's two pieces under one title, 06's title inside a 標題: field, 01's piece 7 lines under
    # its collection's headline
    89: {0: (16, 14, 12), 1: (22, 22, 22), 2: (5, 6, 4), 3: (19, 19, 11), 4: (9, 9, 7)},
    90: {0: (19, 18, 18), 1: (18, 18, 18), 2: (3, 3, 3)},
    91: {0: (15, 15, 15), 1: (19, 19, 19), 2: (17, 17, 17), 3: (15, 15, 15)},
    # sets 93–94: session 12's last hold-outs but two, measured once blind: 93 (街道, 社区, 开发区 reports, any site) on
    # 653d15b P .953 R .968; 94 (reposts on aggregators and doc sites) after a round on 93, P .914 R .815. Then tuned
    # to (a headline with its word count, 发言 and 致辞 as a speech's names, a part over items with no higher
    # numbered level is level 1). Left: 93/03's and 94/07's conventions for a chunk number before the title (three
    # sets keep it, three cut it), 93/12's and 94/03's items cut at the first of three clauses (the convention
    # of sets 89, 93, 94; cutting so loses 41 labels of the other sets), 94/02's headline with 大全 over a
    # piece that repeats it, 94/14's own title with its slogan after a colon
    93: {0: (15, 15, 14), 1: (23, 23, 22), 2: (13, 13, 13), 3: (10, 10, 10), 4: (2, 2, 2)},
    94: {0: (15, 15, 13), 1: (27, 27, 27), 2: (6, 6, 6), 3: (17, 17, 13)},
    # set 92: county reports (mostly 林业局 and 政府工作报告 on doc sites, a forum), measured once blind on 938d69c
    # P .895 R .944; then tuned to (a forum thread's counters and the poster's card, the chunk's number before the
    # title under the site's lines); left: 12's chunk number kept in the title (see 93/03)
    92: {0: (13, 13, 12), 1: (12, 12, 12), 2: (8, 8, 8), 3: (3, 3, 3)},
    # sets 95–96: session 13's first hold-outs, measured once blind: 95 (乡镇/街道 portals' summaries and reports) on
    # 8a908cd P .957 R .936 (47 labels), 96 (county and town 法治政府建设 reports, mostly Chongqing portals) after a
    # round on 95, P .970 R .970 (67). Then tuned to (index fields the page cut or left empty, a part's name under a
    # whole title and the headings under it one level below, a one-sentence heading over its first item whole to its
    # 。, a column's name with its side menu over the title)
    95: {0: (14, 14, 14), 1: (15, 15, 15), 2: (18, 18, 18)},
    96: {0: (20, 20, 20), 1: (15, 15, 15), 2: (21, 21, 21), 3: (11, 11, 11)},
    # sets 98, 100, 102: session 13's later hold-outs, measured once blind on 885377a: 98 (county speeches on doc
    # sites, 3 pages) P 1.0 R 1.0 (6 labels), 100 (county bureaus' half-year and annual summaries) P .986 R .958
    # (71), 102 (towns' and sub-districts' 法治政府建设 and 信息公开 reports) P .984 R 1.0 (60). Then tuned to (an
    # attached title wrapped after a genre word that the notice names whole, an office with its note glued on:
    # 镇长候选人, a title wrapped after the 和 joining its summary to its plan: 100/05's summary under its cover letter)
    98: {0: (3, 3, 3), 1: (3, 3, 3)},
    100: {0: (21, 21, 21), 1: (17, 17, 17), 2: (18, 18, 18), 3: (15, 15, 15)},
    102: {0: (16, 16, 16), 1: (14, 14, 14), 2: (24, 24, 24), 3: (6, 6, 6)},
    # set 99: county 政府工作报告 (three portals, eight mirrors), measured once blind on e4f3ea4 P .889 R .960 (25
    # labels); then tuned to (a congress's label over the report it prints, a share label alone with its colon)
    99: {0: (11, 11, 11), 1: (12, 12, 12), 2: (2, 2, 2)},
    # set 101: justice bureaus (mostly their 政府信息公开 reports; county pages were used up), measured once blind
    # on 67b4553 (with its linear side menu) P .970 R .941 (34 labels); then tuned to (a review's keyword captions, 关键词一:统筹谋划); left:
    # 07's cover letter whose headline is the report's title (the headline over the letter counted as a title)
    101: {0: (10, 11, 10), 1: (9, 9, 9), 2: (15, 15, 15)},
    # set 97: county bureaus' reports (one portal, a mirror, twelve doc and writing sites), measured once blind on
    # the commit before its data P .877 R .962 (52 labels); then tuned to (contents printed again under the headline);
    # left: 08's compilation title shown again over the second contents (labelled as well as its first piece's)
    97: {0: (15, 14, 14), 1: (14, 14, 14), 2: (17, 17, 17), 3: (6, 6, 6)},
    # sets 103–107: session 14's hold-outs (city bureaus, provincial departments, doc-sharing and sample sites,
    # speeches/notices/government work reports of western and ethnic-autonomous places, courts/zones/schools),
    # measured once blind on 56b6942: 103 P .983 R .952 (62 labels), 104 1.0/1.0 (63), 105 .899/1.000 (62),
    # 106 .929/.886 (44), 107 .920/.896 (77); all 308: P .945 R .948. Then tuned to (test_outline_round30): a bare
    # piece number under a title shown again, no un-numbered heading below level 2, a doc site's chunk counters once
    # the page shows its first, a piece named on its own under a whole title, a clause line under a whole title,
    # a notice title wrapped after its issuer's 关于, a rule's dated note, a late title over its dateline and
    # speaker, a late title wrapped under the headline with the site's words after a dash. Left: 103/03 a PDF's garbled second showing, 106/04 a compilation of speeches, 107/05 adverbial
    # openings (在…中,) the comma rule cuts, compilation headlines labelled as titles (107/11, 12)
    103: {0: (17, 17, 17), 1: (17, 17, 17), 2: (26, 26, 26), 3: (2, 2, 2)},
    104: {0: (21, 21, 21), 1: (16, 16, 16), 2: (24, 24, 24), 3: (2, 2, 2)},
    105: {0: (15, 15, 15), 1: (20, 20, 20), 2: (8, 8, 8), 3: (19, 19, 19)},
    106: {0: (23, 23, 21), 1: (17, 16, 16), 2: (4, 4, 4)},
    107: {0: (18, 17, 16), 1: (24, 24, 24), 2: (5, 5, 5), 3: (26, 25, 22), 4: (4, 4, 4)},
    # sets 108–112: session 15's hold-outs (county bureaus other than justice, 人大/政协/纪委 reports and leaders'
    # speeches, plans and their 印发 notices, villages/communities/towns/Party branches, justice-adjacent reports and
    # town 法治政府 reports), measured once blind on 097ba9e: 108 P .967 R .967 (60 labels), 109 .953/.953 (43),
    # 110 .833/.909 (66), 111 .940/.979 (48), 112 .917/.965 (57); all 274: P .916 R .953. Then tuned to
    # (test_outline_round31): a collection's bare first piece, contents closed by dots, the title under a doc
    # site's 文档简介, sections numbered 1.1 under 一、, a piece label with the site's word, a posting date before
    # the headline, a dateline whose year was lost, a disclaimer under its label, the same title with another
    # year, a counter cut mid-figure, a clause stating what there is, keyword labels before a colon, a heading on
    # two lines. Left: 108/01 a heading phrase with its figure after the comma, 111/08 a slip (??) kept in the
    # label, 112/07 the issuers' lines over 关于 (labelled as title lines by every other set)
    108: {0: (16, 16, 16), 1: (14, 14, 14), 2: (23, 23, 22), 3: (7, 7, 7)},
    109: {0: (18, 18, 18), 1: (17, 17, 17), 2: (8, 8, 8)},
    110: {0: (15, 15, 15), 1: (16, 16, 16), 2: (26, 26, 26), 3: (9, 9, 9)},
    111: {0: (14, 14, 14), 1: (17, 17, 17), 2: (11, 11, 10), 3: (6, 6, 6)},
    112: {0: (14, 16, 14), 1: (17, 17, 17), 2: (16, 16, 16), 3: (10, 10, 10)},
    # sets 113–117: session 15's second hold-outs (政府信息公开年度报告 of counties, departments and towns;
    # rectification and supervision reports; departments' 法治政府建设 reports other than justice; thematic county
    # and town summaries; safety and emergency work), measured once blind on ce74b5b: 113 P .963 R .975 (81
    # labels), 114 .839/.870 (54), 115 .970/.956 (68), 116 .932/.948 (58), 117 .967/.983 (60); all 321: P .938
    # R .950. Then tuned to (test_outline_round32): spaced metadata labels glued to the next, the issuer's line
    # over a title the index table shows whole, a title wrapped before its bare 文种, a forum archive's pager,
    # bare numerals 一 二 三 as markers, a site's omission note, a two-phrase heading split by a space, a second
    # showing over its salutation, a member site's lock and 内容预览, a doc site's 点击查看更多 and file fields, a
    # notice list that lost its 1、, and an un-numbered heading ending at the next heading of a higher level.
    # Left: comma conventions (114/08, 115/05 cut parallel clauses at the first comma)
    113: {0: (17, 17, 17), 1: (33, 33, 33), 2: (31, 31, 31)},
    114: {0: (16, 16, 16), 1: (17, 17, 17), 2: (11, 11, 10), 3: (8, 8, 8), 4: (2, 2, 2)},
    115: {0: (17, 17, 17), 1: (17, 17, 17), 2: (28, 28, 28), 3: (6, 6, 4)},
    116: {0: (15, 15, 15), 1: (22, 22, 22), 2: (17, 17, 17), 3: (4, 4, 4)},
    117: {0: (16, 16, 16), 1: (24, 24, 24), 2: (17, 17, 17), 3: (3, 3, 3)},
    # sets 118–122: session 15's third hold-outs (述职 and personal summaries; county 政府工作报告 of 2022–2025; county
    # bureaus' own reports; mobile, mirror, wiki, traditional-script and spam-mirror copies; justice units below the
    # bureau), measured once blind on 7ef192d: 118 P .932 R .932 (44 labels), 119 .882/.968 (31), 120 .893/.926
    # (54), 121 .861/.861 (36), 122 .968/.953 (64); all 229: P .914 R .930 (title lines .833/.821). Then tuned to
    # (test_outline_round33): a count stated in a long item, 1.2023年… items, 您的当前位置, a notice list of any
    # length, a headline in a dateline's shape over the late title, a speaker's name spaced twice, a headline
    # dated in brackets over the spaced 政 府 工 作 报 告, 导航菜单, a portal's 图解 音频 buttons, 本报告 opening the
    # text, a bare Chinese numeral after the title, 预览完了 and Word's field errors, a news headline over its
    # header already chrome, share hints, 公报, a wiki's buttons, a slogan glued after a site's code, HTML-tag
    # lines. Left: 118/04 a headline kept with its piece, 118/13 and 120/10 the labeller's choice of an earlier
    # showing, 120/06 a marker's trailing space
    118: {0: (14, 14, 13), 1: (18, 18, 18), 2: (4, 4, 4), 3: (8, 8, 8)},
    119: {0: (12, 12, 12), 1: (14, 14, 14), 2: (5, 5, 5)},
    120: {0: (17, 17, 16), 1: (18, 18, 18), 2: (14, 14, 14), 3: (4, 4, 4), 4: (1, 1, 0)},
    121: {0: (12, 12, 12), 1: (16, 16, 16), 2: (5, 5, 5), 3: (3, 3, 3)},
    122: {0: (12, 12, 12), 1: (23, 23, 23), 2: (12, 12, 12), 3: (17, 17, 17)},
    # sets 123–127: session 15's fourth hold-outs (courts', procuratorates' and 信访 reports; the latest reports of
    # 2025–2026; briefing materials and exchange speeches; justice bureaus' work points; self-assessments — the
    # labellers ran out of search budget, so some sets are short), measured once blind on 71d2887: 123 P .974
    # R .949 (39 labels), 124 1.000/1.000 (63), 125 .900/.947 (57), 126 .786/1.000 (11). Then tuned to
    # (test_outline_round34): a headline with the site's words over the title shown again, the site's notice
    # closing a related list, a slogan title shown twice over the salutation, member walls, a task ledger's
    # header row, the document's own (摘要), a heading repeating a contents entry. Set 127 (self-assessments,
    # 99 labels) came in after that round and was measured once blind on 67bf936: P .907 R .980; then tuned to
    # a self-assessment's cover fields, chunk counters under a dated file name, items numbered inside one line,
    # a headline with its project note. Left: 125/07 and 127/02 the chunk counter kept in the title by their
    # labellers (five other pages drop it), 127/04 and 06 a headline kept with its numbered piece
    123: {0: (10, 10, 10), 1: (20, 20, 20), 2: (8, 8, 8), 3: (1, 1, 1)},
    124: {0: (19, 19, 19), 1: (19, 19, 19), 2: (16, 16, 16), 3: (9, 9, 9)},
    125: {0: (15, 15, 14), 1: (27, 27, 27), 2: (8, 8, 8), 3: (7, 7, 7)},
    126: {0: (3, 3, 3), 1: (3, 3, 3), 2: (2, 2, 2), 3: (3, 3, 3)},
    127: {0: (17, 18, 16), 1: (27, 27, 27), 2: (30, 30, 30), 3: (25, 25, 24)},
    # sets 128–133: session 16's hold-outs (towns' summary-plans, 128; departments' half-year summaries, 131;
    # north-eastern, north-western and south-western provinces' 法治政府 reports, 132 — the pages corpus nearly
    # used up, so the sets are short), each measured once blind on the commit before it was seen: 128 on
    # 0b079ba P .889 R .800 (30 labels), 131 on 0b079ba .947/.973 (37), 132 on 0b079ba .926/1.000 (50). Then
    # tuned to (test_outline_round35): the title over the article's header with the first section heading under
    # it, items numbered on with a dot where the page's chunks use 、, 提纲: heading the contents, a newspaper's
    # page bar, edition and other articles, a photo's caption naming the title in 《》. Sets 129 (schools,
    # hospitals, 疾控, 77 labels) and 133 (印发 notices with what they attach, 74) came in after that round and
    # were measured once blind on ddf94a8: 129 P .890 R .948, 133 .972/.932; then tuned to sibling headings of
    # two phrases about a colon, a headline with 【精选推荐】 over the title shown again, 相关问答 with its
    # questions, a portal's address with the date over the recipients, a PDF's space before a figure, a site's
    # stray words (高级) over the title. Left: 128/04 a page number glued inside a heading, 128/06 a labeller
    # keeping a short phrase's comma (the brief's rule 3 cuts it), 129/03 the chunk counter kept in the title,
    # 133/05 a notice published under its plan's name, 133/06 a notice's title the site broke (…实施方案2024-2026)》的)
    128: {0: (7, 7, 7), 1: (8, 8, 8), 2: (6, 6, 5), 3: (9, 9, 8)},
    129: {0: (19, 19, 18), 1: (19, 19, 19), 2: (17, 17, 17), 3: (22, 22, 22)},
    131: {0: (11, 11, 11), 1: (12, 12, 12), 2: (14, 14, 14)},
    132: {0: (16, 16, 16), 1: (15, 15, 15), 2: (19, 19, 19)},
    133: {0: (30, 28, 28), 1: (21, 21, 21), 2: (15, 15, 15), 3: (8, 8, 8)},
    # sets 130 (police and fire brigades, 50 labels) and 134–136 (older reports, speeches and plans of 2014–2021:
    # 20, 59 and 32 labels; the corpus nearly used up), each measured once blind on bbc1458: 130 P .957 R .900,
    # 134 .760/.950, 135 .833/.847, 136 .833/.938. Then tuned to (test_outline_round36): a site's slogan with its
    # address over the title, a home row whose last item is long, an encyclopedia's box label and related
    # entries, the author's name over the dateline under the headline, a column's name over the article header,
    # a PDF's running text under a late title, a contents of two pieces of the same name, long numbered related
    # titles, a doc site's note of the download, the listing's date after the title, the title shown again
    # wrapped anywhere under the site's header, bracketed occasions and dated speaker lines. Left: 130/15 文章标题:
    # kept in the title by its labeller, 135/05 a doc site's four showings, 135/13 a marker that lost its numeral
    # (、抓工作重点), 135/15 a collection and its first piece both labelled, 136/03 a preview printed twice
    130: {0: (18, 18, 17), 1: (16, 16, 16), 2: (15, 15, 15), 3: (1, 1, 1)},
    134: {0: (6, 6, 6), 1: (6, 6, 6), 2: (6, 6, 6), 3: (2, 2, 2)},
    135: {0: (18, 17, 15), 1: (16, 18, 14), 2: (17, 16, 16), 3: (8, 8, 8)},
    136: {0: (10, 9, 9), 1: (15, 15, 15), 2: (7, 7, 7)},
    # sets 137 (doc-sharing sites, 64 labels), 138 (sample-essay and writing sites, 58) and 139 (政府信息公开年报 and
    # 法治政府 reports of 2016–2021 on government sites, 60), measured once blind on 96b1501: 137 P .908 R .922,
    # 138 .931/.931, 139 1.000/1.000. Then tuned to a doc site's Word watermark on the first chunk, file badges
    # glued on, an item opening with …开展以来 (one sentence), a long item's first clause stating a measure (137/14,
    # whole). Left: 137/04 a compilation's long name, 137/05 a note in brackets before the comma, 137/12 the
    # site's label (…讲话稿范文(一):) as the title, 138/02 a labeller keeping a short phrase's comma, 138/04–06
    # and 13 showings the labellers chose otherwise
    137: {0: (17, 17, 16), 1: (18, 18, 18), 2: (15, 15, 15), 3: (13, 13, 13), 4: (1, 1, 0)},
    138: {0: (16, 17, 14), 1: (17, 16, 15), 2: (9, 9, 9), 3: (16, 16, 16)},
    139: {0: (18, 18, 18), 1: (32, 32, 32), 2: (8, 8, 8), 3: (2, 2, 2)},
    # sets 140 (mobile pages, 25 labels) and 142 (PDF and Word previews as pages, 35), measured once blind on
    # fa681dc: 140 P .880 R .880, 142 .853/.829; then tuned to an article's authors under its headline (140/04).
    # Left: 140/03 a title shown again with the site's sample number, 140/05 a labeller keeping the first
    # showing, 142/01 a title a PDF broke at its year under a forum headline, 142/02 a preview headline with a
    # figure glued on, 142/04 and 06 the comma rule at 13 and 17 characters
    140: {0: (6, 6, 5), 1: (10, 9, 9), 2: (1, 1, 1), 3: (8, 8, 8)},
    142: {0: (10, 9, 7), 1: (13, 13, 13), 2: (4, 4, 4), 3: (8, 8, 5)},
    # sets 143 (mass organisations and public institutions, 58 labels), 144 (budget, final-accounts and plan reports
    # to the 人大, 统计公报; 58), 145 (调研报告 and experience materials; 41), 146 (plans and programmes; 46),
    # session 17, measured once blind on 67839e3: 143 P .836 R .879, 144 .966/.966, 145 .905/.927, 146 .957/.957;
    # then tuned (round 37). Left: 143/02 a verb phrase before 积极 (組織干部職工積極學習…) kept whole by its labeller,
    # 143/09 a comma before 其中, 143/13 a heading glued to its body with no mark and no opener, 144/05 a listing's
    # year tag (121/08 keeps the same site's tag), 145/02 a compilation's headline (汇编3篇: sets 53, 62, 65 keep
    # it), 145/09 a site's description line that opens with the headline
    143: {0: (14, 14, 14), 1: (13, 13, 13), 2: (9, 9, 9), 3: (19, 19, 17), 4: (3, 3, 2)},
    144: {0: (20, 20, 19), 1: (24, 24, 24), 2: (6, 6, 6), 3: (7, 7, 7), 4: (1, 1, 1)},
    145: {0: (14, 13, 12), 1: (18, 19, 18), 2: (9, 9, 9)},
    146: {0: (10, 10, 10), 1: (23, 23, 23), 2: (4, 4, 4), 3: (9, 9, 9)},
    # sets 147 (county justice bureaus; 19 labels), 148 (towns and communities 2025–2026; 18), 149 (county
    # departments' 法治政府 reports; 25), session 17, measured once blind on 8307960: 147 P 1.000 R .947, 148
    # .944/.944, 149 .958/.920 (149/02's marker space corrected in its label as the brief asks); then tuned
    # (round 37). Left: 149/06 a sample site's 篇1 after the title, which this labeller drops (sets 89, 105 keep it)
    147: {0: (5, 5, 5), 1: (7, 7, 7), 2: (7, 7, 7)},
    148: {0: (4, 4, 4), 1: (4, 4, 4), 2: (8, 8, 8), 3: (2, 2, 2)},
    149: {0: (8, 8, 7), 1: (9, 9, 9), 2: (7, 7, 7), 3: (1, 1, 1)},
    # sets 150 (信息公开年报; 80 labels), 151 (人大/政协 reports; 45), 152 (rectification reports; 52), 153
    # (sectoral summaries; 59), 154 (personal reports; 35), 155 (city bureaus; 65), session 18, measured once
    # blind on 5c6c314: 336 labels P .961 R .943; then tuned (round 38). Left: 150/15 第一,/第二, under 一、
    # (labelled level 2 with no marker), 151/02 a dash-led part under an un-numbered part (labelled level 1),
    # 151/12 a news page printing its headline four times, 154/06 a short heading with a comma, 155/13 a
    # heading's second line under 一、
    150: {0: (18, 18, 18), 1: (15, 17, 15), 2: (44, 42, 42), 3: (3, 3, 3)},
    151: {0: (17, 17, 16), 1: (19, 17, 17), 2: (9, 7, 6)},
    152: {0: (14, 14, 14), 1: (14, 14, 14), 2: (12, 12, 12), 3: (11, 11, 11), 4: (1, 1, 1)},
    153: {0: (12, 12, 12), 1: (22, 22, 22), 2: (10, 10, 10), 3: (11, 11, 11), 4: (4, 4, 4)},
    154: {0: (12, 12, 12), 1: (15, 14, 14), 2: (4, 4, 4), 3: (4, 4, 4)},
    155: {0: (14, 14, 14), 1: (16, 15, 15), 2: (14, 14, 14), 3: (21, 21, 21)},
    # sets 156 (police, fire, emergency; 48 labels), 157 (education; 57), 158 (health; 52), 159 (enterprises;
    # 40), 160 (villages; 60), 161 (county speeches; 31), session 18, measured once blind on c2efaf3: 288
    # labels P .897 R .910 (161's 一) and 第一, markers stored as the brief asks, see its README); then tuned
    # (round 39). Left: headings glued to their body with no mark (159/08), a PDF's garbled lines (158/08,
    # 161/06, 161/12), long one-sentence items cut at a comma or kept whole (157/02, 157/12), a slogan title
    # over its dash subtitle (159/10), a rules page under a collection (159/09), the word-count showing
    # directly above the text (161/09), ‹一>、 (160/02)
    156: {0: (14, 14, 14), 1: (17, 17, 17), 2: (10, 10, 10), 3: (7, 7, 7)},
    157: {0: (13, 13, 13), 1: (17, 17, 16), 2: (16, 16, 16), 3: (11, 11, 10)},
    158: {0: (15, 15, 15), 1: (14, 14, 14), 2: (17, 16, 14), 3: (6, 6, 6)},
    159: {0: (10, 10, 8), 1: (15, 16, 14), 2: (8, 8, 8), 3: (7, 7, 6)},
    160: {0: (12, 12, 11), 1: (22, 22, 22), 2: (8, 7, 7), 3: (18, 18, 18)},
    161: {0: (14, 14, 13), 1: (13, 12, 10), 2: (4, 4, 4)},
    # sets 162 (justice bureaus; 56 labels), 163 (land, forest, water and building departments; 54), 164 (social
    # departments; 51), 165 (public order and rule of law; 35), 166 (economic departments; 38), 167 (government
    # work reports; 41), session 18, measured once blind on a5d1dac: 275 labels P .928 R .938 as delivered,
    # .932/.942 with three chunk numbers before a title dropped as the brief asks; then tuned (round 40). Left:
    # a 大全 headline over its piece (162/06, the 汇编 split), a stray n glued after a heading (164/09), a
    # labeller cutting one item at its comma and keeping the next whole (165/07), a title shown again after
    # the opening paragraph (166/06; 143/11 labels the later one), a
    # Markdown page's un-numbered sub-heads between - lines (167/12)
    162: {0: (12, 13, 12), 1: (19, 19, 19), 2: (14, 14, 14), 3: (9, 9, 9), 4: (2, 2, 2)},
    163: {0: (12, 12, 12), 1: (15, 15, 15), 2: (17, 17, 17), 3: (6, 6, 6), 4: (4, 4, 4)},
    164: {0: (13, 13, 13), 1: (14, 14, 14), 2: (13, 13, 12), 3: (11, 11, 11)},
    165: {0: (12, 12, 12), 1: (17, 17, 15), 2: (3, 3, 3), 3: (3, 3, 3)},
    166: {0: (12, 12, 11), 1: (12, 12, 12), 2: (11, 11, 11), 3: (3, 3, 3)},
    167: {0: (16, 16, 16), 1: (14, 14, 14), 2: (11, 7, 7)},
    # sets 168 (sub-districts; 51 labels), 169 (older towns, 2010–2020; 48), 170 (county 法治政府 reports; 46), 171
    # (Party-building; 41), 172 (mobile and doc-site copies; 44), 173 (印发 notices; 56), 174 (development zones; 35),
    # 175 (western and ethnic-region bodies; 39), session 19, measured once blind on 5c382c4: 360 labels P .952 R .939
    # as delivered, .958/.944 with 169/12's bare markers and 172/07's (-) as the brief's marker-as-written; then tuned
    # (round 41). Left: a title shown again after the opening paragraph (169/08), a title as a pipe-table row
    # (173/06), long goal items cut at a comma or kept whole (173/11), a bullet for 一、 (175/01), a notice title
    # printed over its fields taken for the headline (175/09), a spun copy's two titles (175/11)
    168: {0: (13, 13, 13), 1: (15, 15, 15), 2: (11, 11, 11), 3: (12, 12, 12)},
    169: {0: (14, 14, 13), 1: (20, 20, 20), 2: (9, 9, 9), 3: (5, 5, 5)},
    170: {0: (11, 11, 11), 1: (12, 12, 12), 2: (18, 18, 18), 3: (5, 5, 5)},
    171: {0: (12, 12, 12), 1: (17, 17, 17), 2: (7, 7, 7), 3: (4, 4, 4), 4: (1, 1, 1)},
    172: {0: (12, 12, 12), 1: (13, 13, 13), 2: (9, 9, 9), 3: (10, 10, 10)},
    173: {0: (20, 19, 19), 1: (22, 22, 22), 2: (6, 6, 4), 3: (8, 8, 8)},
    174: {0: (12, 12, 12), 1: (12, 12, 12), 2: (6, 6, 6), 3: (5, 5, 5)},
    175: {0: (14, 15, 13), 1: (17, 17, 16), 2: (8, 8, 8)},
    # sets 176 (courts and procuratorates; 63), 177 (mass organisations; 40), 178 (vertical-system branches; 36), 179
    # (rural revitalisation; 47), 180 (2024–2026 bureau reports; 33), 181 (budget and final-account reports; 69), 182
    # (plans and 要点; 62), 183 (PDF copies; 45), measured once blind on 8a89a56: 395 labels P .894 R .914 as
    # delivered, .901/.922 with 176/13's lone markers, 178/02's 1) and 178/07's 〔一〕 and 181/11's part colon as the
    # brief asks; then tuned (round 42). Left: a site column kept in the title (177/07), a lost （一） (179/06), run-in
    # sub-heads with no mark (180/09), a part heading over the report's title (181/07), a bracketed note under a title
    # (181/08; 127/07 labels the other way), long duty items cut at a comma (181/04, 181/10), a notice without its
    # title (182/09), a first chunk reworded from the headline (183/03)
    176: {0: (13, 14, 13), 1: (23, 23, 23), 2: (9, 9, 9), 3: (18, 18, 18)},
    177: {0: (13, 13, 12), 1: (16, 16, 16), 2: (8, 8, 8), 3: (3, 3, 3)},
    178: {0: (10, 10, 10), 1: (11, 11, 11), 2: (8, 8, 8), 3: (6, 6, 6), 4: (1, 0, 0)},
    179: {0: (13, 13, 13), 1: (13, 13, 13), 2: (13, 12, 12), 3: (8, 8, 8)},
    180: {0: (11, 11, 11), 1: (11, 11, 11), 2: (11, 9, 9)},
    181: {0: (14, 15, 14), 1: (20, 20, 19), 2: (14, 14, 14), 3: (17, 17, 15), 4: (4, 4, 4)},
    182: {0: (15, 14, 14), 1: (16, 16, 16), 2: (14, 14, 14), 3: (17, 17, 17)},
    183: {0: (18, 18, 17), 1: (14, 14, 14), 2: (9, 9, 9), 3: (4, 5, 4)},
    # sets 184 (offices; 42), 185 (petitions and 政法; 24), 186 (doc-site copies; 50), 187 (traditional mirrors; 29),
    # 188 (人大常委会 reports; 53), 189 (legal services; 27), 190 (safety and flood topics; 45), 191 (十五五 and 2025–26
    # texts; 38), measured once blind on 0e56249: 308 labels P .865 R .958; then tuned (round 43). The search budget
    # ran out mid-batch: 185, 187 and 189 are short. Left: a listing line with its word count as the title (185/06)
    # and a compilation's headline kept over its first piece (185/05), both against earlier sets' convention; a
    # wiki's contents (187/02), a dash-led sub-head (187/07), a long run-in heading cut at its comma (188/07, 190/12),
    # a compilation with no 文种 (189/07), a title variant over the wrapped title (189/02)
    184: {0: (10, 10, 10), 1: (15, 15, 15), 2: (12, 12, 12), 3: (5, 5, 5)},
    185: {0: (7, 8, 6), 1: (13, 13, 13), 2: (2, 2, 2), 3: (2, 2, 2)},
    186: {0: (12, 12, 12), 1: (15, 15, 15), 2: (13, 13, 13), 3: (10, 10, 10)},
    187: {0: (8, 7, 7), 1: (7, 7, 7), 2: (12, 11, 11), 3: (2, 2, 2)},
    188: {0: (18, 18, 18), 1: (15, 15, 14), 2: (19, 19, 19), 3: (1, 1, 1)},
    189: {0: (10, 10, 9), 1: (10, 11, 10), 2: (5, 5, 5), 3: (2, 2, 2)},
    190: {0: (12, 12, 12), 1: (20, 20, 20), 2: (3, 3, 3), 3: (5, 5, 5), 4: (5, 5, 4)},
    191: {0: (18, 18, 18), 1: (13, 13, 13), 2: (4, 4, 4), 3: (3, 3, 3)},
    81: {0: (5, 5, 5), 1: (4, 4, 4), 2: (3, 3, 3), 3: (2, 2, 2)},
    82: {0: (17, 14, 13), 1: (16, 16, 16), 2: (14, 14, 14), 3: (5, 5, 5)},  # (14's un-numbered lines below level 2 gone)
    83: {0: (19, 19, 18), 1: (22, 22, 21), 2: (14, 14, 14), 3: (1, 1, 1)},
    33: {0: (17, 17, 17), 1: (19, 19, 19), 2: (19, 19, 19), 3: (9, 9, 9)},
    30: {0: (21, 20, 19), 1: (16, 15, 15), 2: (17, 17, 17), 3: (12, 12, 12)},
}


@pytest.mark.parametrize("n", sorted(FIGURES))
def test_the_figures_of_a_later_set_hold(n):
    score = measure(DATA / f"outline_pages{n}")
    got = {lv: (score.labelled[lv], score.found[lv], score.right[lv]) for lv in score.levels()}
    assert got == FIGURES[n], score.misses


def test_titles_are_found_on_every_later_set_up_to_16():
    # (sets 17–29 still miss titles: their figures above hold what is found)
    for n in (k for k in FIGURES if k <= 16):
        score = measure(DATA / f"outline_pages{n}")
        assert score.precision(0) == 1.0 and score.recall(0) == 1.0, (n, score.misses)
