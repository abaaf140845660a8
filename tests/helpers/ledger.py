"""What a killed writer promised, and a check of a library file against it.

A writer reports ``TRY`` before each write and ``ACK`` once the service call returned
(after COMMIT). An acknowledged write must be in the file after any crash; a write that
was tried but never acknowledged may or may not be there, but nothing else may appear.
Notes overwrite each other, so a note is right when it holds the last acknowledged text
or one tried after it.

Read with plain ``sqlite3`` (no application code) so a bug in the app's reading path
cannot hide a lost write.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

TOKEN = "KILLTEST"  # every note, tag and highlight note a writer makes contains it


def note_text(op: dict) -> str:
    """A note's full text: given, or rebuilt from its recipe (ack lines stay short)."""
    if "text" in op:
        return op["text"]
    return f"第{op['round']}轮第{op['i']}条 {TOKEN}\n\n**要点**：" + "湖南日报" * op["n"]


@dataclass
class Ledger:
    notes: dict[str, str] = field(default_factory=dict)  # article id → last acked text
    note_tries: dict[str, list[str]] = field(default_factory=dict)  # tried after that
    highlights: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # token →
    highlight_tries: set[str] = field(default_factory=set)
    tags: dict[str, str] = field(default_factory=dict)  # tag → article id
    tag_tries: set[str] = field(default_factory=set)
    acks: int = 0

    def tried(self, op: dict) -> None:
        kind = op["op"]
        if kind == "note":
            self.note_tries.setdefault(op["article"], []).append(note_text(op))
        elif kind == "highlight":
            self.highlight_tries.add(op["token"])
        elif kind == "tag":
            self.tag_tries.add(op["tag"])

    def acked(self, op: dict) -> None:
        self.acks += 1
        kind = op["op"]
        if kind == "note":
            self.notes[op["article"]] = note_text(op)
            self.note_tries[op["article"]] = []
        elif kind == "highlight":
            self.highlights[op["token"]] = (op["article"], op["start"], op["end"])
        elif kind == "tag":
            self.tags[op["tag"]] = op["article"]

    def check(self, path: Path) -> list[str]:
        """Problems found in the file at ``path``; empty when every promise holds."""
        conn = sqlite3.connect(path, timeout=30)
        try:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            problems = [] if verdict == "ok" else [f"integrity_check: {verdict}"]
            problems += self._check_notes(conn)
            problems += self._check_highlights(conn)
            problems += self._check_tags(conn)
            return problems
        finally:
            conn.close()

    def _check_notes(self, conn: sqlite3.Connection) -> list[str]:
        stored = dict(conn.execute(
            "SELECT a.id, n.markdown FROM notes n JOIN articles a ON a.seq = n.article_seq"))
        problems = []
        for article in set(self.notes) | set(self.note_tries):
            allowed = [self.notes.get(article, ""), *self.note_tries.get(article, [])]
            have = stored.get(article, "")
            if have not in allowed:
                problems.append(f"note of {article}: holds {have[:60]!r}, expected the last "
                                f"acknowledged {allowed[0][:60]!r}")
        for article, text in stored.items():
            if TOKEN in text and article not in self.notes and article not in self.note_tries:
                problems.append(f"note of {article} was never written by the test")
        return problems

    def _check_highlights(self, conn: sqlite3.Connection) -> list[str]:
        rows = conn.execute(
            "SELECT h.note, a.id, h.start, h.end FROM highlights h "
            "JOIN articles a ON a.seq = h.article_seq WHERE h.note LIKE ?", (f"%{TOKEN}%",))
        stored: dict[str, list[tuple[str, int, int]]] = {}
        for note, article, start, end in rows:
            stored.setdefault(note, []).append((article, start, end))
        problems = [f"acknowledged highlight {t} {where} is missing"
                    for t, where in self.highlights.items() if stored.get(t) != [where]]
        problems += [f"highlight {t} was never tried" for t in stored
                     if t not in self.highlights and t not in self.highlight_tries]
        return problems

    def _check_tags(self, conn: sqlite3.Connection) -> list[str]:
        stored = set(conn.execute(
            "SELECT t.name, a.id FROM article_tags x JOIN tags t ON t.id = x.tag_id "
            "JOIN articles a ON a.seq = x.article_seq WHERE t.name LIKE ?", (f"%{TOKEN}%",)))
        problems = [f"acknowledged tag {t} on {a} is missing"
                    for t, a in self.tags.items() if (t, a) not in stored]
        problems += [f"tag {t} was never tried" for t, _ in stored
                     if t not in self.tags and t not in self.tag_tries]
        return problems
