"""Claims: quantities in articles, and where outlets agree or disagree on them.

- :func:`quantities_of` finds every quantity of an article (headline and body)
  with its value, unit, qualifier, what it measures and its time frame
  (:mod:`.quantities` holds the rules, :mod:`.measures` the context).
- :func:`compare` groups quantities of different outlets that measure the
  same thing: ``agree`` when their values are compatible within their
  qualifiers, ``disagree`` when they are not (:mod:`.pairs`).
- :func:`same_fact_groups` groups sentences of different outlets that report
  the same fact (:mod:`.facts`); the corroboration section and the themed
  excerpts use it to cite every outlet that reports what an excerpt says.
- :func:`corpus_claims` does all of it for a corpus, as ``briefing claims`` prints.
"""

from __future__ import annotations

from briefing.analysis.claims.facts import FactGroup, same_fact_groups
from briefing.analysis.claims.measures import Quantity, describe_value, quantities_of
from briefing.analysis.claims.pairs import Claims, Group, compare, corpus_claims

__all__ = ["Claims", "FactGroup", "Group", "Quantity", "compare", "corpus_claims", "describe_value",
           "quantities_of", "same_fact_groups"]
