"""What the article list and a search are narrowed to: the filter fields, declared once.

The filter bar builds a :class:`Filters`, the command line fills one from ``--tag``,
``--kind``, ``--exclude-kind``, ``--from``, ``--to``, ``--entity`` and ``--entity-key``,
the service passes it on, and the storage query builder (``storage/library.filter_sql``)
turns each field into a condition.

Its own module so that the window's first frame does not import ``dataclasses`` for it
(the filter bar, built after that frame, is its first user in the window).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Filters:
    tag: str | None = None  # articles bearing this tag
    kind: str | None = None  # one of vocabulary.ARTICLE_KINDS
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive; "2025-03" takes in the whole month
    entity: str | None = None  # articles mentioning this name
    entity_key: str | None = None  # …any variant of a name: its key (LOC:湖南, name_keys.py)
    read_state: str | None = None  # one of vocabulary.READ_STATES: read or unread only
    exclude_kind: str | None = None  # every kind but this (View → Hide Photo Captions)

    def kwargs(self) -> dict[str, str]:
        """The fields that are set, as keyword arguments."""
        return {key: value for key, value in asdict(self).items() if value}


FILTER_FIELDS = tuple(field.name for field in fields(Filters))
NO_FILTERS = Filters()
