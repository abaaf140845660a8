from desktop_app.core.spans import EntitySpan, NumberSpan
from desktop_app.ui.reader_runs import paragraph_starts, runs

PARAS = ["2024年全省产业规模达8520亿元", "孙延源说"]
TEXT = "\n".join(PARAS)


def test_runs_cut_at_span_edges_and_paragraphs():
    numbers = [NumberSpan(0, 5, "2024年", "date"), NumberSpan(12, 18, "8520亿元", "money")]
    entities = [EntitySpan(19, 22, "孙延源", "PER")]
    result = runs(TEXT, PARAS, numbers, entities)
    assert [(TEXT[r.start:r.end], r.number) for r in result[0]] == [
        ("2024年", 0), ("全省产业规模达", None), ("8520亿元", 1)
    ]
    assert [(TEXT[r.start:r.end], r.entity) for r in result[1]] == [("孙延源", 0), ("说", None)]


def test_no_run_contains_the_paragraph_break():
    result = runs(TEXT, PARAS)
    assert ["".join(TEXT[r.start:r.end] for r in p) for p in result] == PARAS


def test_overlapping_highlight_keeps_number():
    class H:
        start, end = 10, 14

    result = runs(TEXT, PARAS, [NumberSpan(12, 18, "8520亿元", "money")], [], [H()])
    marked = [(TEXT[r.start:r.end], r.number, r.highlight) for r in result[0] if r.start >= 10]
    assert marked == [("模达", None, 0), ("85", 0, 0), ("20亿元", 0, None)]


def test_paragraph_starts():
    assert paragraph_starts(["ab", "", "c"]) == [0, 3, 4]
