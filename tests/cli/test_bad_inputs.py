"""The bad-input corpus (tests/badinput) against every command that reads files (SPEC §3, §8).

Each bad input gives exit 2 and one clear Chinese line naming the file (and line/column for YAML),
never a traceback, and never creates or touches an output file; legitimate inputs (GB18030, GBK,
UTF-16, BOMs, CR line ends …) succeed. The full table runs in-process through the CLI's own entry
point (tests/inproc.py) to keep it fast; a sample of it runs as real subprocesses too."""

from __future__ import annotations

import errno
import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "badinput"))

import make  # noqa: E402  (tests/badinput/make.py)
from conftest import run_cli  # noqa: E402
from inproc import run_inproc  # noqa: E402

HAS_EXTRACT = importlib.util.find_spec("drafter.cli.commands.extract") is not None
DOC_COMMANDS = ["outline", "lint", "lint-fix", "format", "extract", "mine"]
OLD = "旧的输出文件，不得改动".encode("utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return make.write_documents(tmp_path_factory.mktemp("badinput"))


def _args(command: str, src: Path, out: Path) -> list[str]:
    """The command line for reading `src` and (where the command writes) writing `out`."""
    if command == "outline":
        return ["outline", str(src), "--format", "json"]
    if command == "lint":
        return ["lint", str(src), "--format", "json"]
    if command == "lint-fix":
        return ["lint", str(src), "--fix", "-o", str(out)]
    if command in ("format", "extract"):
        return [command, str(src), "-o", str(out)]
    if command == "mine":
        return ["mine", str(src), "-o", str(out)]
    raise AssertionError(command)


def _output_for(command: str, src: Path, folder: Path) -> Path:
    if command == "lint-fix":
        return folder / ("fixed" + src.suffix)
    return folder / {"format": "out.docx", "extract": "out.yaml", "mine": "bank"}.get(command, "none")


def assert_one_clear_error(res, name: str, *needles: str) -> None:
    err = res.stderr
    assert res.returncode == 2, (res.returncode, res.stdout[-500:], err)
    assert "Traceback" not in err + res.stdout and "内部错误" not in err, err
    errors = [ln for ln in err.splitlines() if ln.startswith("错误：")]
    assert len(errors) == 1, err
    assert name in errors[0], (name, err)          # names the file
    for n in needles:
        assert n in err, (n, err)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()}


def _cases(command: str):
    for c in make.DOC_CASES:
        if c.huge or command.split("-")[0] not in c.applies and command not in c.applies:
            continue
        yield pytest.param(command, c.name, id=f"{command}-{c.name}")


ALL = [p for cmd in DOC_COMMANDS for p in _cases(cmd)]


@pytest.mark.parametrize("command,name", ALL)
def test_document_input(corpus, tmp_path: Path, command: str, name: str):
    if command == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    case = next(c for c in make.DOC_CASES if c.name == name)
    src = corpus[name]
    out = _output_for(command, src, tmp_path)
    before_input = src.read_bytes()
    res = run_inproc(*_args(command, src, out), cwd=tmp_path)
    refused = case.refused_by.get(command)
    if case.ok and refused is None:
        assert res.returncode in (0, 1), (res.returncode, res.stderr)
        assert "Traceback" not in res.stderr and "错误：" not in res.stderr, res.stderr
        if command == "outline":
            items = json.loads(res.stdout)
            assert isinstance(items, list)
        elif command == "lint":
            assert json.loads(res.stdout)["version"] == 1
        elif command in ("format", "extract", "lint-fix"):
            assert out.is_file() and out.stat().st_size > 0
        elif command == "mine":
            assert (out / "phrases.json").is_file()
    else:
        assert_one_clear_error(res, src.name, *(refused or case.needles))
        assert not out.exists(), "no output for a refused input"
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "no temp files left"
    assert src.read_bytes() == before_input, "the input is never changed"


@pytest.mark.parametrize("command", ["format", "extract", "lint-fix"])
@pytest.mark.parametrize("name", ["binary", "renamed_txt_docx", "docx_no_body", "empty"])
def test_bad_input_with_force_keeps_previous_output(corpus, tmp_path: Path, command: str, name: str):
    """--force only allows replacing a result; a refused input leaves the previous output alone."""
    if command == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    src = corpus[name]
    out = _output_for(command, src, tmp_path)
    out.write_bytes(OLD)
    before = _snapshot(tmp_path)
    res = run_inproc(*_args(command, src, out), "--force", cwd=tmp_path)
    assert_one_clear_error(res, src.name)
    assert _snapshot(tmp_path) == before


@pytest.mark.parametrize("command,name", [("outline", "huge_50mb")] + [
    (c, "over_limit") for c in ("outline", "lint", "format", "extract", "mine")])
def test_huge_input_refused_at_once(tmp_path: Path, command: str, name: str):
    """Text above readers.MAX_TEXT_BYTES (10 MB) is not a report: refused by its size before it is
    read (a 50 MB text would take lint over a minute and ~1 GB of memory)."""
    if command == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    case = next(c for c in make.DOC_CASES if c.name == name)
    src = tmp_path / case.filename
    case.build(src)
    out = _output_for(command, src, tmp_path / "o")
    (tmp_path / "o").mkdir()
    res = run_inproc(*_args(command, src, out), cwd=tmp_path)
    assert_one_clear_error(res, src.name, "过大", "10 MB")
    assert not out.exists()


def test_large_legitimate_text_below_the_limit(tmp_path: Path):
    """9 MB of report text is still outlined (the limit does not bite real reports)."""
    src = tmp_path / "big.txt"
    make._huge(src, 9)
    res = run_inproc("outline", str(src), "--format", "json")
    assert res.returncode == 0, res.stderr
    assert len(json.loads(res.stdout)) > 1000


def test_docx_with_too_much_text(tmp_path: Path, monkeypatch):
    """A .docx is limited by the length of its text (its file may be large because of pictures)."""
    from drafter.core import readers
    from drafter.core.errors import InputError
    src = tmp_path / "many.docx"
    make.DOC_CASES[[c.name for c in make.DOC_CASES].index("docx_ok")].build(src)
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 100)
    with pytest.raises(InputError) as ei:
        readers.read_source(str(src))
    assert "过大" in ei.value.message and "万字" in ei.value.message


# --- paths: missing, folder, parent is a file, no permission ---------------------------------------
@pytest.mark.parametrize("command", ["outline", "lint", "format", "extract", "mine", "build"])
@pytest.mark.parametrize("what", ["missing", "folder", "under_a_file"])
def test_input_path_problems(tmp_path: Path, command: str, what: str):
    if command == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    (tmp_path / "a.txt").write_text("测试", encoding="utf-8")
    (tmp_path / "dir").mkdir()
    src = {"missing": tmp_path / "没有这个文件.txt", "folder": tmp_path / "dir",
           "under_a_file": tmp_path / "a.txt" / "b.txt"}[what]
    if command == "mine" and what == "folder":
        needles = ("没有找到可学习的文件",)
    else:
        needles = {"missing": ("不存在",), "folder": ("文件夹",), "under_a_file": ("不存在",)}[what]
    out = tmp_path / "out"
    if command != "mine":
        out.mkdir()
    args = {"outline": ["outline", src], "lint": ["lint", src], "format": ["format", src, "-o", out / "x.docx"],
            "extract": ["extract", src, "-o", out / "x.yaml"], "mine": ["mine", src, "-o", out],
            "build": ["build", src, "-o", out / "x.txt"]}[command]
    res = run_inproc(*args, cwd=tmp_path)
    assert_one_clear_error(res, src.name, *needles)
    assert not out.exists() or not list(out.iterdir())


@pytest.mark.parametrize("command", ["format", "extract", "build", "new", "lint-fix"])
@pytest.mark.parametrize("what", ["exists", "folder", "missing_parent", "parent_is_file"])
def test_output_path_problems(corpus, tmp_path: Path, command: str, what: str):
    """An existing output without --force, an output that is a folder, a missing parent folder, a
    parent that is a file: exit 2 naming the output, nothing written."""
    if command == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    ext = {"format": ".docx", "extract": ".yaml", "build": ".txt", "new": ".yaml", "lint-fix": ".txt"}[command]
    (tmp_path / "afile").write_bytes(OLD)
    (tmp_path / f"afile{ext}").write_bytes(OLD)
    (tmp_path / "adir.docx").mkdir()
    out = {"exists": tmp_path / f"afile{ext}", "folder": tmp_path / "adir.docx",
           "missing_parent": tmp_path / "没有的文件夹" / f"x{ext}", "parent_is_file": tmp_path / "afile" / f"x{ext}"}[what]
    needles = {"exists": ("--force",), "folder": ("文件夹",), "missing_parent": ("不存在",),
               "parent_is_file": ("不是文件夹",)}[what]
    yaml_src = tmp_path / "r.yaml"
    yaml_src.write_text("kind: annual\ndistrict: 滨江区\nyear: 2025\n", encoding="utf-8")
    args = {"format": ["format", corpus["utf8"], "-o", out], "extract": ["extract", corpus["utf8"], "-o", out],
            "build": ["build", yaml_src, "-o", out, "--format", "txt"],
            "new": ["new", "--district", "滨江区", "--year", "2025", "-o", out],
            "lint-fix": ["lint", corpus["utf8"], "--fix", "-o", out]}[command]
    before = _snapshot(tmp_path)
    res = run_inproc(*args, cwd=tmp_path)
    assert_one_clear_error(res, out.name, *needles)
    assert _snapshot(tmp_path) == before
    assert (tmp_path / "afile").read_bytes() == OLD


def test_mine_output_is_a_file(corpus, tmp_path: Path):
    out = tmp_path / "bank"
    out.write_bytes(OLD)
    res = run_inproc("mine", corpus["utf8"], "-o", out, cwd=tmp_path)
    assert_one_clear_error(res, "bank", "不是文件夹")
    assert out.read_bytes() == OLD


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permission bits")
def test_unreadable_file_and_folder(corpus, tmp_path: Path):
    src = tmp_path / "secret.txt"
    src.write_bytes(corpus["utf8"].read_bytes())
    src.chmod(0)
    locked = tmp_path / "locked"
    locked.mkdir()
    try:
        assert_one_clear_error(run_inproc("outline", src), "secret.txt", "权限")
        locked.chmod(0o500)  # readable, not writable
        res = run_inproc("format", corpus["utf8"], "-o", locked / "x.docx")
        assert_one_clear_error(res, "x.docx", "权限")
    finally:
        src.chmod(0o600)
        locked.chmod(0o700)


def test_permission_error_reading_is_clear(corpus, monkeypatch):
    """Root (CI) bypasses permission bits: make the read itself fail as it does for a clerk."""
    from drafter.core import readers
    from drafter.core.errors import InputError

    def denied(self, *a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(self))
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError) as ei:
        readers.read_source(str(corpus["utf8"]))
    assert "没有权限" in ei.value.render() and "utf8.txt" in ei.value.render()
    monkeypatch.setattr(readers.os, "access", lambda *a, **k: False)
    with pytest.raises(InputError) as ei:
        readers.read_source(str(corpus["utf8"]))
    assert "没有读取权限" in ei.value.render()


def test_permission_error_writing_is_clear(tmp_path: Path, monkeypatch):
    from drafter.cli import atomic
    from drafter.core.errors import InputError
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)

    def denied(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path))
    monkeypatch.setattr(atomic.tempfile, "mkstemp", denied)
    with pytest.raises(InputError) as ei:
        atomic.write_text(target, "新内容", force=True)
    assert "没有写入权限" in ei.value.render() and "out.txt" in ei.value.render()
    assert target.read_bytes() == OLD


@pytest.mark.parametrize("err,needle", [(errno.ENOSPC, "磁盘空间不足"), (errno.EROFS, "只读"),
                                        (errno.EIO, "读写出错")])
def test_os_errors_in_chinese(tmp_path: Path, monkeypatch, err: int, needle: str):
    from drafter.cli import atomic
    from drafter.core.errors import InputError
    target = tmp_path / "out.txt"
    target.write_bytes(OLD)

    def fail(*a, **k):
        raise OSError(err, os.strerror(err))
    monkeypatch.setattr(atomic.os, "fsync", fail)
    with pytest.raises(InputError) as ei:
        atomic.write_text(target, "新内容", force=True)
    assert needle in ei.value.render()
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


# --- report YAML (build) ---------------------------------------------------------------------------
YAML_CASES = make.yaml_cases()


@pytest.mark.parametrize("case", YAML_CASES, ids=[c.path.stem for c in YAML_CASES])
def test_yaml_sample(tmp_path: Path, case):
    src = tmp_path / case.path.name
    data = case.path.read_bytes()
    if "gbk" in case.path.stem:
        data = data.decode("utf-8").encode("gbk")
    src.write_bytes(data)
    out = tmp_path / "out.txt"
    res = run_inproc("build", src, "-o", out, cwd=tmp_path)
    if case.expect == "ok":
        assert res.returncode == 0, res.stderr
        assert out.is_file()
    else:
        assert_one_clear_error(res, src.name, *case.needles)
        assert not out.exists()


HEAD = "kind: annual\ndistrict: 滨江区\nyear: 2025\ntitle: 滨江区司法局2025年工作总结\n"
YAML_BYTES = {
    # name: (bytes, ok, needles)
    "utf8_bom": (b"\xef\xbb\xbf" + HEAD.encode("utf-8"), True, ()),
    "gb18030": ((HEAD + "opening: 扩展字" + make.BEYOND_GBK + "。\n").encode("gb18030"), True, ()),
    "utf16_bom": (HEAD.encode("utf-16"), True, ()),
    "utf16be_bom": (b"\xfe\xff" + HEAD.encode("utf-16-be"), True, ()),
    "crlf": (HEAD.replace("\n", "\r\n").encode("utf-8"), True, ()),
    "empty": (b"", False, ("空",)),
    "whitespace": (b"  \n\n", False, ("空",)),
    "binary": (bytes(range(256)) * 8, False, ("不是文本文件",)),
    "utf16_no_bom": (HEAD.encode("utf-16-le"), False, ("不是文本文件",)),
    "docx": (b"PK\x03\x04" + bytes(200), False, ("不是文本文件",)),
    "latin1": ("district: Café\n".encode("latin-1") + bytes([0xff, 0xfe, 0x80]), False, ("编码",)),
    "huge": (b"# " + b"x" * (5 * 1024 * 1024) + b"\n", False, ("过大",)),
}


@pytest.mark.parametrize("name", sorted(YAML_BYTES))
def test_yaml_encodings_and_junk(tmp_path: Path, name: str):
    data, ok, needles = YAML_BYTES[name]
    src = tmp_path / "素材.yaml"
    src.write_bytes(data)
    out = tmp_path / "out.txt"
    res = run_inproc("build", src, "-o", out, cwd=tmp_path)
    if ok:
        assert res.returncode == 0, res.stderr
        assert "滨江区司法局2025年工作总结" in out.read_text(encoding="utf-8")
    else:
        assert_one_clear_error(res, "素材.yaml", *needles)
        assert not out.exists()


# --- phrases --bank --------------------------------------------------------------------------------
BANKS = {
    "missing_folder": (None, ("没有表述库",)),
    "no_phrases_json": (b"", ("没有表述库",)),  # folder without the file (see below)
    "empty_json": (b"", ("空",)),
    "not_json": ("这不是 JSON".encode("utf-8"), ("不是有效的 JSON",)),
    "gbk_json": ('{"phrases": [{"text": "法治"}]}'.encode("utf-8").replace(b"\xe6\xb3\x95", "法".encode("gbk")),
                 ("UTF-8",)),
    "binary": (bytes(range(256)), ("UTF-8",)),
    "list_top": (b"[1, 2]", ("phrases",)),
    "phrases_not_list": (b'{"phrases": {"a": 1}}', ("phrases",)),
    "phrase_not_object": (b'{"phrases": [1, 2]}', ("第 1 条",)),
    "phrase_without_text": (b'{"phrases": [{"count": 3}]}', ("第 1 条", "text")),
    "phrase_wrong_types": ('{"phrases": [{"text": "法治", "docs": "某区", "count": "多"}]}'.encode("utf-8"),
                           ("第 1 条", "类型不对")),
}


@pytest.mark.parametrize("name", sorted(BANKS))
@pytest.mark.parametrize("query", ["法治", None])
def test_phrases_bad_bank(tmp_path: Path, name: str, query: str | None):
    data, needles = BANKS[name]
    folder = tmp_path / "bank"
    if name != "missing_folder":
        folder.mkdir()
        if name != "no_phrases_json":
            (folder / "phrases.json").write_bytes(data)
    args = ["phrases", *([query] if query else []), "--bank", folder]
    res = run_inproc(*args, cwd=tmp_path)
    assert_one_clear_error(res, "bank", *needles)


def test_phrases_good_bank_still_works(tmp_path: Path):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "phrases.json").write_text(json.dumps({"phrases": [
        {"text": "法治政府建设", "type": "clause", "role": "achievements", "docs": ["a"], "count": 2}]},
        ensure_ascii=False), encoding="utf-8")
    res = run_inproc("phrases", "法治", "--bank", folder)
    assert res.returncode == 0, res.stderr
    assert "法治政府建设" in res.stdout


# --- lint's other inputs ---------------------------------------------------------------------------
@pytest.mark.parametrize("name,data,needles", [
    ("unclosed.toml", b"disable = [\n", ("不是有效的 TOML",)),
    ("line.toml", b'disable = ["P001"]\nseverity = {N004 = }\n', (":2:", "不是有效的 TOML")),
    ("binary.toml", bytes(range(256)), ("UTF-8",)),
    ("types.toml", b'severity = 3\n', ("severity",)),
])
def test_lint_bad_config(corpus, tmp_path: Path, name: str, data: bytes, needles):
    cfg = tmp_path / name
    cfg.write_bytes(data)
    res = run_inproc("lint", corpus["utf8"], "--config", cfg)
    assert_one_clear_error(res, name, *needles)


@pytest.mark.parametrize("name", ["binary", "docx_no_body", "empty", "renamed_txt_docx"])
def test_lint_bad_previous(corpus, name: str):
    res = run_inproc("lint", corpus["utf8"], "--previous", corpus[name])
    assert_one_clear_error(res, corpus[name].name)


def test_lint_many_files_one_bad(corpus):
    """One unreadable file among several: its error, the others linted, exit 2."""
    res = run_inproc("lint", corpus["utf8"], corpus["binary"], corpus["gbk"], "--format", "json")
    assert_one_clear_error(res, corpus["binary"].name)
    paths = [f["path"] for f in json.loads(res.stdout)["files"]]
    assert paths == [str(corpus["utf8"]), str(corpus["gbk"])]


def test_mine_folder_with_some_bad_files(corpus, tmp_path: Path):
    """mine skips what it cannot read, with a warning naming each file, and learns from the rest."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("utf8", "gbk", "binary", "docx_no_body", "empty", "renamed_txt_docx"):
        (folder / corpus[name].name).write_bytes(corpus[name].read_bytes())
    res = run_inproc("mine", folder, "-o", tmp_path / "bank", cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    warnings = [ln for ln in res.stderr.splitlines() if ln.startswith("警告：")]
    assert len(warnings) == 5 and "Traceback" not in res.stderr
    for name in ("binary", "docx_no_body", "empty", "renamed_txt_docx"):
        assert any(corpus[name].name in w for w in warnings), (name, warnings)
    # utf8 and gbk are one report in two encodings: learned once
    assert any("内容相同，只算一篇" in w for w in warnings)
    assert "已学习 1 篇报告" in res.stdout


# --- the same through real subprocesses (the way a clerk runs it) -------------------------------------
@pytest.mark.parametrize("args_of,name,needles", [
    (lambda p, t: ["outline", p], "docx_no_body", ("正文",)),
    (lambda p, t: ["lint", p], "binary", ("不是文本文件",)),
    (lambda p, t: ["format", p, "-o", t / "o.docx"], "corrupt_zip", ("不完整",)),
    (lambda p, t: ["extract", p, "-o", t / "o.yaml"], "renamed_txt_docx", ("zip",)),
    (lambda p, t: ["mine", p, "-o", t / "bank"], "latin1", ("编码",)),
])
def test_subprocess_sample(corpus, tmp_path: Path, args_of, name: str, needles):
    args = [str(a) for a in args_of(corpus[name], tmp_path)]
    if args[0] == "extract" and not HAS_EXTRACT:
        pytest.skip("drafter extract 尚未实现")
    proc = run_cli(*args, cwd=tmp_path)
    assert_one_clear_error(proc, corpus[name].name, *needles)
    assert list(tmp_path.iterdir()) == []


def test_subprocess_legitimate_encodings(corpus, tmp_path: Path):
    """GB18030 (with characters beyond GBK) and UTF-16 without a BOM read as the UTF-8 original does."""
    ref = run_cli("outline", str(corpus["utf8"]), "--format", "json")
    assert ref.returncode == 0, ref.stderr
    for name in ("gb18030", "utf16le_nobom"):
        proc = run_cli("outline", str(corpus[name]), "--format", "json")
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == json.loads(ref.stdout)


def test_gb18030_characters_beyond_gbk_are_read(corpus):
    from drafter.core.readers import read_source
    src = read_source(str(corpus["gb18030"]))
    assert src.encoding == "gb18030" and make.BEYOND_GBK in src.text
