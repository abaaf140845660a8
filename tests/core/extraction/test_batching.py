"""The articles of a page analysed together give what each gives alone, and the pieces of
that speed-up (pruned Viterbi, the model's words standing in for jieba's guesser) are exact
where they claim to be."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from desktop_app.core.articles import Article, PageMeta, SplitPage
from desktop_app.core.extraction import analysis
from desktop_app.core.extraction.analysis import analyse, analyse_many
from desktop_app.core.extraction.crf_decode import viterbi
from desktop_app.core.extraction.words import tokenize_with_model
from desktop_app.core.spans import Analysis, Corrections

TEXTS = [
    "国务院总理李鹏今天在北京会见了美国总统克林顿。",
    "",
    "   \n",
    "no Chinese here, 2025-03-30, 25%",
    "中科\n曙光高级副总裁任京暘表示，湖南汇视威智能科技有限公司落户长沙经开区。",
    "湖南省长沙市人民政府与中国科学院签署了协议" * 20,  # one run without punctuation
    "艾迪奥、金博氢能、仪纬科技3家企业入选。\x07控制字符\u200b也在。",
]


def test_many_texts_together_are_each_text_alone() -> None:
    alone = [analyse(text) for text in TEXTS]
    assert list(analyse_many(TEXTS)) == alone
    fixes = Corrections(added={"仪纬": "ORG"}, removed={"北京"})
    assert list(analyse_many(TEXTS, fixes)) == [analyse(text, fixes) for text in TEXTS]


def test_groups_of_texts_come_back_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analysis, "GROUP_CHARS", 30)  # several groups
    assert list(analyse_many(TEXTS)) == [analyse(text) for text in TEXTS]


def test_without_the_model_many_is_each_alone() -> None:
    assert list(analyse_many(TEXTS, use_model=False)) == [
        analyse(text, use_model=False) for text in TEXTS]


# -- the decode ----------------------------------------------------------------------------

@pytest.mark.parametrize("scale", [0.05, 0.2, 3.0])  # small spreads prune, a large one not
def test_pruned_viterbi_is_the_full_search(scale: float) -> None:
    rng = np.random.default_rng(11)
    k, rows, width = 30, 9, 40
    trans = (rng.standard_normal((k, k)) * scale).astype(np.float32)
    emissions = (rng.standard_normal((rows, width, k)) * 2).astype(np.float32)
    emissions[2, 5] = emissions[2, 5, 0]  # a step where every tag ties: the lowest wins
    lengths = rng.integers(1, width + 1, size=rows)
    lengths[0] = width
    pruned = viterbi(emissions, lengths, trans, keep=3)
    full = viterbi(emissions, lengths, trans, keep=k)  # keep ≥ K/2: never pruned
    for row, n in enumerate(lengths):
        assert pruned[row, :n].tolist() == full[row, :n].tolist()



def _plain_viterbi(emissions: np.ndarray, trans: np.ndarray) -> list[int]:
    """The textbook decode of one row: every tag from every tag, ties to the lowest."""
    score = emissions[0].astype(np.float64)
    back = []
    for step in emissions[1:]:
        cand = score[:, None] + trans  # (from, to)
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + step
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("sharpness", [0.5, 3.0, 12.0])  # few, some, most characters settled
def test_settled_characters_and_runs_between_are_the_textbook_path(
        seed: int, sharpness: float) -> None:
    rng = np.random.default_rng(seed)
    k, rows, width = 12, 7, 30
    trans = (rng.standard_normal((k, k)) * 0.3).astype(np.float32)
    emissions = (rng.standard_normal((rows, width, k)) * sharpness).astype(np.float32)
    emissions[1, :, 3] += 40.0  # a row settled everywhere
    lengths = rng.integers(1, width + 1, size=rows)
    lengths[1] = width
    paths = viterbi(emissions, lengths, trans)
    for row, n in enumerate(lengths):
        assert paths[row, :n].tolist() == _plain_viterbi(emissions[row, :n], trans)


# -- the model's words for jieba's guesser ---------------------------------------------------

def test_model_words_tile_the_text_where_they_stand_in() -> None:
    text = "湖南汇视威智能科技有限公司落户长沙，任京暘表示欢迎。"
    from desktop_app.core.extraction import ner_model

    tagger = ner_model.shared_tagger()
    assert tagger is not None
    read = [(t.start, t.end, t.tag) for t in tagger.tag(text)]
    tokens = tokenize_with_model(text, read)
    assert "".join(t.word for t in tokens) == text
    assert all(a.end == b.start for a, b in itertools.pairwise(tokens))
    assert ("任京暘", "nr") in {(t.word, t.flag) for t in tokens}  # the model's person


def test_a_model_word_across_a_run_leaves_the_run_to_jieba() -> None:
    text = "甲乙丙丁"
    tokens = tokenize_with_model(text, [(0, 3, "ORG"), (3, 4, "n")])
    assert "".join(t.word for t in tokens) == text


# -- the page import ------------------------------------------------------------------------

def test_the_import_reads_a_pages_articles_together(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.page_analysis import analyse_articles

    calls: list[list[str]] = []

    def many(texts, corrections=None, *, use_model=True):
        calls.append(list(texts))
        return iter([Analysis() for _ in texts])

    monkeypatch.setattr(analysis, "analyse_many", many)
    split = SplitPage(PageMeta(), [Article(id="a", title="甲", paragraphs=["甲"]),
                                   Article(id="b", title="乙", paragraphs=["乙"])])
    assert len(analyse_articles(analysis.analyse, split)) == 2
    assert calls == [["甲", "乙"]]
    seen: list[str] = []
    other = analyse_articles(lambda text, c: seen.append(text) or Analysis(), split)
    assert len(other) == 2 and seen == ["甲", "乙"]

