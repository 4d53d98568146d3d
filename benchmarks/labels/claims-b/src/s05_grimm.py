from lib import Q, story
F = "2014-federal-charges-filed-against-grimm-3352"
story(F, {
"2014-04-25-fox": [
 Q("two-year", 2, "year", "exact", "duration of the federal investigation of Grimm", None, "a two-year FBI investigation", g="inv"),
 Q("$250,000 to $300,000", [250000, 300000], "USD", "range", "contributions Grimm received from followers of rabbi Pinto", "2010 campaign"),
 Q("tens of thousands of dollars", [10000, 99000], "USD", "range", "illegal contributions Pinto's followers say they made", "2010 campaign"),
 Q("Three days", 3, "day", "exact", "time between Biton's guilty plea and the sealed complaint against the Houston woman", None),
 Q("at least $10,000", 10000, "USD", "at least", "illegal contributions funneled to Grimm's campaign by Diana Durand", None, g="durand"),
],
"2014-04-25-hpo": [
 Q("2006", 2006, "year", "exact", "year Grimm left the FBI", None, g="fbi2006"),
 Q("two years", 2, "year", "exact", "duration of the federal investigation of Grimm", None, "two years ago", g="inv"),
 Q("second-term", 2, "term", "exact", "Grimm's current term in Congress (ordinal)", None, g="term2"),
],
"2014-04-25-nyt": [
 Q("44", 44, "year", "exact", "Grimm's age", None, "Mr. Grimm, 44"),
 Q("2010", 2010, "year", "exact", "year Grimm was first elected to Congress", None, "first elected in 2010", g="y2010"),
 Q("2006", 2006, "year", "exact", "year Grimm left the FBI", None, g="fbi2006"),
 Q("second-term", 2, "term", "exact", "Grimm's current term in Congress (ordinal)", None, g="term2"),
 Q("more than two years", 2, "year", "more than", "duration of the federal investigation of Grimm", None, "began more than two years ago", g="inv"),
 Q("2010", 2010, "year", "exact", "year of Grimm's first congressional race", None, "his 2010 race", g="y2010"),
 Q("Two of his fund-raisers", 2, "people", "exact", "Grimm fund-raisers already charged", None),
 Q("more than $10,000", 10000, "USD", "more than", "illegal contributions funneled to Grimm's campaign by Diana Durand", None, g="durand"),
 Q("more than two years", 2, "year", "more than", "duration of the federal investigation of Grimm", None, "After more than two years", g="inv"),
 Q("2012", 2012, "year", "exact", "year Healthalicious was ordered to pay for lacking workers' comp insurance", None, "January 2012"),
 Q("$88,000", 88000, "USD", "exact", "penalty Healthalicious was ordered to pay", "2012-01"),
 Q("About a year", 1, "year", "about", "time before the 2012 order that deliverymen complained", None),
 Q("two former deliverymen", 2, "people", "exact", "former deliverymen who complained about Healthalicious pay", None),
 Q("40 hours", 40, "hour", "exact", "weekly hours beyond which the deliverymen were not paid", None),
]}, notes={
 "inv": "two-year / two years ago / more than two years: compatible",
 "durand": "'at least $10,000' vs 'more than $10,000': compatible",
 "fbi2006": "left the FBI in 2006",
 "term2": "second-term congressman",
 "y2010": "first race/election in 2010",
})
