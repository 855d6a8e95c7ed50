"""Precision and recall of the outline parser per heading level against hand labels.

A label set is a folder of NN.txt + NN.json pairs, the JSON holding {"headings": [{line, level,
marker, text}, ...]} (the pinned `outline --format json` shape); a heading counts as found only when
all four fields agree. tests/data/labels names its text by a "source" key instead of a .txt beside the JSON.

    python tests/outline_measure.py DIR [DIR ...]     # prints a table per level, and the misses with -v
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = REPO.parent / "shared" / "corpora" / "provincial-2026"


def _key(h: dict) -> tuple:
    return (h["line"], h["level"], h.get("marker", ""), h["text"])  # no marker: un-numbered


@dataclass
class Score:
    found: Counter = field(default_factory=Counter)     # headings the parser gave, per level
    labelled: Counter = field(default_factory=Counter)  # headings labelled, per level
    right: Counter = field(default_factory=Counter)     # both, per level
    misses: list[tuple[str, str, tuple]] = field(default_factory=list)  # (file, "missed"/"extra", key)

    def add(self, name: str, got: list[dict], want: list[dict]) -> None:
        g, w = {_key(h) for h in got}, {_key(h) for h in want}
        for key in g:
            self.found[key[1]] += 1
        for key in w:
            self.labelled[key[1]] += 1
        for key in g & w:
            self.right[key[1]] += 1
        self.misses += [(name, "missed", k) for k in sorted(w - g)] + [(name, "extra", k) for k in sorted(g - w)]

    def levels(self) -> list[int]:
        return sorted(set(self.found) | set(self.labelled))

    def precision(self, level: int) -> float:
        return self.right[level] / self.found[level] if self.found[level] else float(self.labelled[level] == 0)

    def recall(self, level: int) -> float:
        return self.right[level] / self.labelled[level] if self.labelled[level] else float(self.found[level] == 0)

    def table(self) -> str:
        rows = ["level  labelled  found  right  precision  recall"]
        for lv in self.levels():
            rows.append(f"{lv:>5}  {self.labelled[lv]:>8}  {self.found[lv]:>5}  {self.right[lv]:>5}  "
                        f"{self.precision(lv):>9.3f}  {self.recall(lv):>6.3f}")
        return "\n".join(rows)


def label_pairs(folder: Path) -> list[tuple[Path, dict]]:
    """(text file, label) for every label JSON in a folder."""
    out = []
    for js in sorted(folder.glob("*.json")):
        label = json.loads(js.read_text(encoding="utf-8"))
        text = js.with_suffix(".txt")
        if not text.exists():  # tests/data/labels: the text is a seed or a corpus file
            src = label["source"]
            text = REPO / src if src.startswith("seeds/") else CORPUS / Path(src).name
        out.append((text, label))
    return out


def measure(folder: Path) -> Score:
    from drafter.core.outline import parse_file
    score = Score()
    for text, label in label_pairs(folder):
        score.add(text.name, parse_file(str(text)).outline_json(), label["headings"])
    return score


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    for arg in [a for a in argv if a != "-v"]:
        score = measure(Path(arg))
        print(f"== {arg}\n{score.table()}")
        if verbose:
            for name, what, key in score.misses:
                print(f"   {what:6} {name}: {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
