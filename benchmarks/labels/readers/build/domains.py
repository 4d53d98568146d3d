"""Write /work/staging/readers/news_domains.yaml from the table below and validate it.
Facts from general knowledge: registrable domain (eTLD+1, lower case, no www) -> outlet proper name
and a short form."""
import re, yaml

RAW = r"""
# --- United States: newspapers, magazines, digital outlets
nytimes.com|The New York Times|NYT
washingtonpost.com|The Washington Post|WaPo
wsj.com|The Wall Street Journal|WSJ
usatoday.com|USA Today|USA Today
latimes.com|Los Angeles Times|LA Times
chicagotribune.com|Chicago Tribune|Chicago Tribune
bostonglobe.com|The Boston Globe|Boston Globe
sfchronicle.com|San Francisco Chronicle|SF Chronicle
sfgate.com|SFGate|SFGate
nypost.com|New York Post|NY Post
nydailynews.com|New York Daily News|NY Daily News
newsday.com|Newsday|Newsday
inquirer.com|The Philadelphia Inquirer|Inquirer
philly.com|The Philadelphia Inquirer|Inquirer
dallasnews.com|The Dallas Morning News|Dallas Morning News
houstonchronicle.com|Houston Chronicle|Houston Chronicle
chron.com|Houston Chronicle|Houston Chronicle
ajc.com|The Atlanta Journal-Constitution|AJC
miamiherald.com|Miami Herald|Miami Herald
tampabay.com|Tampa Bay Times|Tampa Bay Times
orlandosentinel.com|Orlando Sentinel|Orlando Sentinel
sun-sentinel.com|South Florida Sun Sentinel|Sun Sentinel
seattletimes.com|The Seattle Times|Seattle Times
denverpost.com|The Denver Post|Denver Post
azcentral.com|The Arizona Republic|Arizona Republic
startribune.com|Star Tribune|Star Tribune
jsonline.com|Milwaukee Journal Sentinel|Journal Sentinel
freep.com|Detroit Free Press|Free Press
detroitnews.com|The Detroit News|Detroit News
cleveland.com|Cleveland.com (The Plain Dealer)|Cleveland.com
dispatch.com|The Columbus Dispatch|Columbus Dispatch
cincinnati.com|The Cincinnati Enquirer|Cincinnati Enquirer
courier-journal.com|The Courier-Journal|Courier-Journal
tennessean.com|The Tennessean|Tennessean
kansascity.com|The Kansas City Star|KC Star
stltoday.com|St. Louis Post-Dispatch|Post-Dispatch
post-gazette.com|Pittsburgh Post-Gazette|Post-Gazette
baltimoresun.com|The Baltimore Sun|Baltimore Sun
sacbee.com|The Sacramento Bee|Sacramento Bee
mercurynews.com|The Mercury News|Mercury News
sandiegouniontribune.com|The San Diego Union-Tribune|Union-Tribune
oregonlive.com|The Oregonian|Oregonian
star-telegram.com|Fort Worth Star-Telegram|Star-Telegram
expressnews.com|San Antonio Express-News|Express-News
statesman.com|Austin American-Statesman|Statesman
texastribune.org|The Texas Tribune|Texas Tribune
charlotteobserver.com|The Charlotte Observer|Charlotte Observer
newsobserver.com|The News & Observer|N&O
nola.com|The Times-Picayune|Times-Picayune
app.com|Asbury Park Press|APP
northjersey.com|The Record (North Jersey)|The Record
nj.com|NJ.com (The Star-Ledger)|NJ.com
courant.com|Hartford Courant|Courant
reviewjournal.com|Las Vegas Review-Journal|Review-Journal
sltrib.com|The Salt Lake Tribune|Salt Lake Tribune
deseret.com|Deseret News|Deseret News
desmoinesregister.com|The Des Moines Register|Des Moines Register
omaha.com|Omaha World-Herald|World-Herald
washingtontimes.com|The Washington Times|Washington Times
washingtonexaminer.com|Washington Examiner|Examiner
thehill.com|The Hill|The Hill
rollcall.com|Roll Call|Roll Call
politico.com|Politico|Politico
axios.com|Axios|Axios
semafor.com|Semafor|Semafor
punchbowl.news|Punchbowl News|Punchbowl
thedispatch.com|The Dispatch|The Dispatch
nationaljournal.com|National Journal|National Journal
huffpost.com|HuffPost|HuffPost
huffingtonpost.com|HuffPost|HuffPost
breitbart.com|Breitbart|Breitbart
westernjournalism.com|Western Journalism|WJ
westernjournal.com|The Western Journal|Western Journal
time.com|Time|Time
newsweek.com|Newsweek|Newsweek
theatlantic.com|The Atlantic|Atlantic
newyorker.com|The New Yorker|New Yorker
nymag.com|New York Magazine|New York Mag
nationalreview.com|National Review|NR
weeklystandard.com|The Weekly Standard|Weekly Standard
thenation.com|The Nation|The Nation
motherjones.com|Mother Jones|Mother Jones
slate.com|Slate|Slate
salon.com|Salon|Salon
vox.com|Vox|Vox
buzzfeednews.com|BuzzFeed News|BuzzFeed News
buzzfeed.com|BuzzFeed|BuzzFeed
thedailybeast.com|The Daily Beast|Daily Beast
businessinsider.com|Business Insider|BI
insider.com|Insider|Insider
forbes.com|Forbes|Forbes
fortune.com|Fortune|Fortune
marketwatch.com|MarketWatch|MarketWatch
barrons.com|Barron's|Barron's
theintercept.com|The Intercept|Intercept
propublica.org|ProPublica|ProPublica
vice.com|Vice|Vice
newrepublic.com|The New Republic|TNR
reason.com|Reason|Reason
dailycaller.com|The Daily Caller|Daily Caller
dailywire.com|The Daily Wire|Daily Wire
thefederalist.com|The Federalist|Federalist
townhall.com|Townhall|Townhall
newsmax.com|Newsmax|Newsmax
oann.com|One America News Network|OAN
theblaze.com|TheBlaze|Blaze
freebeacon.com|Washington Free Beacon|Free Beacon
cnsnews.com|CNSNews.com|CNS News
theamericanconservative.com|The American Conservative|TAC
spectator.org|The American Spectator|American Spectator
thepostmillennial.com|The Post Millennial|Post Millennial
gatewaypundit.com|The Gateway Pundit|Gateway Pundit
pjmedia.com|PJ Media|PJ Media
redstate.com|RedState|RedState
hotair.com|Hot Air|Hot Air
zerohedge.com|ZeroHedge|ZeroHedge
infowars.com|InfoWars|InfoWars
rawstory.com|Raw Story|Raw Story
talkingpointsmemo.com|Talking Points Memo|TPM
thinkprogress.org|ThinkProgress|ThinkProgress
dailykos.com|Daily Kos|Daily Kos
alternet.org|AlterNet|AlterNet
commondreams.org|Common Dreams|Common Dreams
democracynow.org|Democracy Now!|Democracy Now
jacobin.com|Jacobin|Jacobin
mediaite.com|Mediaite|Mediaite
realclearpolitics.com|RealClearPolitics|RCP
fivethirtyeight.com|FiveThirtyEight|538
csmonitor.com|The Christian Science Monitor|CSM
christianpost.com|The Christian Post|Christian Post
religionnews.com|Religion News Service|RNS
ncronline.org|National Catholic Reporter|NCR
jta.org|Jewish Telegraphic Agency|JTA
forward.com|The Forward|Forward
tabletmag.com|Tablet|Tablet
theroot.com|The Root|The Root
thegrio.com|TheGrio|TheGrio
rollingstone.com|Rolling Stone|Rolling Stone
vanityfair.com|Vanity Fair|Vanity Fair
esquire.com|Esquire|Esquire
washingtonian.com|Washingtonian|Washingtonian
wired.com|Wired|Wired
theverge.com|The Verge|Verge
arstechnica.com|Ars Technica|Ars
techcrunch.com|TechCrunch|TechCrunch
statnews.com|STAT|STAT
kffhealthnews.org|KFF Health News|KFF Health News
calmatters.org|CalMatters|CalMatters
chalkbeat.org|Chalkbeat|Chalkbeat
thecity.nyc|THE CITY|THE CITY
politifact.com|PolitiFact|PolitiFact
factcheck.org|FactCheck.org|FactCheck.org
snopes.com|Snopes|Snopes
poynter.org|Poynter|Poynter
niemanlab.org|Nieman Lab|Nieman Lab
cjr.org|Columbia Journalism Review|CJR
pewresearch.org|Pew Research Center|Pew
gallup.com|Gallup|Gallup
# --- United States: broadcasters and wires
foxnews.com|Fox News|Fox News
foxbusiness.com|Fox Business|Fox Business
cnn.com|CNN|CNN
msnbc.com|MSNBC|MSNBC
nbcnews.com|NBC News|NBC
cbsnews.com|CBS News|CBS
abcnews.com|ABC News|ABC
npr.org|NPR|NPR
pbs.org|PBS|PBS
cnbc.com|CNBC|CNBC
bloomberg.com|Bloomberg|Bloomberg
c-span.org|C-SPAN|C-SPAN
newsnationnow.com|NewsNation|NewsNation
univision.com|Univision|Univision
telemundo.com|Telemundo|Telemundo
wnyc.org|WNYC|WNYC
kqed.org|KQED|KQED
wbur.org|WBUR|WBUR
opb.org|Oregon Public Broadcasting|OPB
wtop.com|WTOP|WTOP
voanews.com|Voice of America|VOA
rferl.org|Radio Free Europe/Radio Liberty|RFE/RL
svoboda.org|Radio Svoboda|Svoboda
currenttime.tv|Current Time|Current Time
rfa.org|Radio Free Asia|RFA
reuters.com|Reuters|Reuters
apnews.com|Associated Press|AP
ap.org|Associated Press|AP
upi.com|United Press International|UPI
# --- US government, defense and security outlets, think tanks
defense.gov|U.S. Department of Defense|DoD
state.gov|U.S. Department of State|State Dept.
whitehouse.gov|The White House|White House
army.mil|U.S. Army|Army
navy.mil|U.S. Navy|Navy
af.mil|U.S. Air Force|USAF
military.com|Military.com|Military.com
militarytimes.com|Military Times|Military Times
armytimes.com|Army Times|Army Times
navytimes.com|Navy Times|Navy Times
airforcetimes.com|Air Force Times|Air Force Times
defensenews.com|Defense News|Defense News
stripes.com|Stars and Stripes|Stripes
defenseone.com|Defense One|Defense One
breakingdefense.com|Breaking Defense|Breaking Defense
warontherocks.com|War on the Rocks|WOTR
lawfaremedia.org|Lawfare|Lawfare
lawfareblog.com|Lawfare|Lawfare
foreignpolicy.com|Foreign Policy|FP
foreignaffairs.com|Foreign Affairs|Foreign Affairs
nationalinterest.org|The National Interest|National Interest
thediplomat.com|The Diplomat|Diplomat
globalsecurity.org|GlobalSecurity.org|GlobalSecurity
understandingwar.org|Institute for the Study of War|ISW
criticalthreats.org|Critical Threats|Critical Threats
longwarjournal.org|FDD's Long War Journal|LWJ
interpretermag.com|The Interpreter|Interpreter
jamestown.org|The Jamestown Foundation|Jamestown
csis.org|Center for Strategic and International Studies|CSIS
brookings.edu|Brookings Institution|Brookings
rand.org|RAND Corporation|RAND
cfr.org|Council on Foreign Relations|CFR
carnegieendowment.org|Carnegie Endowment for International Peace|Carnegie
atlanticcouncil.org|Atlantic Council|Atlantic Council
heritage.org|The Heritage Foundation|Heritage
cato.org|Cato Institute|Cato
aei.org|American Enterprise Institute|AEI
bellingcat.com|Bellingcat|Bellingcat
janes.com|Janes|Janes
nato.int|NATO|NATO
un.org|United Nations|UN
# --- Canada
cbc.ca|CBC News|CBC
theglobeandmail.com|The Globe and Mail|Globe and Mail
thestar.com|Toronto Star|Toronto Star
nationalpost.com|National Post|National Post
ctvnews.ca|CTV News|CTV
globalnews.ca|Global News|Global News
montrealgazette.com|Montreal Gazette|Gazette
vancouversun.com|Vancouver Sun|Vancouver Sun
ottawacitizen.com|Ottawa Citizen|Ottawa Citizen
ledevoir.com|Le Devoir|Le Devoir
lapresse.ca|La Presse|La Presse
macleans.ca|Maclean's|Maclean's
thecanadianpress.com|The Canadian Press|CP
cp24.com|CP24|CP24
bnnbloomberg.ca|BNN Bloomberg|BNN
# --- United Kingdom and Ireland
bbc.co.uk|BBC News|BBC
bbc.com|BBC News|BBC
theguardian.com|The Guardian|Guardian
guardian.co.uk|The Guardian|Guardian
thetimes.co.uk|The Times|The Times
thesundaytimes.co.uk|The Sunday Times|Sunday Times
telegraph.co.uk|The Telegraph|Telegraph
ft.com|Financial Times|FT
economist.com|The Economist|Economist
independent.co.uk|The Independent|Independent
dailymail.co.uk|Daily Mail|Mail
thesun.co.uk|The Sun|The Sun
mirror.co.uk|Daily Mirror|Mirror
express.co.uk|Daily Express|Express
standard.co.uk|Evening Standard|Standard
inews.co.uk|The i Paper|i
metro.co.uk|Metro|Metro
sky.com|Sky News|Sky News
itv.com|ITV News|ITV
channel4.com|Channel 4 News|C4 News
spectator.co.uk|The Spectator|Spectator
newstatesman.com|New Statesman|New Statesman
prospectmagazine.co.uk|Prospect|Prospect
cityam.com|City A.M.|City AM
scotsman.com|The Scotsman|Scotsman
heraldscotland.com|The Herald|The Herald
walesonline.co.uk|WalesOnline|WalesOnline
belfasttelegraph.co.uk|Belfast Telegraph|Belfast Telegraph
opendemocracy.net|openDemocracy|openDemocracy
chathamhouse.org|Chatham House|Chatham House
iiss.org|International Institute for Strategic Studies|IISS
rusi.org|Royal United Services Institute|RUSI
crisisgroup.org|International Crisis Group|Crisis Group
irishtimes.com|The Irish Times|Irish Times
independent.ie|Irish Independent|Irish Independent
rte.ie|RTÉ News|RTÉ
# --- Europe (EU, EFTA, Balkans, Turkey)
politico.eu|Politico Europe|Politico EU
euobserver.com|EUobserver|EUobserver
euractiv.com|Euractiv|Euractiv
euronews.com|Euronews|Euronews
ecfr.eu|European Council on Foreign Relations|ECFR
brusselstimes.com|The Brussels Times|Brussels Times
lemonde.fr|Le Monde|Le Monde
lefigaro.fr|Le Figaro|Le Figaro
liberation.fr|Libération|Libération
leparisien.fr|Le Parisien|Le Parisien
lesechos.fr|Les Échos|Les Échos
lexpress.fr|L'Express|L'Express
lepoint.fr|Le Point|Le Point
nouvelobs.com|L'Obs|L'Obs
france24.com|France 24|France 24
rfi.fr|Radio France Internationale|RFI
francetvinfo.fr|Franceinfo|Franceinfo
bfmtv.com|BFMTV|BFMTV
afp.com|Agence France-Presse|AFP
spiegel.de|Der Spiegel|Spiegel
zeit.de|Die Zeit|Zeit
faz.net|Frankfurter Allgemeine Zeitung|FAZ
sueddeutsche.de|Süddeutsche Zeitung|SZ
welt.de|Die Welt|Welt
bild.de|Bild|Bild
handelsblatt.com|Handelsblatt|Handelsblatt
taz.de|Die Tageszeitung|taz
focus.de|Focus|Focus
stern.de|Stern|Stern
n-tv.de|n-tv|n-tv
tagesschau.de|Tagesschau|Tagesschau
zdf.de|ZDF|ZDF
dw.com|Deutsche Welle|DW
dpa.com|Deutsche Presse-Agentur|dpa
nzz.ch|Neue Zürcher Zeitung|NZZ
tagesanzeiger.ch|Tages-Anzeiger|Tages-Anzeiger
swissinfo.ch|Swissinfo|Swissinfo
derstandard.at|Der Standard|Standard
diepresse.com|Die Presse|Presse
orf.at|ORF|ORF
corriere.it|Corriere della Sera|Corriere
repubblica.it|la Repubblica|Repubblica
lastampa.it|La Stampa|La Stampa
ilsole24ore.com|Il Sole 24 Ore|Sole 24 Ore
ilfattoquotidiano.it|Il Fatto Quotidiano|Il Fatto
rainews.it|Rai News|Rai
ansa.it|ANSA|ANSA
elpais.com|El País|El País
elmundo.es|El Mundo|El Mundo
abc.es|ABC|ABC (Spain)
lavanguardia.com|La Vanguardia|La Vanguardia
elconfidencial.com|El Confidencial|El Confidencial
rtve.es|RTVE|RTVE
efe.com|Agencia EFE|EFE
publico.pt|Público|Público
dn.pt|Diário de Notícias|DN
nrc.nl|NRC|NRC
volkskrant.nl|de Volkskrant|Volkskrant
telegraaf.nl|De Telegraaf|Telegraaf
nos.nl|NOS|NOS
lesoir.be|Le Soir|Le Soir
standaard.be|De Standaard|Standaard
dr.dk|DR|DR
politiken.dk|Politiken|Politiken
berlingske.dk|Berlingske|Berlingske
svt.se|SVT|SVT
dn.se|Dagens Nyheter|DN
svd.se|Svenska Dagbladet|SvD
aftonbladet.se|Aftonbladet|Aftonbladet
nrk.no|NRK|NRK
aftenposten.no|Aftenposten|Aftenposten
vg.no|VG|VG
yle.fi|Yle|Yle
hs.fi|Helsingin Sanomat|HS
err.ee|ERR News|ERR
lsm.lv|LSM|LSM
lrt.lt|LRT|LRT
wyborcza.pl|Gazeta Wyborcza|Wyborcza
rp.pl|Rzeczpospolita|Rzeczpospolita
tvn24.pl|TVN24|TVN24
pap.pl|Polish Press Agency|PAP
notesfrompoland.com|Notes from Poland|NFP
idnes.cz|iDNES.cz|iDNES
hvg.hu|HVG|HVG
index.hu|Index|Index
telex.hu|Telex|Telex
kathimerini.gr|Kathimerini|Kathimerini
ekathimerini.com|eKathimerini|eKathimerini
balkaninsight.com|Balkan Insight|BIRN
hurriyetdailynews.com|Hürriyet Daily News|HDN
hurriyet.com.tr|Hürriyet|Hürriyet
dailysabah.com|Daily Sabah|Daily Sabah
aa.com.tr|Anadolu Agency|AA
trtworld.com|TRT World|TRT World
bianet.org|Bianet|Bianet
# --- Ukraine, Belarus, Caucasus, Central Asia
kyivindependent.com|The Kyiv Independent|Kyiv Independent
kyivpost.com|Kyiv Post|Kyiv Post
pravda.com.ua|Ukrainska Pravda|UP
ukrinform.net|Ukrinform|Ukrinform
unian.info|UNIAN|UNIAN
interfax.com.ua|Interfax-Ukraine|Interfax-Ukraine
belta.by|BelTA|BelTA
eurasianet.org|Eurasianet|Eurasianet
trend.az|Trend News Agency|Trend
apa.az|APA|APA
inform.kz|Kazinform|Kazinform
akipress.com|AKIpress|AKIpress
# --- Russia
tass.com|TASS|TASS
tass.ru|TASS|TASS
interfax.ru|Interfax|Interfax
interfax.com|Interfax|Interfax
ria.ru|RIA Novosti|RIA
rt.com|RT|RT
sputniknews.com|Sputnik|Sputnik
kommersant.ru|Kommersant|Kommersant
vedomosti.ru|Vedomosti|Vedomosti
rbc.ru|RBC|RBC
iz.ru|Izvestia|Izvestia
rg.ru|Rossiyskaya Gazeta|RG
gazeta.ru|Gazeta.ru|Gazeta.ru
lenta.ru|Lenta.ru|Lenta.ru
kp.ru|Komsomolskaya Pravda|KP
mk.ru|Moskovsky Komsomolets|MK
fontanka.ru|Fontanka|Fontanka
kremlin.ru|President of Russia|Kremlin
mid.ru|Ministry of Foreign Affairs of the Russian Federation|Russian MFA
meduza.io|Meduza|Meduza
novayagazeta.ru|Novaya Gazeta|Novaya Gazeta
novayagazeta.eu|Novaya Gazeta Europe|Novaya Gazeta Europe
themoscowtimes.com|The Moscow Times|Moscow Times
tvrain.tv|TV Rain|Dozhd
theins.ru|The Insider|The Insider
# --- Middle East and North Africa
aljazeera.com|Al Jazeera|Al Jazeera
aljazeera.net|Al Jazeera|Al Jazeera
alarabiya.net|Al Arabiya|Al Arabiya
haaretz.com|Haaretz|Haaretz
timesofisrael.com|The Times of Israel|Times of Israel
jpost.com|The Jerusalem Post|JPost
ynetnews.com|Ynet News|Ynet
israelhayom.com|Israel Hayom|Israel Hayom
i24news.tv|i24NEWS|i24NEWS
thenationalnews.com|The National|The National
gulfnews.com|Gulf News|Gulf News
khaleejtimes.com|Khaleej Times|Khaleej Times
arabnews.com|Arab News|Arab News
aawsat.com|Asharq Al-Awsat|Asharq Al-Awsat
middleeasteye.net|Middle East Eye|MEE
middleeastmonitor.com|Middle East Monitor|MEMO
al-monitor.com|Al-Monitor|Al-Monitor
dailystar.com.lb|The Daily Star (Lebanon)|Daily Star
naharnet.com|Naharnet|Naharnet
lorientlejour.com|L'Orient-Le Jour|L'Orient-Le Jour
jordantimes.com|The Jordan Times|Jordan Times
ahram.org.eg|Al-Ahram|Ahram
madamasr.com|Mada Masr|Mada Masr
egyptindependent.com|Egypt Independent|Egypt Independent
egypttoday.com|Egypt Today|Egypt Today
presstv.ir|Press TV|Press TV
irna.ir|Islamic Republic News Agency|IRNA
tehrantimes.com|Tehran Times|Tehran Times
tasnimnews.com|Tasnim News Agency|Tasnim
farsnews.ir|Fars News Agency|Fars
iranintl.com|Iran International|Iran International
rudaw.net|Rudaw|Rudaw
kurdistan24.net|Kurdistan 24|K24
shafaq.com|Shafaq News|Shafaq
iraqinews.com|Iraqi News|Iraqi News
sana.sy|Syrian Arab News Agency|SANA
enabbaladi.net|Enab Baladi|Enab Baladi
syriahr.com|Syrian Observatory for Human Rights|SOHR
wafa.ps|WAFA News Agency|WAFA
qna.org.qa|Qatar News Agency|QNA
thepeninsulaqatar.com|The Peninsula|The Peninsula
spa.gov.sa|Saudi Press Agency|SPA
wam.ae|Emirates News Agency|WAM
hespress.com|Hespress|Hespress
moroccoworldnews.com|Morocco World News|MWN
libyaobserver.ly|The Libya Observer|Libya Observer
libyaherald.com|Libya Herald|Libya Herald
# --- China, Hong Kong, Taiwan, Japan, Koreas
scmp.com|South China Morning Post|SCMP
chinadaily.com.cn|China Daily|China Daily
xinhuanet.com|Xinhua|Xinhua
news.cn|Xinhua|Xinhua
globaltimes.cn|Global Times|Global Times
people.com.cn|People's Daily|People's Daily
people.cn|People's Daily|People's Daily
cgtn.com|CGTN|CGTN
caixinglobal.com|Caixin Global|Caixin
sixthtone.com|Sixth Tone|Sixth Tone
hongkongfp.com|Hong Kong Free Press|HKFP
thestandard.com.hk|The Standard (Hong Kong)|The Standard
rthk.hk|RTHK|RTHK
taipeitimes.com|Taipei Times|Taipei Times
focustaiwan.tw|Focus Taiwan|CNA Taiwan
japantimes.co.jp|The Japan Times|Japan Times
asahi.com|The Asahi Shimbun|Asahi
mainichi.jp|The Mainichi|Mainichi
yomiuri.co.jp|The Yomiuri Shimbun|Yomiuri
nikkei.com|Nikkei|Nikkei
nhk.or.jp|NHK|NHK
kyodonews.net|Kyodo News|Kyodo
koreaherald.com|The Korea Herald|Korea Herald
koreatimes.co.kr|The Korea Times|Korea Times
joins.com|Korea JoongAng Daily|JoongAng
chosun.com|The Chosun Ilbo|Chosun
hani.co.kr|The Hankyoreh|Hankyoreh
yna.co.kr|Yonhap News Agency|Yonhap
kbs.co.kr|KBS|KBS
nknews.org|NK News|NK News
dailynk.com|Daily NK|Daily NK
kcna.kp|Korean Central News Agency|KCNA
# --- South and Southeast Asia
thehindu.com|The Hindu|The Hindu
hindustantimes.com|Hindustan Times|HT
indiatimes.com|The Times of India|TOI
indianexpress.com|The Indian Express|Indian Express
ndtv.com|NDTV|NDTV
livemint.com|Mint|Mint
theprint.in|ThePrint|ThePrint
thewire.in|The Wire|The Wire
scroll.in|Scroll.in|Scroll
deccanherald.com|Deccan Herald|Deccan Herald
business-standard.com|Business Standard|Business Standard
ptinews.com|Press Trust of India|PTI
dawn.com|Dawn|Dawn
tribune.com.pk|The Express Tribune|Express Tribune
thenews.com.pk|The News International|The News
geo.tv|Geo News|Geo
app.com.pk|Associated Press of Pakistan|APP
tolonews.com|TOLOnews|TOLOnews
pajhwok.com|Pajhwok Afghan News|Pajhwok
thedailystar.net|The Daily Star (Bangladesh)|Daily Star
dhakatribune.com|Dhaka Tribune|Dhaka Tribune
bdnews24.com|bdnews24.com|bdnews24
dailymirror.lk|Daily Mirror (Sri Lanka)|Daily Mirror
kathmandupost.com|The Kathmandu Post|Kathmandu Post
straitstimes.com|The Straits Times|ST
channelnewsasia.com|CNA|CNA
todayonline.com|TODAY|TODAY
thestar.com.my|The Star (Malaysia)|The Star
malaymail.com|Malay Mail|Malay Mail
nst.com.my|New Straits Times|NST
bernama.com|Bernama|Bernama
bangkokpost.com|Bangkok Post|Bangkok Post
nationthailand.com|The Nation (Thailand)|The Nation
thejakartapost.com|The Jakarta Post|Jakarta Post
tempo.co|Tempo|Tempo
antaranews.com|Antara|Antara
inquirer.net|Philippine Daily Inquirer|Inquirer
philstar.com|The Philippine Star|Philstar
rappler.com|Rappler|Rappler
abs-cbn.com|ABS-CBN News|ABS-CBN
gmanetwork.com|GMA News|GMA
pna.gov.ph|Philippine News Agency|PNA
vnexpress.net|VnExpress|VnExpress
tuoitrenews.vn|Tuoi Tre News|Tuoi Tre
vietnamplus.vn|VietnamPlus (Vietnam News Agency)|VNA
irrawaddy.com|The Irrawaddy|Irrawaddy
frontiermyanmar.net|Frontier Myanmar|Frontier
phnompenhpost.com|The Phnom Penh Post|Phnom Penh Post
khmertimeskh.com|Khmer Times|Khmer Times
# --- Australia and New Zealand
abc.net.au|ABC News (Australia)|ABC (AU)
smh.com.au|The Sydney Morning Herald|SMH
theage.com.au|The Age|The Age
theaustralian.com.au|The Australian|The Australian
news.com.au|news.com.au|news.com.au
afr.com|The Australian Financial Review|AFR
sbs.com.au|SBS News|SBS
lowyinstitute.org|Lowy Institute|Lowy
aspistrategist.org.au|The Strategist (ASPI)|ASPI Strategist
nzherald.co.nz|The New Zealand Herald|NZ Herald
stuff.co.nz|Stuff|Stuff
rnz.co.nz|RNZ|RNZ
# --- Sub-Saharan Africa
news24.com|News24|News24
timeslive.co.za|TimesLIVE|TimesLIVE
dailymaverick.co.za|Daily Maverick|Daily Maverick
mg.co.za|Mail & Guardian|M&G
iol.co.za|IOL|IOL
sabcnews.com|SABC News|SABC
businessday.ng|BusinessDay|BusinessDay
premiumtimesng.com|Premium Times|Premium Times
punchng.com|The Punch|Punch
vanguardngr.com|Vanguard|Vanguard
guardian.ng|The Guardian (Nigeria)|Guardian NG
thecable.ng|TheCable|TheCable
channelstv.com|Channels Television|Channels TV
nation.africa|Nation|Daily Nation
standardmedia.co.ke|The Standard (Kenya)|The Standard
theeastafrican.co.ke|The EastAfrican|EastAfrican
monitor.co.ug|Daily Monitor|Monitor
newvision.co.ug|New Vision|New Vision
thecitizen.co.tz|The Citizen (Tanzania)|The Citizen
addisstandard.com|Addis Standard|Addis Standard
allafrica.com|AllAfrica|AllAfrica
africanews.com|Africanews|Africanews
theafricareport.com|The Africa Report|Africa Report
jeuneafrique.com|Jeune Afrique|Jeune Afrique
apanews.net|APA News|APA
ghanaweb.com|GhanaWeb|GhanaWeb
myjoyonline.com|MyJoyOnline|JoyOnline
graphic.com.gh|Daily Graphic|Graphic
herald.co.zw|The Herald (Zimbabwe)|The Herald
newzimbabwe.com|NewZimbabwe.com|NewZimbabwe
zimlive.com|ZimLive|ZimLive
lusakatimes.com|Lusaka Times|Lusaka Times
radiodabanga.org|Radio Dabanga|Dabanga
sudantribune.com|Sudan Tribune|Sudan Tribune
garoweonline.com|Garowe Online|Garowe Online
hiiraan.com|Hiiraan Online|Hiiraan
# --- Latin America and the Caribbean
clarin.com|Clarín|Clarín
lanacion.com.ar|La Nación (Argentina)|La Nación
infobae.com|Infobae|Infobae
pagina12.com.ar|Página/12|Página/12
batimes.com.ar|Buenos Aires Times|BA Times
uol.com.br|UOL|UOL
globo.com|Globo|Globo
estadao.com.br|O Estado de S. Paulo|Estadão
ebc.com.br|Agência Brasil|Agência Brasil
eltiempo.com|El Tiempo|El Tiempo
elespectador.com|El Espectador|El Espectador
semana.com|Semana|Semana
eluniversal.com.mx|El Universal|El Universal
jornada.com.mx|La Jornada|La Jornada
milenio.com|Milenio|Milenio
reforma.com|Reforma|Reforma
excelsior.com.mx|Excélsior|Excélsior
proceso.com.mx|Proceso|Proceso
animalpolitico.com|Animal Político|Animal Político
elfinanciero.com.mx|El Financiero|El Financiero
mexiconewsdaily.com|Mexico News Daily|MND
latercera.com|La Tercera|La Tercera
emol.com|El Mercurio|El Mercurio
biobiochile.cl|BioBioChile|BioBio
elcomercio.pe|El Comercio (Peru)|El Comercio
larepublica.pe|La República (Peru)|La República
elnacional.com|El Nacional (Venezuela)|El Nacional
efectococuyo.com|Efecto Cocuyo|Efecto Cocuyo
eluniverso.com|El Universo|El Universo
elpais.com.uy|El País (Uruguay)|El País UY
prensa.com|La Prensa (Panama)|La Prensa
laprensa.com.ni|La Prensa (Nicaragua)|La Prensa
elfaro.net|El Faro|El Faro
nacion.com|La Nación (Costa Rica)|La Nación CR
ticotimes.net|The Tico Times|Tico Times
granma.cu|Granma|Granma
prensa-latina.cu|Prensa Latina|Prensa Latina
telesurtv.net|teleSUR|teleSUR
mercopress.com|MercoPress|MercoPress
insightcrime.org|InSight Crime|InSight Crime
americasquarterly.org|Americas Quarterly|AQ
"""

SPECIAL = re.compile(r'[:#\[\]{},&*!|>\'"%@`]|^[-?]|^\s|\s$')


def q(s):
    if SPECIAL.search(s) or re.fullmatch(r'[-+0-9.eE_:]+', s) or s.lower() in ('yes', 'no', 'true', 'false', 'null', 'on', 'off', '~'):
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return s


def main():
    rows = {}
    for ln in RAW.splitlines():
        ln = ln.strip()
        if not ln or ln.startswith('#'):
            continue
        d, o, s = [x.strip() for x in ln.split('|')]
        assert d == d.lower() and not d.startswith('www.'), d
        assert d not in rows, f'duplicate {d}'
        rows[d] = (o, s)
    lines = ['# News domains: registrable domain (eTLD+1, lower case, no "www.") -> outlet proper name and short form.',
             '# Written from general knowledge; one line per domain, sorted by domain.',
             '# Hosts on shared registrable domains map to the main brand (abcnews.go.com is ABC News but its',
             '# registrable domain go.com is not listed; indiatimes.com -> The Times of India; globo.com -> Globo;',
             '# uol.com.br -> UOL; joins.com -> Korea JoongAng Daily; sky.com -> Sky News).']
    for d in sorted(rows):
        o, s = rows[d]
        lines.append(f'{d}: {{outlet: {q(o)}, short: {q(s)}}}')
    path = '/work/staging/readers/news_domains.yaml'
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    data = yaml.safe_load(open(path, encoding='utf-8'))
    assert isinstance(data, dict) and len(data) == len(rows), (len(data), len(rows))
    for d, v in data.items():
        assert set(v) == {'outlet', 'short'} and all(isinstance(v[k], str) and v[k] for k in v), d
        assert (v['outlet'], v['short']) == rows[d], (d, v)
    assert list(data) == sorted(data)
    print('news_domains.yaml:', len(data), 'domains; parses; every entry has outlet and short')


if __name__ == '__main__':
    main()
