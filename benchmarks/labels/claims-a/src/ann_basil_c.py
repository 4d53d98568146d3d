# BASIL stories: AARP (2011), Blumenthal (2010), Senate GOP letter (2010).
# Tuple: (text, value, unit, qualifier, measures, when, anchor, cluster)
B = "shared/corpora/basil/"
AA = B + "2011-aarp-drops-its-opposition-to-social-security-cuts-5761/2011-06-17-"
BL = B + "2010-richard-blumenthal-lies-about-serving-in-vietnam-war-8547/"
RL = B + "2010-republicans-sign-letter-to-stop-legislature-until-tax-cut-is-ae24/2010-12-01-"

ANN = {
    # ---------------------------------------------------------------- AARP
    AA + "fox.txt": [
        ("$416 billion", 416e9, "USD", "exact", "deficit reduction from Hutchison's Social Security bill (her office)", "2011-2021"),
        ("the next decade", 10, "year", "exact", "period of the Hutchison bill's deficit reduction", "2011-2021"),
        ("69", 69, "year", "exact", "retirement age proposed in Hutchison's plan", None, "retirement age to 69"),
        ("16 years", 16, "year", "exact", "phase-in period for raising the retirement age in Hutchison's plan", None, "over 16 years"),
        ("1 percent", 1, "percent", "exact", "cut in yearly cost-of-living adjustments in Hutchison's plan", None, "by 1 percent"),
        ("58 and older", 58, "year", "at least", "age of workers unaffected by Hutchison's plan", None),
        ("75 years", 75, "year", "exact", "period Hutchison's plan would keep Social Security solvent (Hutchison)", None, "solvent for 75 years"),
        ("2036", 2036, "year", "exact", "year the Social Security trust fund will be exhausted (trustees)", "2036", "exhausted in 2036", "aa-2036:A"),
        ("23 percent", 23, "percent", "exact", "across-the-board benefit cut after the trust fund is exhausted (trustees)", "after 2036"),
    ],
    AA + "hpo.txt": [
        ("66 years old", 66, "year", "exact", "current age for full Social Security benefits", "2011"),
        ("37 million-member", 37e6, "people", "exact", "AARP membership", "2011"),
        ("2036", 2036, "year", "exact", "year the Social Security trust fund will be exhausted (trustees)", "2036", "exhausted in 2036", "aa-2036:A"),
        ("2036", 2036, "year", "exact", "year the Social Security trust fund will be exhausted (trustees)", "2036", "After 2036", "aa-2036:A"),
        ("77 percent", 77, "percent", "exact", "share of promised benefits payable after trust-fund exhaustion (trustees)", "after 2036"),
        ("2085", 2085, "year", "exact", "year of the trustees' 74-percent payable-benefits projection", "2085", "By 2085"),
        ("74 percent", 74, "percent", "exact", "share of promised benefits payable by 2085 (trustees)", "2085"),
        ("35 million seniors", 35e6, "people", "exact", "seniors receiving Social Security retirement benefits", "April 2011"),
        ("$1,179 a month", 1179, "USD", "exact", "average monthly Social Security retirement benefit", "April 2011"),
        ("1930s", [1930, 1939], "year", "range", "decade Social Security was created", "1930s"),
        ("13 million elderly Americans", 13e6, "people", "exact", "elderly Americans kept out of poverty by Social Security (CBPP estimate)", None),
        ("$2.6 trillion", 2.6e12, "USD", "exact", "size of the Social Security trust fund", "2011"),
        ("up to $106,800", 106800, "USD", "up to", "incomes subject to Social Security taxes (taxable earnings base)", "2011"),
        ("the next 75 years", 75, "year", "exact", "period the trust funds would stay solvent if all earnings were taxed (CRS report)", None,
         "remain solvent for the next 75 years"),
        ("300-member", 300, "organization", "exact", "member organizations of the Strengthen Social Security coalition", "2011"),
        ("the next 75 years", 75, "year", "exact", "solvency horizon in AARP's Social Security policy (Rand)", None,
         "trust fund for the next 75 years"),
    ],
    AA + "nyt.txt": [
        ("2036", 2036, "year", "exact", "year the Social Security trust funds will be exhausted (Social Security Administration)", "2036",
         "by 2036", "aa-2036:A"),
        ("$6.5 trillion", 6.5e12, "USD", "exact", "additional money needed to pay all scheduled Social Security benefits over 75 years", "75-year period"),
        ("75-year period", 75, "year", "exact", "projection period for Social Security's funding gap", None),
        ("two-thirds", 0.6667, "fraction", "exact", "share of the projected Social Security gap AARP members would fill with revenue", None),
        ("one-third", 0.3333, "fraction", "exact", "share of the projected Social Security gap AARP members would fill with benefit reductions", None),
    ],
    # ---------------------------------------------------------------- Blumenthal
    BL + "2010-05-17-nyt.txt": [
        ("at least five military deferments", 5, "deferment", "at least", "military deferments Blumenthal obtained", "1965-1970",
         None, "bl-deferments:A"),
        ("1965 to 1970", [1965, 1970], "year", "range", "period of Blumenthal's military deferments", "1965-1970", None, "bl-defer-years:A"),
        ("1970", 1970, "year", "exact", "year Blumenthal joined the Marine Reserve", "1970", "In 1970, with", "bl-1970:A"),
        ("2003", 2003, "year", "exact", "year of the Bridgeport rally", "2003", "In 2003, he"),
        ("about 100 military families", 100, "family", "about", "military families at the 2003 Bridgeport rally", "2003"),
        ("2008", 2008, "year", "exact", "year of the Shelton veterans ceremony", "2008", "At a 2008 ceremony"),
        ("64", 64, "year", "exact", "age of Richard Blumenthal", "2010-05-17", "Mr. Blumenthal, 64,"),
        ("at least eight newspaper articles", 8, "article", "at least", "Connecticut newspaper articles describing Blumenthal as having served in Vietnam", "2003-2009"),
        ("2003 to 2009", [2003, 2009], "year", "range", "period of the Connecticut articles describing Blumenthal as a Vietnam veteran", "2003-2009"),
        ("2000", 2000, "year", "exact", "year of Slate magazine's profile of Blumenthal", "2000", "Blumenthal in 2000"),
    ],
    BL + "2010-05-18-fox.txt": [
        ("six months", 6, "month", "exact", "Blumenthal's time at Parris Island (his campaign)", None, "six months on Paris Island", "bl-6months:A"),
        ("six years", 6, "year", "exact", "Blumenthal's service in the Marine reserves (his campaign)", None, "six years in the reserves", "bl-6years:A"),
        ("2008", 2008, "year", "exact", "year of the Norwalk event where Blumenthal said he served in Vietnam", "2008",
         "a 2008 event in Norfolk", "bl-2008:A"),
    ],
    BL + "2010-05-18-hpo.txt": [
        ("2008", 2008, "year", "exact", "year of the Norwalk event where Blumenthal said he served in Vietnam", "2008",
         "at a 2008 event", "bl-2008:A"),
        ("at least five military deferments", 5, "deferment", "at least", "military deferments Blumenthal obtained (quoting the NYT)", "1965-1970",
         None, "bl-deferments:A"),
        ("1965 to 1970", [1965, 1970], "year", "range", "period of Blumenthal's military deferments (quoting the NYT)", "1965-1970",
         None, "bl-defer-years:A"),
        ("2008", 2008, "year", "exact", "year of the Norwalk event where Blumenthal said he served in Vietnam", "2008",
         "the 2008 event in Norfolk", "bl-2008:A"),
        ("more than 2 months", 2, "month", "more than", "length of the McMahon campaign's opposition research (Rennie)", None),
        ("$16 million", 16e6, "USD", "exact", "money behind McMahon's opposition research operation (Rennie)", None),
        ("1970", 1970, "year", "exact", "year Blumenthal joined the Marine Corps Reserves", "1970", "Reserves in 1970", "bl-1970:A"),
        ("six months", 6, "month", "exact", "Blumenthal's time at Parris Island (Democrats' talking points)", None, "six months in Parris", "bl-6months:A"),
        ("six years", 6, "year", "exact", "Blumenthal's service in the Marine reserves (Democrats' talking points)", None, "six years in the reserves", "bl-6years:A"),
        ("twenty years", 20, "year", "exact", "period over which Blumenthal attended veterans events", "1990-2010", "past twenty years"),
        ("hundreds of vets events", [200, 999], "event", "range", "veterans events, debates and news conferences Blumenthal attended", "1990-2010"),
        ("hundreds", [200, 999], "occasion", "range", "occasions on which Blumenthal spoke about his service", None, "out of hundreds"),
    ],
    # ---------------------------------------------------------------- Senate GOP letter
    RL + "fox.txt": [
        ("42 members", 42, "people", "exact", "Senate Republicans who signed the letter to Reid", "2010-12-01", "all 42 members", "rl-42:A"),
        ("60 votes", 60, "vote", "exact", "votes Democrats need to move toward a vote (cloture)", None),
        ("beyond 99 weeks", 99, "week", "more than", "duration of the extended jobless benefits Democrats sought", "2010"),
        ("$4.5 billion", 4.5e9, "USD", "exact", "settlement payment to black farmers and American Indians approved by the lame-duck Congress", "2010"),
        ("one-month", 1, "month", "exact", "length of the 'doc fix' extension passed by Congress", "2010"),
        ("15 years ago", 15, "year", "exact", "time since the Medicare cuts blocked by the 'doc fix' were approved", "1995"),
    ],
    RL + "hpo.txt": [
        ("42 Senate Republicans", 42, "people", "exact", "Senate Republicans who signed the letter to Reid", "2010-12-01", None, "rl-42:A"),
        ("at least three measures", 3, "measure", "at least", "measures Reid plans to file cloture on this week", "week of 2010-12-01"),
    ],
    RL + "nyt.txt": [
        ("42 members", 42, "people", "exact", "Senate Republicans who signed the letter to Reid", "2010-12-01", "the 42 members", "rl-42:A"),
        ("above $250,000", 250000, "USD", "more than", "incomes Obama and Democrats would exclude from the Bush tax-cut extension", "2010"),
        ("at least $1 million", 1e6, "USD", "at least", "household incomes that would lose the tax cuts under the alternative ceiling proposed by some Democrats", "2010"),
        ("hundred of thousands of jobs", [200000, 999999], "job", "range", "jobs that extending unemployment insurance would create or save (Reid spokesman)", None),
        ("two years", 2, "year", "exact", "period over which Republicans pursued their obstruction strategy (Reid spokesman)", "2009-2010", "the last two years"),
    ],
}

NOTES = {
    "aa-2036": "All outlets date the exhaustion of the Social Security trust fund(s) to 2036 (2011 trustees report).",
    "bl-deferments": "HuffPost quotes the NYT report verbatim: at least five military deferments.",
    "bl-defer-years": "HuffPost quotes the NYT report verbatim: deferments from 1965 to 1970.",
    "bl-1970": "Both date Blumenthal's entry into the Marine (Corps) Reserve to 1970.",
    "bl-2008": "Same Norwalk event (Fox and HuffPost misname it Norfolk), dated 2008.",
    "bl-6months": "Same campaign account: six months at Parris Island.",
    "bl-6years": "Same campaign account: six years in the reserves.",
    "rl-42": "Same letter: signed by all 42 Senate Republicans.",
}
