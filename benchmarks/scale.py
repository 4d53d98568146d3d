"""Scale: index, brief and list corpora of 1,000 to 100,000 articles, with time and memory.

    python benchmarks/scale.py [--articles 1000,10000,100000] [--jobs N] [--keep DIR]
                               [--quick] [--without KIND,...] [--timeout SECONDS]
                               [--max-gb GB] [--seed 7]

For each size it makes a corpus with ``benchmarks/scale_corpus.py`` (real
paragraphs of ``../shared/corpora`` in new articles of several layouts, ~4.6 KB
each: 100,000 are ~460 MB) in a temporary folder, or in ``--keep DIR/articles-N``,
where a corpus made before is reset and reused. Then it runs each step as its
own process and prints its wall time and memory:

1. ``briefing index CORPUS --jobs N --quiet``, cold (``CORPUS/.briefing`` removed first);
2. the same again, nothing changed;
3. ``briefing build A.yaml -f json``: four themes (Clinton's emails, health care,
   immigration, polls) and a section of every kind (summary, excerpts per theme,
   timeline, quotes, corroboration, discrepancies, sources);
4. ``briefing build B.yaml -f json``: the same sections on four other themes
   (taxes, guns, same-sex marriage, Russia), the corpus unchanged
   (``--without KIND,...`` leaves section kinds out of both);
5. ``briefing sources CORPUS --json > /dev/null``;
6. the reference: ``build -f json`` of the released v0.1.0 (themes A, the section
   kinds it has; it reads only .txt and .md files) from a git worktree, at sizes
   up to 10,000 (not with --quick);
7. 1,000 new articles (``scale_corpus --add``): ``briefing index``, then build A;
8. 1,000 articles changed (``scale_corpus --touch``): ``briefing index``;
9. read + clean + segment in this process: ``read_corpus`` folder by folder over
   at least 20 MB (folders read again when the corpus is smaller), MB/s on one core.

Memory is given twice: *peak RSS*, the high-water mark of the largest process of
the step (/usr/bin/time's %M, or VmHWM from /proc), and *tree*, the most the
whole process tree held at once (the sum of its processes' PSS, sampled every
0.1 s: pool workers add up, pages they share are counted once). Linux only.

Each figure stands beside its target from issue 14 (100,000 articles on 2
cores: cold index ≤ 10 min, a brief with a new config ≤ 3 s, adding 1,000
articles ≤ 15 s, peak RSS ≤ 1 GB at every step, ingest ≥ 10 MB/s per core),
marked "ok" or "MISS" at every size. At the end: every step at every size in one
table, and cold index seconds per 1,000 articles at each size (indexing should
grow linearly). A step that fails prints its exit code and the last line of its
stderr, and the run goes on; without an ``index`` command its steps print "n/a
(no index command)". A step is killed when it runs longer than --timeout seconds
(default 1800) or its processes hold more than --max-gb (default: half the
machine's memory), so a build that does not scale cannot take the machine down.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from _common import ROOT  # the checkout first on sys.path, for read_corpus
import scale_corpus

BASELINE = "v0.1.0"
BASELINE_COMMIT = "4a7b043"  # v0.1.0, should the tag not have travelled with the clone
BASELINE_LARGEST = 10_000
INGEST_BYTES = 20_000_000
TIME = shutil.which("time", path="/usr/bin")
GB = 1024 * 1024  # in kB, the unit /proc and time(1) report
NO_INDEX = "n/a (no index command)"

# --------------------------------------------------------------------------- configs

THEMES_A = {
    "clinton-emails": {
        "title": "Clinton's private email server",
        "description": "The FBI investigation of Hillary Clinton's use of a private email server "
                       "while she was secretary of state.",
        "keywords": ["email", "emails", "private server", "FBI", "Comey", "classified",
                     "investigation", "State Department"],
    },
    "health-care": {
        "title": "Health care and Medicare",
        "description": "Obamacare, Medicare and what the candidates would do about health insurance.",
        "keywords": ["Obamacare", "Affordable Care Act", "Medicare", "health care", "insurance",
                     "premiums", "Medicaid"],
    },
    "immigration": {
        "title": "Immigration and the border wall",
        "description": "A wall on the border with Mexico, deportations and immigration reform.",
        "keywords": ["immigration", "immigrants", "border", "wall", "Mexico", "deportation",
                     "amnesty", "citizenship"],
    },
    "polls": {
        "title": "Polls and the state of the race",
        "description": "What the polls say about the candidates' standing with voters.",
        "keywords": ["poll", "polls", "survey", "voters", "lead", "percentage points", "margin",
                     "likely voters"],
    },
}
THEMES_B = {
    "taxes": {
        "title": "Taxes, spending and the deficit",
        "description": "Tax cuts, candidates' tax returns, the budget and the federal deficit.",
        "keywords": ["tax", "taxes", "tax cuts", "tax returns", "budget", "deficit", "spending", "IRS"],
    },
    "guns": {
        "title": "Guns and mass shootings",
        "description": "Gun laws and how politicians respond to mass shootings.",
        "keywords": ["gun", "guns", "shooting", "NRA", "background checks", "firearms",
                     "gun control", "victims"],
    },
    "marriage": {
        "title": "Same-sex marriage and religious freedom",
        "description": "Same-sex marriage, gay rights and religious-freedom laws.",
        "keywords": ["same-sex marriage", "gay", "marriage", "religious freedom", "LGBT",
                     "discrimination"],
    },
    "russia": {
        "title": "Russia, hacking and WikiLeaks",
        "description": "Russian hacking of the election, WikiLeaks' releases and relations with Putin.",
        "keywords": ["Russia", "Russian", "Putin", "WikiLeaks", "hacking", "hacked",
                     "intelligence", "sanctions"],
    },
}
SECTION_KINDS = ("summary", "excerpts", "timeline", "quotes", "corroboration", "discrepancies",
                 "sources")
BASELINE_KINDS = frozenset({"summary", "excerpts", "quotes", "sources"})  # what v0.1.0 has


def brief_config(name: str, corpus: Path, themes: dict, kinds: frozenset[str]) -> dict:
    """A config on ``themes`` with a section of each of ``kinds``: an excerpts section per theme."""
    ids = list(themes)
    sections = [{"kind": "summary", "title": "Key points", "max_items": 5}]
    sections += [{"kind": "excerpts", "title": t["title"], "themes": [i], "max_items": 8,
                  "order": "chronological" if n == 0 else "relevance"}
                 for n, (i, t) in enumerate(themes.items())]
    sections += [
        {"kind": "timeline", "title": "Chronology", "themes": ids, "max_items": 14},
        {"kind": "quotes", "title": "Who said what", "max_items": 16},
        {"kind": "corroboration", "title": "What several outlets report", "min_outlets": 2,
         "max_items": 6},
        {"kind": "discrepancies", "title": "Where sources disagree"},
        {"kind": "sources", "title": "Sources"},
    ]
    return {
        "version": 1,
        "brief": {"title": f"Scale benchmark, brief {name}", "date": "2018-12-31"},
        "corpus": {"path": str(corpus)},
        "themes": themes,
        "sections": [s for s in sections if s["kind"] in kinds],
        "output": {"dir": f"out-{name}", "basename": f"brief-{name}", "formats": ["json"]},
    }


def write_config(folder: Path, name: str, config: dict) -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- measuring a process


@dataclass(frozen=True)
class Limits:
    seconds: float  # a step still running is killed
    memory_kb: int  # a step whose processes hold more is killed: the machine stays usable


@dataclass(frozen=True)
class Run:
    seconds: float
    code: int | None  # None: killed
    peak_kb: int  # the largest high-water mark of one process of the tree
    tree_kb: int  # the most the tree held at once (sum of PSS, sampled)
    stderr: str  # its last line
    killed: str = ""  # why it was stopped

    @property
    def ok(self) -> bool:
        return self.code == 0


def _kb(path: str, field: str) -> int:
    """A "Field:   1234 kB" line of a /proc file; 0 when gone (a process that has just exited)."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    """A process's children, from each of its threads' ``children`` file."""
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            kids += map(int, Path(f"/proc/{pid}/task/{tid}/children").read_text().split())
    except OSError:
        pass  # it has just exited
    return kids


def _tree(root: int) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += _children(pid)
    return found


class TreeMemory:
    """Samples a process tree's memory in a thread until stopped; kills the tree
    (its process group) when it holds more than ``limit_kb``."""

    def __init__(self, root: int, include_root: bool, limit_kb: int, every: float = 0.2):
        self.peak_kb = 0
        self.tree_kb = 0
        self.over_limit = False
        self._root, self._include_root, self._limit, self._every = root, include_root, limit_kb, every
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            pids = _tree(self._root)
            if not self._include_root:  # /usr/bin/time: its own few MB are not the step's
                pids = pids[1:]
            total = 0
            for pid in pids:
                self.peak_kb = max(self.peak_kb, _kb(f"/proc/{pid}/status", "VmHWM:"))
                total += _kb(f"/proc/{pid}/smaps_rollup", "Pss:") or _kb(f"/proc/{pid}/status", "VmRSS:")
            self.tree_kb = max(self.tree_kb, total)
            if total > self._limit and not self.over_limit:
                self.over_limit = True
                _kill_group(self._root)
            if self._done.wait(self._every):
                return


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # it has ended meanwhile


def run(cmd: list[str], *, env: dict, limits: Limits, cwd: Path | None = None) -> Run:
    """Run ``cmd`` (stdout discarded), timing it and following its memory."""
    with tempfile.TemporaryDirectory(prefix="briefing-scale-run-") as tmp:
        timing, errors = Path(tmp, "time"), Path(tmp, "stderr")
        full = [TIME, "-f", "%e %M", "-o", str(timing), *cmd] if TIME else cmd
        with open(errors, "wb") as err:
            start = time.perf_counter()
            process = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=err, env=env,
                                       cwd=cwd, start_new_session=True)
            memory = TreeMemory(process.pid, TIME is None, limits.memory_kb)
            memory.start()
            killed = ""
            try:
                code = process.wait(timeout=limits.seconds)
            except subprocess.TimeoutExpired:
                _kill_group(process.pid)
                process.wait()
                killed = f"after {limits.seconds:g} s (--timeout)"
            seconds = time.perf_counter() - start
            memory.stop()
        if memory.over_limit:
            killed = f"at {limits.memory_kb / GB:g} GB (--max-gb)"
        peak = memory.peak_kb
        if TIME and not killed and timing.exists():
            fields = [line for line in timing.read_text().splitlines() if line.strip()][-1].split()
            peak = max(peak, int(fields[1]))
        lines = errors.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    return Run(seconds, None if killed else code, peak, memory.tree_kb,
               lines[-1].strip() if lines else "", killed)


# --------------------------------------------------------------------------- printing


@dataclass(frozen=True)
class Target:
    seconds: float | None = None  # at most this long
    text: str = ""


NONE = Target()


def _mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB" if kb else "?"


def _seconds(s: float) -> str:
    return f"{s:.2f} s" if s < 10 else f"{s:,.1f} s"


def _verdict(result: Run, target: Target) -> str:
    misses = []
    if target.seconds is not None and result.seconds > target.seconds:
        misses.append(f"> {target.seconds:g} s")
    if max(result.peak_kb, result.tree_kb) > GB:
        misses.append("> 1 GB")
    return "MISS " + ", ".join(misses) if misses else "ok"


class Report:
    """Prints each step as it ends and keeps a cell per step and size for the final table."""

    def __init__(self):
        self.cells: dict[str, dict[int, str]] = {}
        self.runs: dict[tuple[str, int], Run] = {}
        self.size = 0

    def line(self, label: str, figures: str, note: str = "") -> None:
        print(f"  {label:<38} {figures:<40} {note}".rstrip(), flush=True)

    def note(self, label: str, text: str, goal: str = "") -> None:
        self.cells.setdefault(label, {})[self.size] = text
        self.line(label, text, goal)

    def step(self, label: str, result: Run, target: Target = NONE) -> None:
        self.runs[label, self.size] = result
        if result.killed:
            figures = f"killed {result.killed}, {_mb(result.tree_kb)} at {_seconds(result.seconds)}"
        elif not result.ok:
            figures = f"failed: exit {result.code}: {result.stderr[:120]}"
        else:
            figures = f"{_seconds(result.seconds):>9}  {_mb(result.peak_kb):>8}  {_mb(result.tree_kb):>8}"
        verdict = _verdict(result, target) if result.ok else ""
        goal = f"[{target.text}] {verdict}" if target.text else verdict
        self.cells.setdefault(label, {})[self.size] = (
            f"{_seconds(result.seconds)}, {_mb(max(result.peak_kb, result.tree_kb))}"
            if result.ok else ("killed" if result.killed else f"exit {result.code}"))
        self.line(label, figures, goal)

    def table(self, sizes: list[int]) -> None:
        width = max(map(len, self.cells), default=10)
        print(f"\nall steps (time, larger of peak RSS and tree):\n  {'':<{width}}"
              + "".join(f"  {f'{n:,} articles':>22}" for n in sizes))
        for label, row in self.cells.items():
            print(f"  {label:<{width}}" + "".join(f"  {row.get(n, ''):>22}" for n in sizes))


# --------------------------------------------------------------------------- the steps


@contextmanager
def baseline_worktree(enabled: bool):
    """A git worktree of the released version, removed on leaving; None when not wanted."""
    if not enabled:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="briefing-scale-v010-"))
    tag = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--verify", "-q", f"{BASELINE}^{{commit}}"],
                         capture_output=True, text=True)
    rev = BASELINE if tag.returncode == 0 else BASELINE_COMMIT
    made = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder / "src"), rev],
                          capture_output=True, text=True)
    if made.returncode != 0:
        print(f"{BASELINE} reference: n/a (git worktree: {made.stderr.strip().splitlines()[-1]})")
        shutil.rmtree(folder, ignore_errors=True)
        yield None
        return
    try:
        yield folder / "src"
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder / "src")],
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def ingest_rate(corpus: Path) -> tuple[float, str]:
    """MB/s of read + clean + segment in this process, folder by folder, over at least 20 MB."""
    from briefing.corpus import read_corpus

    folders = sorted(p for p in corpus.iterdir() if p.is_dir() and not p.name.startswith("."))
    sizes = {f: sum(p.stat().st_size for p in f.iterdir()) for f in folders}
    read = articles = 0
    seconds = 0.0
    while read < INGEST_BYTES:
        for folder in folders:
            start = time.perf_counter()
            articles += len(read_corpus(folder).articles)
            seconds += time.perf_counter() - start
            read += sizes[folder]
            if read >= INGEST_BYTES:
                break
    mb = read / 1e6
    return mb / seconds, f"{mb / seconds:.1f} MB/s ({mb:.1f} MB, {articles:,} articles, {seconds:.1f} s)"


@dataclass(frozen=True)
class Setup:
    briefing: str
    env: dict
    jobs: int
    limits: Limits
    seed: int
    kinds: frozenset[str]  # section kinds of the configs


def measure_size(n: int, corpus: Path, work: Path, setup: Setup, baseline: Path | None,
                 report: Report) -> None:
    def cli(*args: str) -> Run:
        return run([setup.briefing, *args], env=setup.env, limits=setup.limits)

    made = scale_corpus.make(corpus, n, setup.seed, setup.jobs)
    report.line("corpus", f"{n:,} articles in {corpus}", f"(written now: {scale_corpus.describe(made)})")
    print(f"  {'step':<38} {'time':>9}  {'peak RSS':>8}  {'tree':>8}", flush=True)
    config_a = write_config(work, "a", brief_config("A", corpus, THEMES_A, setup.kinds))
    config_b = write_config(work, "b", brief_config("B", corpus, THEMES_B, setup.kinds))

    has_index = True

    def index(label: str, target: Target = NONE) -> None:
        nonlocal has_index
        result = cli("index", str(corpus), "--jobs", str(setup.jobs), "--quiet") if has_index else None
        if result is None or result.code == 2 and "No such command" in result.stderr:
            has_index = False
            report.note(label, NO_INDEX)
        else:
            report.step(label, result, target)

    shutil.rmtree(corpus / ".briefing", ignore_errors=True)
    index("index, cold", Target(600, "≤ 10 min at 100k"))
    index("index, nothing changed")
    new_config = Target(3, "new config ≤ 3 s")
    report.step("build -f json, themes A", cli("build", str(config_a), "-f", "json"), new_config)
    report.step("build -f json, themes B", cli("build", str(config_b), "-f", "json"), new_config)
    report.step("sources --json > /dev/null", cli("sources", str(corpus), "--json"))
    if baseline is not None and n <= BASELINE_LARGEST:
        old = write_config(work, "v010", brief_config("v010", corpus, THEMES_A,
                                                       BASELINE_KINDS & setup.kinds))
        env = dict(setup.env, PYTHONPATH=str(baseline))
        result = run([sys.executable, "-m", "briefing.cli", "build", str(old), "-f", "json"],
                     env=env, limits=setup.limits, cwd=baseline)
        report.step(f"{BASELINE} build -f json, themes A", result, Target(text="reference"))

    added = scale_corpus.add(corpus, 1000, setup.jobs)
    report.line("(1,000 articles added)", f"{_seconds(added.seconds):>9}")
    index("index after adding 1,000", Target(15, "≤ 15 s"))
    report.step("build -f json after adding, themes A", cli("build", str(config_a), "-f", "json"))
    touched = scale_corpus.touch(corpus, 1000, setup.jobs)
    report.line("(1,000 articles changed)", f"{_seconds(touched.seconds):>9}")
    index("index after changing 1,000")

    try:
        rate, text = ingest_rate(corpus)
    except Exception as exc:  # the reading API is being reworked: say so, keep the other figures
        rate, text = 0.0, f"n/a ({type(exc).__name__}: {exc})"
    report.note("read+clean+segment, one core", text,
                f"[≥ 10 MB/s per core] {'ok' if rate >= 10 else 'MISS' if rate else ''}".rstrip())


def linear_growth(report: Report, sizes: list[int]) -> None:
    runs = [(n, report.runs.get(("index, cold", n))) for n in sizes]
    shown = [f"{n:,}: {r.seconds / n * 1000:.2f} s" for n, r in runs if r is not None and r.ok]
    print("\ncold index, seconds per 1,000 articles (equal at every size when it grows linearly): "
          + ("; ".join(shown) or "n/a"))


def _memory_kb() -> int:
    return _kb("/proc/meminfo", "MemTotal:") or 8 * GB


def _revision() -> str:
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                          capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "briefing"],
                           capture_output=True, text=True).stdout.strip()
    return f"{head or '?'}{' + uncommitted changes in briefing/' if dirty else ''}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="1000,10000,100000",
                        help="corpus sizes, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="--jobs for briefing index (default: all cores)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="make the corpora in DIR/articles-N and keep them (reused next time)")
    parser.add_argument("--quick", action="store_true", help=f"skip the {BASELINE} reference")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before a step is killed")
    parser.add_argument("--max-gb", type=float, default=_memory_kb() / 2 / GB,
                        help="memory (GB) at which a step is killed (default: half the machine's)")
    parser.add_argument("--without", default="", metavar="KIND,...",
                        help="section kinds left out of the configs, e.g. corroboration,discrepancies "
                             f"(default: none of {', '.join(SECTION_KINDS)})")
    parser.add_argument("--seed", type=int, default=scale_corpus.DEFAULT_SEED)
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.articles.split(",") if s.strip()]
    without = {k.strip() for k in args.without.split(",") if k.strip()}
    if without - set(SECTION_KINDS):
        parser.error(f"--without: unknown kind {sorted(without - set(SECTION_KINDS))[0]!r} "
                     f"(choose from {', '.join(SECTION_KINDS)})")

    briefing = shutil.which("briefing", path=str(Path(sys.executable).parent)) or shutil.which("briefing")
    if briefing is None:
        sys.exit("no briefing command: install the checkout (pip install -e .) in this Python's venv")
    setup = Setup(briefing, dict(os.environ, SOURCE_DATE_EPOCH="1546214400"), args.jobs,
                  Limits(args.timeout, int(args.max_gb * GB)), args.seed,
                  frozenset(SECTION_KINDS) - without)
    print(f"briefing {_revision()} · {os.cpu_count()} cores, index --jobs {args.jobs} · "
          f"Python {platform.python_version()} · memory via {'/usr/bin/time and ' if TIME else ''}/proc")
    print(f"configs: sections {', '.join(k for k in SECTION_KINDS if k in setup.kinds)}")
    print("targets (issue 14, 100,000 articles on 2 cores): cold index ≤ 10 min · brief with a new "
          "config ≤ 3 s · adding 1,000 ≤ 15 s · peak RSS ≤ 1 GB every step · ingest ≥ 10 MB/s per core")
    report = Report()
    with baseline_worktree(not args.quick and min(sizes) <= BASELINE_LARGEST) as baseline:
        for n in sizes:
            print(f"\n== {n:,} articles ==", flush=True)
            report.size = n
            scratch = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
            corpus = args.keep / f"articles-{n}" if args.keep else scratch / "corpus"
            try:
                measure_size(n, corpus, scratch, setup, baseline, report)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
    report.table(sizes)
    linear_growth(report, sizes)


if __name__ == "__main__":
    main()
