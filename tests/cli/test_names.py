"""`xiangyue names`: the names index on the sample library, as a user types it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.cli.names_cmd import ORDERS, _width
from desktop_app.service_names import NAME_ORDERS

FIELDS = ["key", "type", "name", "variants", "mentions", "articles", "first_date",
          "last_date"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def rows(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> list[dict]:
    return json.loads(run(capsys, "names", "--json", "--db", str(db), *argv))


def test_json_rows_group_variants_under_one_key(lib_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    names = rows(capsys, lib_path)
    assert names and all(list(row) == FIELDS for row in names)
    by_key = {row["key"]: row for row in names}
    assert {"湖南省", "湖南"} <= set(by_key["LOC:湖南"]["variants"])
    assert {"吉利汽车", "吉利汽车集团"} <= set(by_key["ORG:吉利"]["variants"])
    assert len(by_key) == len(names)  # one row per key
    # Most mentioned first, and the counts agree with what the list finds by the key.
    assert [r["mentions"] for r in names] == sorted((r["mentions"] for r in names),
                                                    reverse=True)
    geely = json.loads(run(capsys, "list", "--json", "--db", str(lib_path),
                           "--entity-key", "ORG:吉利"))
    assert len(geely) == by_key["ORG:吉利"]["articles"] >= 2


def test_type_and_list_filters_narrow_the_index(lib_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    people = rows(capsys, lib_path, "--type", "per")
    assert people and {r["type"] for r in people} == {"PER"}
    everything = rows(capsys, lib_path)
    followed = rows(capsys, lib_path, "--entity-key", "ORG:吉利")
    assert 0 < len(followed) < len(everything)
    assert all(r["articles"] <= 2 for r in followed)
    assert rows(capsys, lib_path, "--limit", "3") == everything[:3]


def test_the_table_is_aligned_for_a_reader(lib_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    lines = run(capsys, "names", "--db", str(lib_path), "--type", "LOC").splitlines()
    assert lines[0].split()[:6] == ["type", "name", "mentions", "articles", "first", "last"]
    hunan = next(line for line in lines if "LOC:湖南" in line)
    assert hunan.startswith("LOC   湖南 ") and "湖南省" in hunan
    # The counts end in the same terminal column on every line, Chinese names or not.
    ends = {_width(line[:_mentions_end(line)]) for line in lines[1:]}
    assert len(ends) == 1


def _mentions_end(line: str) -> int:
    """Where the mentions count ends: after the type, the name (places have no spaces),
    the padding and the digits."""
    index = 6
    while line[index] != " ":
        index += 1
    while line[index] == " ":
        index += 1
    while line[index] != " ":
        index += 1
    return index


def test_an_empty_library_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "names", "--db", str(tmp_path / "new.sqlite3")) == "no names\n"


def test_orders_are_the_services() -> None:
    assert tuple(NAME_ORDERS) == ORDERS


def test_rename_merge_and_separate_names_by_key(lib_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(lib_path)]
    before = {r["key"]: r for r in rows(capsys, lib_path)}
    merged = json.loads(run(capsys, "entity", "merge", "LOC:长株潭都市圈", "LOC:长株潭",
                            "--json", *db))
    assert merged["key"] == "LOC:长株潭" and merged["merged"] == ["LOC:长株潭都市圈"]
    run(capsys, "entity", "rename", "LOC:长株潭", "长株潭城市群", *db)
    after = {r["key"]: r for r in rows(capsys, lib_path)}
    assert "LOC:长株潭都市圈" not in after
    assert after["LOC:长株潭"]["name"] == "长株潭城市群"
    assert after["LOC:长株潭"]["mentions"] == (before["LOC:长株潭"]["mentions"]
                                              + before["LOC:长株潭都市圈"]["mentions"])
    listed = json.loads(run(capsys, "list", "--json", "--entity-key", "LOC:长株潭", *db))
    assert len(listed) == after["LOC:长株潭"]["articles"]
    run(capsys, "entity", "separate", "LOC:长株潭都市圈", *db)
    again = {r["key"]: r for r in rows(capsys, lib_path)}
    assert again["LOC:长株潭都市圈"]["mentions"] == before["LOC:长株潭都市圈"]["mentions"]
    assert again["LOC:长株潭"]["name"] == "长株潭城市群"  # the rename stays


def test_an_unknown_key_is_refused_with_a_hint(lib_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["entity", "merge", "LOC:没有", "LOC:长株潭", "--db", str(lib_path)]) == 1
    assert "xiangyue names" in capsys.readouterr().err
