"""The reader's fixes to a split, as operations on a page's articles.

No splitter is perfect, so the reader can merge two neighbouring articles, split one at
a character offset, take one of its lines as the headline, or change its kind. Each fix
is stored as an :class:`Edit` (an operation and its arguments, never a copy of the
text) and applied again, in order, to the splitter's output whenever the page is
imported again. Ids follow the user's work: a merged article keeps the first article's
id, the second half of a split gets :func:`split_id` of the original, so highlights,
notes and tags stay on their article; :class:`Move` says where a range of an old
article's text went (a highlight in it moves by ``delta``).

Every operation keeps every character of the articles' text, title and subtitle (the
paragraph break of a split inside a paragraph aside), and is exactly undone by
:func:`inverse` applied to its result.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from desktop_app.core.articles import Article
from desktop_app.core.spans import EntitySpan, NumberSpan
from desktop_app.core.splitting.titles import derived_title
from desktop_app.core.vocabulary import ARTICLE_KINDS

__all__ = ["EDIT_OPS", "Analysed", "Edit", "EditError", "Move", "Result", "apply_edit",
           "apply_edits", "inverse", "line_at", "split_id"]

# The operations a reader can store; the others (unsplit, untitle) only undo.
EDIT_OPS = ("merge", "split", "retitle", "kind")


class EditError(ValueError):
    """An edit that does not fit the page (an article gone, an offset out of range)."""


@dataclass(frozen=True)
class Analysed:
    """One article with the numbers and names found in its text."""

    article: Article
    numbers: tuple[NumberSpan, ...] = ()
    entities: tuple[EntitySpan, ...] = ()


@dataclass(frozen=True)
class Edit:
    op: str  # one of EDIT_OPS, or "unsplit" / "untitle" (undo only)
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Move:
    """Text ``[start, end)`` of article ``source`` is now in ``target``, ``delta`` later."""

    source: str
    start: int
    end: int
    target: str
    delta: int


@dataclass(frozen=True)
class Result:
    articles: list[Analysed]
    moves: list[Move]
    touched: frozenset[str]  # ids of the articles whose content changed


def split_id(article_id: str, offset: int) -> str:
    """The id of the second half when ``article_id`` is split at ``offset``: derived from
    the original, so splitting the same article at the same place again gives it back."""
    return hashlib.sha256(f"{article_id}/split/{offset}".encode()).hexdigest()[:16]


def line_at(text: str, offset: int) -> int:
    """The line (paragraph) of ``text`` that holds character ``offset``."""
    return text.count("\n", 0, max(0, min(offset, len(text))))


def apply_edits(articles: Sequence[Analysed], edits: Sequence[Edit]
                ) -> tuple[list[Analysed], list[int]]:
    """Every edit in order; returns the articles and the indexes of the edits that no
    longer fit the page (its text changed there, headline and all) and were left out."""
    current, skipped = list(articles), []
    for index, edit in enumerate(edits):
        try:
            current = apply_edit(_adopted(current, edit), edit).articles
        except EditError:
            skipped.append(index)
    return current, skipped


def _adopted(articles: list[Analysed], edit: Edit) -> list[Analysed]:
    """The articles, an article whose text changed taking back the id the edit names.

    The splitter's id is a hash of title and text, so an article whose page text changed
    comes back under a new id. An edit keeps the titles of the articles it names
    (``titles``); the one article of the page with that title, under an id no edit
    knows, is the same article and takes its old id back, so the edit still fits and
    the user's work stays on it.
    """
    titles: dict[str, str] = edit.args.get("titles") or {}
    ids = {item.article.id for item in articles}
    for old_id, title in titles.items():
        if old_id in ids:
            continue
        same = [k for k, item in enumerate(articles)
                if item.article.title == title and item.article.id not in titles]
        if len(same) == 1:
            item = articles[same[0]]
            articles = [*articles[:same[0]],
                        Analysed(replace(item.article, id=old_id), item.numbers,
                                 item.entities), *articles[same[0] + 1:]]
            ids.add(old_id)
    return articles


def apply_edit(articles: Sequence[Analysed], edit: Edit) -> Result:
    """One edit; raises EditError when it does not fit."""
    handlers = {"merge": _merge, "unsplit": _merge, "split": _split, "retitle": _retitle,
                "untitle": _untitle, "kind": _kind}
    handler = handlers.get(edit.op)
    if handler is None:
        raise EditError(f"unknown edit {edit.op!r}")
    try:
        return handler(list(articles), edit.args)
    except (KeyError, TypeError) as exc:
        raise EditError(f"{edit.op}: bad arguments ({exc})") from exc


def inverse(before: Sequence[Analysed], edit: Edit) -> Edit:
    """The edit that undoes ``edit`` (applied to ``before``) on its result."""
    args = edit.args
    if edit.op == "merge":
        second = _find(before, args["second"])
        first = _find(before, args["first"])
        return Edit("split", {"id": args["first"], "offset": len(first.article.text) + 1,
                              "new_id": args["second"], "fields": _fields(second.article),
                              "bounds": [first.article.source_start,
                                         first.article.source_end]})
    if edit.op == "split":
        _find(before, args["id"])
        return Edit("unsplit", {"first": args["id"], "second": args["new_id"],
                                "join": "" if _inside_paragraph(before, args) else "\n"})
    if edit.op == "retitle":
        old = _find(before, args["id"]).article
        line = int(args["line"])
        return Edit("untitle", {"id": args["id"], "line": line, "title": old.title,
                                "subtitle": old.subtitle, "kicker": old.kicker,
                                "span": _span(old, line),
                                "positions": list(old.subhead_positions)})
    if edit.op == "kind":
        return Edit("kind", {"id": args["id"], "kind": _find(before, args["id"]).article.kind})
    raise EditError(f"{edit.op!r} cannot be undone")


def _find(articles: Sequence[Analysed], article_id: str) -> Analysed:
    for item in articles:
        if item.article.id == article_id:
            return item
    raise EditError(f"no article {article_id!r} on this page")


def _index(articles: Sequence[Analysed], article_id: str) -> int:
    return articles.index(_find(articles, article_id))


def _fields(article: Article) -> dict[str, Any]:
    return {"title": article.title, "subtitle": article.subtitle, "kicker": article.kicker,
            "byline": article.byline,
            "authors": list(article.authors), "dateline": article.dateline,
            "kind": article.kind, "source_start": article.source_start,
            "source_end": article.source_end}


def _span(article: Article, line: int) -> list[int] | None:
    """The page span of paragraph ``line``, None when the article has none for it."""
    spans = article.paragraph_spans
    return list(spans[line]) if line < len(spans) else None


def _inside_paragraph(before: Sequence[Analysed], args: dict[str, Any]) -> bool:
    text = _find(before, args["id"]).article.text
    offset = int(args["offset"])
    return 0 < offset < len(text) and "\n" not in (text[offset - 1], text[offset])


def _shifted(item: Analysed, delta: int, start: int = 0, end: int | None = None
             ) -> tuple[list[NumberSpan], list[EntitySpan]]:
    """The spans wholly inside ``[start, end)``, moved by ``delta``."""
    stop = len(item.article.text) if end is None else end
    numbers = [replace(n, start=n.start + delta, end=n.end + delta) for n in item.numbers
               if start <= n.start and n.end <= stop]
    entities = [replace(e, start=e.start + delta, end=e.end + delta) for e in item.entities
                if start <= e.start and e.end <= stop]
    return numbers, entities


def _bounds(article: Article, bounds: Sequence[int] | None = None) -> Article:
    """``source_start``/``source_end``: as given, or those of the paragraphs' spans."""
    spans = article.paragraph_spans
    if bounds:
        article.source_start, article.source_end = bounds[0], bounds[1]
    elif spans:
        article.source_start = min(s for s, _ in spans)
        article.source_end = max(e for _, e in spans)
    return article


def _merge(articles: list[Analysed], args: dict[str, Any]) -> Result:
    first_id, second_id = args["first"], args["second"]
    join = args.get("join", "\n")
    i, j = _index(articles, first_id), _index(articles, second_id)
    if j != i + 1:
        raise EditError("only an article and the one after it can be merged")
    a, b = articles[i], articles[j]
    gap = len(a.article.text) + len(join)
    paras_a, paras_b = list(a.article.paragraphs), list(b.article.paragraphs)
    spans_a, spans_b = list(a.article.paragraph_spans), list(b.article.paragraph_spans)
    positions = [p + len(paras_a) for p in b.article.subhead_positions]
    if join == "" and paras_a and paras_b:  # a split inside a paragraph, undone
        paras = [*paras_a[:-1], paras_a[-1] + paras_b[0], *paras_b[1:]]
        spans = spans_a + spans_b[1:] if spans_a and spans_b else spans_a + spans_b
        positions = [p - 1 for p in positions]
    else:
        paras, spans = paras_a + paras_b, spans_a + spans_b
    merged = _bounds(replace(
        a.article, paragraphs=paras, paragraph_spans=spans,
        subheads=a.article.subheads + b.article.subheads,
        subhead_positions=list(a.article.subhead_positions) + positions,
        authors=list(dict.fromkeys(a.article.authors + b.article.authors))),
        [min(a.article.source_start, b.article.source_start),
         max(a.article.source_end, b.article.source_end)])
    numbers_b, entities_b = _shifted(b, gap)
    item = Analysed(merged, a.numbers + tuple(numbers_b), a.entities + tuple(entities_b))
    rest = [x for k, x in enumerate(articles) if k not in (i, j)]
    rest.insert(i, item)
    move = Move(second_id, 0, len(b.article.text) + 1, first_id, gap)
    return Result(rest, [move], frozenset({first_id, second_id}))


def _split(articles: list[Analysed], args: dict[str, Any]) -> Result:
    article_id, offset = args["id"], int(args["offset"])
    i = _index(articles, article_id)
    item = articles[i]
    old = item.article
    text = old.text
    if not 0 < offset < len(text):
        raise EditError(f"offset {offset} is not inside the article (0–{len(text)})")
    new_id = args.get("new_id") or split_id(article_id, offset)
    if any(x.article.id == new_id for x in articles):
        raise EditError(f"the article is already split there ({new_id})")
    line = line_at(text, offset)
    cut = offset - (text.rfind("\n", 0, offset) + 1)  # characters of the line kept first
    paras, spans = list(old.paragraphs), list(old.paragraph_spans)
    if cut == 0 or text[offset] == "\n":  # between lines: line ``at`` opens the second half
        at = line if cut == 0 else line + 1
        first_paras, second_paras = paras[:at], paras[at:]
        first_spans, second_spans = spans[:at], spans[at:]
        end_first = offset - 1 if cut == 0 else offset
        start_second = end_first + 1
        in_first = [p < at for p in old.subhead_positions]
    else:  # inside line ``line``: both halves hold a part of it (and its page span)
        at = line
        first_paras = [*paras[:line], paras[line][:cut]]
        second_paras = [paras[line][cut:], *paras[line + 1:]]
        first_spans, second_spans = spans[:line + 1], spans[line:]
        end_first = start_second = offset
        in_first = [p <= line for p in old.subhead_positions]
    heads = list(zip(old.subheads, old.subhead_positions, in_first, strict=False))
    first = _bounds(replace(
        old, paragraphs=first_paras, paragraph_spans=first_spans,
        subheads=[t for t, _, keep in heads if keep],
        subhead_positions=[p for _, p, keep in heads if keep]),
        args.get("bounds") or [old.source_start, old.source_end])
    fields = args.get("fields") or {
        "title": derived_title("\n".join(second_paras)), "subtitle": "", "byline": "",
        "authors": [], "dateline": "", "kind": "article" if old.kind == "continuation"
        else old.kind}
    second = _bounds(Article(
        id=new_id, paragraphs=second_paras, paragraph_spans=second_spans,
        subheads=[t for t, _, keep in heads if not keep],
        subhead_positions=[p - at for _, p, keep in heads if not keep], **fields),
        [fields["source_start"], fields["source_end"]] if "source_start" in fields else None)
    numbers_a, entities_a = _shifted(item, 0, 0, end_first)
    numbers_b, entities_b = _shifted(item, -start_second, start_second)
    pieces = [Analysed(first, tuple(numbers_a), tuple(entities_a)),
              Analysed(second, tuple(numbers_b), tuple(entities_b))]
    move = Move(article_id, start_second, len(text) + 1, new_id, -start_second)
    return Result(articles[:i] + pieces + articles[i + 1:], [move],
                  frozenset({article_id, new_id}))


def _retitle(articles: list[Analysed], args: dict[str, Any]) -> Result:
    article_id, line = args["id"], int(args["line"])
    i = _index(articles, article_id)
    item = articles[i]
    old = item.article
    paras = list(old.paragraphs)
    if not 0 <= line < len(paras) or len(paras) < 2:
        raise EditError(f"line {line} is not a line of the article (0–{len(paras) - 1})")
    start = sum(len(p) + 1 for p in paras[:line])
    end = start + len(paras[line]) + 1
    # The old headline is kept in the subtitle unless the splitter made it up from the text.
    derived = old.title == derived_title(old.text)
    subtitle = old.subtitle if derived else " ".join(x for x in (old.title, old.subtitle) if x)
    spans = list(old.paragraph_spans)
    # The old headline now opens the subtitle: the kicker no longer does.
    new = replace(old, title=paras.pop(line), subtitle=subtitle, paragraphs=paras,
                  kicker=old.kicker if derived else "",
                  paragraph_spans=spans[:line] + spans[line + 1:],
                  subhead_positions=[p - 1 if p > line else p
                                     for p in old.subhead_positions])
    numbers_a, entities_a = _shifted(item, 0, 0, start)
    numbers_b, entities_b = _shifted(item, start - end, end)
    result = Analysed(new, tuple(numbers_a + numbers_b), tuple(entities_a + entities_b))
    moves = [Move(article_id, end, len(old.text) + 1, article_id, start - end)]
    return Result([*articles[:i], result, *articles[i + 1:]], moves, frozenset({article_id}))


def _untitle(articles: list[Analysed], args: dict[str, Any]) -> Result:
    article_id, line = args["id"], int(args["line"])
    i = _index(articles, article_id)
    item = articles[i]
    old = item.article
    paras, spans = list(old.paragraphs), list(old.paragraph_spans)
    if not 0 <= line <= len(paras):
        raise EditError(f"line {line} is not a line of the article")
    start = sum(len(p) + 1 for p in paras[:line])
    paras.insert(line, old.title)
    if args.get("span") is not None:
        start_end = args["span"]
        spans.insert(line, (int(start_end[0]), int(start_end[1])))
    grow = len(old.title) + 1
    new = replace(old, title=args["title"], subtitle=args["subtitle"], paragraphs=paras,
                  kicker=args.get("kicker", ""), paragraph_spans=spans,
                  subhead_positions=list(args.get("positions", old.subhead_positions)))
    numbers_a, entities_a = _shifted(item, 0, 0, start)
    numbers_b, entities_b = _shifted(item, grow, start)
    result = Analysed(new, tuple(numbers_a + numbers_b), tuple(entities_a + entities_b))
    moves = [Move(article_id, start, len(old.text) + 1, article_id, grow)]
    return Result([*articles[:i], result, *articles[i + 1:]], moves, frozenset({article_id}))


def _kind(articles: list[Analysed], args: dict[str, Any]) -> Result:
    article_id, kind = args["id"], args["kind"]
    if kind not in ARTICLE_KINDS:
        raise EditError(f"unknown kind {kind!r}; use one of {', '.join(ARTICLE_KINDS)}")
    i = _index(articles, article_id)
    item = articles[i]
    changed = Analysed(replace(item.article, kind=kind), item.numbers, item.entities)
    return Result([*articles[:i], changed, *articles[i + 1:]], [], frozenset({article_id}))
