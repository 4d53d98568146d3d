"""Derive the attribution vocabulary from annotated news: writes briefing/data/learned.yaml.

    python benchmarks/learn_lexicon.py [--polnear ../shared/corpora/polnear] [--check]

Reads PolNeAR's *train* split only (its dev split is kept to check that what is
learned generalises; its test split is not in this repository). From every
attribution's Cue span it takes the speech verb (the first word that is not an
auxiliary, an adverb or a time word), brings its forms to one base
(said → say, noted → note), and counts how often each form cues an
attribution and how often it occurs in the text at all: a form that is a cue
in under a third of its occurrences ("report", "post", "charge") is *weak*,
and the analysis takes it as a cue only right beside its speaker. Multi-word
cues seen several times ("pointed out", "shot back") are kept as phrases.
From Source spans it takes the lower-case role words written before or beside
a name ("strategist", "spokeswoman") and the capitalised titles before one
("Sen.", "Rep.", "Gov.").

``--check`` compares the learned file with what the corpus gives now and
exits 1 when they differ (the file must be regenerated, never edited).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from briefing.text.lexicon import WEAK_STRENGTH, verb_forms  # noqa: E402  (the lexicon's own rules)

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "polnear"
OUT = ROOT / "briefing" / "data" / "learned.yaml"

MIN_CUES = 2  # a verb must cue at least this many direct quotations in train
MIN_PHRASE = 3  # a multi-word cue must occur this often
MIN_ROLE = 3
WEAK_RATE = WEAK_STRENGTH  # below this share of its occurrences, a form is a cue only beside its speaker
MIN_RATE = 0.1  # below this, a form is too often something else to be a cue at all
MIN_STATEMENTS = 2  # a verb that cues whole quoted statements this often reports speech

_SKIP = frozenset("""has have had having was were is are be been being will would could can may might
should must did does do also later then previously again repeatedly reportedly further once
recently publicly privately just even still already often first finally initially ultimately
not never flatly openly bluntly quickly immediately yesterday today tonight last this on in at
it he she they we i who that which and but or so to as he's she's they've""".split())
_TIME = re.compile(r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|"
                   r"evening|night|week|month|year|\d+)$")
# Irregular English verb forms a news cue uses (grammar, not data of any corpus).
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write",
    "spoke": "speak", "spoken": "speak", "thought": "think", "read": "read", "reads": "read",
    "found": "find", "shot": "shoot", "went": "go", "gone": "go", "goes": "go", "made": "make",
    "put": "put", "felt": "feel", "heard": "hear", "knew": "know", "known": "know",
    "began": "begin", "begun": "begin", "swore": "swear", "sworn": "swear", "got": "get",
    "gave": "give", "given": "give", "took": "take", "taken": "take", "saw": "see", "seen": "see",
    "sent": "send", "brought": "bring", "taught": "teach", "quit": "quit", "set": "set",
    "sang": "sing", "sung": "sing", "drew": "draw", "drawn": "draw", "held": "hold",
    "kept": "keep", "meant": "mean", "led": "lead", "laid": "lay", "paid": "pay",
}


def _doubled(base: str) -> set[str]:
    """admit → admitted, admitting (a final consonant doubled)."""
    if len(base) >= 3 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        return {base + base[-1] + "ed", base + base[-1] + "ing"}
    return set()


def base_of(form: str, seen: set[str], vocabulary: Counter) -> str:
    """The base of a verb form. Among the bases it can be an inflection of, the one
    whose other forms cue most often (noted → note, not "not"), then one the text
    writes as a word, then the plainest (barked → bark, not "barke")."""
    if form in _IRREGULAR:
        return _IRREGULAR[form]
    candidates = {form}
    for cut in (1, 2, 3, 4):
        stem = form[:-cut]
        if len(stem) >= 2:
            candidates |= {stem, stem + "e", stem + "y"}
    best, best_score = form, None
    for base in candidates:
        forms = verb_forms(base) | _doubled(base)
        if form not in forms:
            continue
        spelled = not _NEEDS_E.search(base)
        score = (len(forms & seen), base != form and vocabulary[base] > 0, base != form, spelled,
                 -len(base))
        if best_score is None or score > best_score:
            best, best_score = base, score
    return best


def _inflected(base: str, vocabulary: Counter) -> bool:
    """The text writes some -ed or -ing form of ``base`` (or an irregular past):
    it is used as a verb, not only as a noun or a function word."""
    forms = (verb_forms(base) | _doubled(base)) - {base, base + "s", base + "es"}
    forms |= {f for f, b in _IRREGULAR.items() if b == base}
    return any(vocabulary[f] for f in forms)


_FUNCTION = _SKIP | frozenset("""the a an his her their its our my your this that these those all
both each every another other some any many most several few one two three from of for with
by under over into onto about against like than nor now only always also""".split())
_NEEDS_E = re.compile(r"(?:[^aeiou][cvuz]|[aeiou]s|nc|rg|dg)$")  # pronounc-e, mus-e, argu-e


def _spans(field: str) -> list[tuple[int, int]]:
    return [tuple(map(int, piece.split())) for piece in field.split(";")]


def _attributions(split: Path):
    """(text, cue words, source words, content is quoted) for every attribution."""
    for ann in sorted((split / "attributions").glob("*.ann")):
        text = (split / "text" / (ann.stem + ".txt")).read_text(encoding="utf-8")
        spans, events = {}, []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if not re.match(r"[TE]\d+\t", line):
                continue
            if line[0] == "T":
                tid, info, _ = line.split("\t", 2)
                kind, _, where = info.partition(" ")
                spans[tid] = _spans(where)
            else:
                events.append(dict(part.split(":") for part in line.split("\t")[1].split()))
        for event in events:
            cue = spans.get(event.get("Cue", ""))
            if not cue:
                continue
            content = spans.get(event.get("Content", ""), [])
            words = " ".join(text[a:b] for a, b in content)
            quoted = any(ch in "\"“”" for ch in words)
            # a whole statement in quotation marks, not a phrase of the writer's sentence
            full = quoted and words.lstrip()[:1] in "\"“" and len(words.split()) >= 4
            source = spans.get(event.get("Source", ""), [])
            yield (text, " ".join(text[a:b] for a, b in cue), " ".join(text[a:b] for a, b in source),
                   quoted, full)


def _head(cue: str) -> tuple[str | None, list[str]]:
    words = re.findall(r"[a-z][a-z'’-]*", cue.lower())
    rest = [w for w in words if w not in _SKIP and not _TIME.match(w)]
    return (rest[0] if rest else None), words


def learn(corpus: Path) -> dict:
    split = corpus / "train"
    forms_direct: Counter = Counter()
    forms_any: Counter = Counter()
    phrases: Counter = Counter()
    roles: Counter = Counter()
    titles: Counter = Counter()
    source_last: Counter = Counter()
    texts = {}
    forms_full: Counter = Counter()
    for text, cue, source, quoted, full in _attributions(split):
        texts[id(text)] = text
        head, words = _head(cue)
        if head is not None:
            forms_any[head] += 1
            if quoted:
                forms_direct[head] += 1
            if full:
                forms_full[head] += 1
            at = words.index(head)
            tail = [w for w in words[at:] if not _TIME.match(w)]
            if quoted and 2 <= len(tail) <= 4 and tail[-1] not in _SKIP:
                phrases[" ".join(tail)] += 1
        tokens = re.findall(r"[A-Za-z][\w'’.-]*", source)
        if tokens and tokens[-1].islower() and tokens[-1].isalpha():
            source_last[tokens[-1]] += 1  # "a campaign spokesman": the word that names the source
        for i, tok in enumerate(tokens):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok[0].isupper() and nxt[:1].isupper() and tok.endswith(".") and len(tok) <= 6:
                titles[tok] += 1
            if tok.islower() and tok.isalpha() and nxt[:1].isupper() and tok not in _SKIP \
                    and tok not in ("the", "a", "an", "of", "for", "with", "by", "from"):
                roles[tok] += 1
    seen = set(forms_any)
    vocabulary: Counter = Counter()  # every lower-case word of the train texts
    for text in texts.values():
        vocabulary.update(re.findall(r"[a-z]+", text.lower()))
    occurrences = vocabulary
    verbs: dict[str, dict] = {}
    for form, n in forms_direct.items():
        if not form.isalpha() or form in _FUNCTION:
            continue
        base = base_of(form, seen, vocabulary)
        if not _inflected(base, vocabulary):
            continue
        rate = forms_any[form] / max(occurrences[form], 1)
        if rate < MIN_RATE:
            continue
        entry = verbs.setdefault(base, {"forms": {}, "cues": 0, "statements": 0})
        entry["forms"][form] = round(min(rate, 1.0), 2)
        entry["cues"] += n
        entry["statements"] += forms_full[form]
    verbs = {b: e for b, e in verbs.items() if e["cues"] >= MIN_CUES and len(b) > 2 and e["forms"]}
    strong = {f for e in verbs.values() for f, rate in e["forms"].items() if rate >= WEAK_RATE}
    # a phrase adds what its first word alone does not: "pointed out", "shot back"
    verb_forms_known = {f for e in verbs.values() for f in e["forms"]}
    phrase_list = sorted(p for p, n in phrases.items() if n >= MIN_PHRASE and len(p.split()) >= 2
                         and p.split()[0] not in strong and p.split()[0] in verb_forms_known)
    # roles: a head can name a source on its own ("a campaign spokesman said"); a word
    # that only ever stands before a name qualifies it ("longtime", "former")
    role_words = [w for w, n in roles.items() if n >= MIN_ROLE and w not in _FUNCTION
                  and not w.endswith(("ed", "ing")) and len(w) > 2]
    heads = sorted(w for w in role_words if source_last[w] >= 2)
    modifiers = sorted(w for w in role_words if w not in heads)
    return {
        "given_names": _given_names(texts.values(), set(common_words(texts.values()))),
        "subject_verbs": subject_verbs(texts.values()),
        "ed_nouns": ed_nouns(texts.values()),
        "speech_verbs": {b: {"cues": e["cues"], "speech": e["statements"] >= MIN_STATEMENTS,
                             "forms": dict(sorted(e["forms"].items()))}
                         for b, e in sorted(verbs.items())},
        "cue_phrases": phrase_list,
        "role_heads": heads,
        "role_modifiers": modifiers,
        "titles": sorted(t for t, n in titles.items() if n >= MIN_ROLE and len(t) >= 3
                         and not re.fullmatch(r"(?:[A-Z]\.)+", t)),
    }


def _after_subject_and_determiner(texts) -> tuple[Counter, Counter]:
    after_subject: Counter = Counter()
    after_determiner: Counter = Counter()
    for text in texts:
        after_subject.update(m.group(1) for m in re.finditer(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I) ([a-z]+)\b", text))
        after_determiner.update(m.group(1) for m in re.finditer(
            r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat) ([a-z]+)\b", text))
    return after_subject, after_determiner


def subject_verbs(texts, min_count: int = MIN_ROLE) -> list[str]:
    """Words written right after a subject pronoun ("he went", "she added", "they
    also") at least ``min_count`` times, and at least as often as after a determiner
    ("the campaign", "his supporters"): verbs and adverbs, never the noun a name
    modifies. After a name they say the name is the subject ("Romney went after
    Trump"), not a modifier ("Romney supporters")."""
    after_subject, after_determiner = _after_subject_and_determiner(texts)
    return sorted(w for w, n in after_subject.items()
                  if n >= min_count and n >= after_determiner[w] and w not in _FUNCTION and len(w) > 1)


def ed_nouns(texts) -> list[str]:
    """Words ending in -ed that the texts write after a determiner twice or more and
    never with an -ing or -s form beside them ("the speed", "the creed",
    "bloodshed"): not past forms, so a name before one is not thereby a subject."""
    texts = list(texts)
    _, after_determiner = _after_subject_and_determiner(texts)
    vocabulary: Counter = Counter()
    for text in texts:
        vocabulary.update(re.findall(r"[a-z]+", text))

    def inflected(form: str) -> bool:  # another form of its verb is written: a past form
        base = base_of(form, set(), vocabulary)
        return any(vocabulary[f] for f in (verb_forms(base) | _doubled(base)) - {form, base + "ed"})

    return sorted(w for w, n in after_determiner.items()
                  if w.endswith("ed") and len(w) > 4 and n >= 2 and not inflected(w))


_PERSON = re.compile(r"\b([A-Z][a-z]{1,14}) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")


def _given_names(texts, common: set[str]) -> dict[str, list[str]]:
    """Given names and the gender the texts state for their bearers: in an article
    that writes "Hillary Clinton" and "Mrs. Clinton" (or "Ms.", "Mr."), Hillary is a
    woman's name. A name is kept when 2 or more articles say so and none says
    otherwise, and it is not a word the texts write in lower case. (Pronouns are
    not used: "he" after a name too often refers to someone else.)"""
    votes: dict[str, Counter] = {}
    for text in texts:
        honorific: dict[str, set[str]] = {}
        for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\. ([A-Z][a-z]+)", text):
            honorific.setdefault(m.group(2), set()).add("male" if m.group(1) == "Mr" else "female")
        firsts: dict[str, set[str]] = {}
        for m in _PERSON.finditer(text):
            firsts.setdefault(m.group(2), set()).add(m.group(1))
        for last, names in firsts.items():
            genders = honorific.get(last, set())
            # one bearer of the surname in the article ("Ivanka Trump" beside "Mr. Trump": no vote)
            if len(genders) == 1 and len(names) == 1:
                votes.setdefault(next(iter(names)), Counter())[next(iter(genders))] += 1
    lexicon = yaml.safe_load((ROOT / "briefing" / "data" / "lexicon.yaml").read_text(encoding="utf-8"))
    titles = {w.lower() for group in lexicon["roles"]["titles"].values() for w in group}
    titles |= {w.lower() for w in lexicon["roles"]["heads"]}
    out: dict[str, list[str]] = {"female": [], "male": []}
    for name, count in votes.items():
        if len(count) == 1 and sum(count.values()) >= 2 and name.lower() not in common \
                and name.lower() not in titles:  # "President Obama" is no given name
            out[next(iter(count))].append(name)
    return {g: sorted(v) for g, v in out.items()}


def common_words(texts, min_count: int = 3, share: float = 0.95) -> list[str]:
    """Words the texts write in lower case nearly always: "hours", "endorse", "will".
    Capitalised at the start of a sentence they are not names."""
    lower: Counter = Counter()
    upper: Counter = Counter()  # capitalised inside a sentence, where only names are
    for text in texts:
        for m in re.finditer(r"\b[A-Za-z][a-z]+\b", text):
            word = m.group()
            if word[0].islower():
                lower[word] += 1
            elif re.search(r"[a-z,;]\s+$", text[max(0, m.start() - 3):m.start()]):
                upper[word.lower()] += 1
    return sorted(w for w, n in lower.items()
                  if n >= min_count and n / (n + upper[w]) >= share)


HEADER = """\
# GENERATED by benchmarks/learn_lexicon.py from PolNeAR's train split (Newell, Margolin and
# Ruths, LREC 2018): do not edit by hand, run the script. briefing.text.lexicon merges it
# with the hand-written lexicon.yaml.
#
# speech_verbs: base -> how many direct quotations its forms cue in train; speech: it cues
#   whole quoted statements (2+ in train: "said", "tweeted"), not only phrases of the
#   writer's sentence ("agreed", "hopes"); and each form
#   with the share of its occurrences in the text that are cues (its strength: under 0.33 it
#   is weak, a cue only right beside its speaker; forms under 0.1 are left out).
# cue_phrases: multi-word cues seen at least 3 times whose first word is not a cue alone.
# role_heads / role_modifiers: lower-case words written right before a name in a Source span
#   ("strategist Rick Wilson", "longtime aide"), 3 times or more: heads also name a source on
#   their own ("a campaign spokesman said"), modifiers only qualify one.
# titles: capitalised abbreviations right before a name in a Source span ("Sen.").
# subject_verbs: lower-case words written after "he", "she", "they", "we" or "I" 3 times or
#   more and at least as often as after a determiner: a name they follow is a subject.
# ed_nouns: words in -ed written after a determiner twice or more, more often than after a
#   subject pronoun ("need", "speed"): any other word in -ed after a name makes it a subject.
# given_names: first names whose bearers two or more train articles call Mr./Mrs./Ms. (never both).
# common_words.txt (beside this file): words the texts nearly always write in lower case.
"""
COMMON = ROOT / "briefing" / "data" / "common_words.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--check", action="store_true", help="exit 1 if learned.yaml is stale")
    args = parser.parse_args()
    text = HEADER + yaml.safe_dump(learn(args.polnear), sort_keys=False, allow_unicode=True, width=100)
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.polnear / "train" / "text").glob("*.txt"))]
    common = ("# GENERATED by benchmarks/learn_lexicon.py from PolNeAR train: words written in lower "
              "case 95% of the time or more (3+ times)\n" + "\n".join(common_words(texts)) + "\n")
    if args.check:
        stale = not OUT.exists() or OUT.read_text(encoding="utf-8") != text or \
            not COMMON.exists() or COMMON.read_text(encoding="utf-8") != common
        print(f"{OUT}: {'stale: regenerate it' if stale else 'up to date'}")
        sys.exit(1 if stale else 0)
    OUT.write_text(text, encoding="utf-8")
    COMMON.write_text(common, encoding="utf-8")
    data = yaml.safe_load(text)
    print(f"wrote {OUT}: {len(data['speech_verbs'])} speech verbs, {len(data['cue_phrases'])} phrases, "
          f"{len(data['role_heads'])} role heads, {len(data['role_modifiers'])} modifiers, "
          f"{len(data['titles'])} titles, {sum(map(len, data['given_names'].values()))} given names; "
          f"{COMMON.name}: {common.count(chr(10)) - 1} words")


if __name__ == "__main__":
    main()
