"""The shipped word lists behind entity recognition, and the tagger that knows them.

Lists live in ``resources/dicts`` (see the header of each file) and load once per
process. The tagger is a dedicated ``jieba.Tokenizer`` so that the words added here do
not change how the global ``jieba`` segments text for search.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktop_app.core.extraction import prefix_cache
from desktop_app.core.vocabulary import ENTITY_TYPES
from desktop_app.paths import resource_path

ENTITY_TAGS = {"PER": "nr", "LOC": "ns", "ORG": "nt"}


@dataclass(frozen=True)
class Lexicon:
    surnames: frozenset[str]
    titles: frozenset[str]
    speech_verbs: frozenset[str]
    org_suffixes: tuple[str, ...]  # longest first
    organisations: frozenset[str]
    places: dict[str, str]  # name → level (province, prefecture, county, other)
    persons: frozenset[str]
    not_entities: dict[str, frozenset[str]]  # word → types it never has
    world: frozenset[str] = frozenset()  # countries, regions, cities abroad (CLDR + curated)
    countries: frozenset[str] = frozenset()  # the countries, territories, regions of world
    everyday_brands: frozenset[str] = frozenset()  # listed bodies that are everyday words
    japanese_surnames: frozenset[str] = frozenset()  # of two or three characters
    tibetan_name_parts: frozenset[str] = frozenset()  # a Tibetan name is two of them

    def never(self, word: str, etype: str) -> bool:
        return etype in self.not_entities.get(word, ())

    def listed_place(self, word: str) -> bool:
        """A place the shipped tables name: Chinese divisions, places, the world's."""
        return word in self.places or word in self.world

    def curated_place(self, word: str) -> bool:
        """A place of the hand-curated list (places.txt: regions, nicknames, landmarks,
        countries), not of the generated table of divisions."""
        return self.places.get(word) == "other"

    @functools.cached_property
    def _suffix_lookup(self) -> tuple[frozenset[str], int]:
        return frozenset(self.org_suffixes), max(map(len, self.org_suffixes), default=0)

    def org_suffix(self, word: str) -> str | None:
        """The longest organisation suffix ``word`` ends with (a one-character suffix only
        when it is the whole word: 布局 and 举办 end in 局 and 办 without being offices).

        Looked up by the word's endings, longest first, in a set: the rules ask this of
        every token (a tenth of a page's analysis when it tried each of the 94
        suffixes in turn)."""
        suffixes, longest = self._suffix_lookup
        for size in range(min(len(word), longest), 1, -1):
            if word[-size:] in suffixes:
                return word[-size:]
        return word if word in suffixes else None


def _words(name: str) -> list[str]:
    words: list[str] = []
    for line in _lines(name):
        words.extend(line.split())
    return words


def _lines(name: str) -> list[str]:
    path: Path = resource_path("dicts", name)
    text = path.read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@functools.cache
def lexicon() -> Lexicon:
    places = {w: "other" for w in _words("places.txt")}
    for line in _lines("admin_divisions.txt"):
        name, level, full = line.split("\t")
        places.setdefault(name, "county_short" if level == "county" and name != full else level)
    never: dict[str, frozenset[str]] = {}
    world = [line.split("\t") for line in _lines("world_places.txt")]
    for line in _lines("not_entities.txt"):
        word, types = line.split("\t")
        never[word] = frozenset(ENTITY_TYPES if types == "ALL" else types.split(","))
    return Lexicon(
        surnames=frozenset(_words("surnames.txt")),
        titles=frozenset(_words("titles.txt")),
        speech_verbs=frozenset(_words("speech_verbs.txt")),
        org_suffixes=tuple(sorted(set(_words("org_suffixes.txt")), key=len, reverse=True)),
        organisations=frozenset(_words("organisations.txt")),
        places=places,
        persons=frozenset(_words("persons.txt")),
        not_entities=never,
        world=frozenset([*(name for name, _kind in world), *_words("world_cities.txt")]),
        countries=frozenset(name for name, kind in world if kind == "territory"),
        everyday_brands=frozenset(_words("everyday_brands.txt")),
        japanese_surnames=frozenset(_words("japanese_surnames.txt")),
        tibetan_name_parts=frozenset(_words("tibetan_name_parts.txt")),
    )


# jieba ships no type hints: these say what this package uses of its classes.
class Tokenizer(Protocol):
    """The part of ``jieba.Tokenizer`` used here."""

    FREQ: dict[str, int]  # word → count; every prefix of a word is there with count 0

    def initialize(self, dictionary: str | None = None) -> None: ...
    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None: ...
    def suggest_freq(self, segment: str, tune: bool = False) -> int: ...


class TaggedWord(Protocol):
    """``jieba.posseg.pair``: a word and its part-of-speech flag, unpacked as two strings."""

    word: str
    flag: str

    def __iter__(self) -> Iterator[str]: ...


class Tagger(Protocol):
    """The part of ``jieba.posseg.POSTokenizer`` used here."""

    tokenizer: Tokenizer
    word_tag_tab: dict[str, str]

    def cut(self, sentence: str, HMM: bool = True) -> Iterator[TaggedWord]: ...


_tagger_lock = threading.Lock()


def tagger() -> Tagger:
    """The part-of-speech tagger with the shipped words added; built once, thread-safe."""
    with _tagger_lock:
        return _build_tagger()


@functools.cache
def _build_tagger() -> Tagger:
    import jieba

    prefix_cache.import_posseg()  # its word tags from a cache, not parsed at import
    jieba.setLogLevel(60)  # its "Building prefix dict" chatter would reach the CLI's stderr
    tokenizer: Tokenizer = jieba.Tokenizer()
    prefix_cache.initialize(tokenizer)  # tokenizer.initialize(), a second faster
    lex = lexicon()
    for word in lex.organisations:
        tokenizer.add_word(word, _freq(tokenizer, word), "nt")
    for word, level in lex.places.items():
        # Short county names (上街, 万山) are common words too often to force on the
        # segmenter; they still count as places when jieba cuts them out itself.
        # (FREQ also holds every prefix of a word with count 0: 芦淞 is no word of jieba's.)
        forced = level != "county_short" or not tokenizer.FREQ.get(word)
        if forced and word not in lex.not_entities:
            tokenizer.add_word(word, _freq(tokenizer, word), "ns")
    for word in lex.persons:
        tokenizer.add_word(word, _freq(tokenizer, word), "nr")
    for word in lex.titles | lex.speech_verbs:
        if len(word) > 1:
            tokenizer.add_word(word, _freq(tokenizer, word), "x_title" if word in lex.titles
                               else "v")
    for suffix in lex.org_suffixes:
        if len(suffix) > 1 and suffix not in tokenizer.FREQ:
            tokenizer.add_word(suffix, _freq(tokenizer, suffix), "n")
    return _pos_tokenizer(tokenizer)


def word_count(word: str) -> int:
    """How often the tagger's dictionary counts ``word`` (0: no word of its own, though
    jieba's reading may still cut it out of unknown characters)."""
    return tagger().tokenizer.FREQ.get(word) or 0


def _pos_tokenizer(tokenizer: Tokenizer) -> Tagger:
    import jieba.posseg

    # Its global tagger's table of the dictionary's tags (prefix_cache.import_posseg):
    # copying it saves parsing the same 8 MB file again (0.4 s at start-up).
    pos: Tagger = object.__new__(jieba.posseg.POSTokenizer)
    pos.tokenizer = tokenizer
    pos.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    return pos


def _freq(tokenizer: Tokenizer, word: str) -> int:
    # Enough to beat the split into known words, not so much that the word swallows its
    # neighbours: the frequency jieba itself suggests, floored at a small constant.
    known = tokenizer.FREQ.get(word) or 0
    return max(known, tokenizer.suggest_freq(word, tune=False), 3)
