"""Which real article goes into which file. Authors are the PolNeAR metadata author field
normalised by hand (USA TODAY suffixes and Twitter handles removed, 'A and B' / 'A,B' split,
all-caps NYT names put in normal case)."""
import corpus
from corpus import basil, polnear_clean, pn_find, drop_dek

B = basil


def P(prefix, authors, dek=False):
    a = polnear_clean(pn_find(prefix), authors)
    if dek:
        drop_dek(a)
    return a


PICKS = {
    # ---- text-header
    'TH01': lambda: B('2015-john-mccain-suggests-hillary-clinton-s-use-of-personal-email-a4ed', '2015-03-05-nyt.txt'),
    'TH02': lambda: B('2015-netanyahu-plans-to-deliver-a-speech-to-congress-2b94', '2015-02-25-fox.txt'),
    'TH03': lambda: B('2014-eric-holder-speaks-on-ferguson-ed8c', '2014-08-20-hpo.txt'),
    'TH04': lambda: B('2014-nebraska-and-oklahoma-fight-colorado-s-recreational-marijuan-b764', '2014-12-18-hpo.txt'),
    'TH05': lambda: B('2013-jackson-pleads-guilty-over-illegal-campaign-spending-spree-f506', '2013-02-20-nyt.txt'),
    'TH06': lambda: B('2016-nancy-pelosi-wins-house-minority-leadership-again-79bf', '2016-11-30-fox.txt'),
    'TH07': lambda: P('politico_2015-11-24_clinton-s-iowa', ['Alex Guillén']),
    'TH08': lambda: P('nyt_2016-07-07_in-criticizing', ['David E. Sanger']),
    'TH09': lambda: P('nyt_2016-02-09_rubio-is-tested', ['Jeremy W. Peters', 'Jonathan Martin']),
    'TH10': lambda: P('politico_2016-07-29_trump-clinton-should', ['Bianca Padró Ocasio']),
    'TH11': lambda: P('usa-today_2016-04-26_sanders-will', ['Heidi M. Przybyla']),
    'TH12': lambda: P('huff-post_2015-11-08_ben-carson', ['Ariel Edwards-Levy']),
    'TH13': lambda: P('wash-post_2016-06-06_clinton-wins', ['Robert Costa', 'Abby Phillip', 'Anne Gearan']),
    'TH14': lambda: P('politico_2016-07-05_criminal', ['Sarah Wheaton']),
    'TH15': lambda: B('2013-irs-official-who-refused-to-testify-facing-more-scrutiny-ove-8467', '2013-05-22-nyt.txt'),
    'TH16': lambda: P('wash-post_2016-07-27_bill-clinton', ['Dan Balz']),
    # ---- markdown
    'MD01': lambda: B('2016-obama-to-meet-with-bernie-sanders-eada', '2016-06-09-fox.txt'),
    'MD02': lambda: P('wash-post_2016-01-07_ig-report', ['Carol D. Leonnig', 'Rosalind S. Helderman'], dek=True),
    'MD03': lambda: P('huff-post_2016-03-10_trump-says', ['Sam Stein']),
    'MD04': lambda: P('politico_2016-03-10_trump-s-rivals', ['Eli Stokols']),
    'MD05': lambda: B('2013-nra-and-hutchinson-recommends-schools-to-have-armed-staff-6874', '2013-04-02-hpo.txt'),
    # ---- html
    'H01': lambda: B('2017-trump-reverses-decision-to-allow-import-of-elephant-trophies-542c', '2017-11-17-nyt.txt'),
    'H02': lambda: P('nyt_2016-06-28_clinton-and-warren', ['Amy Chozick']),
    'H03': lambda: B('2017-donald-trump-considers-joe-lieberman-for-fbi-director-72fa', '2017-05-18-fox.txt'),
    'H04': lambda: B('2018-trump-critic-peter-strzok-fired-from-fbi-2a3f', '2018-08-13-fox.txt'),
    'H05': lambda: B('2016-senate-set-to-override-obama-s-veto-on-9-11-bill-1b96', '2016-09-28-hpo.txt'),
    'H06': lambda: P('huff-post_2015-11-17_post', ['Paul Blumenthal']),
    'H07': lambda: P('wash-post_2016-05-23_the-stark', ['Dan Balz']),
    'H08': lambda: P('wash-post_2016-04-18_sanders-says', ['Anne Gearan']),
    'H09': lambda: P('breitbart_2016-03-20_ted-cruz', ['Julia Hahn']),
    'H10': lambda: P('west-journal_2016-01-08_donald-trump-just-gave', []),
    'H11': lambda: P('usa-today_2016-04-01_obama', ['David Jackson']),
    'H12': lambda: P('politico_2016-05-05_paul-ryan', ['Nolan D. McCaskill']),
    'H13': lambda: B('2010-michael-steele-criticized-for-afghanistan-comments-2b95', '2010-07-02-nyt.txt'),
    'H14': lambda: B('2010-glenn-beck-speaks-at-cpac-6f95', '2010-02-20-hpo.txt'),
    # ---- nexis
    'N01': lambda: [P('nyt_2016-02-25_rubio-has', ['Michael Barbaro', 'Jeremy W. Peters']),
                    P('wash-post_2016-01-31_clinton-team', ['Philip Rucker'], dek=True),
                    P('usa-today_2016-04-07_how-each', ['Paul Singer']),
                    P('nyt_2016-04-18_for-news', ['Jim Rutenberg'])],
    'N02': lambda: [P('politico_2015-12-15_carson', ['Kyle Cheney']),
                    P('wash-post_2016-03-03_staffer', ['Adam Goldman']),
                    P('nyt_2016-05-19_democrats-pressure', ['Yamiche Alcindor'])],
    'N03': lambda: [P('huff-post_2016-02-28_democrats-should', ['Zach Carter']),
                    P('usa-today_2016-03-24_nabisco', ['Aamer Madhani']),
                    P('wash-post_2015-12-10_netanyahu', ['William Booth']),
                    P('politico_2016-06-13_terrorism', ['Bryan Bender'])],
    'N04': lambda: [B('2012-benjamin-netanyahu-used-in-conservative-attack-ad-against-ob-b4db', '2012-09-20-nyt.txt'),
                    B('2014-bruce-braley-apologizes-for-farmer-comments-22b6', '2014-03-25-fox.txt'),
                    B('2015-benghazi-committee-wants-to-interview-clinton-about-emails-c553', '2015-03-31-hpo.txt')],
    # ---- factiva
    'F01': lambda: [P('politico_2016-01-29_record', ['Kenneth P. Vogel']),
                    P('nyt_2016-03-22_trump-s-success', ['Nicholas Confessore', 'Rachel Shorey']),
                    P('usa-today_2016-05-03_ted', ['Donovan Slack'])],
    'F02': lambda: [P('wash-post_2016-04-30_indiana', ['Sean Sullivan']),
                    P('huff-post_2016-02-26_hillary', ['Paul Blumenthal']),
                    P('politico_2016-08-17_democrats', ['Cory Bennett'])],
    'F03': lambda: [P('nyt_2016-02-03_tax-overhaul', ['John Harwood']),
                    P('politico_2016-04-11_clinton-and-sanders', ['Nick Gass'])],
    'F04': lambda: [P('breitbart_2016-05-05_bolton', ['John Hayward']),
                    P('wash-post_2016-08-09_ivanka', ['Danielle Paquette'])],
    # ---- docx
    'D01': lambda: P('wash-post_2016-06-01_voters-skeptical', ['Philip Rucker'], dek=True),
    'D02': lambda: P('nyt_2016-01-30_traditionally', ['Noam Scheiber']),
    'D03': lambda: P('politico_2016-03-07_how-donald', ['Steven Shepard']),
    'D04': lambda: B('2018-congressman-hunter-and-wife-indicted-on-corruption-charges-eb17', '2018-08-21-nyt.txt'),
    'D05': lambda: P('huff-post_2015-12-20_why-the', ['Samantha Lachman']),
    # ---- pdf
    'P01': lambda: P('wash-post_2016-07-15_thin', ['Frances Stead Sellers'], dek=True),
    'P02': lambda: P('politico_2016-01-05_trump-quietly', ['Kenneth P. Vogel']),
    'P03': lambda: B('2018-trump-intends-to-end-birthright-citizenship-f688', '2018-10-30-nyt.txt'),
    'P04': lambda: P('nyt_2016-08-01_pressure', ['Maggie Haberman', 'Richard A. Oppel Jr.']),
    # ---- mhtml
    'M01': lambda: B('2018-trump-accuses-former-clinton-aide-of-failing-to-follow-secur-8760', '2018-01-02-nyt.txt'),
    'M02': lambda: B('2017-donald-trump-jr-messaged-with-wikileaks-during-presidential--dd1e', '2017-11-13-fox.txt'),
    # ---- hostile (articles used inside hostile files)
    'X06': lambda: B('2016-bloomberg-criticizes-trump-at-dnc-4721', '2016-07-27-fox.txt'),
    'X07': lambda: P('wash-post_2016-02-05_in-the-democrats', ['Glenn Kessler']),
    'X08': lambda: P('politico_2016-02-09_trump-we-are', ['Theodoric Meyer']),
    'X03': lambda: P('nyt_2016-01-19_bush-s', ['Ashley Parker']),
}
