"""End-to-end build time against pandoc on the same brief.

    python benchmarks/build.py [--config config/brief.yaml] [--runs 5]

Times whole processes, cold (a new interpreter each run, as a user runs it):

* ``briefing build -f json -f md``  — assembly plus the light formats;
* ``briefing build`` with all formats (json, md, docx, pdf);
* ``pandoc brief.md -o brief.docx``  — pandoc converting our Markdown;
* ``pandoc brief.md -o brief.pdf --pdf-engine=weasyprint`` when weasyprint
  is installed;

and prints the median of each and the ratios briefing / pandoc.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time(cmd: list[str], runs: int, env: dict) -> float | None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            print(f"  failed: {' '.join(cmd)}\n  {result.stderr.strip()[:300]}")
            return None
        times.append(elapsed)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="config/brief.yaml")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, SOURCE_DATE_EPOCH="1445472000")
    briefing = shutil.which("briefing") or str(Path(sys.executable).with_name("briefing"))
    out = Path(tempfile.mkdtemp(prefix="briefing-build-bench-"))
    try:
        light = _time([briefing, "build", args.config, "-f", "json", "-f", "md", "--out", str(out)],
                      args.runs, env)
        full = _time([briefing, "build", args.config, "-f", "json", "-f", "md", "-f", "docx",
                      "-f", "pdf", "--out", str(out)], args.runs, env)
        print(f"briefing build json+md:        {light:.3f} s" if light else "briefing json+md: failed")
        print(f"briefing build all formats:    {full:.3f} s" if full else "briefing all: failed")
        md = next(out.glob("*.md"), None)
        pandoc = shutil.which("pandoc")
        if md is None or pandoc is None:
            print("pandoc: not installed (apt-get install pandoc)" if md else "no Markdown produced")
            return
        to_docx = _time([pandoc, str(md), "-o", str(out / "pandoc.docx")], args.runs, env)
        print(f"pandoc md -> docx:             {to_docx:.3f} s")
        if light and to_docx:
            print(f"ratio briefing json+md / pandoc docx: {light / to_docx:.2f}")
        if full and to_docx:
            print(f"ratio briefing all / pandoc docx:     {full / to_docx:.2f}")
        if shutil.which("weasyprint"):
            to_pdf = _time([pandoc, str(md), "-o", str(out / "pandoc.pdf"), "--pdf-engine=weasyprint"],
                           args.runs, env)
            if to_pdf:
                print(f"pandoc md -> pdf (weasyprint): {to_pdf:.3f} s")
                if full:
                    print(f"ratio briefing all / pandoc docx+pdf: {full / (to_docx + to_pdf):.2f}")
        else:
            print("pandoc pdf: weasyprint not installed (pip install weasyprint)")
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
