"""The words Xiangyue uses for what it finds and what a reader marks, each declared once.

Number kinds, entity types, highlight colours and article kinds live here and nowhere
else: extraction, the library's checks, the exporters, the command line's choices, the
theme, the legend and the menus all iterate these declarations. The screen colours of
each id are in ``ui/theme.py`` and its translated name in ``ui/labels.py``; tests fail
when either lacks an id declared here (tests/core/test_vocabulary.py,
tests/ui/test_vocabulary_ui.py). Export formats are declared by their exporters, in
``core/export/formats.py``; the list filters are :class:`desktop_app.core.filters.Filters`.

Qt-free and cheap to import: the window's first frame reads it (through the theme, the
legend and the menus), so entries are named tuples, not dataclasses (the first frame
does without ``dataclasses``; see ``ui/theme.py``).
"""

from __future__ import annotations

from typing import NamedTuple

# -- numbers -----------------------------------------------------------------------------

OTHER_NUMBERS = "other"  # the legend layer shared by kinds without one of their own

# Chinese reads large numbers in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), not in groups of three:
# the figures table's values and the figures chart's axis are written with these.
CHINESE_MAGNITUDES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


class NumberKind(NamedTuple):
    id: str  # as stored in the library and exported ("money")
    # False: drawn in the shared "other" colour and toggled with it (rare kinds that are
    # rarely what a reader seeks); True: a legend toggle and theme colour of its own.
    own_layer: bool = True

    @property
    def layer(self) -> str:
        return self.id if self.own_layer else OTHER_NUMBERS


NUMBER_KIND_LIST = (
    NumberKind("money"),
    NumberKind("percent"),
    NumberKind("date"),
    NumberKind("count"),
    NumberKind("measure"),
    NumberKind("ratio", own_layer=False),
    NumberKind("ordinal", own_layer=False),
)
NUMBER_KINDS = tuple(kind.id for kind in NUMBER_KIND_LIST)
# The legend's number toggles, in order; each needs a colour in every theme.
NUMBER_LAYERS = (*(kind.id for kind in NUMBER_KIND_LIST if kind.own_layer), OTHER_NUMBERS)
_LAYER_OF = {kind.id: kind.layer for kind in NUMBER_KIND_LIST}


def number_layer(kind: str) -> str:
    """The legend layer of a number kind; a kind this version does not know is "other"."""
    return _LAYER_OF.get(kind, OTHER_NUMBERS)


# -- names ---------------------------------------------------------------------------------


class EntityType(NamedTuple):
    id: str  # as stored, exported and typed after `xiangyue entity … --type`
    export_key: str  # the Markdown front-matter key listing these names
    chinese: str  # the exports' label for them


ENTITY_TYPE_LIST = (
    EntityType("PER", "people", "人物"),
    EntityType("LOC", "places", "地点"),
    EntityType("ORG", "organisations", "机构"),
)
ENTITY_TYPES = tuple(entity.id for entity in ENTITY_TYPE_LIST)


# -- highlights ----------------------------------------------------------------------------


class HighlightColour(NamedTuple):
    id: str  # as stored in the library and exported
    chinese: str  # its name in exported notes ("黄色标注")
    print_border: str  # the HTML export's quote border …
    print_background: str  # … and background (a light page in every theme)


# In menu order; the n-th colour is Ctrl+n. The first is the default (also Ctrl+H, and
# what an imported highlight of an unknown colour becomes).
HIGHLIGHT_COLOUR_LIST = (
    HighlightColour("yellow", "黄色", "#e6c200", "#fffbe6"),
    HighlightColour("green", "绿色", "#3a9d5d", "#eef8f1"),
    HighlightColour("blue", "蓝色", "#3b7dd8", "#eef4fc"),
    HighlightColour("pink", "粉色", "#d8465b", "#fdeef0"),
    HighlightColour("purple", "紫色", "#8a5cc7", "#f4effb"),
)
HIGHLIGHT_COLORS = tuple(colour.id for colour in HIGHLIGHT_COLOUR_LIST)
DEFAULT_HIGHLIGHT_COLOR = HIGHLIGHT_COLORS[0]
HIGHLIGHT_COLOUR = {colour.id: colour for colour in HIGHLIGHT_COLOUR_LIST}


# -- articles ------------------------------------------------------------------------------

# What the splitter calls a piece of a page (each rule in core/splitting names one).
ARTICLE_KINDS = ("article", "brief", "commentary", "photo_caption", "continuation", "quote_box")
CAPTION_KIND = ARTICLE_KINDS[3]  # what View → Hide Photo Captions leaves out

# What the read-state filter narrows to (Filters.read_state; storage/read_state.py).
READ_STATES = ("read", "unread")
