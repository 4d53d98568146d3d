"""The one text layer: what every part of briefing knows about English news text.

* :mod:`.sentences` — sentence spans of a paragraph, exact offsets, bounded length;
* :mod:`.tokens` — word and punctuation tokens with offsets (quotations folded
  into one token for attribution; search terms are built from the same words);
* :mod:`.lexicon` — the one vocabulary: quotation marks, speech cues (curated in
  ``data/lexicon.yaml`` and learned from annotated news in ``data/learned.yaml``),
  roles, titles, institutions, pronouns, abbreviations (``data/sentences.yaml``);
* :mod:`.names` — whether a byline name is a person's or an organisation's.

The corpus layer splits sentences with it, quotation analysis reads the same
sentences and tokens, and ranking builds its terms from the same words, so no
two parts of the tool disagree on where a sentence ends or what a word is.
"""
