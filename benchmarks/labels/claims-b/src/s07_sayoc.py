from lib import Q, story
F = "2018-cesar-sayoc-arrested-for-sending-pipe-bombs-to-trump-critics-1f99"
W = "2018-10-22/2018-10-26"
story(F, {
"2018-10-26-fox": [
 Q("in his 50s", [50, 59], "year", "range", "age of the arrested suspect (Cesar Sayoc)", None, g="age"),
 Q("less than 10 miles", 10, "mile", "less than", "distance from the Opa-locka postal facility to Aventura", None),
 Q("six stamps", 6, "stamp", "exact", "stamps on each package", None),
 Q("24 teams", 24, "team", "exact", "FBI teams hunting for the culprit", None),
 Q("about two weeks", 2, "week", "about", "time between the mailing of the packages and the midterm elections", None),
 Q("1996", 1996, "year", "exact", "year Fitzgerald helped catch the Unabomber", None),
 Q("3 people", 3, "people", "exact", "people killed by the Unabomber", "1978-1995"),
 Q("23", 23, "people", "exact", "people injured by the Unabomber", "1978-1995", "injured 23"),
 Q("1978", 1978, "year", "exact", "start of the Unabomber's bombing campaign", None),
 Q("1995", 1995, "year", "exact", "end of the Unabomber's bombing campaign", None),
],
"2018-10-26-hpo": [
 Q("at least a dozen packages", 12, "package", "at least", "packages containing likely pipe bombs mailed to Trump critics", W, g="pk"),
 Q("56", 56, "year", "exact", "Cesar Sayoc's age", None, "Sayoc, 56", g="age"),
 Q("five federal crimes", 5, "crime", "exact", "federal crimes Sayoc was charged with", "2018-10-26"),
 Q("up to 48 years", 48, "year", "up to", "maximum prison term Sayoc faces", None),
 Q("2016", 2016, "year", "exact", "year Hillary Clinton ran against Trump", None, "Trump’s 2016 presidential"),
 Q("two additional packages", 2, "package", "exact", "packages discovered Friday morning (Booker and Clapper)", "2018-10-26", g="two"),
 Q("more than 10 packages", 10, "package", "more than", "packages containing likely pipe bombs mailed to Trump critics", W, g="pk"),
 Q("three semesters", 3, "semester", "exact", "semesters Sayoc attended Brevard College", "1980"),
 Q("1980", 1980, "year", "exact", "year Sayoc started at Brevard College", None),
 Q("roughly 6 inches", 6, "inch", "about", "length of PVC pipe in each device", None),
],
"2018-10-26-nyt": [
 Q("56", 56, "year", "exact", "Cesar Sayoc's age", None, "Jr., 56", g="age"),
 Q("1991", 1991, "year", "exact", "year Sayoc's Florida criminal history begins", None),
 Q("2015", 2015, "year", "exact", "year of Sayoc's last arrest", None),
 Q("5-foot-11", 71, "inch", "exact", "Sayoc's recorded height", "2015"),
 Q("215 pounds", 215, "pound", "exact", "Sayoc's recorded weight", "2015"),
 Q("2012", 2012, "year", "exact", "year of Sayoc's bankruptcy petition", None),
 Q("two more", 2, "package", "exact", "packages discovered Friday morning (Booker and Clapper)", "2018-10-26", "found two more", g="two"),
 Q("five of the bombs", 5, "bomb", "exact", "bombs under the Manhattan U.S. attorney's jurisdiction", None),
 Q("12 crude explosive devices", 12, "package", "exact", "packages containing likely pipe bombs mailed to Trump critics", W, g="pk"),
]}, notes={
 "age": "Sayoc is 56 (Fox: 'in his 50s')",
 "pk": "12 devices vs 'at least a dozen' vs 'more than 10': compatible",
 "two": "two more packages found Friday (Booker, Clapper)",
})
