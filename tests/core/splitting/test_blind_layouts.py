"""Floors on the blind layout sets: pages laid out by writers who never saw the splitter
(text pages, and PDF files made with other layout engines).

The floors sit a little under the figures measured when each was set (docs/quality.md,
"Splitting on pages nobody here laid out"): a change that loses headlines or runs
stories together on these pages fails here, on text the rules were not written on.
"""

from __future__ import annotations

import pytest

from tests.core.splitting.layout_blind import ROOT, SETS, measure
from tests.core.splitting.layout_gold import Scores
from tests.gold.layouts.check_text import folder_problems

# Every blind layout set split and scored (seconds): CI's second run, `--tier thorough`.
pytestmark = pytest.mark.thorough

# set → (boundary, headline, precision, exact) floors; exact: the title is the printed
# headline and nothing more (no kicker, column name, emoji or list number with it).
# mixed's precision floor went from 0.82 to 0.79 in session 24: rules between stories
# kept, and boxes framed by ==== read as boxes, gave it a headline and an exact title and
# cost it two pieces' precision (0.836 → 0.812); docs/quality.md says so. Session 25's
# rules gave it back (0.838): 0.81. Sessions 33 and 34 raised floors under the figures
# their rules reached (docs/quality.md, sessions 33 and 34).
FLOORS = {"web": (0.98, 0.93, 0.96, 0.86), "pdf": (0.89, 0.87, 0.85, 0.83),
          "routes": (0.95, 0.92, 0.85, 0.86), "days": (0.93, 0.85, 0.83, 0.85),
          "ocr": (0.88, 0.93, 0.79, 0.93), "mixed": (0.98, 0.76, 0.81, 0.74),
          "fresh": (0.94, 0.64, 0.78, 0.64), "unseen": (0.96, 0.79, 0.85, 0.77),
          "later": (0.90, 0.89, 0.75, 0.86), "tools": (0.68, 0.63, 0.63, 0.60),
          # written in session 25: document viewers and note apps; pages of other kinds
          "viewers": (0.96, 0.80, 0.86, 0.75), "kinds": (0.96, 0.89, 0.86, 0.87),
          # session 26: stories as other outlets and apps re-post them
          "reposts": (0.97, 0.93, 0.87, 0.86),
          # session 26, held out: read once at the session's start and end, figures only
          "mixed2": (0.94, 0.72, 0.79, 0.67),
          # e-paper PDF files, read and laid out as the app imports them
          "pdffiles": (0.97, 0.94, 0.93, 0.94), "pdfoffice": (0.93, 0.95, 0.95, 0.95),
          "pdfpress": (0.97, 0.98, 0.83, 0.98), "pdfheld": (0.92, 0.88, 0.74, 0.88),
          "pdfblind": (0.90, 0.81, 0.77, 0.81),
          # session 28: narrow columns (first sight 0.788 / 0.265; floors added in session
          # 31, at 0.788 / 0.551 / 0.725 / 0.551), and held out, everyday routes (first
          # sight 1.000 / 0.712 / 0.778 / 0.615, 0.731 / 0.635 since session 28)
          "columns": (0.80, 0.61, 0.74, 0.59), "everyday": (0.97, 0.77, 0.78, 0.68),
          # session 29: other provinces' papers by everyday routes (first sight 0.895 /
          # 0.558 / 0.635 / 0.519)
          "provinces": (0.91, 0.80, 0.77, 0.76),
          # session 29, held out: northern and western papers by routes of its writer's
          # choosing (first sight 0.900 / 0.517 / 0.513 / 0.397)
          "inland": (0.90, 0.70, 0.69, 0.58),
          # session 30, held out: routes of its writer's choosing (a chat assistant's
          # transcript, an online document, a word processor, PyMuPDF, pdftotext -raw, CNKI,
          # a scanner app, trafilatura; first sight 0.945 / 0.549 / 0.724 / 0.529)
          "assorted": (0.92, 0.55, 0.70, 0.53),
          # session 30: routes no set had (an e-paper's text version, a reader view, a
          # Weibo post, CNKI, a newsletter, a web clipper, calibre, a spreadsheet; first
          # sight 0.964 / 0.472 / 0.703 / 0.434; session 31's rules: 0.964 / 0.887 / 0.917 /
          # 0.868)
          "sources": (0.94, 0.88, 0.90, 0.86),
          # session 31: routes no set had (a 今日头条 repost, a screen reader's log, a slide
          # deck, a county site's 媒体聚焦, an RSS export, a Tieba thread, the Wayback
          # Machine, a radio script; first sight 0.947 / 0.679 / 0.729 / 0.589)
          "relays": (0.92, 0.94, 0.79, 0.89),
          # session 32: routes no set had (w3m, a library's full-text view, WPS's PDF to
          # Word, Outlook's saved mail, a fax's OCR, a video's subtitles, an intranet
          # digest, a DingTalk chat; first sight 0.895 / 0.618 / 0.627 / 0.582; session
          # 32's rules: 0.982 / 0.873 / 0.791 / 0.855)
          "byways": (0.96, 0.90, 0.80, 0.88),
          # session 32: everyday routes of its writer's choosing, written to be held out and
          # read blind once (0.945 / 0.444 / 0.755 / 0.352), then development (0.945 / 0.574
          # / 0.833 / 0.481 after the session's rules; 0.945 / 0.722 / 0.912 / 0.611 after
          # session 33's)
          "strays": (0.92, 0.73, 0.90, 0.62),
          # session 33, held out: everyday routes of its writer's choosing, other days (first
          # sight 0.889 / 0.692 / 0.763 / 0.635, at 365491b and after the session's first
          # three rules; 0.926 / 0.712 / 0.825 / 0.654 after its photo rules)
          "yonder": (0.90, 0.69, 0.80, 0.63),
          # session 34: routes of their writers' choosing, named (Acrobat, a WeChat post,
          # Apple Notes, WeChat's OCR, pdftotext -layout, a Word document saved as text, a
          # QQ chat, PyMuPDF; a Word file as text, a phone's OCR of three photos, MinerU…);
          # first sight 0.895 / 0.615 / 0.712 / 0.558 and 0.945 / 0.741 / 0.810 / 0.685
          "farther": (0.91, 0.80, 0.75, 0.71), "roams": (0.92, 0.94, 0.79, 0.85),
          # session 34, held out: everyday routes of its writer's choosing, read once at the
          # session's end (0.964 / 0.849 / 0.930 / 0.830, the same at a697bc6)
          "nearby": (0.94, 0.82, 0.90, 0.80),
          # session 35: Hunan city and county papers and other provinces', narrow columns
          # among them, by routes named (pdftotext without -layout, Baidu's OCR, an e-paper
          # site's list and articles, a WeChat repost, Edge's PDF viewer, a Word file saved
          # as GB18030 text, calibre, WeChat's OCR); first sight 0.966 / 0.667 / 0.836 /
          # 0.593 at ee7171c
          "reaches": (0.94, 0.84, 0.89, 0.81),
          # session 35, held out: everyday routes of its writer's choosing, read once (0.964 /
          # 0.655 / 0.828 / 0.527 at ee7171c, the session's start; exact 0.582 at its end)
          "onward": (0.94, 0.69, 0.82, 0.61),
          # session 35: printed pages of four to eight columns through tools that re-lay
          # them out, each named (Acrobat's Save as Text, pdftotext -layout and -raw,
          # PDF.js, Word's reflow, Tesseract, PaddleOCR, two phone photos through WeChat),
          # made by its writer's simulation of each; first sight 0.724 / 0.519 / 0.678 /
          # 0.444 at ee7171c
          "recast": (0.70, 0.53, 0.65, 0.51),
          # session 36: pages thick with stray lines (running heads, ads and their slogans,
          # notices, prompts, counters, chart labels, the forwarder's remarks), by routes
          # named; first sight 0.981 / 0.854 / 0.864 / 0.771 at f60c754
          "strewn": (0.97, 0.85, 0.90, 0.83),
          # session 36, held out: the same brief, routes not described, read at the
          # session's start (1.000 / 0.774 / 0.962 / 0.736 at f60c754; its boundary 0.981 at
          # the end: a public-service ad's signature now parts what it stood in)
          "cluttered": (0.96, 0.75, 0.93, 0.71),
          # session 36: the same brief by routes off the common path, each named (a news
          # database's export, Chrome's PDF viewer, a copier's scan through FineReader, a
          # WeChat post, a teacher's handout, screenshots' OCR, a mailed digest, a Toutiao
          # repost); first sight 0.964 / 0.700 / 0.746 / 0.620 at f60c754
          "littered": (0.94, 0.83, 0.78, 0.75),
          # session 37: the same brief, papers of every province, stray lines often set
          # like headlines and placed next to them (a library database's export, a PDF in
          # Chrome, screenshots through WeChat's OCR, a forwarded newsletter, a copier's
          # scan, a Toutiao repost, a teacher's handout, a DingTalk document); first sight
          # 1.000 / 0.754 / 0.684 / 0.719 at e4c2efa
          "scattered": (0.98, 0.80, 0.73, 0.76)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_pages_laid_out_blind_keep_their_stories_and_headlines(name: str) -> None:
    result, _ = measure(name)
    boundary, headline, precision, exact = FLOORS[name]
    assert Scores.rate(result.scores.boundary) >= boundary
    assert result.title >= headline
    assert Scores.rate(result.scores.precision) >= precision
    assert Scores.rate(result.exact) >= exact


@pytest.mark.parametrize("name", [name for name in SETS if any((ROOT / name).glob("*.txt"))])
def test_every_text_sets_gold_is_printed_on_its_pages(name: str) -> None:
    """The gold a writer handed in still matches its pages (a page or its JSON edited
    later would make every figure on the set wrong)."""
    items, problems = folder_problems(ROOT / name)
    assert items and problems == []
