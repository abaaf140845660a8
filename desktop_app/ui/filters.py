"""What the article list is narrowed to; built by the filter bar, read by the worker.

Its own module (not workers.py) so that the window's first frame does not import the
worker's QThread and QCollator classes just to name this dataclass.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Filters:
    tag: str | None = None
    kind: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    entity: str | None = None

    def kwargs(self) -> dict:
        return {key: value for key, value in asdict(self).items() if value}
