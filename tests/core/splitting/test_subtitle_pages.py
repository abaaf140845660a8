"""A page read aloud and saved as subtitles (.srt): cue numbers and time spans are no part
of any article, a short pause parts a headline's lines from the text, a long one parts
two pieces, and the words of cues read on without a pause stay one paragraph."""

from __future__ import annotations

import gc
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.splitting.lines import Kind, page_lines
from desktop_app.core.splitting.split import split_page
from desktop_app.core.splitting.subtitle_pages import subtitle_lines

BREATH, STOP, PIECE = 0.05, 0.35, 0.9


def srt(cues: list[tuple[float, str]]) -> str:
    """Cues (the pause before each, its words) as an .srt file."""
    out, clock = [], 0.4
    for number, (pause, words) in enumerate(cues, 1):
        start = clock + pause
        clock = start + 0.25 * len(words)
        out.append(f"{number}\n{_stamp(start)} --> {_stamp(clock)}\n{words}\n")
    return "\n".join(out)


def _stamp(seconds: float) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"


STORY = [(0, "“湘超”第六轮"), (STOP, "长沙队主场逆转株洲队"), (STOP, "长沙晚报10月12日讯"),
         (BREATH, "（全媒体记者 周游）"), (BREATH, "0比1落后，下半场连进两球完成逆转"),
         (BREATH, "12日晚，湖南省足球联赛第六轮焦点战"), (BREATH, "在贺龙体育场打响"),
         (BREATH, "长沙队主场2比1战胜株洲队"), (BREATH, "继续领跑积分榜。现场4.1万名球迷见"),
         (BREATH, "证了这场“长株德比”"), (BREATH, "比赛第23分钟，株洲队利用一次快速反"),
         (BREATH, "击首开纪录。易边再战"), (BREATH, "长沙队加强了边路进攻，第58分钟"),
         (BREATH, "替补登场的前锋头球扳平比分")]
BRIEF = [(PIECE, "“湘超”第七轮门票14日开售"), (STOP, "本报讯"), (BREATH, "记者从赛事主办方获悉"),
         (BREATH, "第七轮门票将于14日12时起发售"), (BREATH, "每人限购两张，球迷可提前关注")]


def test_a_page_of_subtitles_is_read_as_its_pieces() -> None:
    articles = split_page(srt(STORY + BRIEF)).articles
    assert [(a.kicker, a.title) for a in articles] == [
        ("“湘超”第六轮", "长沙队主场逆转株洲队"), ("", "“湘超”第七轮门票14日开售")]
    text = "".join(p for a in articles for p in a.paragraphs)
    assert "-->" not in text and "00:00" not in text
    assert text.startswith("0比1落后") and text.endswith("每人限购两张，球迷可提前关注")


SAID = "湘江长沙株洲新区城市发展项目开工建设市民游客今年全省企业"
WORDS = st.builds(str.__add__, st.text(alphabet=SAID, min_size=4, max_size=16),
                  st.sampled_from(["", "，", "。"]))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([BREATH, STOP, PIECE]), WORDS), min_size=5,
                max_size=30, unique_by=lambda cue: cue[1]))
def test_what_is_read_is_the_cues_words_in_order_and_never_a_time(
        cues: list[tuple[float, str]]) -> None:
    said = "".join(words for _pause, words in cues)
    for article in split_page(srt(cues)).articles:
        for text in (article.kicker, article.title, *article.paragraphs):
            # (a title made of the text's opening is cut short with …)
            assert text.replace(" ", "").removesuffix("…") in said, text


@pytest.mark.thorough  # a scale check: CI's second run (--tier thorough)
def test_cues_read_on_without_a_stop_are_joined_in_linear_time() -> None:
    # Eight times the cues take about eight times the CPU; joined anew at each cue, a
    # paragraph of 8,000 cues took 64 times the time of 1,000 (40 s at 20,000 cues).
    # Each size timed as the best of three with the collector paused: one collection or a
    # busy neighbour in a 15 ms run once made a linear cost look like 28 times.
    def read(cues: int) -> float:
        lines = page_lines(srt([(BREATH, f"湘江长沙株洲新区城市发展项目开工{n % 10}")
                                for n in range(cues)]))
        best = float("inf")
        for _ in range(3):
            gc.disable()
            try:
                started = time.process_time()
                (said,) = [line for line in subtitle_lines(lines) if line.kind is Kind.TEXT]
                best = min(best, time.process_time() - started)
            finally:
                gc.enable()
            assert said.text.endswith(f"开工{(cues - 1) % 10}")
        return best

    few, many = read(1_000), read(8_000)
    assert many < 24 * max(few, 0.01)
