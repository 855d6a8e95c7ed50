"""A batch of large files is linted over both cores: the findings are exactly those of linting
each file alone, in the order the files were given, and a bad file in the batch is reported in
its place."""

from __future__ import annotations

import json

from conftest import CORPUS, needs_corpus, run_cli
from drafter.core.errors import InputError
from drafter.lint import run as lint_run
from drafter.lint.config import Config


@needs_corpus
def test_parallel_batch_equals_one_by_one(tmp_path):
    files = [str(p) for p in sorted(CORPUS.glob("*.txt"))[:6]]
    bad = tmp_path / "坏文件.txt"
    bad.write_bytes(b"")
    files.insert(3, str(bad))
    cfg = Config()
    batch = list(lint_run.lint_many(files, cfg))
    assert isinstance(batch[3], InputError) and batch[3].path == str(bad)
    for path, got in zip(files, batch):
        if path == str(bad):
            continue
        alone = lint_run.lint_path(path, cfg)
        assert got.path == path
        assert [f.to_json() for f in got.findings] == [f.to_json() for f in alone.findings]


@needs_corpus
def test_cli_batch_reports_files_in_given_order():
    files = [str(p) for p in sorted(CORPUS.glob("*.txt"), reverse=True)[:5]]
    proc = run_cli("lint", "--format", "json", *files)
    assert proc.returncode in (0, 1), proc.stderr
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == files
