"""The sixteenth round's levers (docs/quality.md), each kind on made-up sentences, from
the eleventh blind set's misses (tests/gold/circles_gold.jsonl: personnel notices,
culture, labour, listed companies)."""

from __future__ import annotations

import pytest

from tests.helpers.candidates import names


@pytest.mark.parametrize(("text", "expected"), [
    ("据新华社莫斯科电 俄罗斯政府日前宣布新的补贴办法。",
     {("新华社", "ORG"), ("莫斯科", "LOC"), ("俄罗斯政府", "ORG")}),
    ("新华社电\u3000财政部等部门日前发布通知。", {("新华社", "ORG"), ("财政部", "ORG")}),
])
def test_an_agencys_undated_dispatch_and_the_body_after_its_space_are_apart(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= set(names(text))
