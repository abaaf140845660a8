"""Variants of one name share a key; different names and types do not."""

from __future__ import annotations

import pytest

from desktop_app.core.extraction.name_keys import name_key


@pytest.mark.parametrize("etype, variants", [
    ("LOC", ["湖南省", "湖南", "湖 南省"]),
    ("LOC", ["长沙市", "长沙"]),
    ("LOC", ["广西壮族自治区", "广西"]),
    ("LOC", ["香港特别行政区", "香港"]),
    ("LOC", ["湘西土家族苗族自治州", "湘西土家族苗族"]),
    ("PER", ["习近平", "习近平总书记", "总书记习近平"]),
    ("PER", ["刘韵洁", "院士刘韵洁", "刘韵洁院士"]),
    ("PER", ["李鹏", "李鹏同志", "总理李鹏"]),
    ("PER", ["埃米略·德·孔西里斯", "埃米略・德・孔西里斯", "埃米略•德•孔西里斯"]),
    ("ORG", ["惠科股份有限公司", "惠科公司", "惠科"]),
    ("ORG", ["ＡＢＣ科技有限公司", "ABC科技"]),
])
def test_variants_share_a_key(etype: str, variants: list[str]) -> None:
    keys = {name_key(v, etype) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("a, b", [
    (("湖南", "LOC"), ("湖南", "ORG")),  # the type is part of the key
    (("长沙", "LOC"), ("长春", "LOC")),
    (("王刚", "PER"), ("王刚强", "PER")),
])
def test_different_names_differ(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert name_key(*a) != name_key(*b)


@pytest.mark.parametrize("name, etype, key", [
    ("沙市", "LOC", "LOC:沙市"),  # never below two characters
    ("江主席", "PER", "PER:江"),  # a one-character surname with a title is still someone
    ("公司", "ORG", "ORG:公司"),
    ("", "LOC", "LOC:"),
])
def test_short_names_keep_their_core(name: str, etype: str, key: str) -> None:
    assert name_key(name, etype) == key


def test_titles_can_be_given() -> None:
    assert name_key("张三教授", "PER", titles=["教授"]) == "PER:张三"
    assert name_key("张三教授", "PER", titles=[]) == "PER:张三教授"
