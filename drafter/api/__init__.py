"""drafter's library: every front end (the CLI, the workbench) calls only these functions.

The contract, for every function here:
- Inputs are bytes or text with a *name* (a file name or a path, used for its suffix and in
  messages), plus explicit options: the lint `Config`, the phrase bank folder, the font preset.
  Nothing here looks at the current folder, reads a file the caller did not name, or writes a file.
  (The one exception is `template=`: a user's Jinja template is named by path, so that its own
  `{% include %}`s resolve beside it; it is rendered in a sandbox.)
- Outputs are values: bytes of a document, text, or result objects (dataclasses below).
- Bad input raises `InputError` (Chinese message, file, line, column); nothing else is expected.

| function | takes | gives |
|---|---|---|
| `new(district, year, kind, ...)` | the unit and the kind | the starter YAML text |
| `new_from(data, name, year=, kind=)` | last year's report (YAML/.docx/.txt/.md) | the next period's YAML |
| `build(yaml_text, name, fmt=...)` | the report YAML | `Built`: the document bytes, its text and structure |
| `format_document(data, name)` | a draft | `Formatted`: the official .docx bytes |
| `read(data, name)` | a draft | the parsed `Document` |
| `outline(data, name)` | a draft | the pinned outline JSON objects |
| `lint(data, name, config=, previous=)` | a draft | `Linted`: the findings |
| `fix(data, name, config=)` | a draft | `Fixed`: the mechanically fixed file, same type |
| `annotate(data, name, config=)` | a .docx | the copy with a Word comment per finding |
| `kinds()` | — | the kinds `new` scaffolds, id → Chinese name (built-in and learned) |
| `extract(data, name)` | last year's report | `Extraction`: the YAML text and its self-check |
| `mine(documents)` | (name, bytes) pairs | `Mined`: the phrase bank files as text |
| `phrases(query, role=, limit=)` | a query | the `phrases --format json` list |
| `manual(topic)`, `manual_topics()` | a topic (yaml, rules, template, format) | the offline manual's text |
"""

from drafter.api.checking import Fixed, annotate, fix, lint, lint_json
from drafter.api.documents import Formatted, format_document, outline, read, to_pdf
from drafter.api.drafting import Built, build, default_name, extract, kinds, new, new_from
from drafter.api.learning import Mined, mine, phrases
from drafter.api.manual import manual, manual_topics
from drafter.core.errors import InputError
from drafter.core.resources import use_bank
from drafter.lint.config import Config

__all__ = ["Built", "Config", "Fixed", "Formatted", "InputError", "Mined", "annotate", "build", "extract",
           "fix", "format_document", "lint", "lint_json", "manual", "manual_topics", "mine", "new", "new_from", "default_name", "kinds", "outline", "phrases",
           "read", "to_pdf", "use_bank"]
