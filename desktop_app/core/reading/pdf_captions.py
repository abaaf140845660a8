"""Layout step 5, photos: which small text is a picture's caption, its credit line, and
the short line over it that titles the picture.

Read by :mod:`desktop_app.core.reading.pdf_stacks` before the headlines take their
columns, so a caption is never read as a story's text.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.reading.pdf_blocks import Block, ends_sentence, h_overlap
from desktop_app.core.reading.pdf_records import Box, PageGeometry
from desktop_app.core.splitting.lines import credit_split


def find_captions(blocks: list[Block], taken: set[int], page: PageGeometry, body: float
                  ) -> tuple[list[Block], dict[int, Block], set[int]]:
    """The page's captions, each one's title (by the caption's id) and the ids of every
    block they use (captions, their credit lines, titles)."""
    captions = [b for b in blocks if id(b) not in taken and is_caption(b, page, body)]
    caption_ids = {id(b) for b in captions}
    for block in blocks:
        if id(block) not in taken and id(block) not in caption_ids and block.role == "credit":
            # A credit line on its own under small text: the caption's last line.
            host = caption_above(block, captions, body)
            if host is not None:
                host.lines.append(block.lines[0])
                caption_ids.add(id(block))
    titles = {id(c): t for c in captions
              if (t := caption_title(c, blocks, taken | caption_ids, body)) is not None}
    caption_ids |= {id(t) for t in titles.values()}
    return captions, titles, caption_ids


CAPTION_LINES = 5


def is_caption(block: Block, page: PageGeometry, body: float) -> bool:
    if block.role == "credit":
        return False
    if block.role not in ("small", "body"):
        return False
    near_image = any(
        h_overlap(img.x0, img.x1, block.x0, block.x1) > 0.5 * (block.x1 - block.x0)
        # Under the picture (below its title, if one sits between) or over it; a frame
        # drawn round picture and caption may reach below the caption's first line.
        and (-2 * body <= block.y0 - img.y1 <= 4 * body or 0 <= img.y0 - block.y1 <= 2 * body
             or _laid_on_foot(block, img))
        for img in pictures(page))
    credited = credit_split(block.lines[-1].text) is not None or credit_split(
        block.text) is not None
    if block.role == "small":
        # A caption is a few lines; a column of small text by a picture is a story's.
        return (near_image and len(block.lines) <= CAPTION_LINES) or credited
    return near_image and credited


def _laid_on_foot(block: Block, image: Box) -> bool:
    """Small text printed on the lower part of a picture (a picture page's caption)."""
    return (image.y0 + 0.6 * (image.y1 - image.y0) <= block.y0 and block.y1 <= image.y1 + 1
            and image.x0 - 1 <= block.x0 and block.x1 <= image.x1 + 1)


def pictures(page: PageGeometry) -> list[Box]:
    """The page's pictures, without a background printed under much of the page (a paper
    texture, a tinted page): text on that is no caption."""
    limit = BACKGROUND_SHARE * page.width * page.height
    return [img for img in page.images if (img.x1 - img.x0) * (img.y1 - img.y0) < limit]


BACKGROUND_SHARE = 0.4


def caption_title(caption: Block, blocks: list[Block], taken: set[int], body: float
                   ) -> Block | None:
    """A short line in bold or a size up, right over a caption at its left edge: the
    photo's title (城陵矶港开年外贸忙)."""
    for block in blocks:
        if id(block) in taken or block.role not in ("subhead", "body") or len(
                block.lines) != 1 or ends_sentence(block.text) or len(block.text) > 24:
            continue
        if not (block.bold or block.size > 1.04 * body):
            continue
        if titles(block, caption, body):
            return block
    return None


def titles(line: Block, caption: Block, body: float, images: Sequence[Box] = ()) -> bool:
    """Is ``line`` set right over ``caption``, at its left edge, or right over the picture
    the caption is printed under, as a photo's title is?"""
    if -2 <= caption.y0 - line.y1 <= 1.2 * body and abs(line.x0 - caption.x0) <= 2 * body:
        return True
    # Over the picture, or laid on it (a picture page prints the title on the photo).
    return any(-(image.y1 - image.y0) <= image.y0 - line.y1 <= 2 * body
               and line.y1 <= image.y1 + 2
               and h_overlap(image.x0, image.x1, line.x0, line.x1) > 0.5 * (line.x1 - line.x0)
               and (-2 * body <= caption.y0 - image.y1 <= 2.5 * body
                    or _laid_on_foot(caption, image))
               and h_overlap(image.x0, image.x1, caption.x0, caption.x1) > 0
               for image in images)


def caption_above(credit: Block, captions: list[Block], body: float) -> Block | None:
    """The caption a credit line is printed under: right under it, or on the next line
    set flush right under the picture (…线条分明 / 湖南日报全媒体记者 刘 平 摄)."""
    under = [c for c in captions if 0 <= credit.y0 - c.y1 <= body and (
        h_overlap(c.x0, c.x1, credit.x0, credit.x1) > 0 or credit.x0 >= c.x1)]
    if not under:
        # Or set flush right on the caption's last line, apart from its words.
        last = [c for c in captions if min(c.lines[-1].y1, credit.y1)
                - max(c.lines[-1].y0, credit.y0) > 0 and credit.x0 >= c.lines[-1].x1]
        return min(last, key=lambda c: credit.x0 - c.lines[-1].x1, default=None)
    return min(under, key=lambda c: (credit.y0 - c.y1, abs(credit.x0 - c.x1)), default=None)
