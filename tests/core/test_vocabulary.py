"""Each word declared once: the vocabulary's ids are unique and the rest of the code reads them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.core import vocabulary as v


def test_ids_are_unique_and_the_id_tuples_follow_the_declarations():
    for ids, entries in ((v.NUMBER_KINDS, v.NUMBER_KIND_LIST),
                         (v.ENTITY_TYPES, v.ENTITY_TYPE_LIST),
                         (v.HIGHLIGHT_COLORS, v.HIGHLIGHT_COLOUR_LIST)):
        assert ids == tuple(entry.id for entry in entries)
        assert len(set(ids)) == len(ids)
    assert len(set(v.ARTICLE_KINDS)) == len(v.ARTICLE_KINDS)
    assert v.HIGHLIGHT_COLORS[0] == v.DEFAULT_HIGHLIGHT_COLOR


def test_every_number_kind_has_a_layer_and_only_declared_kinds_have_their_own():
    assert v.NUMBER_LAYERS[-1] == v.OTHER_NUMBERS
    assert set(v.NUMBER_LAYERS) == {kind.layer for kind in v.NUMBER_KIND_LIST} | {"other"}
    for kind in v.NUMBER_KINDS:
        assert v.number_layer(kind) in v.NUMBER_LAYERS
    assert v.number_layer("ratio") == "other"
    assert v.number_layer("a kind from a later version") == "other"


def test_extraction_produces_only_declared_number_kinds_and_entity_types():
    from desktop_app.core.extraction.dictionaries import ENTITY_TAGS
    from desktop_app.core.extraction.number_units import UNIT_KIND

    assert set(UNIT_KIND.values()) <= set(v.NUMBER_KINDS)
    assert set(ENTITY_TAGS) == set(v.ENTITY_TYPES)


def test_the_vocabulary_loads_without_qt_or_dataclasses():
    """The window's first frame imports it; see ui/theme.py on start-up cost."""
    probe = ("import sys, desktop_app.core.vocabulary; "
             "print([m for m in ('dataclasses', 'PySide6') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_every_export_format_is_declared_by_its_module_and_writes_one_stream():
    import io

    from desktop_app.core.export.formats import FORMATS, export_format
    from tests.helpers.export_samples import hostile_article, plain_article

    assert "md" in FORMATS  # the dialog's default
    articles = [hostile_article(), plain_article(1)]
    for format_id, fmt in FORMATS.items():
        assert export_format(format_id) is fmt and fmt.id == format_id
        out = io.StringIO()
        assert fmt.write(iter(articles), out, "标题", ()) > 0
        assert out.getvalue()
    with pytest.raises(ValueError, match=f"unknown format 'docx'; use one of {', '.join(FORMATS)}"):
        export_format("docx")


def test_the_command_line_offers_the_registered_formats_and_entity_types():
    from desktop_app.cli.parsing import build_parser
    from desktop_app.core.export.formats import FORMATS

    parser = build_parser()
    for format_id in FORMATS:
        assert parser.parse_args(["export", "--format", format_id]).format == format_id
    for entity_type in v.ENTITY_TYPES:
        args = parser.parse_args(["entity", "add", "词", "--type", entity_type.lower()])
        assert args.etype == entity_type


def test_every_filter_field_reaches_the_query_builder_and_the_command_line():
    from desktop_app.cli.filter_options import filters_of
    from desktop_app.cli.parsing import build_parser
    from desktop_app.core.filters import FILTER_FIELDS, Filters
    from desktop_app.storage.library import filter_sql

    where, params = filter_sql(Filters(**{name: "2025-03-30" for name in FILTER_FIELDS}))
    assert len(params) == len(FILTER_FIELDS) == where.count("?")
    parser = build_parser()
    every = ["--tag", "t", "--exclude-kind", "brief", "--from", "2025-03-01", "--to",
             "2025-03-30", "--entity", "长沙", "--entity-key", "LOC:长沙", "--state", "read"]
    for command, kind in ((["list"], "--kind"), (["search", "词"], "--kind"),
                          (["names"], "--kind"), (["facts"], "--article-kind")):
        assert filters_of(parser.parse_args(command)) == Filters()
        chosen = filters_of(parser.parse_args([*command, *every, kind, "article"]))
        assert all(getattr(chosen, name) for name in FILTER_FIELDS), (command, chosen)
