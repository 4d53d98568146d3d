from lib import Q, story
F = "2017-donald-trump-considers-joe-lieberman-for-fbi-director-72fa"
story(F, {
"2017-05-18-fox": [
 Q("75", 75, "year", "exact", "Joe Lieberman's age", None, "Lieberman, 75", g="age"),
 Q("1989", 1989, "year", "exact", "year Lieberman entered the Senate", None, "Senate from 1989-2013", g="y1989"),
 Q("2013", 2013, "year", "exact", "year Lieberman left the Senate", None, "1989-2013"),
 Q("two-term", 2, "term", "exact", "Lieberman's terms as Connecticut attorney general", None),
 Q("1983", 1983, "year", "exact", "year Lieberman became Connecticut attorney general", None),
 Q("1989", 1989, "year", "exact", "year Lieberman resigned as attorney general on election to the Senate", None, "resignation in 1989", g="y1989"),
 Q("2000", 2000, "year", "exact", "year Lieberman was Al Gore's running mate", None, "Gore's 2000 ticket", g="vp2000"),
 Q("2006", 2006, "year", "exact", "year Lieberman lost the Democratic primary", None),
 Q("two years", 2, "year", "exact", "time between the 2006 primary loss and Lieberman's McCain endorsement", None, "two years later"),
 Q("2016", 2016, "year", "exact", "year of the presidential campaign in which Lieberman endorsed Clinton", None, "the 2016 presidential"),
 Q("100 votes", 100, "vote", "exact", "Senate votes Lieberman could get for confirmation (Cornyn)", None, g="v100"),
],
"2017-05-18-hpo": [
 Q("three other candidates", 3, "people", "exact", "other FBI director candidates Trump met on Wednesday", "2017-05-17"),
 Q("24 years", 24, "year", "exact", "Richard McFeely's service in the FBI", None),
 Q("2014", 2014, "year", "exact", "year McFeely retired from the FBI", None),
 Q("2000", 2000, "year", "exact", "year Lieberman was Al Gore's running mate", None, "the 2000 Democratic", g="vp2000"),
 Q("dozens of people", 24, "people", "at least", "people qualified who would get a unanimous Senate vote (Schatz)", None),
 Q("100 confirmation votes", 100, "vote", "exact", "Senate votes Lieberman could get for confirmation (Cornyn)", None, g="v100"),
],
"2017-05-18-nyt": [
 Q("24 hours", 24, "hour", "exact", "time left before Trump's self-imposed deadline for picking an FBI director", None),
 Q("75-year-old", 75, "year", "exact", "Joe Lieberman's age", None, g="age"),
 Q("nine-day", 9, "day", "exact", "length of Trump's upcoming foreign trip", None),
 Q("three terms", 3, "term", "exact", "Lieberman's Senate terms as a Democrat", None),
 Q("one", 1, "term", "exact", "Lieberman's Senate terms as an independent", None, "and one as an independent"),
 Q("1996", 1996, "year", "exact", "year McCabe joined the FBI", None),
 Q("2016", 2016, "year", "exact", "year McCabe was named deputy director", None, "deputy director in 2016"),
 Q("All three men", 3, "people", "exact", "internal candidates (Lee, McFeely, McCabe) under consideration", None),
 Q("2000", 2000, "year", "exact", "year Lieberman was Al Gore's running mate", None, "the 2000 presidential", g="vp2000"),
 Q("2008", 2008, "year", "exact", "year of McCain's presidential run endorsed by Lieberman", None, "his 2008 run"),
 Q("75", 75, "year", "exact", "Joe Lieberman's age", None, "His age, 75", g="age"),
 Q("10-year", 10, "year", "exact", "length of an FBI director's term", None),
 Q("two other judges", 2, "people", "exact", "judges also interviewed for FBI director", None),
]}, notes={
 "age": "Lieberman is 75",
 "y1989": "Lieberman entered the Senate in 1989",
 "vp2000": "2000 vice-presidential run",
 "v100": "Cornyn: Lieberman could get 100 votes",
})
