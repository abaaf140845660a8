"""``xiangyue --self-test``: prove an installation works, end to end, on a throwaway library.

It is what CI runs against the frozen bundle, and what a user or a bug report can run
on a machine we cannot see. Every step runs under a watchdog: a hang anywhere (Qt
included) becomes ``self-test FAILED at <step>: timed out`` and exit 1 instead of a
CI job that never ends. Qt and the library are imported inside the steps so that a
missing piece of the bundle is reported as the step that needed it.

``XIANGYUE_SELFTEST=startup`` turns the run into the start-up probe of bench/frozen.py
(desktop_app/startup_probe.py).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

MODE_ENV = "XIANGYUE_SELFTEST"
LOG_ENV = "XIANGYUE_SELFTEST_LOG"  # also append the report here (windowed builds lack stdout)
HIGHLIGHT_NOTE = "self-test"


@dataclass
class Context:
    home: Path
    paths: dict[str, Path] = field(default_factory=dict)
    service: Any = None  # desktop_app.service.LibraryService
    pages: int = 0
    article_ids: list[str] = field(default_factory=list)
    numbers: int = 0
    entities: int = 0
    target: str = ""  # the article the window shows with a highlight
    quote: str = ""

    @property
    def library(self) -> Path:
        return self.home / "library.sqlite3"


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], None]
    timeout: float  # seconds; generous: a cold Windows runner is many times slower


class StepFailed(Exception):
    """A check inside a step did not hold; the message is the reason shown."""


# -- the steps -------------------------------------------------------------------------

def bundle_root() -> Path | None:
    """The folder a frozen app's files must come from, or None when running from source."""
    root = getattr(sys, "_MEIPASS", None)
    if not root:
        return None
    path = Path(root).resolve()
    # In a macOS .app, _MEIPASS is Contents/Frameworks and the data files are symlinks
    # into Contents/Resources: anything inside Contents is the bundle's own.
    return path.parent if path.name == "Frameworks" and path.parent.name == "Contents" else path


def _jieba_dictionary() -> Path:
    import jieba

    with jieba.dt.get_dict_file() as handle:
        return Path(handle.name).resolve()


def find_resources(ctx: Context) -> None:
    from desktop_app.core.collation import readings_file, title_key
    from desktop_app.paths import resource_path, seeds_dir

    ctx.paths = {"seeds": seeds_dir().resolve(), "dicts": resource_path("dicts").resolve(),
                 "translations": resource_path("i18n").resolve(),
                 "jieba": _jieba_dictionary(), "pinyin": readings_file().resolve()}
    for name, path in ctx.paths.items():
        if not path.exists():
            raise StepFailed(f"{name} not found at {path}")
    if sorted(["株洲", "长沙"], key=title_key) != ["长沙", "株洲"]:
        raise StepFailed("sorting by title is not in pinyin order")
    if not any(ctx.paths["seeds"].glob("*.txt")):
        raise StepFailed(f"no sample pages in {ctx.paths['seeds']}")
    if not any(ctx.paths["translations"].glob("*.qm")):
        raise StepFailed(f"no compiled translations in {ctx.paths['translations']}")
    _check_inside_bundle(ctx.paths)


def _check_inside_bundle(found: dict[str, Path]) -> None:
    root = bundle_root()
    if root is not None:
        # A frozen app that quietly reads the source tree works on the build machine only.
        outside = [f"{n}={p}" for n, p in found.items() if not p.is_relative_to(root)]
        if outside:
            raise StepFailed(f"outside the bundle {root}: {', '.join(outside)}")


def tag_names(ctx: Context) -> None:
    """The name model loads from the bundle and finds a person, a place and a body."""
    from desktop_app.core.extraction import lac_files, ner_model

    folder = lac_files.model_folder().resolve()
    ctx.paths["name model"] = folder
    _check_inside_bundle({"name model": folder})
    tagger = ner_model.shared_tagger()
    if tagger is None:
        raise StepFailed(f"the name model did not load: {ner_model.load_error()!r}")
    text = NAME_PROBE
    found = {(text[t.start:t.end], t.tag) for t in tagger.tag(text)}
    missing = sorted(NAME_PROBE_EXPECTED - found)
    if missing:
        raise StepFailed(f"the name model missed {missing} in {text!r}")


NAME_PROBE = "国务院总理李鹏今天在北京会见了日本客人。"
NAME_PROBE_EXPECTED = {("李鹏", "PER"), ("北京", "LOC"), ("国务院", "ORG")}


def import_seeds(ctx: Context) -> None:
    from desktop_app.service import LibraryService

    ctx.service = LibraryService.open(ctx.library, import_seeds=False)
    seeds = sorted(ctx.paths["seeds"].glob("*.txt"))
    report = ctx.service.import_paths([ctx.paths["seeds"]])
    if report.errors:
        raise StepFailed(report.errors[0])
    if report.added_pages != len(seeds):
        raise StepFailed(f"{report.added_pages} of {len(seeds)} sample pages imported")
    ctx.pages = report.added_pages


def start_worker(ctx: Context) -> None:
    """A large import analyses in worker processes: a frozen build must be able to start
    one (multiprocessing.freeze_support in the entry script) and get an answer back."""
    from desktop_app.import_pool import AnalysisPool, Done, PoolStartError, echo

    try:
        with AnalysisPool(echo, 1, time_limit=60) as pool:
            answers = list(pool.run(["湘阅"]))
    except PoolStartError as exc:
        raise StepFailed(str(exc)) from None
    if answers != [(0, Done("湘阅"))]:
        raise StepFailed(f"a worker process answered {answers!r}")


def analyse(ctx: Context) -> None:
    ctx.article_ids = ctx.service.article_ids()
    if len(ctx.article_ids) < ctx.pages:
        raise StepFailed(f"{ctx.pages} pages split into only {len(ctx.article_ids)} articles")
    best = None
    for article_id in ctx.article_ids:
        detail = ctx.service.article(article_id)
        ctx.numbers += len(detail.numbers)
        ctx.entities += len(detail.entities)
        if detail.numbers and (best is None or len(detail.numbers) > len(best.numbers)):
            best = detail
    if best is None or not ctx.entities:
        raise StepFailed(f"analysis found {ctx.numbers} numbers and {ctx.entities} names")
    span = best.numbers[0]
    ctx.service.add_highlight(best.id, span.start, span.end, "yellow", HIGHLIGHT_NOTE)
    ctx.target, ctx.quote = best.id, best.text[span.start:span.end]


def render_window(ctx: Context) -> None:
    from desktop_app.ui.app import build_window, create_app

    app = create_app([sys.argv[0]])
    window = build_window(ctx.library)
    try:
        _check_translations(ctx)
        _wait(app, lambda: window.detail is not None, 60,
              lambda: f"no article shown ({window.statusBar().currentMessage() or 'no message'})")
        window.open_article(ctx.target)
        _check_highlight_painted(window, ctx.target)
        image = window.grab().toImage()
        if image.isNull() or image.width() < 200 or _is_blank(image):
            raise StepFailed("the window rendered as an empty image")
        _draw_chart(app, window, ctx)
    finally:
        window.close()
        app.processEvents()


def _draw_chart(app, window, ctx: Context) -> None:
    """Charts load pyqtgraph, QtOpenGL and QtSvg: a bundle without one fails here."""
    from desktop_app.ui.chart_opening import open_charts

    dialog = open_charts(window)
    _wait(app, lambda: dialog is not None and dialog.top_chart.bar_count() > 0, 60,
          lambda: "no chart drawn (View → Charts)")
    for kind in ("png", "svg"):
        if dialog is None or not dialog.export(ctx.home / f"chart.{kind}", kind):
            raise StepFailed(f"the chart could not be exported as {kind.upper()}")


def _check_translations(ctx: Context) -> None:
    from desktop_app.ui import i18n
    from desktop_app.ui.settings import Settings

    loaded = {Path(f).name: Path(f).resolve() for f in i18n.installed_files()}
    ours = [name for name in loaded if name.startswith("xiangyue_")]
    if not ours:
        raise StepFailed(f"the window's translation did not load from {ctx.paths['translations']}")
    found = {"ui translation": loaded[ours[0]]}
    # The Chinese UI needs Qt's own catalog (its buttons and file dialog), from the bundle.
    i18n.install("zh_CN")
    qt_own = [Path(f).resolve() for f in i18n.installed_files()
              if Path(f).name.startswith("qtbase_")]
    i18n.install(Settings().language)  # back to the window's language
    if not qt_own:
        raise StepFailed("Qt's Chinese catalog (qtbase_zh_CN.qm) did not load")
    found["qt translation"] = qt_own[0]
    _check_inside_bundle(found)
    ctx.paths.update(found)


def _wait(app, done: Callable[[], bool], seconds: float, why: Callable[[], str]) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise StepFailed(why())
        app.processEvents()
        time.sleep(0.01)


def _check_highlight_painted(window, article_id: str) -> None:
    from PySide6.QtGui import QTextCursor

    from desktop_app.ui.reader_document import HIGHLIGHT_ID_PROPERTY

    detail = window.reader.detail
    if detail is None or detail.id != article_id or not detail.highlights:
        raise StepFailed("the highlighted article did not open in the reader")
    highlight = detail.highlights[0]
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.body_start + highlight.start + 1)
    if cursor.charFormat().property(HIGHLIGHT_ID_PROPERTY) != highlight.id:
        raise StepFailed("the reader shows the article without its highlight")


def _is_blank(image) -> bool:
    first = image.pixel(0, 0)
    step = max(1, image.width() // 40)
    return all(image.pixel(x, y) == first
               for x in range(0, image.width(), step)
               for y in range(0, image.height(), step))


def write_export(ctx: Context) -> None:
    from desktop_app.service_export import ExportRequest, ExportService

    out = ctx.home / "export" / "notes.md"
    exporter = ExportService(ctx.service)
    try:
        result = exporter.export(ExportRequest("md", destination=out))
    finally:
        exporter.close()
    text = out.read_text(encoding="utf-8") if out.is_file() else ""
    if result.items < 1 or ctx.quote not in text:
        raise StepFailed(f"{out} lacks the highlight {ctx.quote!r}")


PDF_TITLE = "绿色智能计算产业加快发展"  # resources/selftest/page.pdf prints it as 绿⾊…


def import_pdf(ctx: Context) -> None:
    """A one-page newspaper PDF: PDFium in the bundle, the layout, the normalised text."""
    from desktop_app.paths import resource_path

    pdf = resource_path("selftest", "page.pdf").resolve()
    if not pdf.is_file():
        raise StepFailed(f"sample PDF not found at {pdf}")
    _check_inside_bundle({"pdf": pdf})
    report = ctx.service.import_paths([pdf])
    if report.errors:
        raise StepFailed(report.errors[0])
    if report.added_pages != 1 or report.articles_added < 3:
        raise StepFailed(f"the sample PDF gave {report.added_pages} page(s) and "
                         f"{report.articles_added} article(s), not 1 and 3")
    hits = ctx.service.search("绿色智能计算")
    if not any(hit.title == PDF_TITLE and hit.date == "2025-03-30" for hit in hits):
        raise StepFailed(f"the PDF's article {PDF_TITLE!r} is not found by search")


STEPS = (
    Step("finding resources", find_resources, 60),
    Step("tagging names with the model", tag_names, 120),
    Step("importing the sample pages", import_seeds, 300),
    Step("starting an import worker process", start_worker, 120),
    Step("analysing", analyse, 120),
    Step("rendering the window", render_window, 120),
    Step("writing an export", write_export, 60),
    Step("importing a PDF page", import_pdf, 120),
)


# -- running them ----------------------------------------------------------------------

def _hard_exit(code: int) -> None:
    os._exit(code)


def run_steps(steps: tuple[Step, ...], ctx: Context, say: Callable[[str], None],
              on_timeout: Callable[[int], None] = _hard_exit) -> bool:
    """Run ``steps`` in order; report the first failure in one line and return False."""
    for step in steps:
        watchdog = threading.Timer(step.timeout, _timed_out, (step, say, on_timeout))
        watchdog.daemon = True
        watchdog.start()
        try:
            step.run(ctx)
        except StepFailed as exc:
            say(f"self-test FAILED at {step.name}: {exc}")
            return False
        except Exception as exc:  # anything else is a broken installation, said plainly
            say(f"self-test FAILED at {step.name}: {type(exc).__name__}: {exc}")
            return False
        finally:
            watchdog.cancel()
    return True


def _timed_out(step: Step, say: Callable[[str], None], on_timeout: Callable[[int], None]
               ) -> None:
    say(f"self-test FAILED at {step.name}: timed out after {step.timeout:g} s")
    on_timeout(1)


def summary(ctx: Context, elapsed_ms: float) -> str:
    return (f"self-test ok: {ctx.pages} pages, {len(ctx.article_ids)} articles, "
            f"{ctx.numbers} numbers, {ctx.entities} entities, window rendered, "
            f"export written ({elapsed_ms:.0f} ms)")


def resources_line(ctx: Context) -> str:
    root = bundle_root()
    where = f"frozen bundle {root}" if root else "source tree"
    return "self-test resources (" + where + "): " + ", ".join(
        f"{name}={path}" for name, path in ctx.paths.items())


def _reporter(stream: TextIO | None) -> Callable[[str], None]:
    log = os.environ.get(LOG_ENV)

    def say(line: str) -> None:
        if stream is not None:
            print(line, file=stream, flush=True)
        if log:
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(line + "\n")

    return say


@contextlib.contextmanager
def _temporary_home() -> Iterator[Path]:
    # Settings, backups and the library all follow XIANGYUE_HOME: the user's own
    # library and window state are never touched.
    old = os.environ.get("XIANGYUE_HOME")
    with tempfile.TemporaryDirectory(prefix="xiangyue-selftest-",
                                     ignore_cleanup_errors=True) as tmp:
        os.environ["XIANGYUE_HOME"] = tmp
        try:
            yield Path(tmp)
        finally:
            if old is None:
                os.environ.pop("XIANGYUE_HOME", None)
            else:
                os.environ["XIANGYUE_HOME"] = old


def run_self_test(steps: tuple[Step, ...] = STEPS) -> int:
    if os.environ.get(MODE_ENV) == "startup":
        from desktop_app.startup_probe import run_startup_probe

        return run_startup_probe()
    say = _reporter(sys.stdout)
    started = time.perf_counter()
    with _temporary_home() as home:
        ctx = Context(home)
        try:
            ok = run_steps(steps, ctx, say)
        finally:
            if ctx.service is not None:
                ctx.service.close()
    if ctx.paths:
        say(resources_line(ctx))
    if ok:
        say(summary(ctx, (time.perf_counter() - started) * 1000))
    return 0 if ok else 1
