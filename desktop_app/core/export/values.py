"""A number span's normalised value as text, the same in every format."""

from __future__ import annotations

from desktop_app.core.extraction.number_units import in_printed_unit
from desktop_app.core.spans import NumberSpan


def plain_number(value: float) -> str:
    """``1200000000.0`` → ``1200000000``; ``0.192`` stays; no scientific notation."""
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    text = f"{value:.10f}".rstrip("0").rstrip(".")
    return text or "0"


def shown_values(span: NumberSpan) -> tuple[float | None, float | None]:
    """The value and upper bound a reader reads beside the unit: ``25%以上`` → (25, None).

    The library keeps shares as fractions (0.25), which is what a spreadsheet computes
    with; beside the printed unit the figure must read as printed.
    """
    if span.value is None:
        return None, None
    upper = None if span.value_max is None else in_printed_unit(span.value_max, span.unit)
    return in_printed_unit(span.value, span.unit), upper


def normalised(span: NumberSpan) -> str:
    """What the number means, e.g. ``852000000000 元``, ``5–10 %``, ``2025-03-30``."""
    if span.iso:
        return span.iso
    value, upper = shown_values(span)
    if value is None:
        return ""
    text = plain_number(value)
    if upper is not None and upper != value:
        text = f"{text}–{plain_number(upper)}"
    text = f"{text} {span.unit}".strip()
    # The qualifier (约, 超, 以上 …) changes what the figure claims; keep it visible.
    return f"{text} ({span.approx})" if span.approx else text
