"""Names the model reads into a rank or a post (seventeenth round; docs/quality.md).

A rank or a post is no name, and a name printed against one stops where the post begins:
上士 read as a place is no place; 列兵高原 is the private 高原 (a person, though the word is
also "plateau"); 阿迪尔·汗准将 is the brigadier 阿迪尔·汗, not 汗准. The posts
are the shipped titles (resources/dicts/titles.txt); where a post meets a name is told by
jieba's words, so that 刘建军长期 (long-term) keeps its 刘建军 whole.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from desktop_app.core.extraction.entity_rules import CJK_RUN, Candidate


def without_posts(text: str, chosen: list[Candidate], titles: Collection[str],
                  word_starts: Collection[int], known_place: Callable[[int, int], bool]
                  ) -> list[Candidate]:
    """``chosen`` without the names that are a post, with the person after a post that
    opens a place or a person (列兵|高原), and with a person cut where a post begins inside
    it (阿迪尔·汗|准将). ``word_starts``: where jieba's words start."""
    out = []
    for cand in chosen:
        name = text[cand.start:cand.end]
        if name in titles:
            continue  # 上士, 中士: a rank the model read as a place
        if cand.type in ("LOC", "PER"):
            post = _post_opening(text, cand, titles, word_starts)
            if post and 2 <= cand.end - post <= 3 and CJK_RUN.fullmatch(text, post, cand.end) \
                    and not known_place(post, cand.end):
                out.append(Candidate(post, cand.end, "PER", cand.strength))
                continue
        if cand.type == "PER":
            cut = _post_begins_inside(text, cand, titles, word_starts)
            if cut:
                cand = Candidate(cand.start, cut, "PER", cand.strength)
        out.append(cand)
    return out


def _post_opening(text: str, cand: Candidate, titles: Collection[str],
                  word_starts: Collection[int]) -> int:
    """Where the name after a post of two characters or more that opens ``cand`` starts
    (a word of jieba's), or 0."""
    for end in range(cand.end - 2, cand.start + 1, -1):
        if text[cand.start:end] in titles and end in word_starts:
            return end
    return 0


def _post_begins_inside(text: str, cand: Candidate, titles: Collection[str],
                        word_starts: Collection[int]) -> int:
    """Where a post that begins inside the person ``cand`` (two characters or more into
    it, at one of jieba's words) and ends after it starts, or 0."""
    for at in range(cand.start + 2, cand.end):
        if at in word_starts and any(
                at + n > cand.end and text[at:at + n] in titles
                and (at + n in word_starts or at + n == len(text)) for n in (2, 3, 4)):
            return at
    return 0

