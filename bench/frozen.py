"""The frozen app: bundle size, file count, and start-to-window against running from source.

    uv run python bench/frozen.py [--runs 9] [--build]

Not a test. Uses ``dist/Xiangyue`` (built first when missing, or with ``--build``).
Start-to-window is the wall time from launching the process until it exits right after
the main window's first paint (``XIANGYUE_SELFTEST=startup xiangyue --self-test``, which
shows the window exactly as a normal start does). Both variants open the same prepared
library, runs alternate so machine noise hits both alike, and the result is the ratio of
medians, frozen over ``python -m desktop_app``, measured in this run. The warm-up round
also writes the source run's bytecode caches, as a normal first start would.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "Xiangyue"
EXE = BUNDLE / ("Xiangyue.exe" if sys.platform == "win32" else "Xiangyue")
SIZE_GOAL_BYTES = 250_000_000  # issue #12: "at most 250 MB", read as decimal megabytes


def bundle_size(bundle: Path) -> tuple[float, float, int]:
    """(MiB on disk, MiB of file contents, number of files)."""
    on_disk = contents = 0
    files = 0
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            stat = path.stat()
            files += 1
            contents += stat.st_size
            on_disk += getattr(stat, "st_blocks", 0) * 512 or stat.st_size
    return on_disk / 2**20, contents / 2**20, files


def _run_once(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(seconds to exit, peak RSS in MiB) of one start."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    else:
        process.wait()
        elapsed, rss = time.perf_counter() - started, float("nan")
    if process.returncode != 0:
        raise SystemExit(f"{command[0]} exited with {process.returncode}")
    return elapsed, rss


def _prepared_home() -> Path:
    # A library that already holds the sample pages: measure a normal start, not the
    # first-run import (which runs in a worker after the window is up anyway). Made in a
    # child process: jieba loaded here would inflate every child's peak RSS via fork.
    home = Path(tempfile.mkdtemp(prefix="xiangyue-bench-"))
    subprocess.run([sys.executable, "-c", "from desktop_app.service import LibraryService; "
                    "LibraryService.open().close()"],
                   env={**os.environ, "XIANGYUE_HOME": str(home)}, cwd=ROOT, check=True)
    return home


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--build", action="store_true", help="rebuild dist/ first")
    parser.add_argument("--bundle", type=Path, default=BUNDLE,
                        help="an onedir bundle to measure instead (to compare spec options)")
    args = parser.parse_args()
    bundle = args.bundle.resolve()
    exe = bundle / EXE.name
    if args.build or not exe.exists():
        subprocess.run(["uv", "run", "pyinstaller", "--noconfirm", "--log-level", "WARN",
                        str(ROOT / "build.spec")], cwd=ROOT, check=True)

    mib_disk, mib_contents, files = bundle_size(bundle)
    home = _prepared_home()
    env = {**os.environ, "XIANGYUE_HOME": str(home), "XIANGYUE_SELFTEST": "startup",
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # A fair source start reads cached bytecode as any installed Python app does; with
    # PYTHONDONTWRITEBYTECODE set it would recompile every module on every run.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    variants = {
        "python -m desktop_app": ([sys.executable, "-m", "desktop_app", "--self-test"], ROOT),
        f"frozen {bundle.name}": ([str(exe), "--self-test"], home),
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    rss: dict[str, list[float]] = {name: [] for name in variants}
    for run in range(args.runs + 1):
        for name, (command, cwd) in variants.items():
            elapsed, peak = _run_once(command, env, cwd)
            if run:  # the first round only warms the file cache
                times[name].append(elapsed)
                rss[name].append(peak)

    source_name, frozen_name = variants
    source, frozen = statistics.median(times[source_name]), statistics.median(times[frozen_name])
    met = max(mib_disk, mib_contents) * 2**20 <= SIZE_GOAL_BYTES
    print(f"bundle: {mib_disk:.0f} MiB on disk ({mib_contents:.0f} MiB of files), {files} files"
          f" — goal ≤ {SIZE_GOAL_BYTES / 1e6:.0f} MB: {'met' if met else 'MISSED'}")
    print(f"start to first paint of the window, median of {args.runs} runs "
          f"({os.environ.get('QT_QPA_PLATFORM', 'offscreen')}):")
    print("| how | start to window (median) | fastest | peak RSS |")
    print("|---|---|---|---|")
    for name in variants:
        print(f"| {name} | {statistics.median(times[name]) * 1000:.0f} ms "
              f"| {min(times[name]) * 1000:.0f} ms | {statistics.median(rss[name]):.0f} MiB |")
    fastest = min(times[frozen_name]) / min(times[source_name])
    print(f"ratio frozen / source: {frozen / source:.2f}× (medians), {fastest:.2f}× (fastest)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
