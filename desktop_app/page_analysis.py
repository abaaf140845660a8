"""One page file to what storage will write: read, hash, split, analyse (no SQL, no Qt).

This is the slow half of an import and it touches no library: it runs in the importing
process (``--jobs 1``) or in the worker processes of :mod:`desktop_app.import_pool`,
which import this module and not storage. A page whose text the library already holds
(by its hash) is reported as :class:`Unchanged` right after reading, before any
splitting or analysis, so a second run of an interrupted import only analyses what is
missing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.articles import SplitPage
from desktop_app.core.facts.facts import Fact, find_facts
from desktop_app.core.reading.pages import PageError, read_page
from desktop_app.core.reading.pdf_print import PrintedPage
from desktop_app.core.spans import Analysis, Corrections
from desktop_app.core.splitting.split import split_page

Analyser = Callable[[str, Corrections], Analysis]


@dataclass(frozen=True)
class PreparedPage:
    """One page ready to store: what the file says, split and analysed."""

    source_path: str
    content_hash: str
    encoding: str
    split: SplitPage
    analyses: list[Analysis]  # one per article of ``split``
    printed: PrintedPage | None = None  # a PDF's page: where each article is printed
    # One list per article: its figures (core/facts), read here so that an import's
    # worker processes do this work too (the tagger is loaded there already).
    facts: list[list[Fact]] = field(init=False)

    def __post_init__(self) -> None:
        date = self.split.meta.date
        object.__setattr__(self, "facts", [
            find_facts(article.text, analysis.numbers, date)
            for article, analysis in zip(self.split.articles, self.analyses, strict=True)])

    @property
    def chars(self) -> int:
        """Characters of article text (what ``pages.chars`` stores)."""
        return sum(len(a.text) for a in self.split.articles)


@dataclass(frozen=True)
class Unchanged:
    """The library already holds a page with exactly this text."""

    content_hash: str


@dataclass(frozen=True)
class Unreadable:
    """The file is not a page (binary, too large, a pipe …): why, in one line."""

    message: str


Outcome = PreparedPage | Unchanged | Unreadable


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pdf_page_hash(text: str) -> str:
    """The hash a PDF page's laid-out text is known by: marked, so that a text file
    holding the same text is another page."""
    return content_hash(f"pdf\n{text}")


def default_analyser() -> Analyser:
    # Imported here: analysis loads jieba's dictionary and the name model, which
    # commands that only read the library (list, search, show) should not pay for.
    from desktop_app.core.extraction.analysis import analyse

    return analyse


def prepare(path: Path, text: str, encoding: str, digest: str, analyser: Analyser
            ) -> PreparedPage:
    split = split_page(text)
    # Raw spans are stored; corrections are applied when read (core.extraction.corrections).
    analyses = analyse_articles(analyser, split)
    return PreparedPage(str(path.resolve()), digest, encoding, split, analyses)


def analyse_articles(analyser: Analyser, split: SplitPage) -> list[Analysis]:
    """One analysis per article. The shipped analyser reads a page's articles together
    (``analysis.analyse_many``: one batched pass of the name model), any other one by one."""
    from desktop_app.core.extraction import analysis

    texts = [a.text for a in split.articles]
    if analyser is analysis.analyse:
        return list(analysis.analyse_many(texts, Corrections()))
    return [analyser(text, Corrections()) for text in texts]


def analyse_file(path: Path, known: Container[str], analyser: Analyser | None = None
                 ) -> Outcome:
    """Read ``path``; unless ``known`` holds its text's hash, split and analyse it."""
    try:
        page = read_page(path)
    except PageError as exc:
        return Unreadable(str(exc))
    digest = content_hash(page.text)
    if digest in known:
        return Unchanged(digest)
    return prepare(path, page.text, page.encoding, digest, analyser or default_analyser())


# -- in a worker process ---------------------------------------------------------------

# Set once per worker by worker_setup: the hashes the library held when the import
# started, and the analyser (the real one unless a test passes its own).
_known: frozenset[str] = frozenset()
_analyser: Analyser | None = None


def worker_setup(known: frozenset[str], analyser: Analyser | None) -> None:
    """Runs first in each worker process (see :mod:`desktop_app.import_pool`)."""
    global _known, _analyser
    # One thread per worker for every numeric library the model may use: the workers
    # are the parallelism; more threads per worker would only fight over the cores.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    _known, _analyser = known, analyser


def worker_analyse(path: str) -> Outcome:
    """One page in a worker; the name model loads on the first page that needs it (it
    runs with one ONNX Runtime thread: ``ner_model.LacTagger(threads=1)``)."""
    return analyse_file(Path(path), _known, _analyser)


# -- articles already stored, analysed again (desktop_app.library_analysis) -------------

StoredArticle = tuple[int, str, str | None]  # seq, text, the page's date


@dataclass(frozen=True)
class Reanalysed:
    """A stored article's text analysed by this version's rules."""

    seq: int
    analysis: Analysis
    facts: list[Fact]


def analyse_stored(articles: list[StoredArticle], analyser: Analyser | None = None
                   ) -> list[Reanalysed]:
    """Analyse stored articles again, together as one page's articles are; in a worker
    (after :func:`worker_setup`) with the worker's analyser."""
    analyser = analyser or _analyser or default_analyser()
    from desktop_app.core.extraction import analysis

    texts = [text for _, text, _ in articles]
    if analyser is analysis.analyse:
        analyses = list(analysis.analyse_many(texts, Corrections()))
    else:
        analyses = [analyser(text, Corrections()) for text in texts]
    return [Reanalysed(seq, found, find_facts(text, found.numbers, date))
            for (seq, text, date), found in zip(articles, analyses, strict=True)]


def worker_analyse_stored(articles: list[StoredArticle]) -> list[Reanalysed]:
    """One batch of stored articles in a worker (:mod:`desktop_app.library_analysis`)."""
    return analyse_stored(articles)
