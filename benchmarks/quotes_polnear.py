"""Who said what, scored on PolNeAR's hand-annotated direct quotations, and on held-out BASIL labels.

    python benchmarks/quotes_polnear.py [--split train dev] [--baseline REV | --no-baseline]
                                        [--limit N] [--misses CATEGORY] [--json]

PolNeAR (Newell, Margolin and Ruths, LREC 2018; ``../shared/corpora/polnear``)
annotates attributions in 2016 election news with Source, Cue and Content
spans. A *direct quotation* here is an attribution whose Content holds words
between double quotation marks; those words are what the tool must find. Its
Source is *named* when it holds a person's name (the first run of capitalised
words that is not a title and is not followed by a lower-case noun: "Trump",
"Sen. Dianne Feinstein", "Clinton's spokesman Brian Fallon" → Fallon; not "the
Clinton campaign", "she", "the daily").

For each direct quotation:

* **found**: a quotation the tool extracted covers at least half of its quoted
  characters;
* for a named source, the tool's speaker is **right** when its surname is the
  source's and the first names (the fullest mention of that surname in the
  article, the nearest before the quotation) do not disagree; **wrong** when
  it names someone else (or a malformed name); **unattributed** when it names
  no one (a scare quote, or left unattributed).

The third set, ``basil``, is 399 quotations in 24 BASIL articles labelled by
reading before the tool ran on them (``benchmarks/labels/quotes-basil``),
scored the same way; no rule was written while looking at it.

The failure categories it can tell apart are printed with counts; ``--misses
CATEGORY`` lists the cases. ``--baseline REV`` (default: the previous release,
tag ``v0.1.0``) extracts with that revision's code in a git worktree, in a
child process, and scores it with the same scorer, side by side. Corpus
reading is each revision's own, so this is what a user of each release gets.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
DEFAULT_BASELINE = "4a7b043"  # the first release (v0.1.0), as a commit: tags may not travel with clones

_DOUBLE = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"
_TITLES = frozenset("""mr mrs ms miss dr sen senator rep representative gov governor president
vice secretary gen general judge justice mayor sheriff prof professor rev pope king queen prince
former chairman chairwoman speaker leader adm admiral col colonel lt capt sgt attorney the a an
candidate nominee democratic republican gop u.s. us house senate white""".split())
_PRONOUNS = frozenset("i me my we us our he him his she her they them their it its you your who "
                      "which that this these those one someone".split())
_PARTICLES = frozenset("de del da di van von der la le al al- bin ibn st. jr. jr sr. sr ii iii".split())
_NAME_TOKEN = re.compile(r"[A-Z][\w'’.\-]*$|[A-Z]\.$")


# --------------------------------------------------------------------------- gold


@dataclass
class Gold:
    path: str  # file name in the split's text folder
    quoted: list[tuple[int, int]]  # the words between double quotation marks
    source: str
    source_span: tuple[int, int] | None
    cue: str
    name: list[str] | None = None  # the source's name tokens, when it is a person's name
    full: list[str] | None = None  # the fullest mention of that surname in the article
    headline: bool = False

    @property
    def words(self) -> int:
        return 0  # filled by the scorer from the text


def _spans(field_: str) -> list[tuple[int, int]]:
    out = []
    for piece in field_.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return out


def _quoted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches between double quotation marks inside the content spans."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        marks = [i for i in range(a, b) if text[i] in _DOUBLE]
        # content that starts inside a quotation opened just before it (brat spans often
        # leave the opening mark out) or ends before the closing mark
        if marks and text[marks[0]] in "\u201d" and len(marks) % 2 == 1:
            marks.insert(0, a - 1)
        if len(marks) % 2 == 1 and b < len(text) and text[b:b + 2].strip()[:1] in _DOUBLE:
            marks.append(b)
        for i in range(0, len(marks) - 1, 2):
            s, e = marks[i] + 1, marks[i + 1]
            while s < e and text[s].isspace():
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",."):
                e -= 1
            if e > s and re.search(r"\w", text[s:e]):
                out.append((s, e))
    return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w'’.\-]+|[,()]", text)


def person_name(source: str) -> list[str] | None:
    """The name tokens of a source that names a person, else None."""
    toks = _tokens(source)
    if not toks or all(t.lower() in _PRONOUNS for t in toks if t not in ",()"):
        return None
    i = 0
    while i < len(toks):
        if not _NAME_TOKEN.match(toks[i]) or toks[i].lower().rstrip(".") in _TITLES:
            i += 1
            continue
        j = i
        while j < len(toks) and (_NAME_TOKEN.match(toks[j]) or toks[j].lower() in _PARTICLES):
            j += 1
        run = [t for t in toks[i:j] if t.lower().rstrip(".") not in _TITLES]
        after = toks[j] if j < len(toks) else None
        # "Sen. Tom Cole of Oklahoma", "George Zornick of The Nation": the name, then where from
        of_place = after in ("of", "from") and j + 1 < len(toks) and (
            _NAME_TOKEN.match(toks[j + 1]) or toks[j + 1].lower() == "the")
        if run and (after is None or after in ",(" or of_place) and not run[-1].endswith(("'s", "’s")):
            if run[-1].isupper() and len(run[-1]) > 1 and len(run) == 1:
                return None  # an acronym: an institution
            return run
        i = j + 1
    return None


def _surname(tokens: list[str]) -> str:
    words = [t for t in tokens if t.lower().rstrip(".") not in ("jr", "sr", "ii", "iii")]
    last = words[-1] if words else tokens[-1]
    return re.sub(r"['’]s$", "", last).casefold().strip(".")


_NOT_GIVEN = frozenset("""but and the a an in on at as if when while after before so then that
this it he she they we i of for from with by to or nor yet also just even more most meanwhile
however still now later today yesterday earlier instead indeed""".split())


def _fullest(text: str, surname: str, before: int, common: set[str]) -> list[str] | None:
    """The article's fuller form of ``surname``: given names (and initials) written
    right before it, the nearest before ``before``, else the most used."""
    pattern = re.compile(r"((?:[A-Z][\w'’\-]*[ \t]+|[A-Z]\.[ \t]+){1,3})" + re.escape(surname.title())
                         + r"\b")
    forms: dict[tuple[str, ...], list[int]] = {}
    for m in pattern.finditer(text):
        words = m.group(1).split()
        words = words[-2:] if len(words) > 2 else words
        if any(w.lower() in common for w in words):
            continue  # "Although Trump", "Washington Post Trump": words the split writes in lower case
        while words and (words[0].lower().rstrip(".") in _TITLES or words[0].lower() in _NOT_GIVEN):
            words = words[1:]
        if not words or any(w.lower() in _NOT_GIVEN or w.lower().rstrip(".") in _TITLES
                            for w in words):
            continue
        forms.setdefault(tuple(words), []).append(m.start())
    if not forms:
        return None

    def rank(form):
        places = forms[form]
        nearest = max((p for p in places if p < before), default=-1)
        return (nearest, len(places))

    best = max(forms, key=rank)
    return [*best, surname.title()]


BASIL_LABELS = ROOT / "benchmarks" / "labels" / "quotes-basil" / "labels.jsonl"
WORK = ROOT.parent  # label paths are relative to it ("shared/corpora/basil/…")


def _basil_name(path: str) -> str:
    """One flat file name per labelled BASIL article (story folder + file)."""
    folder, file = Path(path).parts[-2:]
    return f"{folder}__{file}"


def basil_files() -> dict[str, Path]:
    paths = {json.loads(line)["path"] for line in BASIL_LABELS.read_text(encoding="utf-8").splitlines()}
    return {_basil_name(p): WORK / p for p in sorted(paths)}


def load_basil() -> dict[str, list[Gold]]:
    """The held-out BASIL labels (benchmarks/labels/quotes-basil), as gold quotations:
    labelled by reading before the tool ran on them, never used to write a rule."""
    out: dict[str, list[Gold]] = {name: [] for name in basil_files()}
    for line in BASIL_LABELS.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        speaker = label["speaker"]
        g = Gold(_basil_name(label["path"]), [(label["start"], label["end"])], speaker or "",
                 None, label.get("cue") or "", headline=label["kind"] == "headline")
        g.name = person_name(speaker) if speaker and speaker[:1].isupper() else None
        g.full = g.name
        out[g.path].append(g)
    return out


def text_of(split: str, name: str) -> str:
    if split == "basil":
        return basil_files()[name].read_text(encoding="utf-8")
    return (CORPUS / split / "text" / name).read_text(encoding="utf-8")


def load_gold(split: str) -> dict[str, list[Gold]]:
    if split == "basil":
        return load_basil()
    root = CORPUS / split
    out: dict[str, list[Gold]] = {}
    common = {w for p in (root / "text").glob("*.txt")
              for w in re.findall(r"\b[a-z][a-z'’-]*\b", p.read_text(encoding="utf-8"))}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem + ".txt"
        text = (root / "text" / name).read_text(encoding="utf-8")
        spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
        events = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not re.match(r"[TE]\d+\t", line):
                continue  # the rest of a span's text that runs over a line break
            if line.startswith("T"):
                tid, info, _ = line.split("\t", 2)
                kind, _, where = info.partition(" ")
                spans[tid] = (kind, _spans(where))
            elif line.startswith("E"):
                events.append(dict(part.split(":") for part in line.split("\t")[1].split()))
        headline_end = text.find("\n")
        golds = []
        for event in events:
            content = spans.get(event.get("Content", ""))
            if content is None:
                continue
            quoted = _quoted(text, content[1])
            if not quoted:
                continue
            source = spans.get(event.get("Source", ""))
            cue = spans.get(event.get("Cue", ""))
            source_text = " ".join(text[a:b] for a, b in source[1]) if source else ""
            g = Gold(name, quoted, source_text, source[1][0] if source else None,
                     " ".join(text[a:b] for a, b in cue[1]) if cue else "",
                     headline=quoted[0][0] < headline_end)
            g.name = person_name(source_text) if source_text else None
            if g.name:  # a source that gives its own first name is its own fullest form
                g.full = g.name if len(g.name) > 1 else (
                    _fullest(text, _surname(g.name), quoted[0][0], common) or g.name)
            golds.append(g)
        out[name] = golds
    return out


# --------------------------------------------------------------------------- the tool


def extract(split: str, limit: int | None) -> dict:
    """Quotations found by the code on the import path, per file, as plain data."""
    from briefing.analysis.speakers import corpus_quotes
    from briefing.corpus import read_corpus

    if split == "basil":
        files = basil_files()
    else:
        folder = CORPUS / split / "text"
        files = {p.name: p for p in sorted(folder.glob("*.txt"))}
    names = list(files)[:limit] if limit else list(files)
    with tempfile.TemporaryDirectory() as tmp:
        # a folder of links: ids and offsets stay the files' (and BASIL's story folders flatten)
        for n in names:
            os.symlink(files[n], Path(tmp) / n)
        source = Path(tmp)
        started = time.perf_counter()
        corpus = read_corpus(source)
        read = time.perf_counter() - started
        started = time.perf_counter()
        found = corpus_quotes(corpus.articles)
        seconds = time.perf_counter() - started
    out: dict = {"seconds": seconds, "read_seconds": read, "files": {}}
    for article, q in found:
        speaker = q.speaker
        out["files"].setdefault(article.path, []).append({
            "parts": [list(p) for p in q.parts],
            "scare": bool(q.scare),
            "speaker": speaker.name if speaker else None,
            "members": list(getattr(speaker, "members", ()) or ()) if speaker else [],
            "cue": q.cue,
            "confidence": q.confidence,
            "reason": getattr(q, "reason", ""),
        })
    for article in corpus.articles:
        out["files"].setdefault(article.path, [])
    return out


def extract_at(rev: str, split: str, limit: int | None) -> dict:
    """The same extraction with the code of git revision ``rev``."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), rev],
                       check=True, capture_output=True)
        try:
            env = {**os.environ, "PYTHONPATH": str(tree)}
            args = [sys.executable, str(Path(__file__).resolve()), "--emit", split]
            if limit:
                args += ["--limit", str(limit)]
            done = subprocess.run(args, env=env, capture_output=True, text=True, check=True, cwd=tmp)
            return json.loads(done.stdout)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           capture_output=True)


# --------------------------------------------------------------------------- scoring

CATEGORIES = {
    "missed": "the quotation was not found",
    "scare": "found, but taken for a scare quote (1–3 words)",
    "unattributed-cue": "found, no speaker, and the cue's verb is not a speech cue the tool knows",
    "unattributed": "found, no speaker (other reasons)",
    "wrong-form": "the right person, but a badly formed name (lower-case words, tags, places)",
    "wrong-person": "someone else named",
    "headline": "a quotation in the headline",
}


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _matches(tool_name: str | None, members: list[str], gold: Gold) -> str:
    """"right", "form" (right person, malformed name) or "wrong"."""
    if not tool_name:
        return "none"
    candidates = [tool_name, *members]
    surname = _surname(gold.name)
    full_first = [t.casefold() for t in (gold.full or gold.name)[:-1]]
    for candidate in candidates:
        toks = _tokens(candidate)
        if not toks:
            continue
        names = [t for t in toks if _NAME_TOKEN.match(t) or t.lower() in _PARTICLES]
        if _surname(toks) == surname or (names and _surname(names) == surname):
            # the given names must not disagree: the initials of one side's are among
            # the other's ("Donald Trump" and "Donald J. Trump"; not Michelle and Barack)
            first = {t.casefold()[:1] for t in names[:-1] if t.lower().rstrip(".") not in _TITLES}
            full = {t[:1] for t in full_first}
            if first and full and not (first <= full or full <= first):
                continue
            clean = all(_NAME_TOKEN.match(t) or t.lower() in _PARTICLES for t in toks)
            return "right" if clean else "form"
        if surname in {t.casefold().strip(".") for t in toks}:
            return "form"
    return "wrong"


def score(gold: dict[str, list[Gold]], tool: dict, split: str, cue_words: frozenset[str]) -> dict:
    counts = Counter()
    cases: dict[str, list[str]] = {k: [] for k in CATEGORIES}
    for name, golds in gold.items():
        text = text_of(split, name)
        found = tool["files"].get(name)
        if found is None:
            continue
        for g in golds:
            counts["direct"] += 1
            total = sum(b - a for a, b in g.quoted)
            best, best_overlap = None, 0
            for q in found:
                overlap = sum(max(0, min(b, qb) - max(a, qa)) for a, b in g.quoted for qa, qb in q["parts"])
                if overlap > best_overlap:
                    best, best_overlap = q, overlap
            hit = best is not None and best_overlap * 2 >= total
            counts["found"] += hit
            if g.name is None:
                continue
            counts["named"] += 1
            where = f"{split}/{name}@{g.quoted[0][0]}: “{text[g.quoted[0][0]:g.quoted[0][1]][:60]}” — {g.source!r}"
            if not hit:
                counts["unattributed"] += 1
                cases["headline" if g.headline else "missed"].append(where)
                continue
            verdict = _matches(best["speaker"], best["members"], g)
            if verdict == "right":
                counts["right"] += 1
                continue
            got = f"{where} → {best['speaker']!r} ({best['reason'][:80]})"
            if verdict == "none":
                counts["unattributed"] += 1
                cue_head = (g.cue.split() or [""])[0].casefold()
                if g.headline:
                    cases["headline"].append(got)
                elif best["scare"]:
                    cases["scare"].append(got)
                elif cue_head and cue_head not in cue_words:
                    cases["unattributed-cue"].append(f"{got} cue {g.cue!r}")
                else:
                    cases["unattributed"].append(got)
            else:
                counts["wrong"] += 1
                cases["wrong-form" if verdict == "form" else "wrong-person"].append(got)
    return {"counts": dict(counts), "cases": cases, "seconds": tool.get("seconds", 0.0),
            "read_seconds": tool.get("read_seconds", 0.0)}


def _cue_words() -> frozenset[str]:
    try:
        from briefing.text.lexicon import lexicon

        lex = lexicon()
        return frozenset(w.casefold() for w in getattr(lex, "cue_starts", ()))
    except Exception:  # a revision without this lexicon: no cue diagnosis
        return frozenset()


def _row(label: str, result: dict) -> str:
    c = result["counts"]
    named = c.get("named", 0) or 1
    direct = c.get("direct", 0) or 1
    return (f"  {label:<14}{c.get('direct', 0):>7}{c.get('found', 0) / direct:>8.1%}"
            f"{c.get('named', 0):>7}{c.get('right', 0) / named:>8.1%}{c.get('wrong', 0) / named:>8.1%}"
            f"{c.get('unattributed', 0) / named:>8.1%}{result['seconds']:>9.1f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", nargs="+", default=["train", "dev", "basil"],
                        choices=["train", "dev", "basil"],
                        help="PolNeAR train (rules are written on it), dev (checked), basil (the "
                             "held-out labels of benchmarks/labels/quotes-basil)")
    parser.add_argument("--baseline", default=DEFAULT_BASELINE,
                        help="git revision to compare with (default: %(default)s)")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--limit", type=int, help="only the first N articles of each split")
    parser.add_argument("--misses", choices=list(CATEGORIES), help="list the cases of a category")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--emit", help=argparse.SUPPRESS)  # child process of --baseline
    args = parser.parse_args()
    if args.emit:
        sys.path.insert(0, os.environ.get("PYTHONPATH", ""))
        print(json.dumps(extract(args.emit, args.limit)))
        return
    sys.path.insert(0, str(ROOT))
    cue_words = _cue_words()
    report: dict = {}
    print("direct quotations in PolNeAR (found), and the speakers of those with a named source")
    print(f"  {'':<14}{'quotes':>7}{'found':>8}{'named':>7}{'right':>8}{'wrong':>8}{'none':>8}{'time':>10}")
    for split in args.split:
        gold = load_gold(split)
        if args.limit:
            gold = dict(list(gold.items())[:args.limit])
        ours = score(gold, extract(split, args.limit), split, cue_words)
        report[split] = {"this": ours}
        if not args.no_baseline:
            base = score(gold, extract_at(args.baseline, split, args.limit), split, cue_words)
            report[split]["baseline"] = base
            print(_row(f"{split} {args.baseline}", base))
        print(_row(f"{split} now", ours))
        cats = ", ".join(f"{k} {len(v)}" for k, v in ours["cases"].items() if v)
        print(f"  {'':<14}failures now: {cats or 'none'}")
    if args.misses:
        for split in args.split:
            for case in report[split]["this"]["cases"][args.misses]:
                print(f"  {case}")
    if args.json:
        print(json.dumps({s: {k: {"counts": v["counts"], "seconds": v["seconds"]}
                              for k, v in r.items()} for s, r in report.items()}, indent=2))


if __name__ == "__main__":
    main()
