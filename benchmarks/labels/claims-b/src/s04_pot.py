from lib import Q, story
F = "2014-nebraska-and-oklahoma-fight-colorado-s-recreational-marijuan-b764"
story(F, {
"2014-12-18-hpo": [
 Q("1970", 1970, "year", "exact", "year of the Controlled Substances Act", None),
 Q("2012", 2012, "year", "exact", "year Colorado voters approved Amendment 64", None, "in the state, in 2012", g="a64"),
 Q("2014", 2014, "year", "exact", "year Colorado's first retail marijuana shops opened", None, "New Years Day 2014"),
 Q("23 states", 23, "state", "exact", "states that have legalized medical marijuana", "2014-12", g="med23"),
 Q("Four states", 4, "state", "exact", "states that have legalized recreational marijuana", "2014-12"),
 Q("2005", 2005, "year", "exact", "year of the Gonzales v. Raich decision", None),
 Q("2017", 2017, "year", "exact", "year a new U.S. president takes office (Miron quote)", None, "January 2017"),
],
"2014-12-18-nyt": [
 Q("Two heartland states", 2, "state", "exact", "states suing Colorado over marijuana legalization", None, g="two"),
 Q("2012", 2012, "year", "exact", "year Colorado voters approved Amendment 64", None, "a 2012 voter-approved", g="a64"),
 Q("the two states", 2, "state", "exact", "states suing Colorado over marijuana legalization", None, "gratified that the two states", g="two"),
 Q("21 or older", 21, "year", "at least", "minimum age to buy recreational marijuana in Colorado", None, g="age21"),
],
"2014-12-19-fox": [
 Q("The two states", 2, "state", "exact", "states suing Colorado over marijuana legalization", None, g="two"),
 Q("2012", 2012, "year", "exact", "year Colorado voters approved Amendment 64", None, "by voters in 2012", g="a64"),
 Q("over 21", 21, "year", "more than", "minimum age to buy recreational marijuana in Colorado", None, "adults over 21", g="age21"),
 Q("millions", 2000000, "USD", "at least", "Colorado revenue from the sale of marijuana (Bruning quote)", None, "Colorado reaps millions"),
 Q("more than $60 million", 60000000, "USD", "more than", "Colorado revenue from marijuana taxes, licenses and fees", "2014"),
 Q("eight", 8, "priority", "exact", "federal marijuana enforcement priorities laid out by the Justice Department", "2013", "laid out eight federal"),
 Q("2,763 pounds", 2763, "pound", "exact", "annual average of Colorado marijuana seized on highways", "2005-2008"),
 Q("2005", 2005, "year", "exact", "start of the 2,763-pound averaging period", None, "between 2005 and 2008"),
 Q("2008", 2008, "year", "exact", "end of the 2,763-pound averaging period", None, "between 2005 and 2008"),
 Q("3,690 pounds", 3690, "pound", "exact", "annual average of Colorado marijuana seized on highways", "2009-2013"),
 Q("2009", 2009, "year", "exact", "start of the 3,690-pound averaging period", None, "from 2009 to 2013"),
 Q("2013", 2013, "year", "exact", "end of the 3,690-pound averaging period", None, "from 2009 to 2013"),
 Q("at least 40 different states", 40, "state", "at least", "states the seized Colorado marijuana was headed for", "2009-2013"),
 Q("23 states", 23, "state", "exact", "states that have legalized medical marijuana", "2014-12", g="med23"),
]}, notes={
 "a64": "Amendment 64 approved by Colorado voters in 2012",
 "two": "two states (Nebraska and Oklahoma) sued",
 "age21": "NYT '21 or older' vs Fox 'adults over 21': the idiom 'over 21' denotes the same legal threshold of 21; treated as agreeing despite the literal qualifier",
 "med23": "23 states with medical marijuana laws",
})
