"""A number span's normalised value as text, the same in every format."""

from __future__ import annotations

from desktop_app.core.spans import NumberSpan


def plain_number(value: float) -> str:
    """``1200000000.0`` → ``1200000000``; ``0.192`` stays; no scientific notation."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text or "0"


def normalised(span: NumberSpan) -> str:
    """What the number means, e.g. ``852000000000 元``, ``5–10 %``, ``2025-03-30``."""
    if span.iso:
        return span.iso
    if span.value is None:
        return ""
    text = plain_number(span.value)
    if span.value_max is not None and span.value_max != span.value:
        text = f"{text}–{plain_number(span.value_max)}"
    text = f"{text} {span.unit}".strip()
    # The qualifier (约, 超, 以上 …) changes what the figure claims; keep it visible.
    return f"{text} ({span.approx})" if span.approx else text
