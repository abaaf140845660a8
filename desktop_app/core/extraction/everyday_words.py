"""The model's names made of everyday words (docs/quality.md, rounds one to twelve).

jieba's tags say where the model read a kind of thing as a name: a body made of common
words only and shaped like no body (新能源汽车, 大众传媒, 世纪之交) is a kind of thing;
a place followed by such words is the place (株洲航空(产业) → 株洲, 湖南|具身|智能 →
湖南), and a chain of places so followed is its places, one by one (四川|宜宾|投资; the
one-character short names each on its own: 湘|粤港澳|文旅 → 湘, 粤, 港, 澳). A party
named by what it stands for (保守党) is a name though its words are everyday ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from desktop_app.core.extraction.fusion import short_names
from desktop_app.core.extraction.unnamed_levers import named_party

# jieba's tags of everyday words: nouns, verbal and adjectival nouns, adjectives,
# distinguishing words, verbs, adverbs, idioms, numerals (not ns/nr/nt/nz/j/eng).
_COMMON_TAGS = frozenset({"n", "vn", "a", "b", "v", "an", "d", "l", "i", "m"})

# What a place's name may end in after a place (布达拉宫|广场, 新港|区, 广州|城): the
# words after the place are then part of the name, common words or not.
_ENDINGS_AFTER_A_PLACE = (
    *"省市县区州盟旗镇乡村寨屯庄岛山岭峰河江湖海港湾桥路街巷站园堂寺宫城场楼厦",
    "故都", "一带", "地区", "街道", "社区", "水库")
# The words that may follow a place in the model's name without being part of it: no
# numeral (天河|二号 is a machine, left to the product lever).
_PLACE_TAIL_TAGS = _COMMON_TAGS - {"m"}


def without_common_words(text: str, model: list[tuple[int, int, str]],
                         words: Sequence[tuple[int, int, str]],
                         is_body: Callable[[str], bool],
                         in_dictionary: Callable[[str], bool] = lambda _word: True
                         ) -> list[tuple[int, int, str]]:
    """The model's names less the bodies that jieba reads as common words only and that are
    not shaped like a body (新能源汽车, 大众传媒, 世纪之交): a kind of thing, not a name;
    a place followed by such words is the place (株洲航空(产业) → 株洲).
    ``words``: jieba's ``(start, end, tag)`` in order; ``is_body``: known or body-shaped;
    ``in_dictionary``: the word is in jieba's dictionary. A body that opens on a word jieba
    only guessed (万兴 of 万兴科技, tagged like an adjective) is kept: that word is what the
    name adds to its trade."""
    starts = {start: (end, tag) for start, end, tag in words}
    out = []
    for start, end, etype in model:
        place_end, tag = starts.get(start, (end, ""))
        if etype == "LOC":  # a chain of places (四川|宜宾|投资): the tail after them all
            while place_end < end and starts.get(place_end, (0, ""))[1] == "ns":
                place_end = starts[place_end][0]
        if etype == "ORG" and not is_body(text[start:end]) \
                and not named_party(text[start:end]):
            if common_words(starts, start, end, overrun=True) \
                    and in_dictionary(text[start:starts[start][0]]):
                continue
            if tag == "ns" and place_end < end and common_words(starts, place_end, end):
                out.append((start, place_end, "LOC"))  # 株洲航空(产业): a place's industry
                continue
        elif etype == "LOC" and tag == "ns" and place_end < end \
                and not text.endswith(_ENDINGS_AFTER_A_PLACE, start, end) \
                and common_words(starts, place_end, end, _PLACE_TAIL_TAGS):
            # 湘|布局, 湖南|具身|智能: the place; 四川|宜宾|投资: the places, one by one
            pos = start
            while pos < place_end:  # …and 湘|粤港澳|文旅: 湘, 粤, 港, 澳
                piece = range(pos, starts[pos][0])
                if short_names(text[piece.start:piece.stop]):
                    out.extend((k, k + 1, "LOC") for k in piece)
                else:
                    out.append((pos, piece.stop, "LOC"))
                pos = piece.stop
            continue
        out.append((start, end, etype))
    return out


def common_words(starts: dict[int, tuple[int, str]], start: int, end: int,
                  tags: frozenset[str] = _COMMON_TAGS, overrun: bool = False) -> bool:
    """``[start, end)`` is tiled by jieba words that all have one of ``tags`` (with
    ``overrun``, the last may run on past ``end``: the model's 新能源|汽车 of jieba's
    新能源|汽车销量 is common words as much as 新能源|汽车 is)."""
    pos = start
    while pos < end:
        word_end, tag = starts.get(pos, (-1, ""))
        if word_end < 0 or tag not in tags or (word_end > end and not (overrun and pos > start)):
            return False
        pos = word_end
    return True
