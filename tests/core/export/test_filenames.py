from __future__ import annotations

import pytest

from desktop_app.core.export.filenames import UniqueNames, article_file_stem, safe_filename
from desktop_app.core.export.files import ExportConflict, atomic_text_file, check_overwrite

FORBIDDEN = set('\\/:*?"<>|')


@pytest.mark.parametrize("title", [
    'a/b\\c:d*e?f"g<h>i|j', "CON", "nul", "com1", "LPT9", "  . ", "", "标题. ", "\x00\x1f",
    "湘" * 300,
])
def test_names_work_on_windows_and_macos(title):
    name = safe_filename(title, "md")
    stem = name.removesuffix(".md")
    assert name.endswith(".md")
    assert not FORBIDDEN & set(name)
    assert stem and not stem.endswith((" ", "."))
    assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}
    assert len(name.encode()) <= 255


def test_articles_with_the_same_title_get_distinct_files():
    names = UniqueNames()
    taken = [names.take(article_file_stem("2025-03-30", "04", t), "md")
             for t in ("要闻", "要闻", "要闻")]
    assert taken == ["2025-03-30 第04版 要闻.md", "2025-03-30 第04版 要闻-2.md",
                     "2025-03-30 第04版 要闻-3.md"]


def test_an_existing_file_is_not_overwritten_without_leave(tmp_path):
    target = tmp_path / "notes.md"
    target.write_text("old")
    with pytest.raises(ExportConflict):
        check_overwrite([target], force=False)
    check_overwrite([target], force=True)


def test_a_failed_write_leaves_the_old_file_alone(tmp_path):
    target = tmp_path / "notes.md"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_text_file(target) as handle:
        handle.write("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]
