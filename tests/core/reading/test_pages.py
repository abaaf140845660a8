"""Reading page files as users have them: many encodings, some not text at all."""

from __future__ import annotations

import codecs
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.reading import user_files
from desktop_app.core.reading.pages import PageError, decode_page, read_page
from desktop_app.core.reading.user_files import UnreadableFileError, read_bounded

SAMPLE = "湖南日报全媒体记者 黄利飞\n2024年，全省绿色智能计算产业规模达8520亿元，同比增长19.2%。\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "gb18030", "gbk", "crlf"],
)
def test_every_common_encoding_reads_as_the_same_text(data: bytes) -> None:
    assert decode_page(data).text == SAMPLE


def test_nul_and_control_characters_are_dropped() -> None:
    text = decode_page("算力\x00经济\x07发展\u200b指数".encode()).text
    assert text == "算力经济发展指数"


def test_unicodes_line_and_paragraph_separators_end_lines() -> None:
    # An Apple Notes or Word export's soft breaks: 新湖南客户端<LS>2026-02-13 07:05<LS>来源…
    page = "新湖南客户端\u20282026-02-13 07:05\u2028来源：湖南日报\u2029正文。"
    text = decode_page(page.encode()).text
    assert text.split("\n") == ["新湖南客户端", "2026-02-13 07:05", "来源：湖南日报", "", "正文。"]


def test_a_word_processors_manual_line_break_ends_a_line() -> None:
    # PowerPoint's outline and Word write a manual break (Shift+Enter) as a vertical tab:
    # a slide title's kicker over its headline.
    text = decode_page("多地用电负荷创历史新高\x0b迎峰度夏 大电网“顶”得住\n".encode()).text
    assert text.split("\n")[:2] == ["多地用电负荷创历史新高", "迎峰度夏 大电网“顶”得住"]


def test_full_width_digits_and_letters_fold_but_chinese_punctuation_stays() -> None:
    text = decode_page("增长１９．２％，５Ｇ网络。".encode()).text
    assert text == "增长19．2％，5G网络。"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"  \r\n\n ", "is empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_non_text_is_refused_with_a_reason_naming_the_file(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    with pytest.raises(PageError) as info:
        read_page(path)
    message = str(info.value)
    assert message.startswith("page.txt: ")
    assert reason in message
    assert "\n" not in message


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PageError, match="does not exist"):
        read_page(tmp_path / "gone.txt")


def test_a_few_broken_bytes_are_replaced_and_reported() -> None:
    page = decode_page(SAMPLE.encode() + b"\xff" + SAMPLE.encode())
    assert "8520亿元" in page.text
    assert page.warnings and "replaced" in page.warnings[0]


def test_seed_pages_read_as_utf8(seed_paths: list[Path]) -> None:
    assert len(seed_paths) == 5
    for path in seed_paths:
        page = read_page(path)
        assert page.encoding == "utf-8"
        assert "湖南" in page.text


@given(st.binary(max_size=2000))
def test_any_bytes_either_decode_or_raise_page_error(data: bytes) -> None:
    try:
        page = decode_page(data)
    except PageError as exc:
        assert str(exc)
    else:
        assert page.text.strip()
        assert "\x00" not in page.text and "\r" not in page.text


# -- files that are not files ----------------------------------------------------------

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


@pytest.mark.skipif(not Path("/proc/self/maps").is_file(), reason="needs Linux /proc")
def test_a_read_stops_at_the_limit_whatever_stat_says() -> None:
    # A regular file whose stat says 0 bytes and which holds several KB.
    assert os.stat("/proc/self/maps").st_size == 0
    with pytest.raises(UnreadableFileError, match="more than the limit of 64 bytes"):
        read_bounded("/proc/self/maps", 64, "a test")
    assert len(read_bounded("/proc/self/maps", 2**20, "a test")) > 64


@needs_fifo
def test_a_pipe_swapped_in_after_the_check_is_refused_on_its_descriptor(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The race: the path was a regular file when checked, and is a pipe when opened.
    The open must not block (O_NONBLOCK) and the descriptor's type must be refused."""
    pipe = tmp_path / "page.txt"
    os.mkfifo(pipe)
    regular = os.stat(__file__)
    monkeypatch.setattr(user_files, "check_regular", lambda path: regular)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_page(pipe)
        except BaseException as exc:  # handed over to the test thread
            outcome.append(exc)
        else:
            outcome.append(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(5)
    if reader.is_alive():  # blocked in open(): give it a writer so the thread can end
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("opening a pipe in place of a page blocked")
    assert isinstance(outcome[0], PageError), outcome
    assert str(outcome[0]) == "page.txt: is a named pipe (FIFO), not a file"


@needs_fifo
def test_kinds_are_named_from_stat_without_opening(tmp_path: Path) -> None:
    pipe = tmp_path / "p"
    os.mkfifo(pipe)
    link = tmp_path / "link.txt"
    link.symlink_to(pipe)
    with pytest.raises(UnreadableFileError) as info:
        user_files.check_regular(link)
    assert info.value.reason == f"is a link to a named pipe (FIFO) ({pipe}), not a file"
    with pytest.raises(UnreadableFileError, match="is a folder, not a file"):
        user_files.check_regular(tmp_path)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone")
    with pytest.raises(UnreadableFileError, match="link to something that does not exist"):
        user_files.check_regular(tmp_path / "dangling.txt")
