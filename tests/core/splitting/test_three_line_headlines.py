"""A narrow column wraps a headline over three lines: its subject with a count, its verb,
then what the verb acts on (萍乡：1.2万名 / 民间河长守护 / 家门口的河). All three are the
headline; none is a kicker or a deck."""

from __future__ import annotations

import pytest

from desktop_app.core.splitting.split import split_page

BODY = ("本报记者 刘 洋\n\n  每天清晨，家住江西省萍\n乡市湘东区的退休教师刘桂英\n"
        "都会沿着萍水河走上一圈，看\n看河面有没有漂浮物。\n")


@pytest.mark.parametrize(("stack", "title"), [
    ("萍乡：1.2万名\n民间河长守护\n家门口的河", "萍乡：1.2万名民间河长守护家门口的河"),
    ("湘江两岸新增\n3万个\n充电桩", "湘江两岸新增3万个充电桩"),
])
def test_a_headline_wrapped_over_three_lines_is_read_whole(stack: str, title: str) -> None:
    (article,) = split_page(f"{stack}\n\n{BODY}").articles
    assert (article.kicker, article.title, article.subtitle) == ("", title, "")
