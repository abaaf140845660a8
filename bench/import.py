"""Import throughput on generated pages: ``uv run python bench/import.py [--pages N]``.

Generates N varied pages (bench/pagegen.py; default 4,000, a year of a daily) once into
bench/out/, then times, in one run and interleaved round by round (so that a change in
the machine's load hits every mode alike):

* ``analysis``: reading, splitting and analysis (numbers, names with the model) of every
  page in one process, no library: what an import can at best reach on one core;
* ``jobs1``: ``xiangyue import FOLDER --jobs 1`` into a new library (no worker
  processes);
* ``jobs2``: ``xiangyue import FOLDER --jobs 2`` (two workers analyse, the command
  writes).

Each is a fresh process timed from start to exit, start-up and model loading included
(as a user waits for them), with its modules' bytecode cached as an installed app has it
(one untimed run of each mode on two pages fills the cache first). Reported: characters
of article text per second, the ratios the issue asks for (jobs2 / jobs1 ≥ 1.7; jobs1 /
analysis ≥ 0.85), and the peak memory of each run: the largest sum of resident memory over
the process and its workers, sampled every 0.1 s from /proc (Linux), as resident sizes
summed and as proportional set sizes summed (shared pages counted once; every 0.5 s), and
each process's own peak. The machine's load average is recorded around every run: on a
shared machine, read the ratios, and only those of one run.

CPU time is recorded too (the run's processes together, and each one's own), since a
busy machine stretches wall time however the work is split. From it, ``idle_2core_s``
projects the wall time on an otherwise idle 2-core machine: the larger of the busiest
process's CPU time and half of the total (two cores can do no better). The projected
ratios say what the code would reach there; the measured ones what it reached here.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
MODES = ("analysis", "jobs1", "jobs2")


def analyse_folder(folder: Path) -> None:
    """The ``analysis`` mode, in its own process: prints characters and seconds."""
    sys.path.insert(0, str(REPO))
    from desktop_app.page_analysis import PreparedPage, analyse_file

    started = time.perf_counter()
    chars = 0
    for path in sorted(folder.glob("*.txt")):
        outcome = analyse_file(path, frozenset())
        assert isinstance(outcome, PreparedPage), outcome
        chars += outcome.chars
    print(json.dumps({"chars": chars, "inner_seconds": time.perf_counter() - started}))


class MemorySampler:
    """Peak resident memory of a process tree, sampled from /proc."""

    def __init__(self, pid: int, interval: float = 0.1, pss_every: int = 5) -> None:
        self.pid, self.interval, self.pss_every = pid, interval, pss_every
        self.peak_total_kb = 0
        # Resident sizes summed count twice what forked workers share with their fork
        # server (jieba's tables, copy-on-write); the proportional set size (PSS) counts
        # each shared page once, split between its sharers: the tree's real footprint.
        # PSS is read less often: the kernel walks every page table of a process for it,
        # and the sampler shares the cores with the import it measures.
        self.peak_pss_kb = 0
        self.peak_each_kb: dict[int, int] = {}
        self.cpu_each_s: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        tick = 0
        while not self._stop.is_set():
            tree = _tree(self.pid)
            sizes = {pid: _proc_kb(pid, "status", "VmRSS:") for pid in tree}
            for pid in tree:
                self.cpu_each_s[pid] = max(self.cpu_each_s.get(pid, 0.0), _cpu_s(pid))
            self.peak_total_kb = max(self.peak_total_kb, sum(sizes.values()))
            if tick % self.pss_every == 0:
                pss = sum(_proc_kb(pid, "smaps_rollup", "Pss:") for pid in tree)
                self.peak_pss_kb = max(self.peak_pss_kb, pss)
            for pid, kb in sizes.items():
                self.peak_each_kb[pid] = max(self.peak_each_kb.get(pid, 0), kb)
            tick += 1
            self._stop.wait(self.interval)

    def stop(self) -> dict:
        self._stop.set()
        self._thread.join()
        each = sorted(self.peak_each_kb.values(), reverse=True)
        busy = sorted(self.cpu_each_s.values(), reverse=True)
        return {"peak_total_mib": round(self.peak_total_kb / 1024, 1),
                "peak_total_pss_mib": round(self.peak_pss_kb / 1024, 1),
                "peak_per_process_mib": [round(kb / 1024, 1) for kb in each if kb > 20_000],
                "cpu_per_process_s": [round(s, 1) for s in busy if s >= 0.5]}


def _tree(root: int) -> list[int]:
    """``root`` and its descendants, from each process's ``children`` lists (not a scan
    of every process on the machine)."""
    found, frontier = [root], [root]
    while frontier:
        children: list[int] = []
        for pid in frontier:
            try:
                tasks = list(Path(f"/proc/{pid}/task").iterdir())
            except OSError:
                continue
            for task in tasks:
                try:
                    children.extend(int(c) for c in (task / "children").read_text().split())
                except OSError:
                    continue
        found.extend(children)
        frontier = children
    return found


def _cpu_s(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_kb(pid: int, file: str, field: str) -> int:
    """A size in kB from ``/proc/PID/FILE`` (``VmRSS:`` of status, ``Pss:`` of
    smaps_rollup); 0 once the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def child_env() -> dict[str, str]:
    """The environment of a timed process: its modules' bytecode cached (under
    bench/out/, filled by :func:`warm_up`), as a user's installed app has it, whatever
    ``PYTHONDONTWRITEBYTECODE`` says on this machine: otherwise each run would also time
    compiling jieba's tables and every module the mode imports (2.5 s of a 30-page
    ``--jobs 1`` import here, more for the modes that import more)."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(OUT / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_up(folder: Path, modes: tuple[str, ...]) -> None:
    """One untimed run of each mode on two pages, to fill the bytecode cache."""
    with tempfile.TemporaryDirectory() as tmp:
        few = Path(tmp) / "pages"
        few.mkdir()
        for page in sorted(folder.glob("*.txt"))[:2]:
            (few / page.name).write_bytes(page.read_bytes())
        for mode in modes:
            run_mode(mode, few, Path(tmp))


def run_mode(mode: str, folder: Path, work: Path) -> dict:
    if mode == "analysis":
        argv = [sys.executable, __file__, "--analyse-only", str(folder)]
    else:
        argv = [sys.executable, "-m", "desktop_app", "--db", str(work / f"{mode}.sqlite3"),
                "import", str(folder), "--jobs", mode[-1], "--json"]
    load_before = os.getloadavg()[0]
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, env=child_env())
    sampler = MemorySampler(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    memory = sampler.stop()
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    busiest = max(memory["cpu_per_process_s"], default=cpu)
    idle = max(busiest, cpu / 2)
    if proc.returncode != 0:
        raise RuntimeError(f"{mode} failed ({proc.returncode}): {err[-2000:]}")
    data = json.loads(out)
    if mode != "analysis" and (data["errors"] or data["unchanged_pages"]):
        raise RuntimeError(f"{mode}: {data['errors'][:3]} {data['unchanged_pages']}")
    return {"mode": mode, "seconds": round(seconds, 2), "chars": data["chars"],
            "chars_per_s": round(data["chars"] / seconds), "cpu_s": round(cpu, 1),
            "idle_2core_s": round(idle, 1),
            "idle_2core_chars_per_s": round(data["chars"] / idle), **memory,
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--modes", default=",".join(MODES),
                        help="which of %(default)s to run (the ratios need all three)")
    parser.add_argument("--analyse-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.analyse_only:
        analyse_folder(args.analyse_only)
        return
    modes = tuple(m for m in MODES if m in args.modes.split(","))
    if not modes:
        parser.error(f"--modes: choose from {', '.join(MODES)}")
    sys.path.insert(0, str(REPO / "bench"))
    import pagegen

    folder = OUT / f"import-pages-{args.pages}"
    if not folder.is_dir():
        partial = folder.with_name(folder.name + ".partial")
        pagegen.write(partial, args.pages)
        partial.rename(folder)
    files = sorted(folder.glob("*.txt"))
    results: dict = {"pages": len(files), "cores": os.cpu_count(),
                     "page_chars": sum(len(p.read_text(encoding="utf-8")) for p in files),
                     "runs": []}
    warm_up(folder, modes)
    for number in range(args.rounds):
        order = modes if number % 2 == 0 else modes[::-1]
        for mode in order:
            with tempfile.TemporaryDirectory() as tmp:
                run = run_mode(mode, folder, Path(tmp))
            run["round"] = number
            results["runs"].append(run)
            print(json.dumps(run), file=sys.stderr)
    rates = {m: [r["chars_per_s"] for r in results["runs"] if r["mode"] == m] for m in modes}
    median = {m: statistics.median(v) for m, v in rates.items()}
    results["median_chars_per_s"] = median
    results["median_minutes"] = {
        m: round(statistics.median(r["seconds"] for r in results["runs"] if r["mode"] == m)
                 / 60, 1) for m in modes}
    results["peak_total_mib"] = {m: max(r["peak_total_mib"] for r in results["runs"]
                                        if r["mode"] == m) for m in modes}
    results["peak_total_pss_mib"] = {m: max(r["peak_total_pss_mib"] for r in results["runs"]
                                            if r["mode"] == m) for m in modes}
    if modes != MODES:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    results["ratio_jobs2_over_jobs1"] = round(median["jobs2"] / median["jobs1"], 3)
    results["ratio_jobs1_over_analysis"] = round(median["jobs1"] / median["analysis"], 3)
    projected = {m: statistics.median(r["idle_2core_chars_per_s"] for r in results["runs"]
                                      if r["mode"] == m) for m in MODES}
    results["projected_idle_2core_chars_per_s"] = projected
    results["projected_ratio_jobs2_over_jobs1"] = round(projected["jobs2"] / projected["jobs1"],
                                                        3)
    results["projected_ratio_jobs1_over_analysis"] = round(
        projected["jobs1"] / projected["analysis"], 3)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
