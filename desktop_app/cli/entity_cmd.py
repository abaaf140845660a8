"""``xiangyue entity add|remove|retype|clear|list``: correct names from the command line;
``rename|merge|separate`` correct the names index (``xiangyue names``) by a name's key.

A correction applies to every article of the library, now and after later imports, just
as one made in the window (both go through :meth:`LibraryService.correct_entity`, or
the names index's ``rename_name``, ``merge_names`` and ``unmerge_name``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop_app.cli.library_cmd import _library
from desktop_app.cli.output import CliError, print_json, print_text
from desktop_app.core.spans import Corrections
from desktop_app.core.vocabulary import ENTITY_TYPES

if TYPE_CHECKING:
    from desktop_app.service import LibraryService

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "entity", help="correct which words are people, places and organisations",
        parents=[common])
    actions = parser.add_subparsers(dest="entity_action", metavar="ACTION", required=True)

    def action(name: str, help_: str, handler: Handler, typed: bool = False
               ) -> argparse.ArgumentParser:
        p = actions.add_parser(name, help=help_, parents=[common])
        p.add_argument("--json", action="store_true", help="print JSON")
        if name != "list":
            p.add_argument("word", metavar="WORD")
        if typed:
            p.add_argument("--type", required=True, choices=ENTITY_TYPES, dest="etype",
                           type=str.upper, metavar="|".join(ENTITY_TYPES))
        p.set_defaults(handler=handler)
        return p

    action("add", "make WORD a name of this type in every article", run_add, typed=True)
    action("remove", "make WORD never a name", run_remove)
    action("retype", "give a recognised name another type everywhere", run_retype, typed=True)
    action("clear", "forget the correction of WORD (the recognised names come back)", run_clear)
    action("list", "list the corrections", run_list)
    p = action("rename", "show the name with key WORD (LOC:湖南) under NAME in the index",
               run_rename)
    p.add_argument("name", metavar="NAME", help="the new name; \"\" for the usual one")
    p = action("merge", "count, list and filter the name with key WORD under key INTO",
               run_merge)
    p.add_argument("into", metavar="INTO")
    action("separate", "undo a merge of the name with key WORD", run_separate)


def _word(args: argparse.Namespace) -> str:
    word = args.word.strip()
    if not word:
        raise CliError("WORD is empty")
    return word


def _report(args: argparse.Namespace, lib: LibraryService, word: str, done: str) -> int:
    count = lib.entity_article_count(word)
    row = _row(lib.corrections(), word) or {"text": word, "action": "none", "type": None}
    row["articles"] = count
    if args.json:
        print_json(row)
    else:
        print_text(f"{done}; {word} is now a name in {count} article(s)")
    return 0


def run_add(args: argparse.Namespace) -> int:
    word = _word(args)
    with _library(args) as lib:
        lib.correct_entity(word, type=args.etype)
        return _report(args, lib, word, f"{word} → {args.etype}")


def run_remove(args: argparse.Namespace) -> int:
    word = _word(args)
    with _library(args) as lib:
        lib.correct_entity(word, remove=True)
        return _report(args, lib, word, f"{word} is never a name")


def run_retype(args: argparse.Namespace) -> int:
    word = _word(args)
    with _library(args) as lib:
        # Retyping a word nothing recognised would silently add it; say so instead.
        if lib.entity_article_count(word) == 0 and _row(lib.corrections(), word) is None:
            raise CliError(f"{word} is not a recognised name in any article; "
                           f"use `xiangyue entity add {word} --type {args.etype}`")
        lib.correct_entity(word, type=args.etype, retype=True)
        return _report(args, lib, word, f"{word} → {args.etype}")


def run_clear(args: argparse.Namespace) -> int:
    word = _word(args)
    with _library(args) as lib:
        lib.correct_entity(word)
        return _report(args, lib, word, f"correction of {word} cleared")


def run_list(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        fixes = lib.corrections()
        words = sorted({*fixes.added, *fixes.removed, *fixes.retyped})
        rows = []
        for word in words:
            row = _row(fixes, word) or {"text": word, "action": "none", "type": None}
            row["articles"] = lib.entity_article_count(word)
            rows.append(row)
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        kind = row["type"] or "—"
        print_text(f"{row['action']:<7} {kind:<4} {row['text']}  ({row['articles']} article(s))")
    if not rows:
        print_text("no corrections")
    return 0


def _known_key(lib: LibraryService, key: str) -> str:
    key = key.strip()
    if lib.entity_article_count(key=key) == 0 and not lib.merged_names(key):
        raise CliError(f"no name has the key {key!r}; `xiangyue names` lists the keys")
    return key


def _index_row(args: argparse.Namespace, lib: LibraryService, key: str, done: str) -> int:
    key = lib.current_name_key(key)
    row = {"key": key, "name": lib.name_of_key(key),
           "articles": lib.entity_article_count(key=key), "merged": lib.merged_names(key)}
    if args.json:
        print_json(row)
    else:
        print_text(f"{done}; {row['name']} ({key}) is named in {row['articles']} article(s)")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        key = _known_key(lib, args.word)
        lib.rename_name(key, args.name)
        return _index_row(args, lib, key, f"{key} renamed")


def run_merge(args: argparse.Namespace) -> int:
    with _library(args) as lib:
        key, into = _known_key(lib, args.word), _known_key(lib, args.into)
        target = lib.merge_names(key, into)
        return _index_row(args, lib, target, f"{key} merged into {target}")


def run_separate(args: argparse.Namespace) -> int:
    key = _word(args)
    with _library(args) as lib:
        if lib.current_name_key(key) == key:
            raise CliError(f"{key} is not merged into another name")
        lib.unmerge_name(key)
        return _index_row(args, lib, key, f"{key} separated")


def _row(fixes: Corrections, word: str) -> dict | None:
    if word in fixes.removed:
        return {"text": word, "action": "remove", "type": None}
    if word in fixes.added:
        return {"text": word, "action": "add", "type": fixes.added[word]}
    if word in fixes.retyped:
        return {"text": word, "action": "retype", "type": fixes.retyped[word]}
    return None
