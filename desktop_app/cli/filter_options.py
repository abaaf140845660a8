"""The filter options every listing command takes (list, search, names, facts), one per
field of ``core.filters.Filters``, and the ``Filters`` they fill."""

from __future__ import annotations

import argparse

from desktop_app.core.filters import FILTER_FIELDS, Filters
from desktop_app.core.vocabulary import ARTICLE_KINDS, READ_STATES


def add_filter_options(parser: argparse.ArgumentParser, *, kind_flag: str = "--kind") -> None:
    """``--tag``, ``--kind``, ``--exclude-kind``, ``--from``, ``--to``, ``--entity``,
    ``--entity-key``, ``--state``. ``kind_flag``: where the command's own ``--kind`` means
    something else (``facts --kind`` is a number's kind), the article kind's flag."""
    parser.add_argument("--tag", metavar="T")
    if kind_flag == "--kind":
        parser.add_argument("--kind", dest="article_kind", metavar="K")
    else:
        parser.add_argument(kind_flag, dest="article_kind", choices=ARTICLE_KINDS, metavar="K",
                            help="only articles of this kind (article, brief …)")
    parser.add_argument("--exclude-kind", metavar="K",
                        help="leave out articles of this kind (photo_caption: the captions)")
    parser.add_argument("--from", dest="date_from", metavar="DATE")
    parser.add_argument("--to", dest="date_to", metavar="DATE")
    parser.add_argument("--entity", metavar="NAME")
    parser.add_argument("--entity-key", metavar="KEY",
                        help="every variant of a name, by its key (LOC:湖南 takes in 湖南省)")
    parser.add_argument("--state", dest="read_state", choices=READ_STATES,
                        help="only articles read in the window, or only those not yet read")


def filters_of(args: argparse.Namespace) -> Filters:
    """The ``Filters`` the options above filled (a field without an option fails here)."""
    values = {name: getattr(args, name) for name in FILTER_FIELDS if name != "kind"}
    return Filters(kind=args.article_kind, **values)
