# Seeds: five articles on US-Russia air-safety talks over Syria (Sept-Oct 2015).
# Tuple: (text, value, unit, qualifier, measures, when, anchor, cluster)
S = "main/seeds/"
TRT = S + "2015-09-18-trt-world-us-russia-set-to-open-military-dialogue-on-syria.txt"
VOA14 = S + "2015-10-14-voa-us-russia-note-progress-in-syria-air-safety-talks.txt"
NYM = S + "2015-10-20-new-york-magazine-us-and-russia-agree-to-keep-it-professional-in-syria.txt"
INT = S + "2015-10-21-the-interpreter-putin-in-syria-bashar-in-moscow.txt"
VOA21 = S + "2015-10-21-voa-assad-visits-putin-in-moscow-to-discuss-syria-campaign.txt"

ANN = {
    TRT: [
        ("four-and-a-half-year-old", 4.5, "year", "exact", "age of the Syrian civil war", "2015-09-18"),
        ("50-minute", 50, "minute", "exact", "length of the Carter-Shoigu telephone conversation", "2015-09-18"),
        ("some 250,000 people", 250000, "people", "about", "people killed in the Syrian civil war (UN figures)", None,
         None, "seeds-war-dead:A"),
        ("an estimated 7.6 million people", 7600000, "people", "about", "people internally displaced in Syria (UN figures)", None),
        ("5.4 million people", 5400000, "people", "exact", "people who have fled Syria to neighbouring countries and Europe (UN figures)", None),
        ("four tactical fighter jets", 4, "jet", "exact", "Russian tactical fighter jets to be sent to Syria (US officials)", "2015-09-18"),
        ("up to 500 Russian naval infantry", 500, "people", "up to", "Russian naval infantry sent to the base in Latakia (US estimates)", None),
        ("20 combat troops", 20, "people", "exact", "Russian combat troops from the Eastern military district being sent to a 'hot country'", None),
    ],
    VOA14: [
        ("at least 40 more bombing rounds", 40, "bombing run", "at least", "Russian bombing runs on Islamic State targets in Syria in one day", "2015-10-14"),
        ("two to three kilometers", [2, 3], "km", "range", "closest distance between a Russian jet and a U.S. warplane over Aleppo province (Russian Defense Ministry)", "the week before 2015-10-14",
         None, "seeds-closest-approach:A"),
        ("two senior regional officials", 2, "people", "exact", "regional officials quoted by Reuters on the Aleppo offensive", "2015-10-13"),
        ("thousands of Iranians", [2000, 9999], "people", "range", "Iranians mobilized for the Aleppo offensive", None),
        ("Two prominent U.S. senators", 2, "people", "exact", "U.S. senators criticizing Obama's Syria policy (McCain, Graham)", None),
        ("Two rockets", 2, "rocket", "exact", "rockets that struck the Russian embassy compound in Damascus", "2015-10-13"),
        ("hundreds of people", [200, 999], "people", "range", "people rallying outside the Russian embassy in Damascus", "2015-10-13"),
    ],
    NYM: [
        ("as little as ten miles", 10, "mile", "exact", "closest distance between U.S. and Russian aircraft over Syria (U.S. statement)", "the week before 2015-10-20",
         None, "seeds-closest-approach:B"),
        ("four fighters", 4, "people", "exact", "opposition fighters killed with a commander by Russian strikes in Latakia province", "2015-10-19"),
        ("45", 45, "people", "exact", "death toll of Russian strikes in Latakia province", "2015-10-19",
         "death toll at 45", "seeds-latakia-toll:A"),
        ("at least 15 civilians", 15, "people", "at least", "civilians among the dead of Russian strikes in Latakia province", "2015-10-19"),
    ],
    INT: [
        ("Thousands More Refugees", [2000, 9999], "people", "range", "additional refugees driven to Turkey by the Assad ground offensive (headline)", None),
        ("over 11 of the regime\u2019s armored vehicles", 11, "vehicle", "more than", "regime armored vehicles targeted with TOW missiles by U.S.-backed rebels in Aleppo (ISW)", "since 2015-10-16"),
        ("two weeks", 2, "week", "exact", "period over which TOW missiles slowed regime advances (ISW)", "the two weeks to 2015-10-20",
         "throughout the past two weeks"),
        ("50,000 refugees", 50000, "people", "exact", "refugees who have left Aleppo for the Turkish border (Turkish officials, via VOA)", None),
        ("$700 per person", 700, "USD", "exact", "going rate per person to bribe Turkish border-gate guards", None),
        ("$50 to $100 per person", [50, 100], "USD", "range", "fee per person paid to smugglers to cross into Turkey", None),
        ("about 50,000 people", 50000, "people", "about", "people who have left Aleppo for Turkey (Syria Turkmen Council estimate)", None),
        ("four days", 4, "day", "exact", "period in which government forces took villages south of Aleppo", "the four days to about 2015-10-21",
         "Over the last four days"),
        ("at least three villages", 3, "village", "at least", "villages taken by government forces south of Aleppo", "the four days to about 2015-10-21"),
        ("tens of thousands of people", [20000, 99999], "people", "range", "people reported to have fled the area south of Aleppo", None),
        ("20 kilometers", 20, "km", "exact", "distance from Kweires airbase to the closest district of eastern Aleppo", None),
        ("thousands of people", [2000, 9999], "people", "range", "people deciding to flee Syria amid the Aleppo fighting", None,
         "Still, between ISIS and Assad advancing on the ground and with Russia and Assad bombing from the air, thousands of people"),
        ("83 objects of infrastructure", 83, "target", "exact", "Islamic State infrastructure objects destroyed (Russian MoD claim)", "24 hours to 2015-10-21"),
        ("24 hours", 24, "hour", "exact", "period of the Russian MoD strike report", "24 hours to 2015-10-21",
         "in the past 24 hours"),
        ("46 sorties", 46, "sortie", "exact", "Russian aircraft sorties over Syria (Russian MoD)", "24 hours to 2015-10-21"),
        ("12 people", 12, "people", "exact", "people killed by Russian air strikes in Sarmin (SMART News Agency)", "2015-10-20"),
        ("2011", 2011, "year", "exact", "year of the outbreak of the Syrian civil war, since which Assad had not left Syria", None,
         "since the outbreak of the Syrian Civil War in 2011", "seeds-assad-abroad-year:A"),
        ("two working meetings", 2, "meeting", "exact", "working meetings Putin had planned at the Kremlin", "2015-10-21"),
        ("more than three hours", 3, "hour", "more than", "length of the Putin-Assad dinner meeting (Kommersant)", "2015-10-20"),
    ],
    VOA21: [
        ("three-week old", 3, "week", "exact", "age of the Russian military campaign in Syria", "2015-10-21"),
        ("2011", 2011, "year", "exact", "year since which Assad is not known to have traveled abroad (year the Syrian crackdown and war began)", None,
         "traveled abroad since 2011", "seeds-assad-abroad-year:A"),
        ("at least 240,000 people", 240000, "people", "at least", "people killed in the Syrian civil war", None,
         None, "seeds-war-dead:A"),
        ("at least 45 people", 45, "people", "at least", "people killed by Russian airstrikes in Latakia province (Syrian Observatory for Human Rights)", "2015-10-19",
         None, "seeds-latakia-toll:A"),
        ("more than 2,600 airstrikes", 2600, "airstrike", "more than", "U.S.-led coalition airstrikes on Islamic State targets in Syria", "since September 2014"),
    ],
}

NOTES = {
    "seeds-war-dead": "Syrian civil-war death toll: 'some 250,000' (UN, TRT, 18 Sep) and 'at least 240,000' (VOA, 21 Oct) are compatible given 'about' and 'at least'.",
    "seeds-closest-approach": "Same near-encounter of Russian and U.S. aircraft over Syria reported the previous week: Russia said 2-3 km, the U.S. account relayed by New York Magazine says as little as 10 miles (about 16 km); the figures differ well beyond rounding (different sources: Russian MoD vs U.S.).",
    "seeds-latakia-toll": "Deaths from Russian strikes in Latakia province on Monday 19 Oct 2015: '45' (NYMag, citing estimates) and 'at least 45' (VOA, SOHR) are compatible.",
    "seeds-assad-abroad-year": "Both date Assad's last trip abroad to 2011, the year the Syrian war broke out.",
}
