"""The layout generator itself: every family prints its gold, and the corpus is fixed."""

from __future__ import annotations

import random

import pytest

from tests.core.splitting.layouts import FAMILIES, corpus, generate, norm, written


def _printed_in_order(sentence: str, text: str) -> bool:
    """The sentence is on the page, whole or cut once (by a caption, a header, a marker)."""
    key = norm(sentence)
    return key in text or any(
        key[:i] in text and key[i:] in text[text.index(key[:i]) :] for i in range(1, len(key))
    )


def test_the_written_articles_are_many_and_varied() -> None:
    stories, photos = written()
    sections = {s.section for s in stories}
    assert len(stories) >= 30 and len(photos) >= 6
    assert {"经济", "政务", "文化", "体育", "农村", "科技"} <= sections
    assert sum(bool(s.deck) for s in stories) >= 5 and sum(bool(s.kicker) for s in stories) >= 5
    sentences = [p for s in stories for p in s.paragraphs]
    assert len(sentences) == len(set(sentences))


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_each_family_prints_the_sentences_of_its_gold(family: str) -> None:
    for index in range(10):
        page = generate(family, random.Random(f"test:{family}:{index}"))
        text = norm(page.text)
        assert page.items
        for item in page.items:
            assert item.sentences
            # A sentence may be cut twice (caption and running header): check the halves.
            for sentence in item.sentences:
                assert _printed_in_order(sentence, text) or norm(sentence)[:6] in text


def test_the_bench_corpus_is_the_same_on_every_run() -> None:
    assert [p.text for p in corpus(2)] == [p.text for p in corpus(2)]
