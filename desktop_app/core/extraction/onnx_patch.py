"""Patching the LAC ONNX graph so its GRUs honour each row's length in a padded batch.

The exported graph ignores its ``length`` input: its GRUs get no ``sequence_lens``, so a
padded sentence would read the padding backwards. A minimal protobuf wire-format editor
(the onnx package is not a dependency, and pulling it in for one edit would add tens of
MB) adds a node Cast(length → int32) at the start of the graph and gives it to every GRU
as its fifth input, sequence_lens. Used once per process by :mod:`ner_model` when the
model loads; works on views of the bytes, so the 32 MB of weights are copied once.

:func:`weights_as_inputs` then turns the large weights (LAC's 30 MB character embedding)
from initializers into graph inputs. ONNX Runtime copies every initializer into its own
buffers, so each worker process held the weights three times over (the model's bytes, the
parsed model, the session's tensors); fed as an input, a float32 tensor is read where it
lies: in memory that the import workers share with the fork server that read it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

_SEQ_LENS = "xiangyue_seq_lens"
_FLOAT = 1  # TensorProto.DataType.FLOAT
WEIGHT_INPUT_BYTES = 1 << 20  # initializers at least this large are fed as inputs


@dataclass(frozen=True)
class Weight:
    """A float32 initializer taken out of the graph: feed ``data`` as input ``name``."""

    name: str
    dims: tuple[int, ...]
    data: memoryview  # a view into the model's bytes (little-endian float32, as ONNX stores)


def with_sequence_lengths(model: bytes) -> bytes:
    """The model with its GRUs given the batch's lengths. Works on views of ``model`` and
    joins the parts once: the 32 MB of weights are copied a single time."""
    parts: list[bytes | memoryview] = []
    patched = 0
    for number, wire, value in _fields(memoryview(model)):
        if number == 7 and wire == 2:  # ModelProto.graph
            graph, patched = _patch_graph(_chunk(value))
            parts.append(_varint(7 << 3 | 2) + _varint(sum(map(len, graph))))
            parts.extend(graph)
        else:
            parts.append(_raw(number, wire, value))
    if not patched:
        raise ValueError("no GRU found to patch in the LAC model")
    return b"".join(parts)


def weights_as_inputs(model: bytes, min_bytes: int = WEIGHT_INPUT_BYTES
                      ) -> tuple[bytes, list[Weight]]:
    """The model with every float32 initializer of at least ``min_bytes`` (stored as raw
    data) made a graph input of the same name, type and shape, and those weights as views
    into ``model``. The graph is small; the weights are not copied."""
    weights: list[Weight] = []
    parts: list[bytes | memoryview] = []
    for number, wire, value in _fields(memoryview(model)):
        if number == 7 and wire == 2:  # ModelProto.graph
            graph: list[bytes | memoryview] = []
            for g_number, g_wire, g_value in _fields(_chunk(value)):
                weight = _large_weight(_chunk(g_value), min_bytes) \
                    if g_number == 5 and g_wire == 2 else None  # GraphProto.initializer
                if weight is None:
                    graph.append(_raw(g_number, g_wire, g_value))
                else:
                    weights.append(weight)
                    graph.append(_field(11, _value_info(weight)))  # GraphProto.input
            parts.append(_field(7, b"".join(graph)))
        else:
            parts.append(_raw(number, wire, value))
    return b"".join(parts), weights


def _large_weight(tensor: memoryview, min_bytes: int) -> Weight | None:
    """The TensorProto as a :class:`Weight` if it is float32 raw data of ``min_bytes`` or
    more, else None (left in the graph as it is)."""
    dims: list[int] = []
    name, data_type, raw = "", 0, None
    for number, wire, value in _fields(tensor):
        if number == 1 and wire == 0:
            dims.append(_int(value))
        elif number == 1:  # packed dims
            packed, pos = _chunk(value), 0
            while pos < len(packed):
                dim, pos = _read_varint(packed, pos)
                dims.append(dim)
        elif number == 2:
            data_type = _int(value)
        elif number == 8:
            name = bytes(_chunk(value)).decode()
        elif number == 9:
            raw = _chunk(value)
        elif number in (13, 14):  # external data: not ours to move
            return None
    if data_type != _FLOAT or raw is None or len(raw) < min_bytes or not name:
        return None
    count = 1
    for dim in dims:
        count *= dim
    if count * 4 != len(raw):
        raise ValueError(f"initializer {name!r}: {len(raw)} bytes for shape {dims}")
    return Weight(name, tuple(dims), raw)


def _value_info(weight: Weight) -> bytes:
    """A ValueInfoProto: name, and a float tensor type of the weight's fixed shape."""
    shape = b"".join(_field(1, _varint_field(1, dim)) for dim in weight.dims)
    tensor_type = _varint_field(1, _FLOAT) + _field(2, shape)
    return _field(1, weight.name.encode()) + _field(2, _field(1, tensor_type))


def _int(value: memoryview | int) -> int:
    if not isinstance(value, int):
        raise ValueError("unexpected length-delimited field in the LAC model")
    return value


def _patch_graph(graph: memoryview) -> tuple[list[bytes | memoryview], int]:
    cast = (_field(1, b"length") + _field(2, _SEQ_LENS.encode()) + _field(3, b"xiangyue_cast")
            + _field(4, b"Cast")
            + _field(5, _field(1, b"to") + _varint_field(3, 6) + _varint_field(20, 2)))
    out: list[bytes | memoryview] = [_field(1, cast)]  # NodeProto first: it feeds the GRUs
    patched = 0
    for number, wire, value in _fields(graph):
        if number == 1 and wire == 2:
            node, done = _patch_node(bytes(_chunk(value)))
            patched += done
            out.append(_field(1, node))
        elif wire == 2:
            chunk = _chunk(value)
            out.append(_varint(number << 3 | 2) + _varint(len(chunk)))
            out.append(chunk)
        else:
            out.append(_raw(number, wire, value))
    return out, patched


def _patch_node(node: bytes) -> tuple[bytes, bool]:
    fields = list(_fields(memoryview(node)))
    if not any(n == 4 and bytes(_chunk(v)) == b"GRU" for n, _w, v in fields):
        return node, False
    out = bytearray()
    inputs = 0
    for number, wire, value in fields:
        written: memoryview | bytes | int = value
        if number == 1 and wire == 2:
            if inputs == 4 and len(_chunk(value)) == 0:
                written = _SEQ_LENS.encode()
            inputs += 1
        out += _raw(number, wire, written)
    return bytes(out), True


def _chunk(value: memoryview | int) -> memoryview:
    """A length-delimited or fixed-size field's bytes (a varint here: a broken model)."""
    if isinstance(value, int):
        raise ValueError("unexpected varint field in the LAC model")
    return value


def _fields(data: memoryview) -> Iterator[tuple[int, int, memoryview | int]]:
    """(field number, wire type, value) of each field; a damaged or truncated model raises
    ValueError (the tagger is then not loaded, and analysis goes on without it)."""
    pos = 0
    value: memoryview | int
    while pos < len(data):
        key, pos = _read_varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _read_varint(data, pos)
        elif wire in (1, 2, 5):
            if wire == 2:
                size, pos = _read_varint(data, pos)
            else:
                size = 8 if wire == 1 else 4
            if pos + size > len(data):
                raise ValueError("the LAC model is truncated")
            value, pos = data[pos:pos + size], pos + size
        else:
            raise ValueError(f"unexpected protobuf wire type {wire}")
        yield number, wire, value


def _read_varint(data: memoryview, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("the LAC model is truncated or damaged")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, payload: bytes | memoryview) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(payload)) + bytes(payload)


def _varint_field(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _raw(number: int, wire: int, value: memoryview | bytes | int) -> bytes:
    if isinstance(value, int):
        return _varint_field(number, value)
    if wire == 2:
        return _field(number, value)
    return _varint(number << 3 | wire) + bytes(value)
