"""The lint engine as a rule registry: one check per catalogue rule, found by id; data-declared
word lists; no import cycle; only enabled rules are compiled; word-list matching that does not
depend on the list's size strategy or on the hash seed."""

from __future__ import annotations

import ast
import json
import os
import random
import subprocess
import sys

import pytest

from conftest import CORPUS, REPO
from drafter.lint import engine
from drafter.lint.config import Config
from drafter.lint.lexicon import Lexicon
from drafter.lint.rules import RULE_MODULES, all_rules
from drafter.lint.wordlists import Substitution, SubstitutionList, declared_check


def test_every_catalogue_rule_has_exactly_one_check():
    checks = engine.checks()
    assert list(checks) and set(checks) == set(all_rules())
    for rid, check in checks.items():
        rule = all_rules()[rid]
        assert (check.target == "docx") == (rule.category == "X"), rid
        assert bool(rule.check) == check.run.__name__.startswith(("substitution_", "existence_")), rid
    # the word-list rules are data: a catalogue entry naming a file, no code of their own
    declared = {rid for rid, r in all_rules().items() if r.check}
    assert {"F004", "F005", "R001", "R003", "R004", "R005", "R006"} <= declared


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
            out.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_rule_modules_never_import_the_engine():
    lint = REPO / "drafter" / "lint"
    for name in (*RULE_MODULES, "context", "registry", "wordlists", "lexicon", "rules", "config"):
        imported = _imports(lint / f"{name}.py")
        assert not {m for m in imported if m.startswith(("drafter.lint.engine", "drafter.lint.run"))}, name


def _run_python(code: str, seed: str = "0", args: tuple[str, ...] = ()) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_a_disabled_family_is_never_compiled():
    code = ("import json, sys\nfrom drafter.lint.engine import lint_text\nfrom drafter.lint.config import Config\n"
            "from drafter.lint import lexicon, wordlists\n"
            "lint_text('再布署工作，法制思想，XX件，TODO。', Config(disabled=set(sys.argv[1:])))\n"
            "print(json.dumps([wordlists.compiled.cache_info().currsize, lexicon.sources()], ensure_ascii=False))\n")
    compiled, sources = json.loads(_run_python(code, args=("F", "R", "N")))
    assert compiled == 0
    assert not any("布署" in s or "TODO" in s for s in sources)
    compiled, sources = json.loads(_run_python(code))
    assert compiled == 8 and any("布署" in s for s in sources) and any("TODO" in s for s in sources)


def test_word_list_patterns_do_not_depend_on_the_hash_seed():
    code = ("import json\nfrom drafter.lint.engine import lint_text\nfrom drafter.lint.rules import all_rules\n"
            "from drafter.lint.config import Config\nfrom drafter.lint import lexicon\n"
            "text = '\\n'.join(r.bad for r in all_rules().values() if r.bad and r.category != 'X')\n"
            "lint_text(text, Config(forbidden={'老百姓': '群众', '搞好': ''}))\n"
            "print(json.dumps(lexicon.sources(), ensure_ascii=False))\n")
    a, b = json.loads(_run_python(code, "1")), json.loads(_run_python(code, "2"))
    assert len(a) >= 8 and a == b


def _words(text: str, n: int) -> list[str]:
    """Typo-like entries: substrings of the text of 1–4 characters, one character changed."""
    rnd = random.Random(7)
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    out: set[str] = set()
    while len(out) < n:
        i = rnd.randrange(len(text) - 4)
        w = text[i:i + rnd.choice((1, 2, 2, 3, 4))]
        if all("\u4e00" <= c <= "\u9fff" for c in w):
            k = rnd.randrange(len(w))
            out.add(w if rnd.random() < 0.3 else w[:k] + rnd.choice(chars) + w[k + 1:])
    return sorted(out)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
def test_the_two_lexicon_strategies_find_the_same_words(monkeypatch):
    from drafter.lint import lexicon
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:3])
    words = _words(text, 600)
    big = Lexicon(words)                     # more than REGEX_MAX: the bigram index
    monkeypatch.setattr(lexicon, "REGEX_MAX", 10_000)
    small = Lexicon(words)                   # one alternation
    assert big._rx is None and small._rx is not None
    reject = set(words[::5])                 # a guard refusing some words: the shorter ones are tried
    accept = lambda i, w: w not in reject    # noqa: E731
    for acc in (None, accept):
        got_big, got_small = list(big.scan(text, acc)), list(small.scan(text, acc))
        assert got_big == got_small and len(got_big) > 100


def test_substitution_guards_and_fallback_to_a_shorter_word():
    subs = SubstitutionList([Substitution("法制", "法治"), Substitution("法制办公", "法治办公"),
                             Substitution("以法", "依法")])
    hits = list(subs.hits("F004", "区法制办公室以法行政"))
    assert [(h.start, h.length, h.args["expected"]) for h in hits] == [(1, 4, "法治办公"), (6, 2, "依法")]
    from drafter.lint.wordlists import Guards
    guarded = SubstitutionList([Substitution("法制办公", "x", Guards(unless=("区法制办公室",))),
                                Substitution("法制", "法治")])
    assert [(h.start, h.length) for h in guarded.hits("F004", "区法制办公室")] == [(1, 2)]


def test_a_new_word_list_is_data_only(tmp_path):
    data = tmp_path / "typos.tsv"
    data.write_text("# wrong<TAB>right\n布暑\t部署\n松懈怠\t松懈\n", encoding="utf-8")
    check = declared_check("F005", "substitution", str(data))
    from drafter.core.outline import parse_text
    from drafter.lint.context import Context
    hits = list(check.run(Context(parse_text("认真布暑，不松懈怠。"), Config())))
    assert [(h.start, h.args["found"], h.args["expected"]) for h in hits] == [(2, "布暑", "部署"), (6, "松懈怠", "松懈")]


def test_bureau_forbidden_words_go_through_the_substitution_list():
    fs = engine.lint_text("切实为老百姓办实事，搞好服务。", Config(forbidden={"老百姓": "群众", "搞好": ""}))
    assert [(f.rule, f.column, f.message) for f in fs] == [
        ("F007", 4, "本单位规定不用“老百姓”，宜用“群众”"), ("F007", 11, "本单位规定不用“搞好”")]
    assert all(f.fix is None for f in fs)  # wording is never fixed automatically


def test_json_stream_writes_the_pinned_object():
    from drafter.lint.finding import Finding
    from drafter.lint.report import JsonStream, dumps, to_json
    f = Finding("P001", "warning", 1, 2, 1, "消息“x”", "GB/T 15834-2011 5.1.1", "，")
    for results in ([], [("a.txt", [])], [("a.txt", [f]), ("b.md", []), ("c.docx", [f, f])]):
        out: list[str] = []
        stream = JsonStream(out.append)
        for path, findings in results:
            stream.add(path, findings)
        stream.close()
        assert "".join(out) == dumps(to_json(results)) + "\n"


def test_an_existence_list_of_words_and_patterns(tmp_path):
    data = tmp_path / "residue.toml"
    data.write_text('gate = ["待", "TODO"]\n'
                    '[[entry]]\nwords = ["TODO", "待核"]\nnot_after = "[A-Za-z]"\n'
                    '[[entry]]\npattern = "〔待补〕"\n', encoding="utf-8")
    check = declared_check("R004", "existence", str(data))
    from drafter.core.outline import parse_text
    from drafter.lint.context import Context
    hits = list(check.run(Context(parse_text("数据〔待补〕，TODOS，TODO：待核。"), Config())))
    assert [(h.start, h.args["found"]) for h in hits] == [(2, "〔待补〕"), (13, "TODO"), (18, "待核")]
    assert not list(check.run(Context(parse_text("全年办理案件1200件。"), Config())))


def test_existence_lists_starts_class_covers_every_entry():
    """`starts` (a fast skip) must not lose a match: the same hits with and without it."""
    from drafter.lint.wordlists import ExistenceList, read_data
    text = "\n".join(r.bad + "\n" + r.good for r in all_rules().values() if r.category in "RF")
    if CORPUS.is_dir():
        text += "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:5])
    for rid, r in all_rules().items():
        if r.check != "existence":
            continue
        data = read_data(r.data, r.section or None)
        if not data.get("starts"):
            continue
        fast = ExistenceList(data.get("entry", []), (), data["starts"])
        plain = ExistenceList(data.get("entry", []))
        assert [(h.start, h.length) for h in fast.hits(rid, text)] == \
            [(h.start, h.length) for h in plain.hits(rid, text)], rid


def test_near_miss_distance_agrees_with_rapidfuzz_osa():
    """F002's edit distance (no rapidfuzz on the lint path) is rapidfuzz's OSA distance capped at 2."""
    from rapidfuzz.distance import OSA

    from drafter.lint.formulations import edit_distance_1
    rnd = random.Random(3)
    for _ in range(20000):
        a = "".join(rnd.choice("法治政府建") for _ in range(rnd.randint(0, 7)))
        b = list(a)
        for _ in range(rnd.randint(0, 2)):
            op = rnd.randrange(4)
            if op == 0 and b:
                b.pop(rnd.randrange(len(b)))
            elif op == 1:
                b.insert(rnd.randint(0, len(b)), rnd.choice("法治政府建"))
            elif op == 2 and b:
                b[rnd.randrange(len(b))] = rnd.choice("法治政府建")
            elif op == 3 and len(b) > 1:
                k = rnd.randrange(len(b) - 1)
                b[k], b[k + 1] = b[k + 1], b[k]
        b = "".join(b)
        assert edit_distance_1(a, b) == OSA.distance(a, b, score_cutoff=1), (a, b)


def test_lint_does_not_import_rapidfuzz_or_jieba():
    code = ("import sys\nfrom drafter.lint.engine import lint_text\n"
            "lint_text('深入学习贯彻习近平新时代中国特色社会主思想，法制思想，XX件。')\n"
            "print(sorted(m for m in ('jieba', 'rapidfuzz') if m in sys.modules))\n")
    assert _run_python(code).strip() == "[]"


def test_the_first_lints_in_many_threads_at_once_register_the_rules_once(tmp_path):
    # the workbench lints in a thread pool: in a fresh process, 12 threads start their first lint
    # together (a barrier); every one must succeed with the same findings (no "registered twice")
    script = (
        "import threading, json\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from drafter import api\n"
        "data = '全年办理法律援助案件1312件,同比增长百分之12。\\n截止目前，XX街道完成调节。'.encode()\n"
        "gate = threading.Barrier(12)\n"
        "def one(i):\n"
        "    gate.wait()\n"
        "    return sorted(f.rule for f in api.lint(data, f'r{i}.txt').findings)\n"
        "with ThreadPoolExecutor(12) as pool:\n"
        "    print(json.dumps(list(pool.map(one, range(12)))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(done.stdout)
    assert len(results) == 12 and results[0] and all(r == results[0] for r in results)
