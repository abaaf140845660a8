"""An in-memory stand-in for LibraryService, for widget tests that need exact spans."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from desktop_app.core.spans import Corrections, EntitySpan, NumberSpan
from desktop_app.service import Highlight  # the real record: the fake must not drift


@dataclass
class Row:
    id: str
    title: str
    date: str | None
    page: str | None
    kind: str
    tags: list[str]
    note_chars: int
    highlight_count: int
    read: bool = False


@dataclass
class Detail:
    id: str
    title: str
    subtitle: str = ""
    byline: str = ""
    authors: list = field(default_factory=list)
    dateline: str = ""
    kind: str = "article"
    subheads: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)
    text: str = ""
    date: str | None = "2025-03-30"
    page: str | None = "04"
    section: str | None = None
    source_path: str = ""
    numbers: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    note: str = ""
    tags: list = field(default_factory=list)
    highlights: list = field(default_factory=list)
    subhead_positions: list = field(default_factory=list)
    kicker: str = ""

    def subhead_places(self) -> list:
        return list(zip(self.subheads, self.subhead_positions or [None] * len(self.subheads),
                        strict=True))


@dataclass(frozen=True)
class Hit:
    article_id: str
    title: str
    date: str | None
    kind: str
    snippet: str
    snippet_hits: list
    score: float


def article(aid: str, title: str, paragraphs: list[str], kind: str = "article") -> Detail:
    text = "\n".join(paragraphs)
    numbers, entities = [], []
    for word, kind_, value, unit in (("8520亿元", "money", 8.52e11, "元"),
                                     ("19.2%", "percent", 0.192, "%")):
        start = text.find(word)
        if start >= 0:
            numbers.append(NumberSpan(start, start + len(word), word, kind_, value, None, unit))
    for word, type_ in (("孙延源", "PER"), ("湖南", "LOC"), ("长沙", "LOC")):
        for start in (i for i in range(len(text)) if text.startswith(word, i)):
            entities.append(EntitySpan(start, start + len(word), word, type_))
    entities.sort(key=lambda e: e.start)
    return Detail(id=aid, title=title, paragraphs=paragraphs, text=text, kind=kind,
                  numbers=numbers, entities=entities)


class FakeService:
    def __init__(self, articles: list[Detail]):
        self.articles = {a.id: a for a in articles}
        self.ids = itertools.count(1)
        self.corrections_ = Corrections()
        self.closed = False

    def close(self) -> None:
        self.closed = True

    def _match(self, a, tag=None, kind=None, date_from=None, date_to=None, entity=None):
        return ((not tag or tag in a.tags) and (not kind or a.kind == kind)
                and (not entity or entity in a.text))

    def article_ids(self, *, order="page", **filters) -> list[str]:
        return [a.id for a in self.articles.values() if self._match(a, **filters)]

    def article_rows(self, ids):
        return [Row(a.id, a.title, a.date, a.page, a.kind, list(a.tags), len(a.note),
                    len(a.highlights)) for a in (self.articles[i] for i in ids)]

    def article(self, aid):
        a = self.articles[aid]
        return replace(a, tags=list(a.tags), highlights=list(a.highlights))

    def count_articles(self) -> int:
        return len(self.articles)

    def kinds(self):
        kinds = [a.kind for a in self.articles.values()]
        return sorted((k, kinds.count(k)) for k in set(kinds))

    def search(self, query, *, limit=50, **filters):
        return [Hit(a.id, a.title, a.date, a.kind, a.text[:60], [(0, 2)], 1.0)
                for a in self.articles.values()
                if query in a.text + a.title and self._match(a, **filters)][:limit]

    def add_highlight(self, aid, start, end, color="yellow", note=""):
        a = self.articles[aid]
        h = Highlight(next(self.ids), aid, start, end, a.text[start:end], color=color, note=note)
        a.highlights.append(h)
        return h

    def _replace(self, h):
        a = self.articles[h.article_id]
        a.highlights = [h if x.id == h.id else x for x in a.highlights]
        return h

    def update_highlight(self, hid, *, color=None, note=None):
        h = next(x for a in self.articles.values() for x in a.highlights if x.id == hid)
        return self._replace(replace(h, color=color or h.color,
                                     note=h.note if note is None else note))

    def delete_highlight(self, hid):
        for a in self.articles.values():
            for h in a.highlights:
                if h.id == hid:
                    a.highlights.remove(h)
                    return h
        raise KeyError(hid)

    def restore_highlight(self, h):
        self.articles[h.article_id].highlights.append(h)
        return h

    def highlights(self, aid):
        return list(self.articles[aid].highlights)

    def set_note(self, aid, markdown):
        self.articles[aid].note = markdown

    def note(self, aid):
        return self.articles[aid].note

    def tag(self, aid, *tags):
        a = self.articles[aid]
        a.tags = sorted(set(a.tags) | set(tags))

    def untag(self, aid, *tags):
        a = self.articles[aid]
        a.tags = [t for t in a.tags if t not in tags]

    def all_tags(self):
        tags = [t for a in self.articles.values() for t in a.tags]
        return sorted((t, tags.count(t)) for t in set(tags))

    def rename_tag(self, old, new):
        for a in self.articles.values():
            if old in a.tags:
                a.tags = sorted((set(a.tags) - {old}) | {new})

    def entity_article_count(self, text):
        return sum(text in a.text for a in self.articles.values())

    def correct_entity(self, text, *, type=None, remove=False, retype=False):
        for a in self.articles.values():
            recognised = any(e.text == text for e in a.entities)
            kept = [e for e in a.entities if e.text != text]
            if not remove and type and (recognised or not retype):
                kept += [EntitySpan(i, i + len(text), text, type)
                         for i in range(len(a.text)) if a.text.startswith(text, i)]
            a.entities = sorted(kept, key=lambda e: e.start)

    def corrections(self):
        return self.corrections_

    def import_paths(self, paths, progress=None):
        raise NotImplementedError


def sample_service() -> FakeService:
    return FakeService([
        article("a1", "绿色智能计算，湖南开启下一程", [
            "2024年，全省绿色智能计算产业规模达8520亿元，同比增长19.2%。",
            "中国电子工业标准化技术协会主任孙延源预测，智能算力将大幅增长。",
            "湖南在长沙建设算力中心。",
        ]),
        article("a2", "长沙：春耕备耕忙", ["长沙县的农民忙着春耕。", "孙延源到田间考察。"],
                kind="brief"),
        article("a3", "评论：读懂发展新动能", ["新动能来自创新。<script>alert(1)</script>",
                                     "<img src=http://example.com/x.png> 链接 "
                                     "<a href=file:///etc/passwd>点我</a>"],
                kind="commentary"),
    ])
