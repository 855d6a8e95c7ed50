"""The installed package carries its data: every subpackage is listed in pyproject.toml, and a
non-editable install run from another folder finds templates/, phrasebank/ and data files."""

from __future__ import annotations

import tomllib

from conftest import REPO


def test_every_subpackage_is_packaged():
    conf = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(conf["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "drafter").rglob("__init__.py")}
    missing = on_disk - listed
    assert not missing, f"pyproject.toml 未列出的子包：{sorted(missing)}"
    assert {"drafter.templates", "drafter.phrasebank"} <= listed
    data = conf["tool"]["setuptools"]["package-data"]
    assert "*.j2" in data["drafter.templates"] and "*.json" in data["drafter.phrasebank"]
