"""Moved to `drafter.core.divisions` (lint needs the table without importing the extract package,
~90 ms); this name stays for callers not yet updated."""

from drafter.core.divisions import Division, divisions, max_year, table, towns  # noqa: F401
