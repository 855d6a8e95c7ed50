"""The extraction data (drafter/data/extract.toml), loaded once."""

from __future__ import annotations

import functools

from drafter.core.resources import load_toml


@functools.cache
def data() -> dict:
    return load_toml("extract.toml")
