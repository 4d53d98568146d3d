# Seed corpus labels (main/seeds). Tuples: (snippet with [[span]], value, granularity, tense, note[, anchor])
S = "main/seeds/"
TRT = S + "2015-09-18-trt-world-us-russia-set-to-open-military-dialogue-on-syria.txt"
VOA14 = S + "2015-10-14-voa-us-russia-note-progress-in-syria-air-safety-talks.txt"
NYM = S + "2015-10-20-new-york-magazine-us-and-russia-agree-to-keep-it-professional-in-syria.txt"
INT = S + "2015-10-21-the-interpreter-putin-in-syria-bashar-in-moscow.txt"
VOA21 = S + "2015-10-21-voa-assad-visits-putin-in-moscow-to-discuss-syria-campaign.txt"

SAME = "same weekday as the publication day in a same-day news report: the publication day itself (a week-old day would be 'last X' or a date)"

SEEDS = [
 (TRT, "2015-09-18", [
  ('dialogue "[[very shortly]]" in the hope', None, "vague", "future", "Kerry quote; unspecified near future"),
  ("Kerry told reporters on [[Friday]] that the Pentagon", "2015-09-18", "day", "past", "Fri 18 Sep 2015 publication; " + SAME),
  ("said later on [[Friday]] that US Defence", "2015-09-18", "day", "past", "'later on Friday' = same Friday as Kerry's remarks; 'later on' does not change the day"),
  ("telephone conversation [[since August 2014]]", "2014-08/2015-09-18", "range", "past", "'since' makes an open range from Aug 2014 to the anchor"),
  ("Sergei Lavrov [[last week]] called", "2015-09-07/2015-09-13", "week", "past", "week before the week of Fri 18 Sep 2015"),
  ("premium on diplomacy at [[this moment]]", None, "vague", "present", "present reference inside a quote; not a calendar date"),
  ("we're in Europe [[right now]]", None, "vague", "present", "present reference inside a quote"),
  ("unnamed US officials told Reuters on [[Friday]]", "2015-09-18", "day", "past", SAME),
  ("spokesman said on [[Friday]] that Russia would", "2015-09-18", "day", "past", SAME),
  ("a report published on [[Friday]] by Russian", "2015-09-18", "day", "past", SAME),
  ("informally told on [[Sept. 16]] that", "2015-09-16", "day", "past", "year from publication"),
  ("stationed in Latakia [[the next day]]", "2015-09-17", "day", "past", "day after Sept. 16 given just before (not the publication date)"),
  ("By [[then]], the soldiers had already", "2015-09-16", "day", "past", "anaphoric: the time they were told, Sept. 16"),
 ]),
 (VOA14, "2015-10-14", [
  ("by VOA News [[October 14, 2015]]", "2015-10-14", "day", "present", "byline date"),
  ("during the video conference [[Wednesday]], which", "2015-10-14", "day", "past", "Wed 14 Oct 2015 publication; " + SAME),
  ("Sergei Lavrov said [[Wednesday]] that", "2015-10-14", "day", "past", SAME),
  ("at a forum on [[Tuesday]], saying", "2015-10-13", "day", "past", "Tuesday before Wed 14 Oct"),
  ("He met with officials [[Tuesday]] in Moscow", "2015-10-13", "day", "past", "Tuesday before Wed 14 Oct"),
  ("scheduled to hold talks [[Wednesday]] in Washington", "2015-10-14", "day", "past", "the Wednesday after the Tuesday Moscow meeting = publication day"),
  ("bombing rounds [[Wednesday]] on Islamic", "2015-10-14", "day", "past", SAME),
  ("Syrian airspace [[last week]] only", "2015-10-05/2015-10-11", "week", "past", "week before the week of Wed 14 Oct"),
  ("senior regional officials [[Tuesday]] as saying", "2015-10-13", "day", "past", "Tuesday before Wed 14 Oct"),
  ("the Syrian army [[soon]] would launch", None, "vague", "future", "reported future, unspecified"),
  ("Also [[Tuesday]], militants fired", "2015-10-13", "day", "past", "Tuesday before Wed 14 Oct"),
  ("Security officials there said [[Monday]]", "2015-10-12", "day", "past", "Monday before Wed 14 Oct"),
  ("posted an online message [[Tuesday]]", "2015-10-13", "day", "past", "Tuesday before Wed 14 Oct"),
 ]),
 (NYM, "2015-10-20", [
  ("regime at [[the end of September]]", "2015-09", "month", "past", "late Sept 2015 (air strikes began 30 Sep); month-level value"),
  ("don’t agree on much [[right now]]", None, "vague", "present", "present reference"),
  ("[[Last week]] the U.S. said", "2015-10-12/2015-10-18", "week", "past", "week before the week of Tue 20 Oct"),
  ("On [[Tuesday]], the two sides reached", "2015-10-20", "day", "past", "Tue 20 Oct 2015 publication; the deal reported is that day's news; " + SAME),
  ("Still, [[next week]], U.S. Secretary", "2015-10-26/2015-11-01", "week", "future", "week after the week of Tue 20 Oct"),
  ("Latakia province on [[Monday]]", "2015-10-19", "day", "past", "Monday before Tue 20 Oct"),
 ]),
 (VOA21, "2015-10-21", [
  ("by Carla Babb, Chris Hannas [[October 21, 2015]]", "2015-10-21", "day", "present", "byline date"),
  ("returned home [[Wednesday]] after", "2015-10-21", "day", "past", "Wed 21 Oct 2015 publication; " + SAME),
  ("traveled abroad [[since 2011]]", "2011/2015-10-21", "range", "past", "'since' = open range from 2011 to the anchor"),
  ("[[the same year]] security forces", "2011", "year", "past", "anaphoric to 2011 just before"),
  ("During [[Tuesday]]'s meeting", "2015-10-20", "day", "past", "Tuesday before Wed 21 Oct; span excludes 's"),
  ("Kerry, Lavrov meet [[Friday]]", "2015-10-23", "day", "future", "headline; next Friday after Wed 21 Oct"),
  ("will meet [[Friday]] with U.S.", "2015-10-23", "day", "future", "next Friday after Wed 21 Oct"),
  ("in a statement later [[Wednesday]] that Putin", "2015-10-21", "day", "past", SAME),
  ("On [[Tuesday]], Russia and the United States signed", "2015-10-20", "day", "past", "Tuesday before Wed 21 Oct"),
  ("'The Russians [[now]] need", None, "vague", "present", "present reference in quote"),
  ("Human Rights said [[Tuesday]] that", "2015-10-20", "day", "past", "Tuesday before Wed 21 Oct"),
  ("at least 45 people [[Monday]] in Latakia", "2015-10-19", "day", "past", "Monday before Wed 21 Oct"),
  ("airstrikes [[since September 2014]]", "2014-09/2015-10-21", "range", "past", "'since' = open range to the anchor"),
  ("after beginning airstrikes [[last month]]", "2015-09", "month", "past", "month before Oct 2015"),
 ]),
]

# Live blog. Layout evidence: each titled post ends with its author's name; the
# 'Oct 22, 2015 00:02 (GMT)' style lines sit INSIDE posts (after an embedded
# 'View full page' card, before the author signature), so a post's anchor is
# the timestamp inside it; posts with no timestamp use the column date.
P1 = "2015-10-22T00:02"   # 'Is Assad Gaining Ground? Today's Syria Battle Summary' (stamps 00:02 and 00:12)
P1b = "2015-10-22T00:12"  # text after the second stamp in the same post
P3 = "2015-10-21T18:17"   # podcast post
INTERP = (INT, "2015-10-21", [
  ("[[October 21, 2015]]\nPhoto: Kremlin.ru", "2015-10-21", "day", "present", "dateline of the day's live-blog column"),
  ("surprise visit to Moscow [[last night]].", "2015-10-20", "day", "past", "column intro dated 21 Oct; Assad was in Moscow the evening of Tue 20 Oct"),
  ("Is Assad Gaining Ground? [[Today]]’s Syria Battle Summary", "2015-10-21", "day", "present",
   "HARD: post stamped 00:02 GMT 22 Oct, i.e. 20:02 in New York where The Interpreter is edited, and it sits in the 21 Oct column; 'today' = 21 Oct, not 22 Oct", P1),
  ("Jebel al-Akrad on [[October 19]].", "2015-10-19", "day", "past", "quoted ISW text; year from context", P1),
  ("northwestern Syria throughout [[the past two weeks]]", None, "vague", "past", "window ending at the (quoted ISW) writing time; treated as vague", P1),
  ("armored vehicles with TOW missiles [[since October 16]]", "2015-10-16/2015-10-21", "range", "past", "quoted ISW report (covering to 20 Oct, released 21 Oct); open range to its writing date", P1),
  ("aerial campaign in Syria on [[September 30]], including", "2015-09-30", "day", "past", "year from context", P1),
  ("Russian Airstrikes in Syria: [[September 30 – October 20, 2015]]", "2015-09-30/2015-10-20", "range", "past", "title of embedded ISW post", P1),
  ("Russian airstrikes from [[October 19-20]] primarily", "2015-10-19/2015-10-20", "range", "past", "'from' is not a range opener here, excluded", P1),
  ("View full page →\n\n[[Oct 22, 2015 00:02 (GMT)]]", "2015-10-22T00:02", "time", "present", "live-blog timestamp", P1),
  ("Russia and Assad are not [[currently]]", None, "vague", "present", "present reference", P1),
  ("[[On Sunday]], reports emerged".replace("[[On ", "On [["), "2015-10-18", "day", "past", "quoted Now Lebanon text (written 21/22 Oct); Sunday before either = 18 Oct", P1),
  ("[[Last week]], Iran confirmed the deaths", "2015-10-12/2015-10-18", "week", "past", "quoted Now Lebanon text; week before the week of 21/22 Oct", P1),
  ("View full page →\n\n[[Oct 22, 2015 00:12 (GMT)]]", "2015-10-22T00:12", "time", "present", "live-blog timestamp", P1b),
  ("[[In the last week or so]], the Syrian Arab Army".replace("[[In the", "In [[the"), None, "vague", "past", "fuzzy window before the post", "2015-10-21"),
  ("[[Over the last four days]], he said".replace("[[Over the", "Over [[the"), None, "vague", "past", "window inside a quoted NYT report of unstated date; treated as vague", "2015-10-21"),
  ("[[Over the last few days]], he said, “losses".replace("[[Over the", "Over [[the"), None, "vague", "past", "fuzzy window in quoted NYT report", "2015-10-21"),
  ("have decided that [[now]] is a good time", None, "vague", "present", "present reference", "2015-10-21"),
  ("In our latest podcast, recorded [[last night]]", "2015-10-20", "day", "past", "podcast post stamped 18:17 GMT 21 Oct; night before = 20 Oct (Assad's Moscow dinner)", P3),
  ("[[Last night]], Syrian President Bashar al Assad was not", "2015-10-20", "day", "past", "podcast post of 21 Oct", P3),
  ("[[Yesterday]], we predicted the latter", "2015-10-20", "day", "past", "podcast post of 21 Oct", P3),
  ("View full page →\n\n[[Oct 21, 2015 18:17 (GMT)]]", "2015-10-21T18:17", "time", "present", "live-blog timestamp", P3),
  ("Did Russian Jets Target Rescuers In Sarmin [[Today]]?", "2015-10-21", "day", "past", "Sarmin post (no own stamp; follows the 18:17 stamp) in the 21 Oct column"),
  ("Russian Ministry of Defence claims [[today]] to have", "2015-10-21", "day", "present", "21 Oct column"),
  ("group in [[the past 24 hours]],”", None, "vague", "past", "24-hour window quoted from MoD; treated as vague"),
  ("a video uploaded [[this afternoon]] by", "2015-10-21", "day", "past", "afternoon of the post's day"),
  ("responding to previous attacks [[today]].", "2015-10-21", "day", "past", "post's day"),
  ("report, uploaded [[earlier today]], claimed", "2015-10-21", "day", "past", "post's day"),
  ("Russian air strikes in the town [[yesterday]].", "2015-10-20", "day", "past", "day before 21 Oct"),
  ("As we reported [[yesterday]], the Local", "2015-10-20", "day", "past", "day before 21 Oct"),
  ("arrived in Moscow [[last night]] for hitherto", "2015-10-20", "day", "past", "evening of 20 Oct"),
  ("outbreak of the Syrian Civil War in [[2011]].", "2011", "year", "past", ""),
  ("[[Yesterday afternoon]], journalists were informed", "2015-10-20", "day", "past", "Kommersant piece translated on 21 Oct; yesterday = 20 Oct"),
  ("working meetings planned at the Kremlin [[the following day]].", "2015-10-21", "day", "past", "day after 'yesterday afternoon' (20 Oct), not after the anchor"),
  ("It was only at [[9:20 this morning]]", "2015-10-21T09:20", "time", "past", "Kommersant (Moscow) local time, 21 Oct"),
  ("spreading through the region [[now]] would", None, "vague", "present", "present reference in Assad quote"),
  ("and that [[for now]] at least Mr Assad", None, "vague", "present", "'for now' = for the time being"),
])
SEEDS.append(INTERP)
