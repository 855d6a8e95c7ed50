"""The data cache: a parsed data file is the same with and without it; a damaged entry, a
read-only or an impossible cache folder only mean the file is parsed again; a changed file is
never served from the old entry, and its old entry is dropped."""

from __future__ import annotations

import tomllib

import pytest

from drafter.core import datacache
from drafter.core.resources import DATA_DIR


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(datacache, "_DIR", [])
    return tmp_path


def _entries(folder):
    return sorted(p.name for p in (folder / "cache").rglob("*.marshal"))


def test_every_data_file_reads_the_same_through_the_cache(folder):
    for path in sorted(DATA_DIR.rglob("*.toml")):
        want = tomllib.loads(path.read_text(encoding="utf-8"))
        assert datacache.toml_file(path, path.name) == want           # parsed, stored
        assert datacache.toml_file(path, path.name) == want           # read back from the entry
    assert len(_entries(folder)) == len(list(DATA_DIR.rglob("*.toml")))


def test_a_changed_file_is_parsed_again_and_replaces_its_entry(folder):
    src = folder / "x.toml"
    src.write_text('a = "一"\n', encoding="utf-8")
    assert datacache.toml_file(src, "x") == {"a": "一"}
    src.write_text('a = "二"\n', encoding="utf-8")
    assert datacache.toml_file(src, "x") == {"a": "二"}
    assert len(_entries(folder)) == 1


def test_a_damaged_entry_is_rebuilt(folder):
    src = folder / "x.toml"
    src.write_text("n = 1\n", encoding="utf-8")
    datacache.toml_file(src, "x")
    (entry,) = (folder / "cache").rglob("*.marshal")
    entry.write_bytes(b"\xff\x00garbage")
    assert datacache.toml_file(src, "x") == {"n": 1}
    entry.write_bytes(b"")
    assert datacache.toml_file(src, "x") == {"n": 1}


def test_a_read_only_cache_folder_is_no_error(folder, monkeypatch):
    def refuse(self, data):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(datacache.Path, "write_bytes", refuse)   # as in a read-only folder, even for root
    src = folder / "x.toml"
    src.write_text("n = 2\n", encoding="utf-8")
    assert datacache.toml_file(src, "x") == {"n": 2}
    assert datacache.toml_file(src, "x") == {"n": 2}
    assert _entries(folder) == []


def test_a_cache_folder_that_cannot_exist_is_no_error(folder, monkeypatch):
    blocker = folder / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(blocker / "sub"))
    monkeypatch.setattr(datacache, "_DIR", [])
    src = folder / "x.toml"
    src.write_text("n = 3\n", encoding="utf-8")
    assert datacache.toml_file(src, "x") == {"n": 3}


def test_values_marshal_cannot_hold_are_not_cached(folder):
    src = folder / "d.toml"
    src.write_text("day = 2025-01-01\n", encoding="utf-8")
    assert str(datacache.toml_file(src, "d")["day"]) == "2025-01-01"
    assert _entries(folder) == []


def test_the_cache_can_be_turned_off(folder, monkeypatch):
    monkeypatch.setenv("DRAFTER_CACHE_DIR", "off")
    monkeypatch.setattr(datacache, "_DIR", [])
    src = folder / "x.toml"
    src.write_text("n = 4\n", encoding="utf-8")
    assert datacache.toml_file(src, "x") == {"n": 4}
    assert datacache.cache_dir() is None and not (folder / "cache").exists()
