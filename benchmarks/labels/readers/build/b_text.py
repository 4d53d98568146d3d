"""Plain-text files with varied header shapes."""
from picks import PICKS
from common import *
from truth import out, add, art

L = 'text-header'


def write(rel, text, enc='utf-8'):
    with open(out(rel), 'w', encoding=enc, newline='\n') as fh:
        fh.write(text)


def body(a, sep='\n\n'):
    return sep.join(a.paras) + '\n'


def build():
    # 1. four lines, no blank line: headline / outlet / date / URL
    a = PICKS['TH01']()
    rel = f'{L}/text-header-01-four-lines.txt'
    write(rel, f'{a.title}\n{a.outlet}\n{long_date(a.published)}\n{a.url}\n\n{body(a)}')
    add(rel, L, art(a, note='Body opens with a dateline (WASHINGTON —); it is part of the body.'))

    # 2. outlet first, day-month-year date, URL last in the header
    a = PICKS['TH02']()
    rel = f'{L}/text-header-02-outlet-first.txt'
    write(rel, f'FOX NEWS\n\n{a.title}\n\n{dmy(a.published)}\nSource: {a.url}\n\n\n{body(a)}')
    add(rel, L, art(a, note='Outlet printed in capitals ("FOX NEWS"); date as "25 February 2015".'))

    # 3. section + outlet line, "Posted Aug. 20, 2014", URL
    a = PICKS['TH03']()
    rel = f'{L}/text-header-03-ap-abbrev-date.txt'
    write(rel, f'HuffPost | Politics\n{a.title}\nPosted {ap_date(a.published)}\n{a.url}\n\n{body(a)}')
    add(rel, L, art(a, note='"HuffPost | Politics": outlet plus section on one line; AP-style date.'))

    # 4. date-time with EST, no URL
    a = PICKS['TH04']()
    rel = f'{L}/text-header-04-datetime-est.txt'
    write(rel, f'{a.title}\n{mdy_slash(a.published)} 10:21 PM EST\nHuffPost\n\n{body(a)}')
    add(rel, L, art(a, published=f'{a.published}T22:21:00-05:00',
                    note='Date from the corpus; the time of day (10:21 PM EST) is the one printed '
                         'in the file header and was added for this fixture.'))

    # 5. kicker line, outlet | date, URL; dateline starts the body
    a = PICKS['TH05']()
    rel = f'{L}/text-header-05-kicker-dateline.txt'
    write(rel, f'POLITICS\n{a.title}\nThe New York Times | {ap_date(a.published)}\n{a.url}\n\n{body(a)}')
    add(rel, L, art(a, note='"POLITICS" is a section kicker, not part of the headline. '
                            'Body starts with the dateline "WASHINGTON —".'))

    # 6. ISO date
    a = PICKS['TH06']()
    rel = f'{L}/text-header-06-iso-date.txt'
    write(rel, f'{a.title}\nFox News — {a.published}\n{a.url}\n\n{body(a)}')
    add(rel, L, art(a, note='Headline contains a semicolon; it is one headline.'))

    # 7. outlet first, byline with accent, weekday date
    a = PICKS['TH07']()
    rel = f'{L}/text-header-07-weekday-accented-byline.txt'
    write(rel, f'POLITICO\n{a.title}\nBy {a.authors[0]}\n{weekday_date(a.published)}\n\n{body(a)}')
    add(rel, L, art(a, note='Byline with an accented name; outlet printed "POLITICO".'))

    # 8. middle initial
    a = PICKS['TH08']()
    rel = f'{L}/text-header-08-middle-initial.txt'
    write(rel, f'{a.title}\nBy {a.authors[0]}\nThe New York Times\n{long_date(a.published)}\n\n{body(a)}')
    add(rel, L, art(a))

    # 9. all-caps outlet, two authors in capitals, AP date
    a = PICKS['TH09']()
    rel = f'{L}/text-header-09-two-authors-caps.txt'
    byl = ' and '.join(x.upper() for x in a.authors)
    write(rel, f'THE NEW YORK TIMES\n\n{a.title}\n\nBy {byl}\n{ap_date(a.published)}\n\n{body(a)}')
    add(rel, L, art(a, note='Byline printed in capitals ("By JEREMY W. PETERS and JONATHAN MARTIN"); '
                            'truth gives the names in normal case.'))

    # 10. accented byline and outlet on one line, MM/DD/YYYY
    a = PICKS['TH10']()
    rel = f'{L}/text-header-10-accented-slash-date.txt'
    write(rel, f'{a.title}\nBy {a.authors[0]} | Politico\n{mdy_slash(a.published)}\n\n{body(a)}')
    add(rel, L, art(a, note='"By <name> | Politico": the outlet follows the byline after a pipe.'))

    # 11. USA TODAY byline style with "Updated" stamp only
    a = PICKS['TH11']()
    rel = f'{L}/text-header-11-updated-et.txt'
    d = D(a.published)
    write(rel, f'{a.title}\n{a.authors[0]}, USA TODAY\nUpdated 4:35 p.m. ET {MONTHS[d.month-1]} {d.day}, {d.year}\n\n{body(a)}')
    add(rel, L, art(a, note='Byline "Heidi M. Przybyla, USA TODAY" (the suffix names the outlet, '
                            'not an author). Only an "Updated 4:35 p.m. ET" stamp is printed: the date '
                            'is the publication date; the time is an update time, so truth keeps the '
                            'date only.'))

    # 12. two-line headline
    a = PICKS['TH12']()
    rel = f'{L}/text-header-12-two-line-headline.txt'
    w = a.title.split()
    l1, l2 = ' '.join(w[:7]), ' '.join(w[7:])
    assert l1 + ' ' + l2 == a.title
    write(rel, f'{l1}\n{l2}\nBy {a.authors[0]}\nHuffPost · {long_date(a.published)}\n\n{body(a)}')
    add(rel, L, art(a, note=f'Headline wrapped over two lines ("{l1}" / "{l2}"); join them.'))

    # 13. key: value header
    a = PICKS['TH13']()
    rel = f'{L}/text-header-13-key-value.txt'
    write(rel, f'Title: {a.title}\nAuthor: {"; ".join(a.authors)}\nSource: {a.outlet}\n'
               f'Date: {weekday_date(a.published)}\nSection: Politics\nWords: {word_count(a.paras)}\n\n{body(a)}')
    add(rel, L, art(a, note='Email/clipping style "Key: value" header; three authors separated by ";". '
                            'Body opens with the dateline "LOS ANGELES -".'))

    # 14. date only in file name (PolNeAR, with byline)
    a = PICKS['TH14']()
    rel = f'{L}/{a.published}-{slug(a.title, 40)}.txt'
    write(rel, f'{a.title}\nBy {a.authors[0]}\n\n{body(a)}')
    add(rel, L, art(a, note='The date appears ONLY in the file name (ISO prefix). No outlet is named in '
                            'the file; the outlet in truth comes from the corpus (a reader can only '
                            'guess it).', outlet_in_file=False, date_in_file=False))

    # 15. date only in file name (BASIL, headline + body only)
    a = PICKS['TH15']()
    rel = f'{L}/{a.published}-{slug(a.title, 40)}.txt'
    write(rel, f'{a.title}\n\n{body(a)}')
    add(rel, L, art(a, note='Headline and body only. The date appears ONLY in the file name; outlet and '
                            'URL are not in the file (truth from the corpus).',
                    outlet_in_file=False, date_in_file=False, url_in_file=False))

    # 16. outlet + date-time above the headline, byline below, dateline body
    a = PICKS['TH16']()
    rel = f'{L}/text-header-16-datetime-edt.txt'
    write(rel, f'The Washington Post\n{long_date(a.published)} at 11:58 p.m. EDT\n\n{a.title}\n\n'
               f'By {a.authors[0]}\n\n{body(a)}')
    add(rel, L, art(a, published=f'{a.published}T23:58:00-04:00',
                    note='Time of day printed in the file was added for this fixture (corpus gives the '
                         'date only). Body opens with the dateline "PHILADELPHIA -".'))
