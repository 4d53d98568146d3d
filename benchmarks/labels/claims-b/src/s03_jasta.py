from lib import Q, story
F = "2016-senate-set-to-override-obama-s-veto-on-9-11-bill-1b96"
D = "2016-09-28"
story(F, {
"2016-09-28-hpo": [
 Q("two-thirds", 66.67, "percent", "exact", "share of the Senate needed to override a veto", None, "It takes two-thirds", g="twothirds"),
 Q("97", 97, "vote", "exact", "Senate votes to override Obama's JASTA veto", D, "97-1", g="s97"),
 Q("1", 1, "vote", "exact", "Senate votes to sustain Obama's JASTA veto", D, "97-1", g="s1"),
 Q("Two senators", 2, "people", "exact", "senators who did not vote on the override", D),
 Q("1976", 1976, "year", "exact", "year of the Foreign Sovereign Immunities Act", None, g="y1976"),
 Q("Fifteen", 15, "people", "exact", "9/11 hijackers who were Saudi citizens", None, "Fifteen of the 19", g="h15"),
 Q("19 hijackers", 19, "people", "exact", "9/11 hijackers in total", None, g="h19"),
 Q("hundreds of billions of dollars", [100000000000, 999000000000], "USD", "range", "American assets Saudi Arabia threatened to sell", None),
],
"2016-09-28-nyt": [
 Q("15th", 15, "year", "exact", "years since the 9/11 attacks (anniversary)", "2016-09-11", "the 15th anniversary", g="y15"),
 Q("1976", 1976, "year", "exact", "year of the Foreign Sovereign Immunities Act", None, g="y1976"),
],
"2016-09-29-fox": [
 Q("348", 348, "vote", "exact", "House votes to override Obama's JASTA veto", D, "348-77"),
 Q("77", 77, "vote", "exact", "House votes to sustain Obama's JASTA veto", D, "348-77"),
 Q("97", 97, "vote", "exact", "Senate votes to override Obama's JASTA veto", D, "97-1", g="s97"),
 Q("1", 1, "vote", "exact", "Senate votes to sustain Obama's JASTA veto", D, "97-1", g="s1"),
 Q("two-thirds", 66.67, "percent", "exact", "share of each chamber needed to override a veto", None, "a two-thirds majority", g="twothirds"),
 Q("just over a month", 1, "month", "more than", "time until the 2016 elections", None),
 Q("15 years", 15, "year", "exact", "years since the 9/11 attacks", None, "15 years after", g="y15"),
 Q("nearly 3,000 people", 3000, "people", "about", "people killed in the 9/11 attacks", "2001-09-11"),
 Q("nearly two full terms", 2, "term", "about", "Obama's time in office without a veto override", None),
 Q("2001", 2001, "year", "exact", "year of the 9/11 attacks", None, "the 2001 attacks"),
 Q("Fifteen", 15, "people", "exact", "9/11 hijackers who were Saudi citizens", None, "Fifteen of the 19", g="h15"),
 Q("19", 19, "people", "exact", "9/11 hijackers in total", None, "Fifteen of the 19", g="h19"),
]}, notes={
 "twothirds": "two-thirds supermajority needed to override",
 "s97": "Senate override vote 97-1",
 "s1": "Senate override vote 97-1 (Reid the lone no)",
 "y1976": "the immunity law dates from 1976",
 "h15": "15 of the 19 hijackers were Saudi",
 "h19": "19 hijackers",
 "y15": "15th anniversary / 15 years after the attacks",
})
